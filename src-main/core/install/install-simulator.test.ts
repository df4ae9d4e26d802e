// The install flow replayed on a real app with a git history (test/fixtures/install): the real hooks
// run in the sandbox runner; sides are git tags, the working tree, a folder and a real tarball.
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { appBuild } from 'twenty-sdk/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installRequestSchema, installResultSchema, type InstallProgressEvent, type InstallResult, type VersionSource } from '../../../src-shared/contract/install';
import { createInstallFixtureRepo, exportFixtureVersion, type InstallFixtureRepo } from '../../../test/fixtures/install/fixture-repo';
import { ConfigEvaluator } from '../project/config-evaluator';
import { FunctionRunner } from '../runner/function-runner';
import { StudioError } from '../studio-error';
import { InstallSimulator } from './install-simulator';
import { installManifest } from './side-dependencies';
import { dependencyDifferences, listGitVersions, parseVersionSource } from './version-source';

const REPO_ROOT = resolve(__dirname, '../../..');
const SLOW = 90_000;

let repo: InstallFixtureRepo;
let runner: FunctionRunner;
let evaluator: ConfigEvaluator;
let simulator: InstallSimulator;
let tarball: string;
let folderV2: string;

const git = (ref: string): VersionSource => ({ kind: 'git', ref });
const simulate = async (from: VersionSource, to: VersionSource, extra: Record<string, unknown> = {}) => {
  const result = await simulator.simulate({ appDir: repo.appDir, from, to, ...extra });
  // Whatever the outcome, the result is what the contract promises.
  return installResultSchema.parse(result);
};
const step = (result: InstallResult, name: string) => result.steps.find((candidate) => candidate.name === name);
const timeline = (result: InstallResult) => result.steps.map((candidate) => `${candidate.name}:${candidate.status}`);

beforeAll(async () => {
  repo = await createInstallFixtureRepo();
  runner = new FunctionRunner({ prespawn: 1 });
  evaluator = new ConfigEvaluator();
  simulator = new InstallSimulator({ runner, evaluator });

  // A real `twenty dev:build --tarball` of v1.1.0, built on an exported copy.
  const built = await exportFixtureVersion(repo, 'v1.1.0', 'tarball-build');
  await symlink(join(REPO_ROOT, 'node_modules'), join(built, 'node_modules'), 'dir');
  const result = await appBuild({ appPath: built, tarball: true });
  if (!result.success) throw new Error(`appBuild failed: ${JSON.stringify(result.error)}`);
  tarball = result.data.tarballPath!;

  folderV2 = await exportFixtureVersion(repo, 'v2.0.0', 'folder-v2');
}, SLOW);

afterAll(async () => {
  await simulator?.dispose();
  evaluator?.dispose();
  await runner?.dispose();
  await repo?.cleanup();
});

