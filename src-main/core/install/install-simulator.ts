import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { JsonValue } from '../../../src-shared/contract';
import {
  installRequestSchema, uninstallRequestSchema,
  type HookExecution, type InstallProgressEvent, type InstallRequest, type InstallResult, type InstallStep, type InstallWhatIfRequest,
  type InstallSide, type UninstallRequest, type UninstallResult, type VersionSource,
} from '../../../src-shared/contract/install';
import { diffManifests, type ManifestDiff } from '../../../src-shared/twenty/install/manifest-diff';
import { needsRollback, planInstall, type InstallStepName, type PlannedStep } from '../../../src-shared/twenty/install/install-plan';
import { ConfigEvaluator } from '../project/config-evaluator';
import type { TwentyRunEnvironment } from '../runner/function-environment';
import type { FunctionRunner } from '../runner/function-runner';
import { StudioError } from '../studio-error';
import { executeHook, runQueuedPostInstall, type HookRunContext } from './hook-execution';
import { bundleHooks, prepareVersion, type HookBundles, type HookName, type PreparedHook, type PreparedVersion } from './prepared-version';
import { newestKnownServerVersion } from './server-version';
import { SideDependencyInstaller } from './side-dependencies';
import { describeVersionSource, materializeVersion, resolveCommit, type DifferentDependencies } from './version-source';

export type InstallProgressListener = (event: InstallProgressEvent) => void;

export interface InstallSimulatorOptions {
  /** Runs the hooks; owned by the caller (one runner serves many simulations). */
  runner: FunctionRunner;
  /** Evaluates source sides; default one of its own, disposed with the simulator. */
  evaluator?: ConfigEvaluator;
  /** Where sides are materialised; default the system temp folder. */
  scratchRoot?: string;
  /**
   * The environment hooks run with (the app's API target: offline or remote). Default: an
   * unreachable API URL, so a hook calling the API fails fast instead of reaching anything.
   */
  environmentFor?: (applicationId: string) => Promise<TwentyRunEnvironment> | TwentyRunEnvironment;
}

const unreachableEnvironment = (applicationId: string): TwentyRunEnvironment => ({
  apiUrl: 'http://127.0.0.1:9',
  // Install hooks run without a user: no delegated user token (twenty-platform.md §2).
  appAccessToken: '',
  applicationAccessToken: 'install-simulation',
  apiKey: 'install-simulation',
  functionsUrl: 'http://127.0.0.1:9/s',
  applicationId,
});

/** A prepared side plus its hook bundles, kept for later simulations when its content cannot change. */
interface CachedVersion {
  prepared: PreparedVersion;
  bundles?: Promise<HookBundles>;
  bundleDir?: string;
  /** Not cached (the working tree, a folder): released at the end of the simulation that used it. */
  transient: boolean;
  /** Simulations that used it: from the second on, an install of its dependencies is a reused one. */
  uses: number;
}

/** A step that ends the install: its error code, the server's message, and the hook run that failed. */
class StepFailure {
  constructor(readonly errorCode: string, readonly message: string, readonly execution?: HookExecution) {}
}

/**
 * Replays the Twenty server's install flow between two versions of an app (twenty-platform.md §5):
 * the plan from src-shared/twenty/install, the real hooks of the new version run in the sandbox,
 * the metadata migration shown as a manifest diff. Nothing touches a server or the app's files.
 */
export class InstallSimulator {
  private readonly evaluator: ConfigEvaluator;
  private readonly ownsEvaluator: boolean;
  private scratch: Promise<string> | null = null;
  /** Git refs (by commit) and tarballs (by path and mtime) never change: they are prepared once. */
  private readonly cache = new Map<string, Promise<CachedVersion>>();
  /** Installs of a side's own dependencies (differentDependencies: 'install'), kept in the scratch folder. */
  private readonly dependencies = new SideDependencyInstaller(() => this.scratchDir());

  constructor(private readonly options: InstallSimulatorOptions) {
    this.ownsEvaluator = !options.evaluator;
    this.evaluator = options.evaluator ?? new ConfigEvaluator();
  }

