/**
 * Test helper (not a test): runs a small program that uses the real core modules in a process of
 * its own, so a test can SIGKILL "the studio" or give it an environment of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

/** Bundles `source` (TypeScript, absolute imports) into `<dir>/<name>.cjs`. */
export async function bundleHarness(dir: string, name: string, source: string): Promise<string> {
  const entry = join(dir, `${name}.entry.ts`);
  writeFileSync(entry, source);
  const outfile = join(dir, `${name}.cjs`);
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent', external: ['esbuild'] });
  return outfile;
}

/** Compiles a child entry (e.g. evaluate-child.ts) to `<dir>/<name>.js`, where resolveChildScript looks first. */
export async function compileChildEntry(dir: string, name: string, source: string, format: 'cjs' | 'esm' = 'cjs'): Promise<string> {
  const outfile = join(dir, `${name}.${format === 'esm' ? 'mjs' : 'js'}`);
  await esbuild.build({ entryPoints: [source], outfile, bundle: true, platform: 'node', format, target: 'node20', logLevel: 'silent' });
  return outfile;
}

export interface Harness {
  process: ChildProcess;
  /** Lines printed on stdout so far. */
  lines: string[];
  /** Resolves with the first line starting with `prefix`. */
  waitFor(prefix: string, timeoutMs?: number): Promise<string>;
}

export function startHarness(script: string, args: string[], env: NodeJS.ProcessEnv = process.env): Harness {
  // esbuild stays external (it finds its binary from its package): the harness resolves it from the repo.
  const nodePath = join(__dirname, '../../../node_modules');
  const child = spawn(process.execPath, [script, ...args], { env: { ...env, NODE_PATH: nodePath }, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: string[] = [];
  const waiters: Array<() => void> = [];
  let pending = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    const parts = (pending + chunk).split('\n');
    pending = parts.pop() ?? '';
    lines.push(...parts);
    for (const waiter of waiters.splice(0)) waiter();
  });
  const waitFor = (prefix: string, timeoutMs = 20_000): Promise<string> => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`harness never printed "${prefix}" (printed: ${lines.join(' | ')})`)), timeoutMs);
    const check = (): void => {
      const line = lines.find((candidate) => candidate.startsWith(prefix));
      if (line !== undefined) {
        clearTimeout(timer);
        resolve(line);
      } else {
        waiters.push(check);
      }
    };
    child.once('exit', (code, signal) => setImmediate(() => {
      if (lines.some((candidate) => candidate.startsWith(prefix))) return;
      clearTimeout(timer);
      reject(new Error(`harness exited (${signal ?? code}) before printing "${prefix}" (printed: ${lines.join(' | ')})`));
    }));
    check();
  });
  return { process: child, lines, waitFor };
}

const childrenOf = (pid: number): number[] => {
  const pids: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      try {
        pids.push(...readFileSync(`/proc/${pid}/task/${task}/children`, 'latin1').split(' ').filter(Boolean).map(Number));
      } catch {
        // Thread gone.
      }
    }
  } catch {
    // Process gone.
  }
  return pids;
};

/** Every live descendant of a process, by /proc. */
export function descendantsOf(pid: number): number[] {
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    for (const child of childrenOf(queue.pop()!)) {
      if (found.includes(child)) continue;
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** Alive and not a zombie. */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

/** The pids still running after up to `timeoutMs`. */
export async function survivorsAfter(pids: number[], timeoutMs: number): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const alive = pids.filter(isRunning);
    if (alive.length === 0 || Date.now() > deadline) return alive;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Pids whose command line contains all of `words` (e.g. ['sleep', '1001.25']). */
export function pidsWithCommandLine(words: string[]): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const args = readFileSync(`/proc/${name}/cmdline`, 'latin1').split('\0');
      if (words.every((word) => args.includes(word))) pids.push(Number(name));
    } catch {
      // Gone or not ours.
    }
  }
  return pids.filter(isRunning);
}

/** Kills what a test left behind (best effort). */
export function killAll(pids: number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone.
    }
  }
}