describe('install simulation', () => {
  it('a fresh install runs both hooks; the post-install is queued and run by the worker', async () => {
    const events: InstallProgressEvent[] = [];
    const result = installResultSchema.parse(await simulator.simulate({ appDir: repo.appDir, from: { kind: 'none' }, to: git('v1.0.0') }, (event) => events.push(event)));
    expect(result.outcome).toBe('INSTALLED');
    expect(result.previousVersion).toBeUndefined();
    expect(result.newVersion).toBe('1.0.0');
    expect(timeline(result)).toEqual([
      'RESOLVE_PACKAGE:done', 'CHECK_COMPATIBILITY:done', 'CREATE_APPLICATION:done', 'CHECK_VERSION:skipped', 'WRITE_FILES:done',
      'PRE_INSTALL_HOOK:done', 'APPLY_MANIFEST:done', 'POST_INSTALL_HOOK:queued', 'FINALIZE:done',
    ]);
    expect(step(result, 'PRE_INSTALL_HOOK')?.execution).toMatchObject({ status: 'SUCCESS', payload: { newVersion: '1.0.0' }, data: { hook: 'pre-install', payload: { newVersion: '1.0.0' } } });
    expect(step(result, 'PRE_INSTALL_HOOK')?.execution?.logs).toMatch(/INFO pre-install \(fresh\) -> 1\.0\.0/);
    const post = step(result, 'POST_INSTALL_HOOK')!;
    expect(post.job).toBe('succeeded');
    expect(post.attempts).toHaveLength(1);
    expect(post.execution).toMatchObject({ context: { retryCount: 0, maxRetries: 3 }, data: { hook: 'post-install', retryCount: 0 } });
    expect(result.diff.created.map((entry) => `${entry.kind}:${entry.name}`)).toEqual(expect.arrayContaining(['object:ticket', 'field:ticket.legacyCode', 'logicFunction:post-install']));
    expect(result.diff.destructive).toEqual([]);
    expect(step(result, 'APPLY_MANIFEST')?.migration?.created).toBe(result.diff.created.length);

    // The timeline streams: every step starts, then ends; hook output arrives live.
    expect(events.filter((event) => event.type === 'step' && event.status === 'running').map((event) => event.type === 'step' && event.name)).toContain('PRE_INSTALL_HOOK');
    expect(events.some((event) => event.type === 'output' && event.name === 'PRE_INSTALL_HOOK' && event.text.includes('pre-install (fresh)'))).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'step', name: 'POST_INSTALL_HOOK', status: 'queued' });
  }, SLOW);

  it('an upgrade runs a hook flagged shouldRunOnVersionUpgrade; a synchronous post-install that throws is POST_INSTALL_ERROR with the migration kept', async () => {
    const result = await simulate(git('v1.0.0'), git('v1.1.0'));
    expect(result.outcome).toBe('FAILED');
    expect(result.errorCode).toBe('POST_INSTALL_ERROR');
    expect(result.errorMessage).toBe('Could not seed the default tickets');
    expect(result.previousVersion).toBe('1.0.0');
    expect(timeline(result)).toEqual([
      'RESOLVE_PACKAGE:done', 'CHECK_COMPATIBILITY:done', 'CREATE_APPLICATION:skipped', 'CHECK_VERSION:done', 'WRITE_FILES:done',
      'PRE_INSTALL_HOOK:done', 'APPLY_MANIFEST:done', 'POST_INSTALL_HOOK:failed',
    ]);
    expect(step(result, 'PRE_INSTALL_HOOK')?.execution?.payload).toEqual({ previousVersion: '1.0.0', newVersion: '1.1.0' });
    const error = step(result, 'POST_INSTALL_HOOK')?.execution?.error;
    expect(error).toMatchObject({ errorType: 'Error', errorMessage: 'Could not seed the default tickets' });
    // Frames point into the app, not into the temporary checkout.
    expect(error?.stackTrace).toMatch(/\(src\/logic-functions\/post-install\.ts:\d+:\d+\)/);
    // A failed upgrade is not rolled back.
    expect(step(result, 'ROLLBACK')).toBeUndefined();
  }, SLOW);

  it('flags a removed field as destructive', async () => {
    const result = await simulate(git('v1.0.0'), git('v1.1.0'));
    expect(result.diff.deleted.map((entry) => entry.name)).toEqual(['ticket.legacyCode']);
    expect(result.diff.destructive).toEqual([
      expect.objectContaining({ change: 'field-deleted', name: 'ticket.legacyCode', dataLoss: 'Every value of ticket.legacyCode is deleted.' }),
    ]);
  }, SLOW);

  it('an upgrade skips a hook without the flag; the queued post-install is retried on RetryableLogicFunctionError: three attempts', async () => {
    const result = await simulate(git('v1.1.0'), git('v2.0.0'));
    expect(result.outcome).toBe('UPGRADED');
    expect(step(result, 'PRE_INSTALL_HOOK')).toMatchObject({ status: 'skipped', reason: 'version upgrade and shouldRunOnVersionUpgrade is false' });
    const post = step(result, 'POST_INSTALL_HOOK')!;
    expect(post.status).toBe('queued');
    expect(post.job).toBe('succeeded');
    expect(post.attempts?.map((attempt) => [attempt.context.retryCount, attempt.context.maxRetries, attempt.verdict, attempt.error?.errorType ?? null])).toEqual([
      [0, 3, 'retry', 'RetryableLogicFunctionError'],
      [1, 3, 'retry', 'RetryableLogicFunctionError'],
      [2, 3, 'succeeded', null],
    ]);
    expect(post.execution?.data).toMatchObject({ retryCount: 2, payload: { previousVersion: '1.1.0', newVersion: '2.0.0' } });
    expect(post.reason).toMatch(/succeeded after 3 attempts/);
  }, SLOW);

  it('a pre-install that throws gives PRE_INSTALL_ERROR before any metadata change', async () => {
    const result = await simulate(git('v2.0.0'), { kind: 'working-tree' });
    expect(result.outcome).toBe('FAILED');
    expect(result.errorCode).toBe('PRE_INSTALL_ERROR');
    expect(result.errorMessage).toBe('Refusing to migrate: export your tickets first');
    expect(timeline(result).at(-1)).toBe('PRE_INSTALL_HOOK:failed');
    expect(step(result, 'APPLY_MANIFEST')).toBeUndefined();
    expect(step(result, 'ROLLBACK')).toBeUndefined();
  }, SLOW);

  it('a failed fresh install is rolled back: the uninstall hook runs with { version }', async () => {
    const result = await simulate({ kind: 'none' }, { kind: 'working-tree' });
    expect(result.errorCode).toBe('PRE_INSTALL_ERROR');
    expect(timeline(result).slice(-2)).toEqual(['PRE_INSTALL_HOOK:failed', 'ROLLBACK:done']);
    expect(step(result, 'ROLLBACK')?.execution).toMatchObject({ hook: 'uninstall', payload: { version: '2.1.0' }, status: 'SUCCESS' });
    expect(step(result, 'ROLLBACK')?.reason).toMatch(/the uninstall hook ran; then the application, its 1 object/);
  }, SLOW);

  it.each([
    ['the same version', git('v1.0.0'), git('v1.0.0'), 'APP_ALREADY_INSTALLED', 'ticket-desk@1.0.0 is already installed in this workspace.'],
    ['a downgrade', git('v2.0.0'), git('v1.0.0'), 'CANNOT_DOWNGRADE_APPLICATION', 'Cannot install ticket-desk@1.0.0: version 2.0.0 is already installed and downgrading is not allowed.'],
  ])('refuses %s', async (_name, from, to, errorCode, message) => {
    const result = await simulate(from, to);
    expect(result).toMatchObject({ outcome: 'FAILED', errorCode, errorMessage: message });
    expect(timeline(result)).toEqual(['RESOLVE_PACKAGE:done', 'CHECK_COMPATIBILITY:done', 'CREATE_APPLICATION:skipped', 'CHECK_VERSION:failed']);
  }, SLOW);

  it('refuses an incompatible engines.twenty', async () => {
    const result = await simulate({ kind: 'none' }, git('v2.0.0'), { serverVersion: '2.30.0' });
    expect(result).toMatchObject({ outcome: 'FAILED', errorCode: 'SERVER_VERSION_INCOMPATIBLE', errorMessage: 'App requires Twenty server >=2.40.0 but this server is 2.30.0.', serverVersion: '2.30.0' });
    expect(timeline(result)).toEqual(['RESOLVE_PACKAGE:done', 'CHECK_COMPATIBILITY:failed']);
  }, SLOW);

  it('targets the newest server the studio knows by default', async () => {
    const result = await simulate(git('v1.0.0'), git('v1.0.0'));
    expect(result.serverVersion).toBe('2.43.0');
  }, SLOW);

  it('what if: treat as fresh runs every hook of the new version, and a failure then rolls back', async () => {
    const result = await simulate(git('v1.0.0'), git('v1.1.0'), { whatIf: { treatAsFresh: true } });
    expect(result.previousVersion).toBeUndefined();
    expect(result.diff.deleted).toEqual([]);
    expect(timeline(result).slice(-4)).toEqual(['PRE_INSTALL_HOOK:done', 'APPLY_MANIFEST:done', 'POST_INSTALL_HOOK:failed', 'ROLLBACK:done']);
    expect(step(result, 'PRE_INSTALL_HOOK')?.execution?.payload).toEqual({ newVersion: '1.1.0' });
  }, SLOW);

  it('uninstall on its own: the hook with { version }, then the removal', async () => {
    const result = await simulator.uninstall({ appDir: repo.appDir, version: git('v1.0.0') });
    expect(result.steps.map((candidate) => `${candidate.name}:${candidate.status}`)).toEqual(['UNINSTALL_HOOK:done', 'REMOVE_APPLICATION:done']);
    expect(result.steps[0].execution).toMatchObject({ payload: { version: '1.0.0' }, data: { hook: 'uninstall', payload: { version: '1.0.0' } } });
  }, SLOW);
});

