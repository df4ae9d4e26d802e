// A server route end to end: curl-like requests to the local route server's /webhooks/server/<id> run
// the resolver, then answer or hand off to the target function as the Twenty server does.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtureApp, type TempApp } from '../../../test/helpers/temp-app';
import { LOCAL_WORKSPACE_ID } from '../runner/function-runner';
import { Studio } from '../studio';

const RESOLVER = '2bb78bdc-8291-4443-973a-4731da512290';
const TARGET = '8420f231-e4ef-4386-8454-950ccfabeac4';

let app: TempApp;
let dataDir: string;
let studio: Studio;
let baseUrl: string;

beforeAll(async () => {
  app = await copyFixtureApp('logic-layer-app');
  dataDir = await mkdtemp(join(tmpdir(), 'server-route-'));
  studio = new Studio({ userDataDir: dataDir, mode: 'electron', version: 't', twentyConfigPath: join(dataDir, 'none.json') });
  const model = await studio.openApp(app.dir);
  await studio.runs.updateModel(model);
  const state = await studio.handlers['routes.server.start']({});
  baseUrl = state.url!;
}, 90_000);

afterAll(async () => {
  await studio?.handlers['routes.server.stop']({});
  await studio?.dispose();
  await app?.cleanup();
  await rm(dataDir, { recursive: true, force: true });
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

const settled = async (runId: string) => {
  for (let attempt = 0; attempt < 300; attempt++) {
    const run = await studio.runs.getRun(runId).catch(() => null);
    if (run?.result) return run;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`run ${runId} did not finish`);
};

describe('server routes through the local route server', () => {
  it('answers with the resolver\'s own Response', async () => {
    const response = await post(`/webhooks/server/${RESOLVER}`, { type: 'ping' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe('pong');
  }, 60_000);

  it('answers 200 { queued: true } to a dispatch and runs the target with the resolver\'s payload', async () => {
    const response = await post(`/webhooks/server/${RESOLVER}`, { workspaceId: LOCAL_WORKSPACE_ID, item: 7 }, { 'x-signature': 'sig-1', 'x-other': 'dropped' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ queued: true });
    let targetRunId: string | undefined;
    for (let attempt = 0; attempt < 100 && !targetRunId; attempt++) {
      targetRunId = (await studio.runs.listRuns({ universalIdentifier: TARGET }))[0]?.runId;
      if (!targetRunId) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const target = await settled(targetRunId!);
    expect(target.origin).toBe('server-route dispatch');
    expect(target.payload).toEqual({ received: { workspaceId: LOCAL_WORKSPACE_ID, item: 7 }, signature: 'sig-1' });
    expect(target.result).toMatchObject({ status: 'SUCCESS', data: { ingested: true, signature: 'sig-1' } });
    const resolverRun = await studio.runs.getRun(target.dispatchedBy!.runId);
    // Queued as the server queues it: a job with the server's retry options, whose first attempt this is.
    expect(target.dispatchedBy).toEqual({ runId: resolverRun.runId, universalIdentifier: RESOLVER, functionName: 'webhook-resolver', workspaceId: LOCAL_WORKSPACE_ID, jobId: expect.any(String), retryCount: 0, maxRetries: 3 });
    const job = await studio.workspace.jobGet(target.dispatchedBy!.jobId!);
    expect(job).toMatchObject({ retryLimit: 3, priority: 1, dispatchedBy: { runId: resolverRun.runId, functionName: 'webhook-resolver' } });
    // The resolver saw only its forwarded header, no path parameters, no user.
    expect(resolverRun.payload).toMatchObject({ headers: { 'x-signature': 'sig-1' }, pathParameters: {}, userWorkspaceId: null, requestContext: { http: { method: 'POST', path: `/webhooks/server/${RESOLVER}` } } });
  }, 60_000);

  it('reports the handoff to the composer and warns when the target workspace is not the local one', async () => {
    const result = await studio.handlers['routes.request']({ method: 'POST', url: `/webhooks/server/${RESOLVER}`, headers: [{ name: 'content-type', value: 'application/json' }], body: '{"n":1}', dryRun: false });
    expect(result.response?.status).toBe(200);
    expect(result.serverRoute).toEqual({
      outcome: 'dispatch',
      dispatch: { workspaceId: '20202020-1c25-4d02-bf25-6aeccf7ea419', targetUniversalIdentifier: TARGET, targetName: 'ingest-webhook', runId: expect.any(String), payloadFrom: 'resolver', jobId: expect.any(String), retryLimit: 3 },
    });
    expect(result.warnings.join('\n')).toContain('here it runs in the Local workspace');
    const target = await settled(result.serverRoute!.dispatch!.runId!);
    expect(target.dispatchedBy?.runId).toBe(result.runId);
  }, 60_000);

  it('retries a target that fails with RetryableLogicFunctionError, as the server\'s queue does, each attempt recording the handoff', async () => {
    const result = await studio.handlers['routes.request']({
      method: 'POST', url: `/webhooks/server/${RESOLVER}`, headers: [{ name: 'content-type', value: 'application/json' }],
      body: JSON.stringify({ workspaceId: LOCAL_WORKSPACE_ID, failAttempts: 1 }), dryRun: false,
    });
    // The caller does not wait for the attempts.
    expect(result.response?.status).toBe(200);
    const { jobId, runId } = result.serverRoute!.dispatch!;
    const first = await settled(runId!);
    expect(first.result).toMatchObject({ status: 'ERROR', error: { errorType: 'RetryableLogicFunctionError', errorMessage: 'upstream busy (attempt 1)' } });
    expect(first.dispatchedBy).toMatchObject({ runId: result.runId, jobId, retryCount: 0, maxRetries: 3 });
    let job = await studio.workspace.jobGet(jobId!);
    for (let attempt = 0; attempt < 100 && job?.state !== 'COMPLETED'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = await studio.workspace.jobGet(jobId!);
    }
    expect(job).toMatchObject({ state: 'COMPLETED', attemptsMade: 2, retryCount: 1, lastRunStatus: 'SUCCESS' });
    expect(job!.runIds[0]).toBe(runId);
    const second = await settled(job!.runIds[1]!);
    expect(second.result).toMatchObject({ status: 'SUCCESS', data: { ingested: true, retryCount: 1 } });
    expect(second.dispatchedBy).toMatchObject({ runId: result.runId, jobId, retryCount: 1, maxRetries: 3 });
    expect(second.origin).toBe('server-route dispatch');
  }, 60_000);

  it('refuses what the server refuses: a method outside httpMethods, an unknown resolver, an invalid dispatch', async () => {
    const get = await fetch(`${baseUrl}/webhooks/server/${RESOLVER}`);
    expect(get.status).toBe(405);
    expect(await get.json()).toEqual({ statusCode: 405, error: 'MethodNotAllowedException', messages: [`Server resolver function ${RESOLVER} does not accept GET requests`] });

    const unknown = await post(`/webhooks/server/${TARGET}`, {});
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).messages).toEqual([`Server resolver function ${TARGET} not found`]);

    const invalid = await post(`/webhooks/server/${RESOLVER}`, { workspaceId: 'not-a-uuid' });
    expect(invalid.status).toBe(502);
    expect((await invalid.json()).messages[0]).toMatch(/^Resolver logic function must return either a Response/);
  }, 60_000);
});
