import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { InstallSide, VersionSource } from '../../../src-shared/contract/install';
import { findAppNodeModules } from '../build/bundle-cache-folder';
import { StudioError } from '../studio-error';
import type { InstalledDependencies, SideDependencyRequest } from './side-dependencies';

const run = promisify(execFile);

/** One side of an install, laid out in a folder of its own, ready to be read and built. */
export interface MaterializedSide {
  source: VersionSource;
  /** How the user named it: `v1.2.0 (git)`, `working tree`, `my-app-1.2.0.tgz`. */
  label: string;
  /** The folder holding package.json (a tarball's `package/`). */
  dir: string;
  /** 'prebuilt': a tarball or built output, read from manifest.json with its .mjs handlers run as they are. */
  build: 'source' | 'prebuilt';
  packageJson: Record<string, unknown> | null;
  dependencies: InstallSide['dependencies'];
  dependencyDifferences: string[];
  /** Its own dependencies were installed for it (differentDependencies: 'install'). */
  dependencyInstall?: InstallSide['dependencyInstall'];
  /** The side's dependencies differ from the working tree's and nothing was linked: an install is needed. */
  needsInstall: boolean;
  dispose(): Promise<void>;
}

export interface MaterializeOptions {
  /** Parent folder for the side's temporary folder. */
  scratchDir: string;
  /** What to do when the side's dependencies differ from the working tree's (see installRequestSchema). */
  differentDependencies?: DifferentDependencies;
  /** With 'install': installs the side's own dependencies and gives their node_modules (see SideDependencyInstaller). */
  installDependencies?: (request: SideDependencyRequest) => Promise<InstalledDependencies>;
}

export type DifferentDependencies = 'refuse' | 'link' | 'install';

/** What the CLI and the UI pass: `none`, `working-tree`, a .tgz path, a folder path, or else a git ref. */
export function parseVersionSource(argument: string, cwd: string): VersionSource {
  if (argument === 'none') return { kind: 'none' };
  if (argument === 'working-tree') return { kind: 'working-tree' };
  const path = resolve(cwd, argument);
  if (/\.(tgz|tar\.gz)$/.test(argument)) {
    if (!existsSync(path)) throw new StudioError('VERSION_NOT_FOUND', `No tarball at ${path}: build one with "twenty dev:build --tarball" (it lands in .twenty/output).`);
    return { kind: 'tarball', path };
  }
  if (existsSync(path) && statSync(path).isDirectory()) return { kind: 'folder', path };
  return { kind: 'git', ref: argument };
}

export function describeVersionSource(source: VersionSource): string {
  switch (source.kind) {
    case 'none': return 'nothing installed';
    case 'working-tree': return 'working tree';
    case 'git': return `${source.ref} (git)`;
    case 'folder': return `folder ${source.path}`;
    case 'tarball': return `tarball ${source.path}`;
  }
}

const DEPENDENCY_KEYS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

/** Declared dependency ranges that differ between two package.json files, as `name: before -> after`. */
export function dependencyDifferences(working: Record<string, unknown> | null, side: Record<string, unknown> | null): string[] {
  const differences: string[] = [];
  for (const key of DEPENDENCY_KEYS) {
    const before = (working?.[key] ?? {}) as Record<string, unknown>;
    const after = (side?.[key] ?? {}) as Record<string, unknown>;
    for (const name of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
      if (before[name] === after[name]) continue;
      differences.push(`${key === 'dependencies' ? '' : `${key} `}${name}: ${String(before[name] ?? '(none)')} -> ${String(after[name] ?? '(none)')}`);
    }
  }
  return differences;
}

async function readPackageJson(dir: string): Promise<Record<string, unknown> | null> {
  try {
    return JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
}

async function git(appDir: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', ['-C', appDir, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') throw new StudioError('GIT_NOT_FOUND', 'git is not installed or not on the PATH: install git to compare git versions of the app.');
    throw new StudioError('GIT_FAILED', `git ${args[0]} failed in ${appDir}: ${(failure.stderr ?? failure.message).trim()}`);
  }
}

