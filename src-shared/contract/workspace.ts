import { z } from 'zod';
import { WORKSPACE_ACTIVITY_KINDS } from './activity-kinds';
import { workspaceConnectionSchema } from './workspace-connection';

export * from './workspace-connection';

/**
 * The Local workspace: Twenty's Core API on an embedded Postgres for the open app. Operations the
 * Workspace window, the CLI and tests use; the same shapes as `operations` / `events` in
 * operations.ts, which spreads these maps in.
 */
const empty = z.object({}).strict();

export const workspaceFieldSchema = z.object({
  name: z.string(),
  type: z.string(),
  label: z.string(),
  isNullable: z.boolean(),
  isSystem: z.boolean(),
  isReadOnly: z.boolean(),
  options: z.array(z.object({ value: z.string(), label: z.string(), color: z.string().optional() })).optional(),
  /** Composite subfields (`firstName`, `primaryEmail` ...). */
  subfields: z.array(z.string()).optional(),
  relation: z.object({ type: z.enum(['MANY_TO_ONE', 'ONE_TO_MANY']), targetObject: z.string(), joinColumn: z.string().optional() }).optional(),
});
export type WorkspaceFieldInfo = z.infer<typeof workspaceFieldSchema>;

export const workspaceObjectSchema = z.object({
  nameSingular: z.string(),
  namePlural: z.string(),
  labelSingular: z.string(),
  labelPlural: z.string(),
  source: z.enum(['standard', 'app']),
  isSystem: z.boolean(),
  labelIdentifierField: z.string().nullable(),
  count: z.number().int(),
  fields: z.array(workspaceFieldSchema),
});
export type WorkspaceObjectInfo = z.infer<typeof workspaceObjectSchema>;

export const modelSourceSettingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('shipped') }),
  z.object({ kind: z.literal('client-sdl') }),
  z.object({ kind: z.literal('sdl-file'), path: z.string().min(1) }),
  z.object({ kind: z.literal('remote') }),
]);

/** Where the standard model came from: the shipped file, the app's generated client SDL, an SDL file, the remote. */
export const modelSourceInfoSchema = z.object({
  requested: z.enum(['shipped', 'client-sdl', 'sdl-file', 'remote']),
  kind: z.enum(['shipped', 'client-sdl', 'sdl-file', 'remote']),
  origin: z.string().nullable(),
  objects: z.number().int(),
  notes: z.array(z.string()),
  /** Why the requested source could not be used (the shipped model is used instead). */
  error: z.string().nullable(),
  /** Chosen for this process only (the CLI's --model-source), not saved. */
  transient: z.boolean(),
});

export const workspaceStatusSchema = z.object({
  state: z.enum(['closed', 'opening', 'ready', 'error']),
  /** What went wrong (a damaged data folder, a second studio owning it); a reset is offered. */
  error: z.string().nullable(),
  storage: z.enum(['pglite', 'postgres']).nullable(),
  dir: z.string().nullable(),
  url: z.string().nullable(),
  twentyVersion: z.string().nullable(),
  openMs: z.number().nullable(),
  /** Destructive model changes waiting for confirmation (a removed field drops its values). */
  pendingDestructive: z.array(z.string()),
  modelProblems: z.array(z.string()),
  totalRecords: z.number().int(),
  modelSource: modelSourceInfoSchema.nullable().optional(),
  /**
   * Which roles apply (reported, not enforced): a run's requests act under the app's application role
   * (its default role), the window's and the CLI's under the workspace user; requests answered per role.
   */
  roles: z.object({
    enforced: z.literal(false),
    application: z.object({ universalIdentifier: z.string(), label: z.string() }).nullable(),
    user: z.object({ label: z.string() }),
    requests: z.object({ application: z.number().int(), user: z.number().int() }),
  }).optional(),
});
export type WorkspaceStatus = z.infer<typeof workspaceStatusSchema>;

/** One thing the workspace did: an API request, a database event, a triggered run, a kv write. */
export const workspaceActivitySchema = z.object({
  seq: z.number().int(),
  time: z.string(),
  kind: z.enum(WORKSPACE_ACTIVITY_KINDS),
  /** The run that caused it (its calls, its writes' events). */
  runId: z.string().nullable(),
  summary: z.string(),
  /** request: api, method, path, operationName, status, durationMs, query, variables, errors.
   *  event: name, recordId, updatedFields. trigger: function, runId started, depth.
   *  job: action (enqueue|start|retry-scheduled|completed|failed|run now|cancel|retry), jobId(s), function.
   *  agent: agent, messages (the transcript), reply, success, error. message: action, channel, messages.
   *  connection: action, id, providerName (never a token). */
  detail: z.record(z.string(), z.unknown()),
});
export type WorkspaceActivity = z.infer<typeof workspaceActivitySchema>;

const recordSchema = z.record(z.string(), z.unknown());

