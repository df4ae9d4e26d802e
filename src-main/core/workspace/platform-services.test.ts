/**
 * The platform services of the Local workspace end to end: fixture functions call twenty-sdk's own
 * runtime helpers (enqueueJob(s)/getJobs, createTimelineActivity, message channels and ingestMessages,
 * connections, runAgent) over the loopback `/metadata` and REST, and get what the server would give.
 */
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TempApp } from '../../../test/helpers/temp-app';
import { closeWorkspaceStudio, openWorkspaceStudio, testStudio } from '../../../test/helpers/workspace-studio';
import type { Studio } from '../studio';

let app: TempApp;
let dataDir: string;
let studio: Studio;

beforeAll(async () => {
  ({ app, dataDir, studio } = await openWorkspaceStudio('workspace-app'));
}, 120_000);

afterAll(() => closeWorkspaceStudio({ app, dataDir, studio }));

const uidOf = (name: string) => studio.currentModel!.entities.find((entity) => entity.config?.name === name)!.universalIdentifier!;
const run = (name: string, payload: unknown) => studio.runs.execute({ universalIdentifier: uidOf(name), payload, origin: 'test' });

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('jobs', () => {
  it('enqueueJob and enqueueJobs queue runs of the target with its payload and the job context; getJobs reports them', async () => {
    const record = await run('enqueue-followup', { tags: ['alpha', 'beta', 'gamma'], retryLimit: 2 });
    expect(record.result?.status).toBe('SUCCESS');
    const data = record.result!.data as { single: { enqueued: boolean; logicFunctionUniversalIdentifier: string; jobId: string }; batch: { enqueuedJobsCount: number; jobIds: string[] }; jobIds: string[]; states: string[] };
    expect(data.single).toMatchObject({ enqueued: true, logicFunctionUniversalIdentifier: uidOf('record-job') });
    expect(data.batch.enqueuedJobsCount).toBe(2);
    expect(data.jobIds).toHaveLength(3);
    for (const state of data.states) expect(['WAITING', 'ACTIVE', 'COMPLETED']).toContain(state);
    await studio.workspace.settle();
    const jobs = await waitFor(() => studio.workspace.jobsList(), (page) => page.jobs.filter((job) => data.jobIds.includes(job.jobId)).every((job) => job.state === 'COMPLETED'));
    const mine = jobs.jobs.filter((job) => data.jobIds.includes(job.jobId));
    expect(mine.map((job) => job.state)).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED']);
    for (const job of mine) {
      expect(job.attemptsMade).toBe(1);
      expect(job.enqueuedByRunId).toBe(record.runId);
      expect(job.startedAt).toBeGreaterThanOrEqual(job.enqueuedAt);
      expect(job.finishedAt).toBeGreaterThanOrEqual(job.startedAt!);
      const ran = await studio.runs.getRun(job.runIds[0]);
      expect(ran.origin).toBe('job');
      expect(ran.result?.status).toBe('SUCCESS');
    }
    const kv = await studio.workspace.kvList();
    // enqueueJob passed retryLimit 2 (maxRetries = min(3, 2)); enqueueJobs none (the server's default 0).
    expect(kv.find((entry) => entry.key === 'job:alpha')?.value).toEqual({ tag: 'alpha', retryCount: 0, maxRetries: 2 });
    expect(kv.find((entry) => entry.key === 'job:beta')?.value).toEqual({ tag: 'beta', retryCount: 0, maxRetries: 0 });
    const activity = studio.workspace.activityOf(record.runId);
    expect(activity.some((entry) => entry.kind === 'job' && /enqueue 1 job of record-job/.test(entry.summary))).toBe(true);
  }, 60_000);

  it('honours delayMs (DELAYED, then run) and a caller jobId; run now starts a delayed job early', async () => {
    const record = await run('enqueue-followup', { tags: ['later'], delayMs: 60_000, jobId: 'nightly-sync.1' });
    const data = record.result!.data as { jobIds: string[]; states: string[] };
    expect(data.jobIds).toEqual(['nightly-sync.1']);
    expect(data.states).toEqual(['DELAYED']);
    expect((await studio.workspace.jobGet('nightly-sync.1'))?.state).toBe('DELAYED');
    expect(await studio.workspace.jobRunNow('nightly-sync.1')).toBe(true);
    const job = await waitFor(() => studio.workspace.jobGet('nightly-sync.1'), (value) => value?.state === 'COMPLETED');
    expect(job?.state).toBe('COMPLETED');
  }, 60_000);

  it('retries an attempt that threw RetryableLogicFunctionError, with retryCount/maxRetries in the context', async () => {
    const jobId = await studio.workspace.jobEnqueue(uidOf('retry-once'), { key: 'retried' }, { retryLimit: 3 });
    const job = await waitFor(() => studio.workspace.jobGet(jobId), (value) => value?.state === 'COMPLETED', 30_000);
    expect(job).toMatchObject({ state: 'COMPLETED', attemptsMade: 2, failedReason: 'upstream busy, try again', lastRunStatus: 'SUCCESS' });
    expect(job!.runIds).toHaveLength(2);
    const first = await studio.runs.getRun(job!.runIds[0]);
    expect(first.result?.error?.errorType).toBe('RetryableLogicFunctionError');
    expect((await studio.workspace.kvList()).find((entry) => entry.key === 'retried')?.value).toEqual({ retryCount: 1, maxRetries: 3 });
  }, 60_000);

  it('does not retry without a retry limit: the job completes with the run error, as on the server', async () => {
    const jobId = await studio.workspace.jobEnqueue(uidOf('retry-once'), { key: 'never' });
    const job = await waitFor(() => studio.workspace.jobGet(jobId), (value) => value?.state === 'COMPLETED');
    expect(job).toMatchObject({ state: 'COMPLETED', attemptsMade: 1, lastRunStatus: 'ERROR' });
    expect(job!.lastError).toMatch(/RetryableLogicFunctionError: upstream busy/);
  }, 60_000);

  it('answers an unknown target with the server\'s NOT_FOUND error', async () => {
    const record = await run('enqueue-followup', { target: '00000000-0000-4000-8000-00000000dead' });
    expect(record.result?.status).toBe('ERROR');
    expect(record.result?.error?.errorMessage).toContain('Logic function 00000000-0000-4000-8000-00000000dead not found in this application');
  }, 60_000);

  it('cancels a queued job and retries a finished one', async () => {
    const jobId = await studio.workspace.jobEnqueue(uidOf('record-job'), { tag: 'cancelled' }, { delayMs: 600_000 });
    expect(await studio.workspace.jobCancel(jobId)).toBe(true);
    expect(await studio.workspace.jobGet(jobId)).toMatchObject({ state: 'FAILED', failedReason: 'Cancelled in Twenty App Studio' });
    expect(await studio.workspace.jobRetry(jobId)).toBe(true);
    const job = await waitFor(() => studio.workspace.jobGet(jobId), (value) => value?.state === 'COMPLETED');
    expect(job?.state).toBe('COMPLETED');
    const page = await studio.workspace.jobsList({ state: 'COMPLETED', limit: 2 });
    expect(page.jobs).toHaveLength(2);
    expect(page.total).toBeGreaterThanOrEqual(5);
  }, 60_000);
});

