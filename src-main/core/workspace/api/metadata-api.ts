import { buildSchema, execute, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { WorkspaceModel } from '../../../../src-shared/twenty/workspace-model/model-types';
import type { AgentResponder, RunAgentInput } from '../services/agent-responder';
import type { ConnectionStore } from '../services/connection-store';
import type { EnqueueRequest, JobQueue } from '../services/job-queue';
import type { KeyValueStore } from '../services/key-value-store';
import type { AppMessageInput, MessageChannelService } from '../services/message-channels';
import type { TimelineActivityTypeInfo } from '../services/timeline-activity-types';
import type { WriteActor } from '../sql/record-repository';
import { badInput, WorkspaceApiError } from '../workspace-error';
import { formatGraphqlError, type GraphqlResponse } from './graphql-errors';

/**
 * The part of Twenty's `/metadata` GraphQL API a local workspace serves: the app's Core SDL for
 * client generation (`applicationCoreGraphqlSchema`), the objects and fields, and the app runtime
 * services the SDK's helpers call (key-value store, jobs, timeline activity types, connections,
 * message channels and ingestion, agents). Names and shapes are the server's (twenty-client-sdk 2.43
 * metadata schema).
 */
const METADATA_SDL = /* GraphQL */ `
scalar JSON
scalar UUID
scalar DateTime

enum AppKeyValueScope { WORKSPACE SERVER }

type AppKeyValue { key: String! value: JSON scope: AppKeyValueScope! }
input SetAppKeyValueInput { key: String! value: JSON scope: AppKeyValueScope }

input CursorPaging { first: Int after: String last: Int before: String }
input UUIDFilterComparison { eq: String in: [String!] }
input StringFilterComparison { eq: String in: [String!] }
input ObjectFilter { id: UUIDFilterComparison universalIdentifier: StringFilterComparison nameSingular: StringFilterComparison isCustom: Boolean }

type Field {
  id: UUID!
  universalIdentifier: String
  name: String!
  label: String!
  type: String!
  isNullable: Boolean
  isSystem: Boolean
  isUnique: Boolean
  defaultValue: JSON
  options: JSON
  relation: JSON
}
type ObjectFieldsEdge { node: Field! }
type ObjectFieldsConnection { edges: [ObjectFieldsEdge!]! }
type Object {
  id: UUID!
  universalIdentifier: String
  nameSingular: String!
  namePlural: String!
  labelSingular: String!
  labelPlural: String!
  isCustom: Boolean!
  isSystem: Boolean!
  labelIdentifierFieldMetadataName: String
  fields: ObjectFieldsConnection!
}
type ObjectEdge { node: Object! cursor: String }
type PageInfo { hasNextPage: Boolean hasPreviousPage: Boolean startCursor: String endCursor: String }
type ObjectConnection { edges: [ObjectEdge!]! pageInfo: PageInfo! totalCount: Int! }

enum JobState { COMPLETED FAILED ACTIVE WAITING DELAYED PRIORITIZED WAITING_CHILDREN }
input EnqueueJobInput { logicFunctionUniversalIdentifier: String! payload: JSON jobId: String retryLimit: Int delayMs: Int }
input EnqueueJobItemInput { payload: JSON jobId: String }
input EnqueueJobsInput { logicFunctionUniversalIdentifier: String! payloads: [JSON!] jobs: [EnqueueJobItemInput!] retryLimit: Int delayMs: Int }
type EnqueueJobResult { enqueued: Boolean! logicFunctionUniversalIdentifier: String! jobId: String! }
type EnqueueJobsResult { enqueued: Boolean! logicFunctionUniversalIdentifier: String! enqueuedJobsCount: Int! jobIds: [String!]! }
type JobStatus { jobId: String! state: JobState! attemptsMade: Int! failedReason: String enqueuedAt: Float! startedAt: Float finishedAt: Float }

type TimelineActivityTypeEmitThrough { relationFieldUniversalIdentifier: UUID! triggerFieldUniversalIdentifiers: [UUID!] happensAtFieldUniversalIdentifier: UUID }
type TimelineActivityTypeEmit { on: String! objectUniversalIdentifier: UUID through: TimelineActivityTypeEmitThrough }
type TimelineActivityType {
  id: UUID!
  universalIdentifier: UUID!
  name: String!
  label: String!
  emit: TimelineActivityTypeEmit
  action: String
  icon: String
  frontComponentUniversalIdentifier: UUID
  objectUniversalIdentifier: UUID
  replacesTimelineActivityTypeUniversalIdentifier: UUID
  isActive: Boolean!
  applicationId: UUID
  createdAt: DateTime!
  updatedAt: DateTime!
}

type AppConnection {
  id: ID!
  providerName: String!
  name: String!
  handle: String!
  visibility: String!
  userWorkspaceId: String!
  workspaceMemberId: String
  accessToken: String!
  scopes: [String!]!
  authFailedAt: String
  authFailedReason: String
}
input ListAppConnectionsInput { providerName: String userWorkspaceId: String visibility: String }
input ReportAppConnectionAuthFailureInput { id: ID! reason: String }

enum MessageChannelVisibility { METADATA SUBJECT SHARE_EVERYTHING }
enum MessageChannelType { EMAIL SMS EMAIL_GROUP APP }
enum MessageChannelContactAutoCreationPolicy { SENT_AND_RECEIVED SENT NONE }
enum MessageFolderImportPolicy { ALL_FOLDERS SELECTED_FOLDERS }
enum MessageChannelPendingGroupEmailsAction { GROUP_EMAILS_DELETION GROUP_EMAILS_IMPORT NONE }
enum MessageChannelSyncStatus { NOT_SYNCED ONGOING ACTIVE FAILED_INSUFFICIENT_PERMISSIONS FAILED_UNKNOWN }
enum MessageChannelSyncStage { PENDING_CONFIGURATION MESSAGE_LIST_FETCH_PENDING MESSAGE_LIST_FETCH_SCHEDULED MESSAGE_LIST_FETCH_ONGOING MESSAGES_IMPORT_PENDING MESSAGES_IMPORT_SCHEDULED MESSAGES_IMPORT_ONGOING FAILED }
enum MessageParticipantRole { FROM TO CC BCC REPLY_TO }
type MessageChannel {
  id: UUID!
  visibility: MessageChannelVisibility!
  handle: String!
  displayName: String
  type: MessageChannelType!
  isContactAutoCreationEnabled: Boolean!
  contactAutoCreationPolicy: MessageChannelContactAutoCreationPolicy!
  messageFolderImportPolicy: MessageFolderImportPolicy!
  excludeNonProfessionalEmails: Boolean!
  excludeGroupEmails: Boolean!
  pendingGroupEmailsAction: MessageChannelPendingGroupEmailsAction!
  isSyncEnabled: Boolean!
  syncedAt: DateTime
  syncStatus: MessageChannelSyncStatus!
  syncStage: MessageChannelSyncStage!
  syncStageStartedAt: DateTime
  throttleFailureCount: Float!
  throttleRetryAfter: DateTime
  connectedAccountId: UUID!
  createdAt: DateTime!
  updatedAt: DateTime!
}
input CreateAppMessageChannelInput { connectedAccountId: UUID! handle: String! displayName: String visibility: MessageChannelVisibility! }
input UpdateAppMessageChannelInput { id: UUID! displayName: String visibility: MessageChannelVisibility isSyncEnabled: Boolean }
input ListAppMessageChannelsInput { connectedAccountId: UUID }
input AppMessageParticipantInput { role: MessageParticipantRole! handle: String! displayName: String personId: UUID workspaceMemberId: UUID }
input AppMessageInput { externalId: String! threadExternalId: String! subject: String text: String! receivedAt: DateTime! participants: [AppMessageParticipantInput!]! }
input IngestAppMessagesInput { messageChannelId: UUID! messages: [AppMessageInput!]! }
type IngestedAppMessage { externalId: String! messageId: UUID! messageThreadId: UUID! }
type IngestAppMessagesOutput { messages: [IngestedAppMessage!]! }

enum RunAgentMessageRole { user assistant }
input RunAgentMessageAttachmentInput { fileId: UUID! filename: String }
input RunAgentMessageInput { role: RunAgentMessageRole! content: String! attachments: [RunAgentMessageAttachmentInput!] }
input RunAgentInput { agentUniversalIdentifier: String! prompt: String runAsWorkspaceMemberId: UUID messages: [RunAgentMessageInput!] }
type RunAgentResult { result: JSON error: String success: Boolean! }

type Query {
  applicationCoreGraphqlSchema(applicationUniversalIdentifier: String!): String!
  objects(paging: CursorPaging, filter: ObjectFilter): ObjectConnection!
  appKeyValue(key: String!, scope: AppKeyValueScope): AppKeyValue
  getJobs(jobIds: [String!]!): [JobStatus!]!
  timelineActivityTypes: [TimelineActivityType!]!
  appConnections(filter: ListAppConnectionsInput): [AppConnection!]!
  appConnection(id: ID!): AppConnection!
  appMessageChannels(filter: ListAppMessageChannelsInput): [MessageChannel!]!
}

type Mutation {
  setAppKeyValue(input: SetAppKeyValueInput!): AppKeyValue!
  deleteAppKeyValue(key: String!, scope: AppKeyValueScope): Boolean!
  enqueueJob(input: EnqueueJobInput!): EnqueueJobResult!
  enqueueJobs(input: EnqueueJobsInput!): EnqueueJobsResult!
  reportAppConnectionAuthFailure(input: ReportAppConnectionAuthFailureInput!): Boolean!
  createAppMessageChannel(input: CreateAppMessageChannelInput!): MessageChannel!
  updateAppMessageChannel(input: UpdateAppMessageChannelInput!): MessageChannel!
  deleteAppMessageChannel(id: UUID!): MessageChannel!
  ingestAppMessages(input: IngestAppMessagesInput!): IngestAppMessagesOutput!
  runAgent(input: RunAgentInput!): RunAgentResult!
}
`;

let metadataSchema: GraphQLSchema | null = null;
const documents = new Map<string, DocumentNode>();

export interface MetadataContext {
  model: WorkspaceModel;
  sdl(): string;
  applicationId: string | null;
  keyValues: KeyValueStore;
  /** The run that made the request (null for the studio's own token). */
  runId?: string | null;
  actor?: WriteActor;
  /** The platform services (absent: those operations answer that the workspace does not serve them). */
  jobs?: JobQueue;
  timelineActivityTypes?: () => TimelineActivityTypeInfo[];
  connections?: ConnectionStore;
  messageChannels?: MessageChannelService;
  agents?: AgentResponder;
}

const FALLBACK_ACTOR: WriteActor = { source: 'APPLICATION', name: 'Twenty app', workspaceMemberId: null };

function service<T>(value: T | undefined, name: string): T {
  if (!value) throw new WorkspaceApiError('INTERNAL_SERVER_ERROR', `The local workspace does not serve ${name} here`);
  return value;
}

/** A stable id for metadata rows: the universal identifier when there is one. */
const idOf = (universalIdentifier: string | undefined, name: string) => universalIdentifier ?? `00000000-0000-4000-8000-${Buffer.from(name).toString('hex').padEnd(12, '0').slice(0, 12)}`;

function rootValue(context: MetadataContext) {
  return {
    applicationCoreGraphqlSchema: ({ applicationUniversalIdentifier }: { applicationUniversalIdentifier: string }) => {
      if (context.applicationId && applicationUniversalIdentifier !== context.applicationId) {
        throw badInput(`Application ${applicationUniversalIdentifier} is not installed in this workspace (the local workspace serves ${context.applicationId}).`);
      }
      return context.sdl();
    },
    objects: ({ filter }: { filter?: { universalIdentifier?: { eq?: string; in?: string[] }; nameSingular?: { eq?: string; in?: string[] }; isCustom?: boolean } }) => {
      const matches = (value: string | undefined, comparison?: { eq?: string; in?: string[] }) =>
        !comparison || (comparison.eq !== undefined ? value === comparison.eq : true) && (comparison.in ? comparison.in.includes(value ?? '') : true);
      const objects = context.model.objects.filter((object) =>
        matches(object.universalIdentifier, filter?.universalIdentifier) && matches(object.nameSingular, filter?.nameSingular)
        && (filter?.isCustom === undefined || filter.isCustom === (object.source === 'app')));
      return {
        totalCount: objects.length,
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
        edges: objects.map((object) => ({
          cursor: object.nameSingular,
          node: {
            id: idOf(object.universalIdentifier, object.nameSingular),
            universalIdentifier: object.universalIdentifier ?? null,
            nameSingular: object.nameSingular, namePlural: object.namePlural,
            labelSingular: object.labelSingular, labelPlural: object.labelPlural,
            isCustom: object.source === 'app', isSystem: object.isSystem === true,
            labelIdentifierFieldMetadataName: object.labelIdentifierField ?? null,
            fields: {
              edges: object.fields.map((field) => ({
                node: {
                  id: idOf(field.universalIdentifier, `${object.nameSingular}.${field.name}`), universalIdentifier: field.universalIdentifier ?? null,
                  name: field.name, label: field.label ?? field.name, type: field.type, isNullable: field.isNullable !== false,
                  isSystem: field.isSystem === true, isUnique: field.isUnique === true, defaultValue: field.defaultValue ?? null,
                  options: field.options ?? null, relation: field.relation ?? null,
                },
              })),
            },
          },
        })),
      };
    },
    appKeyValue: async ({ key, scope }: { key: string; scope?: 'WORKSPACE' | 'SERVER' }) => context.keyValues.get(key, scope ?? 'WORKSPACE'),
    setAppKeyValue: async ({ input }: { input: { key: string; value?: unknown; scope?: 'WORKSPACE' | 'SERVER' } }) => context.keyValues.set(input.key, input.value ?? null, input.scope ?? 'WORKSPACE'),
    deleteAppKeyValue: async ({ key, scope }: { key: string; scope?: 'WORKSPACE' | 'SERVER' }) => context.keyValues.delete(key, scope ?? 'WORKSPACE'),

    enqueueJob: async ({ input }: { input: { logicFunctionUniversalIdentifier: string; payload?: unknown; jobId?: string | null; retryLimit?: number | null; delayMs?: number | null } }) => {
      const [jobId] = await service(context.jobs, 'jobs').enqueue({
        logicFunctionUniversalIdentifier: input.logicFunctionUniversalIdentifier,
        jobs: [{ payload: input.payload ?? {}, jobId: input.jobId }], retryLimit: input.retryLimit, delayMs: input.delayMs,
      }, context.runId ?? null);
      return { enqueued: true, logicFunctionUniversalIdentifier: input.logicFunctionUniversalIdentifier, jobId };
    },
    enqueueJobs: async ({ input }: { input: EnqueueRequest }) => {
      const jobIds = await service(context.jobs, 'jobs').enqueue(input, context.runId ?? null);
      return { enqueued: true, logicFunctionUniversalIdentifier: input.logicFunctionUniversalIdentifier, enqueuedJobsCount: jobIds.length, jobIds };
    },
    getJobs: async ({ jobIds }: { jobIds: string[] }) => service(context.jobs, 'jobs').getJobs(jobIds),

    timelineActivityTypes: () => service(context.timelineActivityTypes, 'timeline activity types')(),

    appConnection: ({ id }: { id: string }) => service(context.connections, 'connections').get(id, context.runId ?? null),
    appConnections: ({ filter }: { filter?: { providerName?: string | null; userWorkspaceId?: string | null; visibility?: string | null } | null }) =>
      service(context.connections, 'connections').find(filter, context.runId ?? null),
    reportAppConnectionAuthFailure: ({ input }: { input: { id: string; reason?: string | null } }) =>
      service(context.connections, 'connections').reportAuthFailure(input.id, input.reason, context.runId ?? null),

    createAppMessageChannel: ({ input }: { input: { connectedAccountId: string; handle: string; displayName?: string | null; visibility: string } }) =>
      service(context.messageChannels, 'message channels').create(input, context.runId ?? null),
    appMessageChannels: ({ filter }: { filter?: { connectedAccountId?: string | null } | null }) => service(context.messageChannels, 'message channels').list(filter),
    updateAppMessageChannel: ({ input }: { input: { id: string; displayName?: string | null; visibility?: string | null; isSyncEnabled?: boolean | null } }) =>
      service(context.messageChannels, 'message channels').update(input, context.runId ?? null),
    deleteAppMessageChannel: ({ id }: { id: string }) => service(context.messageChannels, 'message channels').delete(id, context.runId ?? null),
    ingestAppMessages: ({ input }: { input: { messageChannelId: string; messages: AppMessageInput[] } }) =>
      service(context.messageChannels, 'message channels').ingest(input, context.actor ?? FALLBACK_ACTOR, context.runId ?? null),

    runAgent: ({ input }: { input: RunAgentInput }) => service(context.agents, 'agents').run(input, context.runId ?? null),
  };
}

export async function executeMetadata(request: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null }, context: MetadataContext): Promise<GraphqlResponse> {
  metadataSchema ??= buildSchema(METADATA_SDL);
  let document = documents.get(request.query);
  if (!document) {
    try {
      document = parse(request.query);
    } catch (error) {
      return { errors: [{ message: (error as Error).message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] };
    }
    const problems = validate(metadataSchema, document);
    if (problems.length > 0) return { errors: problems.map((problem) => ({ message: problem.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })) };
    if (documents.size > 200) documents.clear();
    documents.set(request.query, document);
  }
  const result = await execute({ schema: metadataSchema, document, rootValue: rootValue(context), variableValues: request.variables ?? undefined, operationName: request.operationName ?? undefined });
  const response: GraphqlResponse = { data: (result.data as Record<string, unknown> | null | undefined) ?? null };
  if (result.errors?.length) response.errors = result.errors.map(formatGraphqlError);
  return response;
}
