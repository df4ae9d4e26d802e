// Runner benchmarks: log throughput to a connected browser-mode client, and save-to-rebuilt bundle.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Studio } from '../src-main/core/studio';
import { generateApp } from './generated-app';
import { logThroughput } from './log-throughput';
import { median, round } from './stats';

const repoRoot = process.env.TWENTY_STUDIO_REPO ?? process.cwd();

/** Median time from saving one function file of the app to its rebuilt bundle being ready. */
async function saveToRebuilt(appDir: string, dataDir: string): Promise<number> {
  const studio = new Studio({ userDataDir: dataDir, mode: 'browser', version: 'bench' });
  const model = await studio.openApp(appDir);
  // The Local workspace opens in the background after an app opens (seconds of PGlite set-up in this
  // process): let it finish, so that what is measured is a save, not the workspace's start.
  await studio.workspace.ensureOpen().catch(() => undefined);
  await studio.runs.updateModel(model);
  const path = 'src/logic-functions/function-3.ts';
  const samples: number[] = [];
  for (let i = 0; i < 21; i += 1) {
    const current = await studio.handlers['file.read']({ path });
    const next = current.content.replace(/i: \d+ \}\)/, `i: ${1000 + i} })`);
    const rebuilt = new Promise<number>((resolve) => {
      const stop = studio.onEvent((event) => {
        if (event === 'build.state') {
          stop();
          resolve(performance.now());
        }
      });
    });
    const started = performance.now();
    await studio.handlers['file.write']({ path, content: next, baseVersion: current.version, force: false });
    samples.push((await rebuilt) - started);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  await studio.dispose();
  return median(samples);
}

/** Reference: a one-shot esbuild build of all the app's functions with the same options, as a non-incremental tool would do. */
async function coldBuildAll(appDir: string, dataDir: string, times = 5): Promise<number> {
  const { FunctionBundler } = await import('../src-main/core/build/function-bundler');
  const { readdir } = await import('node:fs/promises');
  const sourcePaths = (await readdir(join(appDir, 'src', 'logic-functions'))).map((name) => `src/logic-functions/${name}`);
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const bundler = new FunctionBundler({ appDir, cacheDir: join(dataDir, `cold-${i}`), sourcePaths });
    const started = performance.now();
    await bundler.build();
    samples.push(performance.now() - started);
    await bundler.dispose();
  }
  return median(samples);
}

async function main() {
  const appDir = await generateApp(repoRoot, 40);
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-runner-data-'));
  try {
    const rebuilt = round(await saveToRebuilt(appDir, dataDir));
    // The same save in an app five times larger: its cost should follow the change, not the app.
    const bigAppDir = await generateApp(repoRoot, 200);
    const bigDataDir = await mkdtemp(join(tmpdir(), 'bench-runner-data-200-'));
    let bigRebuilt: number;
    let bigColdBuild: number;
    try {
      bigRebuilt = round(await saveToRebuilt(bigAppDir, bigDataDir));
      bigColdBuild = round(await coldBuildAll(bigAppDir, bigDataDir, 3));
    } finally {
      await rm(bigAppDir, { recursive: true, force: true });
      await rm(bigDataDir, { recursive: true, force: true });
    }
    const coldBuild = round(await coldBuildAll(appDir, dataDir));
    const { linesPerSecond, referenceLinesPerSecond } = await logThroughput(appDir, dataDir);
    console.log(JSON.stringify([
      { name: 'log_throughput_lines_per_s', value: linesPerSecond, unit: 'lines/s', reference: { name: 'bare_node_console_log_to_pipe_lines_per_s', value: referenceLinesPerSecond }, target: '>= 0.9 x reference (issue 16)', pass: linesPerSecond >= 0.9 * referenceLinesPerSecond },
      { name: 'save_to_rebuilt_ms', value: rebuilt, unit: 'ms', reference: { name: 'cold_build_40_functions_ms', value: coldBuild }, target: '<= 0.3 x reference (median; issue 16)', pass: rebuilt <= 0.3 * coldBuild },
      { name: 'save_to_rebuilt_200_functions_ms', value: bigRebuilt, unit: 'ms', reference: { name: 'save_to_rebuilt_ms (40 functions)', value: rebuilt }, target: '<= 1.5 x the 40-function save', pass: bigRebuilt <= 1.5 * rebuilt },
      { name: 'cold_build_200_functions_ms', value: bigColdBuild, unit: 'ms', reference: { name: 'cold_build_40_functions_ms', value: coldBuild }, target: 'information (growth of a full build)', pass: true },
    ]));
  } finally {
    await rm(appDir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main();
