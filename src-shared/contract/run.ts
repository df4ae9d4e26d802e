import { z } from 'zod';

/**
 * The context the server passes as the handler's second argument (twenty-sdk 2.43
 * `LogicFunctionExecutionContext`). `userWorkspaceId` and `workspaceMemberId` are null for cron,
 * install hooks and unauthenticated routes.
 */
export const executionContextSchema = z.object({
  retryCount: z.number().int().min(0),
  maxRetries: z.number().int().min(0),
  workspaceId: z.string(),
  userWorkspaceId: z.string().nullable(),
  workspaceMemberId: z.string().nullable(),
});
export type ExecutionContext = z.infer<typeof executionContextSchema>;

/** Run one logic function of the open app. Missing context fields take the studio's defaults. */
export const runRequestSchema = z.object({
  universalIdentifier: z.string().min(1),
  /** Any JSON value; crosses the same JSON boundary as on the server. */
  payload: z.unknown(),
  context: executionContextSchema.partial().optional(),
});
export type RunRequest = z.infer<typeof runRequestSchema>;

/**
 * The server's error shape. `stackTrace` is a string as in the GraphQL DTO and the SDK's types;
 * frames point at the TypeScript sources through the bundle's source map.
 */
export const runErrorSchema = z.object({
  errorType: z.string(),
  errorMessage: z.string(),
  stackTrace: z.string(),
});
export type RunError = z.infer<typeof runErrorSchema>;

/** One outgoing HTTP request made by the function (fetch or node:http/https). */
export const outgoingCallSchema = z.object({
  via: z.enum(['fetch', 'http']),
  method: z.string(),
  /** Credentials (user:password@, token-like query values) replaced by `***`. */
  url: z.string(),
  /** Null when no response arrived (network error, run ended first). */
  status: z.number().int().nullable(),
  /** Milliseconds from the request to its response headers (or to the failure). */
  durationMs: z.number(),
  /** Offset from the start of the handler call, in milliseconds. */
  startedAtMs: z.number(),
  error: z.string().optional(),
});
export type OutgoingCall = z.infer<typeof outgoingCallSchema>;

export const runStatusSchema = z.enum(['SUCCESS', 'ERROR']);
export type RunStatus = z.infer<typeof runStatusSchema>;

/**
 * The server's `LogicFunctionExecutionResult` (`data, logs, duration, status, error?`) plus what
 * only the studio knows: the run id, the recorded HTTP calls, the Node version it ran on and
 * whether the bundle was stale (the last build failed and an older bundle ran).
 */
export const runResultSchema = z.object({
  runId: z.string(),
  data: z.unknown(),
  logs: z.string(),
  duration: z.number(),
  status: runStatusSchema,
  error: runErrorSchema.optional(),
  calls: z.array(outgoingCallSchema),
  nodeVersion: z.string(),
  stale: z.boolean(),
  /**
   * How the run's file access was bounded: `confined` (Node's permission model: read the bundle
   * and node_modules, write the run folder), `off` (the app's run settings), `unavailable` (this
   * Node has no permission model; `fileSystemNote` says why).
   */
  fileSystem: z.enum(['confined', 'off', 'unavailable']).optional(),
  fileSystemNote: z.string().optional(),
  /**
   * Set when `logs` is only the end of the run's log: `run.finished` carries the last lines, so a
   * flood's megabytes are not one message a window must parse. How many lines and characters came
   * before them; `run.logs` answers with the whole log.
   */
  logsOmitted: z.object({ lines: z.number().int().nonnegative(), chars: z.number().int().nonnegative() }).optional(),
});
export type RunResult = z.infer<typeof runResultSchema>;

/** A piece of a run's live output; several travel together in one batch. */
export const runOutputChunkSchema = z.object({
  stream: z.enum(['stdout', 'stderr']),
  text: z.string(),
});
export type RunOutputChunk = z.infer<typeof runOutputChunkSchema>;

/** Output of a live run, batched: never one message per line. */
export const runOutputBatchSchema = z.object({
  runId: z.string(),
  chunks: z.array(runOutputChunkSchema),
});
export type RunOutputBatch = z.infer<typeof runOutputBatchSchema>;

/** What the core pushes while a run is live and when it ends. */
export const runEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('started'), runId: z.string(), universalIdentifier: z.string(), nodeVersion: z.string() }),
  runOutputBatchSchema.extend({ type: z.literal('output') }),
  z.object({ type: z.literal('finished'), result: runResultSchema }),
]);
export type RunEvent = z.infer<typeof runEventSchema>;

/** One past run, kept in the user data folder (payload, result with logs capped, when). */
export const runContentSchema = z.object({
  source: z.enum(['disk', 'buffer']),
  /** sha256 of the bundle that ran (code and source map), first 16 hex digits. */
  bundleHash: z.string().nullable(),
  /** The unsaved buffers the bundle was built from (path relative to the app, sha1 of the text as in file versions). */
  buffers: z.array(z.object({ path: z.string(), version: z.string() })),
});
export type RunContent = z.infer<typeof runContentSchema>;

