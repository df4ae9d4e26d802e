import type { PackageComparison } from '../../../src-shared/contract/packaging';
import { diffManifests, type DiffableManifest } from '../../../src-shared/twenty/install/manifest-diff';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareVersion } from '../install/prepared-version';
import { materializeVersion } from '../install/version-source';
import { ConfigEvaluator } from '../project/config-evaluator';
import { readTarball } from './tarball-reader';

type DiffRecord = DiffableManifest['objects'][number];

const MAIN_SECTIONS = new Set(['application', 'objects', 'fields', 'roles', 'logicFunctions']);

const records = (value: unknown): DiffRecord[] =>
  Array.isArray(value) ? value.filter((item): item is DiffRecord => typeof item === 'object' && item !== null && !Array.isArray(item)) : [];

/** manifest.json (one key per section) in the shape the install simulator's diff takes. */
export function toDiffableManifest(manifest: Record<string, unknown>): DiffableManifest {
  const other: Record<string, DiffRecord[]> = {};
  for (const [section, value] of Object.entries(manifest)) {
    if (!MAIN_SECTIONS.has(section) && Array.isArray(value)) other[section] = records(value);
  }
  const application = manifest.application;
  return {
    application: typeof application === 'object' && application !== null && !Array.isArray(application) ? (application as DiffRecord) : null,
    objects: records(manifest.objects),
    fields: records(manifest.fields),
    roles: records(manifest.roles),
    logicFunctions: records(manifest.logicFunctions),
    other,
  };
}

async function readPackage(tarballPath: string): Promise<{ manifest: Record<string, unknown>; version: string | null }> {
  const entries = await readTarball(tarballPath);
  const json = (name: string) => {
    const entry = entries.find((candidate) => candidate.path === name);
    return entry ? (JSON.parse(entry.contents.toString('utf8')) as Record<string, unknown>) : null;
  };
  const manifest = json('manifest.json');
  if (!manifest) throw new Error(`${tarballPath} holds no manifest.json: it is not a Twenty app package.`);
  const version = json('package.json')?.version;
  return { manifest, version: typeof version === 'string' ? version : null };
}

/**
 * What installing the new package over the earlier one would change: the install simulator's
 * manifest diff (created / updated / deleted by universalIdentifier, and what loses data), between
 * the manifest.json of the two tarballs. (The SDK writes each build to the same
 * `.twenty/output/<name>-<version>.tgz`, so the earlier one is a copy kept elsewhere or another version.)
 */
export async function comparePackages(currentTarballPath: string, previousTarballPath: string): Promise<PackageComparison> {
  const [current, previous] = await Promise.all([readPackage(currentTarballPath), readPackage(previousTarballPath)]);
  const diff = diffManifests(toDiffableManifest(previous.manifest), toDiffableManifest(current.manifest));
  return {
    previous: { tarballPath: previousTarballPath, version: previous.version },
    current: { version: current.version },
    ...diff,
  };
}

/**
 * The same comparison against a git ref of the app's repository: that version is laid out from git
 * (nothing in the user's repository changes) and its manifest built with the studio's discovery.
 */
export async function compareWithGitRef(appDir: string, ref: string, current: { manifest: DiffableManifest; version: string | null }): Promise<PackageComparison> {
  const scratchDir = await mkdtemp(join(tmpdir(), 'twenty-studio-compare-'));
  const evaluator = new ConfigEvaluator();
  try {
    const side = await materializeVersion(appDir, { kind: 'git', ref }, { scratchDir, differentDependencies: 'link' });
    try {
      const previous = await prepareVersion(side, evaluator);
      const diff = diffManifests(previous.manifest as unknown as DiffableManifest, current.manifest);
      return { previous: { tarballPath: `git:${ref}`, version: previous.version }, current: { version: current.version }, ...diff };
    } finally {
      await side.dispose();
    }
  } finally {
    evaluator.dispose();
    await rm(scratchDir, { recursive: true, force: true });
  }
}
