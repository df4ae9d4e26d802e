// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RouteRequestResult, RunRecord } from '../../../../src-shared/contract';
import { fakeEntity } from '../../../api/fake-project-model';
import { renderComposer } from '../composer-test-studio';

afterEach(cleanup);

const RESOLVER = '2bb78bdc-8291-4443-973a-4731da512290';
const TARGET = '8420f231-e4ef-4386-8454-950ccfabeac4';
const WORKSPACE = '20202020-1c25-4d02-bf25-6aeccf7ea419';

const entities = [
  fakeEntity('defineLogicFunction', 'src/logic-functions/webhook-resolver.ts', {
    universalIdentifier: RESOLVER, name: 'webhook-resolver', serverRouteTriggerSettings: { httpMethods: ['POST'], forwardedRequestHeaders: ['x-signature'] },
  }),
  fakeEntity('defineLogicFunction', 'src/logic-functions/ingest-webhook.ts', { universalIdentifier: TARGET, name: 'ingest-webhook' }),
];

const match = { universalIdentifier: RESOLVER, name: 'webhook-resolver', path: `/webhooks/server/${RESOLVER}` };
const base: RouteRequestResult = { match, matches: [match], closest: [], payload: { body: {} }, droppedHeaders: [], missingForwardedHeaders: [], warnings: [], response: null };
const sent: RouteRequestResult = {
  ...base,
  runId: 'run-resolver',
  result: { runId: 'run-resolver', data: {}, logs: '', duration: 12, status: 'SUCCESS', calls: [], nodeVersion: 'v22', stale: false },
  response: { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: '{"queued":true}', bodyKind: 'json', droppedHeaders: [], warnings: [] },
  serverRoute: { outcome: 'dispatch', dispatch: { workspaceId: WORKSPACE, targetUniversalIdentifier: TARGET, targetName: 'ingest-webhook', runId: 'run-t1', payloadFrom: 'resolver', jobId: 'job-1', retryLimit: 3 } },
};

const attempt = (runId: string, retryCount: number, outcome: 'retryable' | 'ok' | null): RunRecord => ({
  runId, universalIdentifier: TARGET, functionName: 'ingest-webhook', origin: 'server-route dispatch', payload: {}, startedAt: `2026-01-01T00:00:0${retryCount}.000Z`,
  dispatchedBy: { runId: 'run-resolver', universalIdentifier: RESOLVER, functionName: 'webhook-resolver', workspaceId: WORKSPACE, jobId: 'job-1', retryCount, maxRetries: 3 },
  result: outcome === null ? null : {
    runId, data: outcome === 'ok' ? { ingested: true } : null, logs: '', duration: 3, calls: [], nodeVersion: 'v22', stale: false,
    status: outcome === 'ok' ? 'SUCCESS' : 'ERROR',
    ...(outcome === 'retryable' ? { error: { errorType: 'RetryableLogicFunctionError', errorMessage: 'upstream busy', stackTrace: '' } } : {}),
  },
});

describe('route composer on a server route', () => {
  it('starts from the resolver\'s /webhooks/server URL and draws the handoff to the target with each attempt, linked', async () => {
    const { api, studio } = renderComposer('src/logic-functions/webhook-resolver.ts', (fake) => {
      fake.handle('routes.request', ({ dryRun }) => (dryRun ? base : sent));
      fake.handle('run.get', ({ runId }) => ({ ...attempt(runId, 0, 'ok'), universalIdentifier: RESOLVER, functionName: 'webhook-resolver', dispatchedBy: undefined }));
    }, entities);
    expect((screen.getByTestId('route-url') as HTMLInputElement).value).toBe(`/webhooks/server/${RESOLVER}`);
    await waitFor(() => expect(api.callsOf('routes.request')[0]).toMatchObject({ method: 'POST', url: `/webhooks/server/${RESOLVER}`, headers: expect.arrayContaining([{ name: 'x-signature', value: '' }]), dryRun: true }));

    fireEvent.click(screen.getByTestId('route-send'));
    const handoff = await screen.findByTestId('route-handoff');
    expect(handoff.dataset.outcome).toBe('dispatch');
    expect(within(handoff).getByTestId('route-handoff-resolver').textContent).toContain('webhook-resolver returned a dispatch');
    const target = within(handoff).getByTestId('route-handoff-target').textContent!;
    expect(target).toContain('ingest-webhook');
    expect(target).toContain(WORKSPACE);
    expect(target).toContain('queued as job job-1 (retried up to 3 times on RetryableLogicFunctionError)');
    // Before the store hears of the attempts: the target's first run is still a link.
    expect(within(handoff).getByTestId('route-handoff-attempt').dataset.runId).toBe('run-t1');

    // The queue's attempts arrive as runs (a retryable failure, then the retry that succeeds).
    const runs = studio.runs.getState();
    runs.started({ ...attempt('run-t1', 0, null), content: undefined });
    runs.finished(attempt('run-t1', 0, 'retryable'));
    await waitFor(() => expect(screen.getByTestId('route-handoff-retry-pending')).toBeTruthy());
    runs.started({ ...attempt('run-t2', 1, null), content: undefined });
    runs.finished(attempt('run-t2', 1, 'ok'));
    await waitFor(() => expect(screen.getAllByTestId('route-handoff-attempt').map((link) => `${link.dataset.runId}:${link.dataset.status}`)).toEqual(['run-t1:ERROR', 'run-t2:SUCCESS']));
    expect(screen.queryByTestId('route-handoff-retry-pending')).toBeNull();
    expect(screen.getAllByTestId('route-handoff-attempt')[0]!.parentElement!.textContent).toContain('retry 0/3 · RetryableLogicFunctionError: upstream busy');

    fireEvent.click(screen.getAllByTestId('route-handoff-attempt')[1]!);
    await waitFor(() => expect(studio.runs.getState().shown?.runId).toBe('run-t2'));
    fireEvent.click(screen.getByTestId('route-handoff-open-resolver'));
    await waitFor(() => expect(studio.runs.getState().shown?.runId).toBe('run-resolver'));
  });

  it('says when the resolver answered itself, and when its result is refused (502)', async () => {
    let answer: RouteRequestResult = { ...sent, serverRoute: { outcome: 'response' } };
    renderComposer('src/logic-functions/webhook-resolver.ts', (fake) => fake.handle('routes.request', ({ dryRun }) => (dryRun ? base : answer)), entities);
    fireEvent.click(screen.getByTestId('route-send'));
    expect((await screen.findByTestId('route-handoff')).textContent).toContain('answered with its own Response');

    answer = { ...sent, serverRoute: { outcome: 'invalid', problems: ['workspaceId is missing'] } };
    fireEvent.click(screen.getByTestId('route-send'));
    await waitFor(() => expect(screen.getByTestId('route-handoff').dataset.outcome).toBe('invalid'));
    expect(screen.getByTestId('route-handoff').textContent).toContain('workspaceId is missing');
  });
});
