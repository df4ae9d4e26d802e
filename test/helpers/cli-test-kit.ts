import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { CliIo } from '../../src-main/cli/cli-io';
import { copyFixtureApp, type TempApp } from './temp-app';

/** A CliIo that keeps what a command printed, for the CLI command tests. */
export function captureIo(): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (text: string) => void (io.out += text), stderr: (text: string) => void (io.err += text) };
  return io;
}

/**
 * A copy of test/fixtures/apps/<fixture> and an empty user data folder for the tests of one file,
 * made before them and removed after. Read `dir` and `dataDir` inside tests (set in beforeAll).
 */
export function useFixtureAppAndDataDir(fixture: string, dataPrefix = 'studio-data-'): { readonly dir: string; readonly dataDir: string } {
  let app: TempApp | undefined;
  let dataDir = '';
  beforeAll(async () => {
    app = await copyFixtureApp(fixture);
    dataDir = await mkdtemp(join(tmpdir(), dataPrefix));
  });
  afterAll(async () => {
    await app?.cleanup();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });
  return {
    get dir() {
      return app!.dir;
    },
    get dataDir() {
      return dataDir;
    },
  };
}
