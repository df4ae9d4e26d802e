import { z } from 'zod';
import { executionContextSchema } from './run';
import { exceptionModeSchema, fileBreakpointsSchema, breakpointStoreStateSchema } from './breakpoints';

export * from './breakpoints';

/**
 * The debugger (issue 12): breakpoints kept per app, a debug session per debugged run (the run's
 * child under the Node inspector, the core attached through the Chrome DevTools Protocol). Lines
 * are 1-based (editor lines) everywhere in the contract.
 */

const empty = z.object({}).strict();

/** Where a breakpoint landed in a session: moved to the next line with code, or not placed (and why). */
export const breakpointPlacementSchema = z.object({
  file: z.string(),
  /** The line the breakpoint is set on. */
  line: z.number().int(),
  /** The line it is in effect on (differs when the set line has no code). */
  actualLine: z.number().int().nullable(),
  verified: z.boolean(),
  message: z.string().optional(),
});
export type BreakpointPlacement = z.infer<typeof breakpointPlacementSchema>;

/** A value of the paused program, as far as the window needs it: a text and, for objects, a handle to expand. */
export const debugValueSchema = z.object({
  type: z.string(),
  subtype: z.string().optional(),
  /** What to show: `42`, `"text"`, `Object {a: 1, b: "x"}`, `Array(3)`. */
  display: z.string(),
  /** Set for objects whose properties can be loaded (debug.properties). */
  objectId: z.string().optional(),
});
export type DebugValue = z.infer<typeof debugValueSchema>;

export const debugScopeSchema = z.object({
  /** local, closure, module, block, script, catch, global, ... (the protocol's scope types). */
  type: z.string(),
  name: z.string(),
  objectId: z.string(),
});
export type DebugScope = z.infer<typeof debugScopeSchema>;

export const debugFrameSchema = z.object({
  /** The protocol's callFrameId: evaluation happens in this frame. */
  id: z.string(),
  functionName: z.string(),
  /** app: the function's own code; library: node_modules (shown collapsed). */
  kind: z.enum(['app', 'library']),
  /** The TypeScript file relative to the app folder (or a path/URL outside it); null when unmapped. */
  file: z.string().nullable(),
  /** 1-based line and column in `file` (or in the bundle when unmapped). */
  line: z.number().int(),
  column: z.number().int(),
  scopes: z.array(debugScopeSchema),
});
export type DebugFrame = z.infer<typeof debugFrameSchema>;

export const debugPauseSchema = z.object({
  /** breakpoint, step, exception, promiseRejection, debugCommand, other. */
  reason: z.string(),
  /** Frames of the function and its libraries, innermost first; the runner's and Node's own are left out. */
  frames: z.array(debugFrameSchema),
  /** How many frames were left out (the runner, node: internals). */
  hiddenFrames: z.number().int(),
  exception: debugValueSchema.optional(),
  /** When the pause was reported (epoch ms). */
  at: z.number(),
});
export type DebugPause = z.infer<typeof debugPauseSchema>;

export const debugSessionSchema = z.object({
  /** The run's id: one session per debugged run. */
  sessionId: z.string(),
  universalIdentifier: z.string(),
  functionName: z.string(),
  /** The function's source file (relative to the app). */
  file: z.string(),
  status: z.enum(['starting', 'running', 'paused', 'ended']),
  paused: debugPauseSchema.nullable(),
  /** The inspector's WebSocket URL (loopback, random port and path). */
  inspectorUrl: z.string().nullable(),
  /** The same target for Chrome DevTools (`devtools://...`). */
  devtoolsUrl: z.string().nullable(),
  /** The function's timeout does not count while paused. */
  timeoutSuspended: z.boolean(),
  breakpoints: z.array(breakpointPlacementSchema),
  /** Things the developer should know: a missing or stale source map, the process that died. */
  notices: z.array(z.string()),
  /** Why the session ended (the run finished, it was stopped, the process died). */
  endedReason: z.string().optional(),
});
export type DebugSession = z.infer<typeof debugSessionSchema>;

export const debugActionSchema = z.enum(['continue', 'pause', 'stepOver', 'stepInto', 'stepOut', 'stop', 'restart']);
export type DebugAction = z.infer<typeof debugActionSchema>;

/**
 * Database-event runs the Local workspace triggers (a write by a run, the Workspace window, REST,
 * `workspace query`) that start under the debugger: the next one of a function, or every one.
 */
export const triggeredDebugModeSchema = z.enum(['off', 'next', 'every']);
export type TriggeredDebugMode = z.infer<typeof triggeredDebugModeSchema>;
export const triggeredDebugStateSchema = z.object({
  /** universalIdentifier -> mode, functions that are off left out. */
  functions: z.record(z.string(), z.enum(['next', 'every'])),
});
export type TriggeredDebugState = z.infer<typeof triggeredDebugStateSchema>;

export const debugOperations = {
  'debug.breakpoints.get': { params: empty, result: breakpointStoreStateSchema },
  /** Replaces one file's breakpoints (live sessions pick them up at once). */
  'debug.breakpoints.set': { params: fileBreakpointsSchema, result: breakpointStoreStateSchema },
  'debug.exceptions.set': { params: z.object({ mode: exceptionModeSchema }), result: breakpointStoreStateSchema },
  /** Runs a function under the debugger (same payload rules as run.start). */
  'debug.start': {
    params: z.object({ universalIdentifier: z.string().min(1), payload: z.unknown().optional(), context: executionContextSchema.partial().optional() }),
    result: z.object({ runId: z.string(), sessionId: z.string() }),
  },
  'debug.command': { params: z.object({ sessionId: z.string(), action: debugActionSchema }), result: z.object({ ok: z.literal(true), sessionId: z.string() }) },
  /** Evaluates in a paused frame (or the global scope while running): the debug console, watches, hovers (no side effects). */
  'debug.evaluate': {
    params: z.object({ sessionId: z.string(), frameId: z.string().optional(), expression: z.string().min(1).max(10_000), purpose: z.enum(['repl', 'watch', 'hover']).default('repl') }),
    result: z.object({ value: debugValueSchema.nullable(), error: z.string().optional() }),
  },
  /** Properties of an object of the paused program (scopes and values expand lazily). */
  'debug.properties': {
    params: z.object({ sessionId: z.string(), objectId: z.string().min(1) }),
    result: z.object({ properties: z.array(z.object({ name: z.string(), value: debugValueSchema })) }),
  },
  'debug.sessions': { params: empty, result: z.object({ sessions: z.array(debugSessionSchema) }) },
  'debug.triggered.get': { params: empty, result: triggeredDebugStateSchema },
  /** Debug the next (or every) database-event run of a function the Local workspace triggers. */
  'debug.triggered.set': { params: z.object({ universalIdentifier: z.string().min(1), mode: triggeredDebugModeSchema }), result: triggeredDebugStateSchema },
} as const satisfies Record<string, { params: z.ZodType; result: z.ZodType }>;

export const debugEvents = {
  /** A session's state changed (started, paused, resumed, ended). */
  'debug.session': debugSessionSchema,
  /** The app's breakpoints or exception mode changed. */
  'debug.breakpoints': breakpointStoreStateSchema,
  /** Which functions' triggered runs start under the debugger changed. */
  'debug.triggered': triggeredDebugStateSchema,
} as const satisfies Record<string, z.ZodType>;
