import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, Platform } from 'electron-builder';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { copyFixtureApp, REPO_ROOT, type TempApp } from '../helpers/temp-app';

const run = promisify(execFile);
const OUT_DIR = join(REPO_ROOT, 'out');

function listFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (directory: string) => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(root, path));
    }
  };
  walk(root);
  return files;
}

/**
 * The studio's installers cannot be built here (the Electron binary cannot be downloaded), so this
 * runs electron-builder itself on the real build output, for Linux's `dir` target (the unpacked app
 * every installer wraps), with a stand-in Electron distribution, and checks what the packaged app
 * holds: what it needs at run time is there, what it must not carry is not.
 */
describe('the studio installers (electron-builder.yml)', () => {
  let work: string;
  let appDir: string;

  beforeAll(async () => {
    // CI runs the suite after `npm run build`; a fresh checkout gets its build here (~40 s).
    if (!existsSync(join(OUT_DIR, 'main', 'cli.js')) || !existsSync(join(OUT_DIR, 'renderer', 'index.html'))) {
      await run('npx', ['electron-vite', 'build'], { cwd: REPO_ROOT, timeout: 240_000 });
    }
    work = await mkdtemp(join(tmpdir(), 'twenty-studio-installer-'));
    // A stand-in for Electron's unpacked distribution: electron-builder copies it and renames the binary.
    const electronDist = join(work, 'electron-dist');
    await mkdir(electronDist);
    await writeFile(join(electronDist, 'electron'), '#!/bin/sh\necho "stand-in Electron"\n');
    await chmod(join(electronDist, 'electron'), 0o755);
    await build({
      projectDir: REPO_ROOT,
      targets: Platform.LINUX.createTarget('dir'),
      config: { electronDist, directories: { output: join(work, 'dist') } },
      publish: 'never',
    });
    appDir = join(work, 'dist', 'linux-unpacked', 'resources', 'app');
  }, 300_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('is a valid electron-builder configuration with the four installer targets', async () => {
    const config = await getConfig(REPO_ROOT, null, null);
    await validateConfiguration(config, { isEnabled: false, add: () => undefined } as never);
    expect(config.productName).toBe('Twenty App Studio');
    expect(config.appId).toBe('com.twenty.app-studio');
    expect(config.directories?.output).toBe('dist');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toBe('dmg');
    expect(config.win?.target).toBe('nsis');
    expect(config.asar).toBe(false);
    for (const icon of [join(String(config.linux?.icon), '512x512.png'), String(config.mac?.icon), String(config.win?.icon)]) {
      expect(existsSync(join(REPO_ROOT, icon)), icon).toBe(true);
    }
  });

  it('packages the renderer with the Monaco workers, the core, the preload, the sample app and the icon', () => {
    const files = listFiles(appDir);
    expect(files).toEqual(expect.arrayContaining([
      'package.json',
      'out/renderer/index.html',
      'out/main/cli.js',
      'out/main/electron.js',
      'out/main/evaluate-child.js',
      'out/main/run-child.js',
      'out/preload/preload.js',
      'resources/sample-app/package.json',
      'resources/icons/512x512.png',
    ]));
    const workers = files.filter((file) => /^out\/renderer\/assets\/.*worker.*\.js$/.test(file));
    expect(workers.map((file) => file.replace(/-[\w-]+\.js$/, ''))).toEqual(expect.arrayContaining([
      'out/renderer/assets/editor.worker',
      'out/renderer/assets/ts.worker',
    ]));
    // Every file the build produced (bar source maps) made it into the app.
    const built = listFiles(OUT_DIR).filter((file) => !file.endsWith('.map')).map((file) => `out/${file}`);
    expect(built.filter((file) => !files.includes(file))).toEqual([]);
    // Every file of the sample app too: the core copies it on first start.
    const sample = listFiles(join(REPO_ROOT, 'resources', 'sample-app')).map((file) => `resources/sample-app/${file}`);
    expect(sample.filter((file) => !files.includes(file))).toEqual([]);
  });

  it('keeps the child-process entries outside any asar archive, where a plain node can load them', () => {
    expect(existsSync(join(work, 'dist', 'linux-unpacked', 'resources', 'app.asar'))).toBe(false);
    expect(statSync(join(appDir, 'out', 'main', 'evaluate-child.js')).isFile()).toBe(true);
    expect(statSync(join(appDir, 'out', 'main', 'run-child.js')).isFile()).toBe(true);
  });

  it('ships the production dependencies the core loads at run time, and no development ones', () => {
    for (const name of ['twenty-sdk', 'twenty-client-sdk', 'esbuild', 'typescript', 'ws', 'zod', 'cron-parser', 'cronstrue', 'semver', 'path-to-regexp']) {
      expect(existsSync(join(appDir, 'node_modules', name, 'package.json')), name).toBe(true);
    }
    // (react and react-dom are there: twenty-sdk depends on them. The renderer's copy is bundled in out/renderer.)
    for (const name of ['electron', 'electron-builder', 'electron-vite', 'vite', 'vitest', 'monaco-editor', 'zustand', '@xterm/xterm', '@playwright/test']) {
      expect(existsSync(join(appDir, 'node_modules', name)), name).toBe(false);
    }
    const files = listFiles(join(appDir, 'out'));
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(existsSync(join(appDir, 'resources', 'icons', 'generate-icons.mjs'))).toBe(false);
  });

  it('runs the packaged core: the CLI inspects an app with nothing but the packaged node_modules', async () => {
    let app: TempApp | null = null;
    try {
      app = await copyFixtureApp('basic-app');
      // Swap the repo's node_modules for the packaged app's, so only what the installer ships is used.
      await rm(join(app.dir, 'node_modules'));
      await symlink(join(appDir, 'node_modules'), join(app.dir, 'node_modules'), 'dir');
      const { stdout } = await run(process.execPath, [join(appDir, 'out', 'main', 'cli.js'), 'inspect', app.dir, '--json'], {
        env: { ...process.env, TWENTY_STUDIO_CLI: '1' },
        timeout: 60_000,
      });
      const result = JSON.parse(stdout) as { errors: unknown[]; logicFunctions: unknown[] };
      expect(result.errors).toEqual([]);
      expect(result.logicFunctions).toHaveLength(4);
    } finally {
      await app?.cleanup();
    }
  }, 60_000);
});