export const workspaceJobSchema = z.object({
  jobId: z.string(),
  state: z.enum(['WAITING', 'DELAYED', 'ACTIVE', 'COMPLETED', 'FAILED']),
  attemptsMade: z.number().int(),
  failedReason: z.string().nullable(),
  enqueuedAt: z.number(),
  startedAt: z.number().nullable(),
  finishedAt: z.number().nullable(),
  logicFunctionUniversalIdentifier: z.string(),
  functionName: z.string().nullable(),
  payload: z.unknown(),
  retryLimit: z.number().int(),
  retryCount: z.number().int(),
  runAt: z.number(),
  runIds: z.array(z.string()),
  lastRunStatus: z.enum(['SUCCESS', 'ERROR']).nullable(),
  lastError: z.string().nullable(),
  enqueuedByRunId: z.string().nullable(),
});
export type WorkspaceJob = z.infer<typeof workspaceJobSchema>;

/** A local test connection as the window sees it: the access token masked. */
/** A scripted agent: a reply or an error, and the tool functions it calls first (by name, with an input). */
export const agentScriptSchema = z.object({
  reply: z.unknown().optional(),
  error: z.string().optional(),
  toolCalls: z.array(z.object({ tool: z.string().min(1), input: z.unknown().optional() })).optional(),
});

export const agentModelViewSchema = z.object({ baseUrl: z.string(), model: z.string(), timeoutMs: z.number().int(), hasApiKey: z.boolean() });

const connectionInputSchema = z.object({
  providerName: z.string().min(1),
  name: z.string().optional(),
  handle: z.string().min(1),
  visibility: z.enum(['user', 'workspace']).optional(),
  userWorkspaceId: z.string().optional(),
  workspaceMemberId: z.string().nullable().optional(),
  accessToken: z.string().min(1),
  scopes: z.array(z.string()).optional(),
  expired: z.boolean().optional(),
});

