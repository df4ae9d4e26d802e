// `npm run bench`: runs every benchmark under bench/ in its own process and prints their figures.
// `npm run --silent bench -- --json` prints one JSON array of
// { name, value, unit, reference?: { name, value }, target, pass }.
// TypeScript benchmarks (*.bench.ts) drive the studio core from source, bundled here with esbuild.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = join(benchDir, '..');
const json = process.argv.includes('--json');
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

const scripts = readdirSync(benchDir)
  .filter((name) => (name.endsWith('.bench.ts') || name.endsWith('.bench.mjs')) && (only.length === 0 || only.some((part) => name.includes(part))))
  .sort();
// Inside the repo so the bundles' external packages resolve from its node_modules.
const outDir = join(root, 'node_modules', '.cache', 'twenty-studio-bench');
mkdirSync(outDir, { recursive: true });

const results = [];
for (const script of scripts) {
  let entry = join(benchDir, script);
  if (script.endsWith('.ts')) {
    const outfile = join(outDir, script.replace(/\.ts$/, '.cjs'));
    buildSync({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'error', absWorkingDir: root });
    entry = outfile;
  }
  if (!json) process.stderr.write(`running ${script}...\n`);
  const run = spawnSync(process.execPath, [entry], { cwd: root, encoding: 'utf8', env: { ...process.env, TWENTY_STUDIO_REPO: root }, maxBuffer: 64 * 1024 * 1024 });
  const lastLine = run.stdout.trim().split('\n').pop() ?? '';
  try {
    const parsed = JSON.parse(lastLine);
    results.push(...(Array.isArray(parsed) ? parsed : [parsed]));
  } catch {
    results.push({ name: script, value: null, unit: null, target: null, pass: false, error: (run.stderr || run.stdout).trim().split('\n').slice(-5).join('\n') });
  }
}

mkdirSync(join(benchDir, 'results'), { recursive: true });
writeFileSync(join(benchDir, 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
if (json) {
  process.stdout.write(`${JSON.stringify(results)}\n`);
} else {
  for (const result of results) {
    const reference = result.reference ? `  (reference ${result.reference.name}: ${result.reference.value} ${result.unit}; ratio ${(result.value / result.reference.value).toFixed(2)})` : '';
    process.stdout.write(`${result.pass ? 'PASS' : 'FAIL'}  ${result.name}: ${result.value} ${result.unit ?? ''}  target ${result.target}${reference}${result.error ? `\n      ${result.error}` : ''}\n`);
  }
}
process.exitCode = results.every((result) => result.pass) ? 0 : 1;
