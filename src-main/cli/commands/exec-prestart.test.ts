/**
 * Issue 15 item 17: exec starts its run's child before loading the studio. The run takes that child
 * (one child per exec, not two), and an exec that fails before its run leaves no child behind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixtureApp, type TempApp } from '../../../test/helpers/temp-app';
import { captureIo } from '../../../test/helpers/cli-test-kit';
import { execCommand } from './exec';

/** The run folders (`twenty-run-*`) of the run children of this process alive now: one per child, whatever its launcher shells. */
function liveRunFolders(): Set<string> {
  const folders = new Set<string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    const folder = args.find((arg) => /^\/.*\/twenty-run-[^/]*$/.test(arg));
    if (folder && args.some((arg) => /run-child/.test(arg)) && args.includes(String(process.pid))) folders.add(folder);
  }
  return folders;
}

/** Runs `run` while watching which run children come and go. */
async function watchingChildren<T>(run: () => Promise<T>): Promise<{ value: T; seen: Set<string> }> {
  const seen = new Set<string>();
  const timer = setInterval(() => {
    for (const folder of liveRunFolders()) seen.add(folder);
  }, 5);
  try {
    return { value: await run(), seen };
  } finally {
    clearInterval(timer);
  }
}

async function noneLeft(): Promise<Set<string>> {
  // Ending a child is asynchronous (its process group is signalled once it has started): wait for it.
  for (let attempt = 0; attempt < 200 && liveRunFolders().size > 0; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  return liveRunFolders();
}

let app: TempApp | null = null;
let dataDir: string | null = null;
afterEach(async () => {
  await app?.cleanup();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  app = null;
  dataDir = null;
});

describe.skipIf(process.platform !== 'linux')('exec starts its run child early', () => {
  it('the run takes the child started early, and a failing exec ends it', async () => {
    app = await copyFixtureApp('runner-app');
    dataDir = await mkdtemp(join(tmpdir(), 'studio-data-'));
    const args = [app.dir, '--target', 'offline', '--data-dir', dataDir];
    // The first exec builds the bundle (no bundle folder yet: nothing to start early).
    expect(await execCommand([...args, '-n', 'echo', '-p', '{"n":1}'], captureIo())).toBe(0);
    expect(await noneLeft()).toEqual(new Set());

    const warm = captureIo();
    const run = await watchingChildren(() => execCommand([...args, '-n', 'echo', '-p', '{"n":2}'], warm));
    expect(run.value, warm.err).toBe(0);
    expect(warm.out).toMatch(/^SUCCESS/);
    // One child for the whole exec: the one started before the studio loaded ran the function.
    expect([...run.seen]).toHaveLength(1);
    expect(await noneLeft()).toEqual(new Set());

    const failing = captureIo();
    const failed = await watchingChildren(() => execCommand([...args, '-n', 'no-such-function'], failing));
    expect(failed.value).toBe(1);
    expect(failing.err).toMatch(/No logic function with name "no-such-function"/);
    // A child was started early, and is gone once exec has returned.
    expect([...failed.seen]).toHaveLength(1);
    expect(await noneLeft()).toEqual(new Set());
  }, 120_000);
});
