import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JsonObject, ManifestView } from '../../../src-shared/contract';
import type { InstallSide } from '../../../src-shared/contract/install';
import { FunctionBundler } from '../build/function-bundler';
import { AppProject } from '../project/app-project';
import type { ConfigEvaluator } from '../project/config-evaluator';
import type { MaterializedSide } from './version-source';

export type HookName = 'preInstall' | 'postInstall' | 'uninstall';

/** The application slot naming each hook in the manifest. */
const HOOK_SLOTS: Record<HookName, string> = {
  preInstall: 'preInstallLogicFunction',
  postInstall: 'postInstallLogicFunction',
  uninstall: 'uninstallLogicFunction',
};

export interface PreparedHook {
  hook: HookName;
  universalIdentifier: string;
  name: string | null;
  timeoutSeconds?: number;
  shouldRunOnVersionUpgrade?: boolean;
  shouldRunSynchronously?: boolean;
  /** Relative path of the source file (source sides) or of the built .mjs (prebuilt sides). */
  file: string | null;
}

/** A version of the app as the install flow sees it: its package.json facts, its manifest and its hooks. */
export interface PreparedVersion {
  side: MaterializedSide;
  version: string | null;
  enginesTwenty?: string;
  /** package name, else the application's display name: what server messages call the app. */
  appLabel: string;
  manifest: ManifestView;
  /** Errors that would make `twenty dev:build` fail (file:line:column message). */
  buildErrors: string[];
  hooks: Partial<Record<HookName, PreparedHook>>;
  info: InstallSide;
}

const asString = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

function hooksOf(manifest: ManifestView, build: MaterializedSide['build']): Partial<Record<HookName, PreparedHook>> {
  const hooks: Partial<Record<HookName, PreparedHook>> = {};
  for (const hook of Object.keys(HOOK_SLOTS) as HookName[]) {
    const slot = manifest.application?.[HOOK_SLOTS[hook]] as JsonObject | undefined;
    const universalIdentifier = asString(slot?.universalIdentifier);
    if (!slot || !universalIdentifier) continue;
    const fn = manifest.logicFunctions.find((candidate) => candidate.universalIdentifier === universalIdentifier);
    const file = asString(build === 'prebuilt' ? fn?.builtHandlerPath : fn?.sourceHandlerPath) ?? null;
    hooks[hook] = {
      hook,
      universalIdentifier,
      name: asString(fn?.name) ?? null,
      ...(typeof fn?.timeoutSeconds === 'number' ? { timeoutSeconds: fn.timeoutSeconds } : {}),
      ...(typeof slot.shouldRunOnVersionUpgrade === 'boolean' ? { shouldRunOnVersionUpgrade: slot.shouldRunOnVersionUpgrade } : {}),
      ...(typeof slot.shouldRunSynchronously === 'boolean' ? { shouldRunSynchronously: slot.shouldRunSynchronously } : {}),
      file,
    };
  }
  return hooks;
}

/** manifest.json as `twenty dev:build` writes it, split like the studio's ManifestView. */
export function manifestViewFromBuiltManifest(built: Record<string, unknown>): ManifestView {
  const list = (value: unknown) => (Array.isArray(value) ? (value.filter((item) => item && typeof item === 'object' && !Array.isArray(item)) as JsonObject[]) : []);
  const { application, objects, fields, roles, logicFunctions, ...rest } = built;
  const other: Record<string, JsonObject[]> = {};
  for (const [section, value] of Object.entries(rest)) if (Array.isArray(value)) other[section] = list(value);
  return {
    application: application && typeof application === 'object' ? (application as JsonObject) : null,
    objects: list(objects),
    fields: list(fields),
    roles: list(roles),
    logicFunctions: list(logicFunctions),
    other,
  };
}

function sideInfo(side: MaterializedSide, version: string | null): InstallSide {
  return {
    source: side.source, label: side.label, version, build: side.build, dependencies: side.dependencies, dependencyDifferences: side.dependencyDifferences,
    ...(side.dependencyInstall ? { dependencyInstall: side.dependencyInstall } : {}),
  };
}

/** Reads a materialised side: evaluates a source side with the studio's own discovery, reads a prebuilt side's manifest.json. */
export async function prepareVersion(side: MaterializedSide, evaluator: ConfigEvaluator): Promise<PreparedVersion> {
  const packageJson = side.packageJson ?? {};
  const version = asString(packageJson.version) ?? null;
  const engines = (packageJson.engines ?? {}) as Record<string, unknown>;
  let manifest: ManifestView;
  const buildErrors: string[] = [];
  if (side.build === 'prebuilt') {
    manifest = manifestViewFromBuiltManifest(JSON.parse(await readFile(join(side.dir, 'manifest.json'), 'utf8')) as Record<string, unknown>);
  } else {
    const model = await new AppProject(side.dir, evaluator).load();
    manifest = model.manifest;
    for (const problem of model.problems) {
      if (problem.severity === 'error') buildErrors.push(`${problem.file || '(app)'}:${problem.line}:${problem.column} ${problem.message}`);
    }
  }
  const enginesTwenty = asString(engines.twenty)?.trim() ?? asString(manifest.application?.requiredServerVersionRange);
  const appLabel = asString(packageJson.name) ?? asString(manifest.application?.displayName) ?? 'the app';
  return { side, version, ...(enginesTwenty ? { enginesTwenty } : {}), appLabel, manifest, buildErrors, hooks: hooksOf(manifest, side.build), info: sideInfo(side, version) };
}

export type HookBundles = Partial<Record<HookName, { bundlePath: string } | { error: string }>>;

/**
 * The runnable .mjs of each hook: built like `twenty dev:build` for a source side (one esbuild pass
 * into `cacheDir`, never the app's .twenty/output), taken as is from a prebuilt side.
 */
export async function bundleHooks(prepared: PreparedVersion, cacheDir: string): Promise<HookBundles> {
  const result: HookBundles = {};
  const hooks = Object.values(prepared.hooks);
  const missing = (hook: PreparedHook) => `the ${hook.hook} logic function ${hook.universalIdentifier} has no ${prepared.side.build === 'prebuilt' ? 'built handler' : 'source file'} in the manifest`;
  if (prepared.side.build === 'prebuilt') {
    for (const hook of hooks) {
      const path = hook.file ? join(prepared.side.dir, hook.file) : null;
      result[hook.hook] = path && existsSync(path) ? { bundlePath: path } : { error: path ? `${hook.file} is missing from the package` : missing(hook) };
    }
    return result;
  }
  const sourcePaths = hooks.map((hook) => hook.file).filter((file): file is string => file !== null);
  const bundler = new FunctionBundler({ appDir: prepared.side.dir, cacheDir, sourcePaths });
  try {
    const outcome = sourcePaths.length > 0 ? await bundler.build() : null;
    const errors = outcome?.problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.message}`) ?? [];
    for (const hook of hooks) {
      const bundle = hook.file ? bundler.getBundle(hook.file) : undefined;
      result[hook.hook] = bundle?.bundlePath && !bundle.stale ? { bundlePath: bundle.bundlePath } : { error: hook.file ? `build failed: ${errors.join('; ') || 'no bundle produced'}` : missing(hook) };
    }
  } finally {
    await bundler.dispose();
  }
  return result;
}
