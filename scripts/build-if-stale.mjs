// `electron-vite build`, only when out/ was not built from the current sources (scripts/build-stamp.mjs).
// Used by `npm start` and `prepare`; `npm run build` still always rebuilds.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildState, removeStamp, writeStamp } from './build-stamp.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function electronViteBuild(root) {
  const require = createRequire(join(root, 'package.json'));
  const packageFile = require.resolve('electron-vite/package.json');
  const { bin } = require(packageFile);
  const cli = join(dirname(packageFile), typeof bin === 'string' ? bin : bin['electron-vite']);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cli, 'build'], { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolvePromise() : reject(new Error(`electron-vite build failed (${signal ?? `exit ${code}`})`))));
  });
}

/** Builds out/ unless it is current; says in one line which it did. Resolves to `{ built, ms }`. */
export async function ensureBuild(root = ROOT, { log = console.log } = {}) {
  const started = Date.now();
  const state = buildState(root);
  if (state.current) {
    log(`The build in out/ is current (${state.files} source files unchanged), so it is not rebuilt.`);
    return { built: false, ms: Date.now() - started };
  }
  log(`Building the studio: ${state.reason}.`);
  removeStamp(root);
  await electronViteBuild(root);
  writeStamp(root, state.hash);
  return { built: true, ms: Date.now() - started };
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  ensureBuild().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
