import { runPackageManager } from '../tasks/install-dependencies';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { InstallSide } from '../../../src-shared/contract/install';
import { detectPackageManager } from '../project/dependency-status';
import { StudioError } from '../studio-error';

export type PackageManager = 'npm' | 'yarn';
export type DependencyInstall = NonNullable<InstallSide['dependencyInstall']>;

export interface SideDependencyRequest {
  /** What the user named the side, for messages. */
  label: string;
  /** The side's folder (package.json, lockfile, .npmrc, .yarnrc.yml). */
  dir: string;
  /** Where the side's relative `file:`/`link:` dependencies point from: the app folder, the copied folder... */
  originDir: string;
  packageJson: Record<string, unknown> | null;
}

export interface InstalledDependencies extends DependencyInstall {
  /** The installed node_modules, to link into the side's folder. */
  nodeModules: string;
}

export type DependencyLineListener = (line: string, stream: 'stdout' | 'stderr') => void;

/** What the install needs from package.json: dependencies and what changes their resolution, nothing that changes with each release. */
const INSTALL_FIELDS = [
  'name', 'private', 'type', 'packageManager', 'dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies',
  'peerDependenciesMeta', 'dependenciesMeta', 'bundleDependencies', 'bundledDependencies', 'overrides', 'resolutions',
] as const;
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;
/** Files of the side that change how its dependencies install. */
const INSTALL_FILES = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', '.npmrc', '.yarnrc', '.yarnrc.yml'];
/** Yarn's own release (yarnPath), plugins and patches (patch: dependencies). */
const INSTALL_FOLDERS = ['.yarn/releases', '.yarn/plugins', '.yarn/patches'];
/** Lines of output kept for the error when the install fails. */
const TAIL_LINES = 20;

/**
 * A relative local dependency (`file:../x`, `link:./y`, `portal:`, `../z`) resolved against where the
 * side comes from: the install runs in a folder of its own, where the relative path means nothing.
 */
function absoluteSpec(spec: unknown, originDir: string): unknown {
  if (typeof spec !== 'string') return spec;
  const match = /^(file:|link:|portal:)?(\.{1,2}(?:[\\/].*)?)$/.exec(spec);
  if (!match) return spec;
  return `${match[1] ?? 'file:'}${resolve(originDir, match[2])}`;
}

/** The package.json the install runs with (see INSTALL_FIELDS), its relative local dependencies made absolute. */
export function installManifest(packageJson: Record<string, unknown> | null, originDir: string): Record<string, unknown> {
  const manifest: Record<string, unknown> = {};
  for (const field of INSTALL_FIELDS) if (packageJson?.[field] !== undefined) manifest[field] = packageJson[field];
  for (const field of DEPENDENCY_FIELDS) {
    const ranges = manifest[field];
    if (!ranges || typeof ranges !== 'object') continue;
    manifest[field] = Object.fromEntries(Object.entries(ranges as Record<string, unknown>).map(([name, spec]) => [name, absoluteSpec(spec, originDir)]));
  }
  return manifest;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(entries.map(async (entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  }));
  return nested.flat().sort();
}

/** The args of `<pm> install` that never run the dependencies' install scripts. */
async function installArgs(packageManager: PackageManager, dir: string, packageJson: Record<string, unknown>): Promise<string[]> {
  if (packageManager === 'npm') return ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--no-update-notifier'];
  const major = yarnMajor(packageJson) ?? (await yarnVersionIn(dir));
  // Yarn 1 and Yarn >= 3 can skip the build scripts; Yarn 2 cannot.
  if (major === null || major === 1) return ['install', '--ignore-scripts', '--non-interactive'];
  return major >= 3 ? ['install', '--mode=skip-build'] : ['install'];
}

function yarnMajor(packageJson: Record<string, unknown>): number | null {
  const declared = typeof packageJson.packageManager === 'string' ? /^yarn@(\d+)\./.exec(packageJson.packageManager) : null;
  return declared ? Number(declared[1]) : null;
}

async function yarnVersionIn(dir: string): Promise<number | null> {
  let output = '';
  const code = await runSidePackageManager('yarn', ['--version'], dir, (text) => void (output += text));
  const major = /^(\d+)\./.exec(output.trim());
  return code === 0 && major ? Number(major[1]) : null;
}

/** Settings for installs in a side's folder: plain output, and a node_modules folder the studio can build against. */
const SIDE_INSTALL_ENV: NodeJS.ProcessEnv = {
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  // Yarn 2+: the lockfile may need to change (relative local paths were made absolute), and the
  // studio builds against a node_modules folder, never Plug'n'Play.
  YARN_ENABLE_IMMUTABLE_INSTALLS: 'false',
  YARN_NODE_LINKER: 'node-modules',
  YARN_ENABLE_PROGRESS_BARS: 'false',
  YARN_ENABLE_COLORS: 'false',
};