/** The handoff a server route's target run records: the resolver's run and, when queued, which attempt of its job this is. */
export const dispatchedBySchema = z.object({
  runId: z.string(),
  universalIdentifier: z.string(),
  functionName: z.string(),
  workspaceId: z.string(),
  /** The job the target was queued as (the server's LogicFunctionTriggerJob), and this attempt's retry count of maxRetries. */
  jobId: z.string().optional(),
  retryCount: z.number().int().optional(),
  maxRetries: z.number().int().optional(),
});

export const runRecordSchema = z.object({
  runId: z.string(),
  universalIdentifier: z.string(),
  functionName: z.string(),
  /** What triggered it: the Run button, the CLI, the local route server, a composer. */
  origin: z.string(),
  payload: z.unknown(),
  startedAt: z.string(),
  result: runResultSchema.nullable(),
  /** Set while the run waits for a free slot (the studio runs a limited number at once): 1 = next. */
  queuePosition: z.number().int().positive().optional(),
  /** A run fired by the database event of a write (in the Local workspace): which run wrote, and the event. */
  triggeredBy: z.object({ runId: z.string().nullable(), event: z.string(), recordId: z.string(), depth: z.number().int() }).optional(),
  /** Which content ran: the files on disk, or unsaved editor buffers (which, and a hash of each); the bundle's hash. */
  content: runContentSchema.optional(),
  /** A run a server-route resolver dispatched to (the handoff): the resolver's run. */
  dispatchedBy: dispatchedBySchema.optional(),
  /** The run was started under the debugger. */
  debug: z.boolean().optional(),
});
export type RunRecord = z.infer<typeof runRecordSchema>;

export const runSummarySchema = z.object({
  runId: z.string(),
  universalIdentifier: z.string(),
  functionName: z.string(),
  origin: z.string(),
  startedAt: z.string(),
  status: z.enum(['RUNNING', 'SUCCESS', 'ERROR']),
  duration: z.number().nullable(),
  debug: z.boolean().optional(),
});
export type RunSummary = z.infer<typeof runSummarySchema>;

/** A declared variable (manifest) with the value the studio will inject; secrets come back masked. */
export const appVariableSchema = z.object({
  name: z.string(),
  kind: z.enum(['application', 'server']),
  type: z.string().nullable(),
  description: z.string().nullable(),
  isSecret: z.boolean(),
  isRequired: z.boolean(),
  /** The manifest's default (never for secrets). */
  defaultValue: z.unknown(),
  /** True when the user set a value in the studio. */
  hasValue: z.boolean(),
  /** The value to show: secrets are masked as '••••••••'. */
  displayValue: z.unknown(),
});
export type AppVariable = z.infer<typeof appVariableSchema>;

/** Where TWENTY_API_URL points: the studio's offline endpoint, or a Twenty server. */
export const apiTargetSchema = z.discriminatedUnion('kind', [
  /** The studio's Local workspace (the default): Core API, metadata and REST on an embedded Postgres. */
  z.object({ kind: z.literal('local') }),
  z.object({ kind: z.literal('offline') }),
  z.object({ kind: z.literal('remote'), url: z.string().url(), apiKey: z.string().optional(), remoteName: z.string().optional() }),
]);
export type ApiTarget = z.infer<typeof apiTargetSchema>;

/** A call a function made to the offline endpoint: it had nowhere real to go. */
export const offlineApiCallSchema = z.object({ runId: z.string().nullable(), method: z.string(), path: z.string(), time: z.string() });
export type OfflineApiCall = z.infer<typeof offlineApiCallSchema>;

/** Per-app run limits and the Node binary (default: `node` on PATH, else the studio's own). */
export const runSettingsSchema = z.object({
  nodePath: z.string().nullable().default(null),
  memoryLimitMb: z.number().int().min(64).max(32768).default(1024),
  outputLimitMb: z.number().int().min(1).max(1024).default(50),
  /** A result whose JSON is larger is replaced by a truncation notice (default 5 MB). */
  resultLimitMb: z.number().int().min(1).max(1024).optional(),
  /** Runs executing at once; more wait in a queue (default: the number of cores + 2). */
  maxConcurrentRuns: z.number().int().min(1).max(256).optional(),
  /**
   * Confine what a function can read and write on disk (Node's permission model): its bundle,
   * node_modules and run folder. On by default; off for an app that must reach other files.
   */
  confineFileSystem: z.boolean().default(true),
  /** With unsaved edits, Run (and composers, saved payloads) runs the editor's buffers (the default, unset), or saves them first. */
  unsavedEdits: z.enum(['run-buffer', 'save-first']).optional(),
});
export type RunSettings = z.infer<typeof runSettingsSchema>;
