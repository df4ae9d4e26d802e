/**
 * The exact operations twenty-sdk 2.43's runtime helpers send to `/metadata` (docs/twenty-api-facts.md
 * §6) validate against the local metadata schema and reach the services with the server's shapes.
 */
import { describe, expect, it } from 'vitest';
import { executeMetadata, type MetadataContext } from '../api/metadata-api';

const calls: [string, unknown][] = [];
const record = (name: string, value: unknown) => {
  calls.push([name, value]);
};
const connection = { id: 'c1', providerName: 'p', name: 'n', handle: 'h', visibility: 'workspace', userWorkspaceId: 'u', workspaceMemberId: null, accessToken: 't', scopes: ['s'], authFailedAt: null, authFailedReason: null };
const channel = { id: '6f1d3c2a-0000-4000-8000-000000000001', handle: 'h', displayName: null, visibility: 'METADATA', connectedAccountId: 'c1', isSyncEnabled: true };

const context = {
  model: { twentyVersion: '2.43', objects: [{ nameSingular: 'company', namePlural: 'companies', labelSingular: 'Company', labelPlural: 'Companies', universalIdentifier: '20202020-b374-4779-a561-80086cb2e17f', source: 'standard', fields: [] }] },
  sdl: () => '',
  applicationId: null,
  keyValues: {} as MetadataContext['keyValues'],
  runId: 'run-1',
  jobs: {
    enqueue: async (input: unknown, runId: string | null) => { record('enqueue', { input, runId }); return ['job-1', 'job-2'].slice(0, Array.isArray((input as { jobs?: unknown[] }).jobs) ? (input as { jobs: unknown[] }).jobs.length : 2); },
    getJobs: async (ids: string[]) => ids.map((jobId) => ({ jobId, state: 'DELAYED', attemptsMade: 0, failedReason: null, enqueuedAt: 1700000000000.5, startedAt: null, finishedAt: null })),
  } as unknown as MetadataContext['jobs'],
  timelineActivityTypes: () => [{ id: 'a0000000-0000-4000-8000-000000000001', universalIdentifier: 'a0000000-0000-4000-8000-000000000002', name: 'x', label: 'X', emit: null, action: null, icon: null, frontComponentUniversalIdentifier: null, objectUniversalIdentifier: null, replacesTimelineActivityTypeUniversalIdentifier: null, isActive: true, applicationId: null, createdAt: new Date(0).toISOString(), updatedAt: new Date(0).toISOString() }],
  connections: {
    get: async (id: string) => { record('get', id); return connection; },
    find: async (filter: unknown) => { record('find', filter); return [connection]; },
    reportAuthFailure: async (id: string, reason: string) => { record('report', { id, reason }); return true; },
  } as unknown as MetadataContext['connections'],
  messageChannels: {
    create: async (input: unknown) => { record('create', input); return channel; },
    list: async (filter: unknown) => { record('list', filter); return [channel]; },
    update: async (input: unknown) => { record('update', input); return channel; },
    delete: async (id: string) => { record('delete', id); return channel; },
    ingest: async (input: unknown) => { record('ingest', input); return { messages: [{ externalId: 'e1', messageId: '6f1d3c2a-0000-4000-8000-000000000002', messageThreadId: '6f1d3c2a-0000-4000-8000-000000000003' }] }; },
  } as unknown as MetadataContext['messageChannels'],
  agents: { run: async (input: unknown) => { record('runAgent', input); return { result: { response: 'hi' }, error: null, success: true }; } } as unknown as MetadataContext['agents'],
} as unknown as MetadataContext;

const FIELDS = 'id providerName name handle visibility userWorkspaceId workspaceMemberId accessToken scopes authFailedAt authFailedReason';
const CHANNEL = 'id handle displayName visibility connectedAccountId isSyncEnabled';

