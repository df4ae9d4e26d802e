import { existsSync, lstatSync, readdirSync, readlinkSync, realpathSync, type Dirent } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { NodeBinary } from './node-binary';

/**
 * File-system confinement of a run through Node's permission model: the function reads its
 * bundle folder, the app's node_modules and its own run folder, and writes only the run folder
 * (its cwd and TMPDIR). What this does not hold (and docs/architecture.md says so): processes the
 * function starts are not confined (Node does not pass the permission model on to them), native
 * addons can do anything, and network access is untouched — the server allows all three, so the
 * studio does too. It guards against the accidental write to ~ or the read of a file that will not
 * be there on the server, not against code written to escape.
 */
export type FileSystemConfinement =
  /** Confined: the flags that start the child. */
  | { kind: 'confined'; flags: string[]; readPaths: string[] }
  /** The app turned it off (run settings). */
  | { kind: 'off' }
  /** This Node has no usable permission model: the run goes on unconfined, and says why. */
  | { kind: 'unavailable'; reason: string };

type Version = [number, number, number];

const parseVersion = (text: string): Version | null => {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
};

const atLeast = (version: Version, major: number, minor: number): boolean =>
  version[0] > major || (version[0] === major && version[1] >= minor);

/**
 * The flag that turns the permission model on for a Node version, and the warnings it prints on
 * every start (silenced: they would land in the function's output, which the server's has not).
 * Node 22.13 / 23.5 made it stable as `--permission`; from 20.11 (the first with
 * `--disable-warning`) it is `--experimental-permission`. Older lines run unconfined.
 */
export const permissionModelFlags = (nodeVersion: string, node: Pick<NodeBinary, 'env'>): { flags: string[] } | { unavailable: string } => {
  if (node.env.ELECTRON_RUN_AS_NODE) return { unavailable: "Electron's built-in Node runs functions (no `node` on PATH); set a Node binary in the run settings to confine file access" };
  const version = parseVersion(nodeVersion);
  if (!version) return { unavailable: `the Node version is unknown (${nodeVersion || 'no answer to --version'})` };
  const stable = atLeast(version, 23, 5) || (version[0] === 22 && atLeast(version, 22, 13));
  if (stable) return { flags: ['--permission', '--disable-warning=SecurityWarning'] };
  if (atLeast(version, 20, 11)) return { flags: ['--experimental-permission', '--disable-warning=ExperimentalWarning', '--disable-warning=SecurityWarning'] };
  return { unavailable: `Node ${nodeVersion} has no permission model the studio can use (20.11 or later needed)` };
};

/** What the server allows a function too: starting processes and threads, native addons, WASI. */
const CAPABILITY_FLAGS = ['--allow-child-process', '--allow-worker', '--allow-addons', '--allow-wasi'];

const safeRealpath = (path: string): string | null => {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
};

/**
 * Every path a chain of links passes through (`<cache>/node_modules` -> the app's node_modules ->
 * a workspace root's): Node's realpath lstat's each of them, and under the permission model each
 * must be readable, not only where the chain ends.
 */
const linkChain = (path: string): string[] => {
  const chain: string[] = [];
  let current = path;
  for (let hop = 0; hop < 16; hop += 1) {
    try {
      if (!lstatSync(current).isSymbolicLink()) break;
      current = resolve(dirname(current), readlinkSync(current));
      chain.push(current);
    } catch {
      break;
    }
  }
  return chain;
};

/** The outermost `node_modules` in a path (a pnpm store entry lives under the workspace root's one). */
const outermostNodeModules = (path: string): string | null => {
  const parts = path.split(sep);
  const index = parts.indexOf('node_modules');
  return index === -1 ? null : parts.slice(0, index + 1).join(sep) || sep;
};

/**
 * Folders a bundle in `bundleDir` reads at run time: the folder itself, the node_modules it links
 * to (`<cacheDir>/node_modules`, see bundle-cache-folder.ts) by its real path, and where that
 * folder's packages really are (pnpm and workspaces link them from elsewhere).
 */
