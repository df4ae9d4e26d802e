import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleEntry, RouteServerState } from '../../../src-shared/contract';
import { copyFixtureApp, type TempApp } from '../../../test/helpers/temp-app';
import { Studio } from '../studio';

let app: TempApp;
let dataDir: string;
let studio: Studio;
const serverStates: RouteServerState[] = [];
const consoleEntries: ConsoleEntry[] = [];

beforeAll(async () => {
  app = await copyFixtureApp('payloads-app');
  dataDir = await mkdtemp(join(tmpdir(), 'route-requests-'));
  // Electron mode: the route server is started by the test, not by default.
  studio = new Studio({ userDataDir: dataDir, mode: 'electron', version: 't', twentyConfigPath: join(dataDir, 'none.json') });
  studio.onEvent((name, payload) => {
    if (name === 'routes.server') serverStates.push(payload as RouteServerState);
    if (name === 'console.batch') consoleEntries.push(...(payload as { entries: ConsoleEntry[] }).entries);
  });
  const model = await studio.openApp(app.dir);
  await studio.runs.updateModel(model);
}, 60_000);
afterAll(async () => {
  await studio.dispose();
  await app.cleanup();
  await rm(dataDir, { recursive: true, force: true });
});

const webhook = {
  method: 'POST',
  url: '/s/webhooks/incoming?source=stripe&source=backup',
  headers: [
    { name: 'Content-Type', value: 'application/json' },
    { name: 'X-Signature', value: 'sha256=abc' },
    { name: 'X-Debug', value: 'yes' },
  ],
  body: '{"event":"invoice.paid"}',
};

describe('routes.request', () => {
  it('composes a POST: the match, the payload, and the headers that are not forwarded listed as dropped', async () => {
    const result = await studio.handlers['routes.request']({ ...webhook, dryRun: true });
    expect(result.match).toEqual({ universalIdentifier: 'bb981a40-ef50-4f09-88e6-e11de6f44980', name: 'receive-webhook', path: '/webhooks/incoming' });
    expect(result.payload).toEqual({
      headers: { 'x-signature': 'sha256=abc' },
      queryStringParameters: { source: 'stripe,backup' },
      pathParameters: {},
      body: { event: 'invoice.paid' },
      rawBody: '{"event":"invoice.paid"}',
      isBase64Encoded: false,
      requestContext: { http: { method: 'POST', path: '/s/webhooks/incoming' } },
      userWorkspaceId: null,
    });
    expect(result.droppedHeaders.map((header) => header.name)).toEqual(['content-type', 'x-debug']);
    expect(result.response).toBeNull();
    expect(result.result).toBeUndefined();
  });

  it('sends it: runs the function (origin route) and answers with the status and filtered headers', async () => {
    const result = await studio.handlers['routes.request']({ ...webhook, dryRun: false });
    expect(result.result?.status).toBe('SUCCESS');
    expect(result.response).toMatchObject({ status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, bodyKind: 'json' });
    expect(JSON.parse(result.response!.body)).toEqual({ received: result.payload });
    const history = await studio.handlers['run.history']({ universalIdentifier: 'bb981a40-ef50-4f09-88e6-e11de6f44980' });
    expect(history.runs[0]).toMatchObject({ runId: result.runId, origin: 'route', status: 'SUCCESS' });
  });

  it('drops the response headers /s/ does not let through, and keeps the status the function chose', async () => {
    const result = await studio.handlers['routes.request']({ method: 'GET', url: '/s/reports/download', headers: [], dryRun: false });
    expect(result.response).toMatchObject({
      status: 201,
      headers: { 'content-type': 'text/csv; charset=utf-8', 'cache-control': 'no-store' },
      body: 'name,amount\nAcme,12\n',
      droppedHeaders: [{ name: 'x-report-id', value: 'r-42' }],
    });
  });

  it('answers 401 for an isAuthRequired route without a Bearer token, and runs it with one', async () => {
    const refused = await studio.handlers['routes.request']({ method: 'GET', url: '/s/items/42', headers: [], dryRun: false });
    expect(refused.response?.status).toBe(401);
    expect(refused.result).toBeUndefined();
    const allowed = await studio.handlers['routes.request']({ method: 'GET', url: '/s/items/a%20b', headers: [], authenticated: true, dryRun: false });
    expect(allowed.response?.status).toBe(200);
    expect(JSON.parse(allowed.response!.body)).toEqual({ id: 'a b', userWorkspaceId: expect.any(String) });
    expect(allowed.droppedHeaders.map((header) => header.name)).toEqual(['authorization']);
  });

  it('answers 404 with the closest routes', async () => {
    const result = await studio.handlers['routes.request']({ method: 'GET', url: '/s/webhooks/incoming', headers: [], dryRun: false });
    expect(result.match).toBeNull();
    expect(result.response?.status).toBe(404);
    expect(result.closest[0]).toMatchObject({ path: '/webhooks/incoming', httpMethod: 'POST', reason: 'method-differs' });
    const typo = await studio.handlers['routes.request']({ method: 'GET', url: '/s/item/1', headers: [], dryRun: true });
    expect(typo.response?.status).toBe(404);
    expect(typo.closest.map((c) => c.path)).toContain('/items/:id');
  });
});

