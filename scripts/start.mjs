// `npm start`: builds out/ only if the sources changed since the last build (scripts/build-if-stale.mjs),
// then opens the Electron window where the Electron binary is installed, otherwise browser mode.
//
// The Electron binary is not downloaded by `npm install`: .npmrc sets ignore-scripts, so Electron's
// postinstall (a download from GitHub) cannot fail the install where GitHub is unreachable. The
// first start downloads it instead, with Electron's own install.js; where that fails, the failure is
// remembered for this install (node_modules/.cache) and every start says so in one line and opens
// browser mode. `npm run electron:install` tries the download again.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './build-if-stale.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const require = createRequire(join(root, 'package.json'));
const DOWNLOAD_MARKER = join(root, 'node_modules', '.cache', 'twenty-app-studio', 'electron-download.json');
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;

function electronPackage() {
  try {
    const packageFile = require.resolve('electron/package.json');
    return { dir: dirname(packageFile), version: JSON.parse(readFileSync(packageFile, 'utf8')).version };
  } catch {
    return null;
  }
}

/** The Electron executable, or null where the binary is not installed (electron/index.js throws then). */
function electronBinary(electron) {
  if (!existsSync(join(electron.dir, 'path.txt'))) return null;
  try {
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function readMarker() {
  try {
    return JSON.parse(readFileSync(DOWNLOAD_MARKER, 'utf8'));
  } catch {
    return null;
  }
}

/** Runs Electron's install.js (what its postinstall would have run). Resolves to null or the reason it failed. */
function downloadElectron(electron) {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [join(electron.dir, 'install.js')], { cwd: electron.dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const notice = setTimeout(() => console.log(`Downloading the Electron ${electron.version} binary (once per install, about 100 MB)...`), 3000);
    const timeout = setTimeout(() => child.kill(), DOWNLOAD_TIMEOUT_MS);
    child.on('error', (error) => (output += String(error)));
    child.on('close', (code, signal) => {
      clearTimeout(notice);
      clearTimeout(timeout);
      if (code === 0) return resolvePromise(null);
      const firstLine = output.split('\n').map((line) => line.trim()).find(Boolean);
      resolvePromise(firstLine ?? (signal ? `stopped after ${DOWNLOAD_TIMEOUT_MS / 60_000} minutes` : `exit ${code}`));
    });
  });
}

/** The Electron executable, or `{ reason }` why there is none. */
async function ensureElectron() {
  const electron = electronPackage();
  if (!electron) return { reason: 'the electron package is not installed' };
  const existing = electronBinary(electron);
  if (existing) return { binary: existing };
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return { reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set' };
  const marker = readMarker();
  if (marker?.version === electron.version) return { reason: `its download failed: ${marker.error}` };
  const error = await downloadElectron(electron);
  const binary = error ? null : electronBinary(electron);
  if (binary) return { binary };
  const reason = error ?? 'the download left no binary';
  try {
    mkdirSync(dirname(DOWNLOAD_MARKER), { recursive: true });
    writeFileSync(DOWNLOAD_MARKER, `${JSON.stringify({ version: electron.version, error: reason, at: new Date().toISOString() }, null, 2)}\n`);
  } catch {
    // Not remembered: the next start tries again.
  }
  return { reason: `its download failed: ${reason}` };
}

try {
  await ensureBuild(root);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// npm passes .npmrc's ignore-scripts on as npm_config_ignore_scripts; the studio must not hand it to
// the package managers it runs in the user's apps ("Install dependencies" runs their install scripts).
const env = { ...process.env };
delete env.npm_config_ignore_scripts;

const electron = await ensureElectron();
const retry = electron.reason?.startsWith('its download failed') ? ' `npm run electron:install` retries the download.' : '';
const child = electron.binary
  ? spawn(electron.binary, [root, ...args], { stdio: 'inherit', env })
  : (console.log(`The Electron binary is not installed here (${electron.reason}), so the studio starts in browser mode: open the URL below.${retry}`),
    spawn(process.execPath, [join(root, 'bin', 'twenty-studio'), 'serve', ...args], { stdio: 'inherit', env }));
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
