/** Issue 15 item 3: inspect --sdk-drift builds the app with its own twenty-sdk and reports drift from the studio's manifest. */
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { writeLineApp } from '../../../test/fixtures/sdk-lines/fixture-app.mjs';
import { nodeModulesWithSdkVersion } from '../../../test/helpers/sdk-version-shim';
import { captureIo } from '../../../test/helpers/cli-test-kit';
import { inspectCommand } from './inspect';

let dir: string | null = null;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
});

it('prints each drift as a warning (text) and under sdkManifestCheck (--json), without failing inspect', async () => {
  // The app says twenty-sdk 2.13.0 (the studio assembles that line) while 2.43's code builds it.
  dir = await realpath(await mkdtemp(path.join(tmpdir(), 'inspect-sdk-drift-')));
  await writeLineApp(dir, '2.13.0', ['permission-flag-ids']);
  await nodeModulesWithSdkVersion(path.join(dir, 'node_modules'), '2.13.0');
  const json = captureIo();
  expect(await inspectCommand([dir, '--json', '--no-typecheck', '--sdk-drift'], json)).toBe(0);
  const check = JSON.parse(json.out).sdkManifestCheck;
  expect(check.status).toBe('checked');
  expect(check.sdkVersion).toBe('2.13.0');
  // 2.13 keeps the config's aboutDescription, logoUrl and screenshots and has no requiredServerVersionRange; 2.43 does not.
  expect(check.messages).toContain("Manifest drift: the application differs from twenty-sdk 2.13.0's build at aboutDescription, logoUrl, requiredServerVersionRange, screenshots.");
  const text = captureIo();
  expect(await inspectCommand([dir, '--no-typecheck', '--sdk-drift'], text)).toBe(0);
  expect(text.out).toContain("warning (app):0:0  Manifest drift: the application differs from twenty-sdk 2.13.0's build");
}, 240_000);
