// The drift check builds the app with its own installed twenty-sdk (real appBuild, child process)
// and compares that manifest with the studio's. No drift where the studio models the line right;
// drift reported, entity by entity, where it does not.
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectApp } from '../../src-main/core/project/inspect';
import { checkSdkManifest } from '../../src-main/core/sdk-lines/sdk-manifest-check';
import { writeLineApp } from '../fixtures/sdk-lines/fixture-app.mjs';
import { nodeModulesWithSdkVersion } from '../helpers/sdk-version-shim';
import { copyFixtureApp, type TempApp } from '../helpers/temp-app';

const BUILD_TIMEOUT_MS = 180_000;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

describe('checkSdkManifest', () => {
  it('finds no drift between the studio and twenty-sdk 2.43 on the basic app', async () => {
    const app: TempApp = await copyFixtureApp('basic-app');
    cleanups.push(app.cleanup);
    const inspected = await inspectApp(app.dir, { typecheck: false });
    const check = await checkSdkManifest(app.dir, inspected);
    expect(check).toEqual({ status: 'checked', sdkVersion: '2.43.0', drift: [], messages: [] });
  }, BUILD_TIMEOUT_MS);

  it('flags drift when the studio assembles another line than the SDK that builds', async () => {
    // The app says twenty-sdk 2.4.0, so the studio assembles the 2.4 shape; the code installed is
    // 2.43's, whose build writes the 2.43 shape. Every difference between the two lines shows.
    const dir = await realpath(await mkdtemp(path.join(tmpdir(), 'sdk-manifest-drift-')));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await writeLineApp(dir, '2.4.0', ['permission-flag-ids']);
    await nodeModulesWithSdkVersion(path.join(dir, 'node_modules'), '2.4.0');
    const inspected = await inspectApp(dir, { typecheck: false });
    const check = await checkSdkManifest(dir, inspected);
    expect(check.status).toBe('checked');
    if (check.status !== 'checked') return;
    expect(check.sdkVersion).toBe('2.4.0');
    const bySection = (section: string) => check.drift.filter((entry) => entry.section === section);
    // 2.4 keeps logoUrl, screenshots and the config's aboutDescription; 2.43 does not.
    expect(bySection('application')).toEqual([expect.objectContaining({ kind: 'different', paths: expect.arrayContaining(['aboutDescription', 'logoUrl']) })]);
    // 2.4 adds system and relation fields to the object, and their target<Object> side to fields.
    expect(bySection('objects')).toEqual([expect.objectContaining({ universalIdentifier: 'e14fa806-f400-43d4-8a8b-998b489cdc33', kind: 'different' })]);
    expect(bySection('fields')).toHaveLength(4);
    expect(bySection('fields').every((entry) => entry.kind === 'only-studio')).toBe(true);
    // Role permission ids are derived differently.
    expect(bySection('roles').map((entry) => entry.universalIdentifier)).toContain('0e0650e7-f07d-4d36-ac5a-9decdd0471bf');
    expect(check.messages).toContain(`Manifest drift: the studio lists fields ${bySection('fields')[0].universalIdentifier}, twenty-sdk 2.4.0's build does not.`);
  }, BUILD_TIMEOUT_MS);

  it('says why it cannot check an app without its own twenty-sdk', async () => {
    const dir = await realpath(await mkdtemp(path.join(tmpdir(), 'sdk-manifest-none-')));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await writeLineApp(dir, '2.43.0', ['permission-flag-ids']);
    const check = await checkSdkManifest(dir, { application: null });
    expect(check).toEqual({ status: 'skipped', sdkVersion: null, reason: "The app's own twenty-sdk is not installed: there is no build to compare with." });
  });
});