function runSidePackageManager(packageManager: PackageManager, args: string[], cwd: string, onOutput: (text: string, stream: 'stdout' | 'stderr') => void): Promise<number> {
  return runPackageManager(cwd, packageManager, (output) => onOutput(output.text, output.stream), { args, env: SIDE_INSTALL_ENV });
}

/** Splits streamed chunks into lines (per stream), without colour codes or progress redraws. */
function lineSplitter(onLine: DependencyLineListener) {
  const partial = { stdout: '', stderr: '' };
  // eslint-disable-next-line no-control-regex
  const clean = (line: string) => line.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').replace(/^.*\r(?!$)/, '').replace(/\r$/, '');
  return {
    push(text: string, stream: 'stdout' | 'stderr') {
      const lines = (partial[stream] + text).split('\n');
      partial[stream] = lines.pop() ?? '';
      for (const line of lines) {
        const cleaned = clean(line);
        if (cleaned.trim() !== '') onLine(cleaned, stream);
      }
    },
    flush() {
      for (const stream of ['stdout', 'stderr'] as const) {
        const cleaned = clean(partial[stream]);
        partial[stream] = '';
        if (cleaned.trim() !== '') onLine(cleaned, stream);
      }
    },
  };
}

/**
 * Installs a side's own dependencies when they differ from the working tree's, in a folder of the
 * simulator's scratch area keyed by what decides the install (the package manager, the dependency
 * fields of package.json, the lockfile and the package manager's settings): the same commit or
 * tarball, or any side declaring the same dependencies, is installed once and then reused.
 */
export class SideDependencyInstaller {
  private readonly installs = new Map<string, Promise<InstalledDependencies>>();

  /** `cacheRoot` is the simulator's scratch folder, created on demand. */
  constructor(private readonly cacheRoot: () => Promise<string>) {}

  async install(request: SideDependencyRequest, onLine: DependencyLineListener): Promise<InstalledDependencies> {
    const packageManager = detectPackageManager(request.dir, request.packageJson);
    const manifest = installManifest(request.packageJson, request.originDir);
    const hash = createHash('sha256').update(`${packageManager}\n${JSON.stringify(manifest)}\n`);
    const copies: { from: string; to: string }[] = [];
    for (const name of INSTALL_FILES) {
      const path = join(request.dir, name);
      if (!existsSync(path)) continue;
      hash.update(`${name}\n`).update(await readFile(path)).update('\n');
      copies.push({ from: path, to: name });
    }
    for (const folder of INSTALL_FOLDERS) {
      for (const path of await filesUnder(join(request.dir, folder))) {
        hash.update(`${relative(request.dir, path)}\n`).update(await readFile(path)).update('\n');
      }
      if (existsSync(join(request.dir, folder))) copies.push({ from: join(request.dir, folder), to: folder });
    }
    const key = hash.digest('hex').slice(0, 20);

    const existing = this.installs.get(key);
    if (existing) return { ...(await existing), reused: true };
    const pending = this.run(key, request, packageManager, manifest, copies, onLine);
    this.installs.set(key, pending);
    pending.catch(() => this.installs.delete(key));
    return pending;
  }

  private async run(
    key: string, request: SideDependencyRequest, packageManager: PackageManager, manifest: Record<string, unknown>,
    copies: { from: string; to: string }[], onLine: DependencyLineListener,
  ): Promise<InstalledDependencies> {
    const dir = join(await this.cacheRoot(), `dependencies-${key}`);
    const nodeModules = join(dir, 'node_modules');
    const args = await installArgs(packageManager, request.dir, manifest);
    const command = `${packageManager} ${args.join(' ')}`;
    // Left by an earlier simulator sharing this scratch folder.
    if (existsSync(join(dir, '.installed'))) return { nodeModules, packageManager, command, reused: true };

    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    for (const copy of copies) await cp(copy.from, join(dir, copy.to), { recursive: true });
    // Without a lockfile, Yarn 2+ would look for its project in the folders above.
    if (packageManager === 'yarn' && !existsSync(join(dir, 'yarn.lock'))) await writeFile(join(dir, 'yarn.lock'), '');

    const tail: string[] = [];
    const splitter = lineSplitter((line, stream) => {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      onLine(line, stream);
    });
    onLine(`$ ${command}  (in ${dir})`, 'stdout');
    const code = await runSidePackageManager(packageManager, args, dir, (text, stream) => splitter.push(text, stream));
    splitter.flush();
    if (code !== 0) {
      await rm(dir, { recursive: true, force: true });
      throw new StudioError(
        'DEPENDENCIES_INSTALL_FAILED',
        `Installing the dependencies of ${request.label} failed: "${command}" exited with code ${code}${code === 127 ? `: is ${packageManager} installed and on the PATH?` : ''}. Last lines of its output:\n${tail.join('\n') || '(no output)'}`,
      );
    }
    // A package.json without dependencies installs nothing: the side still gets a folder to link.
    await mkdir(nodeModules, { recursive: true });
    await writeFile(join(dir, '.installed'), `${command}\n`);
    return { nodeModules, packageManager, command, reused: false };
  }
}
