/** Issue 14 items 15-17: exec and inspect never answer wrongly when the app is ambiguous or unreadable. */
import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixtureApp, type TempApp } from '../../../test/helpers/temp-app';
import { captureIo } from '../../../test/helpers/cli-test-kit';
import { execCommand } from './exec';
import { inspectCommand } from './inspect';

let app: TempApp | null = null;
let dataDir: string | null = null;
afterEach(async () => {
  await app?.cleanup();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  app = null;
  dataDir = null;
});

describe('exec refuses what it cannot run faithfully', () => {
  it('refuses a function whose universalIdentifier another file shares', async () => {
    app = await copyFixtureApp('broken-duplicate-uid-app');
    dataDir = await mkdtemp(join(tmpdir(), 'studio-data-'));
    const io = captureIo();
    expect(await execCommand([app.dir, '-n', 'first-copy', '--data-dir', dataDir], io)).toBe(1);
    expect(io.err).toMatch(/Refusing to run .*first-copy\.ts.*also used by .*second-copy\.ts/);
    expect(io.out).toBe('');
  }, 60_000);

  it('says why the app did not load instead of "no logic function"', async () => {
    app = await copyFixtureApp('basic-app');
    dataDir = await mkdtemp(join(tmpdir(), 'studio-data-'));
    await writeFile(join(app.dir, 'src', 'logic-functions', 'broken.ts'), "import { defineLogicFunction } from 'twenty-sdk/define';\nexport default defineLogicFunction({ name: 'broken', handler: ( => 1 });\n");
    const io = captureIo();
    expect(await execCommand([app.dir, '-n', 'broken', '--data-dir', dataDir], io)).toBe(1);
    expect(io.err).toMatch(/did not load completely/);
    expect(io.err).toMatch(/src\/logic-functions\/broken\.ts:\d+:\d+/);
  }, 60_000);
});

describe('inspect text', () => {
  it('names install hooks as hooks, not as functions with no trigger', async () => {
    app = await copyFixtureApp('all-triggers-app');
    const io = captureIo();
    await inspectCommand([app.dir], io);
    const hookLines = io.out.split('\n').filter((line) => /install hook/.test(line));
    expect(hookLines.length).toBeGreaterThan(0);
    expect(io.out).not.toMatch(/install.*no trigger/);
  }, 60_000);
});

describe('inspect without twenty-sdk', () => {
  it('exits 1 and reports the missing SDK as an error', async () => {
    app = await copyFixtureApp('basic-app');
    await unlink(join(app.dir, 'node_modules'));
    const io = captureIo();
    expect(await inspectCommand([app.dir, '--json'], io)).toBe(1);
    const printed = JSON.parse(io.out);
    expect(printed.errors.some((problem: { message: string }) => /not installed/.test(problem.message))).toBe(true);
  }, 60_000);
});
