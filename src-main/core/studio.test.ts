import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleEntry, TaskState } from '../../src-shared/contract';
import { copyFixtureApp, REPO_ROOT, type TempApp } from '../../test/helpers/temp-app';
import { ensureSampleApp } from './sample-app';
import { Studio } from './studio';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'studio-core-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('Studio', () => {
  let studio: Studio;
  let app: TempApp;
  afterEach(async () => {
    await studio?.dispose();
    await app?.cleanup();
  });

  it('refuses a folder that does not exist with a clear code', async () => {
    studio = new Studio({ userDataDir: dataDir, mode: 'browser', version: 't' });
    await expect(studio.openApp('/nonexistent/app')).rejects.toMatchObject({ code: 'APP_NOT_FOUND' });
  });

  it('remembers opened apps and keeps a session per app', async () => {
    app = await copyFixtureApp('basic-app');
    studio = new Studio({ userDataDir: dataDir, mode: 'browser', version: 't' });
    await studio.openApp(app.dir);
    expect((await studio.handlers['app.recent']({})).apps[0]).toMatchObject({ appDir: app.dir, name: 'basic-app' });
    const session = await studio.handlers['session.get']({});
    await studio.handlers['session.set']({ ...session, openTabs: ['src/logic-functions/hello.ts'], unsavedBuffers: { 'src/logic-functions/hello.ts': { content: 'draft', baseVersion: 'v1' } } });
    await studio.dispose();
    studio = new Studio({ userDataDir: dataDir, mode: 'browser', version: 't' });
    await studio.openApp(app.dir);
    expect(await studio.handlers['session.get']({})).toMatchObject({ openTabs: ['src/logic-functions/hello.ts'], unsavedBuffers: { 'src/logic-functions/hello.ts': { content: 'draft' } } });
  });

  it('gives the editor the real SDK declarations and module paths', async () => {
    app = await copyFixtureApp('basic-app');
    studio = new Studio({ userDataDir: dataDir, mode: 'browser', version: 't' });
    await studio.openApp(app.dir);
    const typings = await studio.handlers['app.typings']({});
    expect(typings.paths['twenty-sdk/define']).toEqual(['file:///node_modules/twenty-sdk/dist/define/index.d.ts']);
    expect(typings.paths['src/*']).toEqual(['file:///src/*']);
    const define = typings.libs.find((lib) => lib.uri === 'file:///node_modules/twenty-sdk/dist/define/index.d.ts');
    expect(define?.content).toContain('defineLogicFunction');
  });

  it('rebuilds a save once: the watcher\'s report of the studio\'s own write changes nothing; a write by another program rebuilds', async () => {
    app = await copyFixtureApp('basic-app');
    studio = new Studio({ userDataDir: dataDir, mode: 'browser', version: 't', prespawnRuns: 0, continuousTypecheck: false });
    const model = await studio.openApp(app.dir);
    await studio.runs.updateModel(model);
    const builds: unknown[] = [];
    const changed: unknown[] = [];
    studio.onEvent((event, payload) => {
      if (event === 'build.state') builds.push(payload);
      if (event === 'file.changed') changed.push(payload);
    });
    const path = 'src/logic-functions/hello.ts';
    const current = await studio.handlers['file.read']({ path });
    await studio.handlers['file.write']({ path, content: `${current.content}\n// saved\n`, baseVersion: current.version, force: false });
    // The watcher reports the write (the window hears of it) well within this time.
    await expect.poll(() => changed.length, { timeout: 5_000 }).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(builds).toHaveLength(1);
    await writeFile(join(app.dir, path), `${current.content}\n// another editor\n`);
    await expect.poll(() => builds.length, { timeout: 5_000 }).toBe(2);
  });

  it('installs dependencies with the app\'s package manager and streams the output', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'no-deps-app-'));
    app = { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'no-deps-app', version: '1.0.0' }));
    studio = new Studio({ userDataDir: dataDir, mode: 'browser', version: 't' });
    const model = await studio.openApp(dir);
    expect(model.dependencies).toMatchObject({ state: 'missing-node-modules', packageManager: 'npm' });
    const entries: ConsoleEntry[] = [];
    const states: TaskState[] = [];
    studio.onEvent((event, payload) => {
      if (event === 'console.batch') entries.push(...(payload as { entries: ConsoleEntry[] }).entries);
      if (event === 'task.state') states.push(payload as TaskState);
    });
    expect((await studio.handlers['app.installDependencies']({})).state).toBe('running');
    await expect.poll(() => states.at(-1)?.state, { timeout: 60_000 }).toBe('succeeded');
    expect(entries.some((entry) => entry.source === 'install' && entry.text.includes('npm install'))).toBe(true);
    expect(existsSync(join(dir, 'package-lock.json'))).toBe(true);
  }, 90_000);
});

describe('ensureSampleApp', () => {
  it('copies the bundled sample once and links the studio\'s SDK into it', async () => {
    const target = await ensureSampleApp(join(REPO_ROOT, 'resources'), dataDir, REPO_ROOT);
    expect(JSON.parse(await readFile(join(target, 'package.json'), 'utf8')).name).toBe('lead-desk');
    expect(existsSync(join(target, 'node_modules', 'twenty-sdk', 'package.json'))).toBe(true);
    await writeFile(join(target, 'README.md'), 'edited by the user');
    await ensureSampleApp(join(REPO_ROOT, 'resources'), dataDir, REPO_ROOT);
    expect(await readFile(join(target, 'README.md'), 'utf8')).toBe('edited by the user');
  });
});
