import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtureApp, type TempApp } from '../../../test/helpers/temp-app';
import { Studio } from '../studio';

const UID = {
  webhook: 'bb981a40-ef50-4f09-88e6-e11de6f44980',
  getItem: 'f14f9691-830b-476f-a497-40e184bc9f62',
  personName: 'f50511bf-7f8f-47bc-94cb-cd22bbe31bfb',
  anyCreated: '3a6a5265-fc3e-477c-868b-2f55b18a199e',
  companyBatch: 'dd7adbcf-9933-4b6d-b694-79a11fc2bfde',
  formatAmount: 'c5955ea2-514c-4cdb-959a-32be42e9373c',
};

let app: TempApp;
let dataDir: string;
let studio: Studio;

const openStudio = async (): Promise<Studio> => {
  const created = new Studio({ userDataDir: dataDir, mode: 'electron', version: 't', twentyConfigPath: join(dataDir, 'none.json') });
  const model = await created.openApp(app.dir);
  await created.runs.updateModel(model);
  return created;
};

beforeAll(async () => {
  app = await copyFixtureApp('payloads-app');
  dataDir = await mkdtemp(join(tmpdir(), 'payload-services-'));
  studio = await openStudio();
}, 60_000);
afterAll(async () => {
  await studio.dispose();
  await app.cleanup();
  await rm(dataDir, { recursive: true, force: true });
});

/** A complete twenty-sdk 2.43 RoutePayload for GET /s/items/42 (a partial one is stale against the SDK's type). */
const routePayload = (overrides: Record<string, unknown> = {}) => ({
  headers: {},
  queryStringParameters: {},
  pathParameters: { id: '42' },
  body: null,
  isBase64Encoded: false,
  requestContext: { http: { method: 'GET', path: '/s/items/42' } },
  userWorkspaceId: null,
  ...overrides,
});

const byName = <T extends { name: string | null }>(list: T[], name: string): T => list.find((item) => item.name === name)!;

describe('payload.objects', () => {
  it('lists the standard objects from the app\'s twenty-sdk, with their field names', async () => {
    const { objects } = await studio.handlers['payload.objects']({});
    const company = objects.find((object) => object.nameSingular === 'company')!;
    expect(company).toMatchObject({ source: 'standard', namePlural: 'companies', universalIdentifier: expect.any(String) });
    expect(company.fields.map((field) => field.name)).toContain('domainName');
    expect(objects.filter((object) => object.source === 'standard').length).toBeGreaterThanOrEqual(30);
  });
});

describe('payload.event (database events)', () => {
  it('says who fires and why: exact name with an updatedFields hit, a wildcard that misses, company.* in batch mode', async () => {
    const result = await studio.handlers['payload.event']({
      object: 'person',
      operation: 'updated',
      before: { id: 'p-1', name: { firstName: 'ada ' }, city: 'Paris' },
      after: { id: 'p-1', name: { firstName: 'Ada' }, city: 'Paris' },
      run: false,
    });
    expect(result.payload).toMatchObject({ name: 'person.updated', recordId: 'p-1', objectMetadata: { nameSingular: 'person', namePlural: 'people' }, properties: { updatedFields: ['name'] } });
    const personName = byName(result.functions, 'on-person-name-updated');
    expect(personName).toMatchObject({ fires: true, reason: expect.stringMatching(/name changed, which updatedFields watches/) });
    // Its source writes person.name through the client: a loop on every run.
    expect(personName.selfTriggerWarning).toMatch(/writes name on person and fires on person.updated/);
    expect(byName(result.functions, 'on-any-created')).toMatchObject({ fires: false, reason: expect.stringMatching(/"\*\.created" does not match person.updated/) });
    expect(byName(result.functions, 'on-company-batch')).toMatchObject({ fires: false, batchMode: true });
    expect(result.functions.every((fn) => fn.results === undefined)).toBe(true);
  });

  it('does not fire an updatedFields function when other fields changed', async () => {
    const result = await studio.handlers['payload.event']({ object: 'person', operation: 'updated', before: { id: 'p', city: 'A' }, after: { id: 'p', city: 'B' }, run: false });
    expect(byName(result.functions, 'on-person-name-updated')).toMatchObject({ fires: false, reason: expect.stringMatching(/none of the watched fields \(name\) changed; changed: city/) });
  });

  it('runs every firing function, the batchMode one with the batch payload, results side by side', async () => {
    const result = await studio.handlers['payload.event']({
      object: 'company',
      operation: 'created',
      batch: [{ after: { id: 'c-1', name: 'Acme' } }, { after: { id: 'c-2', name: 'Globex' } }],
      run: true,
    });
    const anyCreated = byName(result.functions, 'on-any-created');
    expect(anyCreated.fires).toBe(true);
    expect(anyCreated.results?.map((record) => record.result?.data)).toEqual([{ name: 'company.created', recordId: 'c-1' }, { name: 'company.created', recordId: 'c-2' }]);
    const batch = byName(result.functions, 'on-company-batch');
    expect(batch.reason).toMatch(/"company\.\*" matches company.created/);
    expect(batch.payloads).toHaveLength(1);
    expect(batch.results?.[0].result?.data).toEqual({ name: 'company.created', count: 2, recordIds: ['c-1', 'c-2'] });
    expect(byName(result.functions, 'on-person-name-updated').results).toBeUndefined();
  });
});