describe('timeline activities', () => {
  it('createTimelineActivity finds the app\'s type and the target object on /metadata, then creates the record through REST', async () => {
    const { record: company } = await studio.workspace.write({ action: 'create', object: 'company', data: { name: 'Timeline Co' } });
    await studio.workspace.settle();
    const record = await run('log-timeline', { companyId: company!.id });
    expect(record.result?.status).toBe('SUCCESS');
    const created = record.result!.data as { id: string; timelineActivityTypeId: string; timelineActivityTypeSnapshot: Record<string, unknown> };
    const type = studio.workspace.timelineActivityTypesList()[0];
    expect(created.timelineActivityTypeId).toBe(type.id);
    expect(created.timelineActivityTypeSnapshot).toMatchObject({ id: type.id, universalIdentifier: '8c7b30bf-d406-4754-8f67-577fbb020e8d', name: 'dealReviewed', label: 'Deal reviewed', icon: 'IconStar' });
    const stored = await waitFor(() => studio.workspace.records({ object: 'timelineActivity', first: 10, withDeleted: false, filter: { id: { eq: created.id } } }), (page) => page.records[0]?.timelineActivityTypeSnapshot !== null);
    expect(stored.records[0]).toMatchObject({ targetCompanyId: company!.id, properties: { score: 4 } });
    expect(stored.records[0].timelineActivityTypeSnapshot).toMatchObject({ label: 'Deal reviewed' });
  }, 60_000);

  it('targets a record of the app\'s own object through its target<Object>Id column, and the record lists it', async () => {
    const { record: review } = await studio.workspace.write({ action: 'create', object: 'dealReview', data: { name: 'Q3 review' } });
    await studio.workspace.settle();
    const record = await run('log-timeline', { companyId: review!.id, targetObject: '4f5b0a2e-8d43-4b5e-9a63-0d8a7e0c1f21' });
    expect(record.result?.status).toBe('SUCCESS');
    const created = record.result!.data as { id: string };
    const stored = await studio.workspace.records({ object: 'timelineActivity', first: 10, withDeleted: false, filter: { targetDealReviewId: { eq: review!.id } } });
    expect(stored.records.map((row) => row.id)).toEqual([created.id]);
    expect(stored.records[0]).toMatchObject({ targetDealReviewId: review!.id, targetCompanyId: null, properties: { score: 4 } });
    // Through the Core API, as the record's relation.
    const answer = await studio.workspace.query('query ($id: UUID!) { dealReview(filter: { id: { eq: $id } }) { id timelineActivities { edges { node { id targetDealReviewId } } } } }', { id: review!.id });
    expect(answer.errors).toBeUndefined();
    expect((answer.data as { dealReview: { timelineActivities: { edges: { node: { id: string } }[] } } }).dealReview.timelineActivities.edges.map((edge) => edge.node.id)).toEqual([created.id]);
  }, 60_000);

  it('an unknown type fails with the SDK\'s message', async () => {
    const record = await run('log-timeline', { companyId: '00000000-0000-4000-8000-000000000042', type: '00000000-0000-4000-8000-0000000000aa' });
    expect(record.result?.error?.errorMessage).toBe('Timeline activity type 00000000-0000-4000-8000-0000000000aa is not installed');
  }, 60_000);
});