export const workspaceOperations = {
  'workspace.status': { params: empty, result: workspaceStatusSchema },
  'workspace.objects': { params: empty, result: z.object({ objects: z.array(workspaceObjectSchema) }) },
  /** A page of records, through the same repository the API uses (filter and orderBy in the Core API's shape). */
  'workspace.records': {
    params: z.object({
      object: z.string().min(1),
      filter: z.record(z.string(), z.unknown()).optional(),
      orderBy: z.array(z.record(z.string(), z.unknown())).optional(),
      first: z.number().int().min(1).max(1000).default(100),
      after: z.string().optional(),
      withDeleted: z.boolean().default(false),
    }),
    result: z.object({ records: z.array(recordSchema), totalCount: z.number().int(), endCursor: z.string().nullable(), hasNextPage: z.boolean() }),
  },
  /** Writes from the window go through the API, so their events fire and triggered runs appear. */
  'workspace.write': {
    params: z.discriminatedUnion('action', [
      z.object({ action: z.literal('create'), object: z.string().min(1), data: recordSchema }),
      z.object({ action: z.literal('update'), object: z.string().min(1), id: z.string().min(1), data: recordSchema }),
      z.object({ action: z.enum(['delete', 'restore', 'destroy']), object: z.string().min(1), id: z.string().min(1) }),
    ]),
    result: z.object({ record: recordSchema.nullable() }),
  },
  /** Runs a Core API GraphQL request as the studio (the window's console, `workspace query`). */
  'workspace.query': {
    params: z.object({ query: z.string().min(1), variables: z.record(z.string(), z.unknown()).optional() }),
    result: z.object({ data: z.unknown().optional(), errors: z.array(z.object({ message: z.string(), extensions: z.record(z.string(), z.unknown()).optional() })).optional() }),
  },
  'workspace.activity': { params: z.object({ since: z.number().int().default(0), limit: z.number().int().min(1).max(5000).default(500) }), result: z.object({ entries: z.array(workspaceActivitySchema) }) },
  'workspace.seed': { params: z.object({ count: z.number().int().min(1).max(1000).default(10), objects: z.array(z.string()).optional() }), result: z.object({ created: z.record(z.string(), z.number().int()) }) },
  'workspace.reset': { params: empty, result: workspaceStatusSchema },
  /** Applies model changes that drop data, after the user confirmed. */
  'workspace.migrate': { params: z.object({ allowDestructive: z.boolean() }), result: workspaceStatusSchema },
  'workspace.kv.list': { params: empty, result: z.object({ entries: z.array(z.object({ key: z.string(), value: z.unknown(), scope: z.enum(['WORKSPACE', 'SERVER']), updatedAt: z.string() })) }) },
  'workspace.kv.set': { params: z.object({ key: z.string().min(1), value: z.unknown(), scope: z.enum(['WORKSPACE', 'SERVER']).default('WORKSPACE') }), result: z.object({ ok: z.literal(true) }) },
  'workspace.jobs.list': {
    params: z.object({ state: z.enum(['WAITING', 'DELAYED', 'ACTIVE', 'COMPLETED', 'FAILED']).optional(), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(200) }),
    result: z.object({ jobs: z.array(workspaceJobSchema), total: z.number().int() }),
  },
  /** run now / cancel / retry a job of the queue. */
  'workspace.jobs.act': { params: z.object({ jobId: z.string().min(1), action: z.enum(['runNow', 'cancel', 'retry']) }), result: z.object({ ok: z.literal(true) }) },
  'workspace.jobs.enqueue': {
    params: z.object({ universalIdentifier: z.string().min(1), payload: z.record(z.string(), z.unknown()).default({}), delayMs: z.number().int().min(0).optional(), retryLimit: z.number().int().min(0).max(20).optional() }),
    result: z.object({ jobId: z.string() }),
  },
  'workspace.connections.list': {
    params: empty,
    result: z.object({
      providers: z.array(z.object({ universalIdentifier: z.string(), name: z.string(), displayName: z.string(), type: z.string(), scopes: z.array(z.string()) })),
      connections: z.array(workspaceConnectionSchema),
    }),
  },
  'workspace.connections.add': { params: connectionInputSchema, result: z.object({ ok: z.literal(true) }) },
  'workspace.connections.update': {
    params: z.object({ id: z.string().min(1), patch: connectionInputSchema.partial().extend({ authFailedAt: z.string().nullable().optional(), authFailedReason: z.string().nullable().optional() }) }),
    result: z.object({ ok: z.literal(true) }),
  },
  'workspace.connections.remove': { params: z.object({ id: z.string().min(1) }), result: z.object({ ok: z.literal(true) }) },
  /** "Connect with OAuth": the authorize URL to open; the browser comes back to the studio's loopback callback. */
  'workspace.connections.oauth.start': {
    params: z.object({ providerName: z.string().min(1), visibility: z.enum(['user', 'workspace']).optional(), reconnectId: z.string().min(1).nullable().optional() }),
    result: z.object({ flowId: z.string(), authorizationUrl: z.string(), redirectUri: z.string() }),
  },
  'workspace.connections.oauth.status': {
    params: z.object({ flowId: z.string().min(1) }),
    result: z.object({ flowId: z.string(), providerName: z.string(), status: z.enum(['pending', 'connected', 'failed']), message: z.string().nullable(), connectionId: z.string().nullable() }),
  },
  'workspace.agents.list': {
    params: empty,
    result: z.object({ agents: z.array(z.object({ universalIdentifier: z.string(), name: z.string(), label: z.string(), prompt: z.string(), script: agentScriptSchema.nullable() })), tools: z.array(z.object({ name: z.string(), description: z.string() })) }),
  },
  /** A scripted reply (or error) for an agent's runAgent calls; null restores the default echo. */
  'workspace.agents.script': {
    params: z.object({ universalIdentifier: z.string().min(1), script: agentScriptSchema.nullable() }),
    result: z.object({ ok: z.literal(true) }),
  },
  /** The OpenAI-compatible endpoint agents without a script answer from; its key never comes back. */
  'workspace.agents.model.get': { params: empty, result: z.object({ model: agentModelViewSchema.nullable() }) },
  /** Sets it (an empty apiKey keeps the stored key), or with null goes back to the local echo. */
  'workspace.agents.model.set': {
    params: z.object({ model: z.object({ baseUrl: z.string().url(), model: z.string().min(1), apiKey: z.string().optional(), timeoutMs: z.number().int().min(1000).max(600_000).optional() }).nullable() }),
    result: z.object({ ok: z.literal(true) }),
  },
  'workspace.snapshots.list': { params: empty, result: z.object({ snapshots: z.array(z.object({ name: z.string(), savedAt: z.string(), bytes: z.number().int() })) }) },
  'workspace.snapshots.save': { params: z.object({ name: z.string().min(1) }), result: z.object({ name: z.string(), records: z.number().int() }) },
  'workspace.snapshots.restore': { params: z.object({ name: z.string().min(1) }), result: z.object({ restored: z.record(z.string(), z.number().int()) }) },
  /** Where the standard model comes from (saved in the app's workspace settings); the open workspace migrates. */
  'workspace.modelSource.get': { params: empty, result: z.object({ setting: modelSourceSettingSchema, info: modelSourceInfoSchema.nullable() }) },
  'workspace.modelSource.set': { params: z.object({ setting: modelSourceSettingSchema }), result: workspaceStatusSchema },
  'workspace.kv.delete': { params: z.object({ key: z.string().min(1), scope: z.enum(['WORKSPACE', 'SERVER']).default('WORKSPACE') }), result: z.object({ deleted: z.boolean() }) },
} as const;

export const workspaceEvents = {
  'workspace.status': workspaceStatusSchema,
  /** New activity entries, batched. */
  'workspace.activity': z.object({ entries: z.array(workspaceActivitySchema) }),
} as const;