describe('payload.template and payload.validate', () => {
  it('gives a starting payload per trigger', async () => {
    expect(await studio.handlers['payload.template']({ universalIdentifier: UID.formatAmount })).toMatchObject({ trigger: 'tool', payload: { amountCents: 1, currency: 'EUR' } });
    const route = await studio.handlers['payload.template']({ universalIdentifier: UID.getItem });
    expect(route.payload).toMatchObject({ pathParameters: { id: 'example-id' } });
  });

  it('validates a tool payload against its inputSchema with located messages', async () => {
    expect(await studio.handlers['payload.validate']({ universalIdentifier: UID.formatAmount, payload: { amountCents: 5, currency: 'EUR' } })).toEqual({ valid: true, problems: [] });
    const invalid = await studio.handlers['payload.validate']({ universalIdentifier: UID.formatAmount, payload: { amountCents: '5', currency: 'GBP' } });
    expect(invalid.problems.map((problem) => problem.path)).toEqual(['$.amountCents', '$.currency']);
  });
});

describe('saved payloads', () => {
  it('lists the committed payloads with their staleness', async () => {
    const { payloads } = await studio.handlers['payload.saved.list']({});
    expect(payloads.map((entry) => entry.path)).toEqual([
      '.twenty-studio/payloads/format-amount/euros.json',
      '.twenty-studio/payloads/format-amount/no-expectation.json',
      '.twenty-studio/payloads/receive-webhook/signed-invoice.json',
    ]);
    expect(payloads.every((entry) => !entry.stale && entry.content)).toBe(true);
    expect((await studio.handlers['payload.saved.list']({ universalIdentifier: UID.webhook })).payloads).toHaveLength(1);
  });

  it('saves in the stable format, and a new studio on the same app finds it', async () => {
    const saved = await studio.handlers['payload.saved.save']({
      name: 'item 42',
      content: { version: 1, function: { universalIdentifier: UID.getItem, name: 'whatever' }, trigger: 'route', inputs: { method: 'GET', url: '/s/items/42', authenticated: true }, payload: routePayload({ pathParameters: { id: '42' }, userWorkspaceId: 'u' }), expect: { status: 'SUCCESS' } },
      overwrite: true,
    });
    expect(saved).toMatchObject({ functionFolder: 'get-item', path: '.twenty-studio/payloads/get-item/item 42.json', stale: false });
    const text = await readFile(join(app.dir, saved.path), 'utf8');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(Object.keys(JSON.parse(text))).toEqual(['expect', 'function', 'inputs', 'payload', 'trigger', 'version']);
    expect(JSON.parse(text).function.name).toBe('get-item');

    await studio.dispose();
    studio = await openStudio();
    const found = await studio.handlers['payload.saved.read']({ functionFolder: 'get-item', name: 'item 42' });
    expect(found.content?.inputs).toEqual({ method: 'GET', url: '/s/items/42', authenticated: true });
  });

  it('renames, duplicates and deletes, refusing names that escape the folder', async () => {
    const renamed = await studio.handlers['payload.saved.rename']({ functionFolder: 'get-item', name: 'item 42', newName: 'item-42' });
    expect(renamed.path).toBe('.twenty-studio/payloads/get-item/item-42.json');
    const copy = await studio.handlers['payload.saved.duplicate']({ functionFolder: 'get-item', name: 'item-42' });
    expect(copy.name).toBe('item-42 copy');
    await expect(studio.handlers['payload.saved.rename']({ functionFolder: 'get-item', name: 'item-42', newName: '../../x' })).rejects.toThrow(/letter or digit/);
    await expect(studio.handlers['payload.saved.read']({ functionFolder: '..', name: 'x' })).rejects.toThrow();
    await expect(studio.handlers['payload.saved.save']({ name: 'item-42', content: renamed.content!, overwrite: false })).rejects.toThrow(/already exists/);
    expect(await studio.handlers['payload.saved.delete']({ functionFolder: 'get-item', name: 'item-42' })).toEqual({ deleted: true });
    expect(await studio.handlers['payload.saved.delete']({ functionFolder: 'get-item', name: 'item-42 copy' })).toEqual({ deleted: true });
    expect(await readdir(join(app.dir, '.twenty-studio/payloads'))).not.toContain('get-item');
  });

  it('flags a payload whose route no longer matches as stale, with the reason', async () => {
    const file = join(app.dir, 'src/logic-functions/receive-webhook.ts');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace("path: '/webhooks/incoming'", "path: '/hooks/incoming'"));
    try {
      await studio.handlers['app.open']({ appDir: app.dir });
      const { payloads } = await studio.handlers['payload.saved.list']({ universalIdentifier: UID.webhook });
      expect(payloads[0]).toMatchObject({ stale: true, staleReason: expect.stringMatching(/path is now \/hooks\/incoming: POST \/s\/webhooks\/incoming\?source=stripe no longer matches/) });
    } finally {
      await writeFile(file, original);
      const model = await studio.handlers['app.open']({ appDir: app.dir });
      await studio.runs.updateModel(model);
    }
  });

  it('checks a saved payload against its expectation', async () => {
    const passing = await studio.handlers['payload.saved.check']({ functionFolder: 'receive-webhook', name: 'signed-invoice' });
    expect(passing).toMatchObject({ passed: true, mismatches: [], response: { status: 200 } });
    await writeFile(join(app.dir, '.twenty-studio/payloads/format-amount/wrong-total.json'), await readFile(join(app.dir, 'failing-payloads/format-amount/wrong-total.json')));
    const failing = await studio.handlers['payload.saved.check']({ functionFolder: 'format-amount', name: 'wrong-total' });
    expect(failing.passed).toBe(false);
    expect(failing.mismatches).toEqual([{ path: '$.data.text', expected: '10.00 USD', actual: '9.99 USD', message: '$.data.text: expected "10.00 USD", got "9.99 USD"' }]);
    await rm(join(app.dir, '.twenty-studio/payloads/format-amount/wrong-total.json'));
  });
});