/** The app's folder inside its repository ('' at the root, else `apps/my-app/`). */
async function repositoryPrefix(appDir: string): Promise<string> {
  try {
    return (await git(appDir, ['rev-parse', '--show-prefix'])).trim();
  } catch {
    throw new StudioError('NOT_A_GIT_REPOSITORY', `${appDir} is not in a git repository: choose a folder or a tarball as the version instead of a git ref.`);
  }
}

/** The commit a ref names now (a branch moves; a commit does not). */
export async function resolveCommit(appDir: string, ref: string): Promise<string> {
  try {
    return (await git(appDir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
  } catch {
    const tags = (await git(appDir, ['tag', '--list']).catch(() => '')).split('\n').filter(Boolean);
    const known = tags.length > 0 ? ` Tags: ${tags.slice(0, 10).join(', ')}${tags.length > 10 ? ', ...' : ''}.` : '';
    throw new StudioError('UNKNOWN_GIT_REF', `"${ref}" is not a tag, branch or commit of the app's repository, nor a folder or a .tgz file.${known}`);
  }
}

export interface GitVersion {
  ref: string;
  commit: string;
  date: string;
  subject: string;
}

/** Tags (newest first) and recent commits of the app's repository, for a version picker. */
export async function listGitVersions(appDir: string, recentCommits = 20): Promise<{ tags: GitVersion[]; commits: GitVersion[] }> {
  await repositoryPrefix(appDir);
  const parse = (text: string) =>
    text.split('\n').filter(Boolean).map((line) => {
      const [ref, commit, date, ...subject] = line.split('\t');
      return { ref, commit, date, subject: subject.join('\t') };
    });
  const tags = parse(await git(appDir, ['for-each-ref', '--sort=-creatordate', '--format=%(refname:short)%09%(objectname:short)%09%(creatordate:iso-strict)%09%(subject)', 'refs/tags']));
  const commits = parse(await git(appDir, ['log', `-n${recentCommits}`, '--format=%h%x09%h%x09%cI%x09%s', 'HEAD', '--', '.']).catch(() => ''));
  return { tags, commits };
}

/**
 * Gives the side the working tree's node_modules when it declares the same dependencies, so it
 * builds and runs against what the app really uses. A prebuilt side always gets them: its handlers
 * have every dependency inlined except `twenty-client-sdk`, which the server provides too.
 */
async function provideNodeModules(
  side: Omit<MaterializedSide, 'dependencies' | 'dependencyDifferences' | 'needsInstall' | 'dispose'>, appDir: string, originDir: string, ownNodeModules: string | null, options: MaterializeOptions,
): Promise<Pick<MaterializedSide, 'dependencies' | 'dependencyDifferences' | 'dependencyInstall' | 'needsInstall'>> {
  const workingPackageJson = await readPackageJson(appDir);
  const differences = dependencyDifferences(workingPackageJson, side.packageJson);
  const link = join(side.dir, 'node_modules');
  const linkTo = async (target: string) => {
    if (!existsSync(link)) await symlink(target, link, 'junction');
  };
  if (ownNodeModules && differences.length > 0) {
    await linkTo(ownNodeModules);
    return { dependencies: 'own' as const, dependencyDifferences: differences, needsInstall: false };
  }
  const working = findAppNodeModules(appDir);
  const installOwn = async () => {
    const { nodeModules, ...dependencyInstall } = await options.installDependencies!({ label: side.label, dir: side.dir, originDir, packageJson: side.packageJson });
    await linkTo(nodeModules);
    return { dependencies: 'own' as const, dependencyDifferences: differences, dependencyInstall, needsInstall: false };
  };
  const canInstall = options.differentDependencies === 'install' && options.installDependencies !== undefined;
  if (!working) return canInstall ? installOwn() : { dependencies: 'missing' as const, dependencyDifferences: differences, needsInstall: true };
  if (differences.length === 0) {
    await linkTo(working);
    return { dependencies: 'same-as-working-tree' as const, dependencyDifferences: differences, needsInstall: false };
  }
  if (side.build === 'prebuilt' || options.differentDependencies === 'link') {
    await linkTo(working);
    return { dependencies: 'linked-despite-differences' as const, dependencyDifferences: differences, needsInstall: false };
  }
  if (canInstall) return installOwn();
  return { dependencies: 'missing' as const, dependencyDifferences: differences, needsInstall: true };
}

/** Folders never copied from a folder side: installs, VCS data and build outputs. */
const NOT_COPIED = new Set(['node_modules', '.git', '.twenty']);

/**
 * Lays one version of the app out in a temporary folder: a git ref through `git archive` (nothing in
 * the user's repository changes, unlike a worktree), a folder copied, a tarball unpacked. The working
 * tree is used in place: it is only read.
 */
export async function materializeVersion(appDir: string, source: VersionSource, options: MaterializeOptions): Promise<MaterializedSide> {
  if (source.kind === 'none') throw new Error('materializeVersion: "none" has no files');
  const label = describeVersionSource(source);
  if (source.kind === 'working-tree') {
    const installed = findAppNodeModules(appDir) !== null;
    return {
      source, label, dir: appDir, build: 'source', packageJson: await readPackageJson(appDir),
      dependencies: installed ? 'own' : 'missing', dependencyDifferences: [], needsInstall: !installed,
      // The app folder itself: never removed.
      dispose: async () => undefined,
    };
  }

  await mkdir(options.scratchDir, { recursive: true });
  const root = await mkdtemp(join(options.scratchDir, 'side-'));
  const dispose = () => rm(root, { recursive: true, force: true });
  try {
    let dir = join(root, 'app');
    let build: MaterializedSide['build'] = 'source';
    let ownNodeModules: string | null = null;
    // Where the side's relative `file:` dependencies point from.
    let originDir = appDir;
    if (source.kind === 'git') {
      const prefix = await repositoryPrefix(appDir);
      const commit = await resolveCommit(appDir, source.ref);
      const archive = join(root, 'source.tar');
      const treeish = prefix ? `${commit}:${prefix.replace(/\/$/, '')}` : commit;
      // From the top level: run in a subfolder, git archive would also filter by that folder inside the subtree.
      const topLevel = (await git(appDir, ['rev-parse', '--show-toplevel'])).trim();
      await git(topLevel, ['archive', '--format=tar', '-o', archive, treeish]);
      await mkdir(dir);
      await run('tar', ['-xf', archive, '-C', dir]);
      await rm(archive);
    } else if (source.kind === 'folder') {
      const from = resolve(source.path);
      originDir = from;
      if (!existsSync(join(from, 'package.json'))) throw new StudioError('VERSION_NOT_FOUND', `${from} has no package.json: choose the folder of a Twenty app (or its .twenty/output).`);
      build = existsSync(join(from, 'manifest.json')) ? 'prebuilt' : 'source';
      await cp(from, dir, { recursive: true, filter: (path) => !NOT_COPIED.has(path.slice(from.length + 1).split(/[\\/]/)[0]) || path === from });
      const own = join(from, 'node_modules');
      ownNodeModules = existsSync(join(own, 'twenty-sdk')) || existsSync(join(own, 'twenty-client-sdk')) ? own : null;
    } else {
      // An npm-pack tarball: everything sits under package/.
      originDir = dirname(resolve(source.path));
      await mkdir(join(root, 'unpacked'));
      try {
        await run('tar', ['-xzf', resolve(source.path), '-C', join(root, 'unpacked')]);
      } catch (error) {
        throw new StudioError('TARBALL_EXTRACTION_FAILED', `Cannot unpack ${source.path}: ${((error as { stderr?: string }).stderr ?? (error as Error).message).trim()}`);
      }
      dir = join(root, 'unpacked', 'package');
      if (!existsSync(join(dir, 'manifest.json'))) {
        throw new StudioError('TARBALL_EXTRACTION_FAILED', `${source.path} has no package/manifest.json: it is not a tarball from "twenty dev:build --tarball".`);
      }
      build = 'prebuilt';
    }
    const packageJson = await readPackageJson(dir);
    const side = { source, label, dir, build, packageJson };
    return { ...side, ...(await provideNodeModules(side, appDir, originDir, ownNodeModules, options)), dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