describe('sides: tarball and folder', () => {
  it('a tarball as the new version: its manifest.json is read and its prebuilt hooks run', async () => {
    const result = await simulate(git('v1.0.0'), { kind: 'tarball', path: tarball });
    expect(result.to).toMatchObject({ build: 'prebuilt', version: '1.1.0', dependencies: 'same-as-working-tree' });
    expect(result.errorCode).toBe('POST_INSTALL_ERROR');
    expect(step(result, 'PRE_INSTALL_HOOK')?.execution).toMatchObject({ status: 'SUCCESS', data: { hook: 'pre-install', payload: { previousVersion: '1.0.0', newVersion: '1.1.0' } } });
    // The tarball's manifest and the studio's build of the same sources agree: only real changes show.
    expect(result.diff.destructive.map((change) => change.name)).toEqual(['ticket.legacyCode']);
    expect(result.diff.updated.map((entry) => entry.name)).not.toContain('close-stale-tickets');
    expect(result.diff.created).toEqual([]);
  }, SLOW);

  it('the tarball and the studio\'s own build of the same version have the same manifest', async () => {
    const result = await simulate({ kind: 'tarball', path: tarball }, git('v1.1.0'));
    expect(result.errorCode).toBe('APP_ALREADY_INSTALLED');
    expect(result.diff).toEqual({ created: [], updated: [], deleted: [], destructive: [] });
  }, SLOW);

  it('a tarball as the installed version', async () => {
    const result = await simulate({ kind: 'tarball', path: tarball }, git('v2.0.0'));
    expect(result.from).toMatchObject({ build: 'prebuilt', version: '1.1.0' });
    expect(result.outcome).toBe('UPGRADED');
    expect(result.diff.created).toEqual([]);
    expect(result.diff.destructive).toEqual([]);
  }, SLOW);

  it('a folder as the installed version', async () => {
    const result = await simulate({ kind: 'folder', path: folderV2 }, { kind: 'working-tree' });
    expect(result.from).toMatchObject({ build: 'source', version: '2.0.0', dependencies: 'same-as-working-tree' });
    expect(result.errorCode).toBe('PRE_INSTALL_ERROR');
  }, SLOW);

  it('a folder as the new version, with a "what if" making its post-install synchronous', async () => {
    const result = await simulate(git('v1.1.0'), { kind: 'folder', path: folderV2 }, { whatIf: { overrides: { postInstall: { shouldRunSynchronously: true } } } });
    expect(result.to).toMatchObject({ build: 'source', version: '2.0.0' });
    // Run inline, the first RetryableLogicFunctionError is just an error: nothing retries a synchronous hook.
    expect(result.errorCode).toBe('POST_INSTALL_ERROR');
    expect(step(result, 'POST_INSTALL_HOOK')?.execution).toMatchObject({ context: { retryCount: 0, maxRetries: 0 }, error: { errorType: 'RetryableLogicFunctionError' } });
  }, SLOW);

  it('refuses a side whose dependencies differ from the working tree\'s, unless told to link them', async () => {
    const different = await exportFixtureVersion(repo, 'v2.0.0', 'folder-other-deps');
    const packageJson = join(different, 'package.json');
    const content = JSON.parse(await readFile(packageJson, 'utf8')) as Record<string, Record<string, string>>;
    content.dependencies = { 'left-pad': '1.3.0' };
    await writeFile(packageJson, JSON.stringify(content));
    await expect(simulate({ kind: 'none' }, { kind: 'folder', path: different })).rejects.toMatchObject({
      code: 'DEPENDENCIES_NOT_INSTALLED',
      message: expect.stringContaining('left-pad: (none) -> 1.3.0'),
    });
    const linked = await simulate({ kind: 'none' }, { kind: 'folder', path: different }, { differentDependencies: 'link', serverVersion: '2.0.0' });
    expect(linked.to.dependencies).toBe('linked-despite-differences');
    expect(linked.errorCode).toBe('SERVER_VERSION_INCOMPATIBLE');
  }, SLOW);
});

