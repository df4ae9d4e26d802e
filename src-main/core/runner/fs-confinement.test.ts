import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleReadPaths, bundleReadPathsCached, bundleRootOf, fileSystemConfinement, minimalPathSet, permissionModelFlags } from './fs-confinement';

const scratch = mkdtempSync(join(tmpdir(), 'studio-confinement-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('permissionModelFlags', () => {
  it('uses the stable flag from Node 22.13 and 23.5, the experimental one from 20.11, none before', () => {
    const node = { env: {} };
    expect(permissionModelFlags('v24.1.0', node)).toMatchObject({ flags: expect.arrayContaining(['--permission']) });
    expect(permissionModelFlags('v23.5.0', node)).toMatchObject({ flags: expect.arrayContaining(['--permission']) });
    expect(permissionModelFlags('v22.13.1', node)).toMatchObject({ flags: expect.arrayContaining(['--permission']) });
    expect(permissionModelFlags('v22.12.0', node)).toMatchObject({ flags: expect.arrayContaining(['--experimental-permission']) });
    expect(permissionModelFlags('v23.4.0', node)).toMatchObject({ flags: expect.arrayContaining(['--experimental-permission']) });
    expect(permissionModelFlags('v20.20.2', node)).toMatchObject({ flags: expect.arrayContaining(['--experimental-permission', '--disable-warning=ExperimentalWarning']) });
    expect(permissionModelFlags('v20.10.0', node)).toMatchObject({ unavailable: expect.stringContaining('20.11') });
    expect(permissionModelFlags('v18.19.0', node)).toMatchObject({ unavailable: expect.stringContaining('v18.19.0') });
    expect(permissionModelFlags('unknown', node)).toMatchObject({ unavailable: expect.stringContaining('unknown') });
    expect(permissionModelFlags('v22.13.0', { env: { ELECTRON_RUN_AS_NODE: '1' } })).toMatchObject({ unavailable: expect.stringContaining('Electron') });
  });
});

describe('minimalPathSet', () => {
  it('drops repeated paths and paths inside another (Node 20 aborts on a repeated grant)', () => {
    expect(minimalPathSet(['/a/b', '/a', '/a/b/c', '/a', '/ab', '/x/y'])).toEqual(['/a', '/ab', '/x/y']);
  });
});

describe('bundle read paths', () => {
  it('finds the cache root, its node_modules by real path, and where linked packages really are (pnpm)', () => {
    const store = join(scratch, 'repo', 'node_modules', '.pnpm', 'lib@1.0.0', 'node_modules', 'lib');
    mkdirSync(store, { recursive: true });
    const appModules = join(scratch, 'repo', 'apps', 'one', 'node_modules');
    mkdirSync(join(appModules, '@scope'), { recursive: true });
    symlinkSync(store, join(appModules, 'lib'));
    symlinkSync(store, join(appModules, '@scope', 'lib'));
    mkdirSync(join(appModules, 'plain'));
    const cache = join(scratch, 'cache');
    mkdirSync(join(cache, 'src', 'logic-functions'), { recursive: true });
    writeFileSync(join(cache, 'package.json'), '{}');
    // The cache links to a link (an app whose node_modules is itself a link, as the test apps' are).
    symlinkSync(appModules, join(scratch, 'linked-modules'));
    symlinkSync(join(scratch, 'linked-modules'), join(cache, 'node_modules'));
    const bundlePath = join(cache, 'src', 'logic-functions', 'f.mjs');

    expect(bundleRootOf(bundlePath)).toBe(cache);
    expect(bundleReadPaths(cache).sort()).toEqual([cache, join(scratch, 'linked-modules'), appModules, join(scratch, 'repo', 'node_modules')].sort());
    const confinement = fileSystemConfinement({ enabled: true, nodeVersion: 'v20.20.0', node: { env: {} }, bundleDir: cache, childScript: '/opt/studio/out/main/run-child.js' });
    expect(confinement.kind).toBe('confined');
    if (confinement.kind !== 'confined') return;
    expect(confinement.flags).toContain(`--allow-fs-read=${cache}`);
    expect(confinement.flags).toContain('--allow-fs-read=/opt/studio/out/main');
    expect(confinement.flags.filter((flag) => flag.startsWith('--allow-fs-write'))).toEqual([]);
  });

  it('does not keep the grants of a cache folder whose node_modules link the first build has not made yet', () => {
    const cache = join(scratch, 'fresh-cache');
    mkdirSync(cache, { recursive: true });
    const modules = join(scratch, 'fresh-modules');
    mkdirSync(modules);
    expect(bundleReadPathsCached(cache)).toEqual([cache]);
    symlinkSync(modules, join(cache, 'node_modules'));
    expect(bundleReadPathsCached(cache)).toContain(modules);
  });

  it('is off when the app turns it off, and says why when Node cannot do it', () => {
    expect(fileSystemConfinement({ enabled: false, nodeVersion: 'v22.13.0', node: { env: {} }, bundleDir: scratch, childScript: '/x/run-child.js' })).toEqual({ kind: 'off' });
    expect(fileSystemConfinement({ enabled: true, nodeVersion: 'v18.0.0', node: { env: {} }, bundleDir: scratch, childScript: '/x/run-child.js' })).toMatchObject({ kind: 'unavailable' });
  });
});