describe('connections', () => {
  let userConnection: string;
  let workspaceConnection: string;

  it('stores test connections 0600 in the user data folder, tokens masked for the window', async () => {
    const listed = await studio.workspace.connectionsList();
    expect(listed.providers).toEqual([expect.objectContaining({ name: 'acme-mail', displayName: 'Acme Mail', scopes: ['mail.read'] })]);
    workspaceConnection = (await studio.workspace.connectionAdd({ providerName: 'acme-mail', name: 'Shared inbox', handle: 'team@acme.example', visibility: 'workspace', accessToken: 'secret-workspace-token', scopes: ['mail.read'] })).id;
    userConnection = (await studio.workspace.connectionAdd({ providerName: 'acme-mail', handle: 'me@acme.example', visibility: 'user', userWorkspaceId: 'uw-1', accessToken: 'secret-user-token' })).id;
    const { connections } = await studio.workspace.connectionsList();
    expect(connections.map((connection) => connection.accessToken)).toEqual(['••••••••', '••••••••']);
    expect(studio.workspace.connections.path).toContain(dataDir);
    expect(studio.workspace.connections.path).toMatch(/connections\.json$/);
    expect((await stat(studio.workspace.connections.path)).mode & 0o777).toBe(0o600);
  });

  it('listConnections + findConnectionForRequest + getConnection answer from them', async () => {
    const forUser = await run('use-connection', { userWorkspaceId: 'uw-1' });
    expect(forUser.result?.data).toEqual({ count: 2, chosen: 'me@acme.example', token: 'secret-user-token', scopes: [] });
    const forAnyone = await run('use-connection', { userWorkspaceId: null });
    expect(forAnyone.result?.data).toEqual({ count: 2, chosen: 'team@acme.example', token: 'secret-workspace-token', scopes: ['mail.read'] });
    const activity = studio.workspace.activitySince(0, 20_000).filter((entry) => entry.kind === 'connection');
    expect(activity.length).toBeGreaterThan(0);
    expect(JSON.stringify(activity)).not.toMatch(/secret-/);
  }, 60_000);

  it('reportConnectionAuthFailure marks it failed: listed no more, getConnection throws AppConnectionAuthFailedError', async () => {
    await run('use-connection', { userWorkspaceId: 'uw-1', reportFailure: true });
    const failed = (await studio.workspace.connectionsList()).connections.find((connection) => connection.id === userConnection)!;
    expect(failed.authFailedReason).toBe('token rejected by Acme');
    expect(failed.authFailedAt).not.toBeNull();
    const again = await run('use-connection', { id: userConnection });
    expect(again.result?.data).toMatchObject({ count: 1, error: expect.stringMatching(/^AppConnectionAuthFailedError: App connection .* requires the user to reconnect/) });
    // A new token is a reconnect.
    await studio.workspace.connectionUpdate(userConnection, { accessToken: 'fresh-token' });
    expect((await run('use-connection', { id: userConnection })).result?.data).toMatchObject({ count: 2, token: 'fresh-token' });
  }, 60_000);

  it('the expired switch makes authFailedAt set', async () => {
    await studio.workspace.connectionUpdate(workspaceConnection, { expired: true });
    const record = await run('use-connection', { id: workspaceConnection });
    expect(record.result?.data).toMatchObject({ count: 1, error: expect.stringMatching(/AppConnectionAuthFailedError/) });
    await studio.workspace.connectionUpdate(workspaceConnection, { expired: false });
  }, 60_000);
});