describe('sides whose own dependencies are installed (differentDependencies: install)', () => {
  // Offline: the side's only dependency is a local file: package written here, so npm needs no
  // registry. twenty-sdk comes from a node_modules above the simulator's scratch folder, as in a monorepo.
  let installing: InstallSimulator;
  let scratchRoot: string;
  let side: string;

  /** Exports v2.0.0 as a folder whose package.json declares only `dependencies`, its pre-install using left-pad-local. */
  const sideWith = async (name: string, dependencies: Record<string, string>) => {
    const dir = await exportFixtureVersion(repo, 'v2.0.0', name);
    const packageJson = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(join(dir, 'package.json'), JSON.stringify({ ...packageJson, dependencies, devDependencies: {} }, null, 2));
    return dir;
  };
  /** The sides materialised in the simulator's scratch folder right now. */
  const sideFolders = () =>
    readdirSync(scratchRoot).flatMap((sim) => readdirSync(join(scratchRoot, sim)).filter((name) => name.startsWith('side-')).map((name) => join(scratchRoot, sim, name, 'app')));

  beforeAll(async () => {
    const root = join(repo.scratchDir, 'own-dependencies');
    scratchRoot = join(root, 'simulations');
    await mkdir(scratchRoot, { recursive: true });
    await symlink(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    installing = new InstallSimulator({ runner, evaluator, scratchRoot });

    const leftPad = join(repo.scratchDir, 'left-pad-local');
    await mkdir(leftPad);
    await writeFile(join(leftPad, 'package.json'), JSON.stringify({ name: 'left-pad-local', version: '1.0.0', type: 'module', main: 'index.js', types: 'index.d.ts' }));
    await writeFile(join(leftPad, 'index.js'), 'export default function leftPad(text, length) { return String(text).padStart(length, \'.\'); }\n');
    await writeFile(join(leftPad, 'index.d.ts'), 'export default function leftPad(text: string, length: number): string;\n');

    side = await sideWith('folder-local-dependency', { 'left-pad-local': 'file:../left-pad-local' });
    await writeFile(join(side, 'src/logic-functions/pre-install.ts'), `import { definePreInstallLogicFunction, type InstallPayload } from 'twenty-sdk/define';
import leftPad from 'left-pad-local';

export default definePreInstallLogicFunction({
  universalIdentifier: 'b6d7e8f9-0a1b-4c2d-9e3f-4a5b6c7d8e9f',
  name: 'pre-install',
  timeoutSeconds: 30,
  handler: async (payload: InstallPayload) => ({ padded: leftPad(payload.newVersion, 8) }),
});
`);
  }, SLOW);

  afterAll(() => installing?.dispose());

  it('installs the side\'s own dependencies, streams the install, then simulates; a second simulation reuses the install', async () => {
    const request = { appDir: repo.appDir, from: { kind: 'none' as const }, to: { kind: 'folder' as const, path: side }, differentDependencies: 'install' as const };
    const events: InstallProgressEvent[] = [];
    let installedInSide = false;
    const first = installResultSchema.parse(await installing.simulate(request, (event) => {
      events.push(event);
      if (event.type === 'side' && event.phase === 'building') {
        installedInSide = sideFolders().some((dir) => existsSync(join(dir, 'node_modules', 'left-pad-local', 'package.json')));
      }
    }));
    const lines = events.flatMap((event) => (event.type === 'dependencies' ? [event] : []));
    expect(lines[0]).toMatchObject({ side: 'to', line: expect.stringMatching(/^\$ npm install --ignore-scripts/) });
    // The install runs before the side is built.
    expect(events.findIndex((event) => event.type === 'dependencies')).toBeLessThan(events.findIndex((event) => event.type === 'side' && event.phase === 'building'));
    expect(installedInSide).toBe(true);
    expect(first.to).toMatchObject({ dependencies: 'own', dependencyInstall: { packageManager: 'npm', reused: false }, dependencyDifferences: expect.arrayContaining(['left-pad-local: (none) -> file:../left-pad-local']) });
    expect(first.to.dependencyInstall?.command).toMatch(/^npm install --ignore-scripts/);
    expect(first.outcome).toBe('INSTALLED');
    // The hook was built against the installed package.
    expect(step(first, 'PRE_INSTALL_HOOK')?.execution).toMatchObject({ status: 'SUCCESS', data: { padded: '...2.0.0' } });

    const again: InstallProgressEvent[] = [];
    const second = installResultSchema.parse(await installing.simulate(request, (event) => again.push(event)));
    expect(again.filter((event) => event.type === 'dependencies')).toEqual([]);
    expect(second.to).toMatchObject({ dependencies: 'own', dependencyInstall: { reused: true } });
    expect(step(second, 'PRE_INSTALL_HOOK')?.execution?.data).toEqual({ padded: '...2.0.0' });
  }, SLOW);

  it('reports a failed install with the exit code and the last lines of the package manager\'s output', async () => {
    const broken = await sideWith('folder-missing-dependency', { 'not-there-local': 'file:../not-there-local.tgz' });
    const failure = installing.simulate({ appDir: repo.appDir, from: { kind: 'none' }, to: { kind: 'folder', path: broken }, differentDependencies: 'install' });
    await expect(failure).rejects.toBeInstanceOf(StudioError);
    await expect(failure).rejects.toMatchObject({
      code: 'DEPENDENCIES_INSTALL_FAILED',
      message: expect.stringMatching(/"npm install --ignore-scripts[^"]*" exited with code [1-9]\d*\. Last lines of its output:\n[\s\S]*not-there-local\.tgz/),
    });
  }, SLOW);
});

describe('version sources', () => {
  it('compares declared dependencies, not installed ones', () => {
    const working = { dependencies: { zod: '^4.0.0' }, devDependencies: { 'twenty-sdk': '2.43.0' } };
    expect(dependencyDifferences(working, { dependencies: { zod: '^4.0.0' }, devDependencies: { 'twenty-sdk': '2.43.0' }, version: '9.9.9' })).toEqual([]);
    expect(dependencyDifferences(working, { dependencies: { zod: '^3.0.0', 'left-pad': '1.3.0' }, devDependencies: {} })).toEqual([
      'left-pad: (none) -> 1.3.0',
      'zod: ^4.0.0 -> ^3.0.0',
      'devDependencies twenty-sdk: 2.43.0 -> (none)',
    ]);
  });

  it('installs a side\'s dependencies with its relative local paths made absolute, and only what decides the install', () => {
    const manifest = installManifest({ name: 'app', version: '9.9.9', scripts: { build: 'x' }, dependencies: { a: 'file:../a', b: '^1.0.0', c: '../c', d: 'link:./d' } }, '/repo/apps/app');
    expect(manifest).toEqual({ name: 'app', dependencies: { a: 'file:/repo/apps/a', b: '^1.0.0', c: 'file:/repo/apps/c', d: 'link:/repo/apps/app/d' } });
  });

  it('lists tags and recent commits for a picker', async () => {
    const versions = await listGitVersions(repo.appDir);
    expect(versions.tags.map((tag) => tag.ref).sort()).toEqual(['v1.0.0', 'v1.1.0', 'v2.0.0']);
    expect(versions.commits.map((commit) => commit.subject)).toEqual(['Ticket Desk v2.0.0', 'Ticket Desk v1.1.0', 'Ticket Desk v1.0.0']);
  });

  it('installs the working tree unless told otherwise', () => {
    expect(installRequestSchema.parse({ appDir: repo.appDir, from: { kind: 'none' } }).to).toEqual({ kind: 'working-tree' });
  });

  it('reads a CLI argument as none, the working tree, a tarball, a folder or a git ref', () => {
    expect(parseVersionSource('none', repo.appDir)).toEqual({ kind: 'none' });
    expect(parseVersionSource('working-tree', repo.appDir)).toEqual({ kind: 'working-tree' });
    expect(parseVersionSource(tarball, repo.appDir)).toEqual({ kind: 'tarball', path: tarball });
    expect(parseVersionSource(folderV2, repo.appDir)).toEqual({ kind: 'folder', path: folderV2 });
    expect(parseVersionSource('v1.0.0', repo.appDir)).toEqual({ kind: 'git', ref: 'v1.0.0' });
  });

  it('says which refs exist when one does not', async () => {
    const failure = simulate({ kind: 'none' }, git('v9.9.9'));
    await expect(failure).rejects.toBeInstanceOf(StudioError);
    await expect(failure).rejects.toMatchObject({ code: 'UNKNOWN_GIT_REF', message: expect.stringContaining('Tags: v1.0.0, v1.1.0, v2.0.0') });
  });
});
