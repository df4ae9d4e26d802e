import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { packageResultSchema, type PackagingProgress } from '../../src-shared/contract/packaging';
import { packageApp } from '../../src-main/core/packaging/app-packager';
import { readTarball } from '../../src-main/core/packaging/tarball-reader';
import { copyFixtureApp, type TempApp } from '../helpers/temp-app';

// The real appBuild: manifest, esbuild bundles, tsc and npm pack, offline. A few seconds each.
const BUILD_TIMEOUT = 90_000;

describe('packageApp', () => {
  let app: TempApp | null = null;
  afterEach(async () => {
    await app?.cleanup();
    app = null;
  });

  it('packages basic-app with the real SDK build: manifest, package.json and one .mjs per function', async () => {
    app = await copyFixtureApp('basic-app');
    const progress: PackagingProgress[] = [];
    const result = await packageApp(app.dir, { onProgress: (event) => progress.push(event) });
    expect(packageResultSchema.parse(result)).toEqual(result);
    if (!result.success) throw new Error(`${result.error.code}: ${result.error.message}`);

    expect(result.tarballPath).toBe(join(app.dir, '.twenty', 'output', 'basic-app-0.1.0.tgz'));
    expect(result.sizeBytes).toBeGreaterThan(0);
    expect(result.sdk).toEqual({ version: '2.43.0', source: 'app' });
    const paths = result.files.map((file) => file.path);
    expect(paths).toContain('manifest.json');
    expect(paths).toContain('package.json');

    const manifest = result.manifest as { application: { universalIdentifier: string }; logicFunctions: { builtHandlerPath: string; sourceHandlerPath: string }[] };
    expect(manifest.application.universalIdentifier).toBe('49e55693-cb03-4c90-bc80-bd5eb7bba666');
    expect(manifest.logicFunctions).toHaveLength(4);
    const bundles = paths.filter((path) => path.endsWith('.mjs'));
    expect(bundles).toHaveLength(manifest.logicFunctions.length);
    for (const fn of manifest.logicFunctions) expect(paths).toContain(fn.builtHandlerPath);

    // The file list is the tarball's, with real sizes, and the manifest is the one inside it.
    const entries = await readTarball(result.tarballPath);
    for (const file of result.files) expect(entries.find((entry) => entry.path === file.path)?.sizeBytes).toBe(file.sizeBytes);
    const packedManifest = JSON.parse(entries.find((entry) => entry.path === 'manifest.json')!.contents.toString('utf8'));
    expect(packedManifest).toEqual(result.manifest);

    // Progress: the studio's steps, then the SDK's own onProgress messages, in order.
    const messages = progress.map((event) => `${event.source}: ${event.message}`);
    expect(messages[0]).toBe('studio: Running the studio checks...');
    const sdkMessages = progress.filter((event) => event.source === 'sdk').map((event) => event.message);
    expect(sdkMessages).toEqual(['Building manifest...', 'Building application files...', 'Running typecheck...', 'Packing tarball...']);
  }, BUILD_TIMEOUT);

  it('fails with TYPECHECK_FAILED and the located type error', async () => {
    app = await copyFixtureApp('broken-typecheck-app');
    const result = await packageApp(app.dir);
    expect(packageResultSchema.parse(result)).toEqual(result);
    if (result.success) throw new Error('expected a failure');
    expect(result.error.code).toBe('TYPECHECK_FAILED');
    expect(result.error.message).toContain("src/logic-functions/hello.ts(6,9): Type 'string' is not assignable to type 'number'.");
    expect(result.error.locations).toEqual([
      { file: 'src/logic-functions/hello.ts', line: 6, column: 9, message: "Type 'string' is not assignable to type 'number'." },
    ]);
    expect(existsSync(join(app.dir, '.twenty', 'output', 'broken-typecheck-app-0.1.0.tgz'))).toBe(false);
  }, BUILD_TIMEOUT);

  it('fails before the build with the studio checks when a universal identifier is invalid', async () => {
    app = await copyFixtureApp('broken-invalid-uid-app');
    const progress: PackagingProgress[] = [];
    const result = await packageApp(app.dir, { onProgress: (event) => progress.push(event) });
    if (result.success) throw new Error('expected a failure');
    expect(result.error.code).toBe('STUDIO_CHECKS_FAILED');
    expect(result.error.message).toMatch(/Universal identifier "not-a-uuid" is not a valid UUID/);
    expect(result.error.locations.map(({ file, line }) => `${file}:${line}`).sort()).toEqual([
      'src/logic-functions/not-a-uuid.ts:4',
      'src/logic-functions/uuid-v1.ts:4',
    ]);
    // Nothing from the SDK ran: no progress of its own, no output folder.
    expect(progress.filter((event) => event.source !== 'studio')).toEqual([]);
    expect(existsSync(join(app.dir, '.twenty'))).toBe(false);
  }, BUILD_TIMEOUT);

  it('stops a build that takes too long, with its process tree', async () => {
    app = await copyFixtureApp('basic-app');
    const result = await packageApp(app.dir, { timeoutMs: 300 });
    if (result.success) throw new Error('expected a failure');
    expect(result.error).toMatchObject({ code: 'BUILD_PROCESS_FAILED', message: 'The build did not finish within 300 ms and was stopped.' });
  }, BUILD_TIMEOUT);

  it('builds with the studio twenty-sdk when the app has none installed, and locates esbuild errors', async () => {
    app = await copyFixtureApp('basic-app');
    // Without the node_modules link the app cannot resolve twenty-sdk itself, so the studio's runs...
    await rm(join(app.dir, 'node_modules'));
    const progress: PackagingProgress[] = [];
    const result = await packageApp(app.dir, { onProgress: (event) => progress.push(event) });
    expect(progress.map((event) => event.message)).toContain("Building with twenty-sdk 2.43.0 (the studio's, the app has none installed)...");
    expect(progress.filter((event) => event.source === 'sdk').map((event) => event.message)[0]).toBe('Building manifest...');
    // ...and fails the honest way: the app's own imports of twenty-sdk/define do not resolve.
    if (result.success) throw new Error('expected a failure');
    expect(result.error.code).toBe('BUILD_FAILED');
    expect(result.error.locations).toEqual([
      { file: 'src/application-config.ts', line: 1, column: 34, message: 'Could not resolve "twenty-sdk/define"' },
    ]);
    expect(result.warnings.map((warning) => warning.message).join()).toMatch(/dependencies are not installed/);
  }, BUILD_TIMEOUT);
});
