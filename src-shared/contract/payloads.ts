import { z } from 'zod';
import { DATABASE_EVENT_OPERATION_NAMES } from './event-operation-names';
import { runRecordSchema, runResultSchema } from './run';

/**
 * Payload composers, saved payloads and the local route server (issue 5). Same shape as
 * `operations` / `events` in operations.ts, which spreads these maps in.
 */

const empty = z.object({}).strict();

// ---------------------------------------------------------------- routes

export const headerEntrySchema = z.object({ name: z.string(), value: z.string() });
export type HeaderEntry = z.infer<typeof headerEntrySchema>;

/** An HTTP request to `/s/...` as a person composes it (or as the local route server received it). */
export const routeRequestInputSchema = z.object({
  method: z.string().min(1),
  /** `/s/<path>` with an optional query string. */
  url: z.string().min(1),
  headers: z.array(headerEntrySchema).default([]),
  /** Body text as sent; null or absent for none. */
  body: z.string().nullable().optional(),
  /**
   * The Authorization toggle: adds `Authorization: Bearer <studio token>` when the headers carry no
   * Bearer token, so the request counts as authenticated (userWorkspaceId set, isAuthRequired passes).
   */
  authenticated: z.boolean().optional(),
});
export type RouteRequestInput = z.input<typeof routeRequestInputSchema>;

const routeRefSchema = z.object({ universalIdentifier: z.string(), name: z.string().nullable(), path: z.string() });

export const routeResponseSchema = z.object({
  status: z.number().int(),
  /** After the `/s/` filter. */
  headers: z.record(z.string(), z.string()),
  body: z.string(),
  bodyKind: z.enum(['json', 'text', 'empty']),
  /** Response headers the function set that `/s/` drops. */
  droppedHeaders: z.array(headerEntrySchema),
  warnings: z.array(z.string()),
});

export const routeRequestResultSchema = z.object({
  /** The function the server runs (first match wins), or null (404, or a 500 before matching). */
  match: routeRefSchema.nullable(),
  /** Every matching function; more than one means the later ones never run. */
  matches: z.array(routeRefSchema),
  /** On a miss: the routes that look closest. */
  closest: z.array(routeRefSchema.extend({ httpMethod: z.string(), similarity: z.number(), reason: z.enum(['method-differs', 'similar-path']) })),
  /** The RoutePayload the function receives (null when the server answers without running it). */
  payload: z.unknown().nullable(),
  /** Request headers the function does not see. */
  droppedHeaders: z.array(headerEntrySchema.extend({ reason: z.enum(['not-forwarded', 'credential']) })),
  /** Listed in forwardedRequestHeaders but absent from the request. */
  missingForwardedHeaders: z.array(z.string()),
  warnings: z.array(z.string()),
  /** The run (absent for a dry run or when nothing ran). */
  result: runResultSchema.optional(),
  runId: z.string().optional(),
  /** The HTTP answer; null for a dry run that would run the function (there is no answer without a run). */
  response: routeResponseSchema.nullable(),
  /** A `/webhooks/server/<id>` request: what the resolver returned and, for a dispatch, the handoff. */
  serverRoute: z.object({
    outcome: z.enum(['response', 'dispatch', 'invalid', 'error']),
    /** Why a dispatch result was refused (502), part by part. */
    problems: z.array(z.string()).optional(),
    dispatch: z.object({
      workspaceId: z.string(),
      targetUniversalIdentifier: z.string(),
      targetName: z.string().nullable(),
      /** The target's run, started after the answer (the server queues it). */
      runId: z.string().optional(),
      /** Whether the target got the resolver's payload or, without one, the request's RoutePayload. */
      payloadFrom: z.enum(['resolver', 'request']),
      /** The job the target was queued as, and its retry limit (absent when it ran once, unqueued). */
      jobId: z.string().optional(),
      retryLimit: z.number().int().optional(),
    }).optional(),
  }).optional(),
});
export type RouteRequestResult = z.infer<typeof routeRequestResultSchema>;

export const routeServerStateSchema = z.object({
  running: z.boolean(), url: z.string().optional(), port: z.number().int().optional(), error: z.string().optional(),
  /** Requests from other hosts and origins are accepted (a webhook tunnel); off by default. */
  acceptExternalCallers: z.boolean().optional(),
});
export type RouteServerState = z.infer<typeof routeServerStateSchema>;

// ---------------------------------------------------------------- objects and database events

export const eventObjectSchema = z.object({
  nameSingular: z.string(),
  namePlural: z.string(),
  universalIdentifier: z.string().nullable(),
  source: z.enum(['app', 'standard']),
  labelSingular: z.string().nullable(),
  /** Field names (types known only for the app's own objects). */
  fields: z.array(z.object({ name: z.string(), type: z.string().nullable(), universalIdentifier: z.string().nullable() })),
});
export type EventObject = z.infer<typeof eventObjectSchema>;

