// Not a benchmark: one function's incremental rebuild in an N-function app, for bench/README.md.
// node bench/profile/run-profile.mjs entry-rebuild [count]
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { FunctionBundler } from '../../src-main/core/build/function-bundler';
import { generateApp } from '../generated-app';
import { median, round } from '../stats';

const repoRoot = process.env.TWENTY_STUDIO_REPO ?? process.cwd();

async function main() {
  const count = Number(process.argv[2] ?? 40);
  const appDir = await generateApp(repoRoot, count);
  const sourcePaths = Array.from({ length: count }, (_, i) => `src/logic-functions/function-${i}.ts`);
  const bundler = new FunctionBundler({ appDir, cacheDir: join(appDir, '.twenty', 'build'), sourcePaths });
  await bundler.build();
  const path = 'src/logic-functions/function-7.ts';
  const original = await readFile(join(appDir, path), 'utf8');
  const times: number[] = [];
  for (let i = 0; i < 21; i += 1) {
    await writeFile(join(appDir, path), original.replace(/name: '[^']*'/, `name: 'renamed-${i}'`));
    const started = performance.now();
    const outcome = await bundler.build([path]);
    times.push(performance.now() - started);
    if (!outcome.ok || outcome.rebuilt.length !== 1) throw new Error(`unexpected outcome ${JSON.stringify(outcome.rebuilt)}`);
  }
  await bundler.dispose();
  await rm(appDir, { recursive: true, force: true });
  console.log(JSON.stringify({ count, first_ms: round(times[0]), median_ms: round(median(times.slice(1))) }));
}
void main();
