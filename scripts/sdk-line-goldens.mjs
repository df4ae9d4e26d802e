#!/usr/bin/env node
// Regenerates test/fixtures/sdk-lines/goldens/<version>.json: the manifest that each twenty-sdk
// line's REAL build (`appBuild` from twenty-sdk/cli) writes for the SDK-line fixture app
// (test/fixtures/sdk-lines/common + the overlays lines.json names for that line).
//
//   node scripts/sdk-line-goldens.mjs            # every line in lines.json
//   node scripts/sdk-line-goldens.mjs 2.4.0 2.13.0
//
// Each version is installed once in $TWENTY_SDK_LINES_DIR (default /tmp/twenty-sdk-lines/<version>)
// with `npm i twenty-sdk@<version> --ignore-scripts`; the repo's node_modules is never touched.
// The fixture is copied to a temporary folder whose node_modules links to that install, so the
// build resolves that version's SDK, esbuild and tsc, as an app that installed it would.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readLines, VARIANTS, writeLineApp } from '../test/fixtures/sdk-lines/fixture-app.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'sdk-lines');
const INSTALLS = process.env.TWENTY_SDK_LINES_DIR ?? path.join(tmpdir(), 'twenty-sdk-lines');

async function installedSdk(version) {
  const dir = path.join(INSTALLS, version);
  const sdkDir = path.join(dir, 'node_modules', 'twenty-sdk');
  if (!existsSync(path.join(sdkDir, 'package.json'))) {
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: `sdk-${version}`, private: true }));
    console.log(`installing twenty-sdk@${version} in ${dir}`);
    execFileSync('npm', ['i', `twenty-sdk@${version}`, '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  }
  const installed = JSON.parse(await readFile(path.join(sdkDir, 'package.json'), 'utf8')).version;
  if (installed !== version) throw new Error(`${sdkDir} holds ${installed}, not ${version}`);
  return { nodeModules: path.join(dir, 'node_modules'), sdkDir };
}

async function fixtureApp(version, overlays, nodeModules, variant) {
  const dir = await mkdtemp(path.join(tmpdir(), `sdk-line-${version}-`));
  await writeLineApp(dir, version, overlays, variant);
  await symlink(nodeModules, path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/** goldens/<version>.json for the "app" variant, goldens/<version>.<variant>.json for the others. */
const goldenName = (version, variant) => (variant === 'app' ? `${version}.json` : `${version}.${variant}.json`);

async function buildLine(version, overlays, variant) {
  const { nodeModules, sdkDir } = await installedSdk(version);
  const appDir = await fixtureApp(version, overlays, nodeModules, variant);
  try {
    const { appBuild } = await import(pathToFileURL(path.join(sdkDir, 'dist', 'operations.mjs')).href);
    const result = await appBuild({ appPath: appDir, tarball: false });
    if (!result?.success) throw new Error(`twenty-sdk ${version}: appBuild failed: ${JSON.stringify(result?.error ?? result)}`);
    const manifest = JSON.parse(await readFile(path.join(appDir, '.twenty', 'output', 'manifest.json'), 'utf8'));
    const golden = {
      $source: `manifest.json written by the real appBuild of twenty-sdk ${version} (npm) on test/fixtures/sdk-lines/common + overlays [${overlays.join(', ')}], variant ${variant}; regenerate with node scripts/sdk-line-goldens.mjs ${version}`,
      sdkVersion: version,
      overlays,
      variant,
      manifest,
    };
    await mkdir(path.join(FIXTURE, 'goldens'), { recursive: true });
    await writeFile(path.join(FIXTURE, 'goldens', goldenName(version, variant)), JSON.stringify(golden, null, 2) + '\n');
    console.log(`twenty-sdk ${version} (${variant}): golden written`);
  } finally {
    await rm(appDir, { recursive: true, force: true });
  }
}

const lines = await readLines();
const wanted = process.argv.slice(2);
const failures = [];
for (const [version, overlays] of Object.entries(lines)) {
  if (wanted.length > 0 && !wanted.includes(version)) continue;
  for (const variant of VARIANTS) {
    try {
      await buildLine(version, overlays, variant);
    } catch (error) {
      failures.push(`${version} (${variant})`);
      console.error(error instanceof Error ? error.message : error);
    }
  }
}
if (failures.length > 0) {
  console.error(`failed: ${failures.join(', ')}`);
  process.exit(1);
}