describe('the local route server', () => {
  it('serves /s/ on 127.0.0.1 with the same answer as the composer, records the run and logs the request', async () => {
    const state = await studio.handlers['routes.server.start']({});
    expect(state.running).toBe(true);
    expect(state.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(serverStates.at(-1)).toEqual(state);

    const response = await fetch(`${state.url}${webhook.url}`, { method: 'POST', headers: Object.fromEntries(webhook.headers.map((h) => [h.name, h.value])), body: webhook.body });
    const composed = await studio.handlers['routes.request']({ ...webhook, dryRun: false });
    expect(response.status).toBe(composed.response!.status);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const served = (await response.json()) as { received: Record<string, unknown> };
    expect(served.received).toEqual(composed.payload);

    const report = await fetch(`${state.url}/s/reports/download`);
    expect(report.status).toBe(201);
    expect(report.headers.get('x-report-id')).toBeNull();
    expect(await report.text()).toBe('name,amount\nAcme,12\n');

    const unauthorized = await fetch(`${state.url}/s/items/1`);
    expect(unauthorized.status).toBe(401);
    const authorized = await fetch(`${state.url}/s/items/1`, { headers: { authorization: 'Bearer anything' } });
    expect(await authorized.json()).toMatchObject({ id: '1' });
    expect((await fetch(`${state.url}/s/nowhere`)).status).toBe(404);
    expect((await fetch(`${state.url}/elsewhere`)).status).toBe(404);

    const runs = (await studio.handlers['run.history']({})).runs.filter((run) => run.origin === 'route');
    expect(runs.length).toBeGreaterThanOrEqual(4);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(consoleEntries.some((entry) => entry.label === 'route server' && /GET \/s\/nowhere -> 404/.test(entry.text))).toBe(true);

    expect(await studio.handlers['routes.server.stop']({})).toEqual({ running: false });
    expect(await studio.handlers['routes.server.status']({})).toEqual({ running: false });
    await expect(fetch(`${state.url}/s/items/1`)).rejects.toThrow();
  });

  it('starts by default in browser mode and stops when the studio is disposed', async () => {
    const browserStudio = new Studio({ userDataDir: dataDir, mode: 'browser', version: 't', prespawnRuns: 0 });
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const state = await browserStudio.handlers['routes.server.status']({});
      expect(state.running).toBe(true);
      // No app open: a clear 503 rather than a hang.
      expect((await fetch(`${state.url}/s/items/1`)).status).toBe(503);
    } finally {
      await browserStudio.dispose();
    }
    expect(await browserStudio.handlers['routes.server.status']({})).toEqual({ running: false });
  });
});