  /** Simulates installing `to` over `from` and returns the timeline, the outcome and the manifest diff. */
  async simulate(request: InstallRequest, onProgress: InstallProgressListener = () => undefined): Promise<InstallResult> {
    const parsed = installRequestSchema.parse(request);
    const appDir = resolve(parsed.appDir);
    if (parsed.to.kind === 'none') throw new StudioError('NOTHING_TO_INSTALL', 'The version to install cannot be "none": choose the working tree, a git ref, a folder or a tarball.');
    const serverVersion = parsed.serverVersion ?? newestKnownServerVersion();
    const differentDependencies = parsed.differentDependencies ?? 'refuse';

    const used: CachedVersion[] = [];
    try {
      const to = await this.version(appDir, parsed.to, 'to', differentDependencies, onProgress);
      used.push(to);
      const from = parsed.from.kind === 'none' ? null : await this.version(appDir, parsed.from, 'from', differentDependencies, onProgress);
      if (from) used.push(from);
      return await this.replay(to, from, serverVersion, parsed.whatIf ?? {}, onProgress);
    } finally {
      await Promise.all(used.filter((version) => version.transient).map((version) => this.release(version)));
    }
  }

  private async replay(to: CachedVersion, from: CachedVersion | null, serverVersion: string, whatIf: InstallWhatIfRequest, onProgress: InstallProgressListener): Promise<InstallResult> {
    const warnings: string[] = [];
    if (from && from.prepared.buildErrors.length > 0) {
      warnings.push(`The installed version (${from.prepared.side.label}) has build errors; its manifest may be incomplete: ${from.prepared.buildErrors.slice(0, 3).join('; ')}`);
    }

    const plan = planInstall({
      ...(from ? { previousVersion: from.prepared.version ?? '' } : {}),
      newVersion: to.prepared.version ?? '',
      serverVersion,
      ...(to.prepared.enginesTwenty ? { enginesTwenty: to.prepared.enginesTwenty } : {}),
      ...(to.prepared.hooks.preInstall ? { preInstall: to.prepared.hooks.preInstall } : {}),
      ...(to.prepared.hooks.postInstall ? { postInstall: to.prepared.hooks.postInstall } : {}),
      whatIf,
    }, to.prepared.appLabel);
    warnings.push(...plan.warnings);
    const diff = diffManifests(whatIf.treatAsFresh || !from ? null : from.prepared.manifest, to.prepared.manifest);

    const steps: InstallStep[] = [];
    const completed: InstallStepName[] = [];
    let failure: { step: InstallStepName; errorCode: string; message: string } | null = null;
    let queuedPostInstall: { stepIndex: number } | null = null;
    const bundles = to.prepared.buildErrors.length === 0 ? await this.hookBundles(to) : {};
    const applicationId = String(to.prepared.manifest.application?.universalIdentifier ?? '');
    const runContext = async (name: InstallStepName): Promise<HookRunContext> => ({
      runner: this.options.runner,
      environment: await (this.options.environmentFor ?? unreachableEnvironment)(applicationId),
      onOutput: (attempt, chunk) => onProgress({ type: 'output', name, attempt, stream: chunk.stream, text: chunk.text }),
      ...temporaryRoot(to.prepared),
    });
    const installPayload: JsonValue = { ...(plan.previousVersion !== undefined ? { previousVersion: plan.previousVersion } : {}), newVersion: plan.newVersion };

    const record = (step: InstallStep) => {
      steps.push(step);
      onProgress({ type: 'step', name: step.name, status: step.status, step });
    };

    for (const planned of plan.steps) {
      if (planned.action === 'skip') {
        record({ name: planned.name, status: 'skipped', ...(planned.reason ? { reason: planned.reason } : {}) });
        continue;
      }
      if (planned.action === 'refuse') {
        failure = { step: planned.name, errorCode: planned.errorCode!, message: planned.reason ?? planned.errorCode! };
        record({ name: planned.name, status: 'failed', errorCode: planned.errorCode, reason: planned.reason, durationMs: 0 });
        break;
      }
      onProgress({ type: 'step', name: planned.name, status: 'running' });
      const started = performance.now();
      try {
        const step = await this.runStep(planned, { to, bundles, diff, installPayload, runContext });
        record({ ...step, durationMs: step.durationMs ?? Math.round(performance.now() - started) });
        completed.push(planned.name);
        if (step.status === 'queued') queuedPostInstall = { stepIndex: steps.length - 1 };
      } catch (error) {
        if (!(error instanceof StepFailure)) throw error;
        failure = { step: planned.name, errorCode: error.errorCode, message: error.message };
        record({
          name: planned.name, status: 'failed', errorCode: error.errorCode, reason: error.message, durationMs: Math.round(performance.now() - started),
          ...(error.execution ? { execution: error.execution } : {}),
        });
        break;
      }
    }

    if (failure && needsRollback(plan, completed)) {
      onProgress({ type: 'step', name: 'ROLLBACK', status: 'running' });
      record(await this.rollback(to, bundles.uninstall, plan.newVersion, await runContext('ROLLBACK')));
    }

    if (!failure && queuedPostInstall) {
      // The install returned at FINALIZE; the worker picks the job up afterwards.
      const index = queuedPostInstall.stepIndex;
      const bundle = bundles.postInstall as { bundlePath: string };
      steps[index] = await this.runWorker(steps[index], to.prepared.hooks.postInstall!, bundle.bundlePath, installPayload, await runContext('POST_INSTALL_HOOK'));
      onProgress({ type: 'step', name: 'POST_INSTALL_HOOK', status: 'queued', step: steps[index] });
    }

    return {
      outcome: failure ? 'FAILED' : plan.kind === 'fresh' ? 'INSTALLED' : 'UPGRADED',
      ...(failure ? { errorCode: failure.errorCode, errorMessage: failure.message } : {}),
      ...(plan.previousVersion !== undefined ? { previousVersion: plan.previousVersion } : {}),
      newVersion: plan.newVersion,
      serverVersion,
      steps,
      diff,
      warnings,
      from: from ? sideInfo(from) : null,
      to: sideInfo(to),
    };
  }

