/** Issue 15 item 1: inspect fails on the type errors `twenty dev:build` fails on, unless --no-typecheck. */
import { afterEach, expect, it } from 'vitest';
import { copyFixtureApp, type TempApp } from '../../../test/helpers/temp-app';
import { captureIo } from '../../../test/helpers/cli-test-kit';
import { inspectCommand } from './inspect';

let app: TempApp | null = null;
afterEach(async () => {
  await app?.cleanup();
  app = null;
});

it('inspect reports type errors and exits 1; --no-typecheck skips them', async () => {
  app = await copyFixtureApp('broken-typecheck-app');
  const io = captureIo();
  expect(await inspectCommand([app.dir, '--json'], io)).toBe(1);
  expect(JSON.parse(io.out).errors).toEqual([expect.objectContaining({ file: 'src/logic-functions/hello.ts', line: 6, column: 9, message: expect.stringContaining("Type 'string' is not assignable to type 'number'") })]);
  const text = captureIo();
  expect(await inspectCommand([app.dir], text)).toBe(1);
  expect(text.out).toMatch(/error +src\/logic-functions\/hello\.ts:6:9 +TS2322/);
  const skipped = captureIo();
  expect(await inspectCommand([app.dir, '--json', '--no-typecheck'], skipped)).toBe(0);
  expect(JSON.parse(skipped.out).errors).toEqual([]);
}, 120_000);