export const bundleReadPaths = (bundleDir: string): string[] => {
  const paths = new Set<string>([bundleDir]);
  const realBundleDir = safeRealpath(bundleDir);
  if (realBundleDir) paths.add(realBundleDir);
  for (const hop of linkChain(join(bundleDir, 'node_modules'))) paths.add(hop);
  const nodeModules = safeRealpath(join(bundleDir, 'node_modules'));
  if (nodeModules) {
    paths.add(nodeModules);
    // Only links can lead out of this folder: a plain package folder is inside it (the folder is a
    // real path), so its realpath is not asked for (hundreds of lstat chains in a large node_modules).
    const entries = (dir: string): Dirent[] => {
      try {
        return readdirSync(dir, { withFileTypes: true });
      } catch {
        return [];
      }
    };
    for (const entry of entries(nodeModules)) {
      const scoped = entry.name.startsWith('@') && entry.isDirectory();
      const links = scoped ? entries(join(nodeModules, entry.name)).filter((inner) => !inner.isDirectory()).map((inner) => join(entry.name, inner.name)) : entry.isDirectory() ? [] : [entry.name];
      for (const packageName of links) {
        const real = safeRealpath(join(nodeModules, packageName));
        if (!real || real.startsWith(nodeModules + sep)) continue;
        paths.add(outermostNodeModules(real) ?? dirname(real));
      }
    }
  }
  return [...paths];
};

const cachedReadPaths = new Map<string, { at: number; paths: string[] }>();
/** node_modules changes rarely; a few seconds of cache keeps the per-run cost at zero. */
const READ_PATHS_TTL_MS = 5_000;

export const bundleReadPathsCached = (bundleDir: string, now = Date.now()): string[] => {
  const cached = cachedReadPaths.get(bundleDir);
  if (cached && now - cached.at < READ_PATHS_TTL_MS) return cached.paths;
  const paths = bundleReadPaths(bundleDir);
  // Only a folder whose node_modules link is in place is kept: before the first build made it, the
  // grants would leave out the app's packages, and runs in the next seconds could not import them.
  if (safeRealpath(join(bundleDir, 'node_modules'))) cachedReadPaths.set(bundleDir, { at: now, paths });
  else cachedReadPaths.delete(bundleDir);
  return paths;
};

/**
 * The paths with every one inside another (or repeated) left out: Node 20 aborts on a path given
 * twice (an assertion in its permission radix tree), and a folder's grant covers what it holds.
 */
export const minimalPathSet = (paths: string[]): string[] => {
  const kept: string[] = [];
  for (const path of [...new Set(paths)].sort((a, b) => a.length - b.length)) {
    if (!kept.some((outer) => path === outer || path.startsWith(outer.endsWith(sep) ? outer : outer + sep))) kept.push(path);
  }
  return kept;
};

/**
 * The folder whose files a bundle may read: the nearest one up from it with a package.json (the
 * build cache pins one at its root, next to its node_modules link; bundles sit in subfolders that
 * mirror the app's), else the bundle's own folder.
 */
export const bundleRootOf = (bundlePath: string): string => {
  const own = dirname(bundlePath);
  for (let dir = own; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return own;
  }
};

/** The confinement of a run of the bundle in `bundleDir`, or why there is none. */
export const fileSystemConfinement = (input: {
  enabled: boolean;
  nodeVersion: string;
  node: Pick<NodeBinary, 'env'>;
  bundleDir: string;
  childScript: string;
}): FileSystemConfinement => {
  if (!input.enabled) return { kind: 'off' };
  const model = permissionModelFlags(input.nodeVersion, input.node);
  if ('unavailable' in model) return { kind: 'unavailable', reason: model.unavailable };
  const readPaths = minimalPathSet([dirname(input.childScript), ...bundleReadPathsCached(input.bundleDir)]);
  return { kind: 'confined', flags: [...model.flags, ...CAPABILITY_FLAGS, ...readPaths.map((path) => `--allow-fs-read=${path}`)], readPaths };
};

/**
 * The flags that need the run's own folder, added when the child is spawned (the folder is made then).
 */
export const runFolderFlags = (tempDir: string): string[] => [`--allow-fs-read=${tempDir}`, `--allow-fs-write=${tempDir}`];

/**
 * A POSIX sh program that execs Node with read access to exactly the two /proc files the run
 * child reads about itself (its process group, its children), under the pid it will have: `$$`
 * of this shell, which `exec` hands on to Node. A grant of `/proc/self` would also open
 * `/proc/self/root/...`, i.e. the whole file system.
 */
export const PROC_GRANT_EXEC = 'unset PWD OLDPWD; exec "$0" --allow-fs-read=/proc/$$/stat --allow-fs-read=/proc/$$/task/$$/children "$@"';