  /**
   * Simulates uninstalling a version on its own: its uninstall hook with `{ version }`, best-effort
   * (a failure is a warning, as on the server), then the removal of its metadata and code.
   */
  async uninstall(request: UninstallRequest, onProgress: InstallProgressListener = () => undefined): Promise<UninstallResult> {
    const parsed = uninstallRequestSchema.parse(request);
    const appDir = resolve(parsed.appDir);
    if (parsed.version.kind === 'none') throw new StudioError('NOTHING_INSTALLED', 'Choose the installed version to uninstall: the working tree, a git ref, a folder or a tarball.');
    const version = await this.version(appDir, parsed.version, 'to', parsed.differentDependencies ?? 'refuse', onProgress);
    try {
      return await this.replayUninstall(version, onProgress);
    } finally {
      if (version.transient) await this.release(version);
    }
  }

  private async replayUninstall(version: CachedVersion, onProgress: InstallProgressListener): Promise<UninstallResult> {
    const bundles = await this.hookBundles(version);
    const applicationId = String(version.prepared.manifest.application?.universalIdentifier ?? '');
    const context: HookRunContext = {
      runner: this.options.runner,
      environment: await (this.options.environmentFor ?? unreachableEnvironment)(applicationId),
      onOutput: (attempt, chunk) => onProgress({ type: 'output', name: 'UNINSTALL_HOOK', attempt, stream: chunk.stream, text: chunk.text }),
      ...temporaryRoot(version.prepared),
    };
    const steps: InstallStep[] = [];
    const warnings: string[] = [];
    const hook = version.prepared.hooks.uninstall;
    if (hook) onProgress({ type: 'step', name: 'UNINSTALL_HOOK', status: 'running' });
    if (!hook) {
      steps.push({ name: 'UNINSTALL_HOOK', status: 'skipped', reason: 'this version has no uninstall logic function' });
    } else {
      const bundle = bundles.uninstall;
      if (!bundle || 'error' in bundle) {
        warnings.push(`The uninstall hook could not be built (${bundle && 'error' in bundle ? bundle.error : 'no bundle'}); the server would log it and go on.`);
        steps.push({ name: 'UNINSTALL_HOOK', status: 'failed', reason: `best-effort: ${bundle && 'error' in bundle ? bundle.error : 'no bundle'}` });
      } else {
        const execution = await executeHook(hook, bundle.bundlePath, { ...(version.prepared.version ? { version: version.prepared.version } : {}) }, { retryCount: 0, maxRetries: 0 }, context);
        if (execution.status === 'ERROR') warnings.push(`The uninstall hook failed (${execution.error?.errorMessage}); the server logs a warning and removes the app anyway.`);
        steps.push({
          name: 'UNINSTALL_HOOK', status: execution.status === 'SUCCESS' ? 'done' : 'failed', durationMs: execution.duration, execution,
          ...(execution.status === 'ERROR' ? { reason: `best-effort, ignored: ${execution.error?.errorMessage ?? 'the hook failed'}` } : {}),
        });
      }
    }
    onProgress({ type: 'step', name: steps[0].name, status: steps[0].status, step: steps[0] });
    const removal: InstallStep = { name: 'REMOVE_APPLICATION', status: 'done', durationMs: 0, reason: removalSummary(version.prepared) };
    steps.push(removal);
    onProgress({ type: 'step', name: removal.name, status: removal.status, step: removal });
    return { outcome: 'UNINSTALLED', version: version.prepared.version, steps, warnings };
  }

