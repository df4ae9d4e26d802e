// run_latency_warm_ms: median click-to-result time of a trivial handler over 50 runs with a
// pre-spawned child, against the median time for `node` to start, run the same bundle and exit
// (measured in the same process, same machine). Target (issue 16): value <= 0.1 x reference.
// Prints one JSON line: { name, value, unit, reference: { name, value }, target, pass }.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtureApp = join(repoRoot, 'test/fixtures/apps/runner-app');
const RUNS = 50;
const REFERENCE_RUNS = 20;
const FUNCTION = 'src/logic-functions/return-undefined.ts';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (ms) => Math.round(ms * 10) / 10;

const scratch = mkdtempSync(join(tmpdir(), 'studio-bench-run-'));
try {
  // The core is TypeScript: compile what the bench needs, next to a link to the repo's node_modules.
  symlinkSync(join(repoRoot, 'node_modules'), join(scratch, 'node_modules'), 'junction');
  const compile = (entry, outfile) =>
    esbuild.build({
      entryPoints: [join(repoRoot, entry)],
      outfile: join(scratch, outfile),
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      logLevel: 'silent',
    });
  await Promise.all([
    compile('src-main/core/runner/run-child.ts', 'run-child.mjs'),
    compile('src-main/core/runner/function-runner.ts', 'function-runner.mjs'),
    compile('src-main/core/build/function-bundler.ts', 'function-bundler.mjs'),
    compile('src-main/core/runner/run-spawner-child.ts', 'run-spawner.mjs'),
  ]);
  const { FunctionRunner } = await import(pathToFileURL(join(scratch, 'function-runner.mjs')).href);
  const { FunctionBundler } = await import(pathToFileURL(join(scratch, 'function-bundler.mjs')).href);

  const bundler = new FunctionBundler({ appDir: fixtureApp, cacheDir: join(scratch, 'build-cache'), sourcePaths: [FUNCTION] });
  const outcome = await bundler.build();
  await bundler.dispose();
  if (!outcome.ok) throw new Error(`build failed: ${JSON.stringify(outcome.problems)}`);
  const bundlePath = outcome.bundles[0].bundlePath;

  // Reference: the least a cold run can do, a bare `node` that imports the bundle, calls the
  // handler, prints the result and exits.
  const bundleRunner = join(scratch, 'bundle-runner.mjs');
  writeFileSync(
    bundleRunner,
    "const m = await import(process.argv[2]);\nconst out = await m.default.config.handler({}, {});\nprocess.stdout.write(JSON.stringify(out ?? null));\n",
  );
  const cold = [];
  for (let index = 0; index < REFERENCE_RUNS; index += 1) {
    const started = performance.now();
    await new Promise((done, fail) => {
      const child = spawn(process.execPath, [bundleRunner, pathToFileURL(bundlePath).href], { stdio: ['ignore', 'pipe', 'inherit'] });
      child.stdout.resume();
      child.on('error', fail);
      child.on('close', (code) => (code === 0 ? done() : fail(new Error(`bundle-runner exited with ${code}`))));
    });
    cold.push(performance.now() - started);
  }

  // Run children are started by the spawner, as in the studio.
  const runner = new FunctionRunner({ childScript: join(scratch, 'run-child.mjs'), spawnerScript: join(scratch, 'run-spawner.mjs'), nodePath: process.execPath, tempRoot: scratch, prespawn: 1 });
  const environment = { apiUrl: 'http://127.0.0.1:9', appAccessToken: '', applicationAccessToken: '', apiKey: '', functionsUrl: '', applicationId: 'bench' };
  const warm = [];
  for (let index = 0; index < RUNS; index += 1) {
    // A click comes at human pace: the next child has booted by then.
    await runner.warm();
    const started = performance.now();
    const result = await runner.run({ bundlePath, environment, payload: {} }).result;
    warm.push(performance.now() - started);
    if (result.status !== 'SUCCESS') throw new Error(`run failed: ${JSON.stringify(result.error)}`);
  }
  await runner.dispose();

  const value = round(median(warm));
  const reference = round(median(cold));
  console.log(
    JSON.stringify({
      name: 'run_latency_warm_ms',
      value,
      unit: 'ms',
      reference: { name: 'node_cold_run_same_bundle_ms', value: reference },
      target: '<= 0.1 x reference (issue 16)',
      pass: value <= 0.1 * reference,
    }),
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