describe('message channels and ingestMessages', () => {
  it('creates a channel on a connection and writes threads, messages and participants whose events fire', async () => {
    const connection = (await studio.workspace.connectionsList()).connections.find((candidate) => candidate.handle === 'team@acme.example')!;
    const record = await run('ingest-mail', {
      connectionId: connection.id, handle: 'team@acme.example',
      messages: [
        { id: 'm1', thread: 't1', subject: 'Hello', text: 'First mail', from: 'ann@client.example', to: 'team@acme.example' },
        { id: 'm2', thread: 't1', subject: 'Re: Hello', text: 'Our answer', from: 'team@acme.example', to: 'ann@client.example' },
        { id: 'm3', thread: 't2', subject: 'Other', text: 'Another thread', from: 'bob@client.example', to: 'team@acme.example' },
      ],
    });
    expect(record.result?.status).toBe('SUCCESS');
    const data = record.result!.data as { channel: { id: string; handle: string; displayName: string; visibility: string; isSyncEnabled: boolean }; ingested: { externalId: string; messageId: string; messageThreadId: string }[] };
    expect(data.channel).toMatchObject({ handle: 'team@acme.example', displayName: 'Acme inbox', visibility: 'SHARE_EVERYTHING', isSyncEnabled: true, connectedAccountId: connection.id });
    expect(data.ingested.map((message) => message.externalId)).toEqual(['m1', 'm2', 'm3']);
    expect(data.ingested[0].messageThreadId).toBe(data.ingested[1].messageThreadId);
    expect(data.ingested[2].messageThreadId).not.toBe(data.ingested[0].messageThreadId);
    await studio.workspace.settle();
    const events = studio.workspace.activityOf(record.runId).filter((entry) => entry.kind === 'event').map((entry) => entry.detail.name);
    expect(events).toEqual(expect.arrayContaining(['messageThread.created', 'message.created', 'messageParticipant.created']));
    const response = await studio.workspace.query(`{ messages(orderBy: [{ subject: AscNullsFirst }]) { edges { node { subject text messageThread { id } messageParticipants { edges { node { role handle } } } } } } }`);
    expect(response.errors).toBeUndefined();
    const nodes = (response.data as { messages: { edges: { node: { subject: string; messageParticipants: { edges: { node: { role: string } }[] } } }[] } }).messages.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.subject)).toEqual(['Hello', 'Other', 'Re: Hello']);
    expect(nodes[0].messageParticipants.edges.map((edge) => edge.node.role).sort()).toEqual(['FROM', 'TO']);
    const associations = await studio.workspace.records({ object: 'messageChannelMessageAssociation', first: 10, withDeleted: false, orderBy: [{ messageExternalId: 'AscNullsFirst' }] });
    expect(associations.records.map((association) => association.direction)).toEqual(['INCOMING', 'OUTGOING', 'INCOMING']);

    // Ingesting again: the same ids, nothing written twice; a new message joins its thread.
    const again = await run('ingest-mail', {
      connectionId: connection.id, handle: 'team@acme.example',
      messages: [
        { id: 'm1', thread: 't1', subject: 'Hello', text: 'First mail', from: 'ann@client.example', to: 'team@acme.example' },
        { id: 'm4', thread: 't2', subject: 'Re: Other', text: 'Follow-up', from: 'bob@client.example', to: 'team@acme.example' },
      ],
    });
    const second = (again.result!.data as { ingested: { externalId: string; messageId: string; messageThreadId: string }[] }).ingested;
    expect(second[0]).toEqual(data.ingested[0]);
    expect(second[1].messageThreadId).toBe(data.ingested[2].messageThreadId);
    const count = await studio.workspace.query('{ messages { totalCount } messageThreads { totalCount } }');
    expect(count.data).toEqual({ messages: { totalCount: 4 }, messageThreads: { totalCount: 2 } });
    expect(await studio.workspace.messageChannelsList()).toHaveLength(1);
    await studio.workspace.settle();
  }, 60_000);
});

