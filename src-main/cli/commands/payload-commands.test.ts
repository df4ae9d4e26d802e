import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtureApp, type TempApp } from '../../../test/helpers/temp-app';
import { UsageError } from '../cli-io';
import { eventCommand } from './event';
import { requestCommand } from './request';
import { testCommand } from './test';

let app: TempApp;
let dataDir: string;
beforeAll(async () => {
  app = await copyFixtureApp('payloads-app');
  dataDir = await mkdtemp(join(tmpdir(), 'payload-cli-'));
});
afterAll(async () => {
  await app?.cleanup();
  await rm(dataDir, { recursive: true, force: true });
});

const capture = () => {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (text: string) => void (out.stdout += text), stderr: (text: string) => void (out.stderr += text) } };
};

describe('twenty-studio request', () => {
  it('--json: match, payload, result and the response; exit 0', async () => {
    const { out, io } = capture();
    const code = await requestCommand([app.dir, 'POST', '/s/webhooks/incoming?a=1&a=2', '-H', 'X-Signature: s1', '-H', 'X-Other: no', '-d', '{"x":1}', '--json', '--data-dir', dataDir], io);
    expect(code).toBe(0);
    const printed = JSON.parse(out.stdout);
    expect(printed.match).toEqual({ universalIdentifier: 'bb981a40-ef50-4f09-88e6-e11de6f44980', name: 'receive-webhook', path: '/webhooks/incoming' });
    expect(printed.payload).toMatchObject({ headers: { 'x-signature': 's1' }, queryStringParameters: { a: '1,2' }, body: { x: 1 } });
    expect(printed.result).toMatchObject({ status: 'SUCCESS' });
    expect(printed.response).toMatchObject({ status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: { received: printed.payload } });
  }, 60_000);

  it('unknown route -> 404 (exit 1); isAuthRequired without --auth -> 401; --dry-run runs nothing', async () => {
    const missing = capture();
    expect(await requestCommand([app.dir, 'GET', '/nowhere', '--json', '--data-dir', dataDir], missing.io)).toBe(1);
    expect(JSON.parse(missing.out.stdout)).toMatchObject({ match: null, payload: null, response: { status: 404 } });
    const refused = capture();
    expect(await requestCommand([app.dir, 'GET', '/s/items/7', '--json', '--data-dir', dataDir], refused.io)).toBe(1);
    expect(JSON.parse(refused.out.stdout).response.status).toBe(401);
    const dry = capture();
    expect(await requestCommand([app.dir, 'GET', '/s/items/7', '--auth', '--dry-run', '--json', '--data-dir', dataDir], dry.io)).toBe(0);
    const printed = JSON.parse(dry.out.stdout);
    expect(printed).toMatchObject({ payload: { pathParameters: { id: '7' }, userWorkspaceId: expect.any(String) }, response: null });
    expect(printed.result).toBeUndefined();
  }, 60_000);

  it('refuses a missing method', async () => {
    await expect(requestCommand([app.dir, '/s/items/1'], capture().io)).rejects.toThrow(UsageError);
  });
});

describe('twenty-studio event', () => {
  it('prints the payload and who fires with reasons; runs the firing functions', async () => {
    const { out, io } = capture();
    const code = await eventCommand([app.dir, 'person.created', '--after', '{"id":"p-9","name":{"firstName":"Ada"}}', '--json', '--data-dir', dataDir], io);
    expect(code).toBe(0);
    const printed = JSON.parse(out.stdout);
    expect(printed.payload).toMatchObject({ name: 'person.created', recordId: 'p-9', properties: { after: { id: 'p-9' } } });
    const anyCreated = printed.functions.find((fn: { name: string }) => fn.name === 'on-any-created');
    expect(anyCreated).toMatchObject({ fires: true, result: { status: 'SUCCESS', data: { name: 'person.created', recordId: 'p-9' } } });
    expect(printed.functions.find((fn: { name: string }) => fn.name === 'on-person-name-updated')).toMatchObject({ fires: false });
  }, 60_000);

  it('--dry-run runs nothing; a bad event name is a usage error', async () => {
    const { out, io } = capture();
    expect(await eventCommand([app.dir, 'company.updated', '--before', '{"id":"c","name":"A"}', '--after', '{"id":"c","name":"B"}', '--dry-run', '--data-dir', dataDir], io)).toBe(0);
    expect(out.stdout).toMatch(/fires\s+on-company-batch \(company\.\*, batchMode\)/);
    expect(out.stdout).not.toMatch(/SUCCESS in/);
    await expect(eventCommand([app.dir, 'person.changed'], capture().io)).rejects.toThrow(/operation one of/);
  }, 60_000);
});

describe('twenty-studio test', () => {
  it('runs the saved payloads with an expectation and ends with "N passed, N failed"', async () => {
    const { out, io } = capture();
    expect(await testCommand([app.dir, '--data-dir', dataDir], io)).toBe(0);
    expect(out.stdout).toContain('✔ .twenty-studio/payloads/receive-webhook/signed-invoice.json');
    expect(out.stdout.trim().split('\n').at(-1)).toBe('2 passed, 0 failed');
  }, 60_000);

  it('exits 1 and explains the mismatch at its JSON path', async () => {
    const failing = await copyFixtureApp('payloads-app');
    try {
      await cp(join(failing.dir, 'failing-payloads/format-amount/wrong-total.json'), join(failing.dir, '.twenty-studio/payloads/format-amount/wrong-total.json'));
      const { out, io } = capture();
      expect(await testCommand([failing.dir, '--data-dir', dataDir], io)).toBe(1);
      expect(out.stdout).toContain('✖ .twenty-studio/payloads/format-amount/wrong-total.json');
      expect(out.stdout).toContain('$.data.text: expected "10.00 USD", got "9.99 USD"');
      expect(out.stdout.trim().split('\n').at(-1)).toBe('2 passed, 1 failed');
      const json = capture();
      expect(await testCommand([failing.dir, '--json', '--data-dir', dataDir], json.io)).toBe(1);
      expect(JSON.parse(json.out.stdout)).toMatchObject({ passed: 2, failed: 1 });
      expect(json.out.stderr).toBe('2 passed, 1 failed\n');
    } finally {
      await failing.cleanup();
    }
  }, 90_000);
});
