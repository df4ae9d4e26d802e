import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

/** Entries that run in child processes, by the name electron-vite gives their built file. */
const CHILD_SOURCES: Record<string, string> = {
  'evaluate-child': 'src-main/core/project/evaluate-child.ts',
  'run-child': 'src-main/core/runner/run-child.ts',
  'run-spawner': 'src-main/core/runner/run-spawner-child.ts',
  'typecheck-child': 'src-main/core/typecheck/typecheck-child.ts',
};

const compiledFromSource = new Map<string, string>();

function thisDirectory(): string {
  return typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
}

function findRepoRoot(start: string): string | null {
  let current = start;
  for (;;) {
    if (existsSync(join(current, 'electron.vite.config.ts'))) return current;
    const parent = dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/**
 * Path of a child-process entry. In a build it sits next to the bundle that asks (out/main/<name>.js);
 * when the core runs from source (unit tests, benchmarks) it is compiled once into a temp folder.
 */
export function resolveChildScript(name: keyof typeof CHILD_SOURCES | string): string {
  // The asking module may sit in out/main or, when rollup split it into a shared chunk, in out/main/chunks.
  const here = thisDirectory();
  const built = [join(here, `${name}.js`), join(here, '..', `${name}.js`)].find((candidate) => existsSync(candidate));
  if (built) return built;
  const root = findRepoRoot(thisDirectory());
  const source = CHILD_SOURCES[name];
  if (!root || !source) throw new Error(`Cannot find the child script "${name}" (looked in ${here}).`);
  const cached = compiledFromSource.get(name);
  if (cached && existsSync(cached)) return cached;
  const outDir = join(tmpdir(), 'twenty-studio-child-scripts');
  mkdirSync(outDir, { recursive: true });
  // One file per process, written aside and renamed: a concurrent test run never starts a half-written child.
  const outfile = join(outDir, `${name}-${process.pid}.js`);
  const partial = `${outfile}.partial`;
  buildSync({ entryPoints: [resolve(root, source)], outfile: partial, bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'inline', logLevel: 'silent' });
  renameSync(partial, outfile);
  compiledFromSource.set(name, outfile);
  return outfile;
}
