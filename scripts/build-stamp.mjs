// Is the build in out/ current? `npm start` and `prepare` rebuild only when the inputs of
// `electron-vite build` changed since out/ was built, instead of rebuilding on every start.
//
// The inputs are hashed by content (a checkout or a copy changes mtimes, not what is built):
// everything under src-main, src-shared and src-renderer except tests, the build config, the
// tsconfig, the lockfile, package.json without its "scripts" (externalizeDepsPlugin reads the
// dependency lists; the scripts do not feed the build) and any .env* file electron-vite would load.
// After a successful build the hash goes to out/.build-stamp with a fingerprint of the main
// outputs, so a build made some other way (`npm run build`, a failed build) is never taken for
// the one the stamp describes.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bump when what is hashed changes, so every older stamp reads as stale. */
export const STAMP_VERSION = 1;
export const STAMP_FILE = join('out', '.build-stamp');
export const SOURCE_DIRS = ['src-main', 'src-shared', 'src-renderer'];
export const ROOT_FILES = ['electron.vite.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];
/** What a complete build leaves in out/ (the CLI, the three Electron entries, the renderer). */
export const OUTPUTS = ['out/main/cli.js', 'out/main/electron.js', 'out/preload/preload.js', 'out/renderer/index.html'];

const TEST_FILE = /\.test\.[cm]?[jt]sx?$/;

/** Which files of a source folder feed the build (relative paths, '/'-separated). */
export function isBuildInput(path) {
  const parts = path.split('/');
  if (parts.some((part) => part === 'node_modules' || part === '__snapshots__' || part === '.DS_Store')) return false;
  return !TEST_FILE.test(path);
}

/** package.json as the build sees it: without "scripts", which never reach the output. */
export function buildRelevantPackageJson(text) {
  try {
    const { scripts: _scripts, ...rest } = JSON.parse(text);
    return JSON.stringify(rest);
  } catch {
    return text;
  }
}

/**
 * The hash of the build's inputs: `files` is `[{ path, content }]` (content a string or Buffer),
 * in any order. The same files with the same contents give the same hash, whatever their order.
 */
export function hashInputs(files) {
  const hash = createHash('sha256').update(`twenty-app-studio build inputs v${STAMP_VERSION}\n`);
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { path, content } of sorted) {
    const contentHash = createHash('sha256').update(content).digest('hex');
    hash.update(`${path}\0${contentHash}\n`);
  }
  return hash.digest('hex');
}

/** Size and mtime of each output, or null where one is missing. */
export function fingerprintOutputs(root, outputs = OUTPUTS) {
  const fingerprint = {};
  for (const output of outputs) {
    try {
      const stat = statSync(join(root, output));
      fingerprint[output] = `${stat.size}:${Math.round(stat.mtimeMs)}`;
    } catch {
      fingerprint[output] = null;
    }
  }
  return fingerprint;
}

/**
 * Current or stale, and why. `stamp` is the parsed out/.build-stamp (or null), `hash` the hash of
 * the inputs now, `outputs` the fingerprint of out/ now.
 */
export function checkStamp({ stamp, hash, outputs }) {
  const missing = Object.keys(outputs).filter((output) => outputs[output] === null);
  if (missing.length > 0) return { current: false, reason: `${missing[0]} is missing` };
  if (!stamp || typeof stamp !== 'object') return { current: false, reason: 'out/ has no build stamp' };
  if (stamp.version !== STAMP_VERSION) return { current: false, reason: 'the build stamp is from another version of this script' };
  if (stamp.hash !== hash) return { current: false, reason: 'the sources changed since the last build' };
  const recorded = stamp.outputs ?? {};
  for (const output of Object.keys(outputs)) {
    if (recorded[output] !== outputs[output]) return { current: false, reason: `${output} was rebuilt or changed outside this script` };
  }
  return { current: true, reason: 'the sources are unchanged since the last build' };
}

function walk(root, directory, into) {
  let names;
  try {
    names = readdirSync(join(root, directory), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of names) {
    const path = `${directory}/${entry.name}`;
    if (entry.isDirectory()) walk(root, path, into);
    else if (entry.isFile() && isBuildInput(path)) into.push(path);
  }
}

/** The build's input files under `root`, read: `[{ path, content }]`. */
export function collectInputs(root) {
  const paths = [];
  for (const directory of SOURCE_DIRS) walk(root, directory, paths);
  for (const file of ROOT_FILES) if (existsSync(join(root, file))) paths.push(file);
  for (const name of readdirSync(root)) if (/^\.env(\.|$)/.test(name)) paths.push(name);
  return paths.map((path) => {
    const content = readFileSync(join(root, ...path.split('/')));
    return { path, content: path === 'package.json' ? buildRelevantPackageJson(content.toString('utf8')) : content };
  });
}

export function readStamp(root) {
  try {
    return JSON.parse(readFileSync(join(root, STAMP_FILE), 'utf8'));
  } catch {
    return null;
  }
}

export function writeStamp(root, hash) {
  const stamp = { version: STAMP_VERSION, hash, outputs: fingerprintOutputs(root), builtAt: new Date().toISOString() };
  writeFileSync(join(root, STAMP_FILE), `${JSON.stringify(stamp, null, 2)}\n`);
  return stamp;
}

export function removeStamp(root) {
  rmSync(join(root, STAMP_FILE), { force: true });
}

/** The stamp check for the tree at `root`: `{ current, reason, hash, files }`. */
export function buildState(root) {
  const inputs = collectInputs(root);
  const hash = hashInputs(inputs);
  const verdict = checkStamp({ stamp: readStamp(root), hash, outputs: fingerprintOutputs(root) });
  return { ...verdict, hash, files: inputs.length };
}
