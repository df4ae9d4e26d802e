import { z } from 'zod';
import { problemSchema, projectModelSchema } from './project';
import { fileChangeSchema, fileContentSchema, typingsSchema, writeFileParamsSchema, writeFileResultSchema } from './files';
import { consoleBatchSchema, taskStateSchema } from './console';
import { recentAppSchema, sessionStateSchema } from './session';
import { payloadEvents, payloadOperations } from './payloads';
import { releaseEvents, releaseOperations } from './release';
import { workspaceEvents, workspaceOperations } from './workspace';
import { debugEvents, debugOperations } from './debug';
import { apiTargetSchema, appVariableSchema, dispatchedBySchema, executionContextSchema, runContentSchema, runRecordSchema, runSettingsSchema, runSummarySchema } from './run';

const empty = z.object({}).strict();

/**
 * Every request the renderer, the CLI or a test can make of the core: name -> params and result schemas.
 * Params are parsed where they enter the core (the dispatcher), whichever transport carried them.
 */
export const operations = {
  'app.open': { params: z.object({ appDir: z.string().min(1) }), result: projectModelSchema },
  'app.current': { params: empty, result: projectModelSchema.nullable() },
  'app.recent': { params: empty, result: z.object({ apps: z.array(recentAppSchema) }) },
  /** Browser mode's "Open" field: folders under a typed prefix. */
  'app.completePath': {
    params: z.object({ prefix: z.string() }),
    result: z.object({ entries: z.array(z.object({ path: z.string(), isTwentyApp: z.boolean() })) }),
  },
  'app.installDependencies': { params: empty, result: taskStateSchema },
  'app.typings': { params: empty, result: typingsSchema },
  'file.read': { params: z.object({ path: z.string().min(1) }), result: fileContentSchema },
  'file.write': { params: writeFileParamsSchema, result: writeFileResultSchema },
  'session.get': { params: empty, result: sessionStateSchema },
  'session.set': { params: sessionStateSchema, result: z.object({ ok: z.literal(true) }) },
  /** Starts a run of one function; without `payload`, the last one used for it (or a sample for its trigger). */
  'run.start': {
    params: z.object({ universalIdentifier: z.string().min(1), payload: z.unknown().optional(), context: executionContextSchema.partial().optional() }),
    result: z.object({ runId: z.string() }),
  },
  /**
   * The editor's unsaved buffers (path relative to the app -> text), replacing the last set: runs build
   * from them instead of the files on disk (run settings' `unsavedEdits`: 'run-buffer').
   */
  'editor.buffers': {
    params: z.object({ buffers: z.record(z.string(), z.string()) }),
    result: z.object({ ok: z.literal(true) }),
  },
  'run.cancel': { params: z.object({ runId: z.string() }), result: z.object({ cancelled: z.boolean() }) },
  /** Runs still going (a reconnecting window resynchronises from this). */
  'run.live': { params: empty, result: z.object({ runs: z.array(runRecordSchema) }) },
  'run.history': {
    params: z.object({ universalIdentifier: z.string().optional(), status: z.enum(['RUNNING', 'SUCCESS', 'ERROR']).optional() }),
    result: z.object({ runs: z.array(runSummarySchema) }),
  },
  'run.get': { params: z.object({ runId: z.string() }), result: runRecordSchema },
  /** A run's whole log (`run.finished` may carry its end only): kept in memory for recent runs, else what the history kept. */
  'run.logs': { params: z.object({ runId: z.string() }), result: z.object({ logs: z.string() }) },
  'run.payload': {
    params: z.object({ universalIdentifier: z.string().min(1) }),
    result: z.object({ payload: z.unknown(), source: z.enum(['last', 'sample']) }),
  },
  'variables.list': { params: empty, result: z.object({ variables: z.array(appVariableSchema) }) },
  /** Sets values (secrets included; they stay in the user data folder) and clears the named ones. */
  'variables.set': {
    params: z.object({ values: z.record(z.string(), z.unknown()).default({}), clear: z.array(z.string()).default([]) }),
    result: z.object({ variables: z.array(appVariableSchema) }),
  },
  'target.get': {
    params: empty,
    result: z.object({ target: apiTargetSchema, remotes: z.array(z.object({ name: z.string(), apiUrl: z.string(), hasCredentials: z.boolean() })) }),
  },
  'target.set': { params: apiTargetSchema, result: z.object({ ok: z.literal(true) }) },
  'run.settings.get': { params: empty, result: runSettingsSchema },
  'run.settings.set': { params: runSettingsSchema, result: runSettingsSchema },
  /** Checks the Remote target through the typed MetadataApiClient: workspace, objects, functions. */
  'target.check': {
    params: empty,
    result: z.object({
      workspace: z.object({ id: z.string(), displayName: z.string().nullable() }),
      objects: z.array(z.string()),
      logicFunctions: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  },
  /** Regenerates the app's typed CoreApiClient from the Remote's schema (as `twenty dev:generate-client`). */
  'client.generate': { params: empty, result: z.object({ packageRoot: z.string(), schemaBytes: z.number() }) },
  /** Shows a file of the open app (e.g. the packaged tarball) in the system's file manager. */
  'studio.reveal': { params: z.object({ path: z.string().min(1) }), result: z.object({ ok: z.literal(true) }) },
  'studio.info': {
    params: empty,
    result: z.object({ version: z.string(), mode: z.enum(['electron', 'browser']), userDataDir: z.string(), platform: z.string() }),
  },
  ...payloadOperations,
  ...releaseOperations,
  ...workspaceOperations,
  ...debugOperations,
} as const;

/** Streams the core pushes to every connected window. */
export const events = {
  'project.model': projectModelSchema,
  'file.changed': z.object({ changes: z.array(fileChangeSchema) }),
  'console.batch': consoleBatchSchema,
  'task.state': taskStateSchema,
  'run.started': z.object({ runId: z.string(), universalIdentifier: z.string(), functionName: z.string(), origin: z.string(), payload: z.unknown(), startedAt: z.string(), content: runContentSchema.optional(), debug: z.boolean().optional(), dispatchedBy: dispatchedBySchema.optional() }),
  'run.finished': runRecordSchema,
  /** The function bundles after each rebuild: build errors located, and which functions run a stale bundle. */
  'build.state': z.object({ ok: z.boolean(), durationMs: z.number(), problems: z.array(problemSchema), staleFiles: z.array(z.string()) }),
  ...payloadEvents,
  ...releaseEvents,
  ...workspaceEvents,
  ...debugEvents,
} as const;

export type OperationName = keyof typeof operations;
export type OperationParams<N extends OperationName> = z.input<(typeof operations)[N]['params']>;
export type OperationResult<N extends OperationName> = z.infer<(typeof operations)[N]['result']>;
export type EventName = keyof typeof events;
export type EventPayload<N extends EventName> = z.infer<(typeof events)[N]>;

/** The one client of the contract the renderer uses; implemented over IPC (Electron) or WebSocket (browser mode). */
export interface StudioApi {
  call<N extends OperationName>(name: N, params: OperationParams<N>): Promise<OperationResult<N>>;
  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void;
}

/** An error that crossed a transport: a code the UI can act on and a message for a person. */
export const studioErrorSchema = z.object({ code: z.string(), message: z.string() });
export type StudioErrorShape = z.infer<typeof studioErrorSchema>;

/** Wire envelopes used by both transports. */
export const wireRequestSchema = z.object({ type: z.literal('request'), id: z.number().int(), op: z.string(), params: z.unknown() });
export type WireRequest = z.infer<typeof wireRequestSchema>;
export type WireResponse =
  | { type: 'response'; id: number; ok: true; result: unknown }
  | { type: 'response'; id: number; ok: false; error: StudioErrorShape };
export type WireEvent = { type: 'event'; event: EventName; payload: unknown };
export type WireMessage = WireResponse | WireEvent;