const recordSchema = z.record(z.string(), z.unknown());
const recordEventInputSchema = z.object({ recordId: z.string().optional(), before: recordSchema.optional(), after: recordSchema.optional() });

export { DATABASE_EVENT_OPERATION_NAMES } from './event-operation-names';

export const composeEventParamsSchema = z.object({
  /** nameSingular of an app or standard object. */
  object: z.string().min(1),
  operation: z.enum(DATABASE_EVENT_OPERATION_NAMES),
  recordId: z.string().optional(),
  before: recordSchema.optional(),
  after: recordSchema.optional(),
  /** Several records at once: batchMode functions get them in one `events` array; the others run once per record. */
  batch: z.array(recordEventInputSchema).optional(),
  /** Run every firing function (results side by side). */
  run: z.boolean().default(false),
  /** With `run`: this firing function's runs start under the debugger (the others run as usual). */
  debugFunction: z.string().min(1).optional(),
});
export type ComposeEventParams = z.input<typeof composeEventParamsSchema>;

export const eventFunctionSchema = z.object({
  universalIdentifier: z.string(),
  name: z.string().nullable(),
  eventName: z.string(),
  batchMode: z.boolean(),
  fires: z.boolean(),
  reason: z.string(),
  /** Set when an older server (no updatedFields filter on upserts) decides otherwise. */
  olderServerFires: z.boolean().optional(),
  selfTriggerWarning: z.string().optional(),
  /** What this function receives: one payload per record, or the batch payloads. */
  payloads: z.array(z.unknown()),
  results: z.array(runRecordSchema).optional(),
});

export const composeEventResultSchema = z.object({
  /** The (first) record's event payload. */
  payload: z.unknown(),
  /** With `batch`: one payload per record. */
  payloads: z.array(z.unknown()),
  warnings: z.array(z.string()),
  functions: z.array(eventFunctionSchema),
});
export type ComposeEventResult = z.infer<typeof composeEventResultSchema>;

// ---------------------------------------------------------------- saved payloads

export const SAVED_PAYLOAD_TRIGGER_NAMES = ['route', 'databaseEvent', 'cron', 'tool', 'workflowAction', 'preInstall', 'postInstall', 'uninstall', 'manual'] as const;
export const savedPayloadTriggerSchema = z.enum(SAVED_PAYLOAD_TRIGGER_NAMES);

export const savedPayloadExpectationSchema = z.object({
  status: z.enum(['SUCCESS', 'ERROR']).optional(),
  data: z.unknown().optional(),
  response: z.object({ status: z.number().int().optional(), headers: z.record(z.string(), z.string()).optional(), body: z.unknown().optional() }).optional(),
});

export const savedPayloadSchema = z.object({
  version: z.literal(1),
  function: z.object({ universalIdentifier: z.string(), name: z.string() }),
  trigger: savedPayloadTriggerSchema,
  inputs: z.record(z.string(), z.unknown()).default({}),
  payload: z.unknown(),
  expect: savedPayloadExpectationSchema.optional(),
  /**
   * A Local workspace snapshot (`workspace snapshot save <name>`) restored before the run, so that a
   * function that reads and writes records starts from the same records every time.
   */
  snapshot: z.string().min(1).optional(),
});
export type SavedPayloadContent = z.infer<typeof savedPayloadSchema>;

export const savedPayloadEntrySchema = z.object({
  /** File name without `.json`. */
  name: z.string(),
  /** The folder under `.twenty-studio/payloads/`. */
  functionFolder: z.string(),
  /** Relative to the app folder. */
  path: z.string(),
  /** Null when the file cannot be read as a saved payload (`error` says why). */
  content: savedPayloadSchema.nullable(),
  error: z.string().optional(),
  /** The payload no longer fits the function as the code stands. */
  stale: z.boolean(),
  staleReason: z.string().optional(),
});
export type SavedPayloadEntry = z.infer<typeof savedPayloadEntrySchema>;

const savedRefSchema = z.object({ functionFolder: z.string().min(1), name: z.string().min(1) });

export const savedPayloadCheckSchema = z.object({
  entry: savedPayloadEntrySchema,
  passed: z.boolean(),
  mismatches: z.array(z.object({ path: z.string(), expected: z.unknown(), actual: z.unknown(), message: z.string() })),
  result: runResultSchema.optional(),
  response: z.object({ status: z.number().int(), headers: z.record(z.string(), z.string()), body: z.string() }).optional(),
  /** The run could not happen (unknown function, build error, ...). */
  error: z.string().optional(),
});
export type SavedPayloadCheck = z.infer<typeof savedPayloadCheckSchema>;

