import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RunProcessTracker } from './process-tree';

/** Running, as /proc says (a killed process whose parent has not reaped it yet is a zombie: dead). */
const isAlive = (pid: number): boolean => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return !/^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0]!);
  } catch {
    return false;
  }
};

describe.runIf(process.platform === 'linux' && existsSync('/proc/self/stat'))('RunProcessTracker.killAll', () => {
  it('sweeps until nothing new is found, not until the killed processes are gone', async () => {
    // A Node process holding a large heap takes milliseconds to be torn down after SIGKILL: every
    // sweep in that time saw it alive, and each of those sweeps read the whole process table.
    // It has a child of its own (as a run child does), which the tracker learns of in the first sweep.
    const script = `
      require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      globalThis.keep = Array.from({ length: 40 }, () => Buffer.alloc(8 << 20, 1));
      process.stdout.write('ready');
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['-e', script], { detached: true, stdio: ['ignore', 'pipe', 'ignore'] });
    await new Promise((resolve) => child.stdout!.once('data', resolve));
    const tracker = new RunProcessTracker(child.pid);
    await tracker.killAll();
    // The first sweep kills it; the second finds only it again (dying), and is the last.
    expect(tracker.sweeps).toBe(2);
    await new Promise((resolve) => child.once('exit', resolve));
    expect(isAlive(child.pid!)).toBe(false);

    // What the sweeps learnt (the child's child) they killed: another call only signals the group again.
    await tracker.killAll();
    expect(tracker.sweeps).toBe(2);
  });

  it('a process the run started while it was being killed is found by a later sweep and killed', async () => {
    // The child forks a grandchild into its own session (out of the child's group) as soon as it can.
    const script = `
      const { spawn } = require('node:child_process');
      const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { detached: true, stdio: 'ignore' });
      process.stdout.write(String(grandchild.pid));
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['-e', script], { detached: true, stdio: ['ignore', 'pipe', 'ignore'] });
    const grandchildPid = Number(await new Promise<string>((resolve) => child.stdout!.once('data', (data: Buffer) => resolve(data.toString()))));
    const tracker = new RunProcessTracker(child.pid);
    await tracker.killAll();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(isAlive(grandchildPid)).toBe(false);
  });
});
