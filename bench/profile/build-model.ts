// Not a benchmark (no .bench suffix): the cost of one project-model build in an N-function app, for
// bench/README.md. node bench/profile/run-profile.mjs build-model [count] [calls]
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Studio } from '../../src-main/core/studio';
import { generateApp } from '../generated-app';
import { median, round } from '../stats';

const repoRoot = process.env.TWENTY_STUDIO_REPO ?? process.cwd();

async function main() {
  const count = Number(process.argv[2] ?? 40);
  const calls = Number(process.argv[3] ?? 50);
  const appDir = await generateApp(repoRoot, count);
  const dataDir = join(appDir, '..', `${appDir.split('/').pop()}-data`);
  const studio = new Studio({ userDataDir: dataDir, mode: 'browser', version: 'bench', prespawnRuns: 0 });
  await studio.openApp(appDir);
  // The model build is private: reached the way a change reaches it, minus the evaluation.
  const project = (studio as unknown as { open: { project: { buildModel: () => unknown } } }).open.project;
  const times: number[] = [];
  for (let i = 0; i < calls; i += 1) {
    const started = performance.now();
    project.buildModel();
    times.push(performance.now() - started);
  }
  await studio.dispose();
  await rm(appDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
  console.log(JSON.stringify({ count, first_ms: round(times[0]), median_ms: round(median(times.slice(1))) }));
}
void main();