  /** Removes the materialised sides and, when it owns it, stops the evaluator. */
  async dispose(): Promise<void> {
    const scratch = this.scratch;
    this.scratch = null;
    const cached = [...this.cache.values()];
    this.cache.clear();
    await Promise.all(cached.map((entry) => entry.then((version) => this.release(version), () => undefined)));
    if (scratch) await rm(await scratch, { recursive: true, force: true });
    if (this.ownsEvaluator) this.evaluator.dispose();
  }

  private scratchDir(): Promise<string> {
    this.scratch ??= mkdtemp(join(this.options.scratchRoot ?? tmpdir(), 'twenty-install-sim-'));
    return this.scratch;
  }

  /** A stable key for a side whose content cannot change (a commit, a tarball as it is now), else null. */
  private async cacheKey(appDir: string, source: VersionSource, differentDependencies: string): Promise<string | null> {
    if (source.kind === 'tarball') {
      const path = resolve(source.path);
      return existsSync(path) ? `${appDir}|tarball|${path}|${statSync(path).mtimeMs}|${differentDependencies}` : null;
    }
    if (source.kind !== 'git') return null;
    // An unknown ref is not cached: materialising it reports the error.
    const commit = await resolveCommit(appDir, source.ref).catch(() => null);
    return commit ? `${appDir}|git|${commit}|${differentDependencies}` : null;
  }

  private async version(appDir: string, source: VersionSource, role: 'from' | 'to', differentDependencies: DifferentDependencies, onProgress: InstallProgressListener): Promise<CachedVersion> {
    const label = describeVersionSource(source);
    const key = await this.cacheKey(appDir, source, differentDependencies);
    const load = async (): Promise<CachedVersion> => {
      onProgress({ type: 'side', side: role, phase: 'materialising', label });
      const side = await materializeVersion(appDir, source, {
        scratchDir: await this.scratchDir(),
        differentDependencies,
        installDependencies: (request) => this.dependencies.install(request, (line, stream) => onProgress({ type: 'dependencies', side: role, line, stream })),
      });
      if (side.needsInstall) {
        await side.dispose();
        const differences = side.dependencyDifferences.length > 0 ? `its dependencies differ from the working tree's (${side.dependencyDifferences.join(', ')})` : 'the app has no node_modules';
        throw new StudioError(
          'DEPENDENCIES_NOT_INSTALLED',
          `${label} cannot be built: ${differences}. Install its own (differentDependencies: 'install'; --install-deps in the CLI), or borrow the working tree's node_modules anyway (differentDependencies: 'link'; --link-deps in the CLI).`,
        );
      }
      onProgress({ type: 'side', side: role, phase: 'building', label });
      try {
        const prepared = await prepareVersion(side, this.evaluator);
        onProgress({ type: 'side', side: role, phase: 'ready', label });
        return { prepared, transient: key === null, uses: 0 };
      } catch (error) {
        await side.dispose();
        throw error;
      }
    };
    const used = async (version: Promise<CachedVersion>) => {
      const loaded = await version;
      loaded.uses += 1;
      return loaded;
    };
    if (key === null) {
      // Not cached (its content may change): released when the simulation that asked for it ends.
      return used(load());
    }
    let entry = this.cache.get(key);
    if (!entry) {
      entry = load();
      this.cache.set(key, entry);
      entry.catch(() => this.cache.delete(key));
    } else {
      onProgress({ type: 'side', side: role, phase: 'ready', label });
    }
    return used(entry);
  }