describe('recent payloads and exports', () => {
  it('lists the last payloads used for a function, newest first, each once', async () => {
    for (const amountCents of [1, 2, 1]) await studio.runs.execute({ universalIdentifier: UID.formatAmount, payload: { amountCents, currency: 'EUR' }, origin: 'manual' });
    const { payloads } = await studio.handlers['payload.recent']({ universalIdentifier: UID.formatAmount, limit: 20 });
    expect(payloads.slice(0, 2).map((entry) => entry.payload)).toEqual([{ amountCents: 1, currency: 'EUR' }, { amountCents: 2, currency: 'EUR' }]);
    expect(payloads.length).toBeLessThanOrEqual(20);
  });

  it('copies as curl (local route server or a remote /s/ base) and as yarn twenty dev:function:exec', async () => {
    await expect(studio.handlers['payload.export']({ kind: 'curl', request: { method: 'GET', url: '/s/items/1', headers: [] } })).rejects.toThrow(/not running/);
    const state = await studio.handlers['routes.server.start']({});
    try {
      const local = await studio.handlers['payload.export']({ kind: 'curl', request: { method: 'GET', url: '/s/items/1', headers: [], authenticated: true } });
      expect(local.command).toBe(`curl ${state.url}/s/items/1 -H 'authorization: Bearer twenty-studio-local-token'`);
    } finally {
      await studio.handlers['routes.server.stop']({});
    }
    const remote = await studio.handlers['payload.export']({ kind: 'curl', baseUrl: 'https://crm.example.com/s/', request: { method: 'GET', url: '/s/items/1', headers: [], authenticated: true } });
    expect(remote.command).toBe('curl https://crm.example.com/s/items/1 -H "Authorization: Bearer ${TWENTY_API_KEY}"');
    const exec = await studio.handlers['payload.export']({ kind: 'exec', universalIdentifier: UID.formatAmount, payload: { amountCents: 1, currency: 'EUR' } });
    expect(exec.command).toBe(`yarn twenty dev:function:exec -n format-amount -p '{"amountCents":1,"currency":"EUR"}'`);
  });
});
