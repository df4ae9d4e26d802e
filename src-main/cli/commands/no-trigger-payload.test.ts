/** Issue 15 item 11: a function with no trigger gets saved payloads, and `twenty-studio test` runs them. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseSavedPayload } from '../../../src-shared/twenty/saved-payload/saved-payload-format';
import { functionTriggers, savedPayloadStaleness } from '../../../src-shared/twenty/saved-payload/staleness';
import { payloadTemplate } from '../../../src-shared/twenty/saved-payload/payload-template';
import { copyFixtureApp, type TempApp } from '../../../test/helpers/temp-app';
import { testCommand } from './test';

let app: TempApp;
let dataDir: string;
beforeAll(async () => {
  app = await copyFixtureApp('payloads-app');
  dataDir = await mkdtemp(join(tmpdir(), 'no-trigger-'));
});
afterAll(async () => {
  await app.cleanup();
  await rm(dataDir, { recursive: true, force: true });
});

const UID = '4b7f0c3d-7b2f-4e8a-9c6d-0f1e2d3c4b5a';
const content = {
  version: 1,
  function: { universalIdentifier: UID, name: 'add-one' },
  trigger: 'manual',
  inputs: {},
  payload: { n: 41 },
  expect: { status: 'SUCCESS', data: { n: 42 } },
};

it('offers the exec trigger, a `{}` template, never goes stale on triggers', () => {
  const fn = { universalIdentifier: UID, defineFunction: 'defineLogicFunction', config: { universalIdentifier: UID, name: 'add-one' } };
  expect(functionTriggers(fn)).toEqual(['manual']);
  expect(payloadTemplate(fn, undefined, null)).toMatchObject({ trigger: 'manual', triggers: ['manual'], payload: {} });
  const parsed = parseSavedPayload(JSON.stringify(content));
  if (!parsed.ok) throw new Error(parsed.error);
  expect(savedPayloadStaleness(parsed.value, fn)).toBeNull();
});

it('twenty-studio test runs a saved payload of a function with no trigger', async () => {
  await writeFile(join(app.dir, 'src/logic-functions/add-one.ts'), `import { defineLogicFunction } from 'twenty-sdk/define';
export default defineLogicFunction({
  universalIdentifier: '${UID}',
  name: 'add-one',
  handler: async (payload: { n: number }) => ({ n: payload.n + 1 }),
});
`);
  await mkdir(join(app.dir, '.twenty-studio/payloads/add-one'), { recursive: true });
  await writeFile(join(app.dir, '.twenty-studio/payloads/add-one/forty-one.json'), JSON.stringify(content, null, 2));
  const out = { stdout: '', stderr: '' };
  const code = await testCommand([app.dir, '--data-dir', dataDir], { stdout: (text) => void (out.stdout += text), stderr: (text) => void (out.stderr += text) });
  expect(out.stdout).toContain('✔ .twenty-studio/payloads/add-one/forty-one.json');
  expect(code).toBe(0);
}, 90_000);