  private async hookBundles(version: CachedVersion): Promise<HookBundles> {
    version.bundles ??= this.scratchDir().then(async (scratch) => {
      version.bundleDir = await mkdtemp(join(scratch, 'hook-bundles-'));
      return bundleHooks(version.prepared, version.bundleDir);
    });
    return version.bundles;
  }

  private async release(version: CachedVersion): Promise<void> {
    await version.bundles?.catch(() => undefined);
    await version.prepared.side.dispose();
    if (version.bundleDir) await rm(version.bundleDir, { recursive: true, force: true });
  }

  private async runStep(
    planned: PlannedStep,
    context: {
      to: CachedVersion;
      bundles: HookBundles;
      diff: ManifestDiff;
      installPayload: JsonValue;
      runContext: (name: InstallStepName) => Promise<HookRunContext>;
    },
  ): Promise<InstallStep> {
    const prepared = context.to.prepared;
    switch (planned.name) {
      case 'RESOLVE_PACKAGE': {
        // What `twenty dev:build` would refuse never reaches a server: the package does not exist.
        if (prepared.buildErrors.length > 0) {
          throw new StepFailure('MANIFEST_BUILD_FAILED', `${prepared.side.label} does not build: ${prepared.buildErrors.slice(0, 5).join('; ')}`);
        }
        const broken = (Object.entries(context.bundles) as [HookName, HookBundles[HookName]][]).filter(([, bundle]) => bundle && 'error' in bundle);
        if (broken.length > 0) {
          throw new StepFailure('BUILD_FAILED', broken.map(([hook, bundle]) => `${hook}: ${(bundle as { error: string }).error}`).join('; '));
        }
        return { name: 'RESOLVE_PACKAGE', status: 'done', reason: `${prepared.appLabel}@${prepared.version} from ${prepared.side.label}` };
      }
      case 'PRE_INSTALL_HOOK':
      case 'POST_INSTALL_HOOK': {
        const hookName: HookName = planned.name === 'PRE_INSTALL_HOOK' ? 'preInstall' : 'postInstall';
        const hook = prepared.hooks[hookName]!;
        if (planned.mode === 'queued') {
          return { name: planned.name, status: 'queued', reason: 'queued for the worker (retryLimit: 3); the install returns without waiting' };
        }
        const bundle = context.bundles[hookName] as { bundlePath: string };
        const execution = await executeHook(hook, bundle.bundlePath, context.installPayload, { retryCount: 0, maxRetries: 0 }, await context.runContext(planned.name));
        if (execution.status === 'ERROR') {
          const errorCode = hookName === 'preInstall' ? 'PRE_INSTALL_ERROR' : 'POST_INSTALL_ERROR';
          throw new StepFailure(errorCode, execution.error?.errorMessage ?? 'the hook failed', execution);
        }
        return { name: planned.name, status: 'done', durationMs: execution.duration, execution };
      }
      case 'APPLY_MANIFEST': {
        const { created, updated, deleted, destructive } = context.diff;
        const migration = { created: created.length, updated: updated.length, deleted: deleted.length, destructive: destructive.length };
        const summary = `${migration.created} created, ${migration.updated} updated, ${migration.deleted} deleted`;
        return { name: 'APPLY_MANIFEST', status: 'done', migration, reason: destructive.length > 0 ? `${summary}; ${destructive.length} destructive: ${destructive.map((change) => change.dataLoss).join(' ')}` : summary };
      }
      case 'WRITE_FILES': {
        const handlers = prepared.manifest.logicFunctions.length;
        return { name: 'WRITE_FILES', status: 'done', reason: `manifest.json, package.json and ${handlers} built logic function${handlers === 1 ? '' : 's'}` };
      }
      default:
        return { name: planned.name, status: 'done', ...(planned.reason ? { reason: planned.reason } : {}) };
    }
  }