export const payloadOperations = {
  /** Compose (dryRun) or send a `/s/` request through the server's rules. */
  'routes.request': {
    params: routeRequestInputSchema.extend({ dryRun: z.boolean().default(false), /** Run the matched function under the debugger. */ debug: z.boolean().optional() }),
    result: routeRequestResultSchema,
  },
  'routes.server.status': { params: empty, result: routeServerStateSchema },
  /** Starts the local route server on 127.0.0.1 (a free port unless given). */
  'routes.server.start': { params: z.object({ port: z.number().int().min(0).max(65535).optional(), acceptExternalCallers: z.boolean().optional() }), result: routeServerStateSchema },
  'routes.server.stop': { params: empty, result: routeServerStateSchema },
  /** The app's objects and the standard objects, with their field names, for the event composer. */
  'payload.objects': { params: empty, result: z.object({ objects: z.array(eventObjectSchema) }) },
  /** Builds a database event, says who fires and why; with `run`, runs the firing functions. */
  'payload.event': { params: composeEventParamsSchema, result: composeEventResultSchema },
  /** A starting payload for one trigger of a function (default: its first). */
  'payload.template': {
    params: z.object({ universalIdentifier: z.string().min(1), trigger: savedPayloadTriggerSchema.optional() }),
    result: z.object({
      trigger: savedPayloadTriggerSchema,
      triggers: z.array(savedPayloadTriggerSchema),
      payload: z.unknown(),
      inputSchema: z.unknown().optional(),
      /** The app's twenty-sdk version whose payload type the template was checked against. */
      sdkVersion: z.string().optional(),
      /** Keys the template has that this SDK's payload type does not declare. */
      warnings: z.array(z.string()).optional(),
    }),
  },
  /** Checks a tool/workflow-action payload against its inputSchema. */
  'payload.validate': {
    params: z.object({ universalIdentifier: z.string().min(1), payload: z.unknown(), trigger: z.enum(['tool', 'workflowAction']).optional() }),
    result: z.object({ valid: z.boolean(), problems: z.array(z.object({ path: z.string(), message: z.string() })) }),
  },
  'payload.saved.list': {
    params: z.object({ universalIdentifier: z.string().optional() }),
    result: z.object({ payloads: z.array(savedPayloadEntrySchema) }),
  },
  'payload.saved.read': { params: savedRefSchema, result: savedPayloadEntrySchema },
  /** Writes `.twenty-studio/payloads/<function>/<name>.json` (the folder comes from the function's name). */
  'payload.saved.save': {
    params: z.object({ name: z.string().min(1), content: savedPayloadSchema.omit({ version: true }).extend({ version: z.literal(1).default(1) }), overwrite: z.boolean().default(true) }),
    result: savedPayloadEntrySchema,
  },
  'payload.saved.rename': { params: savedRefSchema.extend({ newName: z.string().min(1) }), result: savedPayloadEntrySchema },
  'payload.saved.duplicate': { params: savedRefSchema.extend({ newName: z.string().min(1).optional() }), result: savedPayloadEntrySchema },
  'payload.saved.delete': { params: savedRefSchema, result: z.object({ deleted: z.boolean() }) },
  /** Runs one saved payload and checks its expectation (`debug`: the run under the debugger, the Debug action). */
  'payload.saved.check': { params: savedRefSchema.extend({ debug: z.boolean().optional() }), result: savedPayloadCheckSchema },
  /** The last payloads used for a function (newest first, at most 20, duplicates folded), from the run history. */
  'payload.recent': {
    params: z.object({ universalIdentifier: z.string().min(1), limit: z.number().int().min(1).max(20).default(20) }),
    result: z.object({ payloads: z.array(z.object({ runId: z.string(), startedAt: z.string(), origin: z.string(), status: z.enum(['RUNNING', 'SUCCESS', 'ERROR']), payload: z.unknown() })) }),
  },
  /** "Copy as curl" (local route server or a remote `/s/` base) and "copy as yarn twenty dev:function:exec". */
  'payload.export': {
    params: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('curl'),
        request: routeRequestInputSchema,
        /** Default: the local route server (which must be running). */
        baseUrl: z.string().optional(),
        bearerTokenVariable: z.string().regex(/^[A-Za-z_]\w*$/).optional(),
      }),
      z.object({ kind: z.literal('exec'), universalIdentifier: z.string().min(1), payload: z.unknown() }),
    ]),
    result: z.object({ command: z.string() }),
  },
} as const satisfies Record<string, { params: z.ZodType; result: z.ZodType }>;

export const payloadEvents = {
  /** The local route server started or stopped. */
  'routes.server': routeServerStateSchema,
  /** Files under `.twenty-studio/payloads/` changed (saved, renamed, deleted here). */
  'payload.saved.changed': z.object({ functionFolder: z.string() }),
} as const satisfies Record<string, z.ZodType>;