const cases: { name: string; query: string; variables: Record<string, unknown>; data: unknown }[] = [
  { name: 'enqueueJob', query: 'mutation ($v1:EnqueueJobInput!){enqueueJob(input:$v1){enqueued,logicFunctionUniversalIdentifier,jobId}}', variables: { v1: { logicFunctionUniversalIdentifier: 'f', payload: { a: 1 }, delayMs: 10, retryLimit: 2, jobId: 'j' } }, data: { enqueueJob: { enqueued: true, logicFunctionUniversalIdentifier: 'f', jobId: 'job-1' } } },
  { name: 'enqueueJobs', query: 'mutation ($v1:EnqueueJobsInput!){enqueueJobs(input:$v1){enqueued,logicFunctionUniversalIdentifier,enqueuedJobsCount,jobIds}}', variables: { v1: { logicFunctionUniversalIdentifier: 'f', payloads: [{}, {}] } }, data: { enqueueJobs: { enqueued: true, logicFunctionUniversalIdentifier: 'f', enqueuedJobsCount: 2, jobIds: ['job-1', 'job-2'] } } },
  { name: 'getJobs', query: 'query ($v1:[String!]!){getJobs(jobIds:$v1){jobId,state,attemptsMade,failedReason,enqueuedAt,startedAt,finishedAt}}', variables: { v1: ['a'] }, data: { getJobs: [{ jobId: 'a', state: 'DELAYED', attemptsMade: 0, failedReason: null, enqueuedAt: 1700000000000.5, startedAt: null, finishedAt: null }] } },
  { name: 'createTimelineActivity lookup', query: 'query ($v1:CursorPaging!,$v2:ObjectFilter!){timelineActivityTypes{id,universalIdentifier,isActive},objects(paging:$v1,filter:$v2){edges{node{id,universalIdentifier,nameSingular}}}}', variables: { v1: { first: 1 }, v2: { universalIdentifier: { in: ['20202020-b374-4779-a561-80086cb2e17f'] } } }, data: { timelineActivityTypes: [{ id: 'a0000000-0000-4000-8000-000000000001', universalIdentifier: 'a0000000-0000-4000-8000-000000000002', isActive: true }], objects: { edges: [{ node: { id: '20202020-b374-4779-a561-80086cb2e17f', universalIdentifier: '20202020-b374-4779-a561-80086cb2e17f', nameSingular: 'company' } }] } } },
  { name: 'getConnection', query: `query GetAppConnection($id: ID!) { appConnection(id: $id) { ${FIELDS} } }`, variables: { id: 'c1' }, data: { appConnection: connection } },
  { name: 'listConnections', query: `query ListAppConnections($filter: ListAppConnectionsInput) { appConnections(filter: $filter) { ${FIELDS} } }`, variables: { filter: { providerName: 'p' } }, data: { appConnections: [connection] } },
  { name: 'reportConnectionAuthFailure', query: 'mutation ReportAppConnectionAuthFailure($input: ReportAppConnectionAuthFailureInput!) { reportAppConnectionAuthFailure(input: $input) }', variables: { input: { id: 'c1', reason: 'r' } }, data: { reportAppConnectionAuthFailure: true } },
  { name: 'createMessageChannel', query: `mutation CreateAppMessageChannel($input: CreateAppMessageChannelInput!) { createAppMessageChannel(input: $input) { ${CHANNEL} } }`, variables: { input: { connectedAccountId: 'c1', handle: 'h', visibility: 'METADATA' } }, data: { createAppMessageChannel: channel } },
  { name: 'listMessageChannels', query: `query ListAppMessageChannels($filter: ListAppMessageChannelsInput) { appMessageChannels(filter: $filter) { ${CHANNEL} } }`, variables: { filter: {} }, data: { appMessageChannels: [channel] } },
  { name: 'updateMessageChannel', query: `mutation UpdateAppMessageChannel($input: UpdateAppMessageChannelInput!) { updateAppMessageChannel(input: $input) { ${CHANNEL} } }`, variables: { input: { id: channel.id, isSyncEnabled: false } }, data: { updateAppMessageChannel: channel } },
  { name: 'deleteMessageChannel', query: `mutation DeleteAppMessageChannel($id: UUID!) { deleteAppMessageChannel(id: $id) { ${CHANNEL} } }`, variables: { id: channel.id }, data: { deleteAppMessageChannel: channel } },
  { name: 'ingestMessages', query: 'mutation IngestAppMessages($input: IngestAppMessagesInput!) { ingestAppMessages(input: $input) { messages { externalId messageId messageThreadId } } }', variables: { input: { messageChannelId: channel.id, messages: [{ externalId: 'e1', threadExternalId: 't1', text: 'x', receivedAt: '2026-01-01T00:00:00.000Z', participants: [{ role: 'FROM', handle: 'a' }] }] } }, data: { ingestAppMessages: { messages: [{ externalId: 'e1', messageId: '6f1d3c2a-0000-4000-8000-000000000002', messageThreadId: '6f1d3c2a-0000-4000-8000-000000000003' }] } } },
  { name: 'runAgent', query: 'mutation RunAgent($input: RunAgentInput!) { runAgent(input: $input) { result error success } }', variables: { input: { agentUniversalIdentifier: 'a', messages: [{ role: 'user', content: 'hi' }] } }, data: { runAgent: { result: { response: 'hi' }, error: null, success: true } } },
];

describe('the SDK helpers\' operations on the local /metadata', () => {
  for (const { name, query, variables, data } of cases) {
    it(name, async () => {
      const response = await executeMetadata({ query, variables }, context);
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual(data);
    });
  }

  it('passes the run to the services', async () => {
    calls.length = 0;
    await executeMetadata({ query: cases[0].query, variables: cases[0].variables }, context);
    expect(calls).toEqual([['enqueue', { input: { logicFunctionUniversalIdentifier: 'f', jobs: [{ payload: { a: 1 }, jobId: 'j' }], retryLimit: 2, delayMs: 10 }, runId: 'run-1' }]]);
  });

  it('rejects an unknown enum value as the server\'s schema would', async () => {
    const response = await executeMetadata({ query: cases[7].query, variables: { input: { connectedAccountId: 'c1', handle: 'h', visibility: 'PUBLIC' } } }, context);
    expect(response.errors?.[0].message).toMatch(/Value "PUBLIC" does not exist in "MessageChannelVisibility" enum/);
  });
});
