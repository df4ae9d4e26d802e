import { test as base, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { StudioPage } from './pages/studio-page';

const repoRoot = path.resolve(__dirname, '..');

export interface StudioServer {
  /** The URL the studio printed, token included. */
  url: string;
  /** The temporary copy of the fixture app the studio has open. */
  appDir: string;
  dataDir: string;
}

/** Waits for the line `serve` prints with its URL; fails with the output so far if the process dies first. */
function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(output);
      if (match) resolve(match[0]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`studio serve exited with ${code} before printing its URL:\n${output}`)));
    setTimeout(() => reject(new Error(`studio serve printed no URL within 30 s:\n${output}`)), 30_000);
  });
}

/**
 * Each test gets its own studio: a fresh copy of a fixture app (with the repository's node_modules
 * linked in, so twenty-sdk resolves), an empty data folder, and a `serve` process on a free port.
 */
export const test = base.extend<{ fixtureApp: string; prepareApp: ((appDir: string) => Promise<void>) | null; studioServer: StudioServer; studio: StudioPage }>({
  fixtureApp: ['basic-app', { option: true }],
  /** Edits the copy before the studio opens it (what only a test knows, such as a local server's port). */
  prepareApp: [null, { option: true }],

  studioServer: async ({ fixtureApp, prepareApp }, use) => {
    const root = await mkdtemp(path.join(tmpdir(), 'studio-e2e-'));
    const appDir = path.join(root, fixtureApp);
    const dataDir = path.join(root, 'data');
    await cp(path.join(repoRoot, 'test', 'fixtures', 'apps', fixtureApp), appDir, { recursive: true });
    await symlink(path.resolve(__dirname, '..', 'node_modules'), path.join(appDir, 'node_modules'), 'dir');
    await prepareApp?.(appDir);
    const child = spawn(process.execPath, ['out/main/cli.js', 'serve', appDir, '--port', '0', '--data-dir', dataDir], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await waitForUrl(child);
      await use({ url, appDir, dataDir });
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
      await rm(root, { recursive: true, force: true });
    }
  },

  studio: async ({ page, studioServer }, use) => {
    const studio = new StudioPage(page, studioServer);
    await studio.goto();
    await use(studio);
  },
});

export { expect };