describe('agents', () => {
  it('runAgent answers with the local echo by default, and records the transcript', async () => {
    const record = await run('ask-agent', { prompt: 'How do I close Acme?' });
    expect(record.result?.data).toEqual({ result: { response: 'Deal coach (local echo) received: How do I close Acme?' }, error: null, success: true });
    const transcript = studio.workspace.activityOf(record.runId).find((entry) => entry.kind === 'agent')!;
    expect(transcript.detail.messages).toEqual([
      { role: 'system', content: 'You coach sales reps on their deals.' },
      { role: 'user', content: 'How do I close Acme?' },
      { role: 'assistant', content: 'Deal coach (local echo) received: How do I close Acme?' },
    ]);
  }, 60_000);

  it('uses the scripted reply, or the scripted error', async () => {
    const [agent] = await studio.workspace.agentsList();
    await studio.workspace.agentSetScript(agent.universalIdentifier, { reply: { advice: 'Call them about {{prompt}}' } });
    expect((await run('ask-agent', { prompt: 'pricing' })).result?.data).toEqual({ result: { advice: 'Call them about pricing' }, error: null, success: true });
    await studio.workspace.agentSetScript(agent.universalIdentifier, { error: 'AI agent stopped: no more available credits.' });
    expect((await run('ask-agent', { prompt: 'pricing' })).result?.data).toEqual({ result: null, error: 'AI agent stopped: no more available credits.', success: false });
    await studio.workspace.agentSetScript(agent.universalIdentifier, null);
  }, 60_000);

  it('a scripted agent calls the app\'s tool functions with the composed inputs, each a run of its own', async () => {
    const [agent] = await studio.workspace.agentsList();
    await studio.workspace.agentSetScript(agent.universalIdentifier, {
      toolCalls: [{ tool: 'lookup-deal', input: { name: 'Acme' } }, { tool: 'no-such-tool', input: {} }],
      reply: 'Advice from {{toolResults}}',
    });
    try {
      const record = await run('ask-agent', { prompt: 'Acme?' });
      const data = record.result?.data as { result: { response: string }; success: boolean };
      expect(data.success).toBe(true);
      expect(JSON.parse(data.result.response.slice('Advice from '.length))).toEqual([
        { tool: 'lookup-deal', ok: true, result: { deal: 'Acme', stage: 'PROPOSAL', amountMicros: 12_000_000_000 } },
        { tool: 'no-such-tool', ok: false, result: expect.stringContaining('Unknown tool "no-such-tool"') },
      ]);
      const transcript = studio.workspace.activityOf(record.runId).find((entry) => entry.kind === 'agent')!;
      const toolMessage = (transcript.detail.messages as Array<{ role: string; runId?: string | null; tool?: string }>).find((message) => message.role === 'tool' && message.tool === 'lookup-deal')!;
      expect(toolMessage.runId).toBeTruthy();
      const toolRun = await studio.runs.getRun(toolMessage.runId!);
      expect(toolRun).toMatchObject({ origin: 'agent', payload: { name: 'Acme' }, triggeredBy: { runId: record.runId } });
    } finally {
      await studio.workspace.agentSetScript(agent.universalIdentifier, null);
    }
  }, 60_000);

  it('answers from an OpenAI-compatible endpoint: prompt and skills as instructions, tool functions as tools, tool calls run', async () => {
    const requests: Array<{ authorization: string | undefined; body: { model: string; messages: Array<{ role: string; content: string | null; tool_call_id?: string }>; tools: Array<{ function: { name: string; parameters: unknown } }> } }> = [];
    const server = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString()));
      request.on('end', () => {
        const body = JSON.parse(text);
        requests.push({ authorization: request.headers.authorization, body });
        const last = body.messages[body.messages.length - 1];
        const message = last.role === 'tool'
          ? { role: 'assistant', content: `Acme is at ${JSON.parse(last.content).stage}: propose a call on Monday.` }
          : { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'lookup-deal', arguments: JSON.stringify({ name: 'Acme' }) } }] };
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'x', object: 'chat.completion', choices: [{ index: 0, message, finish_reason: 'stop' }] }));
      });
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    const port = (server.address() as AddressInfo).port;
    await studio.workspace.agentSetModel({ baseUrl: `http://127.0.0.1:${port}/v1`, apiKey: 'sk-test', model: 'local-model', timeoutMs: 10_000 });
    try {
      const record = await run('ask-agent', { prompt: 'How do I close Acme?' });
      expect(record.result?.data).toEqual({ result: { response: 'Acme is at PROPOSAL: propose a call on Monday.' }, error: null, success: true });
      expect(requests).toHaveLength(2);
      expect(requests[0]!.authorization).toBe('Bearer sk-test');
      expect(requests[0]!.body.model).toBe('local-model');
      expect(requests[0]!.body.messages[0]).toEqual({ role: 'system', content: expect.stringContaining('You coach sales reps on their deals.') });
      expect(requests[0]!.body.messages[0]!.content).toContain('Always propose a next step with a date.');
      expect(requests[0]!.body.tools.map((tool) => tool.function.name)).toContain('lookup-deal');
      expect(requests[1]!.body.messages.at(-1)).toMatchObject({ role: 'tool', tool_call_id: 'call_1' });
      const transcript = studio.workspace.activityOf(record.runId).find((entry) => entry.kind === 'agent')!;
      expect(transcript.detail.responder).toBe('model');
      // The key is kept out of what the window reads.
      expect(JSON.stringify(await studio.workspace.agentModel())).not.toContain('sk-test');
    } finally {
      await studio.workspace.agentSetModel(null);
      server.close();
    }
  }, 60_000);

  it('gives the caller the failure shape, with a readable reason, when the model endpoint answers garbage or is unreachable', async () => {
    const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<html>proxy login</html>'));
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    const port = (server.address() as AddressInfo).port;
    try {
      await studio.workspace.agentSetModel({ baseUrl: `http://127.0.0.1:${port}`, apiKey: '', model: 'm', timeoutMs: 5_000 });
      const garbage = await run('ask-agent', { prompt: 'hi' });
      expect(garbage.result?.data).toEqual({ result: null, error: expect.stringContaining('not JSON'), success: false });
      server.close();
      await studio.workspace.agentSetModel({ baseUrl: `http://127.0.0.1:${port}`, apiKey: '', model: 'm', timeoutMs: 5_000 });
      const unreachable = await run('ask-agent', { prompt: 'hi' });
      expect(unreachable.result?.data).toEqual({ result: null, error: expect.stringContaining('cannot be reached'), success: false });
    } finally {
      await studio.workspace.agentSetModel(null);
      server.close();
    }
  }, 60_000);

  it('an agent the app does not define is the server\'s NOT_FOUND', async () => {
    const record = await run('ask-agent', { prompt: 'hi', agent: '00000000-0000-4000-8000-0000000000bb' });
    expect(record.result?.data).toEqual({ thrown: 'runAgent() failed: Agent 00000000-0000-4000-8000-0000000000bb not found' });
  }, 60_000);
});

describe('restart', () => {
  it('keeps queued jobs across a restart of the studio (ACTIVE ones going back to WAITING: job-queue.test.ts)', async () => {
    const jobId = await studio.workspace.jobEnqueue(uidOf('record-job'), { tag: 'after-restart' }, { delayMs: 1_500 });
    await studio.dispose();
    studio = testStudio(dataDir);
    const model = await studio.openApp(app.dir);
    await studio.runs.updateModel(model);
    await studio.workspace.ensureOpen();
    const job = await waitFor(() => studio.workspace.jobGet(jobId), (value) => value?.state === 'COMPLETED');
    expect(job?.state).toBe('COMPLETED');
    expect((await studio.workspace.kvList()).find((entry) => entry.key === 'job:after-restart')).toBeTruthy();
  }, 120_000);
});