  /** The simulated worker runs the queued post-install job; the step stays 'queued' and gains its attempts. */
  private async runWorker(step: InstallStep, hook: PreparedHook, bundlePath: string, payload: JsonValue, context: HookRunContext): Promise<InstallStep> {
    const { attempts, job } = await runQueuedPostInstall(hook, bundlePath, payload, context);
    const last = attempts[attempts.length - 1];
    return {
      ...step,
      reason: queuedJobReason(job, attempts.length, last),
      execution: last,
      attempts,
      job,
      durationMs: (step.durationMs ?? 0) + attempts.reduce((total, attempt) => total + attempt.duration, 0),
    };
  }

  /** A failed fresh install is removed again: the new version's uninstall hook (best-effort), then its metadata and files. */
  private async rollback(to: CachedVersion, bundle: HookBundles['uninstall'], newVersion: string, context: HookRunContext): Promise<InstallStep> {
    const hook = to.prepared.hooks.uninstall;
    const removal = removalSummary(to.prepared);
    if (!hook || !bundle || 'error' in bundle) {
      return { name: 'ROLLBACK', status: 'done', durationMs: 0, reason: `${hook ? 'the uninstall hook could not be built' : 'no uninstall hook'}; then ${removal}` };
    }
    const execution = await executeHook(hook, bundle.bundlePath, { version: newVersion }, { retryCount: 0, maxRetries: 0 }, context);
    const hookNote = execution.status === 'SUCCESS' ? 'the uninstall hook ran' : `the uninstall hook failed (ignored, best-effort: ${execution.error?.errorMessage ?? 'error'})`;
    return { name: 'ROLLBACK', status: 'done', durationMs: execution.duration, execution, reason: `${hookNote}; then ${removal}` };
  }
}

/** A side as the result shows it: an install of its dependencies done by an earlier simulation is a reused one. */
function sideInfo(version: CachedVersion): InstallSide {
  const { info } = version.prepared;
  return info.dependencyInstall && version.uses > 1 ? { ...info, dependencyInstall: { ...info.dependencyInstall, reused: true } } : info;
}

const temporaryRoot = (prepared: PreparedVersion): { temporaryRoot?: string } =>
  prepared.side.source.kind === 'working-tree' ? {} : { temporaryRoot: prepared.side.dir };

function removalSummary(prepared: PreparedVersion): string {
  const { objects, fields, logicFunctions } = prepared.manifest;
  const fieldCount = fields.length + objects.reduce((total, object) => total + (Array.isArray(object.fields) ? object.fields.length : 0), 0);
  return `the application, its ${objects.length} object${objects.length === 1 ? ' (with its records)' : 's (with their records)'}, ${fieldCount} field${fieldCount === 1 ? '' : 's'} and ${logicFunctions.length} logic function${logicFunctions.length === 1 ? '' : 's'} are removed`;
}

function queuedJobReason(job: 'succeeded' | 'failed' | 'gave-up', attempts: number, last: HookExecution): string {
  const tries = `${attempts} attempt${attempts === 1 ? '' : 's'}`;
  if (job === 'succeeded') return `queued; the worker ran it: succeeded after ${tries}`;
  if (job === 'failed') return `queued; the worker ran it: failed after ${tries} (${last.error?.errorType}: ${last.error?.errorMessage}); not retried: only RetryableLogicFunctionError is. The install itself succeeded.`;
  return `queued; the worker gave up after ${tries}: RetryableLogicFunctionError every time. The install itself succeeded.`;
}
