"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// bench/debug.bench.ts
var import_promises32 = require("node:fs/promises");
var import_node_os9 = require("node:os");
var import_node_path51 = require("node:path");
var import_node_perf_hooks = require("node:perf_hooks");

// src-main/core/studio.ts
var import_node_fs22 = require("node:fs");
var import_node_path49 = require("node:path");

// src-main/core/console/console-batcher.ts
var ConsoleBatcher = class {
  constructor(deliver, intervalMs = 16) {
    this.deliver = deliver;
    this.intervalMs = intervalMs;
  }
  deliver;
  intervalMs;
  entries = [];
  timer = null;
  push(entry) {
    this.entries.push({ ...entry, time: entry.time ?? (/* @__PURE__ */ new Date()).toISOString() });
    if (!this.timer) this.timer = setTimeout(() => this.flush(), this.intervalMs);
  }
  flush() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.entries.length === 0) return;
    const batch = this.entries;
    this.entries = [];
    this.deliver(batch);
  }
};

// src-main/core/studio-error.ts
var StudioError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "StudioError";
  }
  code;
};

// src-main/core/debug/breakpoint-store.ts
var import_node_path2 = require("node:path");

// src-shared/contract/debug.ts
var import_zod2 = require("zod");

// src-shared/contract/run.ts
var import_zod = require("zod");
var executionContextSchema = import_zod.z.object({
  retryCount: import_zod.z.number().int().min(0),
  maxRetries: import_zod.z.number().int().min(0),
  workspaceId: import_zod.z.string(),
  userWorkspaceId: import_zod.z.string().nullable(),
  workspaceMemberId: import_zod.z.string().nullable()
});
var runRequestSchema = import_zod.z.object({
  universalIdentifier: import_zod.z.string().min(1),
  /** Any JSON value; crosses the same JSON boundary as on the server. */
  payload: import_zod.z.unknown(),
  context: executionContextSchema.partial().optional()
});
var runErrorSchema = import_zod.z.object({
  errorType: import_zod.z.string(),
  errorMessage: import_zod.z.string(),
  stackTrace: import_zod.z.string()
});
var outgoingCallSchema = import_zod.z.object({
  via: import_zod.z.enum(["fetch", "http"]),
  method: import_zod.z.string(),
  /** Credentials (user:password@, token-like query values) replaced by `***`. */
  url: import_zod.z.string(),
  /** Null when no response arrived (network error, run ended first). */
  status: import_zod.z.number().int().nullable(),
  /** Milliseconds from the request to its response headers (or to the failure). */
  durationMs: import_zod.z.number(),
  /** Offset from the start of the handler call, in milliseconds. */
  startedAtMs: import_zod.z.number(),
  error: import_zod.z.string().optional()
});
var runStatusSchema = import_zod.z.enum(["SUCCESS", "ERROR"]);
var runResultSchema = import_zod.z.object({
  runId: import_zod.z.string(),
  data: import_zod.z.unknown(),
  logs: import_zod.z.string(),
  duration: import_zod.z.number(),
  status: runStatusSchema,
  error: runErrorSchema.optional(),
  calls: import_zod.z.array(outgoingCallSchema),
  nodeVersion: import_zod.z.string(),
  stale: import_zod.z.boolean(),
  /**
   * How the run's file access was bounded: `confined` (Node's permission model: read the bundle
   * and node_modules, write the run folder), `off` (the app's run settings), `unavailable` (this
   * Node has no permission model; `fileSystemNote` says why).
   */
  fileSystem: import_zod.z.enum(["confined", "off", "unavailable"]).optional(),
  fileSystemNote: import_zod.z.string().optional()
});
var runOutputChunkSchema = import_zod.z.object({
  stream: import_zod.z.enum(["stdout", "stderr"]),
  text: import_zod.z.string()
});
var runOutputBatchSchema = import_zod.z.object({
  runId: import_zod.z.string(),
  chunks: import_zod.z.array(runOutputChunkSchema)
});
var runEventSchema = import_zod.z.discriminatedUnion("type", [
  import_zod.z.object({ type: import_zod.z.literal("started"), runId: import_zod.z.string(), universalIdentifier: import_zod.z.string(), nodeVersion: import_zod.z.string() }),
  runOutputBatchSchema.extend({ type: import_zod.z.literal("output") }),
  import_zod.z.object({ type: import_zod.z.literal("finished"), result: runResultSchema })
]);
var runContentSchema = import_zod.z.object({
  source: import_zod.z.enum(["disk", "buffer"]),
  /** sha256 of the bundle that ran (code and source map), first 16 hex digits. */
  bundleHash: import_zod.z.string().nullable(),
  /** The unsaved buffers the bundle was built from (path relative to the app, sha1 of the text as in file versions). */
  buffers: import_zod.z.array(import_zod.z.object({ path: import_zod.z.string(), version: import_zod.z.string() }))
});
var runRecordSchema = import_zod.z.object({
  runId: import_zod.z.string(),
  universalIdentifier: import_zod.z.string(),
  functionName: import_zod.z.string(),
  /** What triggered it: the Run button, the CLI, the local route server, a composer. */
  origin: import_zod.z.string(),
  payload: import_zod.z.unknown(),
  startedAt: import_zod.z.string(),
  result: runResultSchema.nullable(),
  /** Set while the run waits for a free slot (the studio runs a limited number at once): 1 = next. */
  queuePosition: import_zod.z.number().int().positive().optional(),
  /** A run fired by the database event of a write (in the Local workspace): which run wrote, and the event. */
  triggeredBy: import_zod.z.object({ runId: import_zod.z.string().nullable(), event: import_zod.z.string(), recordId: import_zod.z.string(), depth: import_zod.z.number().int() }).optional(),
  /** Which content ran: the files on disk, or unsaved editor buffers (which, and a hash of each); the bundle's hash. */
  content: runContentSchema.optional(),
  /** A run a server-route resolver dispatched to (the handoff): the resolver's run. */
  dispatchedBy: import_zod.z.object({ runId: import_zod.z.string(), universalIdentifier: import_zod.z.string(), functionName: import_zod.z.string(), workspaceId: import_zod.z.string() }).optional(),
  /** The run was started under the debugger. */
  debug: import_zod.z.boolean().optional()
});
var runSummarySchema = import_zod.z.object({
  runId: import_zod.z.string(),
  universalIdentifier: import_zod.z.string(),
  functionName: import_zod.z.string(),
  origin: import_zod.z.string(),
  startedAt: import_zod.z.string(),
  status: import_zod.z.enum(["RUNNING", "SUCCESS", "ERROR"]),
  duration: import_zod.z.number().nullable(),
  debug: import_zod.z.boolean().optional()
});
var appVariableSchema = import_zod.z.object({
  name: import_zod.z.string(),
  kind: import_zod.z.enum(["application", "server"]),
  type: import_zod.z.string().nullable(),
  description: import_zod.z.string().nullable(),
  isSecret: import_zod.z.boolean(),
  isRequired: import_zod.z.boolean(),
  /** The manifest's default (never for secrets). */
  defaultValue: import_zod.z.unknown(),
  /** True when the user set a value in the studio. */
  hasValue: import_zod.z.boolean(),
  /** The value to show: secrets are masked as '••••••••'. */
  displayValue: import_zod.z.unknown()
});
var apiTargetSchema = import_zod.z.discriminatedUnion("kind", [
  /** The studio's Local workspace (the default): Core API, metadata and REST on an embedded Postgres. */
  import_zod.z.object({ kind: import_zod.z.literal("local") }),
  import_zod.z.object({ kind: import_zod.z.literal("offline") }),
  import_zod.z.object({ kind: import_zod.z.literal("remote"), url: import_zod.z.string().url(), apiKey: import_zod.z.string().optional(), remoteName: import_zod.z.string().optional() })
]);
var offlineApiCallSchema = import_zod.z.object({ runId: import_zod.z.string().nullable(), method: import_zod.z.string(), path: import_zod.z.string(), time: import_zod.z.string() });
var runSettingsSchema = import_zod.z.object({
  nodePath: import_zod.z.string().nullable().default(null),
  memoryLimitMb: import_zod.z.number().int().min(64).max(32768).default(1024),
  outputLimitMb: import_zod.z.number().int().min(1).max(1024).default(50),
  /** A result whose JSON is larger is replaced by a truncation notice (default 5 MB). */
  resultLimitMb: import_zod.z.number().int().min(1).max(1024).optional(),
  /** Runs executing at once; more wait in a queue (default: the number of cores + 2). */
  maxConcurrentRuns: import_zod.z.number().int().min(1).max(256).optional(),
  /**
   * Confine what a function can read and write on disk (Node's permission model): its bundle,
   * node_modules and run folder. On by default; off for an app that must reach other files.
   */
  confineFileSystem: import_zod.z.boolean().default(true),
  /** With unsaved edits, Run (and composers, saved payloads) runs the editor's buffers (the default, unset), or saves them first. */
  unsavedEdits: import_zod.z.enum(["run-buffer", "save-first"]).optional()
});

// src-shared/contract/debug.ts
var empty = import_zod2.z.object({}).strict();
var breakpointSchema = import_zod2.z.object({
  line: import_zod2.z.number().int().min(1),
  /** Pause only when this expression is truthy in the frame. */
  condition: import_zod2.z.string().optional(),
  /** A logpoint: print this (`{expression}` parts evaluated) instead of pausing. */
  logMessage: import_zod2.z.string().optional(),
  enabled: import_zod2.z.boolean().default(true)
});
var fileBreakpointsSchema = import_zod2.z.object({
  /** Relative to the app folder, forward slashes. */
  file: import_zod2.z.string().min(1),
  breakpoints: import_zod2.z.array(breakpointSchema)
});
var exceptionModeSchema = import_zod2.z.enum(["none", "uncaught", "all"]);
var breakpointStoreStateSchema = import_zod2.z.object({
  files: import_zod2.z.array(fileBreakpointsSchema),
  exceptions: exceptionModeSchema
});
var breakpointPlacementSchema = import_zod2.z.object({
  file: import_zod2.z.string(),
  /** The line the breakpoint is set on. */
  line: import_zod2.z.number().int(),
  /** The line it is in effect on (differs when the set line has no code). */
  actualLine: import_zod2.z.number().int().nullable(),
  verified: import_zod2.z.boolean(),
  message: import_zod2.z.string().optional()
});
var debugValueSchema = import_zod2.z.object({
  type: import_zod2.z.string(),
  subtype: import_zod2.z.string().optional(),
  /** What to show: `42`, `"text"`, `Object {a: 1, b: "x"}`, `Array(3)`. */
  display: import_zod2.z.string(),
  /** Set for objects whose properties can be loaded (debug.properties). */
  objectId: import_zod2.z.string().optional()
});
var debugScopeSchema = import_zod2.z.object({
  /** local, closure, module, block, script, catch, global, ... (the protocol's scope types). */
  type: import_zod2.z.string(),
  name: import_zod2.z.string(),
  objectId: import_zod2.z.string()
});
var debugFrameSchema = import_zod2.z.object({
  /** The protocol's callFrameId: evaluation happens in this frame. */
  id: import_zod2.z.string(),
  functionName: import_zod2.z.string(),
  /** app: the function's own code; library: node_modules (shown collapsed). */
  kind: import_zod2.z.enum(["app", "library"]),
  /** The TypeScript file relative to the app folder (or a path/URL outside it); null when unmapped. */
  file: import_zod2.z.string().nullable(),
  /** 1-based line and column in `file` (or in the bundle when unmapped). */
  line: import_zod2.z.number().int(),
  column: import_zod2.z.number().int(),
  scopes: import_zod2.z.array(debugScopeSchema)
});
var debugPauseSchema = import_zod2.z.object({
  /** breakpoint, step, exception, promiseRejection, debugCommand, other. */
  reason: import_zod2.z.string(),
  /** Frames of the function and its libraries, innermost first; the runner's and Node's own are left out. */
  frames: import_zod2.z.array(debugFrameSchema),
  /** How many frames were left out (the runner, node: internals). */
  hiddenFrames: import_zod2.z.number().int(),
  exception: debugValueSchema.optional(),
  /** When the pause was reported (epoch ms). */
  at: import_zod2.z.number()
});
var debugSessionSchema = import_zod2.z.object({
  /** The run's id: one session per debugged run. */
  sessionId: import_zod2.z.string(),
  universalIdentifier: import_zod2.z.string(),
  functionName: import_zod2.z.string(),
  /** The function's source file (relative to the app). */
  file: import_zod2.z.string(),
  status: import_zod2.z.enum(["starting", "running", "paused", "ended"]),
  paused: debugPauseSchema.nullable(),
  /** The inspector's WebSocket URL (loopback, random port and path). */
  inspectorUrl: import_zod2.z.string().nullable(),
  /** The same target for Chrome DevTools (`devtools://...`). */
  devtoolsUrl: import_zod2.z.string().nullable(),
  /** The function's timeout does not count while paused. */
  timeoutSuspended: import_zod2.z.boolean(),
  breakpoints: import_zod2.z.array(breakpointPlacementSchema),
  /** Things the developer should know: a missing or stale source map, the process that died. */
  notices: import_zod2.z.array(import_zod2.z.string()),
  /** Why the session ended (the run finished, it was stopped, the process died). */
  endedReason: import_zod2.z.string().optional()
});
var debugActionSchema = import_zod2.z.enum(["continue", "pause", "stepOver", "stepInto", "stepOut", "stop", "restart"]);
var triggeredDebugModeSchema = import_zod2.z.enum(["off", "next", "every"]);
var triggeredDebugStateSchema = import_zod2.z.object({
  /** universalIdentifier -> mode, functions that are off left out. */
  functions: import_zod2.z.record(import_zod2.z.string(), import_zod2.z.enum(["next", "every"]))
});
var debugOperations = {
  "debug.breakpoints.get": { params: empty, result: breakpointStoreStateSchema },
  /** Replaces one file's breakpoints (live sessions pick them up at once). */
  "debug.breakpoints.set": { params: fileBreakpointsSchema, result: breakpointStoreStateSchema },
  "debug.exceptions.set": { params: import_zod2.z.object({ mode: exceptionModeSchema }), result: breakpointStoreStateSchema },
  /** Runs a function under the debugger (same payload rules as run.start). */
  "debug.start": {
    params: import_zod2.z.object({ universalIdentifier: import_zod2.z.string().min(1), payload: import_zod2.z.unknown().optional(), context: executionContextSchema.partial().optional() }),
    result: import_zod2.z.object({ runId: import_zod2.z.string(), sessionId: import_zod2.z.string() })
  },
  "debug.command": { params: import_zod2.z.object({ sessionId: import_zod2.z.string(), action: debugActionSchema }), result: import_zod2.z.object({ ok: import_zod2.z.literal(true), sessionId: import_zod2.z.string() }) },
  /** Evaluates in a paused frame (or the global scope while running): the debug console, watches, hovers (no side effects). */
  "debug.evaluate": {
    params: import_zod2.z.object({ sessionId: import_zod2.z.string(), frameId: import_zod2.z.string().optional(), expression: import_zod2.z.string().min(1).max(1e4), purpose: import_zod2.z.enum(["repl", "watch", "hover"]).default("repl") }),
    result: import_zod2.z.object({ value: debugValueSchema.nullable(), error: import_zod2.z.string().optional() })
  },
  /** Properties of an object of the paused program (scopes and values expand lazily). */
  "debug.properties": {
    params: import_zod2.z.object({ sessionId: import_zod2.z.string(), objectId: import_zod2.z.string().min(1) }),
    result: import_zod2.z.object({ properties: import_zod2.z.array(import_zod2.z.object({ name: import_zod2.z.string(), value: debugValueSchema })) })
  },
  "debug.sessions": { params: empty, result: import_zod2.z.object({ sessions: import_zod2.z.array(debugSessionSchema) }) },
  "debug.triggered.get": { params: empty, result: triggeredDebugStateSchema },
  /** Debug the next (or every) database-event run of a function the Local workspace triggers. */
  "debug.triggered.set": { params: import_zod2.z.object({ universalIdentifier: import_zod2.z.string().min(1), mode: triggeredDebugModeSchema }), result: triggeredDebugStateSchema }
};
var debugEvents = {
  /** A session's state changed (started, paused, resumed, ended). */
  "debug.session": debugSessionSchema,
  /** The app's breakpoints or exception mode changed. */
  "debug.breakpoints": breakpointStoreStateSchema,
  /** Which functions' triggered runs start under the debugger changed. */
  "debug.triggered": triggeredDebugStateSchema
};

// src-main/core/user-data/json-file.ts
var import_promises2 = require("node:fs/promises");

// src-main/core/files/atomic-write.ts
var import_node_crypto = require("node:crypto");
var import_promises = require("node:fs/promises");
var import_node_path = require("node:path");
var ATOMIC_TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;
async function writeFileAtomic(path, content, options = {}) {
  await (0, import_promises.mkdir)((0, import_node_path.dirname)(path), { recursive: true });
  const temp = (0, import_node_path.join)((0, import_node_path.dirname)(path), `.${(0, import_node_path.basename)(path)}.${(0, import_node_crypto.randomBytes)(6).toString("hex")}.tmp`);
  let mode;
  try {
    mode = (await (0, import_promises.stat)(path)).mode;
  } catch {
    mode = void 0;
  }
  if (options.mode !== void 0) mode = options.mode;
  try {
    await (0, import_promises.writeFile)(temp, content, mode === void 0 ? void 0 : { mode });
    await (0, import_promises.rename)(temp, path);
  } catch (error) {
    await (0, import_promises.rm)(temp, { force: true });
    throw error;
  }
}
async function removeStaleTempFiles(paths) {
  const removed = [];
  for (const path of paths) {
    if (!ATOMIC_TEMP_FILE.test((0, import_node_path.basename)(path))) continue;
    await (0, import_promises.rm)(path, { force: true });
    removed.push(path);
  }
  return removed;
}

// src-main/core/user-data/json-file.ts
function stableStringify(value) {
  const sort = (item) => {
    if (Array.isArray(item)) return item.map(sort);
    if (item && typeof item === "object") {
      return Object.fromEntries(Object.keys(item).sort().map((key) => [key, sort(item[key])]));
    }
    return item;
  };
  return `${JSON.stringify(sort(value), null, 2)}
`;
}
async function readJsonFile(path, schema, fallback) {
  try {
    const parsed = schema.safeParse(JSON.parse(await (0, import_promises2.readFile)(path, "utf8")));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}
async function writeJsonFile(path, value, options = {}) {
  await writeFileAtomic(path, stableStringify(value), options.secret ? { mode: 384 } : {});
}

// src-main/core/debug/breakpoint-store.ts
var EMPTY = { files: [], exceptions: "none" };
var normalize = (breakpoints) => {
  const byLine = /* @__PURE__ */ new Map();
  for (const breakpoint of breakpoints) {
    const clean = { line: breakpoint.line, enabled: breakpoint.enabled };
    if (breakpoint.condition?.trim()) clean.condition = breakpoint.condition.trim();
    if (breakpoint.logMessage?.trim()) clean.logMessage = breakpoint.logMessage.trim();
    byLine.set(breakpoint.line, clean);
  }
  return [...byLine.values()].sort((a, b) => a.line - b.line);
};
var BreakpointStore = class {
  constructor(appDataDir) {
    this.appDataDir = appDataDir;
  }
  appDataDir;
  state = null;
  writes = Promise.resolve();
  get path() {
    return (0, import_node_path2.join)(this.appDataDir, "breakpoints.json");
  }
  get() {
    this.state ??= readJsonFile(this.path, breakpointStoreStateSchema, EMPTY);
    return this.state;
  }
  async forFile(file) {
    return (await this.get()).files.find((entry) => entry.file === file)?.breakpoints ?? [];
  }
  async setFile(entry) {
    const current = await this.get();
    const breakpoints = normalize(entry.breakpoints);
    const files = current.files.filter((existing) => existing.file !== entry.file);
    if (breakpoints.length > 0) files.push({ file: entry.file, breakpoints });
    files.sort((a, b) => a.file.localeCompare(b.file));
    return this.save({ ...current, files });
  }
  async setExceptions(mode) {
    return this.save({ ...await this.get(), exceptions: mode });
  }
  save(next) {
    this.state = Promise.resolve(next);
    this.writes = this.writes.then(() => writeJsonFile(this.path, next)).catch(() => void 0);
    return this.writes.then(() => next);
  }
};

// src-main/core/debug/debug-session.ts
var import_node_url = require("node:url");

// src-shared/debug/logpoint.ts
var logMessageExpression = (message) => {
  let template = "";
  let index = 0;
  while (index < message.length) {
    const open2 = message.indexOf("{", index);
    const close = open2 === -1 ? -1 : message.indexOf("}", open2 + 1);
    if (open2 === -1 || close === -1) {
      template += escapeTemplateText(message.slice(index));
      break;
    }
    template += escapeTemplateText(message.slice(index, open2));
    const expression = message.slice(open2 + 1, close).trim();
    template += expression ? `\${${expression}}` : "{}";
    index = close + 1;
  }
  return `console.log(\`${template}\`)`;
};
var escapeTemplateText = (text) => text.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${");
var protocolCondition = (breakpoint) => {
  const condition = breakpoint.condition?.trim();
  const log = breakpoint.logMessage?.trim();
  if (log) {
    const print = `(() => { try { ${logMessageExpression(log)}; } catch (error) { console.log('Logpoint error: ' + error); } })(), false`;
    return condition ? `(${condition}) && (${print})` : `(${print})`;
  }
  return condition || void 0;
};

// src-shared/debug/remote-value.ts
var MAX_DISPLAY = 200;
var clip = (text) => text.length > MAX_DISPLAY ? `${text.slice(0, MAX_DISPLAY - 1)}\u2026` : text;
var previewEntry = (property, isArray) => {
  const value = property.type === "string" ? JSON.stringify(property.value ?? "") : property.type === "function" ? "\u0192" : property.value ?? property.type;
  return isArray && /^\d+$/.test(property.name) ? value : `${property.name}: ${value}`;
};
var formatRemoteObject = (object) => {
  const base = { type: object.type, ...object.subtype ? { subtype: object.subtype } : {}, ...object.objectId ? { objectId: object.objectId } : {} };
  switch (object.type) {
    case "undefined":
      return { ...base, display: "undefined" };
    case "string":
      return { ...base, display: clip(JSON.stringify(object.value ?? "")) };
    case "number":
    case "boolean":
    case "bigint":
      return { ...base, display: object.unserializableValue ?? object.description ?? String(object.value) };
    case "symbol":
      return { ...base, display: object.description ?? "Symbol()" };
    case "function":
      return { ...base, display: clip(`\u0192 ${(object.description ?? "").split("\n")[0].replace(/^(async\s+)?function\s*/, "$1").replace(/\s*\{$/, "")}`) };
    case "object": {
      if (object.subtype === "null") return { ...base, display: "null" };
      const description = object.description ?? object.className ?? "Object";
      const properties = object.preview?.properties;
      if (!properties) return { ...base, display: clip(description) };
      const isArray = object.subtype === "array" || object.subtype === "typedarray";
      const inner = properties.map((property) => previewEntry(property, isArray)).join(", ") + (object.preview?.overflow ? ", \u2026" : "");
      if (isArray) return { ...base, display: clip(`${description} [${inner}]`) };
      if (object.subtype === "error" || object.subtype === "regexp" || object.subtype === "date") return { ...base, display: clip(description) };
      const prefix = description === "Object" ? "" : `${description} `;
      return { ...base, display: clip(`${prefix}{${inner}}`) };
    }
    default:
      return { ...base, display: clip(object.description ?? String(object.value)) };
  }
};
var devtoolsUrlFor = (inspectorUrl) => `devtools://devtools/bundled/js_app.html?experiments=true&v8only=true&ws=${inspectorUrl.replace(/^ws:\/\//, "")}`;

// src-main/core/debug/bundle-source-map.ts
var import_promises3 = require("node:fs/promises");
var import_node_path3 = require("node:path");

// src-shared/debug/source-map.ts
var BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var BASE64_VALUE = new Int8Array(128).fill(-1);
for (let index = 0; index < BASE64.length; index += 1) BASE64_VALUE[BASE64.charCodeAt(index)] = index;
var SourceMapFormatError = class extends Error {
};
var decodeMappings = (mappings) => {
  const segments = [];
  let generatedLine = 0;
  let generatedColumn = 0;
  let source = 0;
  let originalLine = 0;
  let originalColumn = 0;
  let index = 0;
  const fields = [];
  while (index <= mappings.length) {
    const char = mappings[index];
    if (char === ";" || char === "," || index === mappings.length) {
      if (fields.length >= 4) {
        generatedColumn += fields[0];
        source += fields[1];
        originalLine += fields[2];
        originalColumn += fields[3];
        segments.push({ generatedLine, generatedColumn, source, originalLine, originalColumn });
      } else if (fields.length >= 1) {
        generatedColumn += fields[0];
      }
      fields.length = 0;
      if (char === ";") {
        generatedLine += 1;
        generatedColumn = 0;
      }
      index += 1;
      continue;
    }
    let value = 0;
    let shift = 0;
    let digit;
    do {
      const code = mappings.charCodeAt(index);
      digit = code < 128 ? BASE64_VALUE[code] : -1;
      if (digit === -1) throw new SourceMapFormatError(`Invalid character ${JSON.stringify(mappings[index] ?? "")} at ${index} in the source map's mappings.`);
      value += (digit & 31) * 2 ** shift;
      shift += 5;
      index += 1;
    } while (digit & 32);
    fields.push(value & 1 ? -Math.floor(value / 2) : Math.floor(value / 2));
  }
  return segments;
};
var SourceMapIndex = class {
  sources;
  sourcesContent;
  segments;
  /** Per generated line, its segments sorted by column. */
  byGeneratedLine = /* @__PURE__ */ new Map();
  /** Per source, per original line, the segments (generated order). */
  byOriginal = /* @__PURE__ */ new Map();
  constructor(map) {
    if (map.version !== 3 || !Array.isArray(map.sources) || typeof map.mappings !== "string") {
      throw new SourceMapFormatError("Not a version 3 source map (version, sources and mappings are required).");
    }
    this.sources = map.sources.map((source) => `${map.sourceRoot ?? ""}${source}`);
    this.sourcesContent = map.sources.map((_, index) => map.sourcesContent?.[index] ?? null);
    this.segments = decodeMappings(map.mappings);
    for (const segment of this.segments) {
      let line = this.byGeneratedLine.get(segment.generatedLine);
      if (!line) this.byGeneratedLine.set(segment.generatedLine, line = []);
      line.push(segment);
      let lines = this.byOriginal.get(segment.source);
      if (!lines) this.byOriginal.set(segment.source, lines = /* @__PURE__ */ new Map());
      let original = lines.get(segment.originalLine);
      if (!original) lines.set(segment.originalLine, original = []);
      original.push(segment);
    }
    for (const line of this.byGeneratedLine.values()) line.sort((a, b) => a.generatedColumn - b.generatedColumn);
  }
  /** The source index whose path ends with `path` (the map's sources are relative to the bundle). */
  sourceIndexOf(matches) {
    return this.sources.findIndex(matches);
  }
  /** The original position of a generated one: the closest segment at or before the column on that line. */
  originalPositionFor(line, column) {
    const segments = this.byGeneratedLine.get(line);
    if (!segments || segments.length === 0) return null;
    let found = null;
    for (const segment of segments) {
      if (segment.generatedColumn > column) break;
      found = segment;
    }
    found ??= segments[0];
    return { source: found.source, line: found.originalLine, column: found.originalColumn };
  }
  /**
   * Where a breakpoint on an original line goes: the first generated position of that line or, when
   * the line has no code (a comment, a blank line, a type), of the next line that has some.
   * `line` in the answer is the original line actually used. Null past the last line with code.
   */
  breakpointLocation(source, originalLine) {
    const lines = this.byOriginal.get(source);
    if (!lines) return null;
    let best = null;
    for (const line of lines.keys()) if (line >= originalLine && (best === null || line < best)) best = line;
    if (best === null) return null;
    const segments = lines.get(best);
    let first = segments[0];
    for (const segment of segments) {
      if (segment.generatedLine < first.generatedLine || segment.generatedLine === first.generatedLine && segment.generatedColumn < first.generatedColumn) first = segment;
    }
    return { line: best, generated: { line: first.generatedLine, column: first.generatedColumn } };
  }
  /** Original lines of a source that have code (for the editor and tests). */
  linesWithCode(source) {
    return [...this.byOriginal.get(source)?.keys() ?? []].sort((a, b) => a - b);
  }
};

// src-main/core/debug/bundle-source-map.ts
var toPosix = (path) => path.split(import_node_path3.sep).join("/");
async function loadBundleSourceMap(bundlePath, appDir) {
  const mapPath = `${bundlePath}.map`;
  let raw;
  try {
    raw = JSON.parse(await (0, import_promises3.readFile)(mapPath, "utf8"));
  } catch (error) {
    const code = error.code;
    return {
      ok: false,
      notices: [code === "ENOENT" ? `No source map next to the bundle (${mapPath}): breakpoints cannot be placed in the TypeScript source and pauses show bundle positions. The build is being refreshed.` : `The bundle's source map (${mapPath}) could not be read (${error.message}): breakpoints cannot be placed in the TypeScript source. The build is being refreshed.`]
    };
  }
  let index;
  try {
    index = new SourceMapIndex(raw);
  } catch (error) {
    return { ok: false, notices: [`The bundle's source map (${mapPath}) is not valid: ${error.message} The build is being refreshed.`] };
  }
  const base = (0, import_node_path3.dirname)(bundlePath);
  const files = index.sources.map((source) => {
    const absolute = (0, import_node_path3.isAbsolute)(source) ? source : (0, import_node_path3.resolve)(base, source);
    const inApp = (0, import_node_path3.relative)(appDir, absolute);
    return inApp.startsWith("..") || (0, import_node_path3.isAbsolute)(inApp) ? toPosix(absolute) : toPosix(inApp);
  });
  const library = files.map((file) => /(^|\/)node_modules\//.test(file));
  const stale = [];
  await Promise.all(files.map(async (file, sourceIndex) => {
    const embedded = index.sourcesContent[sourceIndex];
    if (library[sourceIndex] || embedded === null || (0, import_node_path3.isAbsolute)(file)) return;
    const current = await (0, import_promises3.readFile)((0, import_node_path3.resolve)(appDir, file), "utf8").catch(() => null);
    if (current !== null && current !== embedded) stale.push(file);
  }));
  const notices = stale.length > 0 ? [`The bundle is older than ${stale.sort().join(", ")} (the last build failed or has not finished): lines may be off until it is rebuilt. The build is being refreshed.`] : [];
  return { ok: true, map: { index, files, library }, notices };
}

// src-main/core/debug/cdp-client.ts
var import_ws = __toESM(require("ws"));
var CdpClosedError = class extends Error {
  constructor(method) {
    super(`The debugged process is gone (no answer to ${method}).`);
  }
};
var CdpClient = class _CdpClient {
  constructor(socket) {
    this.socket = socket;
    socket.on("message", (data) => this.receive(String(data)));
    socket.on("close", () => this.markClosed());
    socket.on("error", () => void 0);
  }
  socket;
  nextId = 1;
  pending = /* @__PURE__ */ new Map();
  listeners = /* @__PURE__ */ new Map();
  closeListeners = /* @__PURE__ */ new Set();
  isClosed = false;
  /** Connects, or rejects within `timeoutMs` (the inspector's process may die before we get there). */
  static connect(url, timeoutMs = 5e3) {
    const parsed = new URL(url);
    if (parsed.protocol !== "ws:" || !["127.0.0.1", "[::1]", "localhost"].includes(parsed.hostname)) {
      return Promise.reject(new Error(`Refusing to attach to ${url}: the inspector must be on loopback.`));
    }
    return new Promise((resolve13, reject) => {
      const socket = new import_ws.default(url, { perMessageDeflate: false, handshakeTimeout: timeoutMs });
      const timer = setTimeout(() => {
        socket.terminate();
        reject(new Error(`Could not attach to the inspector at ${url} within ${timeoutMs} ms.`));
      }, timeoutMs);
      socket.once("open", () => {
        clearTimeout(timer);
        resolve13(new _CdpClient(socket));
      });
      socket.once("error", (error) => {
        clearTimeout(timer);
        reject(new Error(`Could not attach to the inspector at ${url}: ${error.message}`));
      });
    });
  }
  get closed() {
    return this.isClosed;
  }
  send(method, params = {}) {
    if (this.isClosed) return Promise.reject(new CdpClosedError(method));
    const id = this.nextId++;
    return new Promise((resolve13, reject) => {
      this.pending.set(id, { method, resolve: resolve13, reject });
      this.socket.send(JSON.stringify({ id, method, params }), (error) => {
        if (!error) return;
        this.pending.delete(id);
        reject(new CdpClosedError(method));
      });
    });
  }
  on(method, listener) {
    let set = this.listeners.get(method);
    if (!set) this.listeners.set(method, set = /* @__PURE__ */ new Set());
    set.add(listener);
    return () => set.delete(listener);
  }
  onClose(listener) {
    if (this.isClosed) listener();
    else this.closeListeners.add(listener);
  }
  close() {
    if (this.isClosed) return;
    this.socket.close();
    this.markClosed();
  }
  receive(text) {
    let message;
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    if (typeof message.id === "number") {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message ?? "failed"}`));
      else waiting.resolve(message.result ?? {});
      return;
    }
    if (typeof message.method === "string") {
      for (const listener of this.listeners.get(message.method) ?? []) {
        try {
          listener(message.params ?? {});
        } catch {
        }
      }
    }
  }
  markClosed() {
    if (this.isClosed) return;
    this.isClosed = true;
    for (const [, waiting] of this.pending) waiting.reject(new CdpClosedError(waiting.method));
    this.pending.clear();
    for (const listener of this.closeListeners) listener();
    this.closeListeners.clear();
  }
};

// src-main/core/debug/prepared-inspectors.ts
var BLACKBOX_PATTERNS = ["^node:", "run-child[^/]*\\.[cm]?js$"];
function enableDomains(client) {
  return Promise.all([
    client.send("Runtime.enable"),
    client.send("Debugger.enable", { maxScriptsCacheSize: 1e7 }),
    client.send("Debugger.setAsyncCallStackDepth", { maxDepth: 16 }),
    client.send("Debugger.setBlackboxPatterns", { patterns: BLACKBOX_PATTERNS })
  ]);
}
var PreparedInspectors = class {
  constructor(connect = (url) => CdpClient.connect(url)) {
    this.connect = connect;
  }
  connect;
  prepared = /* @__PURE__ */ new Map();
  disposed = false;
  /** Attaches to an idle child's inspector (ignored when already prepared or disposed). */
  prepare(url) {
    if (this.disposed || this.prepared.has(url)) return;
    const preparing = this.connect(url).then(async (client) => {
      const scriptUrls = /* @__PURE__ */ new Map();
      const stop = client.on("Debugger.scriptParsed", (params) => {
        if (typeof params.scriptId === "string" && typeof params.url === "string") scriptUrls.set(params.scriptId, params.url);
      });
      client.onClose(() => {
        if (this.prepared.get(url) === preparing) this.prepared.delete(url);
      });
      await enableDomains(client);
      return { client, scriptUrls, release: stop };
    }).catch(() => {
      if (this.prepared.get(url) === preparing) this.prepared.delete(url);
      return null;
    });
    this.prepared.set(url, preparing);
  }
  /** The prepared connection to this inspector, once (null when none is prepared or it failed). */
  async take(url) {
    const preparing = this.prepared.get(url);
    if (!preparing) return null;
    this.prepared.delete(url);
    const prepared = await preparing;
    return prepared && !prepared.client.closed ? prepared : null;
  }
  /** Connections prepared and not taken (tests). */
  get size() {
    return this.prepared.size;
  }
  dispose() {
    this.disposed = true;
    for (const preparing of this.prepared.values()) void preparing.then((prepared) => prepared?.client.close());
    this.prepared.clear();
  }
};

// src-main/core/debug/try-blocks.ts
var import_typescript = __toESM(require("typescript"));
var tryBlockRanges = (source) => {
  const file = import_typescript.default.createSourceFile("script.js", source, import_typescript.default.ScriptTarget.Latest, false, import_typescript.default.ScriptKind.JS);
  const ranges = [];
  const visit = (node) => {
    if (import_typescript.default.isTryStatement(node) && node.catchClause) ranges.push([node.tryBlock.getStart(file), node.tryBlock.getEnd()]);
    import_typescript.default.forEachChild(node, visit);
  };
  visit(file);
  return ranges;
};
var offsetOf = (source, line, column) => {
  let offset = 0;
  for (let current = 0; current < line; current += 1) {
    const next = source.indexOf("\n", offset);
    if (next === -1) return source.length;
    offset = next + 1;
  }
  return offset + column;
};

// src-main/core/debug/debug-session.ts
var HIDDEN_SCRIPT = /^node:|[\\/]run-child[^\\/]*\.[cm]?js$/;
var SCOPE_NAMES = { local: "Local", closure: "Closure", module: "Module", block: "Block", script: "Script", catch: "Catch", global: "Global", with: "With", eval: "Eval" };
var DebugSession = class {
  constructor(options) {
    this.options = options;
    this.bundleUrl = (0, import_node_url.pathToFileURL)(options.bundlePath).href;
    this.sourceMapLoad = loadBundleSourceMap(options.bundlePath, options.appDir).catch((error) => ({ ok: false, notices: [`The bundle's source map could not be read: ${error.message}`] }));
    this.breakpointsRead = options.breakpoints();
    this.exceptionsRead = options.exceptions();
    this.breakpointsRead.catch(() => void 0);
    this.exceptionsRead.catch(() => void 0);
    this.state = {
      sessionId: options.runId,
      universalIdentifier: options.universalIdentifier,
      functionName: options.functionName,
      file: options.file,
      status: "starting",
      paused: null,
      inspectorUrl: null,
      devtoolsUrl: null,
      timeoutSuspended: false,
      breakpoints: [],
      notices: []
    };
  }
  options;
  client = null;
  control = null;
  sourceMap = null;
  bundleUrl;
  scriptUrls = /* @__PURE__ */ new Map();
  scriptSources = /* @__PURE__ */ new Map();
  /** Protocol breakpoint ids set by this session, with where they belong. */
  protocolBreakpoints = /* @__PURE__ */ new Map();
  exceptionMode = "none";
  exceptionModeChanged = false;
  placing = Promise.resolve();
  stepStartedAt = null;
  state;
  /** Resolves at each pause (tests and the benchmark wait on it). */
  pauseWaiters = [];
  /** Time from the last step request to its pause, in ms. */
  lastStepMs = null;
  /**
   * When each stage of the start was reached, in ms since the session was created (the run's child
   * is being started then): `inspector` (the child is up and its inspector known), `connected` (the
   * WebSocket is open), `ready` (enabled, breakpoints placed: the function is handed over),
   * `paused` (the first pause). The benchmark reports them (bench/debug.bench.ts).
   */
  startTimings = {};
  createdAt = performance.now();
  /** Read while the run's child starts: the map of the bundle and the app's breakpoints and exception mode. */
  sourceMapLoad;
  breakpointsRead;
  exceptionsRead;
  get snapshot() {
    return structuredClone(this.state);
  }
  get ended() {
    return this.state.status === "ended";
  }
  /**
   * Attaches to the run's inspector and places everything before the function is handed over
   * (the runner waits for this). Throws when it cannot attach; the run then goes on undebugged.
   */
  async attach(inspectorUrl, control) {
    this.control = control;
    this.mark("inspector");
    if (!inspectorUrl) {
      this.end("The run's process did not start its inspector: the run goes on without the debugger.");
      throw new Error("no inspector URL from the run's process");
    }
    this.state.inspectorUrl = inspectorUrl;
    this.state.devtoolsUrl = devtoolsUrlFor(inspectorUrl);
    const prepared = this.options.takePrepared ? await this.options.takePrepared(inspectorUrl) : null;
    const [client, loaded] = await Promise.all([prepared ? prepared.client : CdpClient.connect(inspectorUrl), this.sourceMapLoad]);
    this.mark("connected");
    this.client = client;
    if (loaded.ok) this.sourceMap = loaded.map;
    if (loaded.notices.length > 0) {
      this.state.notices.push(...loaded.notices);
      this.options.refreshBuild?.();
    }
    client.onClose(() => this.end(this.state.status === "paused" ? "The run's process ended while paused." : "The run ended."));
    client.on("Debugger.scriptParsed", (params) => {
      if (typeof params.scriptId === "string" && typeof params.url === "string") this.scriptUrls.set(params.scriptId, params.url);
    });
    if (prepared) {
      prepared.release();
      for (const [id, url] of prepared.scriptUrls) if (!this.scriptUrls.has(id)) this.scriptUrls.set(id, url);
    }
    client.on("Debugger.paused", (params) => void this.onPaused(params));
    client.on("Debugger.resumed", () => this.onResumed());
    client.on("Debugger.breakpointResolved", (params) => this.onBreakpointResolved(params));
    await Promise.all([
      prepared ? null : enableDomains(client),
      this.exceptionsRead.then((mode) => this.setExceptionMode(this.exceptionModeChanged ? this.exceptionMode : mode)),
      this.placeBreakpoints()
    ]);
    this.mark("ready");
    this.state.status = "running";
    this.emit();
  }
  mark(stage) {
    this.startTimings[stage] ??= Math.round((performance.now() - this.createdAt) * 10) / 10;
  }
  /** The run reported its result: let go of the process so it can exit. */
  detach(why = "result") {
    this.end(why === "exit" && this.state.status === "paused" ? "The run's process ended while paused." : "The run finished.");
  }
  /** The run is over (or its process is gone): nothing can be asked of it any more. */
  end(reason) {
    if (this.state.status === "ended") return;
    this.state.status = "ended";
    this.client?.close();
    this.state.paused = null;
    this.state.timeoutSuspended = false;
    this.state.endedReason = reason;
    this.emit();
  }
  /** Breakpoints changed in the store: replace this session's. */
  updateBreakpoints() {
    this.breakpointsRead = null;
    return this.placeBreakpoints().then(() => this.emit());
  }
  async setExceptionMode(mode) {
    this.exceptionMode = mode;
    if (!this.client) this.exceptionModeChanged = true;
    await this.client?.send("Debugger.setPauseOnExceptions", { state: mode === "none" ? "none" : "all" });
  }
  async command(action) {
    const client = this.requireClient();
    if (action === "pause") {
      await client.send("Debugger.pause");
      return;
    }
    if (this.state.status !== "paused") throw new StudioError("NOT_PAUSED", `${this.state.functionName} is not paused: ${action} needs a paused run.`);
    this.stepStartedAt = action === "continue" ? null : performance.now();
    const method = { continue: "Debugger.resume", stepOver: "Debugger.stepOver", stepInto: "Debugger.stepInto", stepOut: "Debugger.stepOut" }[action];
    try {
      await client.send(method);
    } catch (error) {
      if (!(error instanceof CdpClosedError)) throw error;
    }
  }
  /** Waits for the next pause (or the session's end, which rejects). */
  nextPause(timeoutMs = 1e4) {
    return new Promise((resolve13, reject) => {
      const timer = setTimeout(() => reject(new Error(`No pause within ${timeoutMs} ms`)), timeoutMs);
      this.pauseWaiters.push((pause) => {
        clearTimeout(timer);
        resolve13(pause);
      });
    });
  }
  /** Evaluates in a paused frame (the top one by default), or globally while running. */
  async evaluate(expression, purpose, frameId) {
    const client = this.requireClient();
    const callFrameId = frameId ?? this.state.paused?.frames[0]?.id;
    const common = {
      expression,
      objectGroup: "studio",
      generatePreview: true,
      // Watches and hovers must not change the program: the evaluation throws on a side effect.
      throwOnSideEffect: purpose !== "repl",
      ...purpose === "repl" ? {} : { timeout: 500 }
    };
    const response = this.state.status === "paused" && callFrameId ? await client.send("Debugger.evaluateOnCallFrame", { ...common, callFrameId }) : await client.send("Runtime.evaluate", { ...common, replMode: purpose === "repl" });
    if (response.exceptionDetails) {
      const thrown = response.exceptionDetails.exception;
      const text = thrown?.description?.split("\n")[0] ?? response.exceptionDetails.text ?? "Evaluation failed";
      return { value: null, error: /EvalError: Possible side-effect/.test(text) ? "Not evaluated: it could change the program (side effect)." : text };
    }
    return { value: formatRemoteObject(response.result) };
  }
  async properties(objectId) {
    const client = this.requireClient();
    const response = await client.send("Runtime.getProperties", { objectId, ownProperties: true, generatePreview: true, accessorPropertiesOnly: false });
    const properties = [];
    for (const property of response.result) {
      if (property.name === "__proto__") continue;
      if (property.value) properties.push({ name: property.name, value: formatRemoteObject(property.value) });
      else if (property.get && property.get.type !== "undefined") properties.push({ name: property.name, value: { type: "accessor", display: "(getter)" } });
    }
    for (const internal of response.internalProperties ?? []) {
      if (internal.value && internal.name !== "[[Prototype]]" && internal.name !== "[[Scopes]]" && internal.name !== "[[FunctionLocation]]") properties.push({ name: internal.name, value: formatRemoteObject(internal.value) });
    }
    return properties;
  }
  requireClient() {
    if (!this.client || this.client.closed || this.state.status === "ended") {
      throw new StudioError("DEBUG_SESSION_ENDED", `The debug session of ${this.state.functionName} has ended${this.state.endedReason ? `: ${this.state.endedReason}` : "."}`);
    }
    return this.client;
  }
  emit() {
    this.options.onChange(this.snapshot);
  }
  placeBreakpoints() {
    this.placing = this.placing.then(() => this.replaceBreakpoints()).catch(() => void 0);
    return this.placing;
  }
  async replaceBreakpoints() {
    const client = this.client;
    if (!client || client.closed) return;
    const previous = [...this.protocolBreakpoints.keys()];
    this.protocolBreakpoints.clear();
    const entries = await (this.breakpointsRead ?? this.options.breakpoints());
    this.breakpointsRead = null;
    const map = this.sourceMap;
    const requests = previous.map((id) => client.send("Debugger.removeBreakpoint", { breakpointId: id }).then(() => null, () => null));
    for (const entry of entries) {
      const source = map ? map.files.indexOf(entry.file) : -1;
      for (const breakpoint of entry.breakpoints) {
        if (!breakpoint.enabled) continue;
        if (!map) {
          if (entry.file === this.options.file) requests.push(Promise.resolve({ file: entry.file, line: breakpoint.line, actualLine: null, verified: false, message: "No source map: the breakpoint cannot be placed." }));
          continue;
        }
        if (source === -1) continue;
        const location = map.index.breakpointLocation(source, breakpoint.line - 1);
        if (!location) {
          requests.push(Promise.resolve({ file: entry.file, line: breakpoint.line, actualLine: null, verified: false, message: `No code at or after line ${breakpoint.line}.` }));
          continue;
        }
        const actualLine = location.line + 1;
        const placement = {
          file: entry.file,
          line: breakpoint.line,
          actualLine,
          verified: true,
          ...actualLine !== breakpoint.line ? { message: `Line ${breakpoint.line} has no code: moved to line ${actualLine}.` } : {}
        };
        const condition = protocolCondition(breakpoint);
        requests.push(client.send("Debugger.setBreakpointByUrl", {
          url: this.bundleUrl,
          lineNumber: location.generated.line,
          columnNumber: location.generated.column,
          ...condition ? { condition } : {}
        }).then((result) => {
          this.protocolBreakpoints.set(result.breakpointId, placement);
          const resolved = result.locations[0];
          if (resolved) this.adjustPlacement(placement, resolved);
          return placement;
        }, (error) => {
          placement.verified = false;
          placement.message = `Not placed: ${error.message}`;
          return placement;
        }));
      }
    }
    const placements = await Promise.all(requests);
    this.state.breakpoints = placements.filter((placement) => placement !== null);
  }
  onBreakpointResolved({ breakpointId, location }) {
    const placement = this.protocolBreakpoints.get(breakpointId);
    if (!placement) return;
    this.adjustPlacement(placement, location);
    this.emit();
  }
  /** V8 may move a breakpoint to the next position where it can stop: show where that is in the source. */
  adjustPlacement(placement, location) {
    const original = this.sourceMap?.index.originalPositionFor(location.lineNumber, location.columnNumber ?? 0);
    if (!original || this.sourceMap.files[original.source] !== placement.file) return;
    const line = original.line + 1;
    if (line === placement.actualLine) return;
    placement.actualLine = line;
    placement.message = line === placement.line ? void 0 : `Line ${placement.line} has no code: moved to line ${line}.`;
    if (placement.message === void 0) delete placement.message;
  }
  mapFrame(frame) {
    const url = this.scriptUrls.get(frame.location.scriptId) ?? frame.url ?? "";
    if (!url || HIDDEN_SCRIPT.test(url)) return null;
    const scopes = frame.scopeChain.filter((scope) => scope.object.objectId).map((scope) => ({ type: scope.type, name: scope.name && scope.type === "closure" ? `Closure (${scope.name})` : SCOPE_NAMES[scope.type] ?? scope.type, objectId: scope.object.objectId }));
    const line = frame.location.lineNumber;
    const column = frame.location.columnNumber ?? 0;
    if (url === this.bundleUrl && this.sourceMap) {
      const original = this.sourceMap.index.originalPositionFor(line, column);
      if (original) {
        return {
          id: frame.callFrameId,
          functionName: frame.functionName || "(anonymous)",
          kind: this.sourceMap.library[original.source] ? "library" : "app",
          file: this.sourceMap.files[original.source] ?? null,
          line: original.line + 1,
          column: original.column + 1,
          scopes
        };
      }
    }
    const isBundle = url === this.bundleUrl;
    return {
      id: frame.callFrameId,
      functionName: frame.functionName || "(anonymous)",
      kind: isBundle ? "app" : "library",
      file: isBundle ? null : url.replace(/^file:\/\//, ""),
      line: line + 1,
      column: column + 1,
      scopes
    };
  }
  async onPaused(event) {
    if (this.state.status === "ended") return;
    if ((event.reason === "exception" || event.reason === "promiseRejection") && this.exceptionMode === "uncaught" && !event.data?.uncaught) {
      if (await this.caughtByFunction(event)) {
        await this.client?.send("Debugger.resume").catch(() => void 0);
        return;
      }
    }
    const mapped = event.callFrames.map((frame) => this.mapFrame(frame));
    const frames = mapped.filter((frame) => frame !== null);
    if (frames.length === 0) {
      await this.client?.send(this.stepStartedAt !== null ? "Debugger.stepInto" : "Debugger.resume").catch(() => void 0);
      return;
    }
    const pause = {
      reason: event.reason === "other" && event.hitBreakpoints?.length ? "breakpoint" : event.reason === "other" && this.stepStartedAt !== null ? "step" : event.reason,
      frames,
      hiddenFrames: mapped.length - frames.length,
      ...(event.reason === "exception" || event.reason === "promiseRejection") && event.data ? { exception: formatRemoteObject(event.data) } : {},
      at: Date.now()
    };
    if (this.stepStartedAt !== null) {
      this.lastStepMs = performance.now() - this.stepStartedAt;
      this.stepStartedAt = null;
    }
    this.mark("paused");
    this.control?.suspendTimeout();
    this.state.status = "paused";
    this.state.paused = pause;
    this.state.timeoutSuspended = true;
    this.emit();
    for (const waiter of this.pauseWaiters.splice(0)) waiter(pause);
  }
  onResumed() {
    if (this.state.status !== "paused") return;
    this.control?.resumeTimeout();
    this.state.status = "running";
    this.state.paused = null;
    this.state.timeoutSuspended = false;
    void this.client?.send("Runtime.releaseObjectGroup", { objectGroup: "studio" }).catch(() => void 0);
    this.emit();
  }
  /**
   * Whether something on the way up catches an exception: a `try` with a catch around the throw in
   * the function's own frames or its libraries', synchronous or awaited (async stack). V8 cannot say,
   * since the runner catches everything; promise `.catch()` handlers are not seen.
   */
  async caughtByFunction(event) {
    const locations = event.callFrames.map((frame) => ({ scriptId: frame.location.scriptId, line: frame.location.lineNumber, column: frame.location.columnNumber ?? 0 }));
    for (let stack = event.asyncStackTrace; stack; stack = stack.parent) {
      for (const frame of stack.callFrames) locations.push({ scriptId: frame.scriptId, line: frame.lineNumber, column: frame.columnNumber });
    }
    for (const location of locations) {
      const url = this.scriptUrls.get(location.scriptId) ?? "";
      if (!url || HIDDEN_SCRIPT.test(url)) continue;
      const script = await this.scriptWithTries(location.scriptId);
      if (!script) continue;
      const offset = offsetOf(script.source, location.line, location.column);
      if (script.tries.some(([start, end]) => offset > start && offset < end)) return true;
    }
    return false;
  }
  scriptWithTries(scriptId) {
    let cached = this.scriptSources.get(scriptId);
    if (!cached) {
      cached = this.requireClient().send("Debugger.getScriptSource", { scriptId }).then(({ scriptSource }) => ({ source: scriptSource, tries: tryBlockRanges(scriptSource) }));
      this.scriptSources.set(scriptId, cached);
    }
    return cached.catch(() => null);
  }
};

// src-main/core/debug/debug-service.ts
var hasEnabledBreakpoint = (state) => state.files.some((file) => file.breakpoints.some((breakpoint) => breakpoint.enabled));
var ENDED_KEPT = 5;
var DebugService = class {
  constructor(options) {
    this.options = options;
    this.breakpoints = new BreakpointStore(options.appDataDir);
    void this.breakpoints.get().then((state) => {
      if (hasEnabledBreakpoint(state)) this.warm();
    }, () => void 0);
  }
  options;
  breakpoints;
  sessions = /* @__PURE__ */ new Map();
  requests = /* @__PURE__ */ new Map();
  prepared = new PreparedInspectors();
  warmed = false;
  /**
   * Functions whose database-event runs (triggered by the Local workspace) start under the debugger.
   * Kept for the open app only, not written: a debug run is not file-confined and starts a little
   * later, which must not outlive the debugging that asked for it.
   */
  triggered = /* @__PURE__ */ new Map();
  /** The runner's debug-ready child is idle: attach to it now (prepared-inspectors.ts). */
  idleInspector(inspectorUrl) {
    this.prepared.prepare(inspectorUrl);
  }
  /** Asks the run service for a debug-ready child (once per run service: it refills after each debug run). */
  warm() {
    const runs = this.options.runs();
    if (!runs || this.warmed) return;
    this.warmed = true;
    runs.warmDebug();
  }
  begin(run2) {
    this.warm();
    const session = new DebugSession({
      runId: run2.runId,
      universalIdentifier: run2.universalIdentifier,
      functionName: run2.functionName,
      file: run2.file,
      appDir: this.options.appDir,
      bundlePath: run2.bundlePath,
      breakpoints: async () => (await this.breakpoints.get()).files,
      exceptions: async () => (await this.breakpoints.get()).exceptions,
      onChange: (state) => this.options.emit("debug.session", state),
      refreshBuild: () => void this.options.runs()?.sourcesChanged(),
      takePrepared: (url) => this.prepared.take(url)
    });
    this.sessions.set(run2.runId, session);
    this.requests.set(run2.runId, run2.request);
    this.options.emit("debug.session", session.snapshot);
    return {
      port: 0,
      onInspector: (url, control) => session.attach(url, control),
      onFinishing: (why) => session.detach(why)
    };
  }
  /**
   * Whether a run the Local workspace starts for a database event goes under the debugger: its
   * function is set to `every`, or to `next` (used up by this run).
   */
  debugTriggered(universalIdentifier) {
    const mode = this.triggered.get(universalIdentifier);
    if (!mode) return false;
    if (mode === "next") {
      this.triggered.delete(universalIdentifier);
      this.options.emit("debug.triggered", this.triggeredState());
    }
    return true;
  }
  triggeredState() {
    return { functions: Object.fromEntries(this.triggered) };
  }
  setTriggered(universalIdentifier, mode) {
    const runs = this.options.runs();
    if (mode !== "off" && runs && !runs.hasFunction(universalIdentifier)) throw new StudioError("UNKNOWN_FUNCTION", `No logic function ${universalIdentifier} in this app.`);
    if (mode === "off") this.triggered.delete(universalIdentifier);
    else {
      this.triggered.set(universalIdentifier, mode);
      this.warm();
    }
    const state = this.triggeredState();
    this.options.emit("debug.triggered", state);
    return state;
  }
  finished(runId) {
    this.sessions.get(runId)?.end("The run finished.");
    this.requests.delete(runId);
    this.forgetOldSessions();
  }
  session(sessionId) {
    const session = this.sessions.get(sessionId);
    if (!session) throw new StudioError("UNKNOWN_DEBUG_SESSION", `No debug session ${sessionId}: it ended, or belongs to another app.`);
    return session;
  }
  list() {
    return [...this.sessions.values()].map((session) => session.snapshot);
  }
  async start(request) {
    const runs = this.requireRuns();
    const { runId } = await runs.start({ ...request, debug: true });
    return { runId, sessionId: runId };
  }
  async command(sessionId, action) {
    const session = this.session(sessionId);
    if (action === "stop") {
      this.requireRuns().cancel(sessionId);
      session.end("Stopped.");
      return { sessionId };
    }
    if (action === "restart") {
      const request = this.requests.get(sessionId);
      this.requireRuns().cancel(sessionId);
      session.end("Restarted.");
      if (!request) throw new StudioError("CANNOT_RESTART", "This run can no longer be restarted: start it again.");
      const { runId } = await this.requireRuns().start({ ...request, debug: true, origin: request.origin ?? "manual" });
      return { sessionId: runId };
    }
    await session.command(action);
    return { sessionId };
  }
  evaluate(sessionId, expression, purpose, frameId) {
    return this.session(sessionId).evaluate(expression, purpose, frameId);
  }
  async properties(sessionId, objectId) {
    return this.session(sessionId).properties(objectId);
  }
  async setBreakpoints(entry) {
    const state = await this.breakpoints.setFile(entry);
    if (hasEnabledBreakpoint(state)) this.warm();
    this.options.emit("debug.breakpoints", state);
    await Promise.all(this.live().map((session) => session.updateBreakpoints()));
    return state;
  }
  async setExceptions(mode) {
    const state = await this.breakpoints.setExceptions(mode);
    this.options.emit("debug.breakpoints", state);
    await Promise.all(this.live().map((session) => session.setExceptionMode(mode).catch(() => void 0)));
    return state;
  }
  dispose() {
    this.prepared.dispose();
    for (const session of this.sessions.values()) session.end("The app was closed.");
  }
  live() {
    return [...this.sessions.values()].filter((session) => !session.ended);
  }
  requireRuns() {
    const runs = this.options.runs();
    if (!runs) throw new StudioError("NO_APP_OPEN", "No app is open.");
    return runs;
  }
  forgetOldSessions() {
    const ended = [...this.sessions.entries()].filter(([, session]) => session.ended);
    for (const [id] of ended.slice(0, Math.max(0, ended.length - ENDED_KEPT))) this.sessions.delete(id);
  }
};

// src-main/core/files/file-store.ts
var import_promises6 = require("node:fs/promises");

// src-main/core/project/app-files.ts
var import_node_crypto2 = require("node:crypto");
var import_promises4 = require("node:fs/promises");
var import_node_path4 = require("node:path");
var IGNORED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git", ".twenty"]);
function toAppPath(appDir, absolutePath) {
  return (0, import_node_path4.relative)(appDir, absolutePath).split(import_node_path4.sep).join("/");
}
function isIgnoredAppPath(relativePath) {
  return relativePath.split("/").some((segment) => IGNORED_FOLDERS.has(segment));
}
async function listAppFiles(appDir) {
  const files = [];
  async function walk(directory) {
    const entries = await (0, import_promises4.readdir)(directory, { withFileTypes: true });
    for (const entry of entries) {
      if (IGNORED_FOLDERS.has(entry.name)) continue;
      const path = (0, import_node_path4.join)(directory, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() || entry.isSymbolicLink()) files.push(toAppPath(appDir, path));
    }
  }
  await walk(appDir);
  return files.sort();
}
function contentVersion(content) {
  return (0, import_node_crypto2.createHash)("sha1").update(content).digest("hex");
}
function md5(content) {
  return (0, import_node_crypto2.createHash)("md5").update(content).digest("hex");
}
function uuidV5(name, namespace) {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ""), "hex");
  const hash = (0, import_node_crypto2.createHash)("sha1").update(Buffer.concat([namespaceBytes, Buffer.from(name, "utf8")])).digest();
  hash[6] = hash[6] & 15 | 80;
  hash[8] = hash[8] & 63 | 128;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

// src-main/core/files/confined-path.ts
var import_node_fs = require("node:fs");
var import_promises5 = require("node:fs/promises");
var import_node_path5 = require("node:path");
var isInside = (root, absolute) => {
  const fromRoot = (0, import_node_path5.relative)(root, absolute);
  return !(fromRoot === "" || fromRoot.startsWith("..") || (0, import_node_path5.isAbsolute)(fromRoot) || fromRoot.split(import_node_path5.sep).includes(".."));
};
var outside = (requested) => new StudioError("PATH_OUTSIDE_APP", `"${requested}" is outside the open app folder.`);
function confinedPath(root, requested) {
  if (requested.includes("\0")) throw new StudioError("INVALID_PATH", "A path cannot contain a NUL byte.");
  const absolute = (0, import_node_path5.resolve)(root, requested);
  if (!isInside(root, absolute)) throw outside(requested);
  return absolute;
}
async function realPathOfMaybeMissing(path) {
  try {
    return await (0, import_promises5.realpath)(path);
  } catch (error) {
    const code = error.code;
    if (code !== "ENOENT" && code !== "ENOTDIR") throw error;
    const parent = (0, import_node_path5.dirname)(path);
    if (parent === path) return path;
    return (0, import_node_path5.join)(await realPathOfMaybeMissing(parent), (0, import_node_path5.basename)(path));
  }
}
var rootCache = null;
var realRoot = (root) => {
  if (rootCache?.root !== root) rootCache = { root, real: (0, import_node_fs.realpathSync)(root) };
  return rootCache.real;
};
async function confinedRealPath(root, requested) {
  const lexical = confinedPath(root, requested);
  const real = await realPathOfMaybeMissing(lexical).catch((error) => {
    if (error.code === "ELOOP") throw new StudioError("SYMLINK_LOOP", `"${requested}" is a symbolic link loop.`);
    throw error;
  });
  if (!isInside(realRoot(root), real)) throw outside(requested);
  return real;
}

// src-main/core/files/file-store.ts
async function readIfExists(path) {
  try {
    return await (0, import_promises6.readFile)(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return null;
    throw error;
  }
}
var FileStore = class {
  constructor(appDir) {
    this.appDir = appDir;
  }
  appDir;
  async read(path) {
    const content = await readIfExists(await confinedRealPath(this.appDir, path));
    if (content === null) throw new StudioError("FILE_NOT_FOUND", `${path} does not exist.`);
    return { path, content, version: contentVersion(content) };
  }
  async write(params) {
    const absolute = await confinedRealPath(this.appDir, params.path);
    if (!params.force) {
      const onDisk = await readIfExists(absolute);
      const diskVersion = onDisk === null ? null : contentVersion(onDisk);
      if (diskVersion !== (params.baseVersion ?? null) && diskVersion !== contentVersion(params.content)) {
        return { ok: false, conflict: { diskContent: onDisk, diskVersion } };
      }
    }
    await writeFileAtomic(absolute, params.content);
    return { ok: true, version: contentVersion(params.content) };
  }
};

// src-main/core/project/app-project.ts
var import_node_fs4 = require("node:fs");
var import_promises9 = require("node:fs/promises");
var import_node_path10 = require("node:path");

// src-shared/twenty/sdk-checks/sdk-build-checks.ts
var isRec = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var records = (value) => Array.isArray(value) ? value.filter(isRec) : [];
var str = (value) => typeof value === "string" ? value : void 0;
var nonEmpty = (value) => typeof value === "string" && value.length > 0;
var SDK_DEPENDENCY_MESSAGES = {
  "twenty-sdk": '"twenty-sdk" is listed under "dependencies" in package.json. It is a build-time only tool and should be moved to "devDependencies".',
  "twenty-client-sdk": `"twenty-client-sdk" is listed under "dependencies" in package.json. It is provided at runtime by Twenty's injected SDK and should be moved to "devDependencies".`
};
function sdkDependencyWarnings(packageJson) {
  const dependencies = isRec(packageJson?.dependencies) ? packageJson.dependencies : {};
  return Object.entries(SDK_DEPENDENCY_MESSAGES).filter(([name]) => dependencies[name] !== void 0 && dependencies[name] !== null).map(([name, message]) => ({ severity: "warning", message, packageJsonKey: name }));
}
function yarnLockProblems(yarnLockBytes) {
  return yarnLockBytes === 0 ? [{ severity: "error", message: 'yarn.lock is empty. Run "yarn install" to regenerate it before building.' }] : [];
}
var RESERVED_SHARED = "twenty:front-component-shared-dependencies";
var SERVED_SEPARATELY = ["twenty-client-sdk", "twenty-sdk"];
function sharedDependencyProblems(packageJson) {
  const declared = packageJson?.frontComponentSharedDependencies;
  if (declared === void 0) return [];
  const at = (message) => ({ severity: "error", message, packageJsonKey: "frontComponentSharedDependencies" });
  if (!Array.isArray(declared)) return [at('"frontComponentSharedDependencies" in package.json must be an array of package specifiers')];
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  for (const entry of declared) {
    if (!nonEmpty(entry)) problems.push(at('"frontComponentSharedDependencies" entries in package.json must be non-empty strings'));
    else if (entry.startsWith(".") || entry.startsWith("/")) problems.push(at(`Shared dependency "${entry}" must be a package specifier, not a relative or absolute path`));
    else if (entry === RESERVED_SHARED) problems.push(at(`Shared dependency "${entry}" is reserved and cannot be shared`));
    else if (SERVED_SEPARATELY.some((name) => entry === name || entry.startsWith(`${name}/`))) problems.push(at(`Shared dependency "${entry}" is already served separately and cannot be shared`));
    else if (seen.has(entry)) problems.push(at(`Shared dependency "${entry}" is declared twice`));
    else seen.add(entry);
  }
  return problems;
}
var RELATION_TYPES = ["RELATION", "MORPH_RELATION"];
var RELATION_KINDS = ["MANY_TO_ONE", "ONE_TO_MANY"];
function relationFieldProblems(sections) {
  const problems = [];
  const check = (field, entity) => {
    if (!RELATION_TYPES.includes(String(field.type))) return;
    const name = str(field.name);
    const settings = isRec(field.universalSettings) ? field.universalSettings : void 0;
    const relationType = settings?.relationType;
    if (!relationType) {
      problems.push({ severity: "error", entity, message: `Relation field "${name}" is missing relationType. ${String(field.type)} fields must declare a relationType (${RELATION_KINDS.join(" or ")}) in universalSettings.` });
    } else if (!RELATION_KINDS.includes(String(relationType))) {
      problems.push({ severity: "error", entity, message: `Relation field "${name}" has invalid relationType "${String(relationType)}". Expected ${RELATION_KINDS.join(" or ")}.` });
    } else if (relationType === "MANY_TO_ONE" && !settings?.joinColumnName) {
      problems.push({ severity: "error", entity, message: `MANY_TO_ONE relation field "${name}" is missing joinColumnName. MANY_TO_ONE relations must declare a joinColumnName in universalSettings.` });
    }
  };
  for (const field of records(sections.fields)) check(field, str(field.universalIdentifier));
  for (const object of records(sections.objects)) for (const field of records(object.fields)) check(field, str(object.universalIdentifier));
  return problems;
}
var LAYOUT_MODES = ["GRID", "VERTICAL_LIST", "CANVAS"];
var HEIGHT_BEHAVIORS = ["FIT_CONTENT", "TAB_VIEWPORT"];
function pageLayoutTabProblems(sections) {
  const layouts = records(sections.pageLayouts);
  const typeOf2 = new Map(layouts.map((layout) => [str(layout.universalIdentifier), str(layout.type)]));
  const problems = [];
  const checkTab = (tab, layoutType, entity) => {
    const mode = str(tab.layoutMode) ?? (layoutType === "STANDALONE_PAGE" ? "VERTICAL_LIST" : "GRID");
    const title = String(tab.title);
    if (!LAYOUT_MODES.includes(mode)) {
      problems.push({ severity: "error", entity, message: `Page layout tab "${title}" defines unsupported layoutMode "${mode}". Expected GRID, VERTICAL_LIST or CANVAS.` });
      return;
    }
    const widgets = records(tab.widgets);
    const before = problems.length;
    for (const widget of widgets) {
      const position = isRec(widget.position) ? widget.position : void 0;
      const heights = [widget.heightBehavior, position && "heightBehavior" in position ? position.heightBehavior : void 0].filter((value) => value !== void 0 && value !== null);
      if (heights.length > 0 && mode !== "VERTICAL_LIST") {
        problems.push({ severity: "error", entity, message: `Page layout widget "${String(widget.title)}" defines heightBehavior, but its parent tab "${title}" uses ${mode}. heightBehavior is only supported for VERTICAL_LIST tabs.` });
      }
      for (const height of heights) {
        if (!HEIGHT_BEHAVIORS.includes(String(height))) problems.push({ severity: "error", entity, message: `Page layout widget "${String(widget.title)}" defines unsupported heightBehavior "${String(height)}". Expected FIT_CONTENT or TAB_VIEWPORT.` });
      }
    }
    if (problems.length > before) return;
    for (const widget of widgets) {
      const position = isRec(widget.position) ? widget.position : void 0;
      const widgetMode = position ? str(position.layoutMode) : isRec(widget.gridPosition) ? "GRID" : mode;
      if (widgetMode !== mode) problems.push({ severity: "error", entity, message: `Page layout widget "${String(widget.title)}" uses a ${widgetMode} position, but its parent tab "${title}" uses ${mode}.` });
    }
  };
  for (const layout of layouts) for (const tab of records(layout.tabs)) checkTab(tab, str(layout.type), str(layout.universalIdentifier));
  for (const tab of records(sections.pageLayoutTabs)) {
    const layoutId = str(tab.pageLayoutUniversalIdentifier);
    checkTab(tab, layoutId ? typeOf2.get(layoutId) : void 0, str(tab.universalIdentifier));
  }
  return problems;
}
function layoutDeprecationWarnings(sections) {
  const warnings = [];
  const tabs = [...records(sections.pageLayouts).flatMap((layout) => records(layout.tabs).map((tab) => ({ tab, entity: str(layout.universalIdentifier) }))), ...records(sections.pageLayoutTabs).map((tab) => ({ tab, entity: str(tab.universalIdentifier) }))];
  for (const { tab, entity } of tabs) {
    if (tab.layoutMode === "CANVAS") warnings.push({ severity: "warning", entity, message: `Page layout tab "${String(tab.title)}" uses deprecated CANVAS. For a full-height widget, use VERTICAL_LIST and set the widget's heightBehavior to 'TAB_VIEWPORT'. Existing Canvas layouts remain supported and are not converted.` });
    for (const widget of records(tab.widgets)) {
      if (isRec(widget.position) && widget.position.layoutMode === "VERTICAL_LIST") warnings.push({ severity: "warning", entity, message: `Page layout widget "${String(widget.title)}" uses a deprecated vertical-list position. Order the widgets array by position.index, remove position, and move any position.heightBehavior to heightBehavior. Existing positions remain supported and keep their indices.` });
      if ("gridPosition" in widget && widget.gridPosition !== void 0 && widget.gridPosition !== null) warnings.push({ severity: "warning", entity, message: `Page layout widget "${String(widget.title)}" uses deprecated gridPosition. Use position with layoutMode: 'GRID' and the same row, column, rowSpan and columnSpan. Existing gridPosition remains supported.` });
    }
  }
  return warnings;
}
function timelineActivityTypeProblems(sections) {
  const types = records(sections.timelineActivityTypes);
  const problems = [];
  const counts = /* @__PURE__ */ new Map();
  for (const type of types) counts.set(String(type.name), (counts.get(String(type.name)) ?? 0) + 1);
  for (const [name, count] of counts) if (count > 1) problems.push({ severity: "error", message: `Timeline activity type name "${name}" is used more than once. Names must be unique within an application.` });
  const components = new Set(records(sections.frontComponents).map((component) => str(component.universalIdentifier)));
  for (const type of types) {
    const component = str(type.frontComponentUniversalIdentifier);
    if (component && !components.has(component)) problems.push({ severity: "error", entity: str(type.universalIdentifier), message: `Timeline activity type "${String(type.name)}" references front component "${component}", which is not defined by this application.` });
  }
  return problems;
}
function sdkBuildChecks(input) {
  return [
    ...relationFieldProblems(input.sections),
    ...pageLayoutTabProblems(input.sections),
    ...timelineActivityTypeProblems(input.sections),
    ...sharedDependencyProblems(input.packageJson),
    ...yarnLockProblems(input.yarnLockBytes),
    ...layoutDeprecationWarnings(input.sections),
    ...sdkDependencyWarnings(input.packageJson)
  ];
}

// src-shared/twenty/input-schema-inference.ts
var import_typescript2 = __toESM(require("typescript"));
var RECORD_TYPE_NAME = "TwentyRecord";
function arrayOf(item) {
  return item.type === "record" ? { type: "records", objectUniversalIdentifier: item.objectUniversalIdentifier } : { type: "array", items: item };
}
function schemaOfType(node) {
  switch (node.kind) {
    case import_typescript2.default.SyntaxKind.NumberKeyword:
      return { type: "number" };
    case import_typescript2.default.SyntaxKind.StringKeyword:
      return { type: "string" };
    case import_typescript2.default.SyntaxKind.BooleanKeyword:
      return { type: "boolean" };
    case import_typescript2.default.SyntaxKind.ObjectKeyword:
      return { type: "object" };
    case import_typescript2.default.SyntaxKind.ArrayType:
      return arrayOf(schemaOfType(node.elementType));
    case import_typescript2.default.SyntaxKind.TypeReference: {
      const reference = node;
      const name = import_typescript2.default.isIdentifier(reference.typeName) ? reference.typeName.text : void 0;
      const firstArgument = reference.typeArguments?.[0];
      if (name === "Array" || name === "ReadonlyArray") return arrayOf(firstArgument ? schemaOfType(firstArgument) : {});
      if (name === RECORD_TYPE_NAME && firstArgument && import_typescript2.default.isLiteralTypeNode(firstArgument) && import_typescript2.default.isStringLiteral(firstArgument.literal)) {
        return { type: "record", objectUniversalIdentifier: firstArgument.literal.text };
      }
      return {};
    }
    case import_typescript2.default.SyntaxKind.TypeLiteral: {
      const properties = {};
      for (const member of node.members) {
        if (import_typescript2.default.isPropertySignature(member) && member.type && member.name && (import_typescript2.default.isIdentifier(member.name) || import_typescript2.default.isStringLiteral(member.name))) {
          properties[member.name.text] = schemaOfType(member.type);
        }
      }
      return { type: "object", properties };
    }
    case import_typescript2.default.SyntaxKind.UnionType: {
      const values = [];
      for (const member of node.types) {
        if (import_typescript2.default.isLiteralTypeNode(member) && import_typescript2.default.isStringLiteral(member.literal)) values.push(member.literal.text);
        else return {};
      }
      return { type: "string", enum: values };
    }
    default:
      return {};
  }
}
function inferParameterSchemas(sourceText) {
  const sourceFile = import_typescript2.default.createSourceFile("temp.ts", sourceText, import_typescript2.default.ScriptTarget.ESNext, true);
  const schemas = [];
  for (const statement of sourceFile.statements) {
    const functions = [];
    if (import_typescript2.default.isFunctionDeclaration(statement)) functions.push(statement);
    else if (import_typescript2.default.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (declaration.initializer && import_typescript2.default.isArrowFunction(declaration.initializer)) functions.push(declaration.initializer);
      }
    }
    for (const fn of functions) for (const parameter of fn.parameters) schemas.push(parameter.type ? schemaOfType(parameter.type) : {});
  }
  return schemas;
}
function inferToolInputSchema(sourceText) {
  const first = inferParameterSchemas(sourceText)[0];
  return first?.type === "object" && first.properties ? { type: "object", properties: first.properties } : { type: "object", properties: {} };
}
function toWorkflowField(schema) {
  const known = ["string", "boolean", "array", "object", "record", "records"];
  const field = { type: schema.type === "number" || schema.type === "integer" ? "number" : known.includes(schema.type ?? "") ? schema.type : "unknown" };
  if (field.type === "array" && schema.items) field.items = toWorkflowField(schema.items);
  if (field.type === "object" && schema.properties) {
    field.properties = Object.fromEntries(Object.entries(schema.properties).map(([key, value]) => [key, toWorkflowField(value)]));
  }
  if (Array.isArray(schema.enum)) field.enum = schema.enum.filter((value) => typeof value === "string");
  if (schema.objectUniversalIdentifier) field.objectUniversalIdentifier = schema.objectUniversalIdentifier;
  return field;
}
function inferWorkflowInputSchema(sourceText) {
  return [toWorkflowField(inferToolInputSchema(sourceText))];
}
function emptyInferenceReason(sourceText) {
  const sourceFile = import_typescript2.default.createSourceFile("temp.ts", sourceText, import_typescript2.default.ScriptTarget.ESNext, true);
  for (const statement of sourceFile.statements) {
    const functions = [];
    if (import_typescript2.default.isFunctionDeclaration(statement)) functions.push(statement);
    else if (import_typescript2.default.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (declaration.initializer && import_typescript2.default.isArrowFunction(declaration.initializer)) functions.push(declaration.initializer);
      }
    }
    for (const fn of functions) {
      const parameter = fn.parameters[0];
      if (!parameter) continue;
      if (!parameter.type) return null;
      const schema = schemaOfType(parameter.type);
      if (schema.type === "object" && schema.properties && Object.keys(schema.properties).length > 0) return null;
      const typeText = parameter.type.getText(sourceFile);
      return `The handler's parameter is typed ${typeText.length > 60 ? `${typeText.slice(0, 57)}...` : typeText}, but the SDK infers the input schema only from an inline object type: the manifest gets an empty inputSchema. Write the type inline ({ name: string; ... }) or set inputSchema.`;
    }
  }
  return null;
}

// src-shared/twenty/conditional-availability.ts
var import_typescript3 = __toESM(require("typescript"));
var CONDITIONAL_AVAILABILITY_PROPERTY = "conditionalAvailabilityExpression";
var CONDITIONAL_AVAILABILITY_VARIABLES = [
  "pageType",
  "isInSidePanel",
  "isDashboardPageLayoutInEditMode",
  "isLayoutCustomizationModeEnabled",
  "favoriteRecordIds",
  "isSelectAll",
  "hasAnySoftDeleteFilterOnView",
  "numberOfSelectedRecords",
  "objectPermissions",
  "selectedRecords",
  "featureFlags",
  "targetObjectReadPermissions",
  "targetObjectWritePermissions",
  "canImpersonate",
  "canAccessFullAdminPanel",
  "objectMetadataItem",
  "objectMetadataLabel",
  "isDefined",
  "isNonEmptyString",
  "includes",
  "every",
  "everyDefined",
  "everyEquals",
  "some",
  "someDefined",
  "someEquals",
  "none",
  "noneDefined",
  "noneEquals",
  "someNonEmptyString",
  "includesEvery"
];
var EXPRESSION_PROPERTY = /(conditionalAvailabilityExpression\s*:\s*)(?!['"`])((?:[^,}()]|\([^()]*\))+)/g;
function toAvailabilityExpression(source) {
  const operators = source.replace(/!==/g, "!=").replace(/===/g, "==").replace(/&&/g, "and").replace(/\|\|/g, "or").replace(/!(?!=)/g, "not ").replace(/,(\s*\))/g, "$1");
  return operators.replace(/\bfavoriteRecordIds\.length\b/g, "arrayLength(favoriteRecordIds)").replace(/\bselectedRecords\.length\b/g, "arrayLength(selectedRecords)");
}
function transformConditionalAvailability(text) {
  if (!text.includes(CONDITIONAL_AVAILABILITY_PROPERTY)) return text;
  return text.replace(EXPRESSION_PROPERTY, (_match, prefix, expression) => prefix + JSON.stringify(toAvailabilityExpression(expression.trim())));
}
function conditionalAvailabilityImportProblems(text, file) {
  if (!CONDITIONAL_AVAILABILITY_VARIABLES.some((name) => text.includes(name))) return [];
  const source = import_typescript3.default.createSourceFile(file, text, import_typescript3.default.ScriptTarget.Latest, true, file.endsWith(".tsx") ? import_typescript3.default.ScriptKind.TSX : import_typescript3.default.ScriptKind.TS);
  const variables = new Set(CONDITIONAL_AVAILABILITY_VARIABLES);
  const found = [];
  for (const statement of source.statements) {
    if (!import_typescript3.default.isImportDeclaration(statement) || !import_typescript3.default.isStringLiteral(statement.moduleSpecifier)) continue;
    if (statement.moduleSpecifier.text !== "twenty-sdk/define" && statement.moduleSpecifier.text !== "twenty-sdk") continue;
    const clause = statement.importClause;
    if (!clause || clause.isTypeOnly) continue;
    const bindings = clause.namedBindings;
    if (!bindings) continue;
    if (import_typescript3.default.isNamespaceImport(bindings)) {
      const namespace = bindings.name.text;
      const visit = (node) => {
        if (import_typescript3.default.isPropertyAccessExpression(node) && import_typescript3.default.isIdentifier(node.expression) && node.expression.text === namespace && variables.has(node.name.text)) {
          found.push({ name: node.name.text, node });
        }
        import_typescript3.default.forEachChild(node, visit);
      };
      visit(source);
      continue;
    }
    for (const element of bindings.elements) {
      if (element.isTypeOnly) continue;
      const imported = (element.propertyName ?? element.name).text;
      if (variables.has(imported)) found.push({ name: imported, node: element });
    }
  }
  if (found.length === 0 || hasExpressionProperty(source)) return [];
  return found.map(({ name, node }) => {
    const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
    return {
      line: line + 1,
      column: character + 1,
      message: `${file}:${line + 1}:${character + 1} - "${name}" is a conditional-availability expression variable from twenty-sdk but this file has no ${CONDITIONAL_AVAILABILITY_PROPERTY}. These variables can only be used inside a command's ${CONDITIONAL_AVAILABILITY_PROPERTY}, not at runtime.`
    };
  });
}
function hasExpressionProperty(source) {
  let found = false;
  const visit = (node) => {
    if (found) return;
    if ((import_typescript3.default.isPropertyAssignment(node) || import_typescript3.default.isShorthandPropertyAssignment(node)) && (import_typescript3.default.isIdentifier(node.name) || import_typescript3.default.isStringLiteral(node.name)) && node.name.text === CONDITIONAL_AVAILABILITY_PROPERTY) {
      found = true;
      return;
    }
    import_typescript3.default.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

// src-shared/twenty/entity-discovery.ts
var import_typescript4 = __toESM(require("typescript"));

// src-shared/twenty/define-functions.ts
var DEFINE_FUNCTION_SECTIONS = {
  defineApplication: "application",
  defineApplicationRole: "roles",
  defineField: "fields",
  defineIndex: "indexes",
  defineLogicFunction: "logicFunctions",
  definePostInstallLogicFunction: "logicFunctions",
  definePreInstallLogicFunction: "logicFunctions",
  defineUninstallLogicFunction: "logicFunctions",
  defineHealthCheck: "logicFunctions",
  defineObject: "objects",
  definePermissionFlag: "permissionFlags",
  defineRole: "roles",
  defineSkill: "skills",
  defineAgent: "agents",
  defineConnectionProvider: "connectionProviders",
  defineFrontComponent: "frontComponents",
  defineSettingsFrontComponent: "frontComponents",
  defineView: "views",
  defineViewField: "viewFields",
  defineNavigationMenuItem: "navigationMenuItems",
  definePageLayout: "pageLayouts",
  definePageLayoutTab: "pageLayoutTabs",
  definePageLayoutWidget: "pageLayoutWidgets",
  defineCommandMenuItem: "commandMenuItems",
  defineTimelineActivityType: "timelineActivityTypes",
  defineSettingsMenuItem: "settingsMenuItems"
};
function isDefineFunctionName(name) {
  return Object.prototype.hasOwnProperty.call(DEFINE_FUNCTION_SECTIONS, name);
}
var INSTALL_HOOK_FUNCTIONS = [
  "definePreInstallLogicFunction",
  "definePostInstallLogicFunction",
  "defineUninstallLogicFunction",
  "defineHealthCheck"
];
var MANIFEST_SECTIONS = [
  "objects",
  "fields",
  "indexes",
  "permissionFlags",
  "roles",
  "skills",
  "agents",
  "connectionProviders",
  "logicFunctions",
  "frontComponents",
  "publicAssets",
  "views",
  "viewFields",
  "navigationMenuItems",
  "pageLayouts",
  "pageLayoutTabs",
  "pageLayoutWidgets",
  "commandMenuItems",
  "timelineActivityTypes",
  "settingsMenuItems"
];

// src-shared/twenty/entity-discovery.ts
function positionOf(sourceFile, offset) {
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(offset);
  return { offset, line: line + 1, column: character + 1 };
}
function unwrapExpression(node) {
  let current = node;
  while (import_typescript4.default.isSatisfiesExpression(current) || import_typescript4.default.isAsExpression(current) || import_typescript4.default.isParenthesizedExpression(current)) {
    current = current.expression;
  }
  return current;
}
function propertyName(name, sourceFile) {
  if (import_typescript4.default.isIdentifier(name) || import_typescript4.default.isStringLiteral(name) || import_typescript4.default.isNumericLiteral(name)) return name.text;
  if (import_typescript4.default.isComputedPropertyName(name) && import_typescript4.default.isStringLiteral(name.expression)) return name.expression.text;
  return name.getText(sourceFile);
}
function discoverEntity(fileName, text) {
  const sourceFile = import_typescript4.default.createSourceFile(
    fileName,
    text,
    import_typescript4.default.ScriptTarget.Latest,
    true,
    fileName.endsWith(".tsx") ? import_typescript4.default.ScriptKind.TSX : import_typescript4.default.ScriptKind.TS
  );
  const parseDiagnostics = sourceFile.parseDiagnostics ?? [];
  const syntaxErrors = parseDiagnostics.map((diagnostic) => ({
    ...positionOf(sourceFile, diagnostic.start),
    message: import_typescript4.default.flattenDiagnosticMessageText(diagnostic.messageText, "\n")
  }));
  for (const statement of sourceFile.statements) {
    if (!import_typescript4.default.isExportAssignment(statement) || statement.isExportEquals) continue;
    const expression = statement.expression;
    if (!import_typescript4.default.isCallExpression(expression) || !import_typescript4.default.isIdentifier(expression.expression)) continue;
    const callee = expression.expression.text;
    if (!isDefineFunctionName(callee)) continue;
    const properties = {};
    const firstArgument = expression.arguments[0] ? unwrapExpression(expression.arguments[0]) : void 0;
    if (firstArgument && import_typescript4.default.isObjectLiteralExpression(firstArgument)) {
      for (const property of firstArgument.properties) {
        if (!property.name) continue;
        const name = propertyName(property.name, sourceFile);
        if (name !== null) properties[name] = positionOf(sourceFile, property.getStart(sourceFile));
      }
    }
    return {
      entity: {
        defineFunction: callee,
        section: DEFINE_FUNCTION_SECTIONS[callee],
        call: positionOf(sourceFile, expression.getStart(sourceFile)),
        properties
      },
      syntaxErrors
    };
  }
  return { entity: null, syntaxErrors };
}
function isDiscoverableSourcePath(relativePath) {
  if (!/\.tsx?$/.test(relativePath) || relativePath.endsWith(".d.ts")) return false;
  return !relativePath.split("/").some((segment) => segment === "node_modules" || segment === "dist" || segment === ".twenty");
}

// src-shared/twenty/universal-identifier.ts
var UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isValidUuid(value) {
  return UUID_PATTERN.test(value) || value === "00000000-0000-0000-0000-000000000000" || value.toLowerCase() === "ffffffff-ffff-ffff-ffff-ffffffffffff";
}
function uuidVersion(value) {
  return parseInt(value.slice(14, 15), 16);
}
function universalIdentifierProblems(identifier) {
  if (!isValidUuid(identifier)) return `Universal identifier "${identifier}" is not a valid UUID.`;
  const version = uuidVersion(identifier);
  if (version < 4) return `Universal identifier "${identifier}" is UUID version ${version}. Only UUID version 4 or higher is allowed.`;
  return null;
}

// src-shared/twenty/manifest-assembly.ts
function isFunctionMarker(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 && "__function" in value;
}
function stripFunctionMarkers(value) {
  if (Array.isArray(value)) return value.map((item) => isFunctionMarker(item) ? null : stripFunctionMarkers(item));
  if (value && typeof value === "object") {
    const result = {};
    for (const [key, item] of Object.entries(value)) if (!isFunctionMarker(item)) result[key] = stripFunctionMarkers(item);
    return result;
  }
  return value;
}
function asRecords(value) {
  return Array.isArray(value) ? value.filter((item) => item && typeof item === "object" && !Array.isArray(item)) : [];
}
function str2(value) {
  return typeof value === "string" ? value : void 0;
}
var SELECT_OPTION_NAMESPACE = "a80ff791-b940-4c47-a522-2bb478515415";
function withOptionIds(field, uuidV52) {
  if (field.type !== "SELECT" && field.type !== "MULTI_SELECT" || !Array.isArray(field.options)) return field;
  return {
    ...field,
    options: asRecords(field.options).map((option) => ({
      ...option,
      id: option.id ?? uuidV52(`${str2(option.label)}-${str2(field.universalIdentifier)}`, SELECT_OPTION_NAMESPACE)
    }))
  };
}
function derivedIdentifier(uuidV52, applicationId, entityNamespace, value) {
  return uuidV52(`${entityNamespace}:${value}`, applicationId);
}
function logicFunctionEntry(entity, config) {
  const { handler: _handler, ...rest } = config;
  void _handler;
  const tool = rest.toolTriggerSettings;
  const workflow = rest.workflowActionTriggerSettings;
  const needsInference = tool && !tool.inputSchema || workflow && !workflow.inputSchema;
  const entry = { ...rest };
  if (tool) entry.toolTriggerSettings = { ...tool, ...tool.inputSchema || !needsInference ? {} : { inputSchema: inferToolInputSchema(entity.sourceText) } };
  if (workflow) {
    entry.workflowActionTriggerSettings = {
      ...workflow,
      ...workflow.inputSchema || !needsInference ? {} : { inputSchema: inferWorkflowInputSchema(entity.sourceText) }
    };
  }
  entry.handlerName = "default.config.handler";
  entry.sourceHandlerPath = entity.file;
  return entry;
}
function assembleManifest(entities, appFiles, uuidV52) {
  const sections = Object.fromEntries(MANIFEST_SECTIONS.map((section) => [section, []]));
  const problems = [];
  const hooks = {
    post: [],
    pre: [],
    uninstall: [],
    health: [],
    settingsFrontComponent: [],
    applicationRole: []
  };
  let applicationConfig = null;
  let applicationFile = null;
  const objectConfigs = [];
  const roleConfigs = [];
  const fileOfIdentifier = /* @__PURE__ */ new Map();
  for (const entity of entities) {
    if (!entity.config) continue;
    const config = entity.config;
    const identifier = str2(config.universalIdentifier);
    switch (entity.section) {
      case "application":
        applicationConfig = config;
        applicationFile = entity.file;
        break;
      case "objects":
        objectConfigs.push({ file: entity.file, config });
        break;
      case "fields":
        sections.fields.push(withOptionIds(config, uuidV52));
        break;
      case "roles":
        roleConfigs.push(config);
        if (entity.defineFunction === "defineApplicationRole") hooks.applicationRole.push({ file: entity.file, entry: { universalIdentifier: identifier ?? null } });
        break;
      case "logicFunctions": {
        sections.logicFunctions.push(logicFunctionEntry(entity, config));
        if (entity.defineFunction === "definePostInstallLogicFunction") {
          hooks.post.push({ file: entity.file, entry: {
            universalIdentifier: identifier ?? null,
            shouldRunOnVersionUpgrade: config.shouldRunOnVersionUpgrade ?? false,
            shouldRunSynchronously: config.shouldRunSynchronously ?? false
          } });
        } else if (entity.defineFunction === "definePreInstallLogicFunction") {
          hooks.pre.push({ file: entity.file, entry: {
            universalIdentifier: identifier ?? null,
            shouldRunOnVersionUpgrade: config.shouldRunOnVersionUpgrade ?? false
          } });
        } else if (entity.defineFunction === "defineUninstallLogicFunction") {
          hooks.uninstall.push({ file: entity.file, entry: { universalIdentifier: identifier ?? null } });
        } else if (entity.defineFunction === "defineHealthCheck") {
          hooks.health.push({ file: entity.file, entry: { universalIdentifier: identifier ?? null } });
        }
        break;
      }
      case "frontComponents":
        sections.frontComponents.push(config);
        if (entity.defineFunction === "defineSettingsFrontComponent") hooks.settingsFrontComponent.push({ file: entity.file, entry: { universalIdentifier: identifier ?? null } });
        break;
      default:
        sections[entity.section].push(config);
    }
    if (identifier) fileOfIdentifier.set(identifier, [...fileOfIdentifier.get(identifier) ?? [], entity.file]);
  }
  if (!applicationConfig) {
    problems.push({ message: "Cannot build application, please export default defineApplication() to define an application", files: [] });
  }
  const applicationId = str2(applicationConfig?.universalIdentifier);
  if (applicationConfig && applicationId) {
    for (const { file, config } of objectConfigs) {
      const fields = asRecords(config.fields).map((field) => withOptionIds(field, uuidV52));
      const declaredNames = fields.map((field) => str2(field.name));
      const explicitLabel = str2(config.labelIdentifierFieldMetadataUniversalIdentifier);
      const labelFieldDeclared = explicitLabel !== void 0 && fields.some((field) => field.universalIdentifier === explicitLabel);
      const objectFields = [...fields];
      if (!declaredNames.includes("name") && !labelFieldDeclared) {
        objectFields.push({
          name: "name",
          label: "Name",
          description: "Name",
          icon: "IconAbc",
          isNullable: true,
          defaultValue: null,
          type: "TEXT",
          universalIdentifier: derivedIdentifier(uuidV52, applicationId, "fieldMetadata", `${str2(config.universalIdentifier)}:name`)
        });
      }
      const labelIdentifier = explicitLabel ?? str2(objectFields.find((field) => field.name === "name")?.universalIdentifier);
      if (!labelIdentifier) {
        problems.push({ message: `No label identifier field found for object ${str2(config.nameSingular)}. Please add a field with name "name" to your object.`, files: [file] });
        continue;
      }
      sections.objects.push({ ...config, fields: objectFields, labelIdentifierFieldMetadataUniversalIdentifier: labelIdentifier });
    }
    for (const role of roleConfigs) {
      const roleId = str2(role.universalIdentifier) ?? "";
      sections.roles.push({
        ...role,
        objectPermissions: asRecords(role.objectPermissions).map((permission) => ({
          ...permission,
          universalIdentifier: permission.universalIdentifier ?? derivedIdentifier(uuidV52, applicationId, "objectPermission", `${roleId}:${str2(permission.objectUniversalIdentifier)}`)
        })),
        fieldPermissions: asRecords(role.fieldPermissions).map((permission) => ({
          ...permission,
          universalIdentifier: permission.universalIdentifier ?? derivedIdentifier(uuidV52, applicationId, "fieldPermission", `${roleId}:${str2(permission.fieldUniversalIdentifier)}`)
        })),
        rowLevelPermissionPredicateGroups: role.rowLevelPermissionPredicateGroups ?? [],
        rowLevelPermissionPredicates: role.rowLevelPermissionPredicates ?? [],
        permissionFlagUniversalIdentifiers: role.permissionFlagUniversalIdentifiers ?? []
      });
    }
  }
  const onlyOne = [
    ["post", "Only one post install logic function is allowed per application"],
    ["pre", "Only one pre install logic function is allowed per application"],
    ["uninstall", "Only one uninstall logic function is allowed per application"],
    ["health", "Only one health check is allowed per application"],
    ["settingsFrontComponent", "Only one settings front component is allowed per application"]
  ];
  for (const [slot, message] of onlyOne) {
    if (hooks[slot].length > 1) problems.push({ message, files: hooks[slot].map((hook) => hook.file) });
  }
  const defaultRole = str2(applicationConfig?.defaultRoleUniversalIdentifier) ?? (hooks.applicationRole.length === 1 ? str2(hooks.applicationRole[0].entry.universalIdentifier) : void 0);
  if (applicationConfig && !defaultRole) {
    problems.push({
      message: "Application must declare a default role: either pass `defaultRoleUniversalIdentifier` to defineApplication() or mark a role file with defineApplicationRole()",
      files: applicationFile ? [applicationFile] : []
    });
  }
  let application = null;
  if (applicationConfig && defaultRole) {
    const { logoUrl: _logoUrl, screenshots: _screenshots, ...rest } = applicationConfig;
    void _logoUrl;
    void _screenshots;
    application = {
      ...rest,
      ...applicationConfig.logo !== void 0 ? { logo: applicationConfig.logo } : {},
      galleryImages: applicationConfig.galleryImages ?? [],
      defaultRoleUniversalIdentifier: defaultRole,
      ...appFiles.readme !== null ? { aboutDescription: appFiles.readme } : {},
      yarnLockChecksum: appFiles.yarnLockChecksum,
      packageJsonChecksum: appFiles.packageJsonChecksum,
      requiredServerVersionRange: appFiles.requiredServerVersionRange,
      ...hooks.post[0] ? { postInstallLogicFunction: hooks.post[0].entry } : {},
      ...hooks.pre[0] ? { preInstallLogicFunction: hooks.pre[0].entry } : {},
      ...hooks.uninstall[0] ? { uninstallLogicFunction: hooks.uninstall[0].entry } : {},
      ...hooks.health[0] ? { healthCheckLogicFunction: hooks.health[0].entry } : {},
      ...hooks.settingsFrontComponent[0] ? { settingsFrontComponent: hooks.settingsFrontComponent[0].entry } : {}
    };
  }
  const byIdentifier2 = (a, b) => String(a.universalIdentifier ?? "").localeCompare(String(b.universalIdentifier ?? ""));
  for (const section of MANIFEST_SECTIONS) sections[section].sort(byIdentifier2);
  const duplicates = [...fileOfIdentifier.entries()].filter(([, files]) => files.length > 1);
  if (duplicates.length > 0) {
    problems.push({
      message: `Duplicate universal identifiers: ${duplicates.map(([identifier]) => identifier).join(", ")}`,
      files: duplicates.flatMap(([, files]) => files),
      property: "universalIdentifier"
    });
  }
  const invalid = [...fileOfIdentifier.entries()].map(([identifier, files]) => ({ problem: universalIdentifierProblems(identifier), files })).filter((item) => item.problem !== null);
  if (invalid.length > 0) {
    problems.push({
      message: `Invalid universal identifiers: ${invalid.map((item) => item.problem).join(", ")}`,
      files: invalid.flatMap((item) => item.files),
      property: "universalIdentifier"
    });
  }
  return { application, sections, problems };
}

// src-shared/twenty/source-edit/config-paths.ts
var TRIGGER_SECTIONS = {
  httpRoute: "httpRouteTriggerSettings",
  serverRoute: "serverRouteTriggerSettings",
  cron: "cronTriggerSettings",
  databaseEvent: "databaseEventTriggerSettings",
  tool: "toolTriggerSettings",
  workflowAction: "workflowActionTriggerSettings"
};
var TRIGGER_KINDS = Object.keys(TRIGGER_SECTIONS);
var CONFIG_PATHS = {
  universalIdentifier: "string",
  name: "string",
  description: "string",
  timeoutSeconds: "number",
  shouldRunOnVersionUpgrade: "boolean",
  shouldRunSynchronously: "boolean",
  "httpRouteTriggerSettings.path": "string",
  "httpRouteTriggerSettings.httpMethod": "string",
  "httpRouteTriggerSettings.isAuthRequired": "boolean",
  "httpRouteTriggerSettings.forwardedRequestHeaders": "string-array",
  "serverRouteTriggerSettings.httpMethods": "string-array",
  "serverRouteTriggerSettings.forwardedRequestHeaders": "string-array",
  "cronTriggerSettings.pattern": "string",
  "databaseEventTriggerSettings.eventName": "string",
  "databaseEventTriggerSettings.updatedFields": "string-array",
  "databaseEventTriggerSettings.batchMode": "boolean",
  "toolTriggerSettings.inputSchema": "json",
  "workflowActionTriggerSettings.label": "string",
  "workflowActionTriggerSettings.icon": "string",
  "workflowActionTriggerSettings.inputSchema": "json",
  "workflowActionTriggerSettings.outputSchema": "json",
  // The seed docs' pre-2.43 tool form: recognised, and rewritten by the legacy-tool edit.
  isTool: "boolean",
  toolInputSchema: "json"
};
var CONFIG_PATH_LIST = Object.keys(CONFIG_PATHS);
var LOGIC_FUNCTION_DEFINES = ["defineLogicFunction", ...INSTALL_HOOK_FUNCTIONS];
var isLogicFunctionDefine = (name) => LOGIC_FUNCTION_DEFINES.includes(name);

// src-shared/twenty/source-edit/value-location.ts
var import_typescript7 = __toESM(require("typescript"));

// src-shared/twenty/source-edit/config-literal.ts
var import_typescript6 = __toESM(require("typescript"));

// src-shared/twenty/source-edit/literal-values.ts
var import_typescript5 = __toESM(require("typescript"));
var unwrapExpression2 = (node) => {
  let current = node;
  while (import_typescript5.default.isSatisfiesExpression(current) || import_typescript5.default.isAsExpression(current) || import_typescript5.default.isTypeAssertionExpression(current) || import_typescript5.default.isParenthesizedExpression(current) || import_typescript5.default.isNonNullExpression(current)) {
    current = current.expression;
  }
  return current;
};
var staticPropertyName = (name) => {
  if (import_typescript5.default.isIdentifier(name) || import_typescript5.default.isStringLiteral(name) || import_typescript5.default.isNumericLiteral(name) || import_typescript5.default.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (import_typescript5.default.isPrivateIdentifier(name)) return null;
  if (import_typescript5.default.isComputedPropertyName(name)) {
    const expression = unwrapExpression2(name.expression);
    if (import_typescript5.default.isStringLiteral(expression) || import_typescript5.default.isNoSubstitutionTemplateLiteral(expression) || import_typescript5.default.isNumericLiteral(expression)) return expression.text;
  }
  return null;
};

// src-shared/twenty/source-edit/config-literal.ts
var parseSource = (fileName, text) => import_typescript6.default.createSourceFile(fileName, text, import_typescript6.default.ScriptTarget.Latest, true, fileName.endsWith(".tsx") ? import_typescript6.default.ScriptKind.TSX : import_typescript6.default.ScriptKind.TS);
var rangeOf = (node, sourceFile) => ({ start: node.getStart(sourceFile), end: node.getEnd() });
var findTopLevelConst = (sourceFile, name) => {
  for (const statement of sourceFile.statements) {
    if (!import_typescript6.default.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (import_typescript6.default.isIdentifier(declaration.name) && declaration.name.text === name) {
        return { declaration, isConst: (statement.declarationList.flags & import_typescript6.default.NodeFlags.Const) !== 0 };
      }
    }
  }
  return null;
};
var locateDefineObject = (fileName, text) => {
  const discovery = discoverEntity(fileName, text);
  if (!discovery.entity) return { ok: false, reason: "No top-level `export default define*(...)` in this file" };
  const defineFunction = discovery.entity.defineFunction;
  const sourceFile = parseSource(fileName, text);
  const callOffset = discovery.entity.call.offset;
  let call;
  for (const statement of sourceFile.statements) {
    if (import_typescript6.default.isExportAssignment(statement) && import_typescript6.default.isCallExpression(statement.expression) && statement.expression.getStart(sourceFile) === callOffset) {
      call = statement.expression;
    }
  }
  if (!call) return { ok: false, reason: "The define call could not be located" };
  const argument = call.arguments[0];
  if (!argument) return { ok: false, reason: `${defineFunction}() has no config argument: edit in code`, range: rangeOf(call, sourceFile) };
  let expression = unwrapExpression2(argument);
  let variable = null;
  if (import_typescript6.default.isIdentifier(expression)) {
    const found = findTopLevelConst(sourceFile, expression.text);
    if (!found || !found.declaration.initializer) {
      return { ok: false, reason: `The config is ${expression.text}, which is not a top-level const of this file: edit in code`, range: rangeOf(expression, sourceFile) };
    }
    if (!found.isConst) {
      return { ok: false, reason: `The config is ${expression.text}, declared with let/var: edit in code`, range: rangeOf(found.declaration, sourceFile) };
    }
    variable = found.declaration;
    expression = unwrapExpression2(found.declaration.initializer);
  }
  if (!import_typescript6.default.isObjectLiteralExpression(expression)) {
    return { ok: false, reason: "The config is not an object literal: edit in code", range: rangeOf(expression, sourceFile) };
  }
  return { ok: true, located: { sourceFile, defineFunction, object: expression, variable } };
};
var locateConfig = (fileName, text) => {
  const result = locateDefineObject(fileName, text);
  if (!result.ok) return result;
  const { defineFunction } = result.located;
  if (!isLogicFunctionDefine(defineFunction)) return { ok: false, reason: `${defineFunction} does not define a logic function` };
  return { ok: true, located: { ...result.located, defineFunction } };
};
var mayProvideAnyKey = (element) => import_typescript6.default.isSpreadAssignment(element) || element.name !== void 0 && staticPropertyName(element.name) === null;
var lookupProperty = (object, key) => {
  let found = null;
  let dynamic = null;
  for (const element of object.properties) {
    if (mayProvideAnyKey(element)) {
      dynamic = element;
    } else if (element.name && staticPropertyName(element.name) === key) {
      found = element;
      dynamic = null;
    }
  }
  return found ? { kind: "found", property: found, overriddenBy: dynamic } : { kind: "absent", maybeFrom: dynamic };
};

// src-shared/twenty/source-edit/value-location.ts
var unwrap = (node) => {
  let current = node;
  while (import_typescript7.default.isParenthesizedExpression(current) || import_typescript7.default.isAsExpression(current) || import_typescript7.default.isSatisfiesExpression(current) || import_typescript7.default.isTypeAssertionExpression(current)) current = current.expression;
  return current;
};
function locateConfigValue(fileName, text, path, value) {
  const located = locateConfig(fileName, text);
  if (!located.ok) return null;
  const { sourceFile } = located.located;
  let object = located.located.object;
  let best = null;
  for (const segment of path.split(".").filter(Boolean)) {
    if (!object) break;
    const lookup = lookupProperty(object, segment);
    if (lookup.kind !== "found") break;
    const property = lookup.property;
    const initializer = import_typescript7.default.isPropertyAssignment(property) ? unwrap(property.initializer) : null;
    best = initializer ?? property;
    object = initializer && import_typescript7.default.isObjectLiteralExpression(initializer) ? initializer : null;
  }
  if (!best) return null;
  if (value !== void 0 && import_typescript7.default.isArrayLiteralExpression(best)) {
    const element = best.elements.find((item) => (import_typescript7.default.isStringLiteral(item) || import_typescript7.default.isNoSubstitutionTemplateLiteral(item)) && item.text === value);
    if (element) best = element;
  }
  const offset = best.getStart(sourceFile);
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(offset);
  return { offset, line: line + 1, column: character + 1 };
}

// src-shared/twenty/cron/cron-validation.ts
var import_cron_parser = require("cron-parser");
var CRON_UNITS = [
  { unit: "second", label: "second", min: 0, max: 59 },
  { unit: "minute", label: "minute", min: 0, max: 59 },
  { unit: "hour", label: "hour", min: 0, max: 23 },
  { unit: "dayOfMonth", label: "day of month", min: 1, max: 31 },
  { unit: "month", label: "month", min: 1, max: 12 },
  { unit: "dayOfWeek", label: "day of week", min: 0, max: 7 }
];
var CRON_PREDEFINED = {
  "@yearly": "0 0 0 1 1 *",
  "@annually": "0 0 0 1 1 *",
  "@monthly": "0 0 0 1 * *",
  "@weekly": "0 0 0 * * 0",
  "@daily": "0 0 0 * * *",
  "@hourly": "0 0 * * * *",
  "@minutely": "0 * * * * *",
  "@secondly": "* * * * * *",
  "@weekdays": "0 0 0 * * 1-5",
  "@weekends": "0 0 0 * * 0,6"
};
var MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
var DEFAULT_FIELDS = ["0", "*", "*", "*", "*", "*"];
var cronParserError = (pattern) => {
  try {
    import_cron_parser.CronExpressionParser.parse(pattern);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
};
var quote = (pattern) => `Cron pattern ${JSON.stringify(pattern)}`;
var listNames = (names) => names.length <= 1 ? names[0] ?? "" : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
var splitCronFields = (pattern) => {
  const predefined = Object.hasOwn(CRON_PREDEFINED, pattern) ? CRON_PREDEFINED[pattern] : void 0;
  const expression = predefined ?? (pattern === "" ? "0 * * * * *" : pattern);
  const atoms = expression.trim().split(/\s+/);
  if (atoms.length > 6) return null;
  const shift = 6 - atoms.length;
  const normalized = [...DEFAULT_FIELDS.slice(0, shift), ...atoms];
  const fields = atoms.map((value, index) => ({ field: index + 1, value, ...CRON_UNITS[shift + index] }));
  return { fields, normalized, fieldCount: predefined || pattern === "" ? 0 : atoms.length };
};
var describeFieldProblem = (info, value, parserMessage) => {
  const { label, min, max } = info;
  let m;
  if (/expected range/.test(parserMessage)) {
    const suffix = info.unit === "month" ? " (or JAN-DEC)" : info.unit === "dayOfWeek" ? " (0 and 7 are Sunday, or SUN-SAT)" : "";
    return `${label} must be ${min}-${max}${suffix}`;
  }
  if (m = parserMessage.match(/Invalid range: (\d+)-(\d+), min/)) {
    return `${label} range ${m[1]}-${m[2]} goes backwards (the first value must not be larger than the second)`;
  }
  if (/cannot repeat at every/.test(parserMessage) || /Invalid step/.test(parserMessage)) {
    return `${label} step in ${JSON.stringify(value)} must be a whole number of at least 1`;
  }
  if (m = parserMessage.match(/cannot resolve alias "([^"]*)"/)) {
    return `${label} has an unknown name ${JSON.stringify(m[1])}${info.unit === "month" ? " (use JAN-DEC)" : " (use SUN-SAT)"}`;
  }
  if (/Invalid characters/.test(parserMessage)) {
    return `${label} ${JSON.stringify(value)} is not a valid value`;
  }
  if (/Invalid list value format/.test(parserMessage)) {
    return `${label} has an empty item in the list ${JSON.stringify(value)}`;
  }
  if (m = parserMessage.match(/duplicate values found: (\S+)/)) {
    const sundayHint = info.unit === "dayOfWeek" && m[1] === "0" ? " (0 and 7 are both Sunday)" : "";
    return `${label} lists ${m[1]} more than once${sundayHint}`;
  }
  if (/occurrence number/.test(parserMessage)) {
    return `${label} "#" must be followed by an occurrence 1-5 (e.g. 1#2 for the second Monday)`;
  }
  if (/incompatible/.test(parserMessage)) {
    return `${label} "#" cannot be combined with lists, ranges, steps or L`;
  }
  if (/Invalid wildcard/.test(parserMessage)) {
    return `${label} ${JSON.stringify(value)} uses * or ? where only a whole list item may be a wildcard`;
  }
  if (/Invalid repeat/.test(parserMessage)) {
    return `${label} ${JSON.stringify(value)} has more than one "/" step`;
  }
  if (/too many values/.test(parserMessage)) {
    return `${label} ${JSON.stringify(value)} expands to too many values`;
  }
  return `${label}: ${parserMessage}`;
};
var isolate = (unitIndex, value) => {
  const parts = ["0", "*", "*", "*", "*", "*"];
  parts[unitIndex] = value;
  return parts.join(" ");
};
var unitIndexOf = (unit) => CRON_UNITS.findIndex((u) => u.unit === unit);
var expandField = (unit, value) => {
  try {
    const expression = import_cron_parser.CronExpressionParser.parse(isolate(unitIndexOf(unit), value), { hashSeed: "studio" });
    return [...expression.fields[unit].values];
  } catch {
    return null;
  }
};
var locateError = (pattern, parserMessage) => {
  const split = splitCronFields(pattern);
  if (!split) {
    const count = pattern.trim().split(/\s+/).length;
    return {
      message: `${quote(pattern)}: ${count} fields; at most 6 are allowed (an optional seconds field, then minute hour day-of-month month day-of-week)`
    };
  }
  for (const field of split.fields) {
    const message = cronParserError(isolate(unitIndexOf(field.unit), field.value));
    if (message !== null) {
      return { message: `${quote(pattern)}: ${describeFieldProblem(field, field.value, message)} (field ${field.field})`, field: field.field };
    }
  }
  if (/Invalid explicit day of month/.test(parserMessage)) {
    const dom = split.fields.find((f) => f.unit === "dayOfMonth");
    const month = split.fields.find((f) => f.unit === "month");
    const days = dom ? expandField("dayOfMonth", dom.value) ?? [] : [];
    const months = month ? expandField("month", month.value) ?? [] : [];
    const firstDay = days.filter((d) => typeof d === "number").sort((a, b) => a - b)[0];
    const monthNames = months.filter((m) => typeof m === "number").map((m) => MONTH_NAMES[m - 1]);
    if (dom && firstDay !== void 0 && monthNames.length > 0) {
      return {
        message: `${quote(pattern)}: day of month ${firstDay} never occurs in ${listNames(monthNames)}, so it can never run (field ${dom.field})`,
        field: dom.field
      };
    }
  }
  if (/too long/.test(parserMessage)) return { message: `${quote(pattern)}: ${parserMessage}` };
  return { message: `${quote(pattern)}: ${parserMessage}` };
};
var stepWarnings = (fields) => {
  const warnings = [];
  for (const field of fields) {
    for (const item of field.value.split(",")) {
      const m = item.match(/^(\*|\?|\d+|\d+-\d+)\/(\d+)$/);
      if (!m) continue;
      const step = Number(m[2]);
      let lo = field.min;
      let hi = field.unit === "dayOfWeek" ? 7 : field.max;
      if (m[1].includes("-")) {
        [lo, hi] = m[1].split("-").map(Number);
      } else if (/^\d+$/.test(m[1])) {
        lo = Number(m[1]);
      } else if (field.unit === "dayOfWeek") {
        hi = 6;
      }
      if (step > 0 && hi >= lo && step > hi - lo) {
        warnings.push(
          `${field.label} step ${step} in ${JSON.stringify(item)} is larger than its range ${lo}-${hi}: it only matches ${field.label} ${lo} (field ${field.field})`
        );
      }
    }
  }
  return warnings;
};
var validateCronPattern = (pattern) => {
  const warnings = [];
  if (typeof pattern !== "string" || pattern === "") {
    return { valid: false, error: { message: "Cron trigger must have a pattern" }, warnings };
  }
  const parserMessage = cronParserError(pattern);
  if (parserMessage !== null) {
    warnings.push("cron-parser rejects this pattern, and the server swallows that error: the function would never run.");
    return { valid: false, error: locateError(pattern, parserMessage), warnings };
  }
  const split = splitCronFields(pattern);
  if (!split) {
    return { valid: false, error: { message: `${quote(pattern)}: too many fields` }, warnings };
  }
  const { fields, normalized, fieldCount } = split;
  if (fieldCount > 0 && fieldCount < 5) {
    const first = fields[0];
    warnings.push(
      `Only ${fieldCount} field${fieldCount === 1 ? "" : "s"}: Twenty patterns have 5 (minute hour day-of-month month day-of-week). cron-parser fills in the missing leading fields, so this runs as "${normalized.slice(1).join(" ")}" \u2014 field 1 is read as the ${first.label}.`
    );
  }
  const secondsValue = normalized[0];
  if (fieldCount === 6 || fieldCount === 0 && secondsValue !== "0") {
    warnings.push(
      `The sixth field is read as seconds (${JSON.stringify(secondsValue)}): the server checks cron triggers once a minute, so this still runs at most once a minute, at the first check after a matching second.`
    );
  }
  warnings.push(...stepWarnings(fields));
  const dom = normalized[3];
  const dow = normalized[5];
  const isWild = (v) => v === "*" || v === "?";
  if (!isWild(dom) && !isWild(dow)) {
    warnings.push(
      `Day of month (${dom}) and day of week (${dow}) are both set: cron runs when EITHER matches, not only when both do.`
    );
  }
  if (/H/.test(normalized.join(" "))) {
    warnings.push(
      '"H" picks a random value each time the pattern is parsed; the server parses it again every minute, so runs are unpredictable.'
    );
  }
  return { valid: true, normalized: normalized.join(" "), fields, fieldCount, warnings };
};

// src-shared/twenty/cron/cron-preview.ts
var import_cron_parser2 = require("cron-parser");
var import_cronstrue = __toESM(require("cronstrue"));
var YEAR_MS = 366 * 24 * 3600 * 1e3;

// src-shared/twenty/database-event/event-name-validation.ts
var DATABASE_EVENT_OPERATIONS = ["created", "updated", "deleted", "destroyed", "restored", "upserted"];
var isDatabaseEventOperation = (value) => DATABASE_EVENT_OPERATIONS.includes(value);
var NEVER_IN_DIFF = /* @__PURE__ */ new Set(["updatedAt", "searchVector"]);
var OPERATION_TYPOS = {
  create: "created",
  insert: "created",
  inserted: "created",
  update: "updated",
  delete: "deleted",
  remove: "deleted",
  removed: "deleted",
  softdeleted: "deleted",
  destroy: "destroyed",
  restore: "restored",
  upsert: "upserted"
};
var FORMS = "<object>.<operation>, *.<operation>, <object>.* or *.*";
var levenshtein = (a, b) => {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
};
var suggestClosest = (value, candidates) => {
  let best = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = levenshtein(value.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === null) return null;
  return bestDistance <= Math.max(2, Math.floor(best.length / 2)) ? best : null;
};
var parseEventName = (eventName) => {
  const parts = eventName.split(".");
  if (parts.length !== 2) return null;
  return { object: parts[0], operation: parts[1] };
};
var validateEventName = (eventName, { objects } = {}) => {
  const errors = [];
  const warnings = [];
  if (typeof eventName !== "string" || eventName === "") {
    return { valid: false, errors: ["Database event trigger must have an eventName"], warnings };
  }
  const parsed = parseEventName(eventName);
  if (!parsed) {
    return { valid: false, errors: [`Event name ${JSON.stringify(eventName)} must be ${FORMS}`], warnings };
  }
  const { object, operation } = parsed;
  if (operation !== "*" && !isDatabaseEventOperation(operation)) {
    const suggestion = OPERATION_TYPOS[operation.toLowerCase()] ?? suggestClosest(operation, DATABASE_EVENT_OPERATIONS);
    errors.push(
      `Unknown operation ${JSON.stringify(operation)} in ${JSON.stringify(eventName)}: use ${DATABASE_EVENT_OPERATIONS.join(", ")} or *` + (suggestion ? ` (did you mean "${object}.${suggestion}"?)` : "")
    );
  }
  if (object === "") {
    errors.push(`Event name ${JSON.stringify(eventName)} has no object: use ${FORMS}`);
  } else if (object !== "*" && /[*?]/.test(object)) {
    errors.push(`Event name ${JSON.stringify(eventName)}: only a whole "*" matches every object; partial wildcards never match`);
  } else if (object !== "*" && objects) {
    const exact = objects.find((o) => o.nameSingular === object);
    if (!exact) {
      const caseInsensitive = objects.find((o) => o.nameSingular.toLowerCase() === object.toLowerCase());
      const plural = objects.find((o) => o.namePlural !== void 0 && o.namePlural.toLowerCase() === object.toLowerCase());
      if (caseInsensitive) {
        errors.push(`Unknown object ${JSON.stringify(object)}: event names are case-sensitive, use "${caseInsensitive.nameSingular}"`);
      } else if (plural) {
        errors.push(`Unknown object ${JSON.stringify(object)}: event names use the singular name, "${plural.nameSingular}"`);
      } else {
        const suggestion = suggestClosest(object, objects.map((o) => o.nameSingular));
        errors.push(`Unknown object ${JSON.stringify(object)}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`);
      }
    }
  }
  if (eventName !== eventName.trim()) warnings.push(`Event name ${JSON.stringify(eventName)} has surrounding spaces: it never matches`);
  return { valid: errors.length === 0, object, operation, errors, warnings };
};
var validateUpdatedFields = (eventName, updatedFields, { fields, relations = {}, upsertFiltering = "current" } = {}) => {
  const issues = [];
  if (!updatedFields || updatedFields.length === 0) return issues;
  const parsed = parseEventName(eventName);
  const operation = parsed?.operation;
  const filtered = upsertFiltering === "current" ? ["updated", "upserted", "*"] : ["updated", "*"];
  if (operation !== void 0 && !filtered.includes(operation)) {
    issues.push({
      severity: "warning",
      message: `updatedFields only filters updated${upsertFiltering === "current" ? " and upserted" : ""} events; "${eventName}" always fires, whatever the fields.`
    });
  }
  if (operation === "upserted" && upsertFiltering === "legacy") {
    issues.push({ severity: "warning", message: "Older servers ignore updatedFields for upserts: every upsert fires." });
  }
  const seen = /* @__PURE__ */ new Set();
  for (const field of updatedFields) {
    if (seen.has(field)) issues.push({ field, severity: "warning", message: `Field ${JSON.stringify(field)} is listed twice` });
    seen.add(field);
    const joinColumns = new Set(Object.values(relations).filter((column) => typeof column === "string"));
    if (NEVER_IN_DIFF.has(field)) {
      issues.push({ field, severity: "error", message: `The server's event diff never lists ${JSON.stringify(field)}: it never matches` });
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(relations, field)) {
      const column = relations[field];
      issues.push({
        field,
        severity: "error",
        message: column ? `${JSON.stringify(field)} is a relation: the server's event diff lists its join column ${JSON.stringify(column)} instead, so ${JSON.stringify(field)} never matches (use ${JSON.stringify(column)})` : `${JSON.stringify(field)} is a one-to-many relation: the server's event diff never lists it, so it never matches`
      });
      continue;
    }
    if (joinColumns.has(field)) continue;
    if (fields && !fields.includes(field)) {
      const suggestion = suggestClosest(field, fields);
      issues.push({
        field,
        severity: "error",
        message: `Field ${JSON.stringify(field)} does not exist on ${parsed?.object ?? "this object"}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}: it never matches`
      });
    }
  }
  return issues;
};

// src-shared/twenty/database-event/event-matching.ts
var matchesEventName = (triggerEventName, eventName) => {
  const [object, operation] = eventName.split(".");
  return [`${object}.${operation}`, `*.${operation}`, `${object}.*`, "*.*"].includes(triggerEventName);
};
var list = (items) => items.join(", ");
var filterDecision = (operation, watched, eventFields, upsertFiltering) => {
  const filteredOps = upsertFiltering === "current" ? ["updated", "upserted"] : ["updated"];
  if (!filteredOps.includes(operation)) {
    if (watched && watched.length > 0) {
      return {
        fires: true,
        reason: operation === "upserted" ? "updatedFields is ignored for upserts on older servers, so every upsert fires" : `updatedFields only filters updates, so every ${operation} event fires`
      };
    }
    return { fires: true, reason: `every ${operation} event fires` };
  }
  if (!watched || watched.length === 0) {
    return { fires: true, reason: `no updatedFields filter, so every ${operation === "upserted" ? "upsert" : "update"} fires` };
  }
  if (!eventFields || eventFields.length === 0) {
    return { fires: false, reason: `the event lists no updated fields, and updatedFields watches ${list(watched)}` };
  }
  const hit = eventFields.filter((f) => watched.includes(f));
  if (hit.length > 0) return { fires: true, reason: `${list(hit)} changed, which updatedFields watches` };
  return { fires: false, reason: `none of the watched fields (${list(watched)}) changed; changed: ${list(eventFields)}` };
};
var matchDatabaseEvent = (trigger, event, { upsertFiltering = "current" } = {}) => {
  const parsed = parseEventName(event.name);
  const object = parsed?.object ?? event.name;
  const operation = parsed?.operation ?? "";
  if (!matchesEventName(trigger.eventName, event.name)) {
    return {
      fires: false,
      eventNameMatches: false,
      reason: `"${trigger.eventName}" does not match ${event.name} (only ${object}.${operation}, *.${operation}, ${object}.* or *.* do)`
    };
  }
  const current = filterDecision(operation, trigger.updatedFields, event.updatedFields, upsertFiltering);
  const result = { fires: current.fires, eventNameMatches: true, reason: `"${trigger.eventName}" matches ${event.name}; ${current.reason}` };
  if (operation === "upserted" && upsertFiltering === "current") {
    const legacy = filterDecision(operation, trigger.updatedFields, event.updatedFields, "legacy");
    if (legacy.fires !== current.fires) result.olderServerFires = legacy.fires;
  }
  return result;
};
var whoFires = (functions, event, options = {}) => functions.filter((fn) => fn.databaseEventTriggerSettings && typeof fn.databaseEventTriggerSettings.eventName === "string").map((fn) => {
  const trigger = fn.databaseEventTriggerSettings;
  return {
    universalIdentifier: fn.universalIdentifier,
    name: fn.name ?? null,
    eventName: trigger.eventName,
    batchMode: trigger.batchMode === true,
    ...matchDatabaseEvent(trigger, event, options)
  };
});
var selfTriggerWarning = (trigger, objectNameSingular, writtenFields2, { upsertFiltering = "current" } = {}) => {
  if (writtenFields2.length === 0) return null;
  const ops = ["updated", "upserted"].filter((op) => matchesEventName(trigger.eventName, `${objectNameSingular}.${op}`));
  if (ops.length === 0) return null;
  const watched = trigger.updatedFields ?? [];
  for (const op of ops) {
    const filtered = op === "updated" || upsertFiltering === "current";
    const loops = !filtered || watched.length === 0 ? [...writtenFields2] : writtenFields2.filter((f) => watched.includes(f));
    if (loops.length > 0) {
      return `This function writes ${list(loops)} on ${objectNameSingular} and fires on ${objectNameSingular}.${op}${filtered && watched.length > 0 ? " for those fields" : ""}: each run triggers the next (a self-trigger loop).`;
    }
  }
  return null;
};

// src-shared/twenty/database-event/event-payload.ts
var NIL_UUID = "00000000-0000-0000-0000-000000000000";
var STUDIO_TIMESTAMP = "2024-01-01T00:00:00.000Z";
var capitalize = (s) => s ? s[0].toUpperCase() + s.slice(1) : s;
var defaultPlural = (singular) => {
  if (singular === "person") return "people";
  if (/[^aeiou]y$/.test(singular)) return `${singular.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(singular)) return `${singular}es`;
  return `${singular}s`;
};
var buildEventObjectMetadata = (input) => {
  const namePlural = input.namePlural ?? defaultPlural(input.nameSingular);
  return {
    id: input.id ?? input.universalIdentifier ?? NIL_UUID,
    nameSingular: input.nameSingular,
    namePlural,
    labelSingular: input.labelSingular ?? capitalize(input.nameSingular),
    labelPlural: input.labelPlural ?? capitalize(namePlural),
    description: input.description ?? null,
    icon: input.icon ?? null,
    universalIdentifier: input.universalIdentifier ?? NIL_UUID,
    applicationId: input.applicationId ?? null,
    dataSourceId: input.dataSourceId ?? null,
    overrides: null,
    isCustom: input.isCustom ?? false,
    isRemote: input.isRemote ?? false,
    isActive: input.isActive ?? true,
    isSystem: input.isSystem ?? false,
    isUIEditable: input.isUIEditable ?? true,
    isUICreatable: input.isUICreatable ?? true,
    isAuditLogged: input.isAuditLogged ?? true,
    isSearchable: input.isSearchable ?? false,
    duplicateCriteria: input.duplicateCriteria ?? null,
    shortcut: input.shortcut ?? null,
    labelIdentifierFieldMetadataId: input.labelIdentifierFieldMetadataId ?? NIL_UUID,
    imageIdentifierFieldMetadataId: input.imageIdentifierFieldMetadataId ?? null,
    isLabelSyncedWithName: input.isLabelSyncedWithName ?? false,
    createdAt: input.createdAt ?? STUDIO_TIMESTAMP,
    updatedAt: input.updatedAt ?? STUDIO_TIMESTAMP,
    fieldIds: input.fieldIds ?? [],
    indexMetadataIds: input.indexMetadataIds ?? [],
    viewIds: input.viewIds ?? [],
    applicationUniversalIdentifier: input.applicationUniversalIdentifier ?? null,
    labelIdentifierFieldMetadataUniversalIdentifier: input.labelIdentifierFieldMetadataUniversalIdentifier ?? NIL_UUID,
    imageIdentifierFieldMetadataUniversalIdentifier: input.imageIdentifierFieldMetadataUniversalIdentifier ?? null,
    fieldUniversalIdentifiers: input.fieldUniversalIdentifiers ?? [],
    indexMetadataUniversalIdentifiers: input.indexMetadataUniversalIdentifiers ?? [],
    viewUniversalIdentifiers: input.viewUniversalIdentifiers ?? []
  };
};
var isPlainObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var deepEqual = (a, b) => {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return false;
};
var DIFF_SKIPPED_KEYS = /* @__PURE__ */ new Set(["updatedAt", "searchVector"]);
var computeRecordDiff = (before, after, { relationFieldNames = [] } = {}) => {
  const diff = {};
  if (!after) return diff;
  const previous = before ?? {};
  for (const key of Object.keys(after)) {
    if (DIFF_SKIPPED_KEYS.has(key) || relationFieldNames.includes(key)) continue;
    if (deepEqual(previous[key], after[key])) continue;
    diff[key] = { before: previous[key], after: after[key] };
  }
  return diff;
};
var STUDIO_WORKSPACE_ID = "20202020-0000-4000-8000-000000000000";
var changeProperties = (before, after, relationFieldNames) => {
  const diff = computeRecordDiff(before, after, { relationFieldNames });
  return { before, after, updatedFields: Object.keys(diff), diff };
};
var buildRecordEvent = (operation, event, { relationFieldNames = [], now } = {}) => {
  const warnings = [];
  const timestamp = now ?? (/* @__PURE__ */ new Date()).toISOString();
  let { before, after } = event;
  let properties;
  switch (operation) {
    case "created":
      if (!after) warnings.push("A created event needs the record after the change.");
      if (before) warnings.push('A created event has no "before": it is left out.');
      properties = { after: after ?? {} };
      break;
    case "destroyed":
      if (!before) warnings.push("A destroyed event needs the record before the change.");
      properties = { before: before ?? {} };
      break;
    case "deleted":
      if (!before && !after) warnings.push("A deleted event needs the record before (and after) the soft delete.");
      before = before ?? { ...after, deletedAt: null };
      after = after ?? { ...before, deletedAt: timestamp };
      if (!after.deletedAt) warnings.push("After a soft delete, the record has deletedAt set.");
      properties = changeProperties(before, after, relationFieldNames);
      break;
    case "restored":
      if (!before && !after) warnings.push("A restored event needs the record before (and after) the restore.");
      before = before ?? { ...after, deletedAt: timestamp };
      after = after ?? { ...before, deletedAt: null };
      if (after.deletedAt) warnings.push("After a restore, the record has deletedAt null.");
      properties = changeProperties(before, after, relationFieldNames);
      break;
    case "updated":
      if (!before || !after) warnings.push("An updated event needs the record before and after the change.");
      properties = changeProperties(before ?? {}, after ?? {}, relationFieldNames);
      if (properties.updatedFields.length === 0) warnings.push("Nothing changed between before and after: updatedFields is empty.");
      break;
    case "upserted":
      if (!after) warnings.push("An upserted event needs the record after the change.");
      properties = before ? changeProperties(before, after ?? {}, relationFieldNames) : { after: after ?? {} };
      break;
  }
  const recordId = event.recordId ?? after?.id ?? before?.id;
  if (typeof recordId !== "string" || recordId === "") warnings.push('No record id: give one, or an "id" in the record.');
  const actor = event.actor ?? {};
  const ordered = {
    recordId: typeof recordId === "string" ? recordId : "",
    ...actor.userId ? { userId: actor.userId } : {},
    ...actor.userWorkspaceId ? { userWorkspaceId: actor.userWorkspaceId } : {},
    ...actor.workspaceMemberId ? { workspaceMemberId: actor.workspaceMemberId } : {},
    properties
  };
  return { event: ordered, warnings };
};
var buildDatabaseEventPayload = (input) => {
  if (!isDatabaseEventOperation(input.operation)) throw new Error(`Unknown operation ${JSON.stringify(input.operation)}`);
  const objectMetadata = buildEventObjectMetadata(input.objectMetadata);
  const { event, warnings } = buildRecordEvent(input.operation, input, { relationFieldNames: input.relationFieldNames, now: input.now });
  return {
    payload: {
      name: `${objectMetadata.nameSingular}.${input.operation}`,
      workspaceId: input.workspaceId ?? STUDIO_WORKSPACE_ID,
      objectMetadata,
      ...event
    },
    warnings
  };
};
var MAX_EVENTS_PER_BATCH = 200;
var actorKey = (actor) => JSON.stringify([actor?.userId ?? null, actor?.userWorkspaceId ?? null, actor?.workspaceMemberId ?? null]);
var buildDatabaseEventBatchPayloads = (input) => {
  const objectMetadata = buildEventObjectMetadata(input.objectMetadata);
  const name = `${objectMetadata.nameSingular}.${input.operation}`;
  const warnings = [];
  const groups = /* @__PURE__ */ new Map();
  let filteredOut = 0;
  input.events.forEach((raw, index) => {
    const { event, warnings: eventWarnings } = buildRecordEvent(input.operation, raw, {
      relationFieldNames: input.relationFieldNames,
      now: input.now
    });
    warnings.push(...eventWarnings.map((w) => `Event ${index + 1}: ${w}`));
    if (input.trigger) {
      const decision = matchDatabaseEvent(
        input.trigger,
        { name, updatedFields: event.properties.updatedFields },
        { upsertFiltering: input.upsertFiltering }
      );
      if (!decision.fires) {
        filteredOut++;
        return;
      }
    }
    const key = actorKey(raw.actor);
    const group = groups.get(key) ?? [];
    group.push(event);
    groups.set(key, group);
  });
  const payloads = [];
  for (const events2 of groups.values()) {
    for (let i = 0; i < events2.length; i += MAX_EVENTS_PER_BATCH) {
      payloads.push({
        name,
        workspaceId: input.workspaceId ?? STUDIO_WORKSPACE_ID,
        objectMetadata,
        events: events2.slice(i, i + MAX_EVENTS_PER_BATCH)
      });
    }
  }
  if (groups.size > 1) warnings.push(`The events come from ${groups.size} different actors: the server sends one batch per actor.`);
  if (input.events.length - filteredOut > MAX_EVENTS_PER_BATCH) {
    warnings.push(`More than ${MAX_EVENTS_PER_BATCH} events: the server splits them into batches of at most ${MAX_EVENTS_PER_BATCH}.`);
  }
  return { payloads, filteredOut, warnings };
};

// src-shared/twenty/route/route-matching.ts
var import_path_to_regexp = require("path-to-regexp");
var HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
var stripQueryString = (path) => {
  const index = path.search(/[?#]/);
  return index === -1 ? path : path.slice(0, index);
};
var stripRoutePrefix = (rawPath) => rawPath.replace(/^\/s\//, "/");
var normalizePathParameters = (params) => {
  const normalized = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === void 0) continue;
    normalized[key] = Array.isArray(value) ? value.join(",") : value;
  }
  return normalized;
};
var matcherCache = /* @__PURE__ */ new Map();
var compileRoutePath = (routePath) => {
  let cached = matcherCache.get(routePath);
  if (!cached) {
    try {
      cached = (0, import_path_to_regexp.match)(routePath, { decode: decodeURIComponent });
    } catch (error) {
      cached = error instanceof Error ? error : new Error(String(error));
    }
    matcherCache.set(routePath, cached);
  }
  return cached;
};
var toRouteMatch = (fn, params) => {
  const settings = fn.httpRouteTriggerSettings;
  return {
    universalIdentifier: fn.universalIdentifier,
    name: fn.name ?? null,
    path: settings.path,
    httpMethod: settings.httpMethod,
    isAuthRequired: settings.isAuthRequired === true,
    forwardedRequestHeaders: settings.forwardedRequestHeaders ?? [],
    pathParameters: normalizePathParameters(params)
  };
};
var effectiveMethod = (method) => {
  const upper = method.toUpperCase();
  return upper === "HEAD" ? "GET" : upper;
};
var levenshtein2 = (a, b) => {
  if (a === b) return 0;
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
};
var routePathSimilarity = (requestPath, routePath) => {
  const split = (p) => p.toLowerCase().split("/").filter((s) => s !== "");
  const req = split(requestPath);
  const route = split(routePath);
  const length = Math.max(req.length, route.length);
  if (length === 0) return 1;
  let score = 0;
  for (let i = 0; i < length; i++) {
    const r = req[i];
    const t = route[i];
    if (r === void 0 || t === void 0) continue;
    if (/^[:*]/.test(t) || t.includes("{")) {
      score += 0.5;
      continue;
    }
    const longest = Math.max(r.length, t.length);
    score += longest === 0 ? 1 : 1 - levenshtein2(r, t) / longest;
  }
  return Math.round(score / length * 1e3) / 1e3;
};
var matchRoute = (functions, request) => {
  const method = effectiveMethod(request.method);
  const matchedPath = stripRoutePrefix(stripQueryString(request.path));
  const routed = functions.filter((fn) => fn.httpRouteTriggerSettings && typeof fn.httpRouteTriggerSettings.path === "string");
  const matches = [];
  let serverError = null;
  const otherMethod = [];
  for (const fn of routed) {
    const settings = fn.httpRouteTriggerSettings;
    const matcher = compileRoutePath(settings.path);
    const sameMethod = String(settings.httpMethod).toUpperCase() === method;
    if (matcher instanceof Error) {
      if (sameMethod && matches.length === 0 && !serverError) {
        serverError = { universalIdentifier: fn.universalIdentifier, path: settings.path, message: matcher.message };
      }
      continue;
    }
    let result;
    try {
      result = matcher(matchedPath);
    } catch (error) {
      if (sameMethod && matches.length === 0 && !serverError) {
        serverError = { universalIdentifier: null, path: null, message: error instanceof Error ? error.message : String(error) };
      }
      continue;
    }
    if (!result) continue;
    if (sameMethod) matches.push(toRouteMatch(fn, result.params));
    else otherMethod.push(fn);
  }
  let closest = [];
  if (matches.length === 0) {
    const describe2 = (fn, similarity, reason) => ({
      universalIdentifier: fn.universalIdentifier,
      name: fn.name ?? null,
      path: fn.httpRouteTriggerSettings.path,
      httpMethod: fn.httpRouteTriggerSettings.httpMethod,
      similarity,
      reason
    });
    const methodDiffers = otherMethod.map((fn) => describe2(fn, 1, "method-differs"));
    const similar = routed.filter((fn) => !otherMethod.includes(fn)).map((fn) => {
      const settings = fn.httpRouteTriggerSettings;
      let similarity = routePathSimilarity(matchedPath, settings.path);
      if (String(settings.httpMethod).toUpperCase() !== method) similarity = Math.round(similarity * 900) / 1e3;
      return describe2(fn, similarity, "similar-path");
    }).filter((c) => c.similarity >= 0.4).sort((a, b) => b.similarity - a.similarity);
    closest = [...methodDiffers, ...similar].slice(0, 3);
  }
  return {
    matchedPath,
    method,
    match: serverError ? null : matches[0] ?? null,
    matches,
    serverError,
    closest
  };
};

// src-shared/twenty/route/route-payload.ts
var SINGLE_VALUE_HEADERS = /* @__PURE__ */ new Set([
  "age",
  "authorization",
  "content-length",
  "content-type",
  "etag",
  "expires",
  "from",
  "host",
  "if-modified-since",
  "if-unmodified-since",
  "last-modified",
  "location",
  "max-forwards",
  "proxy-authorization",
  "referer",
  "retry-after",
  "server",
  "user-agent"
]);
var CREDENTIAL_HEADERS = /* @__PURE__ */ new Set(["authorization", "cookie", "proxy-authorization"]);
var toPairs = (headers) => {
  if (!headers) return [];
  if (Array.isArray(headers)) {
    return headers.map(
      (h) => Array.isArray(h) ? [String(h[0]), String(h[1])] : [String(h.name), String(h.value)]
    );
  }
  const pairs = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === void 0) continue;
    if (Array.isArray(value)) for (const v of value) pairs.push([name, String(v)]);
    else pairs.push([name, String(value)]);
  }
  return pairs;
};
var normalizeRequestHeaders = (headers) => {
  const out = {};
  for (const [rawName, value] of toPairs(headers)) {
    const name = rawName.trim().toLowerCase();
    if (name === "") continue;
    if (!(name in out)) {
      out[name] = value;
    } else if (SINGLE_VALUE_HEADERS.has(name)) {
      continue;
    } else {
      out[name] = `${out[name]}${name === "cookie" ? "; " : ", "}${value}`;
    }
  }
  return out;
};
var parseQueryStringParameters = (url) => {
  const index = url.indexOf("?");
  const out = {};
  if (index === -1) return out;
  const search = url.slice(index + 1).split("#")[0];
  const grouped = /* @__PURE__ */ new Map();
  for (const [key, value] of new URLSearchParams(search)) {
    const list2 = grouped.get(key) ?? [];
    list2.push(value);
    grouped.set(key, list2);
  }
  for (const [key, values] of grouped) out[key] = values.join(",");
  return out;
};
var mediaType = (contentType) => (contentType ?? "").split(";")[0].trim().toLowerCase();
var isJsonMediaType = (type) => type === "application/json" || type.endsWith("+json");
var parseUrlEncoded = (text) => {
  const out = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const existing = out[key];
    if (existing === void 0) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
};
var extractRouteBody = (text, contentType) => {
  const warnings = [];
  if (text === void 0 || text === null || text === "") return { body: null, warnings };
  const type = mediaType(contentType);
  if (type === "application/x-www-form-urlencoded") {
    if (/[[\]]/.test(text)) {
      warnings.push("Bracketed form keys (a[b]=c) are expanded into nested objects by the server; the preview keeps them flat.");
    }
    return { body: parseUrlEncoded(text), warnings };
  }
  try {
    const parsed = JSON.parse(text);
    if (isJsonMediaType(type) && (parsed === null || typeof parsed !== "object")) {
      warnings.push(
        "The server parses JSON bodies in strict mode: a top-level value that is not an object or an array is refused with 400."
      );
    }
    return { body: parsed, warnings };
  } catch {
    if (isJsonMediaType(type)) {
      warnings.push(
        `The body is not valid JSON but is sent as ${type}: the server's JSON parser refuses it with 400 before the function runs.`
      );
    } else if (type !== "" && !type.startsWith("text/")) {
      warnings.push(`The body is sent as ${type}; the function receives it as { raw: '<text>' } only if it arrives as text.`);
    }
    return { body: { raw: text }, warnings };
  }
};
var buildRoutePayload = (input) => {
  const requestHeaders2 = normalizeRequestHeaders(input.headers);
  const forwarded = (input.forwardedRequestHeaders ?? []).map((h) => h.toLowerCase());
  const warnings = [];
  const headers = {};
  const missingForwardedHeaders = [];
  for (const name of forwarded) {
    const value = requestHeaders2[name];
    if (value === void 0) {
      if (!missingForwardedHeaders.includes(name)) missingForwardedHeaders.push(name);
      continue;
    }
    if (input.stripCredentialHeaders && CREDENTIAL_HEADERS.has(name)) continue;
    headers[name] = value;
  }
  const droppedHeaders = [];
  for (const [name, value] of Object.entries(requestHeaders2)) {
    if (!forwarded.includes(name)) droppedHeaders.push({ name, value, reason: "not-forwarded" });
    else if (input.stripCredentialHeaders && CREDENTIAL_HEADERS.has(name)) droppedHeaders.push({ name, value, reason: "credential" });
  }
  const { body, warnings: bodyWarnings } = extractRouteBody(input.body, requestHeaders2["content-type"]);
  warnings.push(...bodyWarnings);
  const payload = {
    headers,
    queryStringParameters: parseQueryStringParameters(input.url),
    pathParameters: { ...input.pathParameters ?? {} },
    body,
    ...input.body !== void 0 && input.body !== null && input.body !== "" ? { rawBody: input.body } : {},
    isBase64Encoded: false,
    requestContext: { http: { method: input.method.toUpperCase(), path: stripQueryString(input.url) } },
    userWorkspaceId: input.userWorkspaceId ?? null
  };
  return { payload, droppedHeaders, missingForwardedHeaders, warnings };
};
var hasBearerToken = (headers) => {
  const authorization = normalizeRequestHeaders(headers).authorization;
  return typeof authorization === "string" && /^bearer\s+\S+/i.test(authorization.trim());
};

// src-shared/twenty/route/route-response.ts
var ALLOWED_ROUTE_RESPONSE_HEADERS = [
  "content-type",
  "content-language",
  "content-disposition",
  "cache-control",
  "retry-after"
];
var isLogicFunctionHttpResponse = (value) => {
  if (typeof value !== "object" || value === null) return false;
  const v = value;
  if (v.__twentyHttpResponse !== true) return false;
  const statusOk = v.status === void 0 || typeof v.status === "number" && Number.isInteger(v.status) && v.status >= 100 && v.status <= 599;
  const headersOk = v.headers === void 0 || typeof v.headers === "object" && v.headers !== null && !Array.isArray(v.headers) && Object.values(v.headers).every((h) => typeof h === "string");
  return statusOk && headersOk;
};
var ERROR_NAMES = {
  401: "UnauthorizedException",
  403: "ForbiddenException",
  404: "NotFoundException",
  405: "MethodNotAllowedException",
  500: "InternalServerErrorException"
};
var errorName = (status) => ERROR_NAMES[status] ?? (status >= 500 ? "InternalServerErrorException" : "BadRequestException");
var buildErrorResponse = (status, message, warnings = []) => ({
  status,
  headers: { "content-type": "application/json; charset=utf-8" },
  body: JSON.stringify({ statusCode: status, error: errorName(status), messages: [message] }),
  bodyKind: "json",
  droppedHeaders: [],
  warnings
});
var withCharset = (contentType) => /;\s*charset=/i.test(contentType) ? contentType : `${contentType}; charset=utf-8`;
var findHeader = (headers, name) => {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === void 0 ? void 0 : headers[key];
};
var setHeader = (headers, name, value) => {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name) ?? name;
  headers[key] = value;
};
var buildSuccessResponse = (data, { allowAllHeaders = false } = {}) => {
  const warnings = [];
  let status = 200;
  let requested = {};
  let body = data;
  if (isLogicFunctionHttpResponse(data)) {
    status = data.status ?? 200;
    requested = data.headers ?? {};
    body = data.body;
  } else if (typeof data === "object" && data !== null && data.__twentyHttpResponse === true) {
    warnings.push(
      "The value has __twentyHttpResponse but its status is not an integer 100-599 or its headers are not all strings: the server sends the whole object as a 200 JSON body."
    );
  }
  const headers = {};
  const droppedHeaders = [];
  for (const [name, value] of Object.entries(requested)) {
    if (allowAllHeaders || ALLOWED_ROUTE_RESPONSE_HEADERS.includes(name.toLowerCase())) headers[name] = value;
    else droppedHeaders.push({ name, value });
  }
  if (droppedHeaders.length > 0) {
    warnings.push(
      `On /s/ only ${ALLOWED_ROUTE_RESPONSE_HEADERS.join(", ")} response headers get through; dropped: ${droppedHeaders.map((h) => h.name).join(", ")}.`
    );
  }
  if (body === void 0 || body === null) {
    return { status, headers, body: "", bodyKind: "empty", droppedHeaders, warnings };
  }
  const contentType = findHeader(headers, "content-type");
  let text;
  let bodyKind;
  if (typeof body === "string") {
    setHeader(headers, "content-type", withCharset(contentType ?? "text/plain"));
    text = body;
    bodyKind = "text";
  } else if (contentType !== void 0) {
    setHeader(headers, "content-type", withCharset(contentType));
    text = JSON.stringify(body);
    bodyKind = "json";
  } else {
    setHeader(headers, "content-type", "application/json; charset=utf-8");
    text = JSON.stringify(body);
    bodyKind = "json";
  }
  if (status === 204 || status === 304) {
    for (const key of Object.keys(headers)) if (key.toLowerCase() === "content-type") delete headers[key];
    return { status, headers, body: "", bodyKind: "empty", droppedHeaders, warnings };
  }
  return { status, headers, body: text, bodyKind, droppedHeaders, warnings };
};
var buildRouteResponse = (outcome, options = {}) => {
  switch (outcome.kind) {
    case "not-found":
      return buildErrorResponse(404, "No Route trigger found");
    case "unauthorized":
      return buildErrorResponse(401, "Missing authentication token");
    case "server-error":
      return buildErrorResponse(500, outcome.message);
    case "handler-error":
      return buildErrorResponse(500, outcome.errorMessage);
    case "success":
      return buildSuccessResponse(outcome.data, options);
  }
};

// src-shared/twenty/route/route-validation.ts
var import_path_to_regexp2 = require("path-to-regexp");
var collectParameters = (tokens, optional, out) => {
  for (const token of tokens) {
    if (token.type === "param") out.push({ name: token.name, kind: "param", optional });
    else if (token.type === "wildcard") out.push({ name: token.name, kind: "wildcard", optional });
    else if (token.type === "group") collectParameters(token.tokens, true, out);
  }
};
var validateRoutePath = (path) => {
  if (typeof path !== "string" || path === "") {
    return { valid: false, error: "Route trigger must have a path", parameters: [], warnings: [] };
  }
  let tokens;
  try {
    tokens = (0, import_path_to_regexp2.parse)(path).tokens;
  } catch (error) {
    return { valid: false, error: error instanceof Error ? error.message : String(error), parameters: [], warnings: [] };
  }
  const parameters = [];
  collectParameters(tokens, false, parameters);
  const warnings = [];
  if (!path.startsWith("/")) {
    warnings.push(`Route path ${JSON.stringify(path)} does not start with "/": request paths always do, so it never matches.`);
  }
  if (/^\/s(\/|$)/.test(path)) {
    warnings.push(
      `Route path ${JSON.stringify(path)} starts with /s: the server strips /s/ from the request before matching, so this only answers /s${path}.`
    );
  }
  if (/[?#]/.test(path)) {
    warnings.push(`Route path ${JSON.stringify(path)} contains "?" or "#": the query string is never part of the matched path.`);
  }
  const seen = /* @__PURE__ */ new Set();
  for (const p of parameters) {
    if (seen.has(p.name)) warnings.push(`Route path ${JSON.stringify(path)} declares the parameter "${p.name}" twice.`);
    seen.add(p.name);
  }
  return { valid: true, parameters, warnings };
};
var routePathShape = (path) => {
  try {
    const render = (tokens) => tokens.map((t) => t.type === "text" ? t.value.toLowerCase() : t.type === "param" ? ":" : t.type === "wildcard" ? "*" : `{${render(t.tokens)}}`).join("");
    const shape = render((0, import_path_to_regexp2.parse)(path).tokens);
    return shape.length > 1 ? shape.replace(/\/$/, "") : shape;
  } catch {
    return path;
  }
};
var findDuplicateRoutes = (functions) => {
  const groups = /* @__PURE__ */ new Map();
  for (const fn of functions) {
    const settings = fn.httpRouteTriggerSettings;
    if (!settings || typeof settings.path !== "string" || !settings.path) continue;
    const method = String(settings.httpMethod).toUpperCase();
    const key = `${method} ${routePathShape(settings.path)}`;
    const group = groups.get(key) ?? { httpMethod: method, items: [] };
    group.items.push({ universalIdentifier: fn.universalIdentifier, name: fn.name ?? null, path: settings.path });
    groups.set(key, group);
  }
  const duplicates = [];
  for (const { httpMethod, items } of groups.values()) {
    if (items.length < 2) continue;
    const label = (item) => JSON.stringify(item.name ?? item.universalIdentifier);
    const [first, ...rest] = items;
    duplicates.push({
      httpMethod,
      paths: [...new Set(items.map((i) => i.path))],
      functions: items,
      message: `${items.length} functions answer ${httpMethod} ${first.path}: ${label(first)} wins and ${rest.map(label).join(", ")} never ${rest.length === 1 ? "runs" : "run"}.`
    });
  }
  return duplicates;
};
var HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
var CREDENTIAL_REQUEST_HEADER_NAMES = ["authorization", "cookie", "proxy-authorization"];
var validateForwardedRequestHeaders = (names) => {
  const issues = [];
  const seen = /* @__PURE__ */ new Map();
  names.forEach((name, index) => {
    if (typeof name !== "string" || !HEADER_NAME.test(name)) {
      issues.push({ index, name: String(name), severity: "error", message: `${JSON.stringify(name)} is not a valid header name` });
      return;
    }
    const lower = name.toLowerCase();
    if (seen.has(lower)) {
      issues.push({ index, name, severity: "warning", message: `${JSON.stringify(name)} is listed twice (header names are case-insensitive)` });
    }
    seen.set(lower, index);
    if (CREDENTIAL_REQUEST_HEADER_NAMES.includes(lower)) {
      issues.push({
        index,
        name,
        severity: "warning",
        message: `${JSON.stringify(name)} carries the caller's credentials: newer Twenty servers never forward it to the function`
      });
    }
  });
  return issues;
};

// src-shared/twenty/route/route-request.ts
var prepareRouteRequest = (functions, request) => {
  const routing = matchRoute(functions, { method: request.method, path: request.url });
  const authenticated = hasBearerToken(request.headers);
  if (routing.serverError) {
    return { routing, earlyOutcome: { kind: "server-error", message: routing.serverError.message }, payload: null, authenticated };
  }
  const route = routing.match;
  if (!route) return { routing, earlyOutcome: { kind: "not-found" }, payload: null, authenticated };
  if (route.isAuthRequired && !authenticated) {
    return { routing, earlyOutcome: { kind: "unauthorized" }, payload: null, authenticated };
  }
  const payload = buildRoutePayload({
    method: request.method,
    url: request.url,
    headers: request.headers,
    body: request.body,
    pathParameters: route.pathParameters,
    forwardedRequestHeaders: route.forwardedRequestHeaders,
    userWorkspaceId: authenticated ? request.userWorkspaceId ?? null : null,
    stripCredentialHeaders: request.stripCredentialHeaders
  });
  return { routing, earlyOutcome: null, payload, authenticated };
};

// src-shared/twenty/route/server-route.ts
var SERVER_ROUTE_PREFIX = "/webhooks/server/";
var DEFAULT_SERVER_ROUTE_HTTP_METHODS = ["POST"];
var SERVER_ROUTE_ERROR_STATUS = {
  LOGIC_FUNCTION_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  RESOLVER_REQUIRES_AUTHENTICATION: 403,
  SERVER_ROUTE_USER_UNCAUGHT_ERROR: 500,
  SERVER_ROUTE_PLATFORM_ERROR: 500,
  RESOLVER_INVALID_RESULT: 502
};
var INVALID_RESOLVER_RESULT_MESSAGE = "Resolver logic function must return either a Response, or { workspaceId: string; targetLogicFunctionUniversalIdentifier: string; payload?: object }";
function serverRouteIdentifier(url) {
  const path = stripQueryString(url);
  if (!path.startsWith(SERVER_ROUTE_PREFIX)) return null;
  const rest = path.slice(SERVER_ROUTE_PREFIX.length).replace(/\/$/, "");
  if (rest.length === 0 || rest.includes("/")) return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return null;
  }
}
var serverRouteUrl = (universalIdentifier) => `${SERVER_ROUTE_PREFIX}${universalIdentifier}`;
function allowedServerRouteMethods(settings) {
  return Array.isArray(settings?.httpMethods) ? settings.httpMethods : DEFAULT_SERVER_ROUTE_HTTP_METHODS;
}
var UUID = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
var isPlainObject2 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function classifyResolverResult(data) {
  if (isLogicFunctionHttpResponse(data)) return { kind: "response", response: data };
  const problems = [];
  if (!isPlainObject2(data)) {
    problems.push(`the resolver returned ${data === null ? "null" : Array.isArray(data) ? "an array" : typeof data}`);
  } else {
    for (const key of ["workspaceId", "targetLogicFunctionUniversalIdentifier"]) {
      const value = data[key];
      if (typeof value !== "string") problems.push(`${key} is ${value === void 0 ? "missing" : `not a string (${typeof value})`}`);
      else if (!UUID.test(value)) problems.push(`${key} "${value}" is not a UUID`);
    }
    if (data.payload !== void 0 && !isPlainObject2(data.payload)) problems.push("payload is not an object");
  }
  if (problems.length > 0 || !isPlainObject2(data)) return { kind: "invalid", message: INVALID_RESOLVER_RESULT_MESSAGE, problems };
  const dispatch = {
    workspaceId: data.workspaceId,
    targetLogicFunctionUniversalIdentifier: data.targetLogicFunctionUniversalIdentifier,
    ...data.payload !== void 0 ? { payload: data.payload } : {}
  };
  return { kind: "dispatch", dispatch };
}
var buildServerRouteError = (code, message, warnings = []) => buildErrorResponse(SERVER_ROUTE_ERROR_STATUS[code], message, warnings);
var buildQueuedResponse = (warnings = []) => ({
  status: 200,
  headers: { "content-type": "application/json; charset=utf-8" },
  body: JSON.stringify({ queued: true }),
  bodyKind: "json",
  droppedHeaders: [],
  warnings
});

// src-shared/twenty/validation/logic-function-validation.ts
var TIMEOUT_SECONDS_RANGE = { min: 1, max: 900 };
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var validateLogicFunction = (fn, context2 = {}) => {
  const issues = [];
  const { config } = fn;
  const codePaths = new Set(fn.codePaths ?? []);
  const define = fn.defineFunction ?? "defineLogicFunction";
  const error = (path, message) => issues.push({ path, severity: "error", message });
  const warning = (path, message) => issues.push({ path, severity: "warning", message });
  const known = (path, value) => codePaths.has(path) ? void 0 : value;
  const isMissing = (path, value) => value === void 0 && !codePaths.has(path);
  const ofType = (path, value, type, label) => {
    const v = known(path, value);
    if (v === void 0) return void 0;
    if (typeof v !== type) {
      error(path, `${label} must be a ${type}`);
      return void 0;
    }
    return v;
  };
  if (isMissing("universalIdentifier", config.universalIdentifier)) error("universalIdentifier", "Logic function must have a universalIdentifier");
  const identifier = ofType("universalIdentifier", config.universalIdentifier, "string", "universalIdentifier");
  if (identifier !== void 0) {
    const problem = universalIdentifierProblems(identifier);
    if (problem) error("universalIdentifier", problem);
  }
  if (isMissing("handler", config.handler)) error("handler", "Logic function must have a handler");
  validateUniqueName(fn, identifier, context2, warning);
  const timeout = ofType("timeoutSeconds", config.timeoutSeconds, "number", "timeoutSeconds");
  if (timeout !== void 0 && !(timeout >= TIMEOUT_SECONDS_RANGE.min && timeout <= TIMEOUT_SECONDS_RANGE.max)) {
    error("timeoutSeconds", `timeoutSeconds must be between ${TIMEOUT_SECONDS_RANGE.min} and ${TIMEOUT_SECONDS_RANGE.max} (the server refuses ${timeout})`);
  }
  if (define !== "defineLogicFunction") {
    for (const section of Object.values(TRIGGER_SECTIONS)) {
      if (config[section] !== void 0) warning(section, `${define} takes no triggers: ${section} is ignored`);
    }
  }
  if (config.isTool !== void 0 || config.toolInputSchema !== void 0) {
    warning(config.isTool !== void 0 ? "isTool" : "toolInputSchema", "isTool/toolInputSchema are the pre-2.43 form that twenty-sdk 2.43 ignores: rewrite them as toolTriggerSettings");
  }
  const route = config.httpRouteTriggerSettings;
  if (isRecord(route)) validateRoute(route, fn, context2, { error, warning, ofType, isMissing, known });
  const cron = config.cronTriggerSettings;
  if (isRecord(cron)) {
    const path = "cronTriggerSettings.pattern";
    if (isMissing(path, cron.pattern)) error(path, "Cron trigger must have a pattern");
    const pattern = ofType(path, cron.pattern, "string", "pattern");
    if (pattern !== void 0) {
      const result = validateCronPattern(pattern);
      if (!result.valid) error(path, result.error.message);
      for (const message of result.warnings) warning(path, message);
    }
  }
  const event = config.databaseEventTriggerSettings;
  if (isRecord(event)) {
    const path = "databaseEventTriggerSettings.eventName";
    if (isMissing(path, event.eventName)) error(path, "Database event trigger must have an eventName");
    const eventName = ofType(path, event.eventName, "string", "eventName");
    if (eventName !== void 0 && eventName !== "") {
      const result = validateEventName(eventName, { objects: context2.objects });
      for (const message of result.errors) error(path, message);
      for (const message of result.warnings) warning(path, message);
    }
    const fieldsPath = "databaseEventTriggerSettings.updatedFields";
    const updatedFields = known(fieldsPath, event.updatedFields);
    if (updatedFields !== void 0) {
      if (!Array.isArray(updatedFields) || !updatedFields.every((field) => typeof field === "string")) {
        error(fieldsPath, "updatedFields must be a list of field names");
      } else if (eventName !== void 0) {
        const objectName = parseEventName(eventName)?.object;
        const object = context2.objects?.find((candidate) => candidate.nameSingular === objectName);
        for (const issue of validateUpdatedFields(eventName, updatedFields, { fields: object?.fields, relations: object?.relations, upsertFiltering: context2.upsertFiltering })) {
          issues.push({ path: fieldsPath, severity: issue.severity, message: issue.message, ...issue.field !== void 0 ? { value: issue.field } : {} });
        }
      }
    }
    ofType("databaseEventTriggerSettings.batchMode", event.batchMode, "boolean", "batchMode");
  }
  return issues;
};
var validateUniqueName = (fn, identifier, context2, warning) => {
  const name = fn.config.name;
  if (typeof name !== "string" || name === "" || !context2.functions) return;
  const namesakes = context2.functions.filter((other) => other.name === name && other.universalIdentifier !== identifier);
  if (namesakes.length === 0) return;
  warning("name", `${namesakes.length === 1 ? "Another logic function is" : `${namesakes.length} other logic functions are`} also named "${name}" (${namesakes.map((other) => other.universalIdentifier).join(", ")}): \`twenty dev:function:exec -n ${name}\` runs whichever the server lists first. Give each function its own name.`);
};
var validateRoute = (route, fn, context2, report) => {
  const { error, warning, ofType, isMissing, known } = report;
  const pathKey = "httpRouteTriggerSettings.path";
  const methodKey = "httpRouteTriggerSettings.httpMethod";
  if (isMissing(pathKey, route.path)) error(pathKey, "Route trigger must have a path");
  const path = ofType(pathKey, route.path, "string", "path");
  if (path !== void 0) {
    const result = validateRoutePath(path);
    if (!result.valid && result.error) error(pathKey, path === "" ? result.error : `Route path ${JSON.stringify(path)} cannot be parsed by path-to-regexp: ${result.error}`);
    for (const message of result.warnings) warning(pathKey, message);
  }
  if (isMissing(methodKey, route.httpMethod)) error(methodKey, "Route trigger must have an httpMethod");
  const method = ofType(methodKey, route.httpMethod, "string", "httpMethod");
  if (method !== void 0 && !HTTP_METHODS.includes(method)) {
    error(methodKey, `httpMethod must be one of ${HTTP_METHODS.join(", ")}`);
  }
  ofType("httpRouteTriggerSettings.isAuthRequired", route.isAuthRequired, "boolean", "isAuthRequired");
  const headersKey = "httpRouteTriggerSettings.forwardedRequestHeaders";
  const headers = known(headersKey, route.forwardedRequestHeaders);
  if (headers !== void 0) {
    if (!Array.isArray(headers)) error(headersKey, "forwardedRequestHeaders must be a list of header names");
    else for (const issue of validateForwardedRequestHeaders(headers)) (issue.severity === "error" ? error : warning)(headersKey, issue.message);
  }
  const identifier = typeof fn.config.universalIdentifier === "string" ? fn.config.universalIdentifier : "";
  if (path === void 0 || method === void 0 || !context2.functions) return;
  const self = {
    universalIdentifier: identifier,
    name: typeof fn.config.name === "string" ? fn.config.name : null,
    httpRouteTriggerSettings: { path, httpMethod: method }
  };
  const functions = context2.functions.some((other) => other.universalIdentifier === identifier && identifier !== "") ? context2.functions.map((other) => other.universalIdentifier === identifier ? self : other) : [...context2.functions, self];
  for (const duplicate of findDuplicateRoutes(functions)) {
    const position = duplicate.functions.findIndex((item) => item.universalIdentifier === identifier && item.path === path);
    if (position < 0) continue;
    (position === 0 ? warning : error)(pathKey, duplicate.message);
  }
};

// src-shared/twenty/workspace-model/model-types.ts
var WORKSPACE_FIELD_TYPES = [
  "UUID",
  "TEXT",
  "NUMBER",
  "NUMERIC",
  "BOOLEAN",
  "DATE_TIME",
  "DATE",
  "SELECT",
  "MULTI_SELECT",
  "RATING",
  "RAW_JSON",
  "ARRAY",
  "POSITION",
  "TS_VECTOR",
  "FILES",
  // composite types: one column per subfield, named `<field><Subfield>`
  "FULL_NAME",
  "LINKS",
  "EMAILS",
  "PHONES",
  "ADDRESS",
  "CURRENCY",
  "ACTOR",
  "RICH_TEXT",
  // relations: MANY_TO_ONE owns a `<field>Id` join column, ONE_TO_MANY is its inverse and has none
  "RELATION",
  "MORPH_RELATION"
];

// src-shared/twenty/workspace-model/system-fields.ts
var SYSTEM_FIELDS = [
  { name: "id", type: "UUID", label: "Id", isNullable: false, defaultValue: "uuid", isSystem: true },
  { name: "createdAt", type: "DATE_TIME", label: "Creation date", isNullable: false, defaultValue: "now", isSystem: true },
  { name: "updatedAt", type: "DATE_TIME", label: "Last update", isNullable: false, defaultValue: "now", isSystem: true },
  { name: "deletedAt", type: "DATE_TIME", label: "Deleted at", isNullable: true, isSystem: true },
  { name: "createdBy", type: "ACTOR", label: "Created by", isNullable: false, defaultValue: { source: "MANUAL", name: "System", workspaceMemberId: null, context: {} }, isSystem: true },
  { name: "updatedBy", type: "ACTOR", label: "Updated by", isNullable: false, defaultValue: { source: "MANUAL", name: "System", workspaceMemberId: null, context: {} }, isSystem: true },
  { name: "position", type: "POSITION", label: "Position", isNullable: false, defaultValue: 0, isSystem: true },
  { name: "searchVector", type: "TS_VECTOR", label: "Search vector", isNullable: true, isSystem: true }
];
var SYSTEM_FIELD_NAMES = new Set(SYSTEM_FIELDS.map((field) => field.name));
var READ_ONLY_FIELD_NAMES = /* @__PURE__ */ new Set(["createdAt", "updatedAt", "deletedAt", "createdBy", "updatedBy", "searchVector"]);

// src-shared/twenty/workspace-model/build-model.ts
var str3 = (value) => typeof value === "string" ? value : void 0;
function normaliseDefault(value) {
  if (typeof value === "string" && value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1);
  if (Array.isArray(value)) return value.map(normaliseDefault);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normaliseDefault(item)]));
  return value;
}
function withSystemFields(object) {
  const wanted = new Set(object.systemFields ?? SYSTEM_FIELDS.map((field) => field.name));
  const own = object.fields.filter((field) => !SYSTEM_FIELD_NAMES.has(field.name));
  return { ...object, fields: [...SYSTEM_FIELDS.filter((field) => wanted.has(field.name)), ...own] };
}
function buildWorkspaceModel(standard, manifest) {
  const problems = [];
  const objects = standard.objects.map((object) => ({ ...object, fields: [...object.fields] }));
  const byUid = /* @__PURE__ */ new Map();
  for (const object of objects) if (object.universalIdentifier) byUid.set(object.universalIdentifier, object);
  const appObjects = (manifest.objects ?? []).filter((item) => !!item && typeof item === "object");
  for (const raw of appObjects) {
    const nameSingular = str3(raw.nameSingular);
    const namePlural = str3(raw.namePlural);
    if (!nameSingular || !namePlural) continue;
    if (objects.some((object2) => object2.nameSingular === nameSingular || object2.namePlural === namePlural)) {
      problems.push({ where: nameSingular, message: `The app's object "${nameSingular}" has the name of a standard object; the workspace keeps the standard one.` });
      continue;
    }
    const object = {
      nameSingular,
      namePlural,
      labelSingular: str3(raw.labelSingular) ?? nameSingular,
      labelPlural: str3(raw.labelPlural) ?? namePlural,
      universalIdentifier: str3(raw.universalIdentifier),
      source: "app",
      fields: []
    };
    objects.push(object);
    if (object.universalIdentifier) byUid.set(object.universalIdentifier, object);
    const labelUid = str3(raw.labelIdentifierFieldMetadataUniversalIdentifier);
    const labelField = (Array.isArray(raw.fields) ? raw.fields : []).find((field) => field?.universalIdentifier === labelUid);
    object.labelIdentifierField = str3(labelField?.name) ?? "name";
  }
  const pending = [];
  for (const raw of appObjects) {
    const object = objects.find((candidate) => candidate.source === "app" && candidate.nameSingular === raw.nameSingular);
    if (!object) continue;
    for (const field of Array.isArray(raw.fields) ? raw.fields : []) if (field && typeof field === "object") pending.push({ object, raw: field });
  }
  for (const raw of (manifest.fields ?? []).filter((item) => !!item && typeof item === "object")) {
    const object = byUid.get(str3(raw.objectUniversalIdentifier) ?? "");
    if (!object) {
      problems.push({ where: String(raw.name ?? raw.universalIdentifier), message: `Field "${String(raw.name)}" is added to an object the workspace does not have (${String(raw.objectUniversalIdentifier)}).` });
      continue;
    }
    pending.push({ object, raw });
  }
  const fieldByUid = /* @__PURE__ */ new Map();
  for (const object of objects) for (const field of object.fields) if (field.universalIdentifier) fieldByUid.set(field.universalIdentifier, { object, field });
  const converted = [];
  for (const { object, raw } of pending) {
    const name = str3(raw.name);
    const type = str3(raw.type);
    if (!name || !type) continue;
    if (SYSTEM_FIELD_NAMES.has(name)) continue;
    if (!WORKSPACE_FIELD_TYPES.includes(type)) {
      problems.push({ where: `${object.nameSingular}.${name}`, message: `Field type ${type} is not stored by the local workspace; the field is left out.` });
      continue;
    }
    if (object.fields.some((field2) => field2.name === name)) {
      problems.push({ where: `${object.nameSingular}.${name}`, message: `${object.nameSingular} already has a field "${name}".` });
      continue;
    }
    const field = {
      name,
      type,
      label: str3(raw.label) ?? name,
      universalIdentifier: str3(raw.universalIdentifier),
      isNullable: raw.isNullable === false ? false : true,
      ...raw.defaultValue !== void 0 && raw.defaultValue !== null ? { defaultValue: normaliseDefault(raw.defaultValue) } : {},
      ...raw.isUnique === true ? { isUnique: true } : {},
      ...Array.isArray(raw.options) ? { options: raw.options.map((option, index) => ({ value: String(option.value), label: String(option.label ?? option.value), color: str3(option.color), position: typeof option.position === "number" ? option.position : index })) } : {},
      ...raw.settings && typeof raw.settings === "object" ? { settings: raw.settings } : {}
    };
    object.fields.push(field);
    if (field.universalIdentifier) fieldByUid.set(field.universalIdentifier, { object, field });
    converted.push({ object, raw, field });
  }
  for (const { object, raw, field } of converted) {
    if (field.type !== "RELATION" && field.type !== "MORPH_RELATION") continue;
    const settings = raw.universalSettings ?? raw.settings ?? {};
    const target = byUid.get(str3(raw.relationTargetObjectMetadataUniversalIdentifier) ?? "");
    const inverse = fieldByUid.get(str3(raw.relationTargetFieldMetadataUniversalIdentifier) ?? "");
    if (!target) {
      problems.push({ where: `${object.nameSingular}.${field.name}`, message: `Relation "${field.name}" points at an object the workspace does not have.` });
      object.fields.splice(object.fields.indexOf(field), 1);
      continue;
    }
    const relationType = settings.relationType === "ONE_TO_MANY" ? "ONE_TO_MANY" : "MANY_TO_ONE";
    field.relation = {
      type: relationType,
      targetObject: target.nameSingular,
      inverseField: inverse?.field.name ?? "",
      ...relationType === "MANY_TO_ONE" ? { joinColumn: str3(settings.joinColumnName) ?? `${field.name}Id`, onDelete: str3(settings.onDelete) ?? "SET_NULL" } : {},
      ...str3(raw.morphId) ? { morphId: str3(raw.morphId) } : {}
    };
  }
  return { model: { twentyVersion: standard.twentyVersion, objects: objects.map(withSystemFields) }, problems };
}

// src-shared/twenty/workspace-model/standard/2.43.json
var __default = {
  twentyVersion: "2.43.0",
  sources: [
    "Names and universal identifiers (objects, fields, morphIds): npm twenty-sdk@2.43.0, twenty-sdk/define STANDARD_OBJECT (39 objects). Authority for names.",
    "Types, nullability, defaults, options, relation settings: twentyhq/twenty packages/twenty-server/src/engine/workspace-manager/twenty-standard-application/utils/field-metadata/compute-<object>-standard-flat-field-metadata.util.ts (TS and compiled JS, 2.3x-2.4x era; fields absent from 2.43 STANDARD_OBJECT dropped).",
    "Object names, labels, isSystem, label identifiers, duplicate criteria: twentyhq/twenty .../twenty-standard-application/utils/object-metadata/create-standard-flat-object-metadata.util.ts.",
    "Facts for company, person, opportunity, note(Target), task(Target), workspaceMember, attachment, timelineActivity, message*, calendarEvent*: /work/shared/docs/standard-model-2.43.md (H rows).",
    "System fields id, createdAt, updatedAt, deletedAt, createdBy, updatedBy, position, searchVector are omitted; the model builder adds them. Note: STANDARD_OBJECT lists only id/createdAt/updatedAt/deletedAt for agentChatThread, agentChatThreadTarget, agentTurn, agentMessage, agentMessagePart, agentTurnEvaluation, campaignDelivery and messageSuppression.",
    "Core entities in 2.43 (not records): connectedAccount, messageChannel, calendarChannel, messageFolder. Their ids are plain UUID fields: messageChannelMessageAssociation.messageChannelId, calendarChannelEventAssociation.calendarChannelId, messageChannelMessageAssociationMessageFolder.messageFolderId. campaignDelivery.campaignId / personId are plain UUIDs in the source too.",
    "Every relation pairs up both ways within STANDARD_OBJECT; no relation needed an empty inverseField.",
    "agentChatThreadTarget.thread: the source names its inverse 'targets'; 2.43 STANDARD_OBJECT calls it agentChatThread.recordTargets, used here.",
    "Not null SELECT fields without a default in the source (writers must set them): recordShare.principalType, recordShare.accessLevel, recordShare.rowCause, workflowAutomatedTrigger.type, messageSuppression.reason.",
    "workflowRun.workflowVersion is not null with onDelete SET_NULL in the source; kept as read.",
    "Medium confidence (sibling pattern or other version): messageThread scalars; attachment.targetAgentChatThread onDelete CASCADE; workflowVersion.coreWorkflowVersionId (UUID, system, nullable like workflowRun's); agentChatThreadTargets on company/person/opportunity (ONE_TO_MANY, label guessed).",
    "Low confidence (inferred, not read): messageCampaign.scheduledAt (DATE_TIME, nullable), messageList.description (TEXT, nullable), messageSuppression.unsubscribeTopicId (UUID, nullable); namePlural/labels of agentTurn, agentMessage, agentMessagePart, agentTurnEvaluation, campaignDelivery, messageSuppression; labelIdentifierField of agent*, campaignDelivery (id) and messageSuppression (emailAddress); isSystem of those objects (true).",
    "Option colors are given where the source or doc gave them and omitted otherwise (workspaceMember selects, attachment.fileCategory, messageParticipant.role, calendarEventParticipant.responseStatus). Labels of relation fields on company/person/opportunity and of H-row scalars follow Twenty's usual labels but were not all re-read for 2.43.",
    "NUMERIC defaults (agentChatThread credits/cache tokens) are stored as '0' by the server; written here as the number 0."
  ],
  objects: [
    {
      nameSingular: "attachment",
      namePlural: "attachments",
      labelSingular: "Attachment",
      labelPlural: "Attachments",
      universalIdentifier: "20202020-bd3d-4c60-8dca-571c71d4447a",
      isSystem: true,
      labelIdentifierField: "name",
      source: "standard",
      fields: [
        {
          name: "name",
          type: "TEXT",
          label: "Name",
          universalIdentifier: "20202020-87a5-48f8-bbf7-ade388825a57"
        },
        {
          name: "file",
          type: "FILES",
          label: "File",
          universalIdentifier: "20202020-15db-460e-8166-c7b5d87ad4be",
          settings: {
            maxNumberOfValues: 1
          }
        },
        {
          name: "fullPath",
          type: "TEXT",
          label: "Full path",
          universalIdentifier: "20202020-0d19-453d-8e8d-fbcda8ca3747",
          isSystem: true
        },
        {
          name: "fileCategory",
          type: "SELECT",
          label: "File category",
          universalIdentifier: "20202020-8c3f-4d9e-9a1b-2e5f7a8c9d0e",
          isSystem: true,
          isNullable: false,
          defaultValue: "OTHER",
          options: [
            {
              value: "ARCHIVE",
              label: "Archive",
              position: 0
            },
            {
              value: "AUDIO",
              label: "Audio",
              position: 1
            },
            {
              value: "IMAGE",
              label: "Image",
              position: 2
            },
            {
              value: "PRESENTATION",
              label: "Presentation",
              position: 3
            },
            {
              value: "SPREADSHEET",
              label: "Spreadsheet",
              position: 4
            },
            {
              value: "TEXT_DOCUMENT",
              label: "Text Document",
              position: 5
            },
            {
              value: "VIDEO",
              label: "Video",
              position: 6
            },
            {
              value: "OTHER",
              label: "Other",
              position: 7
            }
          ]
        },
        {
          name: "targetTask",
          type: "MORPH_RELATION",
          label: "Task",
          universalIdentifier: "ace06117-9980-5506-adae-74c71556728b",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "task",
            inverseField: "attachments",
            joinColumn: "targetTaskId",
            onDelete: "SET_NULL",
            morphId: "20202020-f634-435d-ab8d-e1168b375c69"
          }
        },
        {
          name: "targetNote",
          type: "MORPH_RELATION",
          label: "Note",
          universalIdentifier: "a627557c-db37-53be-8a59-9aa2d45cd7ee",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "note",
            inverseField: "attachments",
            joinColumn: "targetNoteId",
            onDelete: "SET_NULL",
            morphId: "20202020-f634-435d-ab8d-e1168b375c69"
          }
        },
        {
          name: "targetPerson",
          type: "MORPH_RELATION",
          label: "Person",
          universalIdentifier: "721ddb1f-468d-535a-9809-cb3429a52e06",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "person",
            inverseField: "attachments",
            joinColumn: "targetPersonId",
            onDelete: "CASCADE",
            morphId: "20202020-f634-435d-ab8d-e1168b375c69"
          }
        },
        {
          name: "targetCompany",
          type: "MORPH_RELATION",
          label: "Company",
          universalIdentifier: "a69093bb-6f2a-5ad6-90b1-0d78e9528019",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "company",
            inverseField: "attachments",
            joinColumn: "targetCompanyId",
            onDelete: "CASCADE",
            morphId: "20202020-f634-435d-ab8d-e1168b375c69"
          }
        },
        {
          name: "targetOpportunity",
          type: "MORPH_RELATION",
          label: "Opportunity",
          universalIdentifier: "523ff02a-1af7-5799-8730-01e2beea7150",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "opportunity",
            inverseField: "attachments",
            joinColumn: "targetOpportunityId",
            onDelete: "CASCADE",
            morphId: "20202020-f634-435d-ab8d-e1168b375c69"
          }
        },
        {
          name: "targetDashboard",
          type: "MORPH_RELATION",
          label: "Dashboard",
          universalIdentifier: "3af87717-6757-5d61-940e-3016cff35cdc",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "dashboard",
            inverseField: "attachments",
            joinColumn: "targetDashboardId",
            onDelete: "CASCADE",
            morphId: "20202020-f634-435d-ab8d-e1168b375c69"
          }
        },
        {
          name: "targetWorkflow",
          type: "MORPH_RELATION",
          label: "Workflow",
          universalIdentifier: "edbe3ea7-b9ff-5b23-9a81-ef53a190c873",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "workflow",
            inverseField: "attachments",
            joinColumn: "targetWorkflowId",
            onDelete: "CASCADE",
            morphId: "20202020-f634-435d-ab8d-e1168b375c69"
          }
        },
        {
          name: "targetAgentChatThread",
          type: "MORPH_RELATION",
          label: "Agent Chat Thread",
          universalIdentifier: "5beddb5d-6e18-5e7b-be55-de88e47fc337",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "agentChatThread",
            inverseField: "attachments",
            joinColumn: "targetAgentChatThreadId",
            onDelete: "CASCADE",
            morphId: "20202020-f634-435d-ab8d-e1168b375c69"
          }
        }
      ]
    },
    {
      nameSingular: "blocklist",
      namePlural: "blocklists",
      labelSingular: "Blocklist",
      labelPlural: "Blocklists",
      universalIdentifier: "20202020-0408-4f38-b8a8-4d5e3e26e24d",
      isSystem: true,
      labelIdentifierField: "handle",
      source: "standard",
      fields: [
        {
          name: "handle",
          type: "TEXT",
          label: "Handle",
          universalIdentifier: "20202020-eef3-44ed-aa32-4641d7fd4a3e"
        },
        {
          name: "scope",
          type: "SELECT",
          label: "Scope",
          universalIdentifier: "20202020-1a5f-4c9e-9b3e-7d2a6f4c8e11",
          isSystem: true,
          isNullable: false,
          defaultValue: "WORKSPACE_MEMBER",
          options: [
            {
              value: "WORKSPACE_MEMBER",
              label: "Workspace member",
              color: "blue",
              position: 0
            },
            {
              value: "WORKSPACE",
              label: "Workspace",
              color: "purple",
              position: 1
            }
          ]
        },
        {
          name: "workspaceMember",
          type: "RELATION",
          label: "WorkspaceMember",
          universalIdentifier: "20202020-548d-4084-a947-fa20a39f7c06",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "workspaceMember",
            inverseField: "blocklist",
            joinColumn: "workspaceMemberId",
            onDelete: "CASCADE"
          }
        }
      ]
    },
    {
      nameSingular: "calendarChannelEventAssociation",
      namePlural: "calendarChannelEventAssociations",
      labelSingular: "Calendar Channel Event Association",
      labelPlural: "Calendar Channel Event Associations",
      universalIdentifier: "20202020-491b-4aaa-9825-afd1bae6ae00",
      isSystem: true,
      labelIdentifierField: "id",
      source: "standard",
      fields: [
        {
          name: "calendarChannelId",
          type: "UUID",
          label: "Channel ID",
          universalIdentifier: "20202020-93ee-4da4-8d58-0282c4a9cb7d",
          isNullable: false
        },
        {
          name: "calendarEvent",
          type: "RELATION",
          label: "Event ID",
          universalIdentifier: "20202020-5aa5-437e-bb86-f42d457783e3",
          isNullable: false,
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "calendarEvent",
            inverseField: "calendarChannelEventAssociations",
            joinColumn: "calendarEventId",
            onDelete: "CASCADE"
          }
        },
        {
          name: "eventExternalId",
          type: "TEXT",
          label: "Event external ID",
          universalIdentifier: "20202020-9ec8-48bb-b279-21d0734a75a1"
        },
        {
          name: "recurringEventExternalId",
          type: "TEXT",
          label: "Recurring Event ID",
          universalIdentifier: "20202020-c58f-4c69-9bf8-9518fa31aa50"
        }
      ]
    },
    {
      nameSingular: "calendarEventParticipant",
      namePlural: "calendarEventParticipants",
      labelSingular: "Calendar event participant",
      labelPlural: "Calendar event participants",
      universalIdentifier: "20202020-a1c3-47a6-9732-27e5b1e8436d",
      isSystem: true,
      labelIdentifierField: "handle",
      source: "standard",
      fields: [
        {
          name: "calendarEvent",
          type: "RELATION",
          label: "Event ID",
          universalIdentifier: "20202020-fe3a-401c-b889-af4f4657a861",
          isNullable: false,
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "calendarEvent",
            inverseField: "calendarEventParticipants",
            joinColumn: "calendarEventId",
            onDelete: "CASCADE"
          }
        },
        {
          name: "handle",
          type: "TEXT",
          label: "Handle",
          universalIdentifier: "20202020-8692-4580-8210-9e09cbd031a7"
        },
        {
          name: "displayName",
          type: "TEXT",
          label: "Display Name",
          universalIdentifier: "20202020-ee1e-4f9f-8ac1-5c0b2f69691e"
        },
        {
          name: "isOrganizer",
          type: "BOOLEAN",
          label: "Is Organizer",
          universalIdentifier: "20202020-66e7-4e00-9e06-d06c92650580",
          isNullable: false,
          defaultValue: false
        },
        {
          name: "responseStatus",
          type: "SELECT",
          label: "Response Status",
          universalIdentifier: "20202020-cec0-4be8-8fba-c366abc23147",
          isNullable: false,
          defaultValue: "NEEDS_ACTION",
          options: [
            {
              value: "NEEDS_ACTION",
              label: "Needs Action",
              position: 0
            },
            {
              value: "DECLINED",
              label: "Declined",
              position: 1
            },
            {
              value: "TENTATIVE",
              label: "Tentative",
              position: 2
            },
            {
              value: "ACCEPTED",
              label: "Accepted",
              position: 3
            }
          ]
        },
        {
          name: "person",
          type: "RELATION",
          label: "Person",
          universalIdentifier: "20202020-5761-4842-8186-e1898ef93966",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "person",
            inverseField: "calendarEventParticipants",
            joinColumn: "personId",
            onDelete: "SET_NULL"
          }
        },
        {
          name: "workspaceMember",
          type: "RELATION",
          label: "Workspace Member",
          universalIdentifier: "20202020-20e4-4591-93ed-aeb17a4dcbd2",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "workspaceMember",
            inverseField: "calendarEventParticipants",
            joinColumn: "workspaceMemberId",
            onDelete: "SET_NULL"
          }
        }
      ]
    },
    {
      nameSingular: "calendarEvent",
      namePlural: "calendarEvents",
      labelSingular: "Calendar event",
      labelPlural: "Calendar events",
      universalIdentifier: "20202020-8f1d-4eef-9f85-0d1965e27221",
      isSystem: true,
      labelIdentifierField: "title",
      source: "standard",
      fields: [
        {
          name: "title",
          type: "TEXT",
          label: "Title",
          universalIdentifier: "20202020-080e-49d1-b21d-9702a7e2525c"
        },
        {
          name: "isCanceled",
          type: "BOOLEAN",
          label: "Is canceled",
          universalIdentifier: "20202020-335b-4e04-b470-43b84b64863c",
          isNullable: false,
          defaultValue: false
        },
        {
          name: "isFullDay",
          type: "BOOLEAN",
          label: "Is Full Day",
          universalIdentifier: "20202020-551c-402c-bb6d-dfe9efe86bcb",
          isNullable: false,
          defaultValue: false
        },
        {
          name: "startsAt",
          type: "DATE_TIME",
          label: "Start Date",
          universalIdentifier: "20202020-2c57-4c75-93c5-2ac950a6ed67"
        },
        {
          name: "endsAt",
          type: "DATE_TIME",
          label: "End Date",
          universalIdentifier: "20202020-2554-4ee1-a617-17907f6bab21"
        },
        {
          name: "externalCreatedAt",
          type: "DATE_TIME",
          label: "Creation DateTime",
          universalIdentifier: "20202020-9f03-4058-a898-346c62181599"
        },
        {
          name: "externalUpdatedAt",
          type: "DATE_TIME",
          label: "Update DateTime",
          universalIdentifier: "20202020-b355-4c18-8825-ef42c8a5a755"
        },
        {
          name: "description",
          type: "TEXT",
          label: "Description",
          universalIdentifier: "20202020-52c4-4266-a98f-e90af0b4d271"
        },
        {
          name: "location",
          type: "TEXT",
          label: "Location",
          universalIdentifier: "20202020-641a-4ffe-960d-c3c186d95b17"
        },
        {
          name: "iCalUid",
          type: "TEXT",
          label: "iCal UID",
          universalIdentifier: "20202020-f24b-45f4-b6a3-d2f9fcb98714"
        },
        {
          name: "conferenceSolution",
          type: "TEXT",
          label: "Conference Solution",
          universalIdentifier: "20202020-1c3f-4b5a-b526-5411a82179eb"
        },
        {
          name: "conferenceLink",
          type: "LINKS",
          label: "Meet Link",
          universalIdentifier: "20202020-35da-43ef-9ca0-e936e9dc237b"
        },
        {
          name: "calendarChannelEventAssociations",
          type: "RELATION",
          label: "Calendar Channel Event Associations",
          universalIdentifier: "20202020-bdf8-4572-a2cc-ecbb6bcc3a02",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "calendarChannelEventAssociation",
            inverseField: "calendarEvent"
          }
        },
        {
          name: "calendarEventParticipants",
          type: "RELATION",
          label: "Event Participants",
          universalIdentifier: "20202020-e07e-4ccb-88f5-6f3d00458eec",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "calendarEventParticipant",
            inverseField: "calendarEvent"
          }
        },
        {
          name: "calendarEventTargets",
          type: "RELATION",
          label: "Calendar Event Targets",
          universalIdentifier: "2b4a0785-3462-485f-b1a8-79ebb2078eab",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "calendarEventTarget",
            inverseField: "calendarEvent"
          }
        },
        {
          name: "callRecordings",
          type: "RELATION",
          label: "Call Recordings",
          universalIdentifier: "48d6d151-18e2-4111-b405-d85fb9d860d8",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "callRecording",
            inverseField: "calendarEvent"
          }
        }
      ]
    },
    {
      nameSingular: "calendarEventTarget",
      namePlural: "calendarEventTargets",
      labelSingular: "Calendar Event Target",
      labelPlural: "Calendar Event Targets",
      universalIdentifier: "6a9b9656-3e23-4234-94a4-b913c5dde668",
      isSystem: true,
      labelIdentifierField: "id",
      source: "standard",
      fields: [
        {
          name: "calendarEvent",
          type: "RELATION",
          label: "Calendar Event",
          universalIdentifier: "a47824b0-0e64-4c1f-bbad-ce45209d119b",
          isNullable: false,
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "calendarEvent",
            inverseField: "calendarEventTargets",
            joinColumn: "calendarEventId",
            onDelete: "CASCADE"
          }
        },
        {
          name: "isAutomaticallyAssigned",
          type: "BOOLEAN",
          label: "Automatically assigned",
          universalIdentifier: "b6374fed-9cf2-49ef-b45a-1d6814c16264",
          isNullable: false,
          defaultValue: false
        },
        {
          name: "isManuallyAssigned",
          type: "BOOLEAN",
          label: "Manually assigned",
          universalIdentifier: "6afbd5b8-25b5-4c04-82e5-281e6f90f453",
          isNullable: false,
          defaultValue: true
        },
        {
          name: "targetPerson",
          type: "MORPH_RELATION",
          label: "Person",
          universalIdentifier: "91c5a7dc-c75c-53f3-b1a0-b7d38fd8cf5e",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "person",
            inverseField: "calendarEventTargets",
            joinColumn: "targetPersonId",
            onDelete: "CASCADE",
            morphId: "676e9f68-7b5c-41e6-b46d-2fb9527b7051"
          }
        },
        {
          name: "targetCompany",
          type: "MORPH_RELATION",
          label: "Company",
          universalIdentifier: "86d8ec48-6546-5434-a5bc-ba7e4374ecfc",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "company",
            inverseField: "calendarEventTargets",
            joinColumn: "targetCompanyId",
            onDelete: "CASCADE",
            morphId: "676e9f68-7b5c-41e6-b46d-2fb9527b7051"
          }
        },
        {
          name: "targetOpportunity",
          type: "MORPH_RELATION",
          label: "Opportunity",
          universalIdentifier: "4b111d70-fd44-5e49-88e7-1ce56a320048",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "opportunity",
            inverseField: "calendarEventTargets",
            joinColumn: "targetOpportunityId",
            onDelete: "CASCADE",
            morphId: "676e9f68-7b5c-41e6-b46d-2fb9527b7051"
          }
        }
      ]
    },
    {
      nameSingular: "callRecording",
      namePlural: "callRecordings",
      labelSingular: "Call Recording",
      labelPlural: "Call Recordings",
      universalIdentifier: "ce19efb9-710f-45b2-b141-473abbeea60b",
      isSystem: true,
      labelIdentifierField: "title",
      source: "standard",
      fields: [
        {
          name: "title",
          type: "TEXT",
          label: "Title",
          universalIdentifier: "4cff8863-a1d1-45fd-a370-4eb6aa1f2a5b"
        },
        {
          name: "status",
          type: "SELECT",
          label: "Status",
          universalIdentifier: "3e617680-d93e-4309-a54f-90f69528bfd7",
          isNullable: false,
          defaultValue: "SCHEDULED",
          options: [
            {
              value: "SCHEDULED",
              label: "Scheduled",
              color: "sky",
              position: 0
            },
            {
              value: "JOINING",
              label: "Joining",
              color: "blue",
              position: 1
            },
            {
              value: "RECORDING",
              label: "Recording",
              color: "red",
              position: 2
            },
            {
              value: "PROCESSING",
              label: "Processing",
              color: "orange",
              position: 3
            },
            {
              value: "COMPLETED",
              label: "Completed",
              color: "green",
              position: 4
            },
            {
              value: "FAILED_UNKNOWN",
              label: "Failed",
              color: "gray",
              position: 5
            }
          ]
        },
        {
          name: "recordingRequestStatus",
          type: "SELECT",
          label: "Request Status",
          universalIdentifier: "7fd681c9-244c-4e98-8939-7b175d472638",
          isNullable: false,
          defaultValue: "REQUESTED",
          options: [
            {
              value: "REQUESTED",
              label: "Requested",
              color: "sky",
              position: 0
            },
            {
              value: "CANCELED",
              label: "Canceled",
              color: "gray",
              position: 1
            }
          ]
        },
        {
          name: "applicationId",
          type: "UUID",
          label: "Application ID",
          universalIdentifier: "24ec1239-1240-42cb-8a2d-302632378e09"
        },
        {
          name: "externalBotId",
          type: "TEXT",
          label: "External Bot ID",
          universalIdentifier: "0a2da128-9bcc-488b-bc31-65318c41bdf9"
        },
        {
          name: "externalRecordingId",
          type: "TEXT",
          label: "External Recording ID",
          universalIdentifier: "6d17fb71-324b-4625-a5be-b3580607e2c7"
        },
        {
          name: "startedAt",
          type: "DATE_TIME",
          label: "Started At",
          universalIdentifier: "6c56c23f-1987-410a-860a-df3b2b3f9a33"
        },
        {
          name: "endedAt",
          type: "DATE_TIME",
          label: "Ended At",
          universalIdentifier: "7a38a9cf-8424-4d6e-b80a-6883d3c662ef"
        },
        {
          name: "video",
          type: "FILES",
          label: "Video",
          universalIdentifier: "bb9523d3-457e-4f4b-8c79-27a77afb87da",
          settings: {
            maxNumberOfValues: 1
          }
        },
        {
          name: "audio",
          type: "FILES",
          label: "Audio",
          universalIdentifier: "2eafc2d0-8fec-430c-a939-65ca5fbc0f08",
          settings: {
            maxNumberOfValues: 1
          }
        },
        {
          name: "transcript",
          type: "RAW_JSON",
          label: "Transcript",
          universalIdentifier: "27b86d68-57d1-4607-aca0-191896b1ad43"
        },
        {
          name: "summary",
          type: "RICH_TEXT",
          label: "Summary",
          universalIdentifier: "adb0f472-756b-4d3f-b21e-ea32bf73a5e4"
        },
        {
          name: "calendarEvent",
          type: "RELATION",
          label: "Calendar Event",
          universalIdentifier: "49e64b28-bd98-4775-80ea-4781bdd45e35",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "calendarEvent",
            inverseField: "callRecordings",
            joinColumn: "calendarEventId",
            onDelete: "SET_NULL"
          }
        }
      ]
    },
    {
      nameSingular: "company",
      namePlural: "companies",
      labelSingular: "Company",
      labelPlural: "Companies",
      universalIdentifier: "20202020-b374-4779-a561-80086cb2e17f",
      isSystem: false,
      labelIdentifierField: "name",
      source: "standard",
      duplicateCriteria: [
        [
          "name"
        ],
        [
          "domainNamePrimaryLinkUrl"
        ]
      ],
      fields: [
        {
          name: "name",
          type: "TEXT",
          label: "Name",
          universalIdentifier: "20202020-4d99-4e2e-a84c-4a27837b1ece"
        },
        {
          name: "domainName",
          type: "LINKS",
          label: "Domain Name",
          universalIdentifier: "20202020-0c28-43d8-8ba5-3659924d3489",
          isUnique: true,
          settings: {
            maxNumberOfValues: 1
          }
        },
        {
          name: "address",
          type: "ADDRESS",
          label: "Address",
          universalIdentifier: "20202020-c5ce-4adc-b7b6-9c0979fc55e7"
        },
        {
          name: "linkedinLink",
          type: "LINKS",
          label: "Linkedin",
          universalIdentifier: "20202020-ebeb-4beb-b9ad-6848036fb451"
        },
        {
          name: "annualRevenue",
          type: "CURRENCY",
          label: "Annual Revenue",
          universalIdentifier: "60f533b7-2166-4071-a767-ceb0286822fd"
        },
        {
          name: "people",
          type: "RELATION",
          label: "People",
          universalIdentifier: "20202020-3213-4ddf-9494-6422bcff8d7c",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "person",
            inverseField: "company"
          }
        },
        {
          name: "accountOwner",
          type: "RELATION",
          label: "Account Owner",
          universalIdentifier: "20202020-95b8-4e10-9881-edb5d4765f9d",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "workspaceMember",
            inverseField: "accountOwnerForCompanies",
            joinColumn: "accountOwnerId",
            onDelete: "SET_NULL"
          }
        },
        {
          name: "taskTargets",
          type: "RELATION",
          label: "Tasks",
          universalIdentifier: "9d7b0087-7037-55dc-bb59-456064455694",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "taskTarget",
            inverseField: "targetCompany"
          }
        },
        {
          name: "noteTargets",
          type: "RELATION",
          label: "Notes",
          universalIdentifier: "0b28db77-8099-5ce3-a11f-86a5778d7740",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "noteTarget",
            inverseField: "targetCompany"
          }
        },
        {
          name: "agentChatThreadTargets",
          type: "RELATION",
          label: "Agent Chat Threads",
          universalIdentifier: "cfd6b104-69a2-5048-8e4d-e9fd52a1adc1",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "agentChatThreadTarget",
            inverseField: "targetCompany"
          }
        },
        {
          name: "calendarEventTargets",
          type: "RELATION",
          label: "Calendar Events",
          universalIdentifier: "f818ef0c-b67b-5dc7-b8e1-427902787503",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "calendarEventTarget",
            inverseField: "targetCompany"
          }
        },
        {
          name: "messageThreadTargets",
          type: "RELATION",
          label: "Message Threads",
          universalIdentifier: "8b050eda-2dd8-5dd8-ac51-791b2304b789",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "messageThreadTarget",
            inverseField: "targetCompany"
          }
        },
        {
          name: "opportunities",
          type: "RELATION",
          label: "Opportunities",
          universalIdentifier: "20202020-add3-4658-8e23-d70dccb6d0ec",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "opportunity",
            inverseField: "company"
          }
        },
        {
          name: "attachments",
          type: "RELATION",
          label: "Attachments",
          universalIdentifier: "a4399ae3-fe89-59fe-a282-aec77d4e63a8",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "attachment",
            inverseField: "targetCompany"
          }
        },
        {
          name: "timelineActivities",
          type: "RELATION",
          label: "Timeline Activities",
          universalIdentifier: "28ec0f8f-ad23-5317-b2d9-1a487bcefee2",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "timelineActivity",
            inverseField: "targetCompany"
          }
        }
      ]
    },
    {
      nameSingular: "dashboard",
      namePlural: "dashboards",
      labelSingular: "Dashboard",
      labelPlural: "Dashboards",
      universalIdentifier: "20202020-3840-4b6d-9425-0c5188b05ca8",
      isSystem: false,
      labelIdentifierField: "title",
      source: "standard",
      fields: [
        {
          name: "title",
          type: "TEXT",
          label: "Title",
          universalIdentifier: "20202020-20ee-4091-95dc-44b57eda3a89"
        },
        {
          name: "pageLayoutId",
          type: "UUID",
          label: "Page Layout ID",
          universalIdentifier: "20202020-bb53-4648-aa36-1d9d54e6f7f2"
        },
        {
          name: "timelineActivities",
          type: "RELATION",
          label: "Timeline Activities",
          universalIdentifier: "82711ab6-00a2-57e7-9db8-9f77dde9944c",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "timelineActivity",
            inverseField: "targetDashboard"
          }
        },
        {
          name: "attachments",
          type: "RELATION",
          label: "Attachments",
          universalIdentifier: "6e0748cd-8876-53f9-b78d-8bdb3c71883e",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "attachment",
            inverseField: "targetDashboard"
          }
        }
      ]
    },
    {
      nameSingular: "messageCampaign",
      namePlural: "messageCampaigns",
      labelSingular: "Campaign",
      labelPlural: "Campaigns",
      universalIdentifier: "238acb94-dd4c-4036-bc55-19b99d821efd",
      isSystem: true,
      labelIdentifierField: "name",
      source: "standard",
      fields: [
        {
          name: "name",
          type: "TEXT",
          label: "Name",
          universalIdentifier: "dc8bca0e-37c4-4b78-814d-2e91124274e3",
          isNullable: false,
          defaultValue: ""
        },
        {
          name: "subject",
          type: "TEXT",
          label: "Subject",
          universalIdentifier: "7251544c-b07a-4f0d-9d0a-48514367f230"
        },
        {
          name: "bodyTemplate",
          type: "TEXT",
          label: "Body",
          universalIdentifier: "b3a69d08-31ca-4a8d-8359-5ca462899342"
        },
        {
          name: "fromAddress",
          type: "EMAILS",
          label: "From address",
          universalIdentifier: "91e1a33c-c1ff-411a-b720-9085e13c05db",
          settings: {
            maxNumberOfValues: 1
          }
        },
        {
          name: "status",
          type: "SELECT",
          label: "Status",
          universalIdentifier: "c7117256-3de6-48e1-87df-c99c32bad610",
          isNullable: false,
          defaultValue: "DRAFT",
          options: [
            {
              value: "DRAFT",
              label: "Draft",
              color: "gray",
              position: 0
            },
            {
              value: "SCHEDULED",
              label: "Scheduled",
              color: "blue",
              position: 1
            },
            {
              value: "SENDING",
              label: "Sending",
              color: "yellow",
              position: 2
            },
            {
              value: "SENT",
              label: "Sent",
              color: "green",
              position: 3
            },
            {
              value: "SENT_WITH_ERRORS",
              label: "Sent with errors",
              color: "orange",
              position: 4
            },
            {
              value: "CANCELED",
              label: "Canceled",
              color: "red",
              position: 5
            }
          ]
        },
        {
          name: "scheduledAt",
          type: "DATE_TIME",
          label: "Scheduled at",
          universalIdentifier: "0b281092-f5a5-4dd6-969b-5229f6620071"
        },
        {
          name: "sentAt",
          type: "DATE_TIME",
          label: "Sent at",
          universalIdentifier: "e2315b4f-9edf-4df2-96b9-961e76368671"
        },
        {
          name: "sentCount",
          type: "NUMBER",
          label: "Sent count",
          universalIdentifier: "2f333d2b-37b8-4ddc-ad0d-c07c6ce066ad",
          isNullable: false,
          defaultValue: 0
        },
        {
          name: "deliveredCount",
          type: "NUMBER",
          label: "Delivered count",
          universalIdentifier: "f4ee1d33-7379-42fe-ad63-e023449baea6",
          isNullable: false,
          defaultValue: 0
        },
        {
          name: "failedCount",
          type: "NUMBER",
          label: "Failed count",
          universalIdentifier: "d373fcd7-b1ce-4c77-8031-a5785c475028",
          isNullable: false,
          defaultValue: 0
        },
        {
          name: "bouncedCount",
          type: "NUMBER",
          label: "Bounced count",
          universalIdentifier: "20d884a9-34dd-4667-8ecb-ceec224258e2",
          isNullable: false,
          defaultValue: 0
        },
        {
          name: "complainedCount",
          type: "NUMBER",
          label: "Complained count",
          universalIdentifier: "82842cfa-f12a-4bab-bbde-b2cf587d0406",
          isNullable: false,
          defaultValue: 0
        },
        {
          name: "skippedCount",
          type: "NUMBER",
          label: "Skipped count",
          universalIdentifier: "a1f4c6d2-5e8b-4a37-9c60-31b7f0d2a984",
          isNullable: false,
          defaultValue: 0
        },
        {
          name: "unsubscribeTopicId",
          type: "UUID",
          label: "Unsubscribe topic id",
          universalIdentifier: "0648e7ad-1769-4ff6-a4d5-72da79ef169c"
        },
        {
          name: "list",
          type: "RELATION",
          label: "List",
          universalIdentifier: "cb24dcdf-f0e8-4c71-8cff-70b714e86530",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "messageList",
            inverseField: "campaigns",
            joinColumn: "listId",
            onDelete: "SET_NULL"
          }
        },
        {
          name: "timelineActivities",
          type: "RELATION",
          label: "Events",
          universalIdentifier: "b4dd1932-bcfa-50c6-ada7-37de5d9c2825",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "timelineActivity",
            inverseField: "targetMessageCampaign"
          }
        },
        {
          name: "messages",
          type: "RELATION",
          label: "Messages",
          universalIdentifier: "e5a177a7-512b-4778-928e-69777a528f7c",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "message",
            inverseField: "messageCampaign"
          }
        },
        {
          name: "recipients",
          type: "RELATION",
          label: "Recipients",
          universalIdentifier: "05a3271c-5b91-493c-8f30-2d27b31d019e",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "messageParticipant",
            inverseField: "messageCampaign"
          }
        }
      ]
    },
    {
      nameSingular: "messageList",
      namePlural: "messageLists",
      labelSingular: "List",
      labelPlural: "Lists",
      universalIdentifier: "826561ea-4816-411c-baa0-eec5e6ca8866",
      isSystem: true,
      labelIdentifierField: "name",
      source: "standard",
      fields: [
        {
          name: "name",
          type: "TEXT",
          label: "Name",
          universalIdentifier: "69b9ed8b-7b26-4108-894f-05700ef7e8ee"
        },
        {
          name: "description",
          type: "TEXT",
          label: "Description",
          universalIdentifier: "2484463a-12e0-411e-9586-81892bd7721c"
        },
        {
          name: "members",
          type: "RELATION",
          label: "Members",
          universalIdentifier: "92df3493-91cf-4665-8587-1b08917d299b",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "messageListMember",
            inverseField: "list"
          }
        },
        {
          name: "campaigns",
          type: "RELATION",
          label: "Campaigns",
          universalIdentifier: "e098d838-31ab-4812-91a8-f055f45a6832",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "messageCampaign",
            inverseField: "list"
          }
        },
        {
          name: "timelineActivities",
          type: "RELATION",
          label: "Events",
          universalIdentifier: "e0fbfc29-9b77-52c0-935e-a21af8e10325",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "timelineActivity",
            inverseField: "targetMessageList"
          }
        }
      ]
    },
    {
      nameSingular: "messageListMember",
      namePlural: "messageListMembers",
      labelSingular: "List Member",
      labelPlural: "List Members",
      universalIdentifier: "27773d24-8ce3-40f8-aa6c-1f590f2c08d2",
      isSystem: true,
      labelIdentifierField: "id",
      source: "standard",
      fields: [
        {
          name: "person",
          type: "RELATION",
          label: "Person",
          universalIdentifier: "34288425-8805-42fb-8b98-ee13d09be3d3",
          isNullable: false,
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "person",
            inverseField: "listMemberships",
            joinColumn: "personId",
            onDelete: "CASCADE"
          }
        },
        {
          name: "list",
          type: "RELATION",
          label: "List",
          universalIdentifier: "d5402005-e8f9-4fbe-8696-b6723cd85018",
          isNullable: false,
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "messageList",
            inverseField: "members",
            joinColumn: "listId",
            onDelete: "CASCADE"
          }
        }
      ]
    },
    {
      nameSingular: "messageChannelMessageAssociation",
      namePlural: "messageChannelMessageAssociations",
      labelSingular: "Message Channel Message Association",
      labelPlural: "Message Channel Message Associations",
      universalIdentifier: "20202020-ad1e-4127-bccb-d83ae04d2ccb",
      isSystem: true,
      labelIdentifierField: "id",
      source: "standard",
      fields: [
        {
          name: "messageChannelId",
          type: "UUID",
          label: "Message Channel Id",
          universalIdentifier: "20202020-b658-408f-bd46-3bd2d15d7e52"
        },
        {
          name: "message",
          type: "RELATION",
          label: "Message Id",
          universalIdentifier: "20202020-da5d-4ac5-8743-342ab0a0336b",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "message",
            inverseField: "messageChannelMessageAssociations",
            joinColumn: "messageId",
            onDelete: "CASCADE"
          }
        },
        {
          name: "messageExternalId",
          type: "TEXT",
          label: "Message External Id",
          universalIdentifier: "20202020-37d6-438f-b6fd-6503596c8f34"
        },
        {
          name: "messageThread",
          type: "RELATION",
          label: "Message Thread Id",
          universalIdentifier: "20202020-fac8-42a8-94dd-44dbc920ae16",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "messageThread",
            inverseField: "messageChannelMessageAssociations",
            joinColumn: "messageThreadId",
            onDelete: "CASCADE"
          }
        },
        {
          name: "messageThreadExternalId",
          type: "TEXT",
          label: "Thread External Id",
          universalIdentifier: "20202020-35fb-421e-afa0-0b8e8f7f9018"
        },
        {
          name: "direction",
          type: "SELECT",
          label: "Direction",
          universalIdentifier: "75c9b0f7-9e76-44d4-a2f9-47051e61eec7",
          isNullable: false,
          defaultValue: "INCOMING",
          options: [
            {
              value: "INCOMING",
              label: "Incoming",
              color: "green",
              position: 0
            },
            {
              value: "OUTGOING",
              label: "Outgoing",
              color: "blue",
              position: 1
            }
          ]
        },
        {
          name: "messageFolders",
          type: "RELATION",
          label: "Message Folders",
          universalIdentifier: "9bfc9da7-ae2d-44fd-9563-ede90c5d6222",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "messageChannelMessageAssociationMessageFolder",
            inverseField: "messageChannelMessageAssociation"
          }
        }
      ]
    },
    {
      nameSingular: "messageChannelMessageAssociationMessageFolder",
      namePlural: "messageChannelMessageAssociationMessageFolders",
      labelSingular: "Message Channel Message Association Message Folder",
      labelPlural: "Message Channel Message Association Message Folders",
      universalIdentifier: "20202020-a1b0-40b0-8ab0-5b6c7d8e9f0a",
      isSystem: true,
      labelIdentifierField: "id",
      source: "standard",
      fields: [
        {
          name: "messageChannelMessageAssociation",
          type: "RELATION",
          label: "Message Channel Message Association",
          universalIdentifier: "7411cfa3-4fd9-4b90-a636-940015fd7243",
          isNullable: false,
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "messageChannelMessageAssociation",
            inverseField: "messageFolders",
            joinColumn: "messageChannelMessageAssociationId",
            onDelete: "CASCADE"
          }
        },
        {
          name: "messageFolderId",
          type: "UUID",
          label: "Message Folder",
          universalIdentifier: "b3369d31-3856-4a7a-b007-ee353918127c",
          isNullable: false
        }
      ]
    },
    {
      nameSingular: "messageParticipant",
      namePlural: "messageParticipants",
      labelSingular: "Message Participant",
      labelPlural: "Message Participants",
      universalIdentifier: "20202020-a433-4456-aa2d-fd9cb26b774a",
      isSystem: true,
      labelIdentifierField: "handle",
      source: "standard",
      fields: [
        {
          name: "message",
          type: "RELATION",
          label: "Message",
          universalIdentifier: "20202020-985b-429a-9db9-9e55f4898a2a",
          isNullable: false,
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "message",
            inverseField: "messageParticipants",
            joinColumn: "messageId",
            onDelete: "CASCADE"
          }
        },
        {
          name: "role",
          type: "SELECT",
          label: "Role",
          universalIdentifier: "20202020-65d1-42f4-8729-c9ec1f52aecd",
          isNullable: false,
          defaultValue: "FROM",
          options: [
            {
              value: "FROM",
              label: "From",
              position: 0
            },
            {
              value: "TO",
              label: "To",
              position: 1
            },
            {
              value: "CC",
              label: "Cc",
              position: 2
            },
            {
              value: "BCC",
              label: "Bcc",
              position: 3
            },
            {
              value: "REPLY_TO",
              label: "Reply To",
              position: 4
            }
          ]
        },
        {
          name: "handle",
          type: "TEXT",
          label: "Handle",
          universalIdentifier: "20202020-2456-464e-b422-b965a4db4a0b"
        },
        {
          name: "displayName",
          type: "TEXT",
          label: "Display Name",
          universalIdentifier: "20202020-36dd-4a4f-ac02-228425be9fac"
        },
        {
          name: "person",
          type: "RELATION",
          label: "Person",
          universalIdentifier: "20202020-249d-4e0f-82cd-1b9df5cd3da2",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "person",
            inverseField: "messageParticipants",
            joinColumn: "personId",
            onDelete: "SET_NULL"
          }
        },
        {
          name: "workspaceMember",
          type: "RELATION",
          label: "Workspace Member",
          universalIdentifier: "20202020-77a7-4845-99ed-1bcbb478be6f",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "workspaceMember",
            inverseField: "messageParticipants",
            joinColumn: "workspaceMemberId",
            onDelete: "SET_NULL"
          }
        },
        {
          name: "messageCampaign",
          type: "RELATION",
          label: "Campaign",
          universalIdentifier: "5bc768db-919f-41da-8c43-df08084d526f",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "messageCampaign",
            inverseField: "recipients",
            joinColumn: "messageCampaignId",
            onDelete: "SET_NULL"
          }
        }
      ]
    },
    {
      nameSingular: "messageThread",
      namePlural: "messageThreads",
      labelSingular: "Message Thread",
      labelPlural: "Message Threads",
      universalIdentifier: "20202020-849a-4c3e-84f5-a25a7d802271",
      isSystem: true,
      labelIdentifierField: "subject",
      source: "standard",
      fields: [
        {
          name: "messages",
          type: "RELATION",
          label: "Messages",
          universalIdentifier: "20202020-3115-404f-aade-e1154b28e35a",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "message",
            inverseField: "messageThread"
          }
        },
        {
          name: "messageChannelMessageAssociations",
          type: "RELATION",
          label: "Message Channel Association",
          universalIdentifier: "20202020-314e-40a4-906d-a5d5d6c285f6",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "messageChannelMessageAssociation",
            inverseField: "messageThread"
          }
        },
        {
          name: "subject",
          type: "TEXT",
          label: "Subject",
          universalIdentifier: "a8ddbf8c-1137-45d1-b89e-5ffbd83f67c8"
        },
        {
          name: "messageThreadTargets",
          type: "RELATION",
          label: "Message Thread Targets",
          universalIdentifier: "8d7c8b17-b835-4082-96bd-de704c491d49",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "messageThreadTarget",
            inverseField: "messageThread"
          }
        }
      ]
    },
    {
      nameSingular: "messageThreadTarget",
      namePlural: "messageThreadTargets",
      labelSingular: "Message Thread Target",
      labelPlural: "Message Thread Targets",
      universalIdentifier: "378ad1b0-592d-4084-80ee-86fef44725b9",
      isSystem: true,
      labelIdentifierField: "id",
      source: "standard",
      fields: [
        {
          name: "messageThread",
          type: "RELATION",
          label: "Message Thread",
          universalIdentifier: "23ca09e6-149d-452f-bed7-a4aad24d1314",
          isNullable: false,
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "messageThread",
            inverseField: "messageThreadTargets",
            joinColumn: "messageThreadId",
            onDelete: "CASCADE"
          }
        },
        {
          name: "isAutomaticallyAssigned",
          type: "BOOLEAN",
          label: "Automatically assigned",
          universalIdentifier: "04403730-e960-415a-8790-f0c0f82f3477",
          isNullable: false,
          defaultValue: false
        },
        {
          name: "isManuallyAssigned",
          type: "BOOLEAN",
          label: "Manually assigned",
          universalIdentifier: "16efa36f-d195-42e9-959f-6928164f2395",
          isNullable: false,
          defaultValue: true
        },
        {
          name: "targetPerson",
          type: "MORPH_RELATION",
          label: "Person",
          universalIdentifier: "068c655b-e026-57bc-b218-1cf0bb11eaa8",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "person",
            inverseField: "messageThreadTargets",
            joinColumn: "targetPersonId",
            onDelete: "CASCADE",
            morphId: "e85e853d-c26e-41b3-bec0-7afc4bdbc2f7"
          }
        },
        {
          name: "targetCompany",
          type: "MORPH_RELATION",
          label: "Company",
          universalIdentifier: "70235b19-5ab1-588d-a25c-45c259190354",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "company",
            inverseField: "messageThreadTargets",
            joinColumn: "targetCompanyId",
            onDelete: "CASCADE",
            morphId: "e85e853d-c26e-41b3-bec0-7afc4bdbc2f7"
          }
        },
        {
          name: "targetOpportunity",
          type: "MORPH_RELATION",
          label: "Opportunity",
          universalIdentifier: "238849d7-396a-5ebe-958e-309537794f61",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "opportunity",
            inverseField: "messageThreadTargets",
            joinColumn: "targetOpportunityId",
            onDelete: "CASCADE",
            morphId: "e85e853d-c26e-41b3-bec0-7afc4bdbc2f7"
          }
        }
      ]
    },
    {
      nameSingular: "message",
      namePlural: "messages",
      labelSingular: "Message",
      labelPlural: "Messages",
      universalIdentifier: "20202020-3f6b-4425-80ab-e468899ab4b2",
      isSystem: true,
      labelIdentifierField: "subject",
      source: "standard",
      fields: [
        {
          name: "headerMessageId",
          type: "TEXT",
          label: "Message Id",
          universalIdentifier: "20202020-72b5-416d-aed8-b55609067d01"
        },
        {
          name: "messageThread",
          type: "RELATION",
          label: "Message Thread Id",
          universalIdentifier: "20202020-30f2-4ccd-9f5c-e41bb9d26214",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "messageThread",
            inverseField: "messages",
            joinColumn: "messageThreadId",
            onDelete: "CASCADE"
          }
        },
        {
          name: "subject",
          type: "TEXT",
          label: "Subject",
          universalIdentifier: "20202020-52d1-4036-b9ae-84bd722bb37a"
        },
        {
          name: "text",
          type: "TEXT",
          label: "Text",
          universalIdentifier: "20202020-d2ee-4e7e-89de-9a0a9044a143"
        },
        {
          name: "receivedAt",
          type: "DATE_TIME",
          label: "Received At",
          universalIdentifier: "20202020-140a-4a2a-9f86-f13b6a979afc"
        },
        {
          name: "messageParticipants",
          type: "RELATION",
          label: "Message Participants",
          universalIdentifier: "20202020-7cff-4a74-b63c-73228448cbd9",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "messageParticipant",
            inverseField: "message"
          }
        },
        {
          name: "messageChannelMessageAssociations",
          type: "RELATION",
          label: "Message Channel Association",
          universalIdentifier: "20202020-3cef-43a3-82c6-50e7cfbc9ae4",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "messageChannelMessageAssociation",
            inverseField: "message"
          }
        },
        {
          name: "messageCampaign",
          type: "RELATION",
          label: "Campaign",
          universalIdentifier: "77cff00b-a0ba-48d6-80de-0d5ccf14e45b",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "messageCampaign",
            inverseField: "messages",
            joinColumn: "messageCampaignId",
            onDelete: "SET_NULL"
          }
        },
        {
          name: "isDraft",
          type: "BOOLEAN",
          label: "Is Draft",
          universalIdentifier: "20202020-4d3a-4b6e-9c1f-2a5e7b9d0c34",
          isNullable: false,
          defaultValue: false
        }
      ]
    },
    {
      nameSingular: "note",
      namePlural: "notes",
      labelSingular: "Note",
      labelPlural: "Notes",
      universalIdentifier: "20202020-0b00-45cd-b6f6-6cd806fc6804",
      isSystem: false,
      labelIdentifierField: "title",
      source: "standard",
      fields: [
        {
          name: "title",
          type: "TEXT",
          label: "Title",
          universalIdentifier: "20202020-faeb-4c76-8ba6-ccbb0b4a965f"
        },
        {
          name: "bodyV2",
          type: "RICH_TEXT",
          label: "Body",
          universalIdentifier: "20202020-a7bb-4d94-be51-8f25181502c8"
        },
        {
          name: "noteTargets",
          type: "RELATION",
          label: "Relations",
          universalIdentifier: "20202020-1f25-43fe-8b00-af212fdde823",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "noteTarget",
            inverseField: "note"
          }
        },
        {
          name: "attachments",
          type: "RELATION",
          label: "Attachments",
          universalIdentifier: "b5e03b44-f726-5eae-9ea9-141d074f2120",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "attachment",
            inverseField: "targetNote"
          }
        },
        {
          name: "timelineActivities",
          type: "RELATION",
          label: "Timeline Activities",
          universalIdentifier: "dd80c0fb-074a-5ca2-8596-dbb967f20155",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "timelineActivity",
            inverseField: "targetNote"
          }
        }
      ]
    },
    {
      nameSingular: "noteTarget",
      namePlural: "noteTargets",
      labelSingular: "Note Target",
      labelPlural: "Note Targets",
      universalIdentifier: "20202020-fff0-4b44-be82-bda313884400",
      isSystem: true,
      labelIdentifierField: "id",
      source: "standard",
      fields: [
        {
          name: "note",
          type: "RELATION",
          label: "Note",
          universalIdentifier: "20202020-57f3-4f50-9599-fc0f671df003",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "note",
            inverseField: "noteTargets",
            joinColumn: "noteId",
            onDelete: "CASCADE"
          }
        },
        {
          name: "targetPerson",
          type: "MORPH_RELATION",
          label: "Person",
          universalIdentifier: "b445c148-eacf-56a8-bc21-e67e7ae93302",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "person",
            inverseField: "noteTargets",
            joinColumn: "targetPersonId",
            onDelete: "CASCADE",
            morphId: "20202020-f635-435d-ab8d-e1168b375c70"
          }
        },
        {
          name: "targetCompany",
          type: "MORPH_RELATION",
          label: "Company",
          universalIdentifier: "26b5a2d6-3296-5660-8f5b-a5710c11ae33",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "company",
            inverseField: "noteTargets",
            joinColumn: "targetCompanyId",
            onDelete: "CASCADE",
            morphId: "20202020-f635-435d-ab8d-e1168b375c70"
          }
        },
        {
          name: "targetOpportunity",
          type: "MORPH_RELATION",
          label: "Opportunity",
          universalIdentifier: "27519e5b-b16a-50cc-8de1-c5d6a2ff5c61",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "opportunity",
            inverseField: "noteTargets",
            joinColumn: "targetOpportunityId",
            onDelete: "CASCADE",
            morphId: "20202020-f635-435d-ab8d-e1168b375c70"
          }
        }
      ]
    },
    {
      nameSingular: "opportunity",
      namePlural: "opportunities",
      labelSingular: "Opportunity",
      labelPlural: "Opportunities",
      universalIdentifier: "20202020-9549-49dd-b2b2-883999db8938",
      isSystem: false,
      labelIdentifierField: "name",
      source: "standard",
      fields: [
        {
          name: "name",
          type: "TEXT",
          label: "Name",
          universalIdentifier: "20202020-8609-4f65-a2d9-44009eb422b5"
        },
        {
          name: "amount",
          type: "CURRENCY",
          label: "Amount",
          universalIdentifier: "20202020-583e-4642-8533-db761d5fa82f"
        },
        {
          name: "closeDate",
          type: "DATE_TIME",
          label: "Close date",
          universalIdentifier: "20202020-527e-44d6-b1ac-c4158d307b97"
        },
        {
          name: "stage",
          type: "SELECT",
          label: "Stage",
          universalIdentifier: "20202020-6f76-477d-8551-28cd65b2b4b9",
          isNullable: false,
          defaultValue: "NEW",
          options: [
            {
              value: "NEW",
              label: "New",
              color: "red",
              position: 0
            },
            {
              value: "SCREENING",
              label: "Screening",
              color: "purple",
              position: 1
            },
            {
              value: "MEETING",
              label: "Meeting",
              color: "sky",
              position: 2
            },
            {
              value: "PROPOSAL",
              label: "Proposal",
              color: "turquoise",
              position: 3
            },
            {
              value: "CUSTOMER",
              label: "Customer",
              color: "yellow",
              position: 4
            }
          ]
        },
        {
          name: "pointOfContact",
          type: "RELATION",
          label: "Point of Contact",
          universalIdentifier: "20202020-8dfb-42fc-92b6-01afb759ed16",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "person",
            inverseField: "pointOfContactForOpportunities",
            joinColumn: "pointOfContactId",
            onDelete: "SET_NULL"
          }
        },
        {
          name: "company",
          type: "RELATION",
          label: "Company",
          universalIdentifier: "20202020-cbac-457e-b565-adece5fc815f",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "company",
            inverseField: "opportunities",
            joinColumn: "companyId",
            onDelete: "SET_NULL"
          }
        },
        {
          name: "owner",
          type: "RELATION",
          label: "Owner",
          universalIdentifier: "20202020-be7e-4d1e-8e19-3d5c7c4b9f2a",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "workspaceMember",
            inverseField: "ownedOpportunities",
            joinColumn: "ownerId",
            onDelete: "SET_NULL"
          }
        },
        {
          name: "taskTargets",
          type: "RELATION",
          label: "Tasks",
          universalIdentifier: "3e20f0e5-c0f5-5af4-8cac-02a65ecc4e86",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "taskTarget",
            inverseField: "targetOpportunity"
          }
        },
        {
          name: "noteTargets",
          type: "RELATION",
          label: "Notes",
          universalIdentifier: "ee980fc9-5f51-5986-9fbe-ccf5a103f595",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "noteTarget",
            inverseField: "targetOpportunity"
          }
        },
        {
          name: "agentChatThreadTargets",
          type: "RELATION",
          label: "Agent Chat Threads",
          universalIdentifier: "33677c4d-eca9-5560-8e07-b0fae616e5fb",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "agentChatThreadTarget",
            inverseField: "targetOpportunity"
          }
        },
        {
          name: "calendarEventTargets",
          type: "RELATION",
          label: "Calendar Events",
          universalIdentifier: "73d131ea-d0dc-5509-83aa-9c0c29545ab2",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "calendarEventTarget",
            inverseField: "targetOpportunity"
          }
        },
        {
          name: "messageThreadTargets",
          type: "RELATION",
          label: "Message Threads",
          universalIdentifier: "1f982757-a05a-54c1-8a74-89d01621c1f8",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "messageThreadTarget",
            inverseField: "targetOpportunity"
          }
        },
        {
          name: "attachments",
          type: "RELATION",
          label: "Attachments",
          universalIdentifier: "37d15d4b-7441-5bbc-8a5f-228f2d62abf4",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "attachment",
            inverseField: "targetOpportunity"
          }
        },
        {
          name: "timelineActivities",
          type: "RELATION",
          label: "Timeline Activities",
          universalIdentifier: "64f26c76-9427-55a1-82e6-332b495878ad",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "timelineActivity",
            inverseField: "targetOpportunity"
          }
        }
      ]
    },
    {
      nameSingular: "person",
      namePlural: "people",
      labelSingular: "Person",
      labelPlural: "People",
      universalIdentifier: "20202020-e674-48e5-a542-72570eee7213",
      isSystem: false,
      labelIdentifierField: "name",
      source: "standard",
      duplicateCriteria: [
        [
          "nameFirstName",
          "nameLastName"
        ],
        [
          "linkedinLinkPrimaryLinkUrl"
        ],
        [
          "emailsPrimaryEmail"
        ]
      ],
      fields: [
        {
          name: "name",
          type: "FULL_NAME",
          label: "Name",
          universalIdentifier: "20202020-3875-44d5-8c33-a6239011cab8"
        },
        {
          name: "emails",
          type: "EMAILS",
          label: "Emails",
          universalIdentifier: "20202020-3c51-43fa-8b6e-af39e29368ab",
          isUnique: true,
          settings: {
            maxNumberOfValues: 1
          }
        },
        {
          name: "linkedinLink",
          type: "LINKS",
          label: "Linkedin",
          universalIdentifier: "20202020-f1af-48f7-893b-2007a73dd508"
        },
        {
          name: "jobTitle",
          type: "TEXT",
          label: "Job Title",
          universalIdentifier: "20202020-b0d0-415a-bef9-640a26dacd9b"
        },
        {
          name: "phones",
          type: "PHONES",
          label: "Phones",
          universalIdentifier: "20202020-0638-448e-8825-439134618022",
          settings: {
            maxNumberOfValues: 1
          }
        },
        {
          name: "avatarUrl",
          type: "TEXT",
          label: "Avatar",
          universalIdentifier: "20202020-b8a6-40df-961c-373dc5d2ec21",
          isSystem: true
        },
        {
          name: "avatarFile",
          type: "FILES",
          label: "Avatar",
          universalIdentifier: "20202020-a7c9-4e3d-8f1b-2d5a6b7c8e9f",
          isSystem: true,
          settings: {
            maxNumberOfValues: 1
          }
        },
        {
          name: "company",
          type: "RELATION",
          label: "Company",
          universalIdentifier: "20202020-e2f3-448e-b34c-2d625f0025fd",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "company",
            inverseField: "people",
            joinColumn: "companyId",
            onDelete: "SET_NULL"
          }
        },
        {
          name: "pointOfContactForOpportunities",
          type: "RELATION",
          label: "Linked Opportunities",
          universalIdentifier: "20202020-911b-4a7d-b67b-918aa9a5b33a",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "opportunity",
            inverseField: "pointOfContact"
          }
        },
        {
          name: "taskTargets",
          type: "RELATION",
          label: "Tasks",
          universalIdentifier: "ddea86e6-5766-5798-ac32-14fbab6089f6",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "taskTarget",
            inverseField: "targetPerson"
          }
        },
        {
          name: "noteTargets",
          type: "RELATION",
          label: "Notes",
          universalIdentifier: "1c0e0dfe-a01f-58d6-8948-08b93164d03c",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "noteTarget",
            inverseField: "targetPerson"
          }
        },
        {
          name: "agentChatThreadTargets",
          type: "RELATION",
          label: "Agent Chat Threads",
          universalIdentifier: "9d3f43e7-65bc-54c5-b4a1-bc0d92426b3a",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "agentChatThreadTarget",
            inverseField: "targetPerson"
          }
        },
        {
          name: "calendarEventTargets",
          type: "RELATION",
          label: "Calendar Events",
          universalIdentifier: "1bb24269-e654-598c-ac53-23973fafd1e6",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "calendarEventTarget",
            inverseField: "targetPerson"
          }
        },
        {
          name: "messageThreadTargets",
          type: "RELATION",
          label: "Message Threads",
          universalIdentifier: "e20bc778-c675-5dad-af44-48f83a1c7fe5",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "messageThreadTarget",
            inverseField: "targetPerson"
          }
        },
        {
          name: "attachments",
          type: "RELATION",
          label: "Attachments",
          universalIdentifier: "54dd92e1-67bf-5381-86f3-c747976dcdaf",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "attachment",
            inverseField: "targetPerson"
          }
        },
        {
          name: "messageParticipants",
          type: "RELATION",
          label: "Message Participants",
          universalIdentifier: "20202020-498e-4c61-8158-fa04f0638334",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "messageParticipant",
            inverseField: "person"
          }
        },
        {
          name: "calendarEventParticipants",
          type: "RELATION",
          label: "Calendar Event Participants",
          universalIdentifier: "20202020-52ee-45e9-a702-b64b3753e3a9",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "calendarEventParticipant",
            inverseField: "person"
          }
        },
        {
          name: "timelineActivities",
          type: "RELATION",
          label: "Timeline Activities",
          universalIdentifier: "32d7483f-6227-528b-bc65-62d9cf858cd8",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "timelineActivity",
            inverseField: "targetPerson"
          }
        },
        {
          name: "listMemberships",
          type: "RELATION",
          label: "Lists",
          universalIdentifier: "8b8d1be0-4c94-4413-a2c9-c7ede205a81d",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "messageListMember",
            inverseField: "person"
          }
        }
      ]
    },
    {
      nameSingular: "recordShare",
      namePlural: "recordShares",
      labelSingular: "Record share",
      labelPlural: "Record shares",
      universalIdentifier: "fecdb92c-d150-4544-81f8-f1158d18a7a2",
      isSystem: true,
      labelIdentifierField: "id",
      source: "standard",
      fields: [
        {
          name: "recordId",
          type: "UUID",
          label: "Record ID",
          universalIdentifier: "01edb657-6339-475c-b581-784a0c3e0509",
          isSystem: true,
          isNullable: false
        },
        {
          name: "objectMetadataId",
          type: "UUID",
          label: "Object metadata ID",
          universalIdentifier: "504cec47-6aae-4e5b-85fd-1581b62602e3",
          isSystem: true,
          isNullable: false
        },
        {
          name: "principalId",
          type: "UUID",
          label: "Principal ID",
          universalIdentifier: "c1849ee2-1d2a-409e-800d-16fc16621257",
          isSystem: true,
          isNullable: false
        },
        {
          name: "principalType",
          type: "SELECT",
          label: "Principal type",
          universalIdentifier: "556161f6-1a01-478e-8f01-acc413102e44",
          isSystem: true,
          isNullable: false,
          options: [
            {
              value: "EVERYONE",
              label: "Everyone",
              color: "green",
              position: 0
            },
            {
              value: "WORKSPACE_MEMBER",
              label: "Workspace member",
              color: "blue",
              position: 1
            },
            {
              value: "ROLE",
              label: "Role",
              color: "purple",
              position: 2
            }
          ]
        },
        {
          name: "accessLevel",
          type: "SELECT",
          label: "Access level",
          universalIdentifier: "943b9926-9620-43de-8a46-8ebfee74dea3",
          isSystem: true,
          isNullable: false,
          options: [
            {
              value: "READ",
              label: "Read",
              color: "sky",
              position: 0
            },
            {
              value: "READ_WRITE",
              label: "Read and write",
              color: "blue",
              position: 1
            },
            {
              value: "FULL",
              label: "Full",
              color: "purple",
              position: 2
            }
          ]
        },
        {
          name: "rowCause",
          type: "SELECT",
          label: "Row cause",
          universalIdentifier: "be27640e-f739-4d07-8979-dba4526e406a",
          isSystem: true,
          isNullable: false,
          options: [
            {
              value: "OWNER",
              label: "Owner",
              color: "green",
              position: 0
            },
            {
              value: "MANUAL",
              label: "Manual",
              color: "blue",
              position: 1
            },
            {
              value: "RULE",
              label: "Rule",
              color: "orange",
              position: 2
            },
            {
              value: "APPLICATION",
              label: "Application",
              color: "gray",
              position: 3
            }
          ]
        },
        {
          name: "sourceId",
          type: "UUID",
          label: "Source ID",
          universalIdentifier: "534a2244-9feb-4d21-afd9-c9a20052b300",
          isSystem: true,
          isNullable: false
        }
      ]
    },
    {
      nameSingular: "task",
      namePlural: "tasks",
      labelSingular: "Task",
      labelPlural: "Tasks",
      universalIdentifier: "20202020-1ba1-48ba-bc83-ef7e5990ed10",
      isSystem: false,
      labelIdentifierField: "title",
      source: "standard",
      fields: [
        {
          name: "title",
          type: "TEXT",
          label: "Title",
          universalIdentifier: "20202020-b386-4cb7-aa5a-08d4a4d92680"
        },
        {
          name: "bodyV2",
          type: "RICH_TEXT",
          label: "Body",
          universalIdentifier: "20202020-4aa0-4ae8-898d-7df0afd47ab1"
        },
        {
          name: "dueAt",
          type: "DATE_TIME",
          label: "Due Date",
          universalIdentifier: "20202020-fd99-40da-951b-4cb9a352fce3"
        },
        {
          name: "status",
          type: "SELECT",
          label: "Status",
          universalIdentifier: "20202020-70bc-48f9-89c5-6aa730b151e0",
          defaultValue: "TODO",
          options: [
            {
              value: "TODO",
              label: "To do",
              color: "sky",
              position: 0
            },
            {
              value: "IN_PROGRESS",
              label: "In progress",
              color: "purple",
              position: 1
            },
            {
              value: "DONE",
              label: "Done",
              color: "green",
              position: 2
            }
          ]
        },
        {
          name: "taskTargets",
          type: "RELATION",
          label: "Relations",
          universalIdentifier: "20202020-de9c-4d0e-a452-713d4a3e5fc7",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "taskTarget",
            inverseField: "task"
          }
        },
        {
          name: "attachments",
          type: "RELATION",
          label: "Attachments",
          universalIdentifier: "d88469f5-b558-5e11-ab85-66f9ffcaecc0",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "attachment",
            inverseField: "targetTask"
          }
        },
        {
          name: "assignee",
          type: "RELATION",
          label: "Assignee",
          universalIdentifier: "20202020-065a-4f42-a906-e20422c1753f",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "workspaceMember",
            inverseField: "assignedTasks",
            joinColumn: "assigneeId",
            onDelete: "SET_NULL"
          }
        },
        {
          name: "timelineActivities",
          type: "RELATION",
          label: "Timeline Activities",
          universalIdentifier: "9058db0a-b156-5c9e-999f-c89387ef4a9b",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "timelineActivity",
            inverseField: "targetTask"
          }
        }
      ]
    },
    {
      nameSingular: "taskTarget",
      namePlural: "taskTargets",
      labelSingular: "Task Target",
      labelPlural: "Task Targets",
      universalIdentifier: "20202020-5a9a-44e8-95df-771cd06d0fb1",
      isSystem: true,
      labelIdentifierField: "id",
      source: "standard",
      fields: [
        {
          name: "task",
          type: "RELATION",
          label: "Task",
          universalIdentifier: "20202020-e881-457a-8758-74aaef4ae78a",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "task",
            inverseField: "taskTargets",
            joinColumn: "taskId",
            onDelete: "CASCADE"
          }
        },
        {
          name: "targetPerson",
          type: "MORPH_RELATION",
          label: "Person",
          universalIdentifier: "c0a02b7a-a356-537a-96c8-66d1f8994100",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "person",
            inverseField: "taskTargets",
            joinColumn: "targetPersonId",
            onDelete: "CASCADE",
            morphId: "20202020-f636-435d-ab8d-e1168b375c71"
          }
        },
        {
          name: "targetCompany",
          type: "MORPH_RELATION",
          label: "Company",
          universalIdentifier: "805997f5-d539-5676-9aa8-0de602ac4152",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "company",
            inverseField: "taskTargets",
            joinColumn: "targetCompanyId",
            onDelete: "CASCADE",
            morphId: "20202020-f636-435d-ab8d-e1168b375c71"
          }
        },
        {
          name: "targetOpportunity",
          type: "MORPH_RELATION",
          label: "Opportunity",
          universalIdentifier: "ca354769-b50e-531b-b745-12ca12ad44ee",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "opportunity",
            inverseField: "taskTargets",
            joinColumn: "targetOpportunityId",
            onDelete: "CASCADE",
            morphId: "20202020-f636-435d-ab8d-e1168b375c71"
          }
        }
      ]
    },
    {
      nameSingular: "timelineActivity",
      namePlural: "timelineActivities",
      labelSingular: "Timeline Activity",
      labelPlural: "Timeline Activities",
      universalIdentifier: "20202020-6736-4337-b5c4-8b39fae325a5",
      isSystem: true,
      labelIdentifierField: "linkedRecordCachedName",
      source: "standard",
      fields: [
        {
          name: "timelineActivityTypeId",
          type: "UUID",
          label: "Event type",
          universalIdentifier: "20202020-e5f8-4839-9dcf-781e260624ee",
          isSystem: true
        },
        {
          name: "timelineActivityTypeSnapshot",
          type: "RAW_JSON",
          label: "Event type",
          universalIdentifier: "20202020-e006-493a-9b07-f2a768a204ca",
          isSystem: true
        },
        {
          name: "happensAt",
          type: "DATE_TIME",
          label: "Creation date",
          universalIdentifier: "20202020-9526-4993-b339-c4318c4d39f0",
          isNullable: false,
          defaultValue: "now"
        },
        {
          name: "properties",
          type: "RAW_JSON",
          label: "Event details",
          universalIdentifier: "20202020-f142-4b04-b91b-6a2b4af3bf11"
        },
        {
          name: "workspaceMember",
          type: "RELATION",
          label: "Workspace Member",
          universalIdentifier: "20202020-af23-4479-9a30-868edc474b36",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "workspaceMember",
            inverseField: "timelineActivities",
            joinColumn: "workspaceMemberId",
            onDelete: "CASCADE"
          }
        },
        {
          name: "targetPerson",
          type: "MORPH_RELATION",
          label: "Person",
          universalIdentifier: "e2477375-5aeb-53bd-8ee1-97e804a73f9d",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "person",
            inverseField: "timelineActivities",
            joinColumn: "targetPersonId",
            onDelete: "CASCADE",
            morphId: "20202020-9a2b-4c3d-a4e5-f6a7b8c9d0e1"
          }
        },
        {
          name: "targetCompany",
          type: "MORPH_RELATION",
          label: "Company",
          universalIdentifier: "500e6797-19a2-5f11-b239-259b58765533",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "company",
            inverseField: "timelineActivities",
            joinColumn: "targetCompanyId",
            onDelete: "CASCADE",
            morphId: "20202020-9a2b-4c3d-a4e5-f6a7b8c9d0e1"
          }
        },
        {
          name: "targetOpportunity",
          type: "MORPH_RELATION",
          label: "Opportunity",
          universalIdentifier: "1598c13c-d539-52c8-a56c-974a6b724393",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "opportunity",
            inverseField: "timelineActivities",
            joinColumn: "targetOpportunityId",
            onDelete: "SET_NULL",
            morphId: "20202020-9a2b-4c3d-a4e5-f6a7b8c9d0e1"
          }
        },
        {
          name: "targetTask",
          type: "MORPH_RELATION",
          label: "Task",
          universalIdentifier: "9022391d-5b5b-519e-be9f-fa954856bb29",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "task",
            inverseField: "timelineActivities",
            joinColumn: "targetTaskId",
            onDelete: "SET_NULL",
            morphId: "20202020-9a2b-4c3d-a4e5-f6a7b8c9d0e1"
          }
        },
        {
          name: "targetNote",
          type: "MORPH_RELATION",
          label: "Note",
          universalIdentifier: "c2202780-3676-511d-810f-725b0f3a4fdb",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "note",
            inverseField: "timelineActivities",
            joinColumn: "targetNoteId",
            onDelete: "SET_NULL",
            morphId: "20202020-9a2b-4c3d-a4e5-f6a7b8c9d0e1"
          }
        },
        {
          name: "targetWorkflow",
          type: "MORPH_RELATION",
          label: "Workflow",
          universalIdentifier: "7bdf04f6-a598-57b2-b485-5263c25e1257",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "workflow",
            inverseField: "timelineActivities",
            joinColumn: "targetWorkflowId",
            onDelete: "CASCADE",
            morphId: "20202020-9a2b-4c3d-a4e5-f6a7b8c9d0e1"
          }
        },
        {
          name: "targetWorkflowVersion",
          type: "MORPH_RELATION",
          label: "Workflow Version",
          universalIdentifier: "2da44ef9-dc63-5c9c-a9fb-58933ed03bc2",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "workflowVersion",
            inverseField: "timelineActivities",
            joinColumn: "targetWorkflowVersionId",
            onDelete: "CASCADE",
            morphId: "20202020-9a2b-4c3d-a4e5-f6a7b8c9d0e1"
          }
        },
        {
          name: "targetWorkflowRun",
          type: "MORPH_RELATION",
          label: "Workflow Run",
          universalIdentifier: "b1df837a-e304-5cde-97e6-ab8348739774",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "workflowRun",
            inverseField: "timelineActivities",
            joinColumn: "targetWorkflowRunId",
            onDelete: "CASCADE",
            morphId: "20202020-9a2b-4c3d-a4e5-f6a7b8c9d0e1"
          }
        },
        {
          name: "targetDashboard",
          type: "MORPH_RELATION",
          label: "Dashboard",
          universalIdentifier: "0a1c0f53-5cbe-5ae8-8dde-e0dd7a7d136f",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "dashboard",
            inverseField: "timelineActivities",
            joinColumn: "targetDashboardId",
            onDelete: "SET_NULL",
            morphId: "20202020-9a2b-4c3d-a4e5-f6a7b8c9d0e1"
          }
        },
        {
          name: "targetMessageList",
          type: "MORPH_RELATION",
          label: "List",
          universalIdentifier: "e4367803-1b53-537c-b380-aa7c31a2a2cf",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "messageList",
            inverseField: "timelineActivities",
            joinColumn: "targetMessageListId",
            onDelete: "SET_NULL",
            morphId: "20202020-9a2b-4c3d-a4e5-f6a7b8c9d0e1"
          }
        },
        {
          name: "targetMessageCampaign",
          type: "MORPH_RELATION",
          label: "Campaign",
          universalIdentifier: "22194f8d-a9f3-5f13-ae0f-eb23c6338cea",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "messageCampaign",
            inverseField: "timelineActivities",
            joinColumn: "targetMessageCampaignId",
            onDelete: "SET_NULL",
            morphId: "20202020-9a2b-4c3d-a4e5-f6a7b8c9d0e1"
          }
        },
        {
          name: "linkedRecordCachedName",
          type: "TEXT",
          label: "Linked Record cached name",
          universalIdentifier: "20202020-cfdb-4bef-bbce-a29f41230934",
          isSystem: true
        },
        {
          name: "linkedRecordId",
          type: "UUID",
          label: "Linked Record id",
          universalIdentifier: "20202020-2e0e-48c0-b445-ee6c1e61687d",
          isSystem: true
        },
        {
          name: "linkedObjectMetadataId",
          type: "UUID",
          label: "Linked Object Metadata Id",
          universalIdentifier: "20202020-c595-449d-9f89-562758c9ee69",
          isSystem: true
        }
      ]
    },
    {
      nameSingular: "workflow",
      namePlural: "workflows",
      labelSingular: "Workflow",
      labelPlural: "Workflows",
      universalIdentifier: "20202020-62be-406c-b9ca-8caa50d51392",
      isSystem: false,
      labelIdentifierField: "name",
      source: "standard",
      fields: [
        {
          name: "name",
          type: "TEXT",
          label: "Name",
          universalIdentifier: "20202020-b3d3-478f-acc0-5d901e725b20"
        },
        {
          name: "lastPublishedVersionId",
          type: "TEXT",
          label: "Last published Version Id",
          universalIdentifier: "20202020-326a-4fba-8639-3456c0a169e8"
        },
        {
          name: "coreWorkflowId",
          type: "UUID",
          label: "Core workflow id",
          universalIdentifier: "20202020-058a-42ad-8eb8-0662a5552aad",
          isSystem: true
        },
        {
          name: "statuses",
          type: "MULTI_SELECT",
          label: "Statuses",
          universalIdentifier: "20202020-357c-4432-8c50-8c31b4a552d9",
          options: [
            {
              value: "DRAFT",
              label: "Draft",
              color: "yellow",
              position: 0
            },
            {
              value: "ACTIVE",
              label: "Active",
              color: "green",
              position: 1
            },
            {
              value: "DEACTIVATED",
              label: "Deactivated",
              color: "gray",
              position: 2
            }
          ]
        },
        {
          name: "versions",
          type: "RELATION",
          label: "Versions",
          universalIdentifier: "20202020-9432-416e-8f3c-27ee3153d099",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "workflowVersion",
            inverseField: "workflow"
          }
        },
        {
          name: "runs",
          type: "RELATION",
          label: "Runs",
          universalIdentifier: "20202020-759b-4340-b58b-e73595c4df4f",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "workflowRun",
            inverseField: "workflow"
          }
        },
        {
          name: "automatedTriggers",
          type: "RELATION",
          label: "Automated Triggers",
          universalIdentifier: "20202020-3319-4234-a34c-117ecad2b8a9",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "workflowAutomatedTrigger",
            inverseField: "workflow"
          }
        },
        {
          name: "timelineActivities",
          type: "RELATION",
          label: "Timeline Activities",
          universalIdentifier: "0ca041cd-598d-5c6b-881c-fe89ee97a0bc",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "timelineActivity",
            inverseField: "targetWorkflow"
          }
        },
        {
          name: "attachments",
          type: "RELATION",
          label: "Attachments",
          universalIdentifier: "78d27c16-be35-54d2-988a-451dc24f77ff",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "attachment",
            inverseField: "targetWorkflow"
          }
        }
      ]
    },
    {
      nameSingular: "workflowAutomatedTrigger",
      namePlural: "workflowAutomatedTriggers",
      labelSingular: "Workflow Automated Trigger",
      labelPlural: "Workflow Automated Triggers",
      universalIdentifier: "20202020-3319-4234-a34c-7f3b9d2e4d1f",
      isSystem: true,
      labelIdentifierField: "id",
      source: "standard",
      fields: [
        {
          name: "type",
          type: "SELECT",
          label: "Automated Trigger Type",
          universalIdentifier: "20202020-3319-4234-a34c-3f92c1ab56e7",
          isNullable: false,
          options: [
            {
              value: "DATABASE_EVENT",
              label: "Database Event",
              color: "green",
              position: 0
            },
            {
              value: "CRON",
              label: "Cron",
              color: "blue",
              position: 1
            }
          ]
        },
        {
          name: "settings",
          type: "RAW_JSON",
          label: "Settings",
          universalIdentifier: "20202020-3319-4234-a34c-bac8f903de12",
          isNullable: false
        },
        {
          name: "workflow",
          type: "RELATION",
          label: "Workflow",
          universalIdentifier: "20202020-3319-4234-a34c-8e1a4d2f7c03",
          isNullable: false,
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "workflow",
            inverseField: "automatedTriggers",
            joinColumn: "workflowId",
            onDelete: "CASCADE"
          }
        }
      ]
    },
    {
      nameSingular: "workflowRun",
      namePlural: "workflowRuns",
      labelSingular: "Workflow Run",
      labelPlural: "Workflow Runs",
      universalIdentifier: "20202020-4e28-4e95-a9d7-6c00874f843c",
      isSystem: true,
      labelIdentifierField: "name",
      source: "standard",
      fields: [
        {
          name: "name",
          type: "TEXT",
          label: "Name",
          universalIdentifier: "20202020-b840-4253-aef9-4e5013694587"
        },
        {
          name: "workflowVersion",
          type: "RELATION",
          label: "Workflow version",
          universalIdentifier: "20202020-2f52-4ba8-8dc4-d0d6adb9578d",
          isNullable: false,
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "workflowVersion",
            inverseField: "runs",
            joinColumn: "workflowVersionId",
            onDelete: "SET_NULL"
          }
        },
        {
          name: "workflow",
          type: "RELATION",
          label: "Workflow",
          universalIdentifier: "20202020-8c57-4e7f-84f5-f373f68e1b82",
          isNullable: false,
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "workflow",
            inverseField: "runs",
            joinColumn: "workflowId",
            onDelete: "CASCADE"
          }
        },
        {
          name: "enqueuedAt",
          type: "DATE_TIME",
          label: "Workflow run enqueued at",
          universalIdentifier: "20202020-f1e3-4de1-a461-b5c4fdbc861d"
        },
        {
          name: "startedAt",
          type: "DATE_TIME",
          label: "Workflow run started at",
          universalIdentifier: "20202020-a234-4e2d-bd15-85bcea6bb183"
        },
        {
          name: "endedAt",
          type: "DATE_TIME",
          label: "Workflow run ended at",
          universalIdentifier: "20202020-e1c1-4b6b-bbbd-b2beaf2e159e"
        },
        {
          name: "status",
          type: "SELECT",
          label: "Workflow run status",
          universalIdentifier: "20202020-6b3e-4f9c-8c2b-2e5b8e6d6f3b",
          isNullable: false,
          defaultValue: "NOT_STARTED",
          options: [
            {
              value: "NOT_STARTED",
              label: "Not started",
              color: "gray",
              position: 0
            },
            {
              value: "RUNNING",
              label: "Running",
              color: "yellow",
              position: 1
            },
            {
              value: "COMPLETED",
              label: "Completed",
              color: "green",
              position: 2
            },
            {
              value: "FAILED",
              label: "Failed",
              color: "red",
              position: 3
            },
            {
              value: "ENQUEUED",
              label: "Enqueued",
              color: "blue",
              position: 4
            },
            {
              value: "STOPPING",
              label: "Stopping",
              color: "orange",
              position: 5
            },
            {
              value: "STOPPED",
              label: "Stopped",
              color: "gray",
              position: 6
            }
          ]
        },
        {
          name: "state",
          type: "RAW_JSON",
          label: "State",
          universalIdentifier: "20202020-611f-45f3-9cde-d64927e8ec57",
          isNullable: false
        },
        {
          name: "stepLogs",
          type: "RAW_JSON",
          label: "Step logs",
          universalIdentifier: "20202020-7c4e-4e1a-8fc1-1e3a55d6c2a1",
          isSystem: true
        },
        {
          name: "coreWorkflowId",
          type: "UUID",
          label: "Core workflow id",
          universalIdentifier: "e07d8ac0-6b6e-4685-81fa-50d82ae7f880",
          isSystem: true
        },
        {
          name: "coreWorkflowVersionId",
          type: "UUID",
          label: "Core workflow version id",
          universalIdentifier: "58e3f476-425d-4c66-b391-779d0412e107",
          isSystem: true
        },
        {
          name: "timelineActivities",
          type: "RELATION",
          label: "Timeline Activities",
          universalIdentifier: "1e8e4e87-48c3-54d5-bd75-5cda9cf393b0",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "timelineActivity",
            inverseField: "targetWorkflowRun"
          }
        }
      ]
    },
    {
      nameSingular: "workflowVersion",
      namePlural: "workflowVersions",
      labelSingular: "Workflow Version",
      labelPlural: "Workflow Versions",
      universalIdentifier: "20202020-d65d-4ab9-9344-d77bfb376a3d",
      isSystem: true,
      labelIdentifierField: "name",
      source: "standard",
      fields: [
        {
          name: "name",
          type: "TEXT",
          label: "Name",
          universalIdentifier: "20202020-a12f-4cca-9937-a2e40cc65509"
        },
        {
          name: "workflow",
          type: "RELATION",
          label: "Workflow",
          universalIdentifier: "20202020-afa3-46c3-91b0-0631ca6aa1c8",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "workflow",
            inverseField: "versions",
            joinColumn: "workflowId",
            onDelete: "CASCADE"
          }
        },
        {
          name: "trigger",
          type: "RAW_JSON",
          label: "Version trigger",
          universalIdentifier: "20202020-4eae-43e7-86e0-212b41a30b48"
        },
        {
          name: "status",
          type: "SELECT",
          label: "Version status",
          universalIdentifier: "20202020-5a34-440e-8a25-39d8c3d1d4cf",
          isNullable: false,
          defaultValue: "DRAFT",
          options: [
            {
              value: "DRAFT",
              label: "Draft",
              color: "yellow",
              position: 0
            },
            {
              value: "ACTIVE",
              label: "Active",
              color: "green",
              position: 1
            },
            {
              value: "DEACTIVATED",
              label: "Deactivated",
              color: "orange",
              position: 2
            },
            {
              value: "ARCHIVED",
              label: "Archived",
              color: "gray",
              position: 3
            }
          ]
        },
        {
          name: "runs",
          type: "RELATION",
          label: "Runs",
          universalIdentifier: "20202020-1d08-46df-901a-85045f18099a",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "workflowRun",
            inverseField: "workflowVersion"
          }
        },
        {
          name: "steps",
          type: "RAW_JSON",
          label: "Version steps",
          universalIdentifier: "20202020-5988-4a64-b94a-1f9b7b989039"
        },
        {
          name: "coreWorkflowVersionId",
          type: "UUID",
          label: "Core workflow version id",
          universalIdentifier: "20202020-58b4-46e8-b6d2-f1f3c74cf7f4",
          isSystem: true
        },
        {
          name: "timelineActivities",
          type: "RELATION",
          label: "Timeline Activities",
          universalIdentifier: "4be90325-f6ca-5931-a977-1194bb4b3d5c",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "timelineActivity",
            inverseField: "targetWorkflowVersion"
          }
        }
      ]
    },
    {
      nameSingular: "workspaceMember",
      namePlural: "workspaceMembers",
      labelSingular: "Workspace Member",
      labelPlural: "Workspace Members",
      universalIdentifier: "20202020-3319-4234-a34c-82d5c0e881a6",
      isSystem: true,
      labelIdentifierField: "name",
      source: "standard",
      fields: [
        {
          name: "name",
          type: "FULL_NAME",
          label: "Name",
          universalIdentifier: "20202020-e914-43a6-9c26-3603c59065f4",
          isNullable: false
        },
        {
          name: "colorScheme",
          type: "TEXT",
          label: "Color Scheme",
          universalIdentifier: "20202020-66bc-47f2-adac-f2ef7c598b63",
          isNullable: false,
          defaultValue: "System"
        },
        {
          name: "uiScale",
          type: "TEXT",
          label: "UI Scale",
          universalIdentifier: "20202020-1581-4bfb-b87d-58fa9cd5b817",
          isNullable: false,
          defaultValue: "Default"
        },
        {
          name: "openRecordIn",
          type: "TEXT",
          label: "Open record in",
          universalIdentifier: "20202020-1b16-419d-9323-6f3ea850e5d9",
          isNullable: false,
          defaultValue: "SIDE_PANEL"
        },
        {
          name: "locale",
          type: "TEXT",
          label: "Language",
          universalIdentifier: "20202020-402e-4695-b169-794fa015afbe",
          isNullable: false,
          defaultValue: "en"
        },
        {
          name: "avatarUrl",
          type: "TEXT",
          label: "Avatar Url",
          universalIdentifier: "20202020-0ced-4c4f-a376-c98a966af3f6"
        },
        {
          name: "userEmail",
          type: "TEXT",
          label: "User Email",
          universalIdentifier: "20202020-4c5f-4e09-bebc-9e624e21ecf4",
          isUnique: true
        },
        {
          name: "jobTitle",
          type: "TEXT",
          label: "Job Title",
          universalIdentifier: "20202020-4dd4-4619-826e-08f6c06b374d"
        },
        {
          name: "userId",
          type: "UUID",
          label: "User Id",
          universalIdentifier: "20202020-75a9-4dfc-bf25-2e4b43e89820",
          isNullable: false
        },
        {
          name: "assignedTasks",
          type: "RELATION",
          label: "Assigned tasks",
          universalIdentifier: "20202020-61dc-4a1c-99e8-38ebf8d2bbeb",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "task",
            inverseField: "assignee"
          }
        },
        {
          name: "ownedOpportunities",
          type: "RELATION",
          label: "Opportunities",
          universalIdentifier: "20202020-9e4d-4b3a-8c1f-6d7e8f9a0b1c",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "opportunity",
            inverseField: "owner"
          }
        },
        {
          name: "accountOwnerForCompanies",
          type: "RELATION",
          label: "Account Owner For Companies",
          universalIdentifier: "20202020-dc29-4bd4-a3c1-29eafa324bee",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "company",
            inverseField: "accountOwner"
          }
        },
        {
          name: "messageParticipants",
          type: "RELATION",
          label: "Message Participants",
          universalIdentifier: "20202020-8f99-48bc-a5eb-edd33dd54188",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "messageParticipant",
            inverseField: "workspaceMember"
          }
        },
        {
          name: "blocklist",
          type: "RELATION",
          label: "Blocklist",
          universalIdentifier: "20202020-6cb2-4161-9f29-a4b7f1283859",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "blocklist",
            inverseField: "workspaceMember"
          }
        },
        {
          name: "calendarEventParticipants",
          type: "RELATION",
          label: "Calendar Event Participants",
          universalIdentifier: "20202020-0dbc-4841-9ce1-3e793b5b3512",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "calendarEventParticipant",
            inverseField: "workspaceMember"
          }
        },
        {
          name: "timelineActivities",
          type: "RELATION",
          label: "Events",
          universalIdentifier: "20202020-e15b-47b8-94fe-8200e3c66615",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "timelineActivity",
            inverseField: "workspaceMember"
          }
        },
        {
          name: "agentChatThreads",
          type: "RELATION",
          label: "Agent Chat Threads",
          universalIdentifier: "fbaf92a6-44ae-4b6d-9d10-2c15d84eaea1",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "agentChatThread",
            inverseField: "workspaceMember"
          }
        },
        {
          name: "timeZone",
          type: "TEXT",
          label: "Time zone",
          universalIdentifier: "20202020-2d33-4c21-a86e-5943b050dd54",
          isNullable: false,
          defaultValue: "system"
        },
        {
          name: "dateFormat",
          type: "SELECT",
          label: "Date format",
          universalIdentifier: "20202020-af13-4e11-b1e7-b8cf5ea13dc0",
          isNullable: false,
          defaultValue: "SYSTEM",
          options: [
            {
              value: "SYSTEM",
              label: "System",
              position: 0
            },
            {
              value: "MONTH_FIRST",
              label: "Month First",
              position: 1
            },
            {
              value: "DAY_FIRST",
              label: "Day First",
              position: 2
            },
            {
              value: "YEAR_FIRST",
              label: "Year First",
              position: 3
            }
          ]
        },
        {
          name: "timeFormat",
          type: "SELECT",
          label: "Time format",
          universalIdentifier: "20202020-8acb-4cf8-a851-a6ed443c8d81",
          isNullable: false,
          defaultValue: "SYSTEM",
          options: [
            {
              value: "SYSTEM",
              label: "System",
              position: 0
            },
            {
              value: "HOUR_24",
              label: "24h",
              position: 1
            },
            {
              value: "HOUR_12",
              label: "12h",
              position: 2
            }
          ]
        },
        {
          name: "calendarStartDay",
          type: "NUMBER",
          label: "Start of the week",
          universalIdentifier: "20202020-1ecc-4562-84c9-ff3a2f6cce85",
          isNullable: false,
          defaultValue: 7,
          settings: {
            decimals: 0
          }
        },
        {
          name: "numberFormat",
          type: "SELECT",
          label: "Number format",
          universalIdentifier: "20202020-7f40-4e7f-b126-11c0eda6b141",
          isNullable: false,
          defaultValue: "SYSTEM",
          options: [
            {
              value: "SYSTEM",
              label: "System",
              position: 0
            },
            {
              value: "COMMAS_AND_DOT",
              label: "Commas and dot",
              position: 1
            },
            {
              value: "SPACES_AND_COMMA",
              label: "Spaces and comma",
              position: 2
            },
            {
              value: "DOTS_AND_COMMA",
              label: "Dots and comma",
              position: 3
            },
            {
              value: "APOSTROPHE_AND_DOT",
              label: "Apostrophe and dot",
              position: 4
            }
          ]
        }
      ]
    },
    {
      nameSingular: "agentChatThread",
      namePlural: "agentChatThreads",
      labelSingular: "Agent Chat Thread",
      labelPlural: "Agent Chat Threads",
      universalIdentifier: "fab0fff8-0c90-4116-9bb0-7dbc07392633",
      isSystem: true,
      labelIdentifierField: "title",
      source: "standard",
      fields: [
        {
          name: "archivedAt",
          type: "DATE_TIME",
          label: "Archived At",
          universalIdentifier: "b42eaf6f-240f-41ef-af61-51d5ac9cde7d",
          isSystem: true
        },
        {
          name: "userWorkspaceId",
          type: "UUID",
          label: "User Workspace ID",
          universalIdentifier: "bf830886-b6dc-46e9-a229-eecbb0e66032",
          isSystem: true
        },
        {
          name: "workspaceMember",
          type: "RELATION",
          label: "Workspace Member",
          universalIdentifier: "6f3ed3b5-0642-4a2a-9558-98376adb60f4",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "workspaceMember",
            inverseField: "agentChatThreads",
            joinColumn: "workspaceMemberId",
            onDelete: "CASCADE"
          }
        },
        {
          name: "title",
          type: "TEXT",
          label: "Title",
          universalIdentifier: "9283c05e-127c-46ec-82e9-6424a7c0a2f1",
          isSystem: true
        },
        {
          name: "totalInputTokens",
          type: "NUMBER",
          label: "Total Input Tokens",
          universalIdentifier: "2705f4af-24b8-4660-a8a8-8eff689298d1",
          isSystem: true,
          isNullable: false,
          defaultValue: 0
        },
        {
          name: "totalOutputTokens",
          type: "NUMBER",
          label: "Total Output Tokens",
          universalIdentifier: "77790c9c-0e91-4142-8482-d70576b8093b",
          isSystem: true,
          isNullable: false,
          defaultValue: 0
        },
        {
          name: "contextWindowTokens",
          type: "NUMBER",
          label: "Context Window Tokens",
          universalIdentifier: "c58dc0b0-bd0e-4ee2-8a80-615a2d8fc7c8",
          isSystem: true
        },
        {
          name: "conversationSize",
          type: "NUMBER",
          label: "Conversation Size",
          universalIdentifier: "f34617ff-a0de-4116-a5ad-7cfd1d0c6d5a",
          isSystem: true,
          isNullable: false,
          defaultValue: 0
        },
        {
          name: "totalInputCredits",
          type: "NUMERIC",
          label: "Total Input Credits",
          universalIdentifier: "3c0a9aa3-01b8-4191-bce4-dc9e77e2fe7a",
          isSystem: true,
          isNullable: false,
          defaultValue: 0
        },
        {
          name: "totalOutputCredits",
          type: "NUMERIC",
          label: "Total Output Credits",
          universalIdentifier: "40b2f6e5-eced-44f7-b391-0278ea7df7ef",
          isSystem: true,
          isNullable: false,
          defaultValue: 0
        },
        {
          name: "totalCacheReadTokens",
          type: "NUMERIC",
          label: "Total Cache Read Tokens",
          universalIdentifier: "494abfc8-d2f6-452c-913e-1f55d148f47f",
          isSystem: true,
          isNullable: false,
          defaultValue: 0
        },
        {
          name: "totalCacheCreationTokens",
          type: "NUMERIC",
          label: "Total Cache Creation Tokens",
          universalIdentifier: "68bdb978-5ccb-4f64-9df2-8203b100c76a",
          isSystem: true,
          isNullable: false,
          defaultValue: 0
        },
        {
          name: "activeStreamId",
          type: "TEXT",
          label: "Active Stream ID",
          universalIdentifier: "bcead20f-75b3-45be-92b9-ea7ec4bddfcd",
          isSystem: true
        },
        {
          name: "pendingQuestionMessageId",
          type: "UUID",
          label: "Pending Question Message ID",
          universalIdentifier: "51a9b421-7d90-4a59-9712-036ea9721e65",
          isSystem: true
        },
        {
          name: "lastStreamError",
          type: "RAW_JSON",
          label: "Last Stream Error",
          universalIdentifier: "2e389238-ba5c-4951-83d4-b14f94592c5c",
          isSystem: true
        },
        {
          name: "turns",
          type: "RELATION",
          label: "Turns",
          universalIdentifier: "d5c88fbc-d318-4ee1-b70a-751a925bef5b",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "agentTurn",
            inverseField: "thread"
          }
        },
        {
          name: "messages",
          type: "RELATION",
          label: "Messages",
          universalIdentifier: "5c851a60-e5d9-4b1e-9926-c2eab6fc9e62",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "agentMessage",
            inverseField: "thread"
          }
        },
        {
          name: "attachments",
          type: "RELATION",
          label: "Attachments",
          universalIdentifier: "2a0e0b57-e55b-5432-9ec1-04a43f4cd8b8",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "attachment",
            inverseField: "targetAgentChatThread"
          }
        },
        {
          name: "recordTargets",
          type: "RELATION",
          label: "Record Targets",
          universalIdentifier: "5b37eceb-2992-4d27-9897-14af3e3ce9b2",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "agentChatThreadTarget",
            inverseField: "thread"
          }
        }
      ],
      systemFields: [
        "id",
        "createdAt",
        "updatedAt",
        "deletedAt"
      ]
    },
    {
      nameSingular: "agentChatThreadTarget",
      namePlural: "agentChatThreadTargets",
      labelSingular: "Agent Chat Thread Target",
      labelPlural: "Agent Chat Thread Targets",
      universalIdentifier: "9f2a5bf4-3a57-4e61-b561-eaf5a5b86973",
      isSystem: true,
      labelIdentifierField: "id",
      source: "standard",
      fields: [
        {
          name: "thread",
          type: "RELATION",
          label: "Thread",
          universalIdentifier: "54664c16-3c3d-4d5e-904c-59e1b3707cfb",
          isNullable: false,
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "agentChatThread",
            inverseField: "recordTargets",
            joinColumn: "threadId",
            onDelete: "CASCADE"
          }
        },
        {
          name: "targetPerson",
          type: "MORPH_RELATION",
          label: "Person",
          universalIdentifier: "39252ea1-0323-5839-a43a-237422d75784",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "person",
            inverseField: "agentChatThreadTargets",
            joinColumn: "targetPersonId",
            onDelete: "CASCADE",
            morphId: "2c4cc537-39a2-4df9-81a1-dda26eb19658"
          }
        },
        {
          name: "targetCompany",
          type: "MORPH_RELATION",
          label: "Company",
          universalIdentifier: "b06cb6c7-6dc1-5b79-a2fc-c6abab6c1969",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "company",
            inverseField: "agentChatThreadTargets",
            joinColumn: "targetCompanyId",
            onDelete: "CASCADE",
            morphId: "2c4cc537-39a2-4df9-81a1-dda26eb19658"
          }
        },
        {
          name: "targetOpportunity",
          type: "MORPH_RELATION",
          label: "Opportunity",
          universalIdentifier: "590349b5-e21b-5087-82ee-923a005c46d2",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "opportunity",
            inverseField: "agentChatThreadTargets",
            joinColumn: "targetOpportunityId",
            onDelete: "CASCADE",
            morphId: "2c4cc537-39a2-4df9-81a1-dda26eb19658"
          }
        }
      ],
      systemFields: [
        "id",
        "createdAt",
        "updatedAt",
        "deletedAt"
      ]
    },
    {
      nameSingular: "agentTurn",
      namePlural: "agentTurns",
      labelSingular: "Agent Turn",
      labelPlural: "Agent Turns",
      universalIdentifier: "63697477-8606-415e-86cb-be078d7fcf7e",
      isSystem: true,
      labelIdentifierField: "id",
      source: "standard",
      fields: [
        {
          name: "agentId",
          type: "UUID",
          label: "Agent ID",
          universalIdentifier: "4ac55a9a-95e8-4fd9-8c03-47ee3b618ae7",
          isSystem: true
        },
        {
          name: "thread",
          type: "RELATION",
          label: "Thread",
          universalIdentifier: "4e9b4f1f-c1bb-42d0-bb38-eb2b2f830e64",
          isNullable: false,
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "agentChatThread",
            inverseField: "turns",
            joinColumn: "threadId",
            onDelete: "CASCADE"
          }
        },
        {
          name: "messages",
          type: "RELATION",
          label: "Messages",
          universalIdentifier: "737c3559-ea1a-4269-aea4-e672b17afbb1",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "agentMessage",
            inverseField: "turn"
          }
        },
        {
          name: "evaluations",
          type: "RELATION",
          label: "Evaluations",
          universalIdentifier: "282b4815-9c5e-4897-8f9a-a4587af6b0e2",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "agentTurnEvaluation",
            inverseField: "turn"
          }
        }
      ],
      systemFields: [
        "id",
        "createdAt",
        "updatedAt",
        "deletedAt"
      ]
    },
    {
      nameSingular: "agentMessage",
      namePlural: "agentMessages",
      labelSingular: "Agent Message",
      labelPlural: "Agent Messages",
      universalIdentifier: "62d0354c-3b99-4769-b0f5-4e2651c2ca7d",
      isSystem: true,
      labelIdentifierField: "id",
      source: "standard",
      fields: [
        {
          name: "agentId",
          type: "UUID",
          label: "Agent ID",
          universalIdentifier: "880a91ad-4ab1-4067-87f6-970a53aa2234",
          isSystem: true
        },
        {
          name: "senderUserWorkspaceId",
          type: "UUID",
          label: "Sender workspace membership ID",
          universalIdentifier: "f4184c3a-b85c-4cef-8181-b2fefdf98fda",
          isSystem: true
        },
        {
          name: "senderApplicationId",
          type: "UUID",
          label: "Sender application ID",
          universalIdentifier: "d204d45a-6ccc-40cb-8281-b6ed635c247b",
          isSystem: true
        },
        {
          name: "role",
          type: "TEXT",
          label: "Role",
          universalIdentifier: "5dc985f3-edad-4ebf-9844-b34ca686855b",
          isSystem: true,
          isNullable: false
        },
        {
          name: "status",
          type: "TEXT",
          label: "Status",
          universalIdentifier: "3845ccfa-9394-4cb9-a75c-4ca704414b83",
          isSystem: true,
          isNullable: false,
          defaultValue: "sent"
        },
        {
          name: "isHidden",
          type: "BOOLEAN",
          label: "Is Hidden",
          universalIdentifier: "be06f3d5-edb4-4243-89ad-71810b79b319",
          isSystem: true,
          isNullable: false,
          defaultValue: false
        },
        {
          name: "processedAt",
          type: "DATE_TIME",
          label: "Processed At",
          universalIdentifier: "b1a72274-095e-41f6-95d3-e5b407ff3f0b",
          isSystem: true
        },
        {
          name: "thread",
          type: "RELATION",
          label: "Thread",
          universalIdentifier: "48ea202f-ed6d-4ad9-8c9b-71a419b96237",
          isNullable: false,
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "agentChatThread",
            inverseField: "messages",
            joinColumn: "threadId",
            onDelete: "CASCADE"
          }
        },
        {
          name: "turn",
          type: "RELATION",
          label: "Turn",
          universalIdentifier: "b36513fc-ffaf-4e99-8686-b1aefca70b76",
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "agentTurn",
            inverseField: "messages",
            joinColumn: "turnId",
            onDelete: "CASCADE"
          }
        },
        {
          name: "parts",
          type: "RELATION",
          label: "Parts",
          universalIdentifier: "017e4930-118d-4624-8ce4-4e574f89f86d",
          relation: {
            type: "ONE_TO_MANY",
            targetObject: "agentMessagePart",
            inverseField: "message"
          }
        }
      ],
      systemFields: [
        "id",
        "createdAt",
        "updatedAt",
        "deletedAt"
      ]
    },
    {
      nameSingular: "agentMessagePart",
      namePlural: "agentMessageParts",
      labelSingular: "Agent Message Part",
      labelPlural: "Agent Message Parts",
      universalIdentifier: "214bacb0-df89-494e-be42-e5b11c99cff6",
      isSystem: true,
      labelIdentifierField: "id",
      source: "standard",
      fields: [
        {
          name: "orderIndex",
          type: "NUMBER",
          label: "Order Index",
          universalIdentifier: "d2b3e277-380c-4133-977d-f23f8092aebc",
          isSystem: true,
          isNullable: false
        },
        {
          name: "type",
          type: "TEXT",
          label: "Type",
          universalIdentifier: "16a59a7f-dc43-4483-84be-19c8ffd6c7a7",
          isSystem: true,
          isNullable: false
        },
        {
          name: "textContent",
          type: "TEXT",
          label: "Text Content",
          universalIdentifier: "d66ed60a-6c09-4427-a62a-1735e31b02de",
          isSystem: true
        },
        {
          name: "reasoningContent",
          type: "TEXT",
          label: "Reasoning Content",
          universalIdentifier: "34c24bb6-a34a-4373-b8b3-8be22fea3325",
          isSystem: true
        },
        {
          name: "toolName",
          type: "TEXT",
          label: "Tool Name",
          universalIdentifier: "ed705120-349b-4fce-afd4-15b8cab0df07",
          isSystem: true
        },
        {
          name: "toolCallId",
          type: "TEXT",
          label: "Tool Call ID",
          universalIdentifier: "151b6115-7071-4a1b-920d-43818907c69b",
          isSystem: true
        },
        {
          name: "toolInput",
          type: "RAW_JSON",
          label: "Tool Input",
          universalIdentifier: "14476bb3-8b73-4428-b138-37bd7931e1d6",
          isSystem: true
        },
        {
          name: "toolOutput",
          type: "RAW_JSON",
          label: "Tool Output",
          universalIdentifier: "5fe8ca78-52ab-466f-8fe7-cbfa618c5463",
          isSystem: true
        },
        {
          name: "state",
          type: "TEXT",
          label: "State",
          universalIdentifier: "6fa1fb8e-2335-4b48-838b-dd227958cab2",
          isSystem: true
        },
        {
          name: "providerExecuted",
          type: "BOOLEAN",
          label: "Provider Executed",
          universalIdentifier: "cbfee5eb-748e-4296-88be-ddc13393d88d",
          isSystem: true
        },
        {
          name: "errorMessage",
          type: "TEXT",
          label: "Error Message",
          universalIdentifier: "f910bb7a-d1f8-4893-ad97-40342af62c21",
          isSystem: true
        },
        {
          name: "errorDetails",
          type: "RAW_JSON",
          label: "Error Details",
          universalIdentifier: "b9e6f2cf-b2ce-44fe-9507-d47805582654",
          isSystem: true
        },
        {
          name: "sourceUrlSourceId",
          type: "TEXT",
          label: "Source URL Source ID",
          universalIdentifier: "cb66237e-f48a-4858-a882-2330978dcfdc",
          isSystem: true
        },
        {
          name: "sourceUrlUrl",
          type: "TEXT",
          label: "Source URL URL",
          universalIdentifier: "31a94d35-03f2-41b7-aa2b-5615f286d2bb",
          isSystem: true
        },
        {
          name: "sourceUrlTitle",
          type: "TEXT",
          label: "Source URL Title",
          universalIdentifier: "ad17f626-17fc-45e0-a09f-a61790a0f906",
          isSystem: true
        },
        {
          name: "sourceDocumentSourceId",
          type: "TEXT",
          label: "Source Document Source ID",
          universalIdentifier: "a2afae35-4e3e-4fe5-bc96-9bb654adb810",
          isSystem: true
        },
        {
          name: "sourceDocumentMediaType",
          type: "TEXT",
          label: "Source Document Media Type",
          universalIdentifier: "44a4e4f9-d005-493d-9832-3a217730eaf8",
          isSystem: true
        },
        {
          name: "sourceDocumentTitle",
          type: "TEXT",
          label: "Source Document Title",
          universalIdentifier: "2951cfaa-d05e-47be-af17-c7af4685e4c0",
          isSystem: true
        },
        {
          name: "sourceDocumentFilename",
          type: "TEXT",
          label: "Source Document Filename",
          universalIdentifier: "2cdea0b3-0a4d-4fa8-b713-c0fbf0e0a2d4",
          isSystem: true
        },
        {
          name: "fileFilename",
          type: "TEXT",
          label: "File Filename",
          universalIdentifier: "e908f82c-88d0-477b-a5f2-1798fc4090b8",
          isSystem: true
        },
        {
          name: "fileId",
          type: "UUID",
          label: "File ID",
          universalIdentifier: "060b366e-bb3d-40b5-83e6-166629a40444",
          isSystem: true
        },
        {
          name: "providerMetadata",
          type: "RAW_JSON",
          label: "Provider Metadata",
          universalIdentifier: "689d988e-3883-4ab6-9cf3-c36a3002f865",
          isSystem: true
        },
        {
          name: "message",
          type: "RELATION",
          label: "Message",
          universalIdentifier: "efd41407-a49d-4a3a-97b4-94fd180e7652",
          isNullable: false,
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "agentMessage",
            inverseField: "parts",
            joinColumn: "messageId",
            onDelete: "CASCADE"
          }
        }
      ],
      systemFields: [
        "id",
        "createdAt",
        "updatedAt",
        "deletedAt"
      ]
    },
    {
      nameSingular: "agentTurnEvaluation",
      namePlural: "agentTurnEvaluations",
      labelSingular: "Agent Turn Evaluation",
      labelPlural: "Agent Turn Evaluations",
      universalIdentifier: "73741409-7835-426f-8425-9de13af22302",
      isSystem: true,
      labelIdentifierField: "id",
      source: "standard",
      fields: [
        {
          name: "score",
          type: "NUMBER",
          label: "Score",
          universalIdentifier: "a4313259-d43b-4d10-abf5-2426e152c10b",
          isSystem: true,
          isNullable: false
        },
        {
          name: "comment",
          type: "TEXT",
          label: "Comment",
          universalIdentifier: "f5531d3b-c8f5-4d92-bf72-d5fd8e2697b0",
          isSystem: true
        },
        {
          name: "turn",
          type: "RELATION",
          label: "Turn",
          universalIdentifier: "c67ddcf0-2812-476a-87dc-cf8a683805aa",
          isNullable: false,
          relation: {
            type: "MANY_TO_ONE",
            targetObject: "agentTurn",
            inverseField: "evaluations",
            joinColumn: "turnId",
            onDelete: "CASCADE"
          }
        }
      ],
      systemFields: [
        "id",
        "createdAt",
        "updatedAt",
        "deletedAt"
      ]
    },
    {
      nameSingular: "campaignDelivery",
      namePlural: "campaignDeliveries",
      labelSingular: "Campaign Delivery",
      labelPlural: "Campaign Deliveries",
      universalIdentifier: "0c76066d-26f7-4f57-b0bd-0eb61465fb1a",
      isSystem: true,
      labelIdentifierField: "id",
      source: "standard",
      fields: [
        {
          name: "campaignId",
          type: "UUID",
          label: "Campaign ID",
          universalIdentifier: "5b3b48cd-71ec-4ff6-bd4f-8ea99965d611",
          isSystem: true,
          isNullable: false
        },
        {
          name: "personId",
          type: "UUID",
          label: "Person ID",
          universalIdentifier: "d12ac3bc-7d2c-4317-9c80-663e58ffbea2",
          isSystem: true,
          isNullable: false
        },
        {
          name: "recipientEmail",
          type: "TEXT",
          label: "Recipient Email",
          universalIdentifier: "28e61664-054b-4b41-b33b-d06b2fc7618f",
          isSystem: true,
          isNullable: false
        },
        {
          name: "state",
          type: "TEXT",
          label: "State",
          universalIdentifier: "668eb863-852e-4846-b3f6-f74fc5d25cf9",
          isSystem: true,
          isNullable: false,
          defaultValue: "QUEUED"
        },
        {
          name: "skipReason",
          type: "TEXT",
          label: "Skip Reason",
          universalIdentifier: "86e995b9-467f-4570-a8f8-a647772e0944",
          isSystem: true
        },
        {
          name: "failureReason",
          type: "TEXT",
          label: "Failure Reason",
          universalIdentifier: "5a080f14-de17-41a8-a2d7-e9287628db30",
          isSystem: true
        },
        {
          name: "claimToken",
          type: "UUID",
          label: "Claim Token",
          universalIdentifier: "66b78eb0-7a53-4ad6-929a-156183490eb3",
          isSystem: true
        },
        {
          name: "claimExpiresAt",
          type: "DATE_TIME",
          label: "Claim Expires At",
          universalIdentifier: "ba84a4ba-65ca-43dd-b72c-4b0f2f5b2f44",
          isSystem: true
        },
        {
          name: "providerMessageId",
          type: "TEXT",
          label: "Provider Message ID",
          universalIdentifier: "a560bd1a-716b-4fc3-b931-a34ff46bca6f",
          isSystem: true
        },
        {
          name: "sentAt",
          type: "DATE_TIME",
          label: "Sent At",
          universalIdentifier: "c4db7935-d927-49bd-80bd-01a6f39685a4",
          isSystem: true
        },
        {
          name: "deliveredAt",
          type: "DATE_TIME",
          label: "Delivered At",
          universalIdentifier: "2cba1c4e-df5c-496d-8d0d-9f43fc371b5f",
          isSystem: true
        },
        {
          name: "bouncedAt",
          type: "DATE_TIME",
          label: "Bounced At",
          universalIdentifier: "c3db41d4-3c48-4110-b3b3-a68cb82a1a78",
          isSystem: true
        },
        {
          name: "complainedAt",
          type: "DATE_TIME",
          label: "Complained At",
          universalIdentifier: "322301c5-62d6-428a-bc33-89f8eee75a47",
          isSystem: true
        },
        {
          name: "rejectedAt",
          type: "DATE_TIME",
          label: "Rejected At",
          universalIdentifier: "de3599c8-d91b-42fb-a76f-34cd1826dd04",
          isSystem: true
        },
        {
          name: "renderingFailedAt",
          type: "DATE_TIME",
          label: "Rendering Failed At",
          universalIdentifier: "eca2b84e-a8d0-4641-bf16-48005e1826bd",
          isSystem: true
        }
      ],
      systemFields: [
        "id",
        "createdAt",
        "updatedAt",
        "deletedAt"
      ]
    },
    {
      nameSingular: "messageSuppression",
      namePlural: "messageSuppressions",
      labelSingular: "Message Suppression",
      labelPlural: "Message Suppressions",
      universalIdentifier: "41410724-723c-48ab-8312-9b85131b4d84",
      isSystem: true,
      labelIdentifierField: "emailAddress",
      source: "standard",
      fields: [
        {
          name: "emailAddress",
          type: "TEXT",
          label: "Email address",
          universalIdentifier: "d44cd615-c3ff-4ac5-a0cc-bfbda700df8e",
          isNullable: false
        },
        {
          name: "reason",
          type: "SELECT",
          label: "Reason",
          universalIdentifier: "2829a0be-f463-423c-810f-abf7b7a38454",
          isNullable: false,
          options: [
            {
              value: "BOUNCE",
              label: "Bounce",
              color: "red",
              position: 0
            },
            {
              value: "COMPLAINT",
              label: "Complaint",
              color: "orange",
              position: 1
            },
            {
              value: "UNSUBSCRIBE",
              label: "Unsubscribe",
              color: "gray",
              position: 2
            }
          ]
        },
        {
          name: "source",
          type: "SELECT",
          label: "Source",
          universalIdentifier: "c0111315-babb-44ab-b4bb-8393ca7a4f98",
          isNullable: false,
          defaultValue: "WEBHOOK",
          options: [
            {
              value: "WEBHOOK",
              label: "Webhook",
              color: "blue",
              position: 0
            },
            {
              value: "SYSTEM",
              label: "System",
              color: "sky",
              position: 1
            },
            {
              value: "MANUAL",
              label: "Manual",
              color: "green",
              position: 2
            },
            {
              value: "IMPORT",
              label: "Import",
              color: "purple",
              position: 3
            }
          ]
        },
        {
          name: "providerEventId",
          type: "TEXT",
          label: "Provider event ID",
          universalIdentifier: "4959b0da-3ce2-42f7-8cc0-36fd20799a20"
        },
        {
          name: "unsubscribeTopicId",
          type: "UUID",
          label: "Unsubscribe topic id",
          universalIdentifier: "42c74315-d6d3-47f7-8f72-d7d40e41cc84"
        }
      ],
      systemFields: [
        "id",
        "createdAt",
        "updatedAt",
        "deletedAt"
      ]
    }
  ]
};

// src-shared/twenty/validation/logic-layer-checks.ts
var import_typescript8 = __toESM(require("typescript"));
var str4 = (value) => typeof value === "string" && value.length > 0 ? value : null;
var record = (value) => value !== null && typeof value === "object" && !Array.isArray(value) ? value : null;
var AGENT_RESPONSE_KEY = /^[A-Za-z0-9_.-]{1,64}$/;
var ROLE_GRANT_FLAGS = [
  ["canReadAllObjectRecords", "read all object records"],
  ["canUpdateAllObjectRecords", "update all object records"],
  ["canSoftDeleteAllObjectRecords", "soft-delete all object records"],
  ["canDestroyAllObjectRecords", "destroy all object records"],
  ["canUpdateAllSettings", "update all settings"],
  ["canAccessAllTools", "access all tools"]
];
var OBJECT_GRANT_FLAGS = [
  ["canReadObjectRecords", "canReadAllObjectRecords", "read"],
  ["canUpdateObjectRecords", "canUpdateAllObjectRecords", "update"],
  ["canSoftDeleteObjectRecords", "canSoftDeleteAllObjectRecords", "soft-delete"],
  ["canDestroyObjectRecords", "canDestroyAllObjectRecords", "destroy"]
];
function grantsNotCovered(agentRole, applicationRole) {
  const missing = [];
  for (const [flag, label] of ROLE_GRANT_FLAGS) {
    if (agentRole[flag] === true && applicationRole[flag] !== true) missing.push(label);
  }
  const appObjects = Array.isArray(applicationRole.objectPermissions) ? applicationRole.objectPermissions.map(record).filter((p) => p !== null) : [];
  const agentObjects = Array.isArray(agentRole.objectPermissions) ? agentRole.objectPermissions.map(record).filter((p) => p !== null) : [];
  for (const permission of agentObjects) {
    const objectId = str4(permission.objectUniversalIdentifier);
    const appPermission = appObjects.find((p) => p.objectUniversalIdentifier === objectId);
    for (const [flag, allFlag, action] of OBJECT_GRANT_FLAGS) {
      if (permission[flag] === true && applicationRole[allFlag] !== true && appPermission?.[flag] !== true) missing.push(`${action} ${objectId ?? "?"} records`);
    }
  }
  return missing;
}
function duplicateNames(entities, describe2) {
  const byName = /* @__PURE__ */ new Map();
  for (const entity of entities) {
    const name = str4(entity.config?.name);
    if (name !== null) byName.set(name, [...byName.get(name) ?? [], entity]);
  }
  return [...byName.entries()].filter(([, sharing]) => sharing.length > 1).flatMap(([name, sharing]) => sharing.map((entity) => ({ file: entity.file, property: "name", message: describe2(name), severity: "error" })));
}
function responseFormatIssues(agent) {
  const format = record(agent.config?.responseFormat);
  if (!format) return [];
  const at = (message) => ({ file: agent.file, property: "responseFormat", message, severity: "error" });
  const issues = [];
  if (format.type !== "text" && format.type !== "json") issues.push(at('Response format type must be either "text" or "json"'));
  if (format.type === "json" && format.schema === void 0) issues.push(at('Response format with type "json" must include a schema'));
  if (format.type === "json" && record(format.schema)) {
    const invalid = Object.keys(record(record(format.schema).properties) ?? {}).filter((key) => !AGENT_RESPONSE_KEY.test(key));
    if (invalid.length > 0) {
      issues.push(at(`Output field names must use only letters, numbers, underscores, dots or hyphens and be at most 64 characters: ${invalid.join(", ")}`));
    }
  }
  if (format.type === "text" && format.schema !== void 0) issues.push(at('Response format with type "text" should not include a schema'));
  return issues;
}
function connectionCalls(fileName, sourceText) {
  if (!/\b(getConnection|listConnections)\b/.test(sourceText)) return [];
  const sourceFile = import_typescript8.default.createSourceFile(fileName, sourceText, import_typescript8.default.ScriptTarget.Latest, true, fileName.endsWith(".tsx") ? import_typescript8.default.ScriptKind.TSX : import_typescript8.default.ScriptKind.TS);
  const calls = [];
  const visit = (node) => {
    if (import_typescript8.default.isCallExpression(node)) {
      const callee = import_typescript8.default.isIdentifier(node.expression) ? node.expression.text : import_typescript8.default.isPropertyAccessExpression(node.expression) ? node.expression.name.text : null;
      if (callee === "getConnection" || callee === "listConnections") {
        let providerName = null;
        const filter = node.arguments[0];
        if (callee === "listConnections" && filter && import_typescript8.default.isObjectLiteralExpression(filter)) {
          for (const property of filter.properties) {
            if (import_typescript8.default.isPropertyAssignment(property) && import_typescript8.default.isIdentifier(property.name) && property.name.text === "providerName" && import_typescript8.default.isStringLiteralLike(property.initializer)) {
              providerName = property.initializer.text;
            }
          }
        }
        const { line, character } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
        calls.push({ helper: callee, providerName, line: line + 1, column: character + 1 });
      }
    }
    import_typescript8.default.forEachChild(node, visit);
  };
  visit(sourceFile);
  return calls;
}
function checkLogicLayer(entities, application) {
  const of = (...defines) => entities.filter((entity) => entity.config && defines.includes(entity.defineFunction));
  const skills = of("defineSkill");
  const agents = of("defineAgent");
  const providers = of("defineConnectionProvider");
  const roles = of("defineRole", "defineApplicationRole");
  const functions = of("defineLogicFunction", "definePreInstallLogicFunction", "definePostInstallLogicFunction", "defineUninstallLogicFunction", "defineHealthCheck");
  const issues = [];
  issues.push(...duplicateNames(skills, (name) => `Skill with name "${name}" already exists`));
  issues.push(...duplicateNames(agents, (name) => `Agent with name "${name}" already exists`));
  issues.push(...duplicateNames(providers, (name) => `Connection provider with name ${name} already exists for this application`));
  const defaultRoleId = str4(application?.defaultRoleUniversalIdentifier) ?? str4(entities.find((entity) => entity.defineFunction === "defineApplicationRole")?.config?.universalIdentifier);
  const applicationRole = roles.find((role) => role.config?.universalIdentifier === defaultRoleId)?.config ?? null;
  for (const agent of agents) {
    issues.push(...responseFormatIssues(agent));
    const roleId = str4(agent.config?.roleUniversalIdentifier);
    if (roleId === null || roleId === defaultRoleId) continue;
    const role = roles.find((candidate) => candidate.config?.universalIdentifier === roleId)?.config;
    const name = str4(agent.config?.name) ?? "?";
    if (!role) {
      issues.push({ file: agent.file, property: "roleUniversalIdentifier", message: `Agent "${name}" references role "${roleId}", which is not defined by this application.`, severity: "error" });
      continue;
    }
    const missing = applicationRole ? grantsNotCovered(role, applicationRole) : [];
    if (missing.length > 0) {
      issues.push({
        file: agent.file,
        property: "roleUniversalIdentifier",
        message: `Role "${str4(role.label) ?? roleId}" used by agent "${name}" grants more than the application role "${str4(applicationRole?.label) ?? defaultRoleId}": ${missing.join(", ")}. The application role must cover every permission an agent role grants.`,
        severity: "error"
      });
    }
  }
  const serverVariables = record(application?.serverVariables) ?? {};
  const functionIds = new Set(functions.map((fn) => str4(fn.config?.universalIdentifier)).filter((id) => id !== null));
  for (const provider of providers) {
    const oauth = record(provider.config?.oauth);
    for (const key of ["clientIdVariable", "clientSecretVariable"]) {
      const variable = str4(oauth?.[key]);
      if (variable !== null && application && !Object.prototype.hasOwnProperty.call(serverVariables, variable)) {
        issues.push({
          file: provider.file,
          property: "oauth",
          message: `oauth.${key} "${variable}" is not a serverVariable of defineApplication: the server has no value to send as the OAuth client ${key === "clientIdVariable" ? "id" : "secret"}.`,
          severity: "error"
        });
      }
    }
    for (const hook of ["onConnectLogicFunction", "onDisconnectLogicFunction"]) {
      const id = str4(record(provider.config?.[hook])?.universalIdentifier);
      if (id !== null && !functionIds.has(id)) {
        issues.push({ file: provider.file, property: hook, message: `${hook}.universalIdentifier "${id}" is not a logic function of this app.`, severity: "error" });
      }
    }
  }
  const providerNames = new Set(providers.map((provider) => str4(provider.config?.name)).filter((name) => name !== null));
  for (const fn of of("defineLogicFunction")) {
    const serverRoute = record(fn.config?.serverRouteTriggerSettings);
    if (serverRoute) {
      if (record(fn.config?.httpRouteTriggerSettings)?.isAuthRequired === true) {
        issues.push({
          file: fn.file,
          property: "serverRouteTriggerSettings",
          message: "A server route resolver with an httpRouteTriggerSettings.isAuthRequired route is refused on every request (403: it cannot be dispatched through the public server route).",
          severity: "error"
        });
      }
      if (Array.isArray(serverRoute.httpMethods) && serverRoute.httpMethods.length === 0) {
        issues.push({ file: fn.file, property: "serverRouteTriggerSettings", message: "httpMethods is empty: every request gets 405 (leave it out for the default, POST).", severity: "warning" });
      }
    }
    if (fn.sourceText) {
      for (const call of connectionCalls(fn.file, fn.sourceText)) {
        if (call.providerName !== null && !providerNames.has(call.providerName)) {
          issues.push({
            file: fn.file,
            property: "",
            message: `listConnections asks for provider "${call.providerName}" (line ${call.line}), which is not a connection provider of this app${providerNames.size ? ` (${[...providerNames].join(", ")})` : ""}: it always gets an empty list.`,
            severity: "warning"
          });
        }
      }
    }
  }
  return issues;
}

// src-main/core/payloads/event-objects.ts
var import_node_module = require("node:module");
var import_node_path6 = require("node:path");
var import_node_url2 = require("node:url");
var import_meta = {};
var selfPath = () => typeof __filename === "string" ? __filename : (0, import_node_url2.fileURLToPath)(import_meta.url);
var cache = /* @__PURE__ */ new Map();
var loadStandardObjects = (appDir) => {
  const cached = cache.get(appDir);
  if (cached) return cached;
  let objects = {};
  for (const from of [(0, import_node_path6.join)(appDir, "package.json"), selfPath()]) {
    try {
      const define = (0, import_node_module.createRequire)(from)("twenty-sdk/define");
      if (define.STANDARD_OBJECT) {
        objects = define.STANDARD_OBJECT;
        break;
      }
    } catch {
    }
  }
  cache.set(appDir, objects);
  return objects;
};
var str5 = (value) => typeof value === "string" ? value : null;
var eventObjects = (model) => {
  const appObjects = model.manifest.objects.filter((object) => typeof object.nameSingular === "string").map((object) => ({
    nameSingular: object.nameSingular,
    namePlural: str5(object.namePlural) ?? defaultPlural(object.nameSingular),
    universalIdentifier: str5(object.universalIdentifier),
    source: "app",
    labelSingular: str5(object.labelSingular),
    fields: (Array.isArray(object.fields) ? object.fields : []).filter((field) => typeof field === "object" && field !== null && typeof field.name === "string").map((field) => ({ name: field.name, type: str5(field.type), universalIdentifier: str5(field.universalIdentifier) }))
  }));
  const taken = new Set(appObjects.map((object) => object.nameSingular));
  const standard = Object.entries(loadStandardObjects(model.appDir)).filter(([name]) => !taken.has(name)).map(([name, object]) => ({
    nameSingular: name,
    namePlural: defaultPlural(name),
    universalIdentifier: object.universalIdentifier ?? null,
    source: "standard",
    labelSingular: null,
    fields: Object.entries(object.fields ?? {}).map(([field, meta]) => ({ name: field, type: null, universalIdentifier: meta.universalIdentifier ?? null }))
  }));
  return [...appObjects, ...standard];
};
var objectMetadataFor = (objects, nameSingular) => {
  const object = objects.find((candidate) => candidate.nameSingular === nameSingular);
  if (!object) return { metadata: { nameSingular }, relationFieldNames: [], known: false };
  return {
    metadata: {
      nameSingular,
      namePlural: object.namePlural,
      ...object.labelSingular ? { labelSingular: object.labelSingular } : {},
      ...object.universalIdentifier ? { universalIdentifier: object.universalIdentifier, id: object.universalIdentifier } : {},
      isCustom: object.source === "app",
      fieldUniversalIdentifiers: object.fields.map((field) => field.universalIdentifier).filter((id) => id !== null)
    },
    // The server leaves relation fields out of the diff; only the app's objects tell us which they are.
    relationFieldNames: object.fields.filter((field) => field.type === "RELATION" || field.type === "MORPH_RELATION").map((field) => field.name),
    known: true
  };
};

// src-main/core/project/config-bundler.ts
var import_node_fs2 = require("node:fs");
var import_node_module2 = require("node:module");
var import_node_path7 = require("node:path");
var import_promises7 = require("node:fs/promises");
var esbuild = __toESM(require("esbuild"));
var MOCKED_MODULES = ["twenty-ui", "twenty-client-sdk/core", "twenty-client-sdk/metadata"];
var MOCK_FILTER = new RegExp(`^(${MOCKED_MODULES.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|")})(/.*)?$`);
var manifestMockPlugin = {
  name: "manifest-mock",
  setup(build3) {
    build3.onResolve({ filter: MOCK_FILTER }, ({ path }) => path.endsWith(".css") ? null : { path, namespace: "manifest-mock" });
    build3.onLoad({ filter: /.*/, namespace: "manifest-mock" }, () => ({
      contents: "module.exports = new Proxy({}, { get: () => () => {} });",
      loader: "js"
    }));
  }
};
var conditionalAvailabilityPlugin = {
  name: "conditional-availability-transform",
  setup(build3) {
    build3.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      const text = await (0, import_promises7.readFile)(args.path, "utf8");
      if (!text.includes(CONDITIONAL_AVAILABILITY_PROPERTY)) return null;
      const transformed = transformConditionalAvailability(text);
      return transformed === text ? null : { contents: transformed, loader: args.path.endsWith(".tsx") ? "tsx" : "ts" };
    });
  }
};
function baseOptions(appDir) {
  const tsconfig = (0, import_node_path7.join)(appDir, "tsconfig.json");
  const appRequire = (0, import_node_module2.createRequire)((0, import_node_path7.join)(appDir, "package.json"));
  const alias = {};
  for (const name of ["react", "react-dom"]) {
    try {
      alias[name] = (0, import_node_path7.dirname)(appRequire.resolve(`${name}/package.json`));
    } catch {
    }
  }
  return {
    absWorkingDir: appDir,
    bundle: true,
    write: false,
    format: "cjs",
    platform: "node",
    target: "node18",
    jsx: "automatic",
    tsconfig: (0, import_node_fs2.existsSync)(tsconfig) ? tsconfig : void 0,
    loader: { ".css": "empty" },
    alias,
    plugins: [conditionalAvailabilityPlugin, manifestMockPlugin],
    // The SDK inlines twenty-sdk into every bundle; requiring it from the app's node_modules instead runs the
    // same define*() code once per evaluation process rather than compiling ~1 MB again for each file.
    external: ["twenty-sdk", "twenty-sdk/*"],
    logLevel: "silent",
    metafile: true,
    outdir: (0, import_node_path7.join)(appDir, ".twenty-studio-virtual-out")
  };
}
function toProblems(appDir, messages) {
  return messages.map((message) => ({
    file: message.location ? (0, import_node_path7.relative)(appDir, (0, import_node_path7.join)(appDir, message.location.file)).split("\\").join("/") : "",
    line: message.location?.line ?? 1,
    column: (message.location?.column ?? 0) + 1,
    message: message.text
  }));
}
function collectOutputs(appDir, result, files) {
  const outputs = result.outputFiles ?? [];
  const metafile = result.metafile;
  const bundles = [];
  for (const [outputPath, meta] of Object.entries(metafile.outputs)) {
    if (!meta.entryPoint || !outputPath.endsWith(".js")) continue;
    const entry = (0, import_node_path7.relative)(appDir, (0, import_node_path7.join)(appDir, meta.entryPoint)).split("\\").join("/");
    if (!files.includes(entry)) continue;
    const output = outputs.find((file) => file.path === (0, import_node_path7.join)(appDir, outputPath));
    if (!output) continue;
    const inputs = Object.keys(meta.inputs).filter((input) => !input.includes(":") && !input.includes("node_modules/")).map((input) => (0, import_node_path7.relative)(appDir, (0, import_node_path7.join)(appDir, input)).split("\\").join("/"));
    bundles.push({ file: entry, code: output.text, inputs });
  }
  return bundles;
}
async function bundleEntities(appDir, files) {
  if (files.length === 0) return { bundles: [], failures: [] };
  const options = baseOptions(appDir);
  try {
    const result = await esbuild.build({ ...options, entryPoints: files });
    return { bundles: collectOutputs(appDir, result, files), failures: [] };
  } catch {
    const bundles = [];
    const failures = [];
    for (const file of files) {
      try {
        const result = await esbuild.build({ ...options, entryPoints: [file] });
        bundles.push(...collectOutputs(appDir, result, [file]));
      } catch (error) {
        const messages = error.errors ?? [];
        failures.push({
          file,
          errors: messages.length > 0 ? toProblems(appDir, messages) : [{ file, line: 1, column: 1, message: String(error) }]
        });
      }
    }
    return { bundles, failures };
  }
}

// src-main/core/project/dependency-status.ts
var import_node_fs3 = require("node:fs");
var import_node_module3 = require("node:module");
var import_node_path8 = require("node:path");
function resolvePackageDir(appDir, name) {
  const lookupPaths = (0, import_node_module3.createRequire)((0, import_node_path8.join)(appDir, "package.json")).resolve.paths(name) ?? [];
  for (const directory of lookupPaths) {
    const candidate = (0, import_node_path8.join)(directory, name);
    if ((0, import_node_fs3.existsSync)((0, import_node_path8.join)(candidate, "package.json"))) return candidate;
  }
  return null;
}
function readPackageVersion(packageDir) {
  try {
    return JSON.parse((0, import_node_fs3.readFileSync)((0, import_node_path8.join)(packageDir, "package.json"), "utf8")).version ?? null;
  } catch {
    return null;
  }
}
function packageVersion(appDir, name) {
  const directory = resolvePackageDir(appDir, name);
  return directory ? readPackageVersion(directory) : null;
}
function detectPackageManager(appDir, packageJson) {
  if ((0, import_node_fs3.existsSync)((0, import_node_path8.join)(appDir, "yarn.lock"))) return "yarn";
  const declared = typeof packageJson?.packageManager === "string" ? packageJson.packageManager : "";
  return declared.startsWith("yarn@") ? "yarn" : "npm";
}
function dependencyStatus(appDir, packageJson) {
  const packageManager = detectPackageManager(appDir, packageJson);
  const sdkVersion = packageVersion(appDir, "twenty-sdk");
  const clientSdkVersion = packageVersion(appDir, "twenty-client-sdk");
  if (sdkVersion) return { state: "ok", packageManager, sdkVersion, clientSdkVersion, message: null };
  const hasNodeModules = (0, import_node_fs3.existsSync)((0, import_node_path8.join)(appDir, "node_modules"));
  return {
    state: hasNodeModules ? "missing-twenty-sdk" : "missing-node-modules",
    packageManager,
    sdkVersion: null,
    clientSdkVersion,
    message: hasNodeModules ? `twenty-sdk is not installed in this app's node_modules: run "${packageManager} install" (or Install dependencies) to load its configuration and types.` : `This app's dependencies are not installed (no node_modules): run "${packageManager} install" (or Install dependencies) to load its configuration and types.`
  };
}

// src-main/core/project/evaluation-cache.ts
var import_node_crypto3 = require("node:crypto");
var import_promises8 = require("node:fs/promises");
var import_node_path9 = require("node:path");
var EvaluationCache = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  static key(parts) {
    const hash = (0, import_node_crypto3.createHash)("sha256");
    hash.update(`sdk ${parts.sdkVersion ?? "-"}
${parts.appFiles}
`);
    for (const [file, version] of [...parts.sources].sort(([a], [b]) => a.localeCompare(b))) hash.update(`${file}\0${version}
`);
    return hash.digest("hex").slice(0, 32);
  }
  async read(key) {
    try {
      return JSON.parse(await (0, import_promises8.readFile)((0, import_node_path9.join)(this.dir, `${key}.json`), "utf8"));
    } catch {
      return null;
    }
  }
  async write(key, value) {
    try {
      await (0, import_promises8.mkdir)(this.dir, { recursive: true });
      for (const name of await (0, import_promises8.readdir)(this.dir)) if (name !== `${key}.json`) await (0, import_promises8.rm)((0, import_node_path9.join)(this.dir, name), { force: true });
      await writeFileAtomic((0, import_node_path9.join)(this.dir, `${key}.json`), JSON.stringify(value));
    } catch {
    }
  }
};

// src-main/core/project/problem-location.ts
var MESSAGE_PROPERTIES = [
  [/universalIdentifier|[Uu]niversal identifier/, "universalIdentifier"],
  [/handler/, "handler"],
  [/^Route trigger/, "httpRouteTriggerSettings"],
  [/^Cron trigger/, "cronTriggerSettings"],
  [/^Database event trigger/, "databaseEventTriggerSettings"],
  [/timeoutSeconds/, "timeoutSeconds"]
];
function propertyForMessage(message) {
  return MESSAGE_PROPERTIES.find(([pattern]) => pattern.test(message))?.[1] ?? null;
}
function positionForProperty(entity, property) {
  if (!entity) return { offset: 0, line: 1, column: 1 };
  return property && entity.properties[property] || entity.call;
}

// src-main/core/project/app-project.ts
var APP_LEVEL_FILES = /* @__PURE__ */ new Set(["package.json", "README.md", "yarn.lock", "tsconfig.json"]);
var AppProject = class {
  constructor(appDir, evaluator, options = {}) {
    this.appDir = appDir;
    this.evaluator = evaluator;
    this.options = options;
  }
  appDir;
  evaluator;
  options;
  files = [];
  sources = /* @__PURE__ */ new Map();
  entityRecords = /* @__PURE__ */ new Map();
  tsconfigText = null;
  packageJson = null;
  packageJsonProblem = null;
  packageJsonText = null;
  yarnLockBytes = null;
  appFiles = { readme: null, requiredServerVersionRange: null, packageJsonChecksum: null, yarnLockChecksum: null };
  /** Set by readAppLevelFiles, which load() runs first. */
  dependencies;
  revision = 0;
  lastEvaluationMs = 0;
  current = null;
  queue = Promise.resolve();
  typecheckStatus;
  typecheckProblems = [];
  get model() {
    return this.current;
  }
  /** Full scan. */
  load() {
    return this.serialize(async () => {
      const started = performance.now();
      this.files = await listAppFiles(this.appDir);
      this.sources.clear();
      this.entityRecords.clear();
      await this.readAppLevelFiles();
      await Promise.all(this.files.filter(isDiscoverableSourcePath).map((file) => this.readSource(file)));
      const cache3 = this.options.evaluationCache;
      const key = cache3 ? this.evaluationKey() : null;
      const cached = cache3 && key ? await cache3.read(key) : null;
      if (cached && (await this.otherInputVersions(cached.records.flatMap(([, record3]) => record3.inputs))).every(([file, version]) => cached.otherInputs[file] === version)) {
        this.entityRecords = new Map(cached.records);
      } else {
        await this.evaluateEntities(this.entityFiles());
        if (cache3 && key && this.dependencies.state === "ok") {
          const otherInputs = Object.fromEntries(await this.otherInputVersions([...this.entityRecords.values()].flatMap((record3) => record3.inputs)));
          await cache3.write(key, { records: [...this.entityRecords], otherInputs });
        }
      }
      this.lastEvaluationMs = performance.now() - started;
      return this.buildModel();
    });
  }
  /**
   * Applies file changes (relative paths) seen by the watcher or made by the studio. Returns null when
   * nothing the model depends on changed (for example the watcher reporting the studio's own save).
   */
  applyChanges(paths) {
    return this.serialize(async () => {
      const started = performance.now();
      const fileSet = new Set(this.files);
      let changed = false;
      let reevaluateAll = false;
      const touched = /* @__PURE__ */ new Set();
      for (const path of new Set(paths)) {
        const exists3 = (0, import_node_fs4.existsSync)((0, import_node_path10.join)(this.appDir, path));
        if (exists3 !== fileSet.has(path)) {
          changed = true;
          if (exists3) fileSet.add(path);
          else fileSet.delete(path);
        }
        if (APP_LEVEL_FILES.has(path)) {
          changed = true;
          if (path !== "tsconfig.json") await this.readAppLevelFiles();
          if (path === "tsconfig.json" || path === "package.json") reevaluateAll = true;
          continue;
        }
        if (!isDiscoverableSourcePath(path)) continue;
        if (!exists3) {
          if (this.sources.delete(path)) changed = true;
          this.entityRecords.delete(path);
          touched.add(path);
          continue;
        }
        const before = this.sources.get(path)?.version;
        await this.readSource(path);
        if (this.sources.get(path)?.version !== before) {
          changed = true;
          touched.add(path);
        }
      }
      this.files = [...fileSet].sort();
      if (!changed) return null;
      const entityFiles = this.entityFiles();
      for (const file of [...this.entityRecords.keys()]) if (!entityFiles.includes(file)) this.entityRecords.delete(file);
      const toEvaluate = reevaluateAll ? entityFiles : entityFiles.filter((file) => touched.has(file) || !this.entityRecords.has(file) || this.entityRecords.get(file).inputs.some((input) => touched.has(input)));
      await this.evaluateEntities(toEvaluate);
      this.lastEvaluationMs = performance.now() - started;
      return this.buildModel();
    });
  }
  /**
   * The app's typecheck finished (it runs apart from evaluation, in its own process): its errors join the
   * model's problems, as `twenty dev:build` fails on them. Returns the new model.
   */
  setTypecheck(outcome) {
    return this.serialize(async () => {
      if (outcome.state === "done") {
        this.typecheckProblems = outcome.errors.map((error) => ({ file: error.file, line: error.line, column: error.column, message: `TS${error.code}: ${error.message}`, severity: "error", source: "typecheck" }));
        this.typecheckStatus = { state: "done", errorCount: outcome.errors.length, durationMs: Math.round(outcome.durationMs), message: `TypeScript ${outcome.typescriptVersion}` };
      } else if (outcome.state === "unavailable") {
        this.typecheckProblems = [];
        this.typecheckStatus = { state: "unavailable", errorCount: 0, durationMs: null, message: outcome.message };
      } else {
        if (outcome.state === "off") this.typecheckProblems = [];
        this.typecheckStatus = { state: outcome.state, errorCount: this.typecheckProblems.length, durationMs: this.typecheckStatus?.durationMs ?? null, message: null };
      }
      return this.buildModel();
    });
  }
  /** Content versions of the files bundles read that are not sources (JSON, ...): the key does not cover them. */
  async otherInputVersions(inputs) {
    const others = [...new Set(inputs)].filter((file) => !this.sources.has(file));
    return Promise.all(others.map(async (file) => [file, await (0, import_promises9.readFile)((0, import_node_path10.join)(this.appDir, file)).then((bytes) => contentVersion(bytes.toString("utf8")), () => "missing")]));
  }
  /** What the evaluated configs depend on: every source's content, the app-level files, the SDK's version. */
  evaluationKey() {
    return EvaluationCache.key({
      sources: [...this.sources].map(([file, source]) => [file, source.version]),
      appFiles: JSON.stringify([this.appFiles.packageJsonChecksum, this.appFiles.yarnLockChecksum, this.dependencies.sdkVersion, this.dependencies.state, contentVersion(this.tsconfigText ?? "")]),
      sdkVersion: this.dependencies.sdkVersion
    });
  }
  /** Changes are applied one at a time, in order, so a model never mixes two states of the folder. */
  serialize(work) {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => void 0);
    return next;
  }
  entityFiles() {
    return [...this.sources.entries()].filter(([, source]) => source.discovery.entity).map(([file]) => file).sort();
  }
  /**
   * package.json, README.md and yarn.lock feed the application entry, and the dependency state decides
   * whether anything can be evaluated: read once at load and again only when one of them changes
   * (node_modules is not watched; an install reloads the project), not on every edit.
   */
  async readAppLevelFiles() {
    const readIfExists2 = (name) => (0, import_promises9.readFile)((0, import_node_path10.join)(this.appDir, name)).catch(() => null);
    const [packageJsonBytes, readme, yarnLock] = await Promise.all([readIfExists2("package.json"), readIfExists2("README.md"), readIfExists2("yarn.lock")]);
    this.packageJsonProblem = null;
    this.packageJson = null;
    this.packageJsonText = packageJsonBytes?.toString("utf8") ?? null;
    this.yarnLockBytes = yarnLock ? yarnLock.length : null;
    this.tsconfigText = await (0, import_promises9.readFile)((0, import_node_path10.join)(this.appDir, "tsconfig.json"), "utf8").catch(() => null);
    if (!packageJsonBytes) {
      this.packageJsonProblem = {
        file: "package.json",
        line: 1,
        column: 1,
        severity: "error",
        source: "studio",
        message: "This folder has no package.json: a Twenty app needs one (name, version, engines.twenty)."
      };
    } else {
      try {
        this.packageJson = JSON.parse(packageJsonBytes.toString("utf8"));
      } catch (error) {
        this.packageJsonProblem = { file: "package.json", line: 1, column: 1, severity: "error", source: "studio", message: `package.json is not valid JSON: ${error.message}` };
      }
    }
    const readmeText = readme?.toString("utf8") ?? null;
    const engines = this.packageJson?.engines ?? {};
    this.appFiles = {
      readme: readmeText !== null && readmeText.trim().length > 0 ? readmeText : null,
      requiredServerVersionRange: typeof engines.twenty === "string" && engines.twenty.trim() !== "" ? engines.twenty.trim() : null,
      packageJsonChecksum: packageJsonBytes ? md5(packageJsonBytes) : null,
      yarnLockChecksum: yarnLock ? md5(yarnLock) : null
    };
    this.dependencies = dependencyStatus(this.appDir, this.packageJson);
  }
  async readSource(file) {
    try {
      const text = await (0, import_promises9.readFile)((0, import_node_path10.join)(this.appDir, file), "utf8");
      const version = contentVersion(text);
      if (this.sources.get(file)?.version === version) return;
      this.sources.set(file, { version, text, discovery: discoverEntity(file, text) });
    } catch {
      this.sources.delete(file);
    }
  }
  async evaluateEntities(files) {
    if (files.length === 0) return;
    if (this.dependencies.state !== "ok") {
      for (const file of files) this.entityRecords.set(file, { inputs: [file], bundleProblems: [], outcome: null, lastGoodConfig: this.entityRecords.get(file)?.lastGoodConfig ?? null });
      return;
    }
    const { bundles, failures } = await bundleEntities(this.appDir, files);
    const outcomes = await this.evaluator.evaluate(this.appDir, bundles);
    for (const bundle of bundles) {
      const outcome = outcomes.get(bundle.file) ?? null;
      const previous = this.entityRecords.get(bundle.file);
      const goodConfig = outcome?.ok && outcome.config ? outcome.config : previous?.lastGoodConfig ?? null;
      this.entityRecords.set(bundle.file, { inputs: bundle.inputs, bundleProblems: [], outcome, lastGoodConfig: goodConfig });
    }
    for (const failure2 of failures) {
      const previous = this.entityRecords.get(failure2.file);
      this.entityRecords.set(failure2.file, {
        // A broken file keeps its old inputs so fixing an imported file re-evaluates it.
        inputs: [.../* @__PURE__ */ new Set([failure2.file, ...previous?.inputs ?? [], ...failure2.errors.map((error) => error.file)])],
        bundleProblems: failure2.errors.map((error) => ({ ...error, file: error.file || failure2.file, severity: "error", source: "syntax" })),
        outcome: null,
        lastGoodConfig: previous?.lastGoodConfig ?? null
      });
    }
  }
  buildModel() {
    const problems = [...this.typecheckProblems];
    if (this.packageJsonProblem) problems.push(this.packageJsonProblem);
    const entities = [];
    const seenProblems = /* @__PURE__ */ new Set();
    const push = (problem) => {
      const key = `${problem.file}:${problem.line}:${problem.column}:${problem.message}`;
      if (!seenProblems.has(key)) {
        seenProblems.add(key);
        problems.push(problem);
      }
    };
    const bundleProblems = [...this.entityRecords.values()].flatMap((record3) => record3.bundleProblems);
    const filesReportedByBundler = new Set(bundleProblems.map((problem) => problem.file));
    for (const problem of bundleProblems) push(problem);
    for (const [file, source] of this.sources) {
      if (filesReportedByBundler.has(file)) continue;
      for (const error of source.discovery.syntaxErrors) push({ file, line: error.line, column: error.column, message: error.message, severity: "error", source: "syntax" });
    }
    for (const [file, source] of this.sources) {
      for (const problem of conditionalAvailabilityImportProblems(source.text, file)) push({ file, line: problem.line, column: problem.column, message: problem.message, severity: "error", source: "sdk" });
    }
    const evaluated = [];
    for (const file of this.entityFiles()) {
      const source = this.sources.get(file);
      const discovered = source.discovery.entity;
      const record3 = this.entityRecords.get(file);
      const outcome = record3?.outcome ?? null;
      let config = null;
      let stale = false;
      if (outcome?.ok) {
        config = outcome.config;
        for (const message of outcome.errors) {
          const position = positionForProperty(discovered, propertyForMessage(message));
          push({ file, line: position.line, column: position.column, message, severity: "error", source: "sdk" });
        }
        for (const message of outcome.warnings) {
          const position = positionForProperty(discovered, propertyForMessage(message));
          push({ file, line: position.line, column: position.column, message, severity: "warning", source: "sdk" });
        }
      } else if (outcome && !outcome.ok) {
        push({ file, line: discovered.call.line, column: discovered.call.column, message: `${outcome.error.name}: ${outcome.error.message}`, severity: "error", source: "evaluation" });
      }
      if (!config && record3?.lastGoodConfig) {
        config = record3.lastGoodConfig;
        stale = true;
      }
      const universalIdentifier = typeof config?.universalIdentifier === "string" ? config.universalIdentifier : null;
      entities.push({ file, defineFunction: discovered.defineFunction, section: discovered.section, line: discovered.call.line, column: discovered.call.column, universalIdentifier, config, stale });
      if (config) evaluated.push({ file, defineFunction: discovered.defineFunction, section: discovered.section, config, sourceText: source.text });
    }
    const dependencies = this.dependencies;
    const engines = this.packageJson?.engines ?? {};
    const assembled = assembleManifest(evaluated, this.appFiles, uuidV5);
    if (dependencies.state === "ok") {
      for (const appProblem of assembled.problems) {
        const targets = appProblem.files.length > 0 ? appProblem.files : [""];
        for (const file of targets) {
          const position = positionForProperty(this.sources.get(file)?.discovery.entity ?? null, appProblem.property ?? null);
          push({ file, line: position.line, column: position.column, message: appProblem.message, severity: "error", source: "app" });
        }
      }
      const fileOfEntity = new Map(entities.filter((entity) => entity.universalIdentifier).map((entity) => [entity.universalIdentifier, entity.file]));
      for (const check of sdkBuildChecks({ sections: assembled.sections, packageJson: this.packageJson, yarnLockBytes: this.yarnLockBytes })) {
        if (check.packageJsonKey !== void 0) {
          const lines = (this.packageJsonText ?? "").split("\n");
          const from = check.packageJsonKey.startsWith("twenty-") ? Math.max(0, lines.findIndex((line) => line.includes('"dependencies"'))) : 0;
          const found = lines.slice(from).findIndex((line) => line.includes(JSON.stringify(check.packageJsonKey)));
          const index = found < 0 ? -1 : from + found;
          push({ file: "package.json", line: index + 1 || 1, column: index >= 0 ? lines[index].indexOf(JSON.stringify(check.packageJsonKey)) + 1 : 1, message: check.message, severity: check.severity, source: "sdk" });
          continue;
        }
        const file = check.entity ? fileOfEntity.get(check.entity) ?? "" : check.message.startsWith("yarn.lock") ? "yarn.lock" : "";
        const position = positionForProperty(this.sources.get(file)?.discovery.entity ?? null, null);
        push({ file, line: position.line, column: position.column, message: check.message, severity: check.severity, source: "sdk" });
      }
    } else {
      push({ file: "package.json", line: 1, column: 1, message: dependencies.message ?? "Dependencies are not installed.", severity: "warning", source: "studio" });
    }
    if (dependencies.state === "ok") {
      const functions = assembled.sections.logicFunctions;
      const workspace = buildWorkspaceModel(__default, { objects: assembled.sections.objects, fields: assembled.sections.fields }).model;
      const relationsOf = new Map(workspace.objects.map((object) => [object.nameSingular, Object.fromEntries(object.fields.filter((field) => field.relation).map((field) => [field.name, field.relation.type === "MANY_TO_ONE" ? field.relation.joinColumn ?? `${field.name}Id` : null]))]));
      const objects2 = eventObjects({ appDir: this.appDir, manifest: { objects: assembled.sections.objects } }).map((object) => ({ nameSingular: object.nameSingular, namePlural: object.namePlural, fields: object.fields.map((field) => field.name), relations: relationsOf.get(object.nameSingular) }));
      for (const entity of entities) {
        if (entity.section !== "logicFunctions" || !entity.config || entity.stale || !isLogicFunctionDefine(entity.defineFunction)) continue;
        const discovered = this.sources.get(entity.file)?.discovery.entity ?? null;
        for (const section of ["toolTriggerSettings", "workflowActionTriggerSettings"]) {
          const settings = entity.config[section];
          if (!settings || typeof settings !== "object" || settings.inputSchema !== void 0) continue;
          const reason = emptyInferenceReason(this.sources.get(entity.file)?.text ?? "");
          if (!reason) continue;
          const position = positionForProperty(discovered, section);
          push({ file: entity.file, line: position.line, column: position.column, message: reason, severity: "warning", source: "studio" });
        }
        for (const issue of validateLogicFunction({ defineFunction: entity.defineFunction, config: entity.config }, { functions, objects: objects2 })) {
          if (issue.path === "universalIdentifier") continue;
          const text = this.sources.get(entity.file)?.text;
          const position = (text !== void 0 && issue.path ? locateConfigValue(entity.file, text, issue.path, issue.value) : null) ?? positionForProperty(discovered, issue.path.split(".")[0] || null);
          push({ file: entity.file, line: position.line, column: position.column, message: issue.message, severity: issue.severity, source: "studio" });
        }
      }
    }
    if (dependencies.state === "ok") {
      const layerEntities = entities.filter((entity) => !entity.stale).map((entity) => ({ ...entity, sourceText: this.sources.get(entity.file)?.text }));
      const application = entities.find((entity) => entity.defineFunction === "defineApplication")?.config ?? null;
      for (const issue of checkLogicLayer(layerEntities, application)) {
        const position = positionForProperty(this.sources.get(issue.file)?.discovery.entity ?? null, issue.property || null);
        push({ file: issue.file, line: position.line, column: position.column, message: issue.message, severity: issue.severity, source: "studio" });
      }
    }
    const strip = (records3) => records3.map((record3) => stripFunctionMarkers(record3));
    const { objects, fields, roles, logicFunctions, ...otherSections } = assembled.sections;
    const manifest = {
      application: assembled.application ? stripFunctionMarkers(assembled.application) : null,
      objects: strip(objects),
      fields: strip(fields),
      roles: strip(roles),
      logicFunctions: strip(logicFunctions),
      other: Object.fromEntries(Object.entries(otherSections).map(([name, records3]) => [name, strip(records3)]))
    };
    this.revision += 1;
    this.current = {
      appDir: this.appDir,
      packageName: typeof this.packageJson?.name === "string" ? this.packageJson.name : null,
      version: typeof this.packageJson?.version === "string" ? this.packageJson.version : null,
      engines: Object.fromEntries(Object.entries(engines).filter(([, value]) => typeof value === "string")),
      dependencies,
      entities,
      manifest,
      files: this.files,
      problems: problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column),
      revision: this.revision,
      evaluationMs: Math.round(this.lastEvaluationMs),
      ...this.typecheckStatus ? { typecheck: this.typecheckStatus } : {}
    };
    return this.current;
  }
};

// src-main/core/project/app-watcher.ts
var import_chokidar = require("chokidar");
var SETTLE_MS = 20;
var AppWatcher = class {
  constructor(appDir, onChanges, onError = () => void 0) {
    this.appDir = appDir;
    this.onChanges = onChanges;
    this.onError = onError;
  }
  appDir;
  onChanges;
  onError;
  watcher = null;
  pending = /* @__PURE__ */ new Map();
  timer = null;
  start() {
    this.watcher = (0, import_chokidar.watch)(this.appDir, {
      ignoreInitial: true,
      ignored: (path) => {
        const relative9 = toAppPath(this.appDir, path);
        return relative9 !== "" && (isIgnoredAppPath(relative9) || /(^|\/)\.[^/]+\.[0-9a-f]{12}\.tmp$/.test(relative9));
      }
    });
    const record3 = (kind) => (path) => {
      this.pending.set(toAppPath(this.appDir, path), kind);
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => this.flush(), SETTLE_MS);
    };
    this.watcher.on("add", record3("add")).on("change", record3("change")).on("unlink", record3("unlink"));
    const reported = /* @__PURE__ */ new Set();
    this.watcher.on("error", (error) => {
      const { code, path, message } = error;
      const text = code === "ELOOP" ? `Not watching ${path ? toAppPath(this.appDir, path) : "a path"}: it is a symbolic link loop.` : `File watcher: ${message}`;
      if (reported.has(text)) return;
      reported.add(text);
      this.onError(text);
    });
    return new Promise((resolve13) => this.watcher.once("ready", () => resolve13()));
  }
  flush() {
    this.timer = null;
    const changes = [...this.pending.entries()].map(([path, kind]) => ({ path, kind }));
    this.pending.clear();
    if (changes.length > 0) this.onChanges(changes);
  }
  async close() {
    if (this.timer) clearTimeout(this.timer);
    await this.watcher?.close();
    this.watcher = null;
  }
};

// src-main/core/project/config-evaluator.ts
var import_node_child_process = require("node:child_process");
var import_node_path12 = require("node:path");

// src-main/core/child-script.ts
var import_node_fs5 = require("node:fs");
var import_node_os = require("node:os");
var import_node_path11 = require("node:path");
var import_node_url3 = require("node:url");
var import_esbuild = require("esbuild");
var import_meta2 = {};
var CHILD_SOURCES = {
  "evaluate-child": "src-main/core/project/evaluate-child.ts",
  "run-child": "src-main/core/runner/run-child.ts",
  "run-spawner": "src-main/core/runner/run-spawner-child.ts",
  "typecheck-child": "src-main/core/typecheck/typecheck-child.ts"
};
var compiledFromSource = /* @__PURE__ */ new Map();
function thisDirectory() {
  return typeof __dirname === "string" ? __dirname : (0, import_node_path11.dirname)((0, import_node_url3.fileURLToPath)(import_meta2.url));
}
function findRepoRoot(start) {
  let current = start;
  for (; ; ) {
    if ((0, import_node_fs5.existsSync)((0, import_node_path11.join)(current, "electron.vite.config.ts"))) return current;
    const parent = (0, import_node_path11.dirname)(current);
    if (parent === current) return null;
    current = parent;
  }
}
function resolveChildScript(name) {
  const here = thisDirectory();
  const built = [(0, import_node_path11.join)(here, `${name}.js`), (0, import_node_path11.join)(here, "..", `${name}.js`)].find((candidate) => (0, import_node_fs5.existsSync)(candidate));
  if (built) return built;
  const root = findRepoRoot(thisDirectory());
  const source = CHILD_SOURCES[name];
  if (!root || !source) throw new Error(`Cannot find the child script "${name}" (looked in ${here}).`);
  const cached = compiledFromSource.get(name);
  if (cached && (0, import_node_fs5.existsSync)(cached)) return cached;
  const outDir = (0, import_node_path11.join)((0, import_node_os.tmpdir)(), "twenty-studio-child-scripts");
  (0, import_node_fs5.mkdirSync)(outDir, { recursive: true });
  const outfile = (0, import_node_path11.join)(outDir, `${name}-${process.pid}.js`);
  const partial = `${outfile}.partial`;
  (0, import_esbuild.buildSync)({ entryPoints: [(0, import_node_path11.resolve)(root, source)], outfile: partial, bundle: true, platform: "node", format: "cjs", target: "node20", sourcemap: "inline", logLevel: "silent" });
  (0, import_node_fs5.renameSync)(partial, outfile);
  compiledFromSource.set(name, outfile);
  return outfile;
}

// src-main/core/project/config-evaluator.ts
var DEFAULT_EVALUATION_TIMEOUT_MS = 1e4;
function spawnEvaluator() {
  const child = (0, import_node_child_process.fork)(resolveChildScript("evaluate-child"), [], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "ignore", "ipc"],
    execArgv: []
  });
  child.on("error", () => void 0);
  return child;
}
var ConfigEvaluator = class {
  constructor(timeoutMs = DEFAULT_EVALUATION_TIMEOUT_MS) {
    this.timeoutMs = timeoutMs;
  }
  timeoutMs;
  spare = null;
  disposed = false;
  /** The app last evaluated: spares preload its twenty-sdk. */
  appDir = null;
  warmUp(appDir = this.appDir) {
    this.appDir = appDir;
    if (this.spare || this.disposed) return;
    this.spare = spawnEvaluator();
    if (appDir) this.spare.send({ preload: appDir });
  }
  take() {
    const child = this.spare && this.spare.connected ? this.spare : spawnEvaluator();
    this.spare = null;
    setImmediate(() => this.warmUp());
    return child;
  }
  async evaluate(appDir, bundles) {
    const outcomes = /* @__PURE__ */ new Map();
    if (this.appDir !== appDir) {
      this.spare?.kill("SIGKILL");
      this.spare = null;
      this.appDir = appDir;
    }
    let child = this.take();
    let nextId = 1;
    try {
      for (const bundle of bundles) {
        const id = nextId++;
        let childEnded = false;
        const outcome = await new Promise((resolve13) => {
          const timer = setTimeout(() => {
            cleanup();
            childEnded = true;
            child.kill("SIGKILL");
            resolve13({ ok: false, error: { name: "TimeoutError", message: `Evaluating ${bundle.file} took more than ${this.timeoutMs / 1e3} s: its top-level code never finished.` } });
          }, this.timeoutMs);
          const onMessage = (message) => {
            if (message.id !== id) return;
            cleanup();
            const { id: _id, ...outcome2 } = message;
            void _id;
            resolve13(outcome2);
          };
          const onExit = (code) => {
            cleanup();
            childEnded = true;
            resolve13({ ok: false, error: { name: "Error", message: `Evaluating ${bundle.file} ended its process (exit code ${code}).` } });
          };
          const cleanup = () => {
            clearTimeout(timer);
            child.off("message", onMessage);
            child.off("exit", onExit);
          };
          child.on("message", onMessage);
          child.on("exit", onExit);
          child.send({ id, appDir, file: bundle.file, absolutePath: (0, import_node_path12.join)(appDir, bundle.file), code: bundle.code });
        });
        outcomes.set(bundle.file, outcome);
        if (childEnded || !child.connected) child = spawnEvaluator();
      }
    } finally {
      child.kill("SIGKILL");
    }
    return outcomes;
  }
  dispose() {
    this.disposed = true;
    this.spare?.kill("SIGKILL");
    this.spare = null;
  }
};

// src-main/core/project/editor-typings.ts
var import_promises10 = require("node:fs/promises");
var import_node_path13 = require("node:path");
var TYPED_PACKAGES = ["twenty-sdk", "twenty-client-sdk"];
async function declarationFiles(directory) {
  const found = [];
  async function walk(current) {
    for (const entry of await (0, import_promises10.readdir)(current, { withFileTypes: true })) {
      const path = (0, import_node_path13.join)(current, entry.name);
      if (entry.isDirectory() && entry.name !== "node_modules") await walk(path);
      else if (entry.isFile() && entry.name.endsWith(".d.ts")) found.push(path);
    }
  }
  await walk(directory);
  return found;
}
async function editorTypings(appDir) {
  const libs = [];
  const paths = {};
  for (const name of TYPED_PACKAGES) {
    const packageDir = resolvePackageDir(appDir, name);
    if (!packageDir) continue;
    const packageJson = JSON.parse(await (0, import_promises10.readFile)((0, import_node_path13.join)(packageDir, "package.json"), "utf8"));
    for (const file of await declarationFiles(packageDir)) {
      libs.push({ uri: `file:///node_modules/${name}/${(0, import_node_path13.relative)(packageDir, file).split("\\").join("/")}`, content: await (0, import_promises10.readFile)(file, "utf8") });
    }
    for (const [subpath, target] of Object.entries(packageJson.exports ?? {})) {
      const types = typeof target === "object" && target && typeof target.types === "string" ? target.types : null;
      if (!types) continue;
      const specifier = subpath === "." ? name : `${name}/${subpath.replace(/^\.\//, "")}`;
      paths[specifier] = [`file:///node_modules/${name}/${types.replace(/^\.\//, "")}`];
    }
    if (packageJson.types && !paths[name]) paths[name] = [`file:///node_modules/${name}/${packageJson.types.replace(/^\.\//, "")}`];
  }
  try {
    const tsconfig = JSON.parse(await (0, import_promises10.readFile)((0, import_node_path13.join)(appDir, "tsconfig.json"), "utf8"));
    for (const [pattern, targets] of Object.entries(tsconfig.compilerOptions?.paths ?? {})) {
      paths[pattern] = targets.map((target) => `file:///${target.replace(/^\.\//, "")}`);
    }
  } catch {
  }
  return { libs, paths };
}

// src-main/core/path-completion.ts
var import_node_fs6 = require("node:fs");
var import_promises11 = require("node:fs/promises");
var import_node_os2 = require("node:os");
var import_node_path14 = require("node:path");
var MAX_ENTRIES = 50;
function looksLikeTwentyApp(directory) {
  if ((0, import_node_fs6.existsSync)((0, import_node_path14.join)(directory, "src", "application-config.ts"))) return true;
  try {
    return (0, import_node_fs6.readFileSync)((0, import_node_path14.join)(directory, "package.json"), "utf8").includes('"twenty-sdk"');
  } catch {
    return false;
  }
}
async function completePath(prefix) {
  const expanded = prefix.startsWith("~") ? (0, import_node_path14.join)((0, import_node_os2.homedir)(), prefix.slice(1)) : prefix;
  const absolute = (0, import_node_path14.resolve)(expanded || "/");
  const endsWithSeparator = /[\\/]$/.test(expanded);
  const parent = endsWithSeparator ? absolute : (0, import_node_path14.dirname)(absolute);
  const partial = endsWithSeparator ? "" : (0, import_node_path14.basename)(absolute);
  let entries;
  try {
    entries = await (0, import_promises11.readdir)(parent, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.filter((entry) => entry.isDirectory() && entry.name.startsWith(partial) && (partial.startsWith(".") || !entry.name.startsWith(".")) && entry.name !== "node_modules").map((entry) => (0, import_node_path14.join)(parent, entry.name)).sort().slice(0, MAX_ENTRIES).map((path) => ({ path, isTwentyApp: looksLikeTwentyApp(path) }));
}

// src-shared/twenty/saved-payload/saved-payload-format.ts
var SAVED_PAYLOAD_VERSION = 1;
var SAVED_PAYLOADS_DIR = ".twenty-studio/payloads";
var SAVED_PAYLOAD_TRIGGERS = ["route", "databaseEvent", "cron", "tool", "workflowAction", "preInstall", "postInstall", "uninstall", "manual"];
var isPlainObject3 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var sortKeysDeep = (value) => {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (!isPlainObject3(value)) return value;
  const sorted = {};
  for (const key of Object.keys(value).sort()) {
    if (value[key] !== void 0) sorted[key] = sortKeysDeep(value[key]);
  }
  return sorted;
};
var serializeSavedPayload = (saved) => `${JSON.stringify(sortKeysDeep(saved), null, 2)}
`;
var parseSavedPayload = (text) => {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `Not valid JSON: ${error.message}` };
  }
  if (!isPlainObject3(raw)) return { ok: false, error: "A saved payload is a JSON object." };
  if (raw.version !== SAVED_PAYLOAD_VERSION) return { ok: false, error: `Unsupported version ${JSON.stringify(raw.version)} (expected ${SAVED_PAYLOAD_VERSION}).` };
  const fn = raw.function;
  if (!isPlainObject3(fn) || typeof fn.universalIdentifier !== "string" || typeof fn.name !== "string") {
    return { ok: false, error: '"function" must be { "universalIdentifier": string, "name": string }.' };
  }
  if (typeof raw.trigger !== "string" || !SAVED_PAYLOAD_TRIGGERS.includes(raw.trigger)) {
    return { ok: false, error: `"trigger" must be one of ${SAVED_PAYLOAD_TRIGGERS.join(", ")}.` };
  }
  if (raw.inputs !== void 0 && !isPlainObject3(raw.inputs)) return { ok: false, error: '"inputs" must be an object.' };
  if (!("payload" in raw)) return { ok: false, error: '"payload" is missing.' };
  const expectation = raw.expect;
  if (expectation !== void 0) {
    if (!isPlainObject3(expectation)) return { ok: false, error: '"expect" must be an object.' };
    if (expectation.status !== void 0 && expectation.status !== "SUCCESS" && expectation.status !== "ERROR") {
      return { ok: false, error: '"expect.status" must be "SUCCESS" or "ERROR".' };
    }
    const response = expectation.response;
    if (response !== void 0) {
      if (!isPlainObject3(response)) return { ok: false, error: '"expect.response" must be an object.' };
      if (response.status !== void 0 && (typeof response.status !== "number" || !Number.isInteger(response.status))) {
        return { ok: false, error: '"expect.response.status" must be an integer.' };
      }
      if (response.headers !== void 0 && (!isPlainObject3(response.headers) || Object.values(response.headers).some((v) => typeof v !== "string"))) {
        return { ok: false, error: '"expect.response.headers" must map header names to strings.' };
      }
    }
  }
  return {
    ok: true,
    value: {
      version: SAVED_PAYLOAD_VERSION,
      function: { universalIdentifier: fn.universalIdentifier, name: fn.name },
      trigger: raw.trigger,
      inputs: raw.inputs ?? {},
      payload: raw.payload,
      ...expectation !== void 0 ? { expect: expectation } : {}
    }
  };
};
var functionFolderName = (fn) => {
  const base = (fn.name ?? "").trim() || fn.universalIdentifier;
  const safe = base.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+/, "");
  return safe === "" ? fn.universalIdentifier : safe;
};
var payloadNameProblem = (name) => {
  if (name.trim() === "") return "A payload name cannot be empty.";
  if (name.length > 100) return "A payload name has at most 100 characters.";
  if (!/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/.test(name)) {
    return 'A payload name starts with a letter or digit and contains only letters, digits, spaces, ".", "_" and "-".';
  }
  if (name.endsWith(".") || name.endsWith(" ")) return 'A payload name cannot end with "." or a space.';
  return null;
};
var savedPayloadPath = (functionFolder, payloadName) => `${SAVED_PAYLOADS_DIR}/${functionFolder}/${payloadName}.json`;
var nextCopyName = (name, taken) => {
  const base = `${name} copy`;
  if (!taken.includes(base)) return base;
  for (let i = 2; ; i++) if (!taken.includes(`${base} ${i}`)) return `${base} ${i}`;
};

// src-shared/twenty/saved-payload/expectation-check.ts
var isPlainObject4 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
var childPath = (path, key) => IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
var show = (value) => value === void 0 ? "nothing" : JSON.stringify(value);
var subsetMismatches = (expected, actual, path) => {
  if (isPlainObject4(expected)) {
    if (!isPlainObject4(actual)) return [{ path, expected, actual, message: `${path}: expected an object, got ${show(actual)}` }];
    return Object.keys(expected).flatMap((key) => {
      if (!Object.hasOwn(actual, key)) {
        return [{ path: childPath(path, key), expected: expected[key], actual: void 0, message: `${childPath(path, key)}: expected ${show(expected[key])}, but it is missing` }];
      }
      return subsetMismatches(expected[key], actual[key], childPath(path, key));
    });
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [{ path, expected, actual, message: `${path}: expected an array, got ${show(actual)}` }];
    if (actual.length !== expected.length) {
      return [{ path, expected, actual, message: `${path}: expected ${expected.length} items, got ${actual.length}` }];
    }
    return expected.flatMap((item, index) => subsetMismatches(item, actual[index], `${path}[${index}]`));
  }
  if (Object.is(expected, actual)) return [];
  return [{ path, expected, actual, message: `${path}: expected ${show(expected)}, got ${show(actual)}` }];
};
var headerMatches = (expected, actual) => actual !== void 0 && (actual === expected || actual.toLowerCase().startsWith(`${expected.toLowerCase()};`));
var parseBody = (body) => {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
};
var checkExpectation = (expectation, actual) => {
  const mismatches = [];
  if (expectation.status !== void 0 && expectation.status !== actual.status) {
    const why = actual.error ? ` (${actual.error.errorType}: ${actual.error.errorMessage})` : "";
    mismatches.push({ path: "$.status", expected: expectation.status, actual: actual.status, message: `$.status: expected ${expectation.status}, got ${actual.status}${why}` });
  }
  if (expectation.data !== void 0) mismatches.push(...subsetMismatches(expectation.data, actual.data, "$.data"));
  const response = expectation.response;
  if (response) {
    if (!actual.response) {
      mismatches.push({ path: "$.response", expected: response, actual: void 0, message: "$.response: expected an HTTP response, but this run was not a route request" });
      return mismatches;
    }
    if (response.status !== void 0 && response.status !== actual.response.status) {
      mismatches.push({ path: "$.response.status", expected: response.status, actual: actual.response.status, message: `$.response.status: expected ${response.status}, got ${actual.response.status}` });
    }
    for (const [name, value] of Object.entries(response.headers ?? {})) {
      const key = Object.keys(actual.response.headers).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
      const got = key === void 0 ? void 0 : actual.response.headers[key];
      if (!headerMatches(value, got)) {
        const path = childPath("$.response.headers", name.toLowerCase());
        mismatches.push({ path, expected: value, actual: got, message: `${path}: expected ${show(value)}, got ${show(got)}` });
      }
    }
    if (response.body !== void 0) {
      const got = parseBody(actual.response.body);
      mismatches.push(...subsetMismatches(response.body, got, "$.response.body"));
    }
  }
  return mismatches;
};

// src-shared/twenty/saved-payload/export-commands.ts
var SAFE_ARGUMENT = /^[A-Za-z0-9_\/.:=@%+,-]+$/;
var shellQuote = (value) => SAFE_ARGUMENT.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
var routeUrl = (baseUrl, url) => {
  const base = baseUrl.replace(/\/+$/, "").replace(/\/s$/, "");
  const path = url.startsWith("/s/") || url === "/s" ? url : `/s${url.startsWith("/") ? "" : "/"}${url}`;
  return `${base}${path}`;
};
var buildCurlCommand = (request) => {
  const method = request.method.toUpperCase();
  const parts = ["curl"];
  if (method !== "GET") parts.push("-X", shellQuote(method));
  parts.push(shellQuote(routeUrl(request.baseUrl, request.url)));
  const headers = request.headers ?? [];
  for (const header of headers) parts.push("-H", shellQuote(`${header.name}: ${header.value}`));
  const hasAuthorization = headers.some((header) => header.name.toLowerCase() === "authorization");
  if (request.bearerTokenVariable && !hasAuthorization) {
    parts.push("-H", `"Authorization: Bearer \${${request.bearerTokenVariable}}"`);
  }
  if (request.body !== void 0 && request.body !== null && request.body !== "") parts.push("--data-raw", shellQuote(request.body));
  return parts.join(" ");
};
var buildExecCommand = (input) => {
  const selector = input.name ? ["-n", shellQuote(input.name)] : ["-u", shellQuote(input.universalIdentifier)];
  const json = JSON.stringify(input.payload === void 0 ? {} : input.payload);
  return ["yarn", "twenty", "dev:function:exec", ...selector, "-p", `'${json.replace(/'/g, `'\\''`)}'`].join(" ");
};

// src-shared/twenty/saved-payload/input-validation.ts
var isPlainObject5 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var IDENTIFIER2 = /^[A-Za-z_$][\w$]*$/;
var childPath2 = (path, key) => IDENTIFIER2.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
var typeOf = (value) => {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
};
var typeMatches = (type, value) => {
  const actual = typeOf(value);
  switch (type) {
    case "number":
      return actual === "number" || actual === "integer";
    case "record":
      return actual === "object" || actual === "string";
    case "records":
      return actual === "array";
    case "unknown":
    case "any":
      return true;
    default:
      return actual === type;
  }
};
var validateNode = (schema, value, path, problems) => {
  if (!isPlainObject5(schema)) return;
  const types = schema.type === void 0 ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.length > 0 && !types.some((type) => typeMatches(type, value))) {
    problems.push({ path, message: `${path}: expected ${types.join(" or ")}, got ${typeOf(value)}` });
    return;
  }
  if (Array.isArray(schema.enum) && schema.enum.length > 0 && !schema.enum.some((option) => option === value)) {
    problems.push({ path, message: `${path}: must be one of ${schema.enum.map((option) => JSON.stringify(option)).join(", ")}, got ${JSON.stringify(value)}` });
    return;
  }
  if (isPlainObject5(value) && (schema.properties || schema.required)) {
    for (const name of schema.required ?? []) {
      if (!Object.hasOwn(value, name) || value[name] === void 0) problems.push({ path: childPath2(path, name), message: `${childPath2(path, name)}: required` });
    }
    for (const [name, child] of Object.entries(value)) {
      const childSchema = schema.properties?.[name];
      if (childSchema) validateNode(childSchema, child, childPath2(path, name), problems);
      else if (schema.additionalProperties === false) problems.push({ path: childPath2(path, name), message: `${childPath2(path, name)}: not in the input schema` });
    }
  }
  if (Array.isArray(value) && schema.items) value.forEach((item, index) => validateNode(schema.items, item, `${path}[${index}]`, problems));
};
var inputRootSchema = (inputSchema) => {
  const root = Array.isArray(inputSchema) ? inputSchema[0] : inputSchema;
  return isPlainObject5(root) ? root : null;
};
var validateInputPayload = (inputSchema, payload) => {
  const root = inputRootSchema(inputSchema);
  if (!root) return [];
  const problems = [];
  validateNode(root, payload, "$", problems);
  return problems;
};

// src-shared/twenty/sdk-types/shape.ts
var isPlainObject6 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var shapeForPayload = (shapes, trigger, payload) => {
  switch (trigger) {
    case "route":
      return shapes.route;
    case "preInstall":
    case "postInstall":
      return shapes.install;
    case "uninstall":
      return shapes.uninstall;
    case "databaseEvent": {
      if (isPlainObject6(payload) && Array.isArray(payload.events)) return shapes.databaseEventBatch;
      const base = shapes.databaseEvent;
      if (!base) return void 0;
      const operation = isPlainObject6(payload) && typeof payload.name === "string" ? payload.name.split(".").pop() : void 0;
      const properties = operation ? shapes.databaseEventProperties[operation] : void 0;
      const current = base.properties.properties;
      if (!properties || !current) return base;
      return { ...base, properties: { ...base.properties, properties: { ...current, kind: "object", shape: properties } } };
    }
    default:
      return void 0;
  }
};
var emptyValueFor = (property) => {
  if (property.nullable) return null;
  if (property.kind === "array") return [];
  if (property.kind === "object") return property.shape ? fillRequired({}, property.shape) : {};
  return null;
};
var fillRequired = (value, shape) => {
  for (const [key, property] of Object.entries(shape.properties)) {
    if (!property.optional && !(key in value)) value[key] = emptyValueFor(property);
  }
  return value;
};
var conformToShape = (payload, shape) => {
  const added = [];
  const undeclared = [];
  const walk = (value, current, path) => {
    if (!isPlainObject6(value)) return value;
    const out = {};
    for (const [key, item] of Object.entries(value)) {
      const property = current.properties[key];
      if (!property) {
        undeclared.push(`${path}${key}`);
        out[key] = item;
      } else {
        out[key] = property.shape ? walk(item, property.shape, `${path}${key}.`) : item;
      }
    }
    for (const [key, property] of Object.entries(current.properties)) {
      if (property.optional || key in out) continue;
      out[key] = emptyValueFor(property);
      added.push(`${path}${key}`);
    }
    return out;
  };
  return { payload: walk(payload, shape, ""), added, undeclared };
};
var topLevelMismatch = (payload, shape) => {
  if (!isPlainObject6(payload)) return { missing: [], undeclared: [] };
  const missing = Object.entries(shape.properties).filter(([key, property]) => !property.optional && !(key in payload)).map(([key]) => key);
  const undeclared = Object.keys(payload).filter((key) => !Object.hasOwn(shape.properties, key));
  return { missing, undeclared };
};

// src-shared/twenty/saved-payload/staleness.ts
var INSTALL_HOOKS = {
  preInstall: "definePreInstallLogicFunction",
  postInstall: "definePostInstallLogicFunction",
  uninstall: "defineUninstallLogicFunction"
};
var functionTriggers = (fn) => {
  for (const [trigger, define] of Object.entries(INSTALL_HOOKS)) if (fn.defineFunction === define) return [trigger];
  const c = fn.config;
  const triggers = [];
  if (c.httpRouteTriggerSettings) triggers.push("route");
  if (c.databaseEventTriggerSettings) triggers.push("databaseEvent");
  if (c.cronTriggerSettings) triggers.push("cron");
  if (c.toolTriggerSettings || c.isTool) triggers.push("tool");
  if (c.workflowActionTriggerSettings) triggers.push("workflowAction");
  if (triggers.length === 0) triggers.push("manual");
  return triggers;
};
var TRIGGER_LABELS = {
  route: "HTTP route",
  databaseEvent: "database event",
  cron: "cron",
  tool: "tool",
  workflowAction: "workflow action",
  preInstall: "pre-install",
  postInstall: "post-install",
  uninstall: "uninstall",
  manual: "no trigger (exec)"
};
var isPlainObject7 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var routeStaleness = (saved, fn) => {
  const settings = fn.config.httpRouteTriggerSettings;
  const payload = isPlainObject7(saved.payload) ? saved.payload : {};
  const http = isPlainObject7(payload.requestContext) && isPlainObject7(payload.requestContext.http) ? payload.requestContext.http : {};
  const method = typeof saved.inputs.method === "string" ? saved.inputs.method : typeof http.method === "string" ? http.method : null;
  const url = typeof saved.inputs.url === "string" ? saved.inputs.url : typeof http.path === "string" ? http.path : null;
  if (!method || !url) return "The saved route request has no method or URL.";
  const routing = matchRoute([{ universalIdentifier: fn.universalIdentifier, name: fn.name, httpRouteTriggerSettings: settings }], { method, path: url });
  if (routing.match) {
    const expected = Object.keys(routing.match.pathParameters).sort().join(",");
    const saveParams = isPlainObject7(payload.pathParameters) ? Object.keys(payload.pathParameters).sort().join(",") : expected;
    if (expected !== saveParams) return `The route's path parameters are now ${expected || "none"}; the saved payload has ${saveParams || "none"}.`;
    return null;
  }
  if (String(settings.httpMethod).toUpperCase() !== method.toUpperCase() && routing.closest.some((c) => c.reason === "method-differs")) {
    return `The route now answers ${settings.httpMethod}, not ${method.toUpperCase()}.`;
  }
  return `The route path is now ${settings.path}: ${method.toUpperCase()} ${url} no longer matches it.`;
};
var eventStaleness = (saved, fn) => {
  const trigger = fn.config.databaseEventTriggerSettings;
  const payload = isPlainObject7(saved.payload) ? saved.payload : {};
  const object = typeof saved.inputs.object === "string" ? saved.inputs.object : null;
  const operation = typeof saved.inputs.operation === "string" ? saved.inputs.operation : null;
  const name = object && operation ? `${object}.${operation}` : typeof payload.name === "string" ? payload.name : null;
  if (!name) return "The saved event has no name.";
  const events2 = Array.isArray(payload.events) ? payload.events.filter(isPlainObject7) : [payload];
  const fieldsOf = (event) => {
    const properties = isPlainObject7(event.properties) ? event.properties : {};
    return Array.isArray(properties.updatedFields) ? properties.updatedFields.map(String) : void 0;
  };
  const decisions = events2.map((event) => matchDatabaseEvent(trigger, { name, updatedFields: fieldsOf(event) }));
  const firing = decisions.find((decision) => decision.fires);
  return firing ? null : `The function no longer fires for this event: ${decisions[0]?.reason ?? `"${trigger.eventName}" does not match ${name}`}.`;
};
var quoteList = (keys) => keys.map((key) => `"${key}"`).join(", ");
var sdkShapeStaleness = (saved, sdk) => {
  const shape = shapeForPayload(sdk.shapes, saved.trigger, saved.payload);
  if (!shape || !isPlainObject7(saved.payload)) return null;
  const { missing, undeclared } = topLevelMismatch(saved.payload, shape);
  if (missing.length === 0 && undeclared.length === 0) return null;
  const sdkName = sdk.version ? `twenty-sdk ${sdk.version}` : "the installed twenty-sdk";
  const typeName = shape.name ?? `${TRIGGER_LABELS[saved.trigger]} payload`;
  const problems = [
    ...missing.length > 0 ? [`${missing.length === 1 ? "the required key" : "the required keys"} ${quoteList(missing)} ${missing.length === 1 ? "is" : "are"} missing`] : [],
    ...undeclared.length > 0 ? [`${quoteList(undeclared)} ${undeclared.length === 1 ? "is" : "are"} not declared by the type`] : []
  ];
  return `The payload no longer matches ${typeName} in ${sdkName}: ${problems.join("; ")}.`;
};
var savedPayloadStaleness = (saved, fn, sdk) => {
  const reason = functionStaleness(saved, fn);
  return reason ?? (sdk ? sdkShapeStaleness(saved, sdk) : null);
};
var functionStaleness = (saved, fn) => {
  if (!fn) return `The function ${saved.function.name} (${saved.function.universalIdentifier}) no longer exists.`;
  if (saved.trigger === "manual") return null;
  const triggers = functionTriggers(fn);
  if (!triggers.includes(saved.trigger)) {
    const now = triggers.length > 0 ? triggers.map((t) => TRIGGER_LABELS[t]).join(", ") : "none";
    return `The function no longer has a ${TRIGGER_LABELS[saved.trigger]} trigger (now: ${now}).`;
  }
  switch (saved.trigger) {
    case "route":
      return routeStaleness(saved, fn);
    case "databaseEvent":
      return eventStaleness(saved, fn);
    case "tool":
    case "workflowAction": {
      const settings = saved.trigger === "tool" ? fn.config.toolTriggerSettings : fn.config.workflowActionTriggerSettings;
      const schema = settings?.inputSchema ?? (saved.trigger === "tool" ? fn.config.toolInputSchema : void 0);
      const problems = validateInputPayload(schema, saved.payload);
      return problems.length === 0 ? null : `The payload no longer matches the inputSchema: ${problems.map((p) => p.message).join("; ")}.`;
    }
    case "preInstall":
    case "postInstall":
      return isPlainObject7(saved.payload) && typeof saved.payload.newVersion === "string" ? null : 'An install payload needs "newVersion" (a string).';
    default:
      return null;
  }
};

// src-shared/twenty/sample-payload.ts
function defaultTrigger(defineFunction, config) {
  if (defineFunction === "defineHealthCheck") return "healthCheck";
  const first = functionTriggers({ defineFunction, config })[0];
  if (first && first !== "manual") return first;
  return config.serverRouteTriggerSettings ? "serverRoute" : "none";
}
function exampleForSchema(schema) {
  const node = schema ?? {};
  if (Array.isArray(node.enum) && node.enum.length > 0) return node.enum[0];
  switch (node.type) {
    case "string":
      return "example";
    case "number":
    case "integer":
      return 1;
    case "boolean":
      return true;
    case "array":
      return [exampleForSchema(node.items)];
    case "object":
      return Object.fromEntries(Object.entries(node.properties ?? {}).map(([key, value]) => [key, exampleForSchema(value)]));
    default:
      return node.properties ? exampleForSchema({ ...node, type: "object" }) : null;
  }
}
function triggerInputSchema(config, trigger) {
  if (trigger === "tool") return config.toolTriggerSettings?.inputSchema ?? config.toolInputSchema;
  if (trigger === "workflowAction") return config.workflowActionTriggerSettings?.inputSchema;
  return void 0;
}
function payloadForTrigger(trigger, config, appVersion) {
  const version = appVersion ?? "0.1.0";
  switch (trigger) {
    case "route": {
      const route = config.httpRouteTriggerSettings ?? {};
      const pathParameters = {};
      const path = (route.path ?? "/").replace(/:(\w+)/g, (_match, name) => {
        pathParameters[name] = `example-${name}`;
        return pathParameters[name];
      });
      const method = route.httpMethod ?? "GET";
      const hasBody = !["GET", "DELETE"].includes(method);
      return buildRoutePayload({
        method,
        url: `/s${path.startsWith("/") ? path : `/${path}`}`,
        headers: { "content-type": "application/json", ...Object.fromEntries((route.forwardedRequestHeaders ?? []).map((name) => [name.toLowerCase(), "example"])) },
        body: hasBody ? JSON.stringify({ example: true }) : null,
        pathParameters,
        forwardedRequestHeaders: route.forwardedRequestHeaders ?? [],
        userWorkspaceId: null
      }).payload;
    }
    case "serverRoute": {
      const settings = config.serverRouteTriggerSettings ?? {};
      const method = settings.httpMethods?.[0] ?? "POST";
      return buildRoutePayload({
        method,
        url: serverRouteUrl(String(config.universalIdentifier ?? "")),
        headers: { "content-type": "application/json", ...Object.fromEntries((settings.forwardedRequestHeaders ?? []).map((name) => [name.toLowerCase(), "example"])) },
        body: method === "GET" ? null : JSON.stringify({ example: true }),
        pathParameters: {},
        forwardedRequestHeaders: settings.forwardedRequestHeaders ?? [],
        userWorkspaceId: null
      }).payload;
    }
    case "databaseEvent": {
      const eventName = String(config.databaseEventTriggerSettings?.eventName ?? "*.*");
      const [objectPart, operationPart] = eventName.split(".");
      const nameSingular = !objectPart || objectPart === "*" ? "company" : objectPart;
      const operation = !operationPart || operationPart === "*" ? "updated" : operationPart;
      const recordId = "20202020-1111-4000-8000-000000000001";
      const before = { id: recordId, name: "Before" };
      const after = { id: recordId, name: "After" };
      return buildDatabaseEventPayload({ objectMetadata: { nameSingular }, operation, recordId, before, after }).payload;
    }
    case "tool":
    case "workflowAction": {
      const schema = triggerInputSchema(config, trigger);
      const root = Array.isArray(schema) ? schema[0] : schema;
      return exampleForSchema(root ?? { type: "object", properties: {} }) ?? {};
    }
    case "preInstall":
    case "postInstall":
      return { newVersion: version };
    case "uninstall":
      return { version };
    case "cron":
    case "healthCheck":
    case "none":
    default:
      return {};
  }
}
function samplePayload(defineFunction, config, appVersion) {
  return payloadForTrigger(defaultTrigger(defineFunction, config), config, appVersion);
}

// src-shared/twenty/saved-payload/payload-template.ts
var sdkLabel = (sdk) => sdk.version ? `twenty-sdk ${sdk.version}` : "the installed twenty-sdk";
var conformTemplateToSdk = (template, sdk) => {
  const withVersion = { ...template, ...sdk.version ? { sdkVersion: sdk.version } : {} };
  const shape = shapeForPayload(sdk.shapes, template.trigger, template.payload);
  if (!shape) return withVersion;
  const { payload, undeclared } = conformToShape(template.payload, shape);
  const typeName = shape.name ?? "payload type";
  const warnings = undeclared.map((path) => `${sdkLabel(sdk)}'s ${typeName} does not declare "${path}".`);
  return { ...withVersion, payload, ...warnings.length > 0 ? { warnings } : {} };
};
var payloadTemplate = (fn, trigger, appVersion, sdk) => {
  const template = builtTemplate(fn, trigger, appVersion);
  return sdk ? conformTemplateToSdk(template, sdk) : template;
};
var builtTemplate = (fn, trigger, appVersion) => {
  const triggers = functionTriggers(fn);
  const chosen = trigger ?? triggers[0] ?? "cron";
  const sample = chosen === "manual" ? "none" : chosen;
  const inputSchema = triggerInputSchema(fn.config, sample);
  return {
    trigger: chosen,
    triggers,
    payload: payloadForTrigger(sample, fn.config, appVersion),
    ...inputSchema !== void 0 ? { inputSchema } : {}
  };
};

// src-main/core/routes/local-route-server.ts
var import_node_http = require("node:http");

// src-main/core/http/guarded-handler.ts
function guardedRequestHandler(handler) {
  return (request, response) => {
    request.on("error", () => void 0);
    response.on("error", () => void 0);
    const fail = () => {
      try {
        if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        response.end("Internal error");
      } catch {
        response.destroy();
      }
    };
    try {
      const outcome = handler(request, response);
      if (outcome && typeof outcome.then === "function") outcome.catch(fail);
    } catch {
      fail();
    }
  };
}

// src-main/core/http/loopback-guard.ts
var LOOPBACK_HOSTS = /* @__PURE__ */ new Set(["127.0.0.1", "localhost", "[::1]"]);
function checkLoopbackCaller(headers, port, acceptExternal = false) {
  if (acceptExternal) return { ok: true };
  const host = (headers.host ?? "").toLowerCase();
  const match2 = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host);
  if (!match2 || !LOOPBACK_HOSTS.has(match2[1]) || Number(match2[2] ?? 80) !== port) {
    return { ok: false, status: 421, reason: `Host "${headers.host ?? ""}" is not this loopback server (127.0.0.1:${port}). Turn on "accept external callers" for a tunnel.` };
  }
  const origin = headers.origin;
  if (origin !== void 0 && origin !== "null") {
    let originUrl = null;
    try {
      originUrl = new URL(origin);
    } catch {
      originUrl = null;
    }
    const sameLoopback = originUrl !== null && LOOPBACK_HOSTS.has(originUrl.hostname === "::1" ? "[::1]" : originUrl.hostname) && Number(originUrl.port || 80) === port;
    if (!sameLoopback) return { ok: false, status: 403, reason: `Requests from ${origin} are refused: a web page must not call the studio's local servers.` };
  } else if (origin === "null") {
    return { ok: false, status: 403, reason: "Requests from an opaque origin are refused." };
  }
  if (headers["sec-fetch-site"] === "cross-site") {
    return { ok: false, status: 403, reason: "Cross-site requests are refused: a web page must not call the studio's local servers." };
  }
  return { ok: true };
}
var loopbackHeaders = (request) => ({
  host: request.headers.host,
  origin: request.headers.origin,
  "sec-fetch-site": typeof request.headers["sec-fetch-site"] === "string" ? request.headers["sec-fetch-site"] : void 0
});

// src-main/core/routes/local-route-server.ts
var MAX_BODY_BYTES = 10 * 1024 * 1024;
var readBody = (request) => new Promise((resolve13, reject) => {
  const chunks = [];
  let size = 0;
  request.on("data", (chunk) => {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      reject(Object.assign(new Error("Request body too large"), { status: 413 }));
      request.destroy();
      return;
    }
    chunks.push(chunk);
  });
  request.on("end", () => resolve13(chunks.length === 0 ? null : Buffer.concat(chunks).toString("utf8")));
  request.on("error", reject);
});
var headerPairs = (request) => {
  const pairs = [];
  for (let i = 0; i + 1 < request.rawHeaders.length; i += 2) pairs.push({ name: request.rawHeaders[i], value: request.rawHeaders[i + 1] });
  return pairs;
};
var LocalRouteServer = class {
  constructor(options) {
    this.options = options;
  }
  options;
  server = null;
  port = null;
  lastError;
  acceptExternalCallers = false;
  /** start/stop run one after the other, so a stop during a start stops the started server. */
  queue = Promise.resolve();
  state() {
    if (!this.server || this.port === null) return { running: false, ...this.lastError ? { error: this.lastError } : {} };
    return { running: true, url: `http://127.0.0.1:${this.port}`, port: this.port, acceptExternalCallers: this.acceptExternalCallers };
  }
  start(port = 0, acceptExternalCallers) {
    return this.enqueue(async () => {
      if (acceptExternalCallers !== void 0 && acceptExternalCallers !== this.acceptExternalCallers) {
        this.acceptExternalCallers = acceptExternalCallers;
        if (this.server) this.options.onStateChange?.(this.state());
      }
      return this.doStart(port);
    });
  }
  stop() {
    return this.enqueue(() => this.doStop());
  }
  enqueue(step) {
    const next = this.queue.then(step);
    this.queue = next.catch(() => void 0);
    return next;
  }
  async doStart(port) {
    if (this.server) {
      if (port === 0 || port === this.port) return this.state();
      await this.doStop();
    }
    const server = (0, import_node_http.createServer)(guardedRequestHandler((request, response) => this.serve(request, response)));
    server.on("clientError", (_error, socket) => socket.destroy());
    try {
      await new Promise((resolve13, reject) => {
        server.once("error", reject);
        server.listen(port, "127.0.0.1", () => {
          server.off("error", reject);
          resolve13();
        });
      });
    } catch (error) {
      this.lastError = `Could not listen on 127.0.0.1:${port}: ${error.message}`;
      this.options.onStateChange?.(this.state());
      return this.state();
    }
    server.unref();
    this.server = server;
    this.port = server.address().port;
    this.lastError = void 0;
    this.options.onStateChange?.(this.state());
    return this.state();
  }
  async doStop() {
    const server = this.server;
    this.server = null;
    this.port = null;
    if (server) {
      server.closeAllConnections();
      await new Promise((resolve13) => server.close(() => resolve13()));
      this.options.onStateChange?.(this.state());
    }
    return this.state();
  }
  async serve(request, response) {
    const method = request.method ?? "GET";
    const url = request.url ?? "/";
    const started = Date.now();
    const send = (status, headers, body2) => {
      response.writeHead(status, headers);
      response.end(body2);
      this.options.log?.(`${method} ${url} -> ${status} (${Date.now() - started} ms)`, status >= 500 ? "ERROR" : "SYSTEM");
    };
    const verdict = checkLoopbackCaller(loopbackHeaders(request), this.port ?? 0, this.acceptExternalCallers);
    if (!verdict.ok) {
      const error = buildErrorResponse(verdict.status, verdict.reason);
      send(verdict.status, error.headers, error.body);
      return;
    }
    if (!/^\/s(\/|$|\?)/.test(url) && serverRouteIdentifier(url) === null) {
      const error = buildErrorResponse(404, `Cannot ${method} ${url.split("?")[0]}: the local route server only serves /s/<path> and /webhooks/server/<id>`);
      send(404, error.headers, error.body);
      return;
    }
    let body;
    try {
      body = await readBody(request);
    } catch (error) {
      const status = error.status ?? 400;
      const answer = buildErrorResponse(status, error.message);
      send(status, answer.headers, answer.body);
      return;
    }
    try {
      const result = await this.options.handle({ method, url, headers: headerPairs(request), body });
      const answer = result.response ?? buildErrorResponse(500, "No response");
      send(answer.status, answer.headers, answer.body);
    } catch (error) {
      const answer = buildErrorResponse(500, error.message);
      send(500, answer.headers, answer.body);
    }
  }
};

// src-main/core/payloads/app-functions.ts
var appFunctions = (model) => {
  const entities = model.entities.filter((entity) => entity.section === "logicFunctions" && !!entity.universalIdentifier && !!entity.config);
  const byUid = new Map(entities.map((entity) => [entity.universalIdentifier, entity]));
  const seen = /* @__PURE__ */ new Set();
  const functions = [];
  for (const entry of model.manifest.logicFunctions) {
    const uid = typeof entry.universalIdentifier === "string" ? entry.universalIdentifier : null;
    const entity = uid ? byUid.get(uid) : void 0;
    if (!uid || !entity || seen.has(uid)) continue;
    seen.add(uid);
    functions.push(describe(entity, { ...entity.config, ...entry }));
  }
  for (const entity of entities) if (!seen.has(entity.universalIdentifier)) functions.push(describe(entity, entity.config ?? {}));
  return functions;
};
var describe = (entity, config) => ({
  universalIdentifier: entity.universalIdentifier,
  name: typeof config.name === "string" ? config.name : null,
  file: entity.file,
  defineFunction: entity.defineFunction,
  config
});
var findAppFunction = (model, universalIdentifier) => {
  const functions = appFunctions(model);
  const found = functions.find((fn) => fn.universalIdentifier === universalIdentifier);
  if (!found) {
    const available = functions.map((fn) => `${fn.name ?? fn.file} (${fn.universalIdentifier})`).join(", ");
    throw new StudioError("UNKNOWN_FUNCTION", `No logic function with universalIdentifier ${universalIdentifier}. Available: ${available || "none"}.`);
  }
  return found;
};
var requireModel = (model) => {
  if (!model) throw new StudioError("NO_MODEL", "The app has not been loaded yet.");
  return model;
};

// src-main/core/runner/function-runner.ts
var import_node_crypto4 = require("node:crypto");
var import_node_os3 = require("node:os");

// src-main/core/runner/function-environment.ts
var import_node_path15 = require("node:path");
var RESERVED_ENV_NAMES = [
  "TWENTY_API_URL",
  "TWENTY_APP_ACCESS_TOKEN",
  "TWENTY_APP_APPLICATION_ACCESS_TOKEN",
  "TWENTY_API_KEY",
  "TWENTY_FUNCTIONS_URL",
  "APPLICATION_ID"
];
var serializeVariableValue = (value) => {
  if (value === null || value === void 0) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean" || typeof value === "number" || typeof value === "bigint") return String(value);
  return JSON.stringify(value);
};
var buildFunctionEnvironment = (environment) => {
  const variables = {};
  for (const source of [environment.serverVariables ?? {}, environment.applicationVariables ?? {}]) {
    for (const [name, value] of Object.entries(source)) variables[name] = serializeVariableValue(value);
  }
  for (const name of [...RESERVED_ENV_NAMES, "NODE_OPTIONS"]) delete variables[name];
  return {
    TWENTY_API_URL: environment.apiUrl,
    TWENTY_APP_ACCESS_TOKEN: environment.appAccessToken,
    TWENTY_APP_APPLICATION_ACCESS_TOKEN: environment.applicationAccessToken,
    TWENTY_API_KEY: environment.apiKey,
    TWENTY_FUNCTIONS_URL: environment.functionsUrl,
    APPLICATION_ID: environment.applicationId,
    ...variables
  };
};
var buildBaseProcessEnvironment = (nodeBinary, runTempDir, home) => {
  if (process.platform === "win32") {
    const systemRoot = process.env.SystemRoot ?? "C:\\Windows";
    return {
      PATH: [(0, import_node_path15.dirname)(nodeBinary), `${systemRoot}\\system32`, systemRoot].join(import_node_path15.delimiter),
      SystemRoot: systemRoot,
      USERPROFILE: home,
      HOME: home,
      TEMP: runTempDir,
      TMP: runTempDir
    };
  }
  const path = [.../* @__PURE__ */ new Set([(0, import_node_path15.dirname)(nodeBinary), "/usr/local/bin", "/usr/bin", "/bin"])].join(import_node_path15.delimiter);
  return { PATH: path, HOME: home, TMPDIR: runTempDir };
};

// src-main/core/runner/fs-confinement.ts
var import_node_fs7 = require("node:fs");
var import_node_path16 = require("node:path");
var parseVersion = (text) => {
  const match2 = /^v?(\d+)\.(\d+)\.(\d+)/.exec(text.trim());
  return match2 ? [Number(match2[1]), Number(match2[2]), Number(match2[3])] : null;
};
var atLeast = (version, major, minor) => version[0] > major || version[0] === major && version[1] >= minor;
var permissionModelFlags = (nodeVersion, node) => {
  if (node.env.ELECTRON_RUN_AS_NODE) return { unavailable: "Electron's built-in Node runs functions (no `node` on PATH); set a Node binary in the run settings to confine file access" };
  const version = parseVersion(nodeVersion);
  if (!version) return { unavailable: `the Node version is unknown (${nodeVersion || "no answer to --version"})` };
  const stable = atLeast(version, 23, 5) || version[0] === 22 && atLeast(version, 22, 13);
  if (stable) return { flags: ["--permission", "--disable-warning=SecurityWarning"] };
  if (atLeast(version, 20, 11)) return { flags: ["--experimental-permission", "--disable-warning=ExperimentalWarning", "--disable-warning=SecurityWarning"] };
  return { unavailable: `Node ${nodeVersion} has no permission model the studio can use (20.11 or later needed)` };
};
var CAPABILITY_FLAGS = ["--allow-child-process", "--allow-worker", "--allow-addons", "--allow-wasi"];
var safeRealpath = (path) => {
  try {
    return (0, import_node_fs7.realpathSync)(path);
  } catch {
    return null;
  }
};
var linkChain = (path) => {
  const chain = [];
  let current = path;
  for (let hop = 0; hop < 16; hop += 1) {
    try {
      if (!(0, import_node_fs7.lstatSync)(current).isSymbolicLink()) break;
      current = (0, import_node_path16.resolve)((0, import_node_path16.dirname)(current), (0, import_node_fs7.readlinkSync)(current));
      chain.push(current);
    } catch {
      break;
    }
  }
  return chain;
};
var outermostNodeModules = (path) => {
  const parts = path.split(import_node_path16.sep);
  const index = parts.indexOf("node_modules");
  return index === -1 ? null : parts.slice(0, index + 1).join(import_node_path16.sep) || import_node_path16.sep;
};
var bundleReadPaths = (bundleDir) => {
  const paths = /* @__PURE__ */ new Set([bundleDir]);
  const realBundleDir = safeRealpath(bundleDir);
  if (realBundleDir) paths.add(realBundleDir);
  for (const hop of linkChain((0, import_node_path16.join)(bundleDir, "node_modules"))) paths.add(hop);
  const nodeModules = safeRealpath((0, import_node_path16.join)(bundleDir, "node_modules"));
  if (nodeModules) {
    paths.add(nodeModules);
    const entries = (dir) => {
      try {
        return (0, import_node_fs7.readdirSync)(dir);
      } catch {
        return [];
      }
    };
    for (const name of entries(nodeModules)) {
      const names = name.startsWith("@") ? entries((0, import_node_path16.join)(nodeModules, name)).map((inner) => (0, import_node_path16.join)(name, inner)) : [name];
      for (const packageName of names) {
        const real = safeRealpath((0, import_node_path16.join)(nodeModules, packageName));
        if (!real || real.startsWith(nodeModules + import_node_path16.sep)) continue;
        paths.add(outermostNodeModules(real) ?? (0, import_node_path16.dirname)(real));
      }
    }
  }
  return [...paths];
};
var cachedReadPaths = /* @__PURE__ */ new Map();
var READ_PATHS_TTL_MS = 5e3;
var bundleReadPathsCached = (bundleDir, now = Date.now()) => {
  const cached = cachedReadPaths.get(bundleDir);
  if (cached && now - cached.at < READ_PATHS_TTL_MS) return cached.paths;
  const paths = bundleReadPaths(bundleDir);
  if (safeRealpath((0, import_node_path16.join)(bundleDir, "node_modules"))) cachedReadPaths.set(bundleDir, { at: now, paths });
  else cachedReadPaths.delete(bundleDir);
  return paths;
};
var minimalPathSet = (paths) => {
  const kept = [];
  for (const path of [...new Set(paths)].sort((a, b) => a.length - b.length)) {
    if (!kept.some((outer) => path === outer || path.startsWith(outer.endsWith(import_node_path16.sep) ? outer : outer + import_node_path16.sep))) kept.push(path);
  }
  return kept;
};
var bundleRootOf = (bundlePath) => {
  const own = (0, import_node_path16.dirname)(bundlePath);
  for (let dir = own; ; dir = (0, import_node_path16.dirname)(dir)) {
    if ((0, import_node_fs7.existsSync)((0, import_node_path16.join)(dir, "package.json"))) return dir;
    if ((0, import_node_path16.dirname)(dir) === dir) return own;
  }
};
var fileSystemConfinement = (input) => {
  if (!input.enabled) return { kind: "off" };
  const model = permissionModelFlags(input.nodeVersion, input.node);
  if ("unavailable" in model) return { kind: "unavailable", reason: model.unavailable };
  const readPaths = minimalPathSet([(0, import_node_path16.dirname)(input.childScript), ...bundleReadPathsCached(input.bundleDir)]);
  return { kind: "confined", flags: [...model.flags, ...CAPABILITY_FLAGS, ...readPaths.map((path) => `--allow-fs-read=${path}`)], readPaths };
};
var runFolderFlags = (tempDir) => [`--allow-fs-read=${tempDir}`, `--allow-fs-write=${tempDir}`];
var PROC_GRANT_EXEC = 'unset PWD OLDPWD; exec "$0" --allow-fs-read=/proc/$$/stat --allow-fs-read=/proc/$$/task/$$/children "$@"';

// src-main/core/runner/node-binary.ts
var import_node_fs8 = require("node:fs");
var import_node_path17 = require("node:path");
var isExecutable = (path) => {
  try {
    if (!(0, import_node_fs8.statSync)(path).isFile()) return false;
    (0, import_node_fs8.accessSync)(path, import_node_fs8.constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
var findNodeOnPath = (pathVariable = process.env.PATH ?? "") => {
  const names = process.platform === "win32" ? ["node.exe", "node.cmd"] : ["node"];
  for (const dir of pathVariable.split(import_node_path17.delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const candidate = (0, import_node_path17.join)(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
};
var resolveNodeBinary = (configured) => {
  if (configured) return { path: configured, env: {} };
  const onPath = findNodeOnPath();
  if (onPath) return { path: onPath, env: {} };
  return { path: process.execPath, env: process.versions.electron ? { ELECTRON_RUN_AS_NODE: "1" } : {} };
};

// src-main/core/runner/run-child-pool.ts
var import_node_child_process4 = require("node:child_process");
var import_node_fs10 = require("node:fs");
var import_node_path19 = require("node:path");

// src-main/core/runner/process-tree.ts
var import_node_child_process2 = require("node:child_process");
var import_node_fs9 = require("node:fs");
var import_promises12 = require("node:fs/promises");
var import_node_path18 = require("node:path");
var killProcessTree = (pid) => {
  if (pid === void 0) return;
  if (process.platform === "win32") {
    (0, import_node_child_process2.spawn)("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore", windowsHide: true }).on("error", () => void 0);
    return;
  }
  signalGroup(pid, "SIGKILL");
};
var signalGroup = (pgid, signal) => {
  try {
    process.kill(-pgid, signal);
  } catch {
  }
};
var signalPid = (pid, signal) => {
  try {
    process.kill(pid, signal);
  } catch {
  }
};
var parseProcStat = (text) => {
  const close = text.lastIndexOf(")");
  if (close === -1) return null;
  const pid = Number(text.slice(0, text.indexOf(" ")));
  const fields = text.slice(close + 2).split(" ");
  if (fields.length < 20 || !Number.isInteger(pid)) return null;
  return { pid, state: fields[0], ppid: Number(fields[1]), pgid: Number(fields[2]), sid: Number(fields[3]), startTime: fields[19] };
};
var hasProc = process.platform === "linux" && (0, import_node_fs9.existsSync)(`/proc/${process.pid}/stat`);
var readStatSync = (pid) => {
  try {
    return parseProcStat((0, import_node_fs9.readFileSync)(`/proc/${pid}/stat`, "latin1"));
  } catch {
    return null;
  }
};
var readStat = async (pid) => {
  try {
    return parseProcStat(await (0, import_promises12.readFile)(`/proc/${pid}/stat`, "latin1"));
  } catch {
    return null;
  }
};
var readChildren = async (pid) => {
  try {
    return (await (0, import_promises12.readFile)(`/proc/${pid}/task/${pid}/children`, "latin1")).split(" ").filter(Boolean).map(Number);
  } catch {
    return [];
  }
};
var readRssBytes = async (pid) => {
  try {
    const match2 = /^VmRSS:\s+(\d+)\s+kB/m.exec(await (0, import_promises12.readFile)(`/proc/${pid}/status`, "latin1"));
    return match2 ? Number(match2[1]) * 1024 : 0;
  } catch {
    return 0;
  }
};
var isLive = (stat8) => stat8 !== null && stat8.state !== "Z" && stat8.state !== "X";
var readProcessTable = async () => {
  const table = /* @__PURE__ */ new Map();
  let names = [];
  try {
    names = await (0, import_promises12.readdir)("/proc");
  } catch {
    return table;
  }
  const stats = await Promise.all(names.filter((name) => /^\d+$/.test(name)).map((name) => readStat(Number(name))));
  for (const stat8 of stats) if (isLive(stat8)) table.set(stat8.pid, stat8);
  return table;
};
var MAX_KILL_SWEEPS = 6;
var RunProcessTracker = class {
  constructor(rootPid, runFolder = null) {
    this.runFolder = runFolder;
    if (rootPid !== void 0) this.attach(rootPid);
  }
  runFolder;
  /** pid -> start time of every process seen in the run. */
  known = /* @__PURE__ */ new Map();
  groups = /* @__PURE__ */ new Set();
  sessions = /* @__PURE__ */ new Set();
  polling = null;
  killing = null;
  /** Something was learnt since the last kill sweep started. */
  dirty = true;
  rootPid;
  /** The run's first process (the launcher), once known: a child started by the spawner gets its pid a little later. */
  attach(rootPid) {
    if (this.rootPid !== void 0) return;
    this.rootPid = rootPid;
    this.groups.add(rootPid);
    if (process.platform !== "win32") this.sessions.add(rootPid);
    if (hasProc) this.adopt([rootPid]);
  }
  /** Pids known to belong to the run (tests and diagnostics). */
  get pids() {
    return [...this.known.keys()];
  }
  /**
   * Adds processes of the run (with their group and session), e.g. the run child's children just
   * before it exits. Only descendants of a known process are taken: the report comes from a
   * process that runs user code and must not make the studio kill anything else.
   */
  adopt(pids) {
    if (!hasProc) return;
    for (const pid of pids) {
      if (!Number.isInteger(pid) || pid <= 1 || this.known.has(pid)) continue;
      const stat8 = readStatSync(pid);
      if (!isLive(stat8)) continue;
      if (pid === this.rootPid || this.descendsFromKnown(stat8)) this.remember(stat8);
    }
  }
  descendsFromKnown(stat8) {
    let ppid = stat8.ppid;
    for (let depth = 0; depth < 16 && ppid > 1; depth += 1) {
      if (this.known.has(ppid)) return true;
      const parent = readStatSync(ppid);
      if (!parent) return false;
      ppid = parent.ppid;
    }
    return false;
  }
  remember(stat8) {
    if (this.known.get(stat8.pid) !== stat8.startTime) this.dirty = true;
    this.known.set(stat8.pid, stat8.startTime);
    this.groups.add(stat8.pgid);
    this.sessions.add(stat8.sid);
  }
  /**
   * One look at the run's processes: new descendants are recorded, and the resident memory of all
   * of them summed (bytes). Cheap: two small reads per known process.
   */
  poll() {
    if (!hasProc || this.killing) return Promise.resolve(0);
    this.polling ??= this.pollOnce().finally(() => {
      this.polling = null;
    });
    return this.polling;
  }
  async pollOnce() {
    let total = 0;
    let frontier = [...this.known.keys()];
    const visited = /* @__PURE__ */ new Set();
    while (frontier.length > 0) {
      const next = [];
      await Promise.all(frontier.map(async (pid) => {
        visited.add(pid);
        const [rss, children] = await Promise.all([readRssBytes(pid), readChildren(pid)]);
        if (rss === 0 && !(0, import_node_fs9.existsSync)(`/proc/${pid}`)) {
          this.known.delete(pid);
          return;
        }
        total += rss;
        for (const child of children) {
          if (visited.has(child)) continue;
          if (!this.known.has(child)) {
            const stat8 = await readStat(child);
            if (!isLive(stat8)) continue;
            this.remember(stat8);
          }
          next.push(child);
        }
      }));
      frontier = next.filter((pid) => !visited.has(pid));
    }
    return total;
  }
  /**
   * Kills everything the run started. Resolves when the last sweep found nothing new. Called again
   * (the run child reported more pids), it sweeps again; otherwise it only kills the group again.
   */
  killAll() {
    if (this.rootPid === void 0) return Promise.resolve();
    if (!hasProc) {
      killProcessTree(this.rootPid);
      return Promise.resolve();
    }
    if (this.killing && !this.dirty) return this.killing;
    const previous = this.killing ?? Promise.resolve();
    this.killing = previous.then(() => this.killAllOnce());
    return this.killing;
  }
  async killAllOnce() {
    this.dirty = false;
    try {
      for (let sweep = 0; sweep < MAX_KILL_SWEEPS; sweep += 1) {
        const found = await this.match(await readProcessTable(), sweep === 0);
        for (const group of this.groups) signalGroup(group, "SIGKILL");
        for (const stat8 of found) signalPid(stat8.pid, "SIGKILL");
        if (found.length === 0) break;
      }
    } finally {
      for (const group of this.groups) signalGroup(group, "SIGKILL");
    }
  }
  /** The processes of the table that belong to the run; their groups and sessions join the run's. */
  async match(table, scanFolder = true) {
    const matched = /* @__PURE__ */ new Map();
    const own = process.pid;
    const take = (stat8, viaFolder = false) => {
      if (stat8.pid === own || matched.has(stat8.pid)) return;
      matched.set(stat8.pid, stat8);
      if (!viaFolder) this.remember(stat8);
    };
    for (const stat8 of table.values()) {
      if (this.known.get(stat8.pid) === stat8.startTime || this.groups.has(stat8.pgid) || this.sessions.has(stat8.sid)) take(stat8);
    }
    if (this.runFolder && scanFolder) {
      const folder = this.runFolder;
      await Promise.all([...table.values()].filter((stat8) => !matched.has(stat8.pid)).map(async (stat8) => {
        try {
          const cwd = await (0, import_promises12.readlink)(`/proc/${stat8.pid}/cwd`);
          if (cwd === folder || cwd.startsWith(folder + import_node_path18.sep)) take(stat8, true);
        } catch {
        }
      }));
    }
    const byParent = /* @__PURE__ */ new Map();
    for (const stat8 of table.values()) {
      const siblings = byParent.get(stat8.ppid);
      if (siblings) siblings.push(stat8);
      else byParent.set(stat8.ppid, [stat8]);
    }
    const queue = [...matched.keys()];
    while (queue.length > 0) {
      for (const child of byParent.get(queue.pop()) ?? []) {
        if (matched.has(child.pid)) continue;
        take(child);
        queue.push(child.pid);
      }
    }
    return [...matched.values()];
  }
};

// src-main/core/runner/run-spawner.ts
var import_node_child_process3 = require("node:child_process");
var import_node_events = require("node:events");
var import_node_stream = require("node:stream");
var SpawnedRunChild = class extends import_node_events.EventEmitter {
  constructor(owner, id) {
    super();
    this.owner = owner;
    this.id = id;
    for (const pass of this.pipes()) pass.once("end", () => this.maybeClose());
  }
  owner;
  id;
  pid;
  stdout = new import_node_stream.PassThrough();
  stderr = new import_node_stream.PassThrough();
  notice = new import_node_stream.PassThrough();
  sockets = [];
  exitArgs = null;
  channelClosed = false;
  closeEmitted = false;
  referenced = true;
  get stdio() {
    return [null, this.stdout, this.stderr, null, this.notice];
  }
  get connected() {
    return this.pid !== void 0 && !this.channelClosed;
  }
  send(message, callback) {
    return this.owner.send(this.id, message, callback);
  }
  ref() {
    if (this.referenced) return;
    this.referenced = true;
    this.sockets.forEach((socket) => socket.ref());
    this.owner.adjustRefs(1);
  }
  unref() {
    if (!this.referenced) return;
    this.referenced = false;
    this.sockets.forEach((socket) => socket.unref());
    this.owner.adjustRefs(-1);
  }
  /** Called by RunSpawner for each reply about this child. */
  receive(reply, handle) {
    switch (reply.type) {
      case "spawned":
        this.pid = reply.pid;
        this.emit("spawn");
        break;
      case "pipe": {
        const pass = reply.fd === 1 ? this.stdout : reply.fd === 2 ? this.stderr : this.notice;
        const socket = handle;
        if (!socket) {
          pass.end();
          break;
        }
        this.sockets.push(socket);
        if (!this.referenced) socket.unref();
        socket.on("error", () => pass.end());
        pass.once("close", () => socket.destroy());
        socket.pipe(pass);
        break;
      }
      case "message":
        this.emit("message", reply.message);
        break;
      case "exit":
        this.exitArgs = [reply.code, reply.signal];
        this.emit("exit", reply.code, reply.signal);
        break;
      case "close":
        this.channelClosed = true;
        this.maybeClose();
        break;
      case "error":
        this.fail(new Error(reply.message));
        break;
      default:
        break;
    }
  }
  /** The spawner failed to start it, or died: end as a ChildProcess would. */
  fail(error) {
    if (this.pid === void 0) {
      this.channelClosed = true;
      for (const pass of this.pipes()) pass.end();
      this.closeEmitted = true;
      this.unref();
      this.owner.forget(this.id);
      this.emit("error", error);
      return;
    }
    if (!this.exitArgs) {
      this.exitArgs = [null, "SIGKILL"];
      this.emit("exit", null, "SIGKILL");
    }
    this.channelClosed = true;
    for (const pass of this.pipes()) if (!pass.writableEnded) pass.end();
    this.maybeClose();
  }
  pipes() {
    return [this.stdout, this.stderr, this.notice];
  }
  maybeClose() {
    if (this.closeEmitted || !this.channelClosed || !this.pipes().every((pass) => pass.readableEnded || pass.destroyed)) return;
    this.closeEmitted = true;
    this.unref();
    this.owner.forget(this.id);
    this.emit("close", ...this.exitArgs ?? [null, null]);
  }
};
var RunSpawner = class {
  constructor(script) {
    this.script = script;
  }
  script;
  process = null;
  nextId = 1;
  nextSeq = 1;
  children = /* @__PURE__ */ new Map();
  callbacks = /* @__PURE__ */ new Map();
  refs = 0;
  spawn(command, args, options) {
    const id = this.nextId++;
    const child = new SpawnedRunChild(this, id);
    this.children.set(id, child);
    this.adjustRefs(1);
    const request = { type: "spawn", id, command, args, ...options };
    if (!this.post(request)) queueMicrotask(() => child.fail(new Error("The run spawner is not running")));
    return child;
  }
  send(id, message, callback) {
    const seq = this.nextSeq++;
    if (callback) this.callbacks.set(seq, { id, done: callback });
    if (this.post({ type: "send", id, seq, message })) return true;
    this.callbacks.delete(seq);
    callback?.(new Error("The run spawner is not running"));
    return false;
  }
  /** A child that runs keeps the studio (or a CLI run) alive; an idle spawner does not. */
  adjustRefs(delta) {
    this.refs = Math.max(0, this.refs + delta);
    const channel = this.process?.channel;
    if (this.refs > 0) {
      this.process?.ref();
      channel?.ref?.();
    } else {
      this.process?.unref();
      channel?.unref?.();
    }
  }
  forget(id) {
    this.children.delete(id);
  }
  /** Starts the spawner ahead of the first run. */
  warm() {
    this.ensureStarted();
  }
  dispose() {
    const spawner = this.process;
    this.process = null;
    spawner?.kill();
  }
  post(request) {
    const spawner = this.ensureStarted();
    if (!spawner?.connected) return false;
    try {
      return spawner.send(request);
    } catch {
      return false;
    }
  }
  ensureStarted() {
    if (this.process?.connected) return this.process;
    const electron = Boolean(process.versions.electron);
    let spawner;
    try {
      spawner = (0, import_node_child_process3.fork)(this.script, [], {
        execPath: process.execPath,
        execArgv: [],
        // It holds no secret and passes none on: each run child gets its environment per request.
        env: { PATH: process.env.PATH ?? "", ...electron ? { ELECTRON_RUN_AS_NODE: "1" } : {} },
        stdio: ["ignore", "ignore", "inherit", "ipc"],
        serialization: "json"
      });
    } catch {
      return null;
    }
    this.process = spawner;
    spawner.on("message", (reply, handle) => this.dispatch(reply, handle));
    spawner.on("error", () => this.lost(spawner));
    spawner.on("exit", () => this.lost(spawner));
    this.adjustRefs(0);
    return spawner;
  }
  dispatch(reply, handle) {
    if (reply?.type === "sent") {
      const callback = this.callbacks.get(reply.seq);
      this.callbacks.delete(reply.seq);
      callback?.done(reply.error ? new Error(reply.error) : null);
      return;
    }
    const child = this.children.get(reply?.id);
    if (child) child.receive(reply, handle);
    else handle?.destroy?.();
  }
  /** The spawner ended: its children lost their channel (they end themselves), their runs end here. */
  lost(spawner) {
    if (this.process === spawner) this.process = null;
    const error = new Error("The run spawner exited");
    for (const [seq, callback] of [...this.callbacks]) {
      this.callbacks.delete(seq);
      callback.done(error);
    }
    for (const child of [...this.children.values()]) child.fail(error);
  }
};
var shared = /* @__PURE__ */ new Map();
var sharedRunSpawner = (script) => {
  if (process.platform === "win32" || process.env.TWENTY_STUDIO_DIRECT_SPAWN === "1") return null;
  let path = script;
  if (!path) {
    try {
      path = resolveChildScript("run-spawner");
    } catch {
      return null;
    }
  }
  let spawner = shared.get(path);
  if (!spawner) shared.set(path, spawner = new RunSpawner(path));
  return spawner;
};

// src-main/core/runner/run-child-pool.ts
var LAUNCHER_SCRIPT = 'unset PWD OLDPWD; "$@"; s=$?; if [ "$s" -gt 128 ]; then kill -"$((s - 128))" $$; fi; exit "$s"';
var LAUNCHER_SHELL = "/bin/sh";
var launcherAvailable = null;
var useLauncher = () => launcherAvailable ??= process.platform !== "win32" && (0, import_node_fs10.existsSync)(LAUNCHER_SHELL);
var canExecute = (path) => {
  try {
    (0, import_node_fs10.accessSync)(path, import_node_fs10.constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
var variantKey = (variant) => `${variant.memoryLimitMb}\0${variant.confinement.kind === "confined" ? variant.confinement.flags.join("\0") : variant.confinement.kind}`;
var RunChild = class {
  process;
  /** Resolves once the process has a pid (started), or failed to start. */
  started;
  tempDir;
  memoryLimitMb;
  variantKey;
  confinement;
  ready;
  /** Every process of the run (the launcher, the run child, what the function starts). */
  tracker;
  nodeVersion = null;
  /** The inspector's WebSocket URL, for a child started with `inspectPort`. */
  inspectorUrl = null;
  exited = false;
  constructor(spec) {
    this.memoryLimitMb = spec.memoryLimitMb;
    this.confinement = spec.confinement;
    this.variantKey = variantKey(spec);
    this.tempDir = (0, import_node_fs10.mkdtempSync)((0, import_node_path19.join)(spec.tempRoot, "twenty-run-"));
    const confined = spec.confinement.kind === "confined";
    const inspectArgs = spec.inspectPort !== void 0 ? [`--inspect=127.0.0.1:${spec.inspectPort}`] : [];
    const nodeArgs = [
      ...spec.confinement.kind === "confined" ? [...spec.confinement.flags, ...runFolderFlags(this.tempDir)] : [],
      "--enable-source-maps",
      `--max-old-space-size=${spec.memoryLimitMb}`,
      ...inspectArgs,
      spec.childScript,
      this.tempDir,
      String(process.pid)
    ];
    const launched = useLauncher() && canExecute(spec.node.path);
    const command = confined && launched ? [LAUNCHER_SHELL, "-c", PROC_GRANT_EXEC, spec.node.path] : [spec.node.path];
    const file = launched ? LAUNCHER_SHELL : spec.node.path;
    const args = launched ? ["-c", LAUNCHER_SCRIPT, "twenty-run-launcher", ...command, ...nodeArgs] : nodeArgs;
    const env = { ...buildBaseProcessEnvironment(spec.node.path, this.tempDir, spec.homeDir), ...spec.node.env };
    const detached = process.platform !== "win32";
    const spawner = spec.directSpawn ? null : sharedRunSpawner(spec.spawnerScript);
    this.process = spawner ? spawner.spawn(file, args, { cwd: this.tempDir, env, detached }) : (0, import_node_child_process4.spawn)(file, args, {
      cwd: this.tempDir,
      env,
      // fd 3: IPC (JSON, as the server's runner); fd 4: the synchronous process.exit notice.
      stdio: ["ignore", "pipe", "pipe", "ipc", "pipe"],
      serialization: "json",
      detached,
      windowsHide: true
    });
    this.tracker = new RunProcessTracker(this.process.pid, this.tempDir);
    this.started = new Promise((resolve13) => {
      if (this.process.pid !== void 0) return resolve13();
      this.process.once("spawn", () => {
        this.tracker.attach(this.process.pid);
        resolve13();
      });
      this.process.once("error", () => resolve13());
    });
    this.ready = new Promise((resolve13) => {
      const onMessage = (message) => {
        if (message?.type !== "ready") return;
        this.nodeVersion = message.nodeVersion;
        this.inspectorUrl = message.inspectorUrl ?? null;
        this.process.off("message", onMessage);
        resolve13(message.nodeVersion);
      };
      this.process.on("message", onMessage);
      this.process.once("exit", () => resolve13(null));
      this.process.once("error", () => resolve13(null));
    });
    this.process.once("exit", () => {
      this.exited = true;
    });
    this.process.on("error", () => {
      this.exited = true;
    });
  }
  get noticePipe() {
    return this.process.stdio[4] ?? null;
  }
  /** An idle child must not keep the studio (or a CLI run) alive; a running one must. */
  setKeepsParentAlive(keep) {
    const handles = [this.process, this.process.stdout, this.process.stderr, this.noticePipe, this.process.channel];
    for (const handle of handles) {
      if (keep) handle?.ref?.();
      else handle?.unref?.();
    }
  }
  /** Kills the run's processes, wherever they went (process group, setsid, detached). */
  kill() {
    return this.started.then(() => this.tracker.killAll());
  }
  /** Ends a child that never ran user code: its process group is all there is. */
  stopIdle() {
    this.discardOutput();
    void this.started.then(() => killProcessTree(this.process.pid));
  }
  /**
   * Reads what an idle child printed (a debug-ready child prints the inspector's banner) and drops it:
   * unread, its pipes never end, and a child whose pipes never end holds the studio open.
   */
  discardOutput() {
    for (const stream of [this.process.stdout, this.process.stderr, this.noticePipe]) stream?.resume();
  }
  removeTempDir() {
    (0, import_node_fs10.rmSync)(this.tempDir, { recursive: true, force: true });
  }
};
var RunChildPool = class {
  constructor(specFor, size, defaultVariant, onIdleReady) {
    this.specFor = specFor;
    this.size = size;
    this.onIdleReady = onIdleReady;
    this.nextVariant = defaultVariant;
  }
  specFor;
  size;
  onIdleReady;
  idle = [];
  disposed = false;
  /** What the next run most likely needs: the variant of the last one taken (the same app, the same limits). */
  nextVariant;
  /** A ready (or booting) child of the wanted variant, or a freshly spawned one. */
  take(variant) {
    const key = variantKey(variant);
    const index = this.idle.findIndex((child2) => !child2.exited && child2.variantKey === key);
    const child = index === -1 ? new RunChild(this.specFor(variant)) : this.idle.splice(index, 1)[0];
    if (key !== variantKey(this.nextVariant)) {
      this.nextVariant = variant;
      for (const stale of this.idle.splice(0)) this.stop(stale);
    }
    child.setKeepsParentAlive(true);
    setImmediate(() => this.refill());
    return child;
  }
  /** Starts the missing children; resolves once they have all booted. */
  async warm() {
    this.refill();
    await Promise.all(this.idle.map((child) => child.ready));
  }
  refill() {
    for (const child of this.idle.filter((candidate) => candidate.exited)) this.drop(child);
    while (!this.disposed && this.idle.length < this.size) {
      const child = new RunChild(this.specFor(this.nextVariant));
      void child.ready.then((version) => {
        if (!this.idle.includes(child)) return;
        child.setKeepsParentAlive(false);
        if (version !== null) this.onIdleReady?.(child);
      });
      child.process.once("exit", () => this.drop(child));
      this.idle.push(child);
    }
  }
  dispose() {
    this.disposed = true;
    for (const child of this.idle.splice(0)) this.stop(child);
  }
  stop(child) {
    child.stopIdle();
    void child.started.then(() => child.removeTempDir());
  }
  drop(child) {
    const index = this.idle.indexOf(child);
    if (index === -1) return;
    this.idle.splice(index, 1);
    child.discardOutput();
    child.removeTempDir();
  }
};
var probedVersions = /* @__PURE__ */ new Map();
var probeNodeVersion = (node) => {
  const known = probedVersions.get(node.path);
  if (known) return known;
  const probe = (0, import_node_child_process4.spawnSync)(node.path, ["--version"], { encoding: "utf8", env: { ...node.env, PATH: "" }, timeout: 1e4 });
  const version = probe.stdout?.trim() || "unknown";
  probedVersions.set(node.path, version);
  return version;
};

// src-main/core/runner/run-outcome.ts
var OUT_OF_MEMORY = /JavaScript heap out of memory|Reached heap limit|Allocation failed - process out of memory/;
var failure = (facts, error) => ({
  runId: facts.runId,
  data: null,
  logs: facts.logs,
  duration: facts.durationMs,
  status: "ERROR",
  error,
  calls: facts.calls,
  nodeVersion: facts.nodeVersion,
  stale: facts.stale
});
var success = (facts, data) => ({
  runId: facts.runId,
  data,
  logs: facts.logs,
  duration: facts.durationMs,
  status: "SUCCESS",
  calls: facts.calls,
  nodeVersion: facts.nodeVersion,
  stale: facts.stale
});
var buildRunResult = (facts) => {
  if (facts.startError !== null) {
    return failure(facts, { errorType: "SpawnError", errorMessage: facts.startError, stackTrace: "" });
  }
  if (facts.timeoutMs !== null) {
    return failure(facts, { errorType: "TimeoutError", errorMessage: `Timed out after ${facts.timeoutMs}ms`, stackTrace: "" });
  }
  if (facts.memoryExceeded) {
    const { rssMb, limitMb } = facts.memoryExceeded;
    return failure(facts, {
      errorType: "OutOfMemoryError",
      errorMessage: `Out of memory: the run's processes used ${rssMb} MB of resident memory, more than the ${limitMb} MB allowed (the ${facts.memoryLimitMb} MB memory limit plus room for Node itself; Buffers and native memory count). Use less memory or raise the run memory limit.`,
      stackTrace: ""
    });
  }
  if (facts.cancelled) {
    return failure(facts, { errorType: "CancelledError", errorMessage: `Cancelled after ${Math.round(facts.durationMs)}ms`, stackTrace: "" });
  }
  if (facts.reported) {
    return facts.reported.ok ? success(facts, JSON.parse(facts.reported.json)) : failure(facts, facts.reported.error);
  }
  if (OUT_OF_MEMORY.test(facts.stderrTail)) {
    return failure(facts, {
      errorType: "OutOfMemoryError",
      errorMessage: `Out of memory: the function needed more than its ${facts.memoryLimitMb} MB heap (--max-old-space-size=${facts.memoryLimitMb}). Use less memory or raise the run memory limit.`,
      stackTrace: ""
    });
  }
  if (facts.exitNotice) {
    const { code, stack } = facts.exitNotice;
    if (code === 0) return success(facts, null);
    return failure(facts, {
      errorType: "ProcessExitError",
      errorMessage: `Exited with code ${code}: the function called process.exit(${code}) before its handler returned`,
      stackTrace: `process.exit(${code}) called
${stack}`
    });
  }
  if (facts.signal) {
    return failure(facts, {
      errorType: "ProcessKilledError",
      errorMessage: `Killed by ${facts.signal} before the handler returned`,
      stackTrace: ""
    });
  }
  if (facts.exitCode === 0) return success(facts, null);
  return failure(facts, {
    errorType: "ProcessExitError",
    errorMessage: `Exited with code ${facts.exitCode} before the handler returned`,
    stackTrace: ""
  });
};

// src-main/core/runner/run-output.ts
var import_node_string_decoder = require("node:string_decoder");
var LEVEL = { stdout: "INFO", stderr: "ERROR" };
var MARK_LEAD = 30;
var MARK_LENGTH = 3;
var truncationMarker = (limitBytes) => `[twenty-studio] Output truncated: the run printed more than ${formatBytes(limitBytes)}; the rest was dropped.`;
var RESULT_TRUNCATED_KEY = "__twentyStudioTruncated";
var resultTruncationMessage = (originalBytes, limitBytes) => `[twenty-studio] Result truncated: the handler returned ${formatBytes(originalBytes)} of JSON, more than the ${formatBytes(limitBytes)} result limit; the value was dropped. Return less, or raise the result limit in the run settings.`;
var resultTruncationNotice = (originalBytes, limitBytes) => ({
  [RESULT_TRUNCATED_KEY]: true,
  message: resultTruncationMessage(originalBytes, limitBytes),
  originalBytes,
  limitBytes
});
var formatBytes = (bytes) => bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024) * 10) / 10} MB` : `${bytes} bytes`;
var RunOutput = class {
  constructor(options) {
    this.options = options;
  }
  options;
  decoders = { stdout: new import_node_string_decoder.StringDecoder("utf8"), stderr: new import_node_string_decoder.StringDecoder("utf8") };
  partial = { stdout: "", stderr: "" };
  logLines = [];
  pending = [];
  pendingChars = 0;
  timer = null;
  bytes = 0;
  ended = false;
  truncated = false;
  /** Where the stdout pipe's bytes go now: the child's marks switch it (see STREAM_MARK). */
  piped = "stdout";
  /** The start of a mark split across two reads of the pipe. */
  markPart = null;
  push(stream, data) {
    if (stream === "stdout") this.demux(data);
    else this.pushStream(stream, data);
  }
  /** Splits the stdout pipe at the child's marks into stdout and stderr, in order. */
  demux(chunk) {
    const data = this.markPart ? Buffer.concat([this.markPart, chunk]) : chunk;
    this.markPart = null;
    let from = 0;
    for (let at = data.indexOf(MARK_LEAD); at !== -1; at = data.indexOf(MARK_LEAD, at + 1)) {
      if (at + MARK_LENGTH > data.length) {
        if (data[at + 1] === void 0 || data[at + 1] === 31) {
          if (at > from) this.pushStream(this.piped, data.subarray(from, at));
          this.markPart = Buffer.from(data.subarray(at));
          return;
        }
        continue;
      }
      if (data[at + 1] !== 31 || data[at + 2] !== 79 && data[at + 2] !== 69) continue;
      if (at > from) this.pushStream(this.piped, data.subarray(from, at));
      this.piped = data[at + 2] === 69 ? "stderr" : "stdout";
      from = at + MARK_LENGTH;
      at = from - 1;
    }
    if (from < data.length) this.pushStream(this.piped, from === 0 ? data : data.subarray(from));
  }
  pushStream(stream, data) {
    if (this.truncated || this.ended) return;
    let buffer = data;
    const room = this.options.limitBytes - this.bytes;
    if (buffer.length > room) buffer = buffer.subarray(0, Math.max(0, room));
    this.bytes += buffer.length;
    this.append(stream, this.decoders[stream].write(buffer));
    if (buffer.length < data.length) this.truncate();
  }
  /** Flushes partial lines and the last batch; later output is ignored. */
  end() {
    if (this.ended) return;
    if (this.markPart) this.pushStream(this.piped, this.markPart);
    this.markPart = null;
    for (const stream of ["stdout", "stderr"]) {
      const rest = this.decoders[stream].end();
      if (rest) this.append(stream, rest);
      this.completeLines(stream, `${this.partial[stream]}
`);
    }
    this.ended = true;
    this.flush();
  }
  /** A line of the studio's own in the logs and the live stream (stderr), e.g. a truncated result. */
  note(text) {
    if (this.ended) return;
    this.logLines.push(`${(/* @__PURE__ */ new Date()).toISOString()} ERROR ${text}
`);
    this.queue("stderr", `${text}
`);
  }
  get logs() {
    return this.logLines.join("");
  }
  truncate() {
    this.truncated = true;
    const marker = truncationMarker(this.options.limitBytes);
    for (const stream of ["stdout", "stderr"]) this.completeLines(stream, `${this.partial[stream]}
`);
    this.logLines.push(`${(/* @__PURE__ */ new Date()).toISOString()} ERROR ${marker}
`);
    this.queue("stderr", `
${marker}
`);
    this.flush();
  }
  append(stream, text) {
    if (!text) return;
    this.queue(stream, text);
    const lastBreak = text.lastIndexOf("\n");
    if (lastBreak === -1) {
      this.partial[stream] += text;
      return;
    }
    this.completeLines(stream, this.partial[stream] + text.slice(0, lastBreak + 1));
    this.partial[stream] = text.slice(lastBreak + 1);
  }
  /** `text` ends with a line break; one timestamp per chunk keeps 200 000 lines cheap. */
  completeLines(stream, text) {
    this.partial[stream] = "";
    const prefix = `${(/* @__PURE__ */ new Date()).toISOString()} ${LEVEL[stream]} `;
    const lines = text.split("\n");
    lines.pop();
    for (const line of lines) if (line) this.logLines.push(`${prefix}${line}
`);
  }
  queue(stream, text) {
    if (!this.options.onOutput) return;
    const last = this.pending[this.pending.length - 1];
    if (last && last.stream === stream) last.text += text;
    else this.pending.push({ stream, text });
    this.pendingChars += text.length;
    if (this.pendingChars >= (this.options.batchMaxChars ?? 1 << 20)) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.options.batchMs);
  }
  flush() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    this.pendingChars = 0;
    for (const chunk of batch) this.options.onOutput?.(chunk);
  }
};

// src-main/core/runner/function-runner.ts
var DEFAULT_TIMEOUT_SECONDS = 300;
var DEFAULT_MEMORY_LIMIT_MB = 1024;
var DEFAULT_OUTPUT_LIMIT_BYTES = 50 * 1024 * 1024;
var DEFAULT_RESULT_LIMIT_BYTES = 5 * 1024 * 1024;
var RSS_HEADROOM_MB = 256;
var MEMORY_POLL_MS = 100;
var defaultMaxConcurrentRuns = () => (typeof import_node_os3.availableParallelism === "function" ? (0, import_node_os3.availableParallelism)() : (0, import_node_os3.cpus)().length) + 2;
var LOCAL_WORKSPACE_ID = "00000000-0000-4000-8000-000000000000";
var INSPECTOR_BANNER = /^(Debugger listening on ws:\/\/\S+|For help, see: https:\/\/nodejs\.org\/en\/docs\/inspector|Debugger attached\.|Waiting for the debugger to disconnect\.\.\.|Debugger ending on ws:\/\/\S+)\r?\n/gm;
var INSPECTED_EXIT_GRACE_MS = 1e3;
var PIPE_CLOSE_GRACE_MS = 2e3;
var STDERR_TAIL_CHARS = 16384;
var defaultChildScript = () => resolveChildScript("run-child");
var FunctionRunner = class {
  node;
  childScript;
  memoryLimitMb;
  outputLimitBytes;
  outputBatchMs;
  resultLimitBytes;
  rssLimitMb;
  maxConcurrent;
  pool;
  /** Children started with the inspector on, ahead of a Debug (null until `warmInspected`). */
  inspectedPool = null;
  onIdleInspector;
  confineFileSystem;
  specFor;
  active = /* @__PURE__ */ new Set();
  /** Runs waiting for a slot, oldest first. */
  queue = [];
  running = 0;
  /** Ends of runs still sweeping their processes and removing their folders. */
  cleanups = /* @__PURE__ */ new Set();
  constructor(options = {}) {
    this.node = resolveNodeBinary(options.nodePath);
    this.childScript = options.childScript ?? defaultChildScript();
    this.memoryLimitMb = options.memoryLimitMb ?? DEFAULT_MEMORY_LIMIT_MB;
    this.outputLimitBytes = options.outputLimitBytes ?? DEFAULT_OUTPUT_LIMIT_BYTES;
    this.outputBatchMs = options.outputBatchMs ?? 50;
    this.resultLimitBytes = options.resultLimitBytes ?? DEFAULT_RESULT_LIMIT_BYTES;
    this.rssLimitMb = options.rssLimitMb;
    this.maxConcurrent = Math.max(1, Math.floor(options.maxConcurrent ?? defaultMaxConcurrentRuns()));
    const tempRoot = options.tempRoot ?? (0, import_node_os3.tmpdir)();
    const homeDir = options.homeDir ?? (0, import_node_os3.homedir)();
    this.confineFileSystem = options.confineFileSystem ?? true;
    this.onIdleInspector = options.onIdleInspector;
    this.specFor = (variant) => ({ node: this.node, childScript: this.childScript, tempRoot, homeDir, directSpawn: options.directSpawn, spawnerScript: options.spawnerScript, ...variant });
    this.pool = new RunChildPool(
      this.specFor,
      options.prespawn ?? 1,
      {
        memoryLimitMb: this.memoryLimitMb,
        confinement: options.bundleDir !== void 0 ? this.confinementFor(options.bundleDir) : { kind: "off" }
      }
    );
  }
  /** The confinement of runs of bundles in `bundleDir` (the Node version is probed once per binary). */
  confinementFor(bundleDir) {
    if (!this.confineFileSystem) return { kind: "off" };
    return fileSystemConfinement({ enabled: true, nodeVersion: probeNodeVersion(this.node), node: this.node, bundleDir, childScript: this.childScript });
  }
  get nodePath() {
    return this.node.path;
  }
  /** Starts the pre-spawned children; resolves when they are ready to take a run. */
  warm() {
    return this.pool.warm();
  }
  /**
   * Keeps one child started with the inspector on (loopback, random port and path) ready for the
   * next debug run, as the pool does for plain runs: a Debug then skips Node's boot, and the
   * debugger attaches while it is idle (`onIdleInspector`). Started by the debugger once the app
   * has breakpoints or was debugged; refilled after each debug run.
   */
  warmInspected() {
    this.inspectedPool ??= new RunChildPool(
      (variant) => ({ ...this.specFor(variant), inspectPort: 0 }),
      1,
      this.inspectedVariant(this.memoryLimitMb),
      (child) => {
        if (child.inspectorUrl) this.onIdleInspector?.(child.inspectorUrl);
      }
    );
    return this.inspectedPool.warm();
  }
  /** Runs executing now, and runs waiting in the queue. */
  get load() {
    return { running: this.running, queued: this.queue.length };
  }
  /**
   * Starts a run, or queues it when `maxConcurrent` runs are executing: it starts when one ends.
   * Returns at once either way; the timeout counts from the start, not from the queue.
   */
  run(options) {
    const runId = options.runId ?? (0, import_node_crypto4.randomUUID)();
    const memoryLimitMb = options.memoryLimitMb ?? this.memoryLimitMb;
    const timeoutMs = Math.round((options.timeoutSeconds && options.timeoutSeconds > 0 ? options.timeoutSeconds : DEFAULT_TIMEOUT_SECONDS) * 1e3);
    let cancel = () => void 0;
    let queued = null;
    const result = new Promise((resolve13) => {
      const start = () => {
        queued = null;
        this.running += 1;
        const child = options.inspect ? this.inspectedPool && !options.inspect.port ? this.inspectedPool.take(this.inspectedVariant(memoryLimitMb)) : this.spawnInspected(memoryLimitMb, options.inspect.port ?? 0) : this.pool.take({ memoryLimitMb, confinement: this.confinementFor(bundleRootOf(options.bundlePath)) });
        options.onStart?.();
        cancel = this.execute(child, runId, options, memoryLimitMb, timeoutMs, (outcome) => {
          this.running -= 1;
          resolve13(outcome);
          this.startNext();
          if (options.inspect) this.inspectedPool?.refill();
        });
      };
      if (this.running < this.maxConcurrent && this.queue.length === 0) {
        start();
        return;
      }
      queued = {
        runId,
        start,
        cancel: () => {
          const index = this.queue.indexOf(queued);
          if (index !== -1) this.queue.splice(index, 1);
          queued = null;
          resolve13(this.cancelledBeforeStart(runId, options, memoryLimitMb));
        }
      };
      this.queue.push(queued);
      cancel = () => queued?.cancel();
    });
    const queue = this.queue;
    const handle = {
      runId,
      result,
      cancel: () => cancel(),
      get queuePosition() {
        const index = queued ? queue.indexOf(queued) : -1;
        return index === -1 ? null : index + 1;
      }
    };
    this.active.add(handle);
    void result.finally(() => this.active.delete(handle));
    return handle;
  }
  inspectedVariant(memoryLimitMb) {
    const confinement = this.confineFileSystem ? { kind: "unavailable", reason: "Run under the debugger: the Node inspector does not start under the permission model, so file access is not confined for this run." } : { kind: "off" };
    return { memoryLimitMb, confinement };
  }
  spawnInspected(memoryLimitMb, port) {
    const child = new RunChild({ ...this.specFor(this.inspectedVariant(memoryLimitMb)), inspectPort: port });
    child.setKeepsParentAlive(true);
    return child;
  }
  startNext() {
    while (this.running < this.maxConcurrent && this.queue.length > 0) this.queue.shift().start();
  }
  cancelledBeforeStart(runId, options, memoryLimitMb) {
    return buildRunResult({
      runId,
      nodeVersion: probeNodeVersion(this.node),
      stale: options.stale ?? false,
      logs: "",
      calls: [],
      durationMs: 0,
      reported: null,
      timeoutMs: null,
      cancelled: true,
      exitCode: null,
      signal: null,
      exitNotice: null,
      memoryLimitMb,
      memoryExceeded: null,
      stderrTail: "",
      startError: null
    });
  }
  /** Cancels live and queued runs and stops the idle children. */
  async dispose() {
    this.pool.dispose();
    this.inspectedPool?.dispose();
    for (const waiting of this.queue.splice(0)) waiting.cancel();
    const live = [...this.active];
    for (const handle of live) handle.cancel();
    await Promise.all(live.map((handle) => handle.result));
    await Promise.all([...this.cleanups]);
  }
  execute(child, runId, options, memoryLimitMb, timeoutMs, resolve13) {
    const output = new RunOutput({ limitBytes: this.outputLimitBytes, batchMs: this.outputBatchMs, onOutput: options.onOutput });
    const calls = [];
    const proc = child.process;
    let reported = null;
    let exitNotice = null;
    let noticeText = "";
    let stderrTail = "";
    let timedOut = false;
    let cancelled = false;
    let endedAt = null;
    let settled = false;
    let startError = null;
    let memoryExceeded = null;
    const startedAt = performance.now();
    const rssLimitMb = options.memoryLimitMb === void 0 && this.rssLimitMb !== void 0 ? this.rssLimitMb : memoryLimitMb + RSS_HEADROOM_MB;
    const inspect = options.inspect;
    proc.stdout?.on("data", (data) => output.push("stdout", data));
    proc.stderr?.on("data", (raw) => {
      let data = raw;
      if (inspect) {
        const text = raw.toString("utf8");
        const kept = text.replace(INSPECTOR_BANNER, "");
        if (kept.length === 0) return;
        if (kept.length !== text.length) data = Buffer.from(kept, "utf8");
      }
      output.push("stderr", data);
      stderrTail = (stderrTail + data.toString("utf8")).slice(-STDERR_TAIL_CHARS);
    });
    child.noticePipe?.on("data", (data) => {
      noticeText += data.toString("utf8");
      const line = noticeText.split("\n")[0];
      if (noticeText.includes("\n") && line) {
        try {
          exitNotice = JSON.parse(line);
          finishing("exit");
          if (Array.isArray(exitNotice.children)) child.tracker.adopt(exitNotice.children);
        } catch {
        }
      }
    });
    proc.on("message", (message2) => {
      if (message2?.type === "call") calls.push(message2.call);
      else if (message2?.type === "result" && !reported) {
        if (Array.isArray(message2.children)) child.tracker.adopt(message2.children);
        reported = this.capResult(message2, output);
        endedAt ??= performance.now();
        finishing("result");
      }
    });
    const memoryWatch = setInterval(() => {
      void child.tracker.poll().then((rssBytes) => {
        if (settled || endedAt !== null || rssBytes <= rssLimitMb * 1024 * 1024) return;
        memoryExceeded = { rssMb: Math.round(rssBytes / (1024 * 1024)), limitMb: rssLimitMb };
        endedAt = performance.now();
        void child.kill();
      });
    }, MEMORY_POLL_MS);
    const onTimeout = () => {
      if (endedAt !== null) return;
      timedOut = true;
      endedAt = performance.now();
      void child.kill();
    };
    let timer = null;
    let timeoutLeftMs = timeoutMs;
    let timerStartedAt = 0;
    const resumeTimeout = () => {
      if (timer !== null || settled || endedAt !== null) return;
      timerStartedAt = performance.now();
      timer = setTimeout(onTimeout, Math.max(0, timeoutLeftMs));
    };
    const suspendTimeout = () => {
      if (timer === null) return;
      clearTimeout(timer);
      timer = null;
      timeoutLeftMs -= performance.now() - timerStartedAt;
    };
    if (!inspect) resumeTimeout();
    let finishingCalled = false;
    const finishing = (why) => {
      if (!inspect || finishingCalled) return;
      finishingCalled = true;
      inspect.onFinishing?.(why);
      setTimeout(() => {
        if (!child.exited) void child.kill();
      }, INSPECTED_EXIT_GRACE_MS).unref();
    };
    const settle = (exitCode2, signal) => {
      if (settled) return;
      settled = true;
      if (timer !== null) clearTimeout(timer);
      clearInterval(memoryWatch);
      output.end();
      const finishedAt = endedAt ?? performance.now();
      const confinement = child.confinement;
      resolve13({
        ...buildRunResult({
          runId,
          nodeVersion: child.nodeVersion ?? probeNodeVersion(this.node),
          stale: options.stale ?? false,
          logs: output.logs,
          calls,
          durationMs: Math.round(finishedAt - startedAt),
          reported: timedOut || cancelled || memoryExceeded ? null : reported,
          timeoutMs: timedOut ? timeoutMs : null,
          cancelled,
          exitCode: exitCode2,
          signal,
          exitNotice,
          memoryLimitMb,
          memoryExceeded,
          stderrTail,
          startError
        }),
        fileSystem: confinement.kind,
        ...confinement.kind === "unavailable" ? { fileSystemNote: confinement.reason } : {}
      });
      const cleanup = child.kill().finally(() => {
        child.removeTempDir();
        this.cleanups.delete(cleanup);
      });
      this.cleanups.add(cleanup);
    };
    let exitCode = null;
    let exitSignal = null;
    proc.once("exit", (code, signal) => {
      finishing("exit");
      exitCode = code;
      exitSignal = signal;
      endedAt ??= performance.now();
      void child.kill();
      const grace = setTimeout(() => {
        for (const stream of [proc.stdout, proc.stderr, child.noticePipe]) stream?.destroy();
        settle(exitCode, exitSignal);
      }, PIPE_CLOSE_GRACE_MS);
      grace.unref();
    });
    proc.once("close", () => settle(exitCode, exitSignal));
    proc.once("error", (error) => {
      startError = `Could not start Node (${this.node.path}): ${error.message}. Check the Node path in the settings.`;
      settle(null, null);
    });
    const givenContext = Object.fromEntries(Object.entries(options.context ?? {}).filter(([, value]) => value !== void 0));
    const message = {
      type: "run",
      resultLimitBytes: this.resultLimitBytes,
      bundlePath: options.bundlePath,
      // Left undefined when undefined: the JSON channel drops it and the handler gets undefined, as on the server.
      payload: options.payload,
      context: {
        retryCount: 0,
        maxRetries: 0,
        workspaceId: LOCAL_WORKSPACE_ID,
        userWorkspaceId: null,
        workspaceMemberId: null,
        ...givenContext
      },
      env: buildFunctionEnvironment(options.environment),
      ...inspect?.breakBeforeHandler ? { breakBeforeHandler: true } : {}
    };
    const handOver = () => {
      if (settled || endedAt !== null) return;
      try {
        proc.send(message, (error) => {
          if (error && !settled) void child.kill();
        });
      } catch {
      }
    };
    if (!inspect) handOver();
    else {
      void child.ready.then(async (version) => {
        if (version === null) return;
        await inspect.onInspector(child.inspectorUrl, { suspendTimeout, resumeTimeout });
      }).catch((error) => output.note(`The debugger could not attach: ${error?.message ?? String(error)}`)).finally(() => {
        if (!inspect.noTimeout) resumeTimeout();
        handOver();
      });
    }
    return () => {
      if (settled || endedAt !== null) return;
      cancelled = true;
      endedAt = performance.now();
      void child.kill();
    };
  }
  /**
   * A result over the limit becomes the truncation notice, with a line in the logs. The child
   * does this itself before sending; this also holds when it did not (another run-child, a forged message).
   */
  capResult(message, output) {
    if (!message.ok) return message;
    const limit = this.resultLimitBytes;
    let originalBytes = message.truncatedFromBytes;
    let json = message.json;
    if (originalBytes === void 0 && typeof json === "string" && json.length > limit / 4) {
      const bytes = Buffer.byteLength(json);
      if (bytes > limit) {
        originalBytes = bytes;
        json = JSON.stringify(resultTruncationNotice(bytes, limit));
      }
    }
    if (originalBytes === void 0) return message;
    output.note(resultTruncationMessage(originalBytes, limit));
    return { type: "result", ok: true, json };
  }
};

// src-main/core/routes/server-route-service.ts
var emptyResult = () => ({
  match: null,
  matches: [],
  closest: [],
  payload: null,
  droppedHeaders: [],
  missingForwardedHeaders: [],
  warnings: []
});
async function handleServerRouteRequest(deps, request, options) {
  const identifier = serverRouteIdentifier(request.url);
  if (identifier === null) return null;
  const method = request.method.toUpperCase();
  const functions = appFunctions(deps.model());
  const resolver = functions.find((fn) => fn.universalIdentifier === identifier && fn.config.serverRouteTriggerSettings);
  if (!resolver) {
    const plain = functions.find((fn) => fn.universalIdentifier === identifier);
    const warnings2 = plain ? [`${plain.name ?? plain.file} has no serverRouteTriggerSettings: the server only dispatches through resolvers.`] : [];
    return { ...emptyResult(), warnings: warnings2, response: buildServerRouteError("LOGIC_FUNCTION_NOT_FOUND", `Server resolver function ${identifier} not found`, warnings2) };
  }
  const settings = resolver.config.serverRouteTriggerSettings;
  const ref = { universalIdentifier: resolver.universalIdentifier, name: resolver.name, path: request.url.split("?")[0] };
  const base = { ...emptyResult(), match: ref, matches: [ref] };
  const allowed = allowedServerRouteMethods(settings);
  if (!allowed.includes(method)) {
    return { ...base, serverRoute: { outcome: "error" }, response: buildServerRouteError("METHOD_NOT_ALLOWED", `Server resolver function ${identifier} does not accept ${method} requests`) };
  }
  if (resolver.config.httpRouteTriggerSettings?.isAuthRequired === true) {
    return {
      ...base,
      serverRoute: { outcome: "error" },
      response: buildServerRouteError("RESOLVER_REQUIRES_AUTHENTICATION", `Server resolver function ${identifier} requires authentication and cannot be dispatched through the public server route`)
    };
  }
  const built = buildRoutePayload({
    method,
    url: request.url,
    headers: request.headers,
    body: request.body ?? null,
    pathParameters: {},
    forwardedRequestHeaders: settings.forwardedRequestHeaders ?? [],
    userWorkspaceId: null
  });
  const withPayload = { ...base, payload: built.payload, droppedHeaders: built.droppedHeaders, missingForwardedHeaders: built.missingForwardedHeaders, warnings: [...built.warnings] };
  if (options.dryRun) return { ...withPayload, response: null };
  let resolverRun;
  try {
    resolverRun = await deps.runs().execute({ universalIdentifier: resolver.universalIdentifier, payload: built.payload, context: { userWorkspaceId: null, workspaceMemberId: null }, origin: options.origin ?? "route" });
  } catch (error) {
    const message = error.message;
    return { ...withPayload, warnings: [...withPayload.warnings, `The resolver could not run: ${message}`], serverRoute: { outcome: "error" }, response: buildServerRouteError("SERVER_ROUTE_PLATFORM_ERROR", "An unexpected error occurred while handling the server route") };
  }
  const result = resolverRun.result;
  const ran = { ...withPayload, result: result ?? void 0, runId: resolverRun.runId };
  if (!result || result.status !== "SUCCESS") {
    return { ...ran, serverRoute: { outcome: "error" }, response: buildServerRouteError("SERVER_ROUTE_USER_UNCAUGHT_ERROR", result?.error?.errorMessage ?? "Logic function failed") };
  }
  const outcome = classifyResolverResult(result.data);
  if (outcome.kind === "response") return { ...ran, serverRoute: { outcome: "response" }, response: buildSuccessResponse(result.data) };
  if (outcome.kind === "invalid") {
    return { ...ran, serverRoute: { outcome: "invalid", problems: outcome.problems }, response: buildServerRouteError("RESOLVER_INVALID_RESULT", outcome.message, outcome.problems) };
  }
  const { dispatch } = outcome;
  const target = functions.find((fn) => fn.universalIdentifier === dispatch.targetLogicFunctionUniversalIdentifier);
  if (!target) {
    return {
      ...ran,
      serverRoute: { outcome: "error" },
      response: buildServerRouteError("LOGIC_FUNCTION_NOT_FOUND", `Logic function ${dispatch.targetLogicFunctionUniversalIdentifier} not found in workspace ${dispatch.workspaceId}`)
    };
  }
  const warnings = [...ran.warnings];
  if (dispatch.workspaceId !== LOCAL_WORKSPACE_ID) {
    warnings.push(`The target runs in workspace ${dispatch.workspaceId} on the server; here it runs in the Local workspace (${LOCAL_WORKSPACE_ID}).`);
  }
  const payloadFrom = dispatch.payload !== void 0 ? "resolver" : "request";
  const started = await deps.runs().start({
    universalIdentifier: target.universalIdentifier,
    payload: dispatch.payload ?? built.payload,
    context: { workspaceId: dispatch.workspaceId, userWorkspaceId: null, workspaceMemberId: null },
    origin: "server-route dispatch",
    dispatchedBy: { runId: resolverRun.runId, universalIdentifier: resolver.universalIdentifier, functionName: resolver.name ?? resolver.file, workspaceId: dispatch.workspaceId }
  });
  if (options.awaitTarget) await started.done;
  return {
    ...ran,
    warnings,
    serverRoute: { outcome: "dispatch", dispatch: { workspaceId: dispatch.workspaceId, targetUniversalIdentifier: target.universalIdentifier, targetName: target.name, runId: started.runId, payloadFrom } },
    response: buildQueuedResponse(warnings)
  };
}

// src-main/core/routes/route-request-service.ts
var STUDIO_USER_WORKSPACE_ID = "20202020-0000-4000-8000-0000000000a1";
var STUDIO_WORKSPACE_MEMBER_ID = "20202020-0000-4000-8000-0000000000b1";
var STUDIO_BEARER_TOKEN = "twenty-studio-local-token";
var toRouteFunctions = (model) => appFunctions(model).map((fn) => ({
  universalIdentifier: fn.universalIdentifier,
  name: fn.name,
  httpRouteTriggerSettings: fn.config.httpRouteTriggerSettings
}));
var requestHeaders = (request) => {
  const headers = [...request.headers ?? []];
  if (request.authenticated && !hasBearerToken(headers)) {
    const existing = headers.findIndex((header) => header.name.toLowerCase() === "authorization");
    if (existing >= 0) headers.splice(existing, 1);
    headers.push({ name: "authorization", value: `Bearer ${STUDIO_BEARER_TOKEN}` });
  }
  return headers;
};
var outcomeOf = (record3) => {
  const result = record3.result;
  if (!result) return { kind: "handler-error", errorMessage: "The run did not finish." };
  if (result.status === "SUCCESS") return { kind: "success", data: result.data };
  return { kind: "handler-error", errorMessage: result.error?.errorMessage ?? "Logic function failed", errorType: result.error?.errorType };
};
async function handleRouteRequest(deps, request, options) {
  const serverRoute = await handleServerRouteRequest(deps, request, options);
  if (serverRoute) return serverRoute;
  const headers = requestHeaders(request);
  const prepared = prepareRouteRequest(toRouteFunctions(deps.model()), {
    method: request.method,
    url: request.url,
    headers,
    body: request.body ?? null,
    userWorkspaceId: STUDIO_USER_WORKSPACE_ID
  });
  const ref = (m) => ({ universalIdentifier: m.universalIdentifier, name: m.name, path: m.path });
  const base = {
    match: prepared.routing.match ? ref(prepared.routing.match) : null,
    matches: prepared.routing.matches.map(ref),
    closest: prepared.routing.closest.map((c) => ({ ...ref(c), httpMethod: c.httpMethod, similarity: c.similarity, reason: c.reason })),
    payload: prepared.payload?.payload ?? null,
    droppedHeaders: prepared.payload?.droppedHeaders ?? [],
    missingForwardedHeaders: prepared.payload?.missingForwardedHeaders ?? [],
    warnings: [...prepared.payload?.warnings ?? []]
  };
  if (prepared.routing.matches.length > 1) {
    base.warnings.push(`${prepared.routing.matches.length} functions match ${request.method.toUpperCase()} ${prepared.routing.matchedPath}: the first wins, the others never run.`);
  }
  if (prepared.earlyOutcome) return { ...base, response: buildRouteResponse(prepared.earlyOutcome) };
  if (options.dryRun || !prepared.payload || !prepared.routing.match) return { ...base, response: null };
  const match2 = prepared.routing.match;
  let record3;
  try {
    record3 = await deps.runs().execute({
      universalIdentifier: match2.universalIdentifier,
      payload: prepared.payload.payload,
      // The server fills the user fields of the context only for an authenticated caller.
      context: prepared.authenticated ? { userWorkspaceId: STUDIO_USER_WORKSPACE_ID, workspaceMemberId: STUDIO_WORKSPACE_MEMBER_ID } : {},
      origin: options.origin ?? "route",
      ...options.debug ? { debug: true } : {}
    });
  } catch (error) {
    const message = error.message;
    return { ...base, warnings: [...base.warnings, `The function could not run: ${message}`], response: buildRouteResponse({ kind: "server-error", message }) };
  }
  const response = buildRouteResponse(outcomeOf(record3));
  return { ...base, result: record3.result ?? void 0, runId: record3.runId, response };
}

// src-main/core/payloads/written-fields.ts
var import_typescript9 = __toESM(require("typescript"));
var capitalize2 = (s) => s ? s[0].toUpperCase() + s.slice(1) : s;
var GENERIC_WRITES = /* @__PURE__ */ new Set(["updateOne", "updateMany", "upsertOne", "upsertMany", "update", "upsert"]);
var propertyName2 = (name) => {
  if (!name) return null;
  if (import_typescript9.default.isIdentifier(name) || import_typescript9.default.isStringLiteral(name) || import_typescript9.default.isNoSubstitutionTemplateLiteral(name) || import_typescript9.default.isNumericLiteral(name)) return name.text;
  return null;
};
var calleeName = (call) => {
  const callee = call.expression;
  if (import_typescript9.default.isIdentifier(callee)) return callee.text;
  if (import_typescript9.default.isPropertyAccessExpression(callee)) return callee.name.text;
  if (import_typescript9.default.isElementAccessExpression(callee) && import_typescript9.default.isStringLiteral(callee.argumentExpression)) return callee.argumentExpression.text;
  return null;
};
var literalKeys = (node) => {
  if (import_typescript9.default.isObjectLiteralExpression(node)) {
    return node.properties.flatMap((property) => {
      if (import_typescript9.default.isShorthandPropertyAssignment(property)) return [property.name.text];
      if (import_typescript9.default.isPropertyAssignment(property) || import_typescript9.default.isMethodDeclaration(property)) {
        const name = propertyName2(property.name);
        return name === null ? [] : [name];
      }
      return [];
    });
  }
  if (import_typescript9.default.isArrayLiteralExpression(node)) return node.elements.flatMap((element) => literalKeys(element));
  return [];
};
var dataKeys = (node) => {
  const keys = [];
  const visit = (child) => {
    if (import_typescript9.default.isPropertyAssignment(child) && propertyName2(child.name) === "data") {
      keys.push(...literalKeys(child.initializer));
      return;
    }
    import_typescript9.default.forEachChild(child, visit);
  };
  visit(node);
  return keys;
};
var namesObject = (call, names) => {
  let found = false;
  const visit = (node) => {
    if (found) return;
    if ((import_typescript9.default.isStringLiteral(node) || import_typescript9.default.isNoSubstitutionTemplateLiteral(node)) && names.has(node.text)) {
      found = true;
      return;
    }
    import_typescript9.default.forEachChild(node, visit);
  };
  call.arguments.forEach(visit);
  return found;
};
var writtenFields = (sourceText, object) => {
  const plural = object.namePlural ?? `${object.nameSingular}s`;
  const writeNames = new Set(["update", "upsert"].flatMap((verb) => [`${verb}${capitalize2(object.nameSingular)}`, `${verb}${capitalize2(plural)}`]));
  const objectNames = /* @__PURE__ */ new Set([object.nameSingular, plural]);
  const source = import_typescript9.default.createSourceFile("function.ts", sourceText, import_typescript9.default.ScriptTarget.ESNext, true, import_typescript9.default.ScriptKind.TSX);
  const fields = /* @__PURE__ */ new Set();
  const visit = (node) => {
    if (import_typescript9.default.isCallExpression(node)) {
      const name = calleeName(node);
      if (name && (writeNames.has(name) || GENERIC_WRITES.has(name) && namesObject(node, objectNames))) {
        for (const argument of node.arguments) for (const key of dataKeys(argument)) fields.add(key);
      }
    } else if (import_typescript9.default.isPropertyAssignment(node) && writeNames.has(propertyName2(node.name) ?? "") && import_typescript9.default.isObjectLiteralExpression(node.initializer)) {
      for (const key of dataKeys(node.initializer)) fields.add(key);
    }
    import_typescript9.default.forEachChild(node, visit);
  };
  visit(source);
  return [...fields];
};

// src-main/core/payloads/database-event-service.ts
async function composeEvent(deps, params, { origin = "databaseEvent" } = {}) {
  const model = deps.model();
  const operation = params.operation;
  const objects = eventObjects(model);
  const { metadata, relationFieldNames, known } = objectMetadataFor(objects, params.object);
  const warnings = [];
  if (!known) warnings.push(`"${params.object}" is neither an object of this app nor a standard object: its metadata is made up.`);
  const common = { objectMetadata: metadata, operation, workspaceId: LOCAL_WORKSPACE_ID, relationFieldNames };
  const records3 = params.batch && params.batch.length > 0 ? params.batch : [{ recordId: params.recordId, before: params.before, after: params.after }];
  const built = records3.map((record3, index) => {
    const { payload, warnings: recordWarnings } = buildDatabaseEventPayload({ ...common, ...record3 });
    warnings.push(...recordWarnings.map((warning) => records3.length > 1 ? `Record ${index + 1}: ${warning}` : warning));
    return payload;
  });
  const eventName = `${params.object}.${operation}`;
  const functions = appFunctions(model);
  const decisions = built.map(
    (payload) => whoFires(functions.map((fn) => ({ universalIdentifier: fn.universalIdentifier, name: fn.name, databaseEventTriggerSettings: fn.config.databaseEventTriggerSettings })), {
      name: eventName,
      updatedFields: payload.properties.updatedFields
    })
  );
  const entries = await Promise.all((decisions[0] ?? []).map(async (first, index) => {
    const fn = functions.find((candidate) => candidate.universalIdentifier === first.universalIdentifier);
    const trigger = fn.config.databaseEventTriggerSettings;
    const perRecord = decisions.map((list2) => list2[index]);
    const firing = perRecord.map((decision2, recordIndex) => decision2.fires ? recordIndex : -1).filter((i) => i >= 0);
    const decision = perRecord.find((d) => d.fires) ?? first;
    let payloads = [];
    if (firing.length > 0) {
      payloads = trigger.batchMode ? buildDatabaseEventBatchPayloads({ ...common, events: records3, trigger }).payloads : firing.map((i) => built[i]);
    }
    let warning = null;
    if (decision.eventNameMatches) {
      const source = await deps.files().read(fn.file).then((file) => file.content ?? "", () => "");
      warning = selfTriggerWarning(trigger, params.object, writtenFields(source, { nameSingular: params.object, namePlural: metadata.namePlural }));
    }
    return {
      universalIdentifier: fn.universalIdentifier,
      name: fn.name,
      eventName: trigger.eventName,
      batchMode: trigger.batchMode === true,
      fires: firing.length > 0,
      reason: records3.length > 1 ? `${decision.reason}${firing.length > 0 && firing.length < records3.length ? ` (${firing.length} of ${records3.length} records)` : ""}` : decision.reason,
      ...decision.olderServerFires !== void 0 ? { olderServerFires: decision.olderServerFires } : {},
      ...warning ? { selfTriggerWarning: warning } : {},
      payloads
    };
  }));
  if (params.run) {
    await Promise.all(entries.map(async (entry) => {
      if (!entry.fires) return;
      const results = [];
      const debug = params.debugFunction === entry.universalIdentifier;
      for (const payload of entry.payloads) results.push(await deps.runs().execute({ universalIdentifier: entry.universalIdentifier, payload, origin, ...debug ? { debug: true } : {} }));
      Object.assign(entry, { results });
    }));
  }
  if (params.run && params.debugFunction && !entries.some((entry) => entry.universalIdentifier === params.debugFunction && entry.fires)) {
    warnings.push(`Nothing was debugged: ${functions.find((fn) => fn.universalIdentifier === params.debugFunction)?.name ?? params.debugFunction} does not fire for ${eventName}.`);
  }
  return { payload: built[0], payloads: built, warnings, functions: entries };
}

// src-main/core/payloads/recent-payloads.ts
var MAX_RECENT_PAYLOADS = 20;
async function recentPayloads(runs, universalIdentifier, limit = MAX_RECENT_PAYLOADS) {
  const summaries = await runs.listRuns({ universalIdentifier });
  const seen = /* @__PURE__ */ new Set();
  const recent = [];
  for (const summary of summaries) {
    if (recent.length >= Math.min(limit, MAX_RECENT_PAYLOADS)) break;
    const record3 = await runs.history.get(summary.runId);
    if (!record3) continue;
    const key = JSON.stringify(record3.payload ?? null);
    if (seen.has(key)) continue;
    seen.add(key);
    recent.push({ runId: summary.runId, startedAt: summary.startedAt, origin: summary.origin, status: summary.status, payload: record3.payload });
  }
  return recent;
}

// src-main/core/payloads/saved-payload-check.ts
async function checkSavedPayload(runs, entry, { origin = "test", restoreSnapshot, debug = false } = {}) {
  const content = entry.content;
  if (!content) return { entry, passed: false, mismatches: [], error: `Cannot read ${entry.path}: ${entry.error ?? "unknown error"}` };
  if (content.snapshot) {
    if (!restoreSnapshot) return { entry, passed: false, mismatches: [], error: `${entry.path} starts from the workspace snapshot "${content.snapshot}", but no Local workspace is available here.` };
    try {
      await restoreSnapshot(content.snapshot);
    } catch (error) {
      return { entry, passed: false, mismatches: [], error: `${entry.path}: the workspace snapshot "${content.snapshot}" could not be restored: ${error.message}` };
    }
  }
  const payload = content.payload;
  const authenticated = content.trigger === "route" && typeof payload?.userWorkspaceId === "string";
  let record3;
  try {
    record3 = await runs.execute({
      universalIdentifier: content.function.universalIdentifier,
      payload: content.payload,
      context: authenticated ? { userWorkspaceId: STUDIO_USER_WORKSPACE_ID, workspaceMemberId: STUDIO_WORKSPACE_MEMBER_ID } : {},
      origin,
      // The saved payload's Debug action: the same run and check, under the debugger.
      ...debug ? { debug: true } : {}
    });
  } catch (error) {
    return { entry, passed: false, mismatches: [], error: error.message };
  }
  const result = record3.result;
  if (!result) return { entry, passed: false, mismatches: [], error: "The run did not finish." };
  const response = content.trigger === "route" ? buildRouteResponse(result.status === "SUCCESS" ? { kind: "success", data: result.data } : { kind: "handler-error", errorMessage: result.error?.errorMessage ?? "Logic function failed" }) : void 0;
  const mismatches = checkExpectation(content.expect ?? {}, {
    status: result.status,
    data: result.data,
    error: result.error,
    ...response ? { response: { status: response.status, headers: response.headers, body: response.body } } : {}
  });
  return {
    entry,
    passed: mismatches.length === 0,
    mismatches,
    result,
    ...response ? { response: { status: response.status, headers: response.headers, body: response.body } } : {}
  };
}

// src-main/core/payloads/saved-payload-store.ts
var import_promises13 = require("node:fs/promises");
var import_node_path20 = require("node:path");
var FOLDER_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
var exists = (path) => (0, import_promises13.stat)(path).then(() => true, () => false);
var SavedPayloadStore = class {
  constructor(appDir, functions) {
    this.appDir = appDir;
    this.functions = functions;
  }
  appDir;
  functions;
  absolute(functionFolder, name) {
    if (!FOLDER_NAME.test(functionFolder)) throw new StudioError("INVALID_PAYLOAD_NAME", `"${functionFolder}" is not a saved-payload folder name.`);
    const problem = payloadNameProblem(name);
    if (problem) throw new StudioError("INVALID_PAYLOAD_NAME", problem);
    return confinedPath(this.appDir, savedPayloadPath(functionFolder, name));
  }
  describe(functionFolder, name, text, readError) {
    const path = savedPayloadPath(functionFolder, name);
    if (text === null) return { name, functionFolder, path, content: null, error: readError ?? "Cannot read the file.", stale: false };
    const parsed = parseSavedPayload(text);
    if (!parsed.ok) return { name, functionFolder, path, content: null, error: parsed.error, stale: false };
    const fn = this.functions().find((candidate) => candidate.universalIdentifier === parsed.value.function.universalIdentifier);
    const staleReason = savedPayloadStaleness(parsed.value, fn);
    return { name, functionFolder, path, content: parsed.value, stale: staleReason !== null, ...staleReason ? { staleReason } : {} };
  }
  /** Every saved payload (or those of one function), sorted by folder then name. */
  async list(universalIdentifier) {
    const root = (0, import_node_path20.join)(this.appDir, SAVED_PAYLOADS_DIR);
    const folders = await (0, import_promises13.readdir)(root, { withFileTypes: true }).catch(() => []);
    const wantedFolder = universalIdentifier ? this.functions().find((fn) => fn.universalIdentifier === universalIdentifier) : void 0;
    const entries = [];
    for (const folder of folders.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
      const files = (await (0, import_promises13.readdir)((0, import_node_path20.join)(root, folder)).catch(() => [])).filter((file) => file.endsWith(".json") && !file.startsWith(".")).sort();
      for (const file of files) {
        const name = file.slice(0, -".json".length);
        const text = await (0, import_promises13.readFile)((0, import_node_path20.join)(root, folder, file), "utf8").catch(() => null);
        const entry = this.describe(folder, name, text);
        if (universalIdentifier) {
          const owner = entry.content?.function.universalIdentifier;
          if (owner ? owner !== universalIdentifier : !wantedFolder || functionFolderName(wantedFolder) !== folder) continue;
        }
        entries.push(entry);
      }
    }
    return entries;
  }
  async read(functionFolder, name) {
    const path = this.absolute(functionFolder, name);
    const text = await (0, import_promises13.readFile)(path, "utf8").catch(() => null);
    if (text === null) throw new StudioError("PAYLOAD_NOT_FOUND", `No saved payload ${savedPayloadPath(functionFolder, name)}.`);
    return this.describe(functionFolder, name, text);
  }
  /** The folder a function's payloads go to: named after the function as it is now. */
  folderFor(content) {
    const fn = this.functions().find((candidate) => candidate.universalIdentifier === content.function.universalIdentifier);
    return functionFolderName(fn ? { name: fn.name, universalIdentifier: fn.universalIdentifier } : content.function);
  }
  async save(name, content, { overwrite = true } = {}) {
    const fn = this.functions().find((candidate) => candidate.universalIdentifier === content.function.universalIdentifier);
    const saved = {
      version: 1,
      // Keep the name current: teammates read it in the file.
      function: { universalIdentifier: content.function.universalIdentifier, name: fn?.name ?? content.function.name },
      trigger: content.trigger,
      inputs: content.inputs ?? {},
      payload: content.payload,
      ...content.expect ? { expect: content.expect } : {}
    };
    const folder = this.folderFor(saved);
    const path = this.absolute(folder, name);
    if (!overwrite && await exists(path)) throw new StudioError("PAYLOAD_EXISTS", `${savedPayloadPath(folder, name)} already exists.`);
    const text = serializeSavedPayload(saved);
    await writeFileAtomic(path, text);
    return this.describe(folder, name, text);
  }
  async rename(functionFolder, name, newName) {
    const from = this.absolute(functionFolder, name);
    const to = this.absolute(functionFolder, newName);
    if (!await exists(from)) throw new StudioError("PAYLOAD_NOT_FOUND", `No saved payload ${savedPayloadPath(functionFolder, name)}.`);
    if (from.toLowerCase() !== to.toLowerCase() && await exists(to)) throw new StudioError("PAYLOAD_EXISTS", `${savedPayloadPath(functionFolder, newName)} already exists.`);
    await (0, import_promises13.rename)(from, to);
    return this.read(functionFolder, newName);
  }
  async duplicate(functionFolder, name, newName) {
    await this.read(functionFolder, name);
    const taken = (await (0, import_promises13.readdir)((0, import_node_path20.join)(this.appDir, SAVED_PAYLOADS_DIR, functionFolder)).catch(() => [])).map((file) => file.replace(/\.json$/, ""));
    const target = newName ?? nextCopyName(name, taken);
    const to = this.absolute(functionFolder, target);
    if (await exists(to)) throw new StudioError("PAYLOAD_EXISTS", `${savedPayloadPath(functionFolder, target)} already exists.`);
    const text = await (0, import_promises13.readFile)(this.absolute(functionFolder, name), "utf8");
    await writeFileAtomic(to, text);
    return this.describe(functionFolder, target, text);
  }
  async delete(functionFolder, name) {
    const path = this.absolute(functionFolder, name);
    if (!await exists(path)) return false;
    await (0, import_promises13.rm)(path, { force: true });
    const folder = (0, import_node_path20.join)(this.appDir, SAVED_PAYLOADS_DIR, functionFolder);
    if ((await (0, import_promises13.readdir)(folder).catch(() => ["x"])).length === 0) await (0, import_promises13.rm)(folder, { recursive: true, force: true });
    return true;
  }
};

// src-main/core/payloads/sdk-payload-shapes.ts
var import_node_fs11 = require("node:fs");
var import_node_path21 = require("node:path");
var import_node_url4 = require("node:url");

// src-shared/twenty/sdk-types/payload-shapes.ts
var import_typescript10 = __toESM(require("typescript"));
var PAYLOAD_TYPE_NAMES = {
  route: ["RoutePayload", "LogicFunctionEvent"],
  databaseEvent: ["DatabaseEventPayload"],
  databaseEventBatch: ["DatabaseEventBatchPayload"],
  install: ["InstallPayload"],
  uninstall: ["UninstallPayload"]
};
var EVENT_CLASSES = {
  created: "ObjectRecordCreateEvent",
  updated: "ObjectRecordUpdateEvent",
  deleted: "ObjectRecordDeleteEvent",
  destroyed: "ObjectRecordDestroyEvent",
  restored: "ObjectRecordRestoreEvent",
  upserted: "ObjectRecordUpsertEvent"
};
var MAX_DEPTH = 12;
var UNKNOWN = { kind: "unknown", nullable: false };
var OBJECT = { kind: "object", nullable: false };
var propertyName3 = (name) => {
  if (!name) return null;
  if (import_typescript10.default.isIdentifier(name) || import_typescript10.default.isStringLiteral(name) || import_typescript10.default.isNumericLiteral(name) || import_typescript10.default.isPrivateIdentifier(name)) return name.text;
  return null;
};
var literalNames = (node) => {
  if (import_typescript10.default.isLiteralTypeNode(node) && import_typescript10.default.isStringLiteral(node.literal)) return [node.literal.text];
  if (import_typescript10.default.isUnionTypeNode(node)) {
    const names = node.types.map(literalNames);
    return names.every((n) => n !== null) ? names.flat() : null;
  }
  return null;
};
var mergeUnion = (shapes) => {
  const properties = {};
  const keys = new Set(shapes.flatMap((shape) => Object.keys(shape.properties)));
  for (const key of keys) {
    const variants = shapes.map((shape) => shape.properties[key]);
    const present = variants.filter((v) => v !== void 0);
    const first = present[0];
    const nested = present.map((v) => v.shape).filter((s) => s !== void 0);
    properties[key] = {
      optional: present.length < shapes.length || present.some((v) => v.optional),
      type: [...new Set(present.map((v) => v.type))].join(" | "),
      kind: present.every((v) => v.kind === first.kind) ? first.kind : "unknown",
      nullable: present.some((v) => v.nullable),
      ...nested.length === present.length && nested.length > 0 ? { shape: mergeUnion(nested) } : {}
    };
  }
  return { properties };
};
var mergeIntersection = (a, b) => {
  const properties = { ...a.properties };
  for (const [key, property] of Object.entries(b.properties)) {
    const existing = properties[key];
    if (!existing) {
      properties[key] = property;
      continue;
    }
    properties[key] = {
      ...property,
      optional: existing.optional && property.optional,
      nullable: existing.nullable && property.nullable,
      type: existing.type === property.type ? property.type : `${existing.type} & ${property.type}`,
      ...existing.shape && property.shape ? { shape: mergeIntersection(existing.shape, property.shape) } : existing.shape || property.shape ? { shape: existing.shape ?? property.shape } : {}
    };
  }
  return { properties };
};
var mapProperties = (shape, change) => ({
  properties: Object.fromEntries(
    Object.entries(shape.properties).flatMap(([key, property]) => {
      const next = change(property, key);
      return next ? [[key, next]] : [];
    })
  )
});
var ShapeReader = class {
  declarations = /* @__PURE__ */ new Map();
  /** Exported name -> local name (`export { LogicFunctionEvent as RoutePayload }`). */
  exported = /* @__PURE__ */ new Map();
  source;
  constructor(text) {
    this.source = import_typescript10.default.createSourceFile("index.d.ts", text, import_typescript10.default.ScriptTarget.Latest, false, import_typescript10.default.ScriptKind.TS);
    const add = (name, declaration, isExported2) => {
      this.declarations.set(name, [...this.declarations.get(name) ?? [], declaration]);
      if (isExported2) this.exported.set(name, name);
    };
    const isExported = (node) => (import_typescript10.default.canHaveModifiers(node) ? import_typescript10.default.getModifiers(node) ?? [] : []).some((m) => m.kind === import_typescript10.default.SyntaxKind.ExportKeyword);
    for (const statement of this.source.statements) {
      if (import_typescript10.default.isTypeAliasDeclaration(statement)) add(statement.name.text, { kind: "alias", node: statement }, isExported(statement));
      else if (import_typescript10.default.isInterfaceDeclaration(statement)) add(statement.name.text, { kind: "members", node: statement }, isExported(statement));
      else if (import_typescript10.default.isClassDeclaration(statement) && statement.name) add(statement.name.text, { kind: "members", node: statement }, isExported(statement));
      else if (import_typescript10.default.isEnumDeclaration(statement)) add(statement.name.text, { kind: "enum", node: statement }, isExported(statement));
      else if (import_typescript10.default.isExportDeclaration(statement) && statement.exportClause && import_typescript10.default.isNamedExports(statement.exportClause) && !statement.moduleSpecifier) {
        for (const element of statement.exportClause.elements) this.exported.set(element.name.text, (element.propertyName ?? element.name).text);
      }
    }
  }
  /** The shape of an exported (or else declared) type, by the first of its names found. */
  shapeOf(names) {
    for (const name of names) {
      const local = this.exported.get(name) ?? (this.declarations.has(name) ? name : void 0);
      if (!local) continue;
      const resolved = this.reference(local, [], /* @__PURE__ */ new Map(), 0);
      if (resolved.shape) return { name, properties: resolved.shape.properties };
    }
    return void 0;
  }
  text(node) {
    return node.getText(this.source).replace(/\s+/g, " ");
  }
  /** The environment of a generic declaration: its type parameters bound to the arguments, else their defaults. */
  bind(parameters, args, depth) {
    const env = /* @__PURE__ */ new Map();
    (parameters ?? []).forEach((parameter, index) => {
      const given = args[index];
      env.set(parameter.name.text, given ?? (parameter.default ? this.resolve(parameter.default, env, depth + 1) : parameter.constraint ? this.resolve(parameter.constraint, env, depth + 1) : UNKNOWN));
    });
    return env;
  }
  reference(name, args, env, depth) {
    if (depth > MAX_DEPTH) return UNKNOWN;
    const bound = env.get(name);
    if (bound) return bound;
    const declarations = this.declarations.get(name);
    if (!declarations) return this.builtin(name, args);
    const first = declarations[0];
    if (first.kind === "alias") {
      return this.resolve(first.node.type, this.bind(first.node.typeParameters, args, depth), depth + 1);
    }
    if (first.kind === "enum") {
      const members = first.node.members;
      const isString = members.some((member) => member.initializer && import_typescript10.default.isStringLiteral(member.initializer));
      return { kind: isString ? "string" : "number", nullable: false };
    }
    let shape = { properties: {} };
    for (const declaration of declarations) {
      if (declaration.kind !== "members") continue;
      const inner = this.bind(declaration.node.typeParameters, args, depth);
      for (const clause of declaration.node.heritageClauses ?? []) {
        if (clause.token !== import_typescript10.default.SyntaxKind.ExtendsKeyword) continue;
        for (const base of clause.types) {
          if (!import_typescript10.default.isIdentifier(base.expression)) continue;
          const resolvedBase = this.reference(base.expression.text, (base.typeArguments ?? []).map((arg) => this.resolve(arg, inner, depth + 1)), inner, depth + 1);
          if (resolvedBase.shape) shape = { properties: { ...shape.properties, ...resolvedBase.shape.properties } };
        }
      }
      shape = { properties: { ...shape.properties, ...this.members(declaration.node.members, inner, depth + 1).properties } };
    }
    return { kind: "object", nullable: false, shape };
  }
  /** Well-known global generics. */
  builtin(name, args) {
    switch (name) {
      case "Array":
      case "ReadonlyArray":
        return { kind: "array", nullable: false };
      case "Record":
      case "Map":
      case "Set":
      case "Date":
      case "Object":
        return OBJECT;
      case "Partial":
        return args[0]?.shape ? { ...args[0], shape: mapProperties(args[0].shape, (p) => ({ ...p, optional: true })) } : args[0] ?? UNKNOWN;
      case "Required":
        return args[0]?.shape ? { ...args[0], shape: mapProperties(args[0].shape, (p) => ({ ...p, optional: false })) } : args[0] ?? UNKNOWN;
      case "Readonly":
        return args[0] ?? UNKNOWN;
      case "String":
        return { kind: "string", nullable: false };
      case "Number":
        return { kind: "number", nullable: false };
      case "Boolean":
        return { kind: "boolean", nullable: false };
      case "Function":
        return { kind: "function", nullable: false };
      default:
        return UNKNOWN;
    }
  }
  members(members, env, depth) {
    const properties = {};
    for (const member of members) {
      if (!(import_typescript10.default.isPropertySignature(member) || import_typescript10.default.isPropertyDeclaration(member) || import_typescript10.default.isMethodSignature(member) || import_typescript10.default.isMethodDeclaration(member))) continue;
      const modifiers = import_typescript10.default.canHaveModifiers(member) ? import_typescript10.default.getModifiers(member) ?? [] : [];
      if (modifiers.some((m) => m.kind === import_typescript10.default.SyntaxKind.StaticKeyword || m.kind === import_typescript10.default.SyntaxKind.PrivateKeyword || m.kind === import_typescript10.default.SyntaxKind.ProtectedKeyword)) continue;
      const name = propertyName3(member.name);
      if (name === null) continue;
      const optional = member.questionToken !== void 0;
      if (import_typescript10.default.isMethodSignature(member) || import_typescript10.default.isMethodDeclaration(member)) {
        properties[name] = { optional, type: "function", kind: "function", nullable: false };
        continue;
      }
      const typeNode = member.type;
      const resolved = typeNode ? this.resolve(typeNode, env, depth) : UNKNOWN;
      properties[name] = { optional, type: typeNode ? this.text(typeNode) : "any", kind: resolved.kind, nullable: resolved.nullable, ...resolved.shape ? { shape: resolved.shape } : {} };
    }
    return { properties };
  }
  resolve(node, env, depth) {
    if (depth > MAX_DEPTH) return UNKNOWN;
    switch (node.kind) {
      case import_typescript10.default.SyntaxKind.StringKeyword:
      case import_typescript10.default.SyntaxKind.TemplateLiteralType:
        return { kind: "string", nullable: false };
      case import_typescript10.default.SyntaxKind.NumberKeyword:
      case import_typescript10.default.SyntaxKind.BigIntKeyword:
        return { kind: "number", nullable: false };
      case import_typescript10.default.SyntaxKind.BooleanKeyword:
        return { kind: "boolean", nullable: false };
      case import_typescript10.default.SyntaxKind.ObjectKeyword:
        return OBJECT;
      case import_typescript10.default.SyntaxKind.NullKeyword:
        return { kind: "null", nullable: true };
      case import_typescript10.default.SyntaxKind.UndefinedKeyword:
      case import_typescript10.default.SyntaxKind.VoidKeyword:
        return { kind: "null", nullable: false };
      case import_typescript10.default.SyntaxKind.AnyKeyword:
      case import_typescript10.default.SyntaxKind.UnknownKeyword:
      case import_typescript10.default.SyntaxKind.NeverKeyword:
        return UNKNOWN;
    }
    if (import_typescript10.default.isParenthesizedTypeNode(node)) return this.resolve(node.type, env, depth);
    if (import_typescript10.default.isLiteralTypeNode(node)) {
      if (node.literal.kind === import_typescript10.default.SyntaxKind.NullKeyword) return { kind: "null", nullable: true };
      if (import_typescript10.default.isStringLiteral(node.literal)) return { kind: "string", nullable: false };
      if (import_typescript10.default.isNumericLiteral(node.literal) || import_typescript10.default.isPrefixUnaryExpression(node.literal)) return { kind: "number", nullable: false };
      return { kind: "boolean", nullable: false };
    }
    if (import_typescript10.default.isArrayTypeNode(node) || import_typescript10.default.isTupleTypeNode(node)) return { kind: "array", nullable: false };
    if (import_typescript10.default.isTypeLiteralNode(node)) return { kind: "object", nullable: false, shape: this.members(node.members, env, depth + 1) };
    if (import_typescript10.default.isMappedTypeNode(node)) return OBJECT;
    if (import_typescript10.default.isFunctionTypeNode(node) || import_typescript10.default.isConstructorTypeNode(node)) return { kind: "function", nullable: false };
    if (import_typescript10.default.isTypeOperatorNode(node)) return node.operator === import_typescript10.default.SyntaxKind.ReadonlyKeyword ? this.resolve(node.type, env, depth) : UNKNOWN;
    if (import_typescript10.default.isUnionTypeNode(node)) {
      const members = node.types.map((member) => this.resolve(member, env, depth + 1));
      const nullable = members.some((member) => member.nullable);
      const rest = members.filter((member) => member.kind !== "null");
      if (rest.length === 0) return { kind: "null", nullable };
      const kind = rest.every((member) => member.kind === rest[0].kind) ? rest[0].kind : "unknown";
      const shapes = rest.map((member) => member.shape).filter((shape) => shape !== void 0);
      return { kind, nullable, ...kind === "object" && shapes.length === rest.length ? { shape: mergeUnion(shapes) } : {} };
    }
    if (import_typescript10.default.isIntersectionTypeNode(node)) {
      const members = node.types.map((member) => this.resolve(member, env, depth + 1));
      const objects = members.filter((member) => member.kind === "object");
      if (objects.length === 0) return members[0] ?? UNKNOWN;
      const shapes = objects.map((member) => member.shape).filter((shape) => shape !== void 0);
      return { kind: "object", nullable: false, ...shapes.length > 0 ? { shape: shapes.reduce(mergeIntersection) } : {} };
    }
    if (import_typescript10.default.isTypeReferenceNode(node)) {
      const name = import_typescript10.default.isIdentifier(node.typeName) ? node.typeName.text : null;
      if (!name) return UNKNOWN;
      const typeArgs = node.typeArguments ?? [];
      if ((name === "Pick" || name === "Omit") && typeArgs.length === 2) {
        const target = this.resolve(typeArgs[0], env, depth + 1);
        const keys = literalNames(typeArgs[1]);
        if (!target.shape || !keys) return target.kind === "object" ? OBJECT : UNKNOWN;
        const keep = (key) => name === "Pick" ? keys.includes(key) : !keys.includes(key);
        return { ...target, shape: mapProperties(target.shape, (property, key) => keep(key) ? property : null) };
      }
      return this.reference(name, typeArgs.map((arg) => this.resolve(arg, env, depth + 1)), env, depth + 1);
    }
    return UNKNOWN;
  }
};
function extractPayloadShapes(dtsText) {
  const reader = new ShapeReader(dtsText);
  const databaseEventProperties = {};
  for (const operation of DATABASE_EVENT_OPERATIONS) {
    const properties = reader.shapeOf([EVENT_CLASSES[operation]])?.properties.properties?.shape;
    if (properties) databaseEventProperties[operation] = { name: `${EVENT_CLASSES[operation]}['properties']`, properties: properties.properties };
  }
  const shapes = { databaseEventProperties };
  for (const key of ["route", "databaseEvent", "databaseEventBatch", "install", "uninstall"]) {
    const shape = reader.shapeOf(PAYLOAD_TYPE_NAMES[key]);
    if (shape) shapes[key] = shape;
  }
  return shapes;
}

// src-main/core/payloads/sdk-payload-shapes.ts
var import_meta3 = {};
var DEFINE_TYPES = (0, import_node_path21.join)("dist", "define", "index.d.ts");
var thisDirectory2 = () => typeof __dirname === "string" ? __dirname : (0, import_node_path21.dirname)((0, import_node_url4.fileURLToPath)(import_meta3.url));
var cache2 = /* @__PURE__ */ new Map();
var load = (packageDir) => {
  const path = (0, import_node_path21.join)(packageDir, DEFINE_TYPES);
  let stats;
  try {
    stats = (0, import_node_fs11.statSync)(path);
  } catch {
    return null;
  }
  const cached = cache2.get(path);
  if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return { ...cached.value, path };
  let text;
  try {
    text = (0, import_node_fs11.readFileSync)(path, "utf8");
  } catch {
    return null;
  }
  const value = { version: readPackageVersion(packageDir), shapes: extractPayloadShapes(text) };
  cache2.set(path, { mtimeMs: stats.mtimeMs, size: stats.size, value });
  return { ...value, path };
};
function sdkPayloadShapes(appDir) {
  const candidates = [
    [resolvePackageDir(appDir, "twenty-sdk"), "app"],
    [resolvePackageDir(thisDirectory2(), "twenty-sdk"), "studio"]
  ];
  for (const [packageDir, source] of candidates) {
    if (!packageDir) continue;
    const loaded = load(packageDir);
    if (loaded) return { ...loaded, source };
  }
  return null;
}

// src-main/core/payloads/payload-handlers.ts
function createPayloadHandlers(context2) {
  const model = () => requireModel(context2.requireOpen().project.model);
  const deps = {
    model,
    runs: () => context2.requireOpen().runs,
    files: () => context2.requireOpen().files
  };
  const store = () => {
    const { project } = context2.requireOpen();
    return new SavedPayloadStore(project.appDir, () => appFunctions(requireModel(project.model)));
  };
  const savedChanged = (functionFolder) => context2.emit("payload.saved.changed", { functionFolder });
  const sdk = () => sdkPayloadShapes(context2.requireOpen().project.appDir);
  const withSdkStaleness = (entry, shapes = sdk()) => {
    if (!shapes || entry.stale || !entry.content) return entry;
    const staleReason = sdkShapeStaleness(entry.content, shapes);
    return staleReason ? { ...entry, stale: true, staleReason } : entry;
  };
  const consoleLine = (text, level) => context2.emit("console.batch", { entries: [{ source: "route-server", label: "route server", level, text: `${text}
`, time: (/* @__PURE__ */ new Date()).toISOString() }] });
  const server = new LocalRouteServer({
    handle: async (request) => {
      try {
        context2.requireOpen();
      } catch (error) {
        return {
          match: null,
          matches: [],
          closest: [],
          payload: null,
          droppedHeaders: [],
          missingForwardedHeaders: [],
          warnings: [],
          response: { status: 503, headers: { "content-type": "application/json; charset=utf-8" }, body: JSON.stringify({ statusCode: 503, error: "ServiceUnavailableException", messages: [error.message] }), bodyKind: "json", droppedHeaders: [], warnings: [] }
        };
      }
      return handleRouteRequest(deps, request, { dryRun: false, origin: "route" });
    },
    log: consoleLine,
    onStateChange: (state) => context2.emit("routes.server", state)
  });
  queueMicrotask(() => {
    if (context2.mode?.() === "browser") void server.start();
  });
  return {
    "routes.request": ({ dryRun, debug, ...request }) => handleRouteRequest(deps, request, { dryRun, origin: "route", debug }),
    "routes.server.status": async () => server.state(),
    "routes.server.start": ({ port, acceptExternalCallers }) => server.start(port, acceptExternalCallers),
    "routes.server.stop": () => server.stop(),
    "payload.objects": async () => ({ objects: eventObjects(model()) }),
    "payload.event": (params) => composeEvent(deps, params),
    "payload.template": async ({ universalIdentifier, trigger }) => {
      const current = model();
      return payloadTemplate(findAppFunction(current, universalIdentifier), trigger, current.version, sdk());
    },
    "payload.validate": async ({ universalIdentifier, payload, trigger }) => {
      const fn = findAppFunction(model(), universalIdentifier);
      const which = trigger ?? (fn.config.toolTriggerSettings || fn.config.isTool ? "tool" : "workflowAction");
      const problems = validateInputPayload(triggerInputSchema(fn.config, which), payload);
      return { valid: problems.length === 0, problems };
    },
    "payload.saved.list": async ({ universalIdentifier }) => {
      const payloads = await store().list(universalIdentifier);
      const shapes = sdk();
      return { payloads: payloads.map((entry) => withSdkStaleness(entry, shapes)) };
    },
    "payload.saved.read": async ({ functionFolder, name }) => withSdkStaleness(await store().read(functionFolder, name)),
    "payload.saved.save": async ({ name, content, overwrite }) => {
      const entry = await store().save(name, content, { overwrite });
      savedChanged(entry.functionFolder);
      return withSdkStaleness(entry);
    },
    "payload.saved.rename": async ({ functionFolder, name, newName }) => {
      const entry = await store().rename(functionFolder, name, newName);
      savedChanged(functionFolder);
      return withSdkStaleness(entry);
    },
    "payload.saved.duplicate": async ({ functionFolder, name, newName }) => {
      const entry = await store().duplicate(functionFolder, name, newName);
      savedChanged(functionFolder);
      return withSdkStaleness(entry);
    },
    "payload.saved.delete": async ({ functionFolder, name }) => {
      const deleted = await store().delete(functionFolder, name);
      if (deleted) savedChanged(functionFolder);
      return { deleted };
    },
    "payload.saved.check": async ({ functionFolder, name, debug }) => {
      const open2 = context2.requireOpen();
      const workspace = open2.workspace;
      return checkSavedPayload(open2.runs, await store().read(functionFolder, name), {
        restoreSnapshot: workspace ? (snapshot) => workspace.snapshotRestore(snapshot) : void 0,
        ...debug ? { debug: true } : {}
      });
    },
    "payload.recent": async ({ universalIdentifier, limit }) => ({ payloads: await recentPayloads(context2.requireOpen().runs, universalIdentifier, limit) }),
    "payload.export": async (params) => {
      if (params.kind === "exec") {
        const fn = findAppFunction(model(), params.universalIdentifier);
        return { command: buildExecCommand({ name: fn.name, universalIdentifier: fn.universalIdentifier, payload: params.payload }) };
      }
      const baseUrl = params.baseUrl ?? server.state().url;
      if (!baseUrl) throw new StudioError("ROUTE_SERVER_STOPPED", "The local route server is not running: start it, or give the /s/ base URL of a Twenty server.");
      const { authenticated, ...request } = params.request;
      const headers = params.baseUrl ? request.headers : requestHeaders({ ...request, authenticated });
      const bearerTokenVariable = params.bearerTokenVariable ?? (params.baseUrl && authenticated ? "TWENTY_API_KEY" : void 0);
      return { command: buildCurlCommand({ ...request, headers, baseUrl, bearerTokenVariable }) };
    }
  };
}

// src-main/core/install/install-simulator.ts
var import_node_fs17 = require("node:fs");
var import_promises19 = require("node:fs/promises");
var import_node_os4 = require("node:os");
var import_node_path29 = require("node:path");

// src-shared/contract/install.ts
var import_zod4 = require("zod");

// src-shared/contract/project.ts
var import_zod3 = require("zod");
var problemSchema = import_zod3.z.object({
  /** Path relative to the app root, with forward slashes ('' when it concerns the whole app). */
  file: import_zod3.z.string(),
  /** 1-based line and column. */
  line: import_zod3.z.number().int(),
  column: import_zod3.z.number().int(),
  message: import_zod3.z.string(),
  severity: import_zod3.z.enum(["error", "warning"]),
  /** Who found it: the TypeScript/esbuild parser, the SDK's define* validation, the whole-app checks, evaluation. */
  source: import_zod3.z.enum(["syntax", "sdk", "app", "evaluation", "studio", "build", "typecheck"])
});
var jsonValueSchema = import_zod3.z.lazy(
  () => import_zod3.z.union([import_zod3.z.string(), import_zod3.z.number(), import_zod3.z.boolean(), import_zod3.z.null(), import_zod3.z.array(jsonValueSchema), import_zod3.z.record(import_zod3.z.string(), jsonValueSchema)])
);
var jsonObjectSchema = import_zod3.z.record(import_zod3.z.string(), jsonValueSchema);
var entitySchema = import_zod3.z.object({
  file: import_zod3.z.string(),
  defineFunction: import_zod3.z.string(),
  /** Manifest section the SDK files it under (logicFunctions, roles, objects, ...). */
  section: import_zod3.z.string(),
  /** Position of the define*() call. */
  line: import_zod3.z.number().int(),
  column: import_zod3.z.number().int(),
  universalIdentifier: import_zod3.z.string().nullable(),
  /** Evaluated config (null when evaluation failed). */
  config: jsonObjectSchema.nullable(),
  /** True when the last evaluation of this file failed and `config` is from an earlier one. */
  stale: import_zod3.z.boolean()
});
var dependencyStatusSchema = import_zod3.z.object({
  state: import_zod3.z.enum(["ok", "missing-node-modules", "missing-twenty-sdk"]),
  packageManager: import_zod3.z.enum(["yarn", "npm"]),
  sdkVersion: import_zod3.z.string().nullable(),
  clientSdkVersion: import_zod3.z.string().nullable(),
  message: import_zod3.z.string().nullable()
});
var manifestSchema = import_zod3.z.object({
  application: jsonObjectSchema.nullable(),
  objects: import_zod3.z.array(jsonObjectSchema),
  fields: import_zod3.z.array(jsonObjectSchema),
  roles: import_zod3.z.array(jsonObjectSchema),
  logicFunctions: import_zod3.z.array(jsonObjectSchema),
  other: import_zod3.z.record(import_zod3.z.string(), import_zod3.z.array(jsonObjectSchema))
});
var typecheckStatusSchema = import_zod3.z.object({
  state: import_zod3.z.enum(["pending", "done", "unavailable", "off"]),
  errorCount: import_zod3.z.number().int(),
  durationMs: import_zod3.z.number().nullable(),
  /** Why it is unavailable, or the TypeScript version that checked. */
  message: import_zod3.z.string().nullable()
});
var projectModelSchema = import_zod3.z.object({
  appDir: import_zod3.z.string(),
  packageName: import_zod3.z.string().nullable(),
  version: import_zod3.z.string().nullable(),
  engines: import_zod3.z.record(import_zod3.z.string(), import_zod3.z.string()),
  dependencies: dependencyStatusSchema,
  entities: import_zod3.z.array(entitySchema),
  manifest: manifestSchema,
  /** Every file of the app (relative paths), node_modules/.git/.twenty/dist excluded. */
  files: import_zod3.z.array(import_zod3.z.string()),
  problems: import_zod3.z.array(problemSchema),
  /** Increases with every model the core produces for this app. */
  revision: import_zod3.z.number().int(),
  /** How long the last (re)evaluation took. */
  evaluationMs: import_zod3.z.number(),
  /** The app's typecheck (`tsc --noEmit -p tsconfig.json`, as `twenty dev:build` runs it); its errors are in `problems`. */
  typecheck: typecheckStatusSchema.optional()
});
var recentAppSchema = import_zod3.z.object({ appDir: import_zod3.z.string(), name: import_zod3.z.string(), openedAt: import_zod3.z.string() });

// src-shared/contract/install.ts
var versionSourceSchema = import_zod4.z.discriminatedUnion("kind", [
  import_zod4.z.object({ kind: import_zod4.z.literal("none") }),
  import_zod4.z.object({ kind: import_zod4.z.literal("working-tree") }),
  import_zod4.z.object({ kind: import_zod4.z.literal("git"), ref: import_zod4.z.string().min(1) }),
  import_zod4.z.object({ kind: import_zod4.z.literal("folder"), path: import_zod4.z.string().min(1) }),
  import_zod4.z.object({ kind: import_zod4.z.literal("tarball"), path: import_zod4.z.string().min(1) })
]);
var installWhatIfSchema = import_zod4.z.object({
  /** Ignore the installed version: simulate a first install of the new one. */
  treatAsFresh: import_zod4.z.boolean().optional(),
  /** Replace the hook flags the code declares. */
  overrides: import_zod4.z.object({
    preInstall: import_zod4.z.object({ shouldRunOnVersionUpgrade: import_zod4.z.boolean().optional() }).optional(),
    postInstall: import_zod4.z.object({ shouldRunOnVersionUpgrade: import_zod4.z.boolean().optional(), shouldRunSynchronously: import_zod4.z.boolean().optional() }).optional()
  }).optional()
});
var installRequestSchema = import_zod4.z.object({
  appDir: import_zod4.z.string().min(1),
  /** The installed version ('none': a fresh install). */
  from: versionSourceSchema,
  /** The version being installed; default the working tree. */
  to: versionSourceSchema.default({ kind: "working-tree" }),
  /** Target Twenty server version for the engines.twenty check; default the newest the studio knows. */
  serverVersion: import_zod4.z.string().min(1).optional(),
  whatIf: installWhatIfSchema.optional(),
  /**
   * A side whose package.json dependencies differ from the working tree's cannot borrow its
   * node_modules faithfully: 'refuse' (default) fails with the difference, 'link' borrows them anyway,
   * 'install' installs the side's own (its package manager, scripts off; cached with the side).
   */
  differentDependencies: import_zod4.z.enum(["refuse", "link", "install"]).optional()
});
var uninstallRequestSchema = import_zod4.z.object({
  appDir: import_zod4.z.string().min(1),
  /** The installed version whose uninstall hook runs; default the working tree. */
  version: versionSourceSchema.default({ kind: "working-tree" }),
  differentDependencies: import_zod4.z.enum(["refuse", "link", "install"]).optional()
});
var hookExecutionSchema = import_zod4.z.object({
  hook: import_zod4.z.enum(["preInstall", "postInstall", "uninstall"]),
  functionUniversalIdentifier: import_zod4.z.string(),
  functionName: import_zod4.z.string().nullable(),
  payload: jsonValueSchema,
  context: import_zod4.z.object({ retryCount: import_zod4.z.number().int(), maxRetries: import_zod4.z.number().int() }),
  data: import_zod4.z.unknown(),
  logs: import_zod4.z.string(),
  duration: import_zod4.z.number(),
  status: import_zod4.z.enum(["SUCCESS", "ERROR"]),
  error: runErrorSchema.optional(),
  calls: import_zod4.z.array(outgoingCallSchema),
  /** For a queued post-install attempt: what the worker did with it. */
  verdict: import_zod4.z.enum(["succeeded", "failed", "retry", "gave-up"]).optional()
});
var installStepNameSchema = import_zod4.z.enum([
  "RESOLVE_PACKAGE",
  "CHECK_COMPATIBILITY",
  "CREATE_APPLICATION",
  "CHECK_VERSION",
  "WRITE_FILES",
  "PRE_INSTALL_HOOK",
  "APPLY_MANIFEST",
  "POST_INSTALL_HOOK",
  "FINALIZE",
  "ROLLBACK",
  "UNINSTALL_HOOK",
  "REMOVE_APPLICATION"
]);
var installStepSchema = import_zod4.z.object({
  name: installStepNameSchema,
  status: import_zod4.z.enum(["done", "skipped", "failed", "queued"]),
  /** Why a step was skipped or failed, or what it checked. */
  reason: import_zod4.z.string().optional(),
  errorCode: import_zod4.z.string().optional(),
  durationMs: import_zod4.z.number().optional(),
  /** The hook's run (the last attempt for a queued post-install). */
  execution: hookExecutionSchema.optional(),
  /** A queued post-install: every attempt of the simulated worker, in order. */
  attempts: import_zod4.z.array(hookExecutionSchema).optional(),
  /** A queued post-install: how the job ended. */
  job: import_zod4.z.enum(["succeeded", "failed", "gave-up"]).optional(),
  /** APPLY_MANIFEST: the size of the metadata migration. */
  migration: import_zod4.z.object({ created: import_zod4.z.number().int(), updated: import_zod4.z.number().int(), deleted: import_zod4.z.number().int(), destructive: import_zod4.z.number().int() }).optional()
});
var propertyChangeSchema = import_zod4.z.object({ property: import_zod4.z.string(), before: jsonValueSchema.optional(), after: jsonValueSchema.optional() });
var diffEntrySchema = import_zod4.z.object({
  kind: import_zod4.z.string(),
  section: import_zod4.z.string(),
  universalIdentifier: import_zod4.z.string(),
  name: import_zod4.z.string(),
  objectUniversalIdentifier: import_zod4.z.string().optional(),
  changes: import_zod4.z.array(propertyChangeSchema).optional()
});
var destructiveChangeSchema = import_zod4.z.object({
  change: import_zod4.z.enum(["object-deleted", "field-deleted", "field-type-changed", "field-became-required", "select-option-removed"]),
  kind: import_zod4.z.enum(["object", "field"]),
  universalIdentifier: import_zod4.z.string(),
  name: import_zod4.z.string(),
  dataLoss: import_zod4.z.string()
});
var manifestDiffSchema = import_zod4.z.object({
  created: import_zod4.z.array(diffEntrySchema),
  updated: import_zod4.z.array(diffEntrySchema),
  deleted: import_zod4.z.array(diffEntrySchema),
  destructive: import_zod4.z.array(destructiveChangeSchema)
});
var installSideSchema = import_zod4.z.object({
  source: versionSourceSchema,
  label: import_zod4.z.string(),
  version: import_zod4.z.string().nullable(),
  /** 'source': built here like `twenty dev:build`; 'prebuilt': a tarball's manifest.json and .mjs files. */
  build: import_zod4.z.enum(["source", "prebuilt"]),
  /** How its node_modules were provided. */
  dependencies: import_zod4.z.enum(["own", "same-as-working-tree", "linked-despite-differences", "missing"]),
  /** Dependencies whose declared range differs from the working tree's (name: before -> after). */
  dependencyDifferences: import_zod4.z.array(import_zod4.z.string()),
  /** Its own dependencies were installed for it (differentDependencies: 'install'); `dependencies` is then 'own'. */
  dependencyInstall: import_zod4.z.object({
    packageManager: import_zod4.z.enum(["npm", "yarn"]),
    /** The command run, e.g. `npm install --ignore-scripts --no-audit --no-fund`. */
    command: import_zod4.z.string(),
    /** An earlier simulation had already installed the same dependencies: nothing ran this time. */
    reused: import_zod4.z.boolean()
  }).optional()
});
var installResultSchema = import_zod4.z.object({
  outcome: import_zod4.z.enum(["INSTALLED", "UPGRADED", "FAILED"]),
  errorCode: import_zod4.z.string().optional(),
  errorMessage: import_zod4.z.string().optional(),
  previousVersion: import_zod4.z.string().optional(),
  newVersion: import_zod4.z.string(),
  serverVersion: import_zod4.z.string(),
  steps: import_zod4.z.array(installStepSchema),
  diff: manifestDiffSchema,
  /** Things that do not change the outcome but deserve a look (problems of a side, a non-semver fresh install, ...). */
  warnings: import_zod4.z.array(import_zod4.z.string()),
  from: installSideSchema.nullable(),
  to: installSideSchema
});
var uninstallResultSchema = import_zod4.z.object({
  outcome: import_zod4.z.literal("UNINSTALLED"),
  version: import_zod4.z.string().nullable(),
  steps: import_zod4.z.array(installStepSchema),
  warnings: import_zod4.z.array(import_zod4.z.string())
});
var installProgressEventSchema = import_zod4.z.discriminatedUnion("type", [
  import_zod4.z.object({ type: import_zod4.z.literal("side"), side: import_zod4.z.enum(["from", "to"]), phase: import_zod4.z.enum(["materialising", "building", "ready"]), label: import_zod4.z.string() }),
  /** A step started ('running') or reached its status. */
  import_zod4.z.object({ type: import_zod4.z.literal("step"), name: installStepNameSchema, status: import_zod4.z.enum(["running", "done", "skipped", "failed", "queued"]), step: installStepSchema.optional() }),
  /** Live output of a hook run. */
  import_zod4.z.object({ type: import_zod4.z.literal("output"), name: installStepNameSchema, attempt: import_zod4.z.number().int(), stream: import_zod4.z.enum(["stdout", "stderr"]), text: import_zod4.z.string() }),
  /** One line of a side's dependency install (differentDependencies: 'install'), the command first. */
  import_zod4.z.object({ type: import_zod4.z.literal("dependencies"), side: import_zod4.z.enum(["from", "to"]), line: import_zod4.z.string(), stream: import_zod4.z.enum(["stdout", "stderr"]).optional() })
]);

// src-shared/twenty/install/manifest-diff.ts
var IGNORED_PROPERTIES = {
  application: ["packageJsonChecksum", "yarnLockChecksum"],
  logicFunctions: ["builtHandlerPath", "builtHandlerChecksum"],
  frontComponents: ["builtComponentPath", "builtComponentChecksum"]
};
var SECTION_KIND = {
  objects: "object",
  fields: "field",
  roles: "role",
  logicFunctions: "logicFunction",
  indexes: "index",
  permissionFlags: "permissionFlag",
  skills: "skill",
  agents: "agent",
  connectionProviders: "connectionProvider",
  frontComponents: "frontComponent",
  publicAssets: "publicAsset",
  views: "view",
  viewFields: "viewField",
  navigationMenuItems: "navigationMenuItem",
  pageLayouts: "pageLayout",
  pageLayoutTabs: "pageLayoutTab",
  pageLayoutWidgets: "pageLayoutWidget",
  commandMenuItems: "commandMenuItem",
  timelineActivityTypes: "timelineActivityType",
  settingsMenuItems: "settingsMenuItem"
};
var kindOfSection = (section) => SECTION_KIND[section] ?? section.replace(/s$/, "");
var str6 = (value) => typeof value === "string" ? value : void 0;
function jsonEqual(a, b) {
  if (a === b) return true;
  if (a === void 0 || b === void 0 || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => jsonEqual(item, b[index]));
  }
  if (typeof a === "object" && typeof b === "object") {
    const keys = /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!jsonEqual(a[key], b[key])) return false;
    return true;
  }
  return false;
}
function propertyChanges(before, after, ignored) {
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !ignored.includes(key)).sort();
  const changes = [];
  for (const key of keys) {
    if (jsonEqual(before[key], after[key])) continue;
    changes.push({ property: key, ...key in before ? { before: before[key] } : {}, ...key in after ? { after: after[key] } : {} });
  }
  return changes;
}
function flattenFields(manifest) {
  const fields = /* @__PURE__ */ new Map();
  for (const object of manifest.objects) {
    for (const field of Array.isArray(object.fields) ? object.fields : []) {
      if (!field || typeof field !== "object" || Array.isArray(field)) continue;
      const id = str6(field.universalIdentifier);
      if (id) fields.set(id, { field, objectUniversalIdentifier: str6(object.universalIdentifier), objectName: str6(object.nameSingular) });
    }
  }
  for (const field of manifest.fields) {
    const id = str6(field.universalIdentifier);
    if (id) fields.set(id, { field, objectUniversalIdentifier: str6(field.objectUniversalIdentifier), objectName: str6(field.objectName) ?? str6(field.objectNameSingular) });
  }
  return fields;
}
function byIdentifier(records3) {
  const map = /* @__PURE__ */ new Map();
  for (const record3 of records3) {
    const id = str6(record3.universalIdentifier);
    if (id) map.set(id, record3);
  }
  return map;
}
function displayName(section, record3) {
  if (section === "objects") return str6(record3.nameSingular) ?? str6(record3.labelSingular) ?? str6(record3.universalIdentifier) ?? "?";
  return str6(record3.name) ?? str6(record3.label) ?? str6(record3.displayName) ?? str6(record3.universalIdentifier) ?? "?";
}
var fieldName = (flat) => `${flat.objectName ?? flat.objectUniversalIdentifier ?? "?"}.${str6(flat.field.name) ?? str6(flat.field.universalIdentifier) ?? "?"}`;
var isRequired = (field) => field.isNullable === false;
var optionValues = (field) => (Array.isArray(field.options) ? field.options : []).map((option) => option && typeof option === "object" && !Array.isArray(option) ? str6(option.value) : void 0).filter((value) => value !== void 0);
function diffSection(section, before, after, diff, withoutFields = false) {
  const kind = kindOfSection(section);
  const ignored = [...IGNORED_PROPERTIES[section] ?? [], ...withoutFields ? ["fields"] : []];
  const oldById = byIdentifier(before);
  const newById = byIdentifier(after);
  for (const [id, record3] of newById) {
    const old = oldById.get(id);
    if (!old) {
      diff.created.push({ kind, section, universalIdentifier: id, name: displayName(section, record3) });
      continue;
    }
    const changes = propertyChanges(old, record3, ignored);
    if (changes.length > 0) diff.updated.push({ kind, section, universalIdentifier: id, name: displayName(section, record3), changes });
  }
  for (const [id, record3] of oldById) {
    if (!newById.has(id)) diff.deleted.push({ kind, section, universalIdentifier: id, name: displayName(section, record3) });
  }
}
function diffManifests(before, after) {
  const diff = { created: [], updated: [], deleted: [], destructive: [] };
  const empty5 = { application: null, objects: [], fields: [], roles: [], logicFunctions: [], other: {} };
  const old = before ?? empty5;
  if (after.application) {
    const id = str6(after.application.universalIdentifier) ?? "";
    const name = str6(after.application.displayName) ?? id;
    if (!old.application) diff.created.push({ kind: "application", section: "application", universalIdentifier: id, name });
    else {
      const changes = propertyChanges(old.application, after.application, IGNORED_PROPERTIES.application);
      if (changes.length > 0) diff.updated.push({ kind: "application", section: "application", universalIdentifier: id, name, changes });
    }
  }
  diffSection("objects", old.objects, after.objects, diff, true);
  const deletedObjects = new Set(diff.deleted.filter((entry) => entry.kind === "object").map((entry) => entry.universalIdentifier));
  const oldFields = flattenFields(old);
  const newFields = flattenFields(after);
  for (const [id, flat] of newFields) {
    const previous = oldFields.get(id);
    const entry = { kind: "field", section: "fields", universalIdentifier: id, name: fieldName(flat), ...flat.objectUniversalIdentifier ? { objectUniversalIdentifier: flat.objectUniversalIdentifier } : {} };
    if (!previous) {
      diff.created.push(entry);
      continue;
    }
    const changes = propertyChanges(previous.field, flat.field, ["objectUniversalIdentifier"]);
    if (changes.length === 0) continue;
    diff.updated.push({ ...entry, changes });
    const name = fieldName(flat);
    const typeBefore = str6(previous.field.type);
    const typeAfter = str6(flat.field.type);
    if (typeBefore !== void 0 && typeAfter !== void 0 && typeBefore !== typeAfter) {
      diff.destructive.push({
        change: "field-type-changed",
        kind: "field",
        universalIdentifier: id,
        name,
        dataLoss: `${name} changes type from ${typeBefore} to ${typeAfter}: existing values that do not convert to ${typeAfter} are lost.`
      });
    }
    if (!isRequired(previous.field) && isRequired(flat.field)) {
      diff.destructive.push({
        change: "field-became-required",
        kind: "field",
        universalIdentifier: id,
        name,
        dataLoss: `${name} becomes required (isNullable: false): records where it is empty no longer satisfy it; the migration fails on them or they are overwritten with the default value.`
      });
    }
    if (typeBefore === typeAfter && (typeAfter === "SELECT" || typeAfter === "MULTI_SELECT")) {
      const kept = new Set(optionValues(flat.field));
      const removed = optionValues(previous.field).filter((value) => !kept.has(value));
      if (removed.length > 0) {
        diff.destructive.push({
          change: "select-option-removed",
          kind: "field",
          universalIdentifier: id,
          name,
          dataLoss: `${name} loses option${removed.length > 1 ? "s" : ""} ${removed.join(", ")}: records holding ${removed.length > 1 ? "them" : "it"} lose that value.`
        });
      }
    }
  }
  for (const [id, flat] of oldFields) {
    if (newFields.has(id)) continue;
    if (flat.objectUniversalIdentifier && deletedObjects.has(flat.objectUniversalIdentifier)) continue;
    const name = fieldName(flat);
    diff.deleted.push({ kind: "field", section: "fields", universalIdentifier: id, name, ...flat.objectUniversalIdentifier ? { objectUniversalIdentifier: flat.objectUniversalIdentifier } : {} });
    diff.destructive.push({ change: "field-deleted", kind: "field", universalIdentifier: id, name, dataLoss: `Every value of ${name} is deleted.` });
  }
  for (const entry of diff.deleted.filter((item) => item.kind === "object")) {
    const object = old.objects.find((record3) => record3.universalIdentifier === entry.universalIdentifier);
    const fieldCount = Array.isArray(object?.fields) ? object.fields.length : 0;
    diff.destructive.unshift({
      change: "object-deleted",
      kind: "object",
      universalIdentifier: entry.universalIdentifier,
      name: entry.name,
      dataLoss: `Every ${entry.name} record is deleted, with the values of its ${fieldCount} field${fieldCount === 1 ? "" : "s"}.`
    });
  }
  diffSection("roles", old.roles, after.roles, diff);
  diffSection("logicFunctions", old.logicFunctions, after.logicFunctions, diff);
  const otherSections = [.../* @__PURE__ */ new Set([...Object.keys(old.other ?? {}), ...Object.keys(after.other ?? {})])].sort();
  for (const section of otherSections) diffSection(section, old.other?.[section] ?? [], after.other?.[section] ?? [], diff);
  return diff;
}

// src-shared/twenty/install/install-plan.ts
var import_semver = __toESM(require("semver"));
function checkServerCompatibility(enginesTwenty, serverVersion) {
  const range = enginesTwenty?.trim();
  if (!range) return { compatible: true, skipped: true };
  if (import_semver.default.validRange(range) === null) {
    return { compatible: false, errorCode: "INVALID_APP_ENGINE_REQUIREMENT", message: `App manifest declares invalid engines.twenty value "${range}". Must be a valid semver range.` };
  }
  if (import_semver.default.valid(serverVersion) === null) {
    return { compatible: false, errorCode: "INVALID_SERVER_VERSION", message: `Cannot verify server compatibility: inferred server version "${serverVersion}" is not a valid semver version.` };
  }
  if (!import_semver.default.satisfies(serverVersion, range)) {
    return { compatible: false, errorCode: "SERVER_VERSION_INCOMPATIBLE", message: `App requires Twenty server ${range} but this server is ${serverVersion}.` };
  }
  return { compatible: true, skipped: false };
}
function checkVersionProgression(previousVersion, newVersion, appLabel = "the app") {
  if (import_semver.default.valid(newVersion) === null) {
    return { allowed: false, errorCode: "INVALID_INPUT", message: `Invalid version "${newVersion}" in package.json. Must be a valid semver version.` };
  }
  if (import_semver.default.valid(previousVersion) === null) {
    return { allowed: true, note: `the installed version "${previousVersion}" is not semver: the server does not compare it` };
  }
  if (import_semver.default.eq(newVersion, previousVersion)) {
    return { allowed: false, errorCode: "APP_ALREADY_INSTALLED", message: `${appLabel}@${newVersion} is already installed in this workspace.` };
  }
  if (import_semver.default.lt(newVersion, previousVersion)) {
    return {
      allowed: false,
      errorCode: "CANNOT_DOWNGRADE_APPLICATION",
      message: `Cannot install ${appLabel}@${newVersion}: version ${previousVersion} is already installed and downgrading is not allowed.`
    };
  }
  return { allowed: true };
}
var UPGRADE_SKIP_REASON = "version upgrade and shouldRunOnVersionUpgrade is false";
function planInstall(input, appLabel = "the app") {
  const whatIf = input.whatIf ?? {};
  const previousVersion = whatIf.treatAsFresh ? void 0 : input.previousVersion;
  const kind = previousVersion === void 0 ? "fresh" : "upgrade";
  const newVersion = input.newVersion ?? "";
  const steps = [];
  const warnings = [];
  const effectiveFlags = {};
  if (input.preInstall) {
    effectiveFlags.preInstall = {
      shouldRunOnVersionUpgrade: whatIf.overrides?.preInstall?.shouldRunOnVersionUpgrade ?? input.preInstall.shouldRunOnVersionUpgrade ?? false
    };
  }
  if (input.postInstall) {
    effectiveFlags.postInstall = {
      shouldRunOnVersionUpgrade: whatIf.overrides?.postInstall?.shouldRunOnVersionUpgrade ?? input.postInstall.shouldRunOnVersionUpgrade ?? false,
      shouldRunSynchronously: whatIf.overrides?.postInstall?.shouldRunSynchronously ?? input.postInstall.shouldRunSynchronously ?? false
    };
  }
  const plan = () => ({ kind, ...previousVersion !== void 0 ? { previousVersion } : {}, newVersion, steps, effectiveFlags, warnings });
  const refuse = (name, errorCode, message) => {
    steps.push({ name, action: "refuse", errorCode, reason: message });
    return { ...plan(), refusal: { step: name, errorCode, message } };
  };
  if (!newVersion.trim()) return refuse("RESOLVE_PACKAGE", "PACKAGE_RESOLUTION_FAILED", `Package ${appLabel} has no version`);
  steps.push({ name: "RESOLVE_PACKAGE", action: "run" });
  const compatibility = checkServerCompatibility(input.enginesTwenty, input.serverVersion);
  if (!compatibility.compatible) return refuse("CHECK_COMPATIBILITY", compatibility.errorCode, compatibility.message);
  steps.push(compatibility.skipped ? { name: "CHECK_COMPATIBILITY", action: "skip", reason: "package.json declares no engines.twenty: every server version is accepted" } : { name: "CHECK_COMPATIBILITY", action: "run", reason: `engines.twenty ${input.enginesTwenty?.trim()} accepts server ${input.serverVersion}` });
  if (kind === "fresh") {
    steps.push({ name: "CREATE_APPLICATION", action: "run" });
    steps.push({ name: "CHECK_VERSION", action: "skip", reason: "fresh install: no installed version to compare with" });
    if (import_semver.default.valid(newVersion) === null) {
      warnings.push(`Version "${newVersion}" is not valid semver: a fresh install accepts it, but every later upgrade of this install is refused with INVALID_INPUT.`);
    }
  } else {
    steps.push({ name: "CREATE_APPLICATION", action: "skip", reason: `already installed at ${previousVersion}: the existing application is updated` });
    const progression = checkVersionProgression(previousVersion, newVersion, appLabel);
    if (!progression.allowed) return refuse("CHECK_VERSION", progression.errorCode, progression.message);
    steps.push({ name: "CHECK_VERSION", action: "run", reason: progression.note ?? `${previousVersion} -> ${newVersion} is an upgrade` });
  }
  steps.push({ name: "WRITE_FILES", action: "run" });
  if (!effectiveFlags.preInstall) {
    steps.push({ name: "PRE_INSTALL_HOOK", action: "skip", reason: "the new version has no pre-install logic function" });
  } else if (kind === "upgrade" && !effectiveFlags.preInstall.shouldRunOnVersionUpgrade) {
    steps.push({ name: "PRE_INSTALL_HOOK", action: "skip", reason: UPGRADE_SKIP_REASON });
  } else {
    steps.push({ name: "PRE_INSTALL_HOOK", action: "run", mode: "sync" });
  }
  steps.push({ name: "APPLY_MANIFEST", action: "run" });
  if (!effectiveFlags.postInstall) {
    steps.push({ name: "POST_INSTALL_HOOK", action: "skip", reason: "the new version has no post-install logic function" });
  } else if (kind === "upgrade" && !effectiveFlags.postInstall.shouldRunOnVersionUpgrade) {
    steps.push({ name: "POST_INSTALL_HOOK", action: "skip", reason: UPGRADE_SKIP_REASON });
  } else {
    steps.push({ name: "POST_INSTALL_HOOK", action: "run", mode: effectiveFlags.postInstall.shouldRunSynchronously ? "sync" : "queued" });
  }
  steps.push({ name: "FINALIZE", action: "run" });
  return plan();
}
function needsRollback(plan, completedSteps) {
  return plan.kind === "fresh" && completedSteps.includes("CREATE_APPLICATION");
}

// src-main/core/install/hook-execution.ts
var import_node_path22 = require("node:path");

// src-shared/twenty/install/post-install-job.ts
var POST_INSTALL_RETRY_LIMIT = 3;
var LOGIC_FUNCTION_APPLICATION_RETRY_LIMIT = 3;
var RETRYABLE_LOGIC_FUNCTION_ERROR_NAME = "RetryableLogicFunctionError";
var postInstallMaxRetries = (retryLimit = POST_INSTALL_RETRY_LIMIT) => Math.min(LOGIC_FUNCTION_APPLICATION_RETRY_LIMIT, retryLimit);
function judgeAttempt(outcome, retryCount, maxRetries) {
  if (outcome.status === "SUCCESS") return "succeeded";
  if (outcome.errorType !== RETRYABLE_LOGIC_FUNCTION_ERROR_NAME) return "failed";
  return retryCount >= maxRetries ? "gave-up" : "retry";
}

// src-main/core/install/hook-execution.ts
async function executeHook(hook, bundlePath, payload, retry, context2) {
  const result = await context2.runner.run({
    bundlePath,
    payload,
    context: retry,
    environment: context2.environment,
    timeoutSeconds: hook.timeoutSeconds,
    onOutput: (chunk) => context2.onOutput?.(retry.retryCount, chunk)
  }).result;
  return {
    hook: hook.hook,
    functionUniversalIdentifier: hook.universalIdentifier,
    functionName: hook.name,
    payload,
    context: retry,
    data: result.data,
    logs: result.logs,
    duration: result.duration,
    status: result.status,
    ...result.error ? { error: { ...result.error, stackTrace: relativeFrames(result.error.stackTrace, context2.temporaryRoot) } } : {},
    calls: result.calls
  };
}
function relativeFrames(stackTrace, root) {
  return root ? stackTrace.split(`${root}${import_node_path22.sep}`).join("") : stackTrace;
}
async function runQueuedPostInstall(hook, bundlePath, payload, context2) {
  const maxRetries = postInstallMaxRetries();
  const attempts = [];
  for (let retryCount = 0; ; retryCount += 1) {
    const execution = await executeHook(hook, bundlePath, payload, { retryCount, maxRetries }, context2);
    const verdict = judgeAttempt({ status: execution.status, errorType: execution.error?.errorType }, retryCount, maxRetries);
    const judged = { ...execution, verdict };
    attempts.push(judged);
    context2.onAttempt?.(judged);
    if (verdict !== "retry") return { attempts, job: verdict };
  }
}

// src-main/core/install/prepared-version.ts
var import_node_fs14 = require("node:fs");
var import_promises16 = require("node:fs/promises");
var import_node_path25 = require("node:path");

// src-main/core/build/function-bundler.ts
var import_node_crypto6 = require("node:crypto");
var import_node_fs13 = require("node:fs");
var import_promises15 = require("node:fs/promises");
var import_node_path24 = require("node:path");
var esbuild2 = __toESM(require("esbuild"));

// src-main/core/build/bundle-cache-folder.ts
var import_node_crypto5 = require("node:crypto");
var import_node_fs12 = require("node:fs");
var import_promises14 = require("node:fs/promises");
var import_node_path23 = require("node:path");
var functionBuildCacheDir = (userDataDir, appDir) => (0, import_node_path23.join)(userDataDir, "build-cache", (0, import_node_crypto5.createHash)("sha256").update((0, import_node_path23.resolve)(appDir)).digest("hex").slice(0, 16));
var findAppNodeModules = (appDir) => {
  let nearest = null;
  for (let dir = (0, import_node_path23.resolve)(appDir); ; dir = (0, import_node_path23.dirname)(dir)) {
    const candidate = (0, import_node_path23.join)(dir, "node_modules");
    if ((0, import_node_fs12.existsSync)((0, import_node_path23.join)(candidate, "twenty-client-sdk"))) return candidate;
    if (nearest === null && (0, import_node_fs12.existsSync)(candidate)) nearest = candidate;
    if ((0, import_node_path23.dirname)(dir) === dir) return nearest;
  }
};
var prepareBundleCacheFolder = async (appDir, cacheDir) => {
  await (0, import_promises14.mkdir)(cacheDir, { recursive: true });
  const packageJson = (0, import_node_path23.join)(cacheDir, "package.json");
  if (!(0, import_node_fs12.existsSync)(packageJson)) {
    await writeFileAtomic(packageJson, `${JSON.stringify({ private: true, type: "module", description: "Twenty App Studio build cache" }, null, 2)}
`);
  }
  const nodeModules = findAppNodeModules(appDir);
  const link = (0, import_node_path23.join)(cacheDir, "node_modules");
  const current = await (0, import_promises14.lstat)(link).catch(() => null);
  if (current?.isSymbolicLink() && nodeModules !== null && await (0, import_promises14.readlink)(link) === nodeModules) return { nodeModules };
  if (current?.isSymbolicLink()) await (0, import_promises14.unlink)(link);
  else if (current) await (0, import_promises14.rm)(link, { recursive: true, force: true });
  if (nodeModules !== null) await (0, import_promises14.symlink)(nodeModules, link, "junction");
  return { nodeModules };
};

// src-main/core/build/sdk-function-build-options.ts
var SDK_FUNCTION_EXTERNALS = [
  "twenty-client-sdk/core",
  "twenty-client-sdk/metadata",
  "path",
  "fs",
  "crypto",
  "stream",
  "util",
  "os",
  "url",
  "http",
  "https",
  "events",
  "buffer",
  "querystring",
  "assert",
  "zlib",
  "net",
  "tls",
  "child_process",
  "worker_threads"
];
var SDK_FUNCTION_BANNER = {
  js: "import { createRequire as __createRequire } from 'module';\nconst require = __createRequire(import.meta.url);"
};
var DEFINE_STUB_NAMESPACE = "twenty-sdk-define-stub";
var DEFINE_STUB_PATH = "__twenty-sdk-define-stub__";
var DEFINE_STUB_PRELUDE = `
// Auto-generated stub for twenty-sdk/define injected by the SDK CLI build.
// Real implementations would pull in zod, twenty-shared and ~1MB of code; at
// runtime only \`default.config.handler\` is consumed, so tiny no-ops suffice.
const __defineFactoryStub = (config) => ({
  success: true,
  config,
  errors: [],
});

const __anyHandler = {
  get(_target, prop) {
    if (prop === '__esModule') return true;
    if (prop === Symbol.toPrimitive) return () => '';
    if (typeof prop === 'symbol') return undefined;
    return new Proxy(() => undefined, __anyHandler);
  },
  apply() {
    return new Proxy(() => undefined, __anyHandler);
  },
};
const __anyStub = new Proxy(() => undefined, __anyHandler);
`;
var isPrimitive = (value) => typeof value === "string" || typeof value === "number" || typeof value === "boolean";
var isPlainRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var buildDefineStubSource = (defineExports) => {
  const factories = [];
  const plainData = [];
  const other = [];
  for (const name of Object.keys(defineExports).sort()) {
    if (name === "default") continue;
    const value = defineExports[name];
    if (/^define[A-Z]/.test(name) || name === "createValidationResult") factories.push(name);
    else if (isPrimitive(value) || isPlainRecord(value) && Object.values(value).every(isPrimitive)) plainData.push(name);
    else other.push(name);
  }
  const lines = [
    ...factories.map((name) => `export const ${name} = __defineFactoryStub;`),
    ...plainData.map((name) => `export const ${name} = ${JSON.stringify(defineExports[name])};`),
    ...other.map((name) => `export const ${name} = __anyStub;`)
  ];
  return `${DEFINE_STUB_PRELUDE}
${lines.join("\n")}
`;
};
var stubSource;
var loadDefineStubSource = () => {
  stubSource ??= import("twenty-sdk/define").then((module2) => buildDefineStubSource({ ...module2 }));
  return stubSource;
};

// src-main/core/build/function-bundler.ts
var toPosix2 = (path) => path.split(import_node_path24.sep).join("/");
var entryName = (sourcePath) => sourcePath.replace(/\.tsx?$/, "");
var FunctionBundler = class {
  appDir;
  cacheDir;
  sourcePaths;
  context = null;
  states = /* @__PURE__ */ new Map();
  queue = Promise.resolve();
  nodeModules = null;
  disposed = false;
  constructor(options) {
    this.appDir = (0, import_node_path24.resolve)(options.appDir);
    this.cacheDir = (0, import_node_path24.resolve)(options.cacheDir);
    this.sourcePaths = normalizeSourcePaths(options.sourcePaths);
  }
  /** Builds (the first time) or rebuilds everything; calls are serialised. */
  build() {
    return this.enqueue(() => this.runBuild());
  }
  /** Replaces the set of functions (added or removed files); a no-op set change just rebuilds. */
  setSourcePaths(sourcePaths) {
    return this.enqueue(async () => {
      const next = normalizeSourcePaths(sourcePaths);
      if (next.join("\n") !== this.sourcePaths.join("\n")) {
        await this.context?.dispose();
        this.context = null;
        const removed = this.sourcePaths.filter((path) => !next.includes(path));
        for (const path of removed) {
          const bundlePath = this.bundlePathOf(path);
          await (0, import_promises15.rm)(bundlePath, { force: true });
          await (0, import_promises15.rm)(`${bundlePath}.map`, { force: true });
          this.states.delete(path);
        }
        this.sourcePaths = next;
      }
      return this.runBuild();
    });
  }
  getBundle(sourcePath) {
    const key = toPosix2(sourcePath);
    if (!this.sourcePaths.includes(key)) return void 0;
    return this.snapshot(key);
  }
  /** The files (absolute) the last good bundle of a function was made of; null before it built. */
  inputsOf(sourcePath) {
    const state = this.states.get(toPosix2(sourcePath));
    return state?.bundlePath ? [...state.inputs.keys()] : null;
  }
  /** sha256 (16 hex digits) of the function's current bundle and map. */
  hashOf(sourcePath) {
    return this.states.get(toPosix2(sourcePath))?.hash?.slice(0, 16) ?? null;
  }
  /**
   * Bundles one function from the editor's unsaved buffers (absolute path -> text) over the files on
   * disk, with the same options as every build: what the user sees is what runs. The output goes to
   * `<cacheDir>/buffer-runs/<hash>/`, beside (never over) the disk build, and is reused while the
   * hash holds.
   */
  buildFromBuffers(sourcePath, buffers) {
    return this.enqueue(async () => {
      await prepareBundleCacheFolder(this.appDir, this.cacheDir);
      const stubSource2 = await loadDefineStubSource();
      const key = toPosix2(sourcePath);
      const tsconfig = (0, import_node_path24.join)(this.appDir, "tsconfig.json");
      const loaderFor = (path) => /\.tsx$/.test(path) ? "tsx" : /\.ts$/.test(path) ? "ts" : /\.jsx$/.test(path) ? "jsx" : /\.json$/.test(path) ? "json" : "js";
      const outdir = (0, import_node_path24.join)(this.cacheDir, "buffer-runs", "pending");
      let result;
      try {
        result = await esbuild2.build({
          ...this.sharedOptions(stubSource2, tsconfig),
          entryPoints: { [entryName(key)]: (0, import_node_path24.join)(this.appDir, key) },
          outdir,
          write: false,
          metafile: true,
          plugins: [
            ...this.sharedOptions(stubSource2, tsconfig).plugins,
            {
              name: "studio-editor-buffers",
              setup(build3) {
                build3.onLoad({ filter: /.*/, namespace: "file" }, (args) => {
                  const text = buffers.get((0, import_node_path24.resolve)(args.path));
                  return text === void 0 ? void 0 : { contents: text, loader: loaderFor(args.path) };
                });
              }
            }
          ]
        });
      } catch (error) {
        const failure2 = error;
        const messages = failure2.errors ?? [{ text: String(error?.message ?? error), location: null }];
        return { ok: false, problems: messages.map((message) => this.toProblem(message, "error")) };
      }
      const code = result.outputFiles.find((file) => file.path.endsWith(".mjs"));
      const map = result.outputFiles.find((file) => file.path.endsWith(".mjs.map"));
      if (!code) return { ok: false, problems: [{ file: key, line: 1, column: 1, message: "esbuild produced no bundle", severity: "error", source: "build" }] };
      const hash = (0, import_node_crypto6.createHash)("sha256").update(code.contents).update(map?.contents ?? new Uint8Array()).digest("hex").slice(0, 16);
      const folder = (0, import_node_path24.join)(this.cacheDir, "buffer-runs", hash);
      const bundlePath = (0, import_node_path24.join)(folder, (0, import_node_path24.relative)(outdir, code.path));
      if (!(0, import_node_fs13.existsSync)(bundlePath)) {
        if (map) await writeFileAtomic((0, import_node_path24.join)(folder, (0, import_node_path24.relative)(outdir, map.path)), map.contents);
        await writeFileAtomic(bundlePath, code.contents);
      }
      return { ok: true, bundlePath, hash };
    });
  }
  /** Options every function build shares with `twenty dev:build`'s. */
  sharedOptions(stubSource2, tsconfig) {
    return {
      absWorkingDir: this.appDir,
      bundle: true,
      splitting: false,
      format: "esm",
      platform: "node",
      outExtension: { ".js": ".mjs" },
      external: [...SDK_FUNCTION_EXTERNALS],
      ...(0, import_node_fs13.existsSync)(tsconfig) ? { tsconfig } : {},
      sourcemap: true,
      logLevel: "silent",
      banner: SDK_FUNCTION_BANNER,
      plugins: [
        {
          name: DEFINE_STUB_NAMESPACE,
          setup(build3) {
            build3.onResolve({ filter: /^twenty-sdk\/define$/ }, () => ({ path: DEFINE_STUB_PATH, namespace: DEFINE_STUB_NAMESPACE }));
            build3.onLoad({ filter: /.*/, namespace: DEFINE_STUB_NAMESPACE }, () => ({ contents: stubSource2, loader: "js" }));
          }
        }
      ]
    };
  }
  getBundles() {
    return this.sourcePaths.map((path) => this.snapshot(path));
  }
  async dispose() {
    this.disposed = true;
    await this.queue.catch(() => void 0);
    await this.context?.dispose();
    this.context = null;
  }
  enqueue(task) {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => void 0);
    return next;
  }
  bundlePathOf(sourcePath) {
    return (0, import_node_path24.join)(this.cacheDir, `${entryName(sourcePath)}.mjs`);
  }
  snapshot(sourcePath) {
    const state = this.states.get(sourcePath);
    return {
      sourcePath,
      bundlePath: state?.bundlePath ?? null,
      stale: state ? state.stale : true,
      builtAt: state?.builtAt ?? null
    };
  }
  async createContext() {
    ({ nodeModules: this.nodeModules } = await prepareBundleCacheFolder(this.appDir, this.cacheDir));
    const stubSource2 = await loadDefineStubSource();
    const entryPoints = {};
    for (const path of this.sourcePaths) entryPoints[entryName(path)] = (0, import_node_path24.join)(this.appDir, path);
    const tsconfig = (0, import_node_path24.join)(this.appDir, "tsconfig.json");
    return esbuild2.context({
      ...this.sharedOptions(stubSource2, tsconfig),
      entryPoints,
      outdir: this.cacheDir,
      metafile: true,
      write: false
    });
  }
  async runBuild() {
    if (this.disposed) throw new Error("FunctionBundler was disposed");
    const started = performance.now();
    if (this.sourcePaths.length === 0) {
      return { ok: true, bundles: [], problems: [], changed: [], durationMs: 0, nodeModules: this.nodeModules };
    }
    this.context ??= await this.createContext();
    let result;
    try {
      result = await this.context.rebuild();
    } catch (error) {
      const failure2 = error;
      const messages = failure2.errors ?? [{ text: String(error?.message ?? error), location: null }];
      const problems = messages.map((message) => this.toProblem(message, "error"));
      await this.markStale(problems);
      const warnings2 = (failure2.warnings ?? []).map((message) => this.toProblem(message, "warning"));
      return this.outcome(false, [...problems, ...warnings2], [], started);
    }
    const changed = await this.writeOutputs(result);
    const warnings = result.warnings.map((message) => this.toProblem(message, "warning"));
    return this.outcome(true, warnings, changed, started);
  }
  outcome(ok, problems, changed, started) {
    return {
      ok,
      bundles: this.getBundles(),
      problems,
      changed,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      nodeModules: this.nodeModules
    };
  }
  async writeOutputs(result) {
    const files = new Map(result.outputFiles.map((file) => [(0, import_node_path24.resolve)(file.path), file]));
    const changed = [];
    const now = Date.now();
    for (const [outputKey, output] of Object.entries(result.metafile.outputs)) {
      if (!outputKey.endsWith(".mjs") || !output.entryPoint) continue;
      const sourcePath = toPosix2((0, import_node_path24.relative)(this.appDir, (0, import_node_path24.resolve)(this.appDir, output.entryPoint)));
      if (!this.sourcePaths.includes(sourcePath)) continue;
      const bundlePath = (0, import_node_path24.resolve)(this.appDir, outputKey);
      const code = files.get(bundlePath);
      const map = files.get(`${bundlePath}.map`);
      if (!code) continue;
      const hash = (0, import_node_crypto6.createHash)("sha256").update(code.contents).update(map?.contents ?? new Uint8Array()).digest("hex");
      const previous = this.states.get(sourcePath);
      if (previous?.hash !== hash || previous.bundlePath === null || !(0, import_node_fs13.existsSync)(bundlePath)) {
        if (map) await writeFileAtomic(map.path, map.contents);
        await writeFileAtomic(bundlePath, code.contents);
        changed.push(sourcePath);
      }
      const inputs = /* @__PURE__ */ new Map();
      for (const input of Object.keys(output.inputs)) {
        if (input.includes(":") && !(0, import_node_path24.isAbsolute)(input)) continue;
        const absolute = (0, import_node_path24.resolve)(this.appDir, input);
        inputs.set(absolute, (await (0, import_promises15.stat)(absolute).catch(() => null))?.mtimeMs ?? 0);
      }
      this.states.set(sourcePath, { bundlePath, builtAt: now, stale: false, hash, inputs });
    }
    return changed;
  }
  async markStale(problems) {
    const errorFiles = new Set(problems.filter((problem) => problem.file !== "").map((problem) => (0, import_node_path24.resolve)(this.appDir, problem.file)));
    const unlocated = problems.some((problem) => problem.file === "");
    for (const sourcePath of this.sourcePaths) {
      const state = this.states.get(sourcePath);
      if (!state) {
        this.states.set(sourcePath, { bundlePath: null, builtAt: null, stale: true, hash: null, inputs: /* @__PURE__ */ new Map() });
        continue;
      }
      if (unlocated || [...state.inputs.keys()].some((input) => errorFiles.has(input))) {
        state.stale = true;
        continue;
      }
      for (const [input, mtime] of state.inputs) {
        const now = (await (0, import_promises15.stat)(input).catch(() => null))?.mtimeMs ?? -1;
        if (now !== mtime) {
          state.stale = true;
          break;
        }
      }
    }
  }
  toProblem(message, severity) {
    const location = message.location;
    const file = location?.file ? toPosix2((0, import_node_path24.relative)(this.appDir, (0, import_node_path24.resolve)(this.appDir, location.file))) : "";
    return {
      file,
      line: location?.line ?? 1,
      // esbuild columns are 0-based; problems are 1-based like editors.
      column: (location?.column ?? 0) + 1,
      message: message.text,
      severity,
      source: "build"
    };
  }
};
var normalizeSourcePaths = (paths) => [...new Set(paths.map((path) => toPosix2(path).replace(/^\.\//, "")))].sort();

// src-main/core/install/prepared-version.ts
var HOOK_SLOTS = {
  preInstall: "preInstallLogicFunction",
  postInstall: "postInstallLogicFunction",
  uninstall: "uninstallLogicFunction"
};
var asString = (value) => typeof value === "string" && value.trim() !== "" ? value : void 0;
function hooksOf(manifest, build3) {
  const hooks = {};
  for (const hook of Object.keys(HOOK_SLOTS)) {
    const slot = manifest.application?.[HOOK_SLOTS[hook]];
    const universalIdentifier = asString(slot?.universalIdentifier);
    if (!slot || !universalIdentifier) continue;
    const fn = manifest.logicFunctions.find((candidate) => candidate.universalIdentifier === universalIdentifier);
    const file = asString(build3 === "prebuilt" ? fn?.builtHandlerPath : fn?.sourceHandlerPath) ?? null;
    hooks[hook] = {
      hook,
      universalIdentifier,
      name: asString(fn?.name) ?? null,
      ...typeof fn?.timeoutSeconds === "number" ? { timeoutSeconds: fn.timeoutSeconds } : {},
      ...typeof slot.shouldRunOnVersionUpgrade === "boolean" ? { shouldRunOnVersionUpgrade: slot.shouldRunOnVersionUpgrade } : {},
      ...typeof slot.shouldRunSynchronously === "boolean" ? { shouldRunSynchronously: slot.shouldRunSynchronously } : {},
      file
    };
  }
  return hooks;
}
function manifestViewFromBuiltManifest(built) {
  const list2 = (value) => Array.isArray(value) ? value.filter((item) => item && typeof item === "object" && !Array.isArray(item)) : [];
  const { application, objects, fields, roles, logicFunctions, ...rest } = built;
  const other = {};
  for (const [section, value] of Object.entries(rest)) if (Array.isArray(value)) other[section] = list2(value);
  return {
    application: application && typeof application === "object" ? application : null,
    objects: list2(objects),
    fields: list2(fields),
    roles: list2(roles),
    logicFunctions: list2(logicFunctions),
    other
  };
}
function sideInfo(side, version) {
  return {
    source: side.source,
    label: side.label,
    version,
    build: side.build,
    dependencies: side.dependencies,
    dependencyDifferences: side.dependencyDifferences,
    ...side.dependencyInstall ? { dependencyInstall: side.dependencyInstall } : {}
  };
}
async function prepareVersion(side, evaluator) {
  const packageJson = side.packageJson ?? {};
  const version = asString(packageJson.version) ?? null;
  const engines = packageJson.engines ?? {};
  let manifest;
  const buildErrors = [];
  if (side.build === "prebuilt") {
    manifest = manifestViewFromBuiltManifest(JSON.parse(await (0, import_promises16.readFile)((0, import_node_path25.join)(side.dir, "manifest.json"), "utf8")));
  } else {
    const model = await new AppProject(side.dir, evaluator).load();
    manifest = model.manifest;
    for (const problem of model.problems) {
      if (problem.severity === "error") buildErrors.push(`${problem.file || "(app)"}:${problem.line}:${problem.column} ${problem.message}`);
    }
  }
  const enginesTwenty = asString(engines.twenty)?.trim() ?? asString(manifest.application?.requiredServerVersionRange);
  const appLabel = asString(packageJson.name) ?? asString(manifest.application?.displayName) ?? "the app";
  return { side, version, ...enginesTwenty ? { enginesTwenty } : {}, appLabel, manifest, buildErrors, hooks: hooksOf(manifest, side.build), info: sideInfo(side, version) };
}
async function bundleHooks(prepared, cacheDir) {
  const result = {};
  const hooks = Object.values(prepared.hooks);
  const missing = (hook) => `the ${hook.hook} logic function ${hook.universalIdentifier} has no ${prepared.side.build === "prebuilt" ? "built handler" : "source file"} in the manifest`;
  if (prepared.side.build === "prebuilt") {
    for (const hook of hooks) {
      const path = hook.file ? (0, import_node_path25.join)(prepared.side.dir, hook.file) : null;
      result[hook.hook] = path && (0, import_node_fs14.existsSync)(path) ? { bundlePath: path } : { error: path ? `${hook.file} is missing from the package` : missing(hook) };
    }
    return result;
  }
  const sourcePaths = hooks.map((hook) => hook.file).filter((file) => file !== null);
  const bundler = new FunctionBundler({ appDir: prepared.side.dir, cacheDir, sourcePaths });
  try {
    const outcome = sourcePaths.length > 0 ? await bundler.build() : null;
    const errors = outcome?.problems.filter((problem) => problem.severity === "error").map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.message}`) ?? [];
    for (const hook of hooks) {
      const bundle = hook.file ? bundler.getBundle(hook.file) : void 0;
      result[hook.hook] = bundle?.bundlePath && !bundle.stale ? { bundlePath: bundle.bundlePath } : { error: hook.file ? `build failed: ${errors.join("; ") || "no bundle produced"}` : missing(hook) };
    }
  } finally {
    await bundler.dispose();
  }
  return result;
}

// src-main/core/install/server-version.ts
var import_node_path26 = require("node:path");
var import_node_url5 = require("node:url");
var import_semver2 = __toESM(require("semver"));
var import_meta4 = {};
var BUNDLED_SDK_VERSION = "2.43.0";
function thisDirectory3() {
  return typeof __dirname === "string" ? __dirname : (0, import_node_path26.dirname)((0, import_node_url5.fileURLToPath)(import_meta4.url));
}
function newestKnownServerVersion() {
  try {
    const directory = resolvePackageDir(thisDirectory3(), "twenty-sdk");
    if (directory) {
      const version = readPackageVersion(directory);
      if (version && import_semver2.default.valid(version)) return version;
    }
  } catch {
  }
  return BUNDLED_SDK_VERSION;
}

// src-main/core/tasks/install-dependencies.ts
var import_node_child_process5 = require("node:child_process");
function runPackageManager(cwd, packageManager, onOutput, run2 = {}) {
  return new Promise((resolve13) => {
    const command = process.platform === "win32" ? `${packageManager}.cmd` : packageManager;
    const child = (0, import_node_child_process5.spawn)(command, run2.args ?? ["install"], {
      cwd,
      env: { ...process.env, FORCE_COLOR: "1", ...run2.env },
      stdio: ["ignore", "pipe", "pipe"],
      shell: process.platform === "win32"
    });
    child.stdout.setEncoding("utf8").on("data", (text) => onOutput({ stream: "stdout", text }));
    child.stderr.setEncoding("utf8").on("data", (text) => onOutput({ stream: "stderr", text }));
    child.on("error", (error) => {
      onOutput({ stream: "stderr", text: `Could not start ${packageManager}: ${error.message}
` });
      resolve13(127);
    });
    child.on("close", (code) => resolve13(code ?? 1));
  });
}
function installDependencies(appDir, packageManager, onOutput) {
  return runPackageManager(appDir, packageManager, onOutput);
}

// src-main/core/install/side-dependencies.ts
var import_node_crypto7 = require("node:crypto");
var import_node_fs15 = require("node:fs");
var import_promises17 = require("node:fs/promises");
var import_node_path27 = require("node:path");
var INSTALL_FIELDS = [
  "name",
  "private",
  "type",
  "packageManager",
  "dependencies",
  "devDependencies",
  "optionalDependencies",
  "peerDependencies",
  "peerDependenciesMeta",
  "dependenciesMeta",
  "bundleDependencies",
  "bundledDependencies",
  "overrides",
  "resolutions"
];
var DEPENDENCY_FIELDS = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
var INSTALL_FILES = ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", ".npmrc", ".yarnrc", ".yarnrc.yml"];
var INSTALL_FOLDERS = [".yarn/releases", ".yarn/plugins", ".yarn/patches"];
var TAIL_LINES = 20;
function absoluteSpec(spec, originDir) {
  if (typeof spec !== "string") return spec;
  const match2 = /^(file:|link:|portal:)?(\.{1,2}(?:[\\/].*)?)$/.exec(spec);
  if (!match2) return spec;
  return `${match2[1] ?? "file:"}${(0, import_node_path27.resolve)(originDir, match2[2])}`;
}
function installManifest(packageJson, originDir) {
  const manifest = {};
  for (const field of INSTALL_FIELDS) if (packageJson?.[field] !== void 0) manifest[field] = packageJson[field];
  for (const field of DEPENDENCY_FIELDS) {
    const ranges = manifest[field];
    if (!ranges || typeof ranges !== "object") continue;
    manifest[field] = Object.fromEntries(Object.entries(ranges).map(([name, spec]) => [name, absoluteSpec(spec, originDir)]));
  }
  return manifest;
}
async function filesUnder(dir) {
  const entries = await (0, import_promises17.readdir)(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(entries.map(async (entry) => {
    const path = (0, import_node_path27.join)(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  }));
  return nested.flat().sort();
}
async function installArgs(packageManager, dir, packageJson) {
  if (packageManager === "npm") return ["install", "--ignore-scripts", "--no-audit", "--no-fund", "--no-update-notifier"];
  const major = yarnMajor(packageJson) ?? await yarnVersionIn(dir);
  if (major === null || major === 1) return ["install", "--ignore-scripts", "--non-interactive"];
  return major >= 3 ? ["install", "--mode=skip-build"] : ["install"];
}
function yarnMajor(packageJson) {
  const declared = typeof packageJson.packageManager === "string" ? /^yarn@(\d+)\./.exec(packageJson.packageManager) : null;
  return declared ? Number(declared[1]) : null;
}
async function yarnVersionIn(dir) {
  let output = "";
  const code = await runSidePackageManager("yarn", ["--version"], dir, (text) => void (output += text));
  const major = /^(\d+)\./.exec(output.trim());
  return code === 0 && major ? Number(major[1]) : null;
}
var SIDE_INSTALL_ENV = {
  NO_COLOR: "1",
  FORCE_COLOR: "0",
  // Yarn 2+: the lockfile may need to change (relative local paths were made absolute), and the
  // studio builds against a node_modules folder, never Plug'n'Play.
  YARN_ENABLE_IMMUTABLE_INSTALLS: "false",
  YARN_NODE_LINKER: "node-modules",
  YARN_ENABLE_PROGRESS_BARS: "false",
  YARN_ENABLE_COLORS: "false"
};
function runSidePackageManager(packageManager, args, cwd, onOutput) {
  return runPackageManager(cwd, packageManager, (output) => onOutput(output.text, output.stream), { args, env: SIDE_INSTALL_ENV });
}
function lineSplitter(onLine) {
  const partial = { stdout: "", stderr: "" };
  const clean = (line) => line.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, "").replace(/^.*\r(?!$)/, "").replace(/\r$/, "");
  return {
    push(text, stream) {
      const lines = (partial[stream] + text).split("\n");
      partial[stream] = lines.pop() ?? "";
      for (const line of lines) {
        const cleaned = clean(line);
        if (cleaned.trim() !== "") onLine(cleaned, stream);
      }
    },
    flush() {
      for (const stream of ["stdout", "stderr"]) {
        const cleaned = clean(partial[stream]);
        partial[stream] = "";
        if (cleaned.trim() !== "") onLine(cleaned, stream);
      }
    }
  };
}
var SideDependencyInstaller = class {
  /** `cacheRoot` is the simulator's scratch folder, created on demand. */
  constructor(cacheRoot) {
    this.cacheRoot = cacheRoot;
  }
  cacheRoot;
  installs = /* @__PURE__ */ new Map();
  async install(request, onLine) {
    const packageManager = detectPackageManager(request.dir, request.packageJson);
    const manifest = installManifest(request.packageJson, request.originDir);
    const hash = (0, import_node_crypto7.createHash)("sha256").update(`${packageManager}
${JSON.stringify(manifest)}
`);
    const copies = [];
    for (const name of INSTALL_FILES) {
      const path = (0, import_node_path27.join)(request.dir, name);
      if (!(0, import_node_fs15.existsSync)(path)) continue;
      hash.update(`${name}
`).update(await (0, import_promises17.readFile)(path)).update("\n");
      copies.push({ from: path, to: name });
    }
    for (const folder of INSTALL_FOLDERS) {
      for (const path of await filesUnder((0, import_node_path27.join)(request.dir, folder))) {
        hash.update(`${(0, import_node_path27.relative)(request.dir, path)}
`).update(await (0, import_promises17.readFile)(path)).update("\n");
      }
      if ((0, import_node_fs15.existsSync)((0, import_node_path27.join)(request.dir, folder))) copies.push({ from: (0, import_node_path27.join)(request.dir, folder), to: folder });
    }
    const key = hash.digest("hex").slice(0, 20);
    const existing = this.installs.get(key);
    if (existing) return { ...await existing, reused: true };
    const pending = this.run(key, request, packageManager, manifest, copies, onLine);
    this.installs.set(key, pending);
    pending.catch(() => this.installs.delete(key));
    return pending;
  }
  async run(key, request, packageManager, manifest, copies, onLine) {
    const dir = (0, import_node_path27.join)(await this.cacheRoot(), `dependencies-${key}`);
    const nodeModules = (0, import_node_path27.join)(dir, "node_modules");
    const args = await installArgs(packageManager, request.dir, manifest);
    const command = `${packageManager} ${args.join(" ")}`;
    if ((0, import_node_fs15.existsSync)((0, import_node_path27.join)(dir, ".installed"))) return { nodeModules, packageManager, command, reused: true };
    await (0, import_promises17.rm)(dir, { recursive: true, force: true });
    await (0, import_promises17.mkdir)(dir, { recursive: true });
    await (0, import_promises17.writeFile)((0, import_node_path27.join)(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}
`);
    for (const copy of copies) await (0, import_promises17.cp)(copy.from, (0, import_node_path27.join)(dir, copy.to), { recursive: true });
    if (packageManager === "yarn" && !(0, import_node_fs15.existsSync)((0, import_node_path27.join)(dir, "yarn.lock"))) await (0, import_promises17.writeFile)((0, import_node_path27.join)(dir, "yarn.lock"), "");
    const tail = [];
    const splitter = lineSplitter((line, stream) => {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      onLine(line, stream);
    });
    onLine(`$ ${command}  (in ${dir})`, "stdout");
    const code = await runSidePackageManager(packageManager, args, dir, (text, stream) => splitter.push(text, stream));
    splitter.flush();
    if (code !== 0) {
      await (0, import_promises17.rm)(dir, { recursive: true, force: true });
      throw new StudioError(
        "DEPENDENCIES_INSTALL_FAILED",
        `Installing the dependencies of ${request.label} failed: "${command}" exited with code ${code}${code === 127 ? `: is ${packageManager} installed and on the PATH?` : ""}. Last lines of its output:
${tail.join("\n") || "(no output)"}`
      );
    }
    await (0, import_promises17.mkdir)(nodeModules, { recursive: true });
    await (0, import_promises17.writeFile)((0, import_node_path27.join)(dir, ".installed"), `${command}
`);
    return { nodeModules, packageManager, command, reused: false };
  }
};

// src-main/core/install/version-source.ts
var import_node_child_process6 = require("node:child_process");
var import_node_fs16 = require("node:fs");
var import_promises18 = require("node:fs/promises");
var import_node_path28 = require("node:path");
var import_node_util = require("node:util");
var run = (0, import_node_util.promisify)(import_node_child_process6.execFile);
function describeVersionSource(source) {
  switch (source.kind) {
    case "none":
      return "nothing installed";
    case "working-tree":
      return "working tree";
    case "git":
      return `${source.ref} (git)`;
    case "folder":
      return `folder ${source.path}`;
    case "tarball":
      return `tarball ${source.path}`;
  }
}
var DEPENDENCY_KEYS = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
function dependencyDifferences(working, side) {
  const differences = [];
  for (const key of DEPENDENCY_KEYS) {
    const before = working?.[key] ?? {};
    const after = side?.[key] ?? {};
    for (const name of [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
      if (before[name] === after[name]) continue;
      differences.push(`${key === "dependencies" ? "" : `${key} `}${name}: ${String(before[name] ?? "(none)")} -> ${String(after[name] ?? "(none)")}`);
    }
  }
  return differences;
}
async function readPackageJson(dir) {
  try {
    return JSON.parse(await (0, import_promises18.readFile)((0, import_node_path28.join)(dir, "package.json"), "utf8"));
  } catch {
    return null;
  }
}
async function git(appDir, args) {
  try {
    const { stdout } = await run("git", ["-C", appDir, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const failure2 = error;
    if (failure2.code === "ENOENT") throw new StudioError("GIT_NOT_FOUND", "git is not installed or not on the PATH: install git to compare git versions of the app.");
    throw new StudioError("GIT_FAILED", `git ${args[0]} failed in ${appDir}: ${(failure2.stderr ?? failure2.message).trim()}`);
  }
}
async function repositoryPrefix(appDir) {
  try {
    return (await git(appDir, ["rev-parse", "--show-prefix"])).trim();
  } catch {
    throw new StudioError("NOT_A_GIT_REPOSITORY", `${appDir} is not in a git repository: choose a folder or a tarball as the version instead of a git ref.`);
  }
}
async function resolveCommit(appDir, ref) {
  try {
    return (await git(appDir, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).trim();
  } catch {
    const tags = (await git(appDir, ["tag", "--list"]).catch(() => "")).split("\n").filter(Boolean);
    const known = tags.length > 0 ? ` Tags: ${tags.slice(0, 10).join(", ")}${tags.length > 10 ? ", ..." : ""}.` : "";
    throw new StudioError("UNKNOWN_GIT_REF", `"${ref}" is not a tag, branch or commit of the app's repository, nor a folder or a .tgz file.${known}`);
  }
}
async function listGitVersions(appDir, recentCommits = 20) {
  await repositoryPrefix(appDir);
  const parse4 = (text) => text.split("\n").filter(Boolean).map((line) => {
    const [ref, commit, date, ...subject] = line.split("	");
    return { ref, commit, date, subject: subject.join("	") };
  });
  const tags = parse4(await git(appDir, ["for-each-ref", "--sort=-creatordate", "--format=%(refname:short)%09%(objectname:short)%09%(creatordate:iso-strict)%09%(subject)", "refs/tags"]));
  const commits = parse4(await git(appDir, ["log", `-n${recentCommits}`, "--format=%h%x09%h%x09%cI%x09%s", "HEAD", "--", "."]).catch(() => ""));
  return { tags, commits };
}
async function provideNodeModules(side, appDir, originDir, ownNodeModules, options) {
  const workingPackageJson = await readPackageJson(appDir);
  const differences = dependencyDifferences(workingPackageJson, side.packageJson);
  const link = (0, import_node_path28.join)(side.dir, "node_modules");
  const linkTo = async (target) => {
    if (!(0, import_node_fs16.existsSync)(link)) await (0, import_promises18.symlink)(target, link, "junction");
  };
  if (ownNodeModules && differences.length > 0) {
    await linkTo(ownNodeModules);
    return { dependencies: "own", dependencyDifferences: differences, needsInstall: false };
  }
  const working = findAppNodeModules(appDir);
  const installOwn = async () => {
    const { nodeModules, ...dependencyInstall } = await options.installDependencies({ label: side.label, dir: side.dir, originDir, packageJson: side.packageJson });
    await linkTo(nodeModules);
    return { dependencies: "own", dependencyDifferences: differences, dependencyInstall, needsInstall: false };
  };
  const canInstall = options.differentDependencies === "install" && options.installDependencies !== void 0;
  if (!working) return canInstall ? installOwn() : { dependencies: "missing", dependencyDifferences: differences, needsInstall: true };
  if (differences.length === 0) {
    await linkTo(working);
    return { dependencies: "same-as-working-tree", dependencyDifferences: differences, needsInstall: false };
  }
  if (side.build === "prebuilt" || options.differentDependencies === "link") {
    await linkTo(working);
    return { dependencies: "linked-despite-differences", dependencyDifferences: differences, needsInstall: false };
  }
  if (canInstall) return installOwn();
  return { dependencies: "missing", dependencyDifferences: differences, needsInstall: true };
}
var NOT_COPIED = /* @__PURE__ */ new Set(["node_modules", ".git", ".twenty"]);
async function materializeVersion(appDir, source, options) {
  if (source.kind === "none") throw new Error('materializeVersion: "none" has no files');
  const label = describeVersionSource(source);
  if (source.kind === "working-tree") {
    const installed = findAppNodeModules(appDir) !== null;
    return {
      source,
      label,
      dir: appDir,
      build: "source",
      packageJson: await readPackageJson(appDir),
      dependencies: installed ? "own" : "missing",
      dependencyDifferences: [],
      needsInstall: !installed,
      // The app folder itself: never removed.
      dispose: async () => void 0
    };
  }
  await (0, import_promises18.mkdir)(options.scratchDir, { recursive: true });
  const root = await (0, import_promises18.mkdtemp)((0, import_node_path28.join)(options.scratchDir, "side-"));
  const dispose = () => (0, import_promises18.rm)(root, { recursive: true, force: true });
  try {
    let dir = (0, import_node_path28.join)(root, "app");
    let build3 = "source";
    let ownNodeModules = null;
    let originDir = appDir;
    if (source.kind === "git") {
      const prefix = await repositoryPrefix(appDir);
      const commit = await resolveCommit(appDir, source.ref);
      const archive = (0, import_node_path28.join)(root, "source.tar");
      const treeish = prefix ? `${commit}:${prefix.replace(/\/$/, "")}` : commit;
      const topLevel = (await git(appDir, ["rev-parse", "--show-toplevel"])).trim();
      await git(topLevel, ["archive", "--format=tar", "-o", archive, treeish]);
      await (0, import_promises18.mkdir)(dir);
      await run("tar", ["-xf", archive, "-C", dir]);
      await (0, import_promises18.rm)(archive);
    } else if (source.kind === "folder") {
      const from = (0, import_node_path28.resolve)(source.path);
      originDir = from;
      if (!(0, import_node_fs16.existsSync)((0, import_node_path28.join)(from, "package.json"))) throw new StudioError("VERSION_NOT_FOUND", `${from} has no package.json: choose the folder of a Twenty app (or its .twenty/output).`);
      build3 = (0, import_node_fs16.existsSync)((0, import_node_path28.join)(from, "manifest.json")) ? "prebuilt" : "source";
      await (0, import_promises18.cp)(from, dir, { recursive: true, filter: (path) => !NOT_COPIED.has(path.slice(from.length + 1).split(/[\\/]/)[0]) || path === from });
      const own = (0, import_node_path28.join)(from, "node_modules");
      ownNodeModules = (0, import_node_fs16.existsSync)((0, import_node_path28.join)(own, "twenty-sdk")) || (0, import_node_fs16.existsSync)((0, import_node_path28.join)(own, "twenty-client-sdk")) ? own : null;
    } else {
      originDir = (0, import_node_path28.dirname)((0, import_node_path28.resolve)(source.path));
      await (0, import_promises18.mkdir)((0, import_node_path28.join)(root, "unpacked"));
      try {
        await run("tar", ["-xzf", (0, import_node_path28.resolve)(source.path), "-C", (0, import_node_path28.join)(root, "unpacked")]);
      } catch (error) {
        throw new StudioError("TARBALL_EXTRACTION_FAILED", `Cannot unpack ${source.path}: ${(error.stderr ?? error.message).trim()}`);
      }
      dir = (0, import_node_path28.join)(root, "unpacked", "package");
      if (!(0, import_node_fs16.existsSync)((0, import_node_path28.join)(dir, "manifest.json"))) {
        throw new StudioError("TARBALL_EXTRACTION_FAILED", `${source.path} has no package/manifest.json: it is not a tarball from "twenty dev:build --tarball".`);
      }
      build3 = "prebuilt";
    }
    const packageJson = await readPackageJson(dir);
    const side = { source, label, dir, build: build3, packageJson };
    return { ...side, ...await provideNodeModules(side, appDir, originDir, ownNodeModules, options), dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

// src-main/core/install/install-simulator.ts
var unreachableEnvironment = (applicationId) => ({
  apiUrl: "http://127.0.0.1:9",
  // Install hooks run without a user: no delegated user token (twenty-platform.md §2).
  appAccessToken: "",
  applicationAccessToken: "install-simulation",
  apiKey: "install-simulation",
  functionsUrl: "http://127.0.0.1:9/s",
  applicationId
});
var StepFailure = class {
  constructor(errorCode, message, execution) {
    this.errorCode = errorCode;
    this.message = message;
    this.execution = execution;
  }
  errorCode;
  message;
  execution;
};
var InstallSimulator = class {
  constructor(options) {
    this.options = options;
    this.ownsEvaluator = !options.evaluator;
    this.evaluator = options.evaluator ?? new ConfigEvaluator();
  }
  options;
  evaluator;
  ownsEvaluator;
  scratch = null;
  /** Git refs (by commit) and tarballs (by path and mtime) never change: they are prepared once. */
  cache = /* @__PURE__ */ new Map();
  /** Installs of a side's own dependencies (differentDependencies: 'install'), kept in the scratch folder. */
  dependencies = new SideDependencyInstaller(() => this.scratchDir());
  /** Simulates installing `to` over `from` and returns the timeline, the outcome and the manifest diff. */
  async simulate(request, onProgress = () => void 0) {
    const parsed = installRequestSchema.parse(request);
    const appDir = (0, import_node_path29.resolve)(parsed.appDir);
    if (parsed.to.kind === "none") throw new StudioError("NOTHING_TO_INSTALL", 'The version to install cannot be "none": choose the working tree, a git ref, a folder or a tarball.');
    const serverVersion = parsed.serverVersion ?? newestKnownServerVersion();
    const differentDependencies = parsed.differentDependencies ?? "refuse";
    const used = [];
    try {
      const to = await this.version(appDir, parsed.to, "to", differentDependencies, onProgress);
      used.push(to);
      const from = parsed.from.kind === "none" ? null : await this.version(appDir, parsed.from, "from", differentDependencies, onProgress);
      if (from) used.push(from);
      return await this.replay(to, from, serverVersion, parsed.whatIf ?? {}, onProgress);
    } finally {
      await Promise.all(used.filter((version) => version.transient).map((version) => this.release(version)));
    }
  }
  async replay(to, from, serverVersion, whatIf, onProgress) {
    const warnings = [];
    if (from && from.prepared.buildErrors.length > 0) {
      warnings.push(`The installed version (${from.prepared.side.label}) has build errors; its manifest may be incomplete: ${from.prepared.buildErrors.slice(0, 3).join("; ")}`);
    }
    const plan = planInstall({
      ...from ? { previousVersion: from.prepared.version ?? "" } : {},
      newVersion: to.prepared.version ?? "",
      serverVersion,
      ...to.prepared.enginesTwenty ? { enginesTwenty: to.prepared.enginesTwenty } : {},
      ...to.prepared.hooks.preInstall ? { preInstall: to.prepared.hooks.preInstall } : {},
      ...to.prepared.hooks.postInstall ? { postInstall: to.prepared.hooks.postInstall } : {},
      whatIf
    }, to.prepared.appLabel);
    warnings.push(...plan.warnings);
    const diff = diffManifests(whatIf.treatAsFresh || !from ? null : from.prepared.manifest, to.prepared.manifest);
    const steps = [];
    const completed = [];
    let failure2 = null;
    let queuedPostInstall = null;
    const bundles = to.prepared.buildErrors.length === 0 ? await this.hookBundles(to) : {};
    const applicationId = String(to.prepared.manifest.application?.universalIdentifier ?? "");
    const runContext = async (name) => ({
      runner: this.options.runner,
      environment: await (this.options.environmentFor ?? unreachableEnvironment)(applicationId),
      onOutput: (attempt, chunk) => onProgress({ type: "output", name, attempt, stream: chunk.stream, text: chunk.text }),
      ...temporaryRoot(to.prepared)
    });
    const installPayload = { ...plan.previousVersion !== void 0 ? { previousVersion: plan.previousVersion } : {}, newVersion: plan.newVersion };
    const record3 = (step) => {
      steps.push(step);
      onProgress({ type: "step", name: step.name, status: step.status, step });
    };
    for (const planned of plan.steps) {
      if (planned.action === "skip") {
        record3({ name: planned.name, status: "skipped", ...planned.reason ? { reason: planned.reason } : {} });
        continue;
      }
      if (planned.action === "refuse") {
        failure2 = { step: planned.name, errorCode: planned.errorCode, message: planned.reason ?? planned.errorCode };
        record3({ name: planned.name, status: "failed", errorCode: planned.errorCode, reason: planned.reason, durationMs: 0 });
        break;
      }
      onProgress({ type: "step", name: planned.name, status: "running" });
      const started = performance.now();
      try {
        const step = await this.runStep(planned, { to, bundles, diff, installPayload, runContext });
        record3({ ...step, durationMs: step.durationMs ?? Math.round(performance.now() - started) });
        completed.push(planned.name);
        if (step.status === "queued") queuedPostInstall = { stepIndex: steps.length - 1 };
      } catch (error) {
        if (!(error instanceof StepFailure)) throw error;
        failure2 = { step: planned.name, errorCode: error.errorCode, message: error.message };
        record3({
          name: planned.name,
          status: "failed",
          errorCode: error.errorCode,
          reason: error.message,
          durationMs: Math.round(performance.now() - started),
          ...error.execution ? { execution: error.execution } : {}
        });
        break;
      }
    }
    if (failure2 && needsRollback(plan, completed)) {
      onProgress({ type: "step", name: "ROLLBACK", status: "running" });
      record3(await this.rollback(to, bundles.uninstall, plan.newVersion, await runContext("ROLLBACK")));
    }
    if (!failure2 && queuedPostInstall) {
      const index = queuedPostInstall.stepIndex;
      const bundle = bundles.postInstall;
      steps[index] = await this.runWorker(steps[index], to.prepared.hooks.postInstall, bundle.bundlePath, installPayload, await runContext("POST_INSTALL_HOOK"));
      onProgress({ type: "step", name: "POST_INSTALL_HOOK", status: "queued", step: steps[index] });
    }
    return {
      outcome: failure2 ? "FAILED" : plan.kind === "fresh" ? "INSTALLED" : "UPGRADED",
      ...failure2 ? { errorCode: failure2.errorCode, errorMessage: failure2.message } : {},
      ...plan.previousVersion !== void 0 ? { previousVersion: plan.previousVersion } : {},
      newVersion: plan.newVersion,
      serverVersion,
      steps,
      diff,
      warnings,
      from: from ? sideInfo2(from) : null,
      to: sideInfo2(to)
    };
  }
  /**
   * Simulates uninstalling a version on its own: its uninstall hook with `{ version }`, best-effort
   * (a failure is a warning, as on the server), then the removal of its metadata and code.
   */
  async uninstall(request, onProgress = () => void 0) {
    const parsed = uninstallRequestSchema.parse(request);
    const appDir = (0, import_node_path29.resolve)(parsed.appDir);
    if (parsed.version.kind === "none") throw new StudioError("NOTHING_INSTALLED", "Choose the installed version to uninstall: the working tree, a git ref, a folder or a tarball.");
    const version = await this.version(appDir, parsed.version, "to", parsed.differentDependencies ?? "refuse", onProgress);
    try {
      return await this.replayUninstall(version, onProgress);
    } finally {
      if (version.transient) await this.release(version);
    }
  }
  async replayUninstall(version, onProgress) {
    const bundles = await this.hookBundles(version);
    const applicationId = String(version.prepared.manifest.application?.universalIdentifier ?? "");
    const context2 = {
      runner: this.options.runner,
      environment: await (this.options.environmentFor ?? unreachableEnvironment)(applicationId),
      onOutput: (attempt, chunk) => onProgress({ type: "output", name: "UNINSTALL_HOOK", attempt, stream: chunk.stream, text: chunk.text }),
      ...temporaryRoot(version.prepared)
    };
    const steps = [];
    const warnings = [];
    const hook = version.prepared.hooks.uninstall;
    if (hook) onProgress({ type: "step", name: "UNINSTALL_HOOK", status: "running" });
    if (!hook) {
      steps.push({ name: "UNINSTALL_HOOK", status: "skipped", reason: "this version has no uninstall logic function" });
    } else {
      const bundle = bundles.uninstall;
      if (!bundle || "error" in bundle) {
        warnings.push(`The uninstall hook could not be built (${bundle && "error" in bundle ? bundle.error : "no bundle"}); the server would log it and go on.`);
        steps.push({ name: "UNINSTALL_HOOK", status: "failed", reason: `best-effort: ${bundle && "error" in bundle ? bundle.error : "no bundle"}` });
      } else {
        const execution = await executeHook(hook, bundle.bundlePath, { ...version.prepared.version ? { version: version.prepared.version } : {} }, { retryCount: 0, maxRetries: 0 }, context2);
        if (execution.status === "ERROR") warnings.push(`The uninstall hook failed (${execution.error?.errorMessage}); the server logs a warning and removes the app anyway.`);
        steps.push({
          name: "UNINSTALL_HOOK",
          status: execution.status === "SUCCESS" ? "done" : "failed",
          durationMs: execution.duration,
          execution,
          ...execution.status === "ERROR" ? { reason: `best-effort, ignored: ${execution.error?.errorMessage ?? "the hook failed"}` } : {}
        });
      }
    }
    onProgress({ type: "step", name: steps[0].name, status: steps[0].status, step: steps[0] });
    const removal = { name: "REMOVE_APPLICATION", status: "done", durationMs: 0, reason: removalSummary(version.prepared) };
    steps.push(removal);
    onProgress({ type: "step", name: removal.name, status: removal.status, step: removal });
    return { outcome: "UNINSTALLED", version: version.prepared.version, steps, warnings };
  }
  /** Removes the materialised sides and, when it owns it, stops the evaluator. */
  async dispose() {
    const scratch = this.scratch;
    this.scratch = null;
    const cached = [...this.cache.values()];
    this.cache.clear();
    await Promise.all(cached.map((entry) => entry.then((version) => this.release(version), () => void 0)));
    if (scratch) await (0, import_promises19.rm)(await scratch, { recursive: true, force: true });
    if (this.ownsEvaluator) this.evaluator.dispose();
  }
  scratchDir() {
    this.scratch ??= (0, import_promises19.mkdtemp)((0, import_node_path29.join)(this.options.scratchRoot ?? (0, import_node_os4.tmpdir)(), "twenty-install-sim-"));
    return this.scratch;
  }
  /** A stable key for a side whose content cannot change (a commit, a tarball as it is now), else null. */
  async cacheKey(appDir, source, differentDependencies) {
    if (source.kind === "tarball") {
      const path = (0, import_node_path29.resolve)(source.path);
      return (0, import_node_fs17.existsSync)(path) ? `${appDir}|tarball|${path}|${(0, import_node_fs17.statSync)(path).mtimeMs}|${differentDependencies}` : null;
    }
    if (source.kind !== "git") return null;
    const commit = await resolveCommit(appDir, source.ref).catch(() => null);
    return commit ? `${appDir}|git|${commit}|${differentDependencies}` : null;
  }
  async version(appDir, source, role, differentDependencies, onProgress) {
    const label = describeVersionSource(source);
    const key = await this.cacheKey(appDir, source, differentDependencies);
    const load2 = async () => {
      onProgress({ type: "side", side: role, phase: "materialising", label });
      const side = await materializeVersion(appDir, source, {
        scratchDir: await this.scratchDir(),
        differentDependencies,
        installDependencies: (request) => this.dependencies.install(request, (line, stream) => onProgress({ type: "dependencies", side: role, line, stream }))
      });
      if (side.needsInstall) {
        await side.dispose();
        const differences = side.dependencyDifferences.length > 0 ? `its dependencies differ from the working tree's (${side.dependencyDifferences.join(", ")})` : "the app has no node_modules";
        throw new StudioError(
          "DEPENDENCIES_NOT_INSTALLED",
          `${label} cannot be built: ${differences}. Install its own (differentDependencies: 'install'; --install-deps in the CLI), or borrow the working tree's node_modules anyway (differentDependencies: 'link'; --link-deps in the CLI).`
        );
      }
      onProgress({ type: "side", side: role, phase: "building", label });
      try {
        const prepared = await prepareVersion(side, this.evaluator);
        onProgress({ type: "side", side: role, phase: "ready", label });
        return { prepared, transient: key === null, uses: 0 };
      } catch (error) {
        await side.dispose();
        throw error;
      }
    };
    const used = async (version) => {
      const loaded = await version;
      loaded.uses += 1;
      return loaded;
    };
    if (key === null) {
      return used(load2());
    }
    let entry = this.cache.get(key);
    if (!entry) {
      entry = load2();
      this.cache.set(key, entry);
      entry.catch(() => this.cache.delete(key));
    } else {
      onProgress({ type: "side", side: role, phase: "ready", label });
    }
    return used(entry);
  }
  async hookBundles(version) {
    version.bundles ??= this.scratchDir().then(async (scratch) => {
      version.bundleDir = await (0, import_promises19.mkdtemp)((0, import_node_path29.join)(scratch, "hook-bundles-"));
      return bundleHooks(version.prepared, version.bundleDir);
    });
    return version.bundles;
  }
  async release(version) {
    await version.bundles?.catch(() => void 0);
    await version.prepared.side.dispose();
    if (version.bundleDir) await (0, import_promises19.rm)(version.bundleDir, { recursive: true, force: true });
  }
  async runStep(planned, context2) {
    const prepared = context2.to.prepared;
    switch (planned.name) {
      case "RESOLVE_PACKAGE": {
        if (prepared.buildErrors.length > 0) {
          throw new StepFailure("MANIFEST_BUILD_FAILED", `${prepared.side.label} does not build: ${prepared.buildErrors.slice(0, 5).join("; ")}`);
        }
        const broken = Object.entries(context2.bundles).filter(([, bundle]) => bundle && "error" in bundle);
        if (broken.length > 0) {
          throw new StepFailure("BUILD_FAILED", broken.map(([hook, bundle]) => `${hook}: ${bundle.error}`).join("; "));
        }
        return { name: "RESOLVE_PACKAGE", status: "done", reason: `${prepared.appLabel}@${prepared.version} from ${prepared.side.label}` };
      }
      case "PRE_INSTALL_HOOK":
      case "POST_INSTALL_HOOK": {
        const hookName = planned.name === "PRE_INSTALL_HOOK" ? "preInstall" : "postInstall";
        const hook = prepared.hooks[hookName];
        if (planned.mode === "queued") {
          return { name: planned.name, status: "queued", reason: "queued for the worker (retryLimit: 3); the install returns without waiting" };
        }
        const bundle = context2.bundles[hookName];
        const execution = await executeHook(hook, bundle.bundlePath, context2.installPayload, { retryCount: 0, maxRetries: 0 }, await context2.runContext(planned.name));
        if (execution.status === "ERROR") {
          const errorCode = hookName === "preInstall" ? "PRE_INSTALL_ERROR" : "POST_INSTALL_ERROR";
          throw new StepFailure(errorCode, execution.error?.errorMessage ?? "the hook failed", execution);
        }
        return { name: planned.name, status: "done", durationMs: execution.duration, execution };
      }
      case "APPLY_MANIFEST": {
        const { created, updated, deleted, destructive } = context2.diff;
        const migration = { created: created.length, updated: updated.length, deleted: deleted.length, destructive: destructive.length };
        const summary = `${migration.created} created, ${migration.updated} updated, ${migration.deleted} deleted`;
        return { name: "APPLY_MANIFEST", status: "done", migration, reason: destructive.length > 0 ? `${summary}; ${destructive.length} destructive: ${destructive.map((change) => change.dataLoss).join(" ")}` : summary };
      }
      case "WRITE_FILES": {
        const handlers = prepared.manifest.logicFunctions.length;
        return { name: "WRITE_FILES", status: "done", reason: `manifest.json, package.json and ${handlers} built logic function${handlers === 1 ? "" : "s"}` };
      }
      default:
        return { name: planned.name, status: "done", ...planned.reason ? { reason: planned.reason } : {} };
    }
  }
  /** The simulated worker runs the queued post-install job; the step stays 'queued' and gains its attempts. */
  async runWorker(step, hook, bundlePath, payload, context2) {
    const { attempts, job } = await runQueuedPostInstall(hook, bundlePath, payload, context2);
    const last = attempts[attempts.length - 1];
    return {
      ...step,
      reason: queuedJobReason(job, attempts.length, last),
      execution: last,
      attempts,
      job,
      durationMs: (step.durationMs ?? 0) + attempts.reduce((total, attempt) => total + attempt.duration, 0)
    };
  }
  /** A failed fresh install is removed again: the new version's uninstall hook (best-effort), then its metadata and files. */
  async rollback(to, bundle, newVersion, context2) {
    const hook = to.prepared.hooks.uninstall;
    const removal = removalSummary(to.prepared);
    if (!hook || !bundle || "error" in bundle) {
      return { name: "ROLLBACK", status: "done", durationMs: 0, reason: `${hook ? "the uninstall hook could not be built" : "no uninstall hook"}; then ${removal}` };
    }
    const execution = await executeHook(hook, bundle.bundlePath, { version: newVersion }, { retryCount: 0, maxRetries: 0 }, context2);
    const hookNote = execution.status === "SUCCESS" ? "the uninstall hook ran" : `the uninstall hook failed (ignored, best-effort: ${execution.error?.errorMessage ?? "error"})`;
    return { name: "ROLLBACK", status: "done", durationMs: execution.duration, execution, reason: `${hookNote}; then ${removal}` };
  }
};
function sideInfo2(version) {
  const { info } = version.prepared;
  return info.dependencyInstall && version.uses > 1 ? { ...info, dependencyInstall: { ...info.dependencyInstall, reused: true } } : info;
}
var temporaryRoot = (prepared) => prepared.side.source.kind === "working-tree" ? {} : { temporaryRoot: prepared.side.dir };
function removalSummary(prepared) {
  const { objects, fields, logicFunctions } = prepared.manifest;
  const fieldCount = fields.length + objects.reduce((total, object) => total + (Array.isArray(object.fields) ? object.fields.length : 0), 0);
  return `the application, its ${objects.length} object${objects.length === 1 ? " (with its records)" : "s (with their records)"}, ${fieldCount} field${fieldCount === 1 ? "" : "s"} and ${logicFunctions.length} logic function${logicFunctions.length === 1 ? "" : "s"} are removed`;
}
function queuedJobReason(job, attempts, last) {
  const tries = `${attempts} attempt${attempts === 1 ? "" : "s"}`;
  if (job === "succeeded") return `queued; the worker ran it: succeeded after ${tries}`;
  if (job === "failed") return `queued; the worker ran it: failed after ${tries} (${last.error?.errorType}: ${last.error?.errorMessage}); not retried: only RetryableLogicFunctionError is. The install itself succeeded.`;
  return `queued; the worker gave up after ${tries}: RetryableLogicFunctionError every time. The install itself succeeded.`;
}

// src-main/core/packaging/app-deployer.ts
var import_promises23 = require("node:fs/promises");
var import_node_path35 = require("node:path");

// src-main/core/install-paths.ts
var import_node_fs18 = require("node:fs");
var import_node_path30 = require("node:path");
var import_node_url6 = require("node:url");
var import_meta5 = {};
function thisDirectory4() {
  return typeof __dirname === "string" ? __dirname : (0, import_node_path30.dirname)((0, import_node_url6.fileURLToPath)(import_meta5.url));
}
function studioRoot() {
  let current = thisDirectory4();
  for (; ; ) {
    const candidate = (0, import_node_path30.join)(current, "package.json");
    if ((0, import_node_fs18.existsSync)(candidate) && (0, import_node_fs18.readFileSync)(candidate, "utf8").includes('"twenty-app-studio"')) return current;
    const parent = (0, import_node_path30.dirname)(current);
    if (parent === current) throw new Error("Cannot find the Twenty App Studio install folder.");
    current = parent;
  }
}

// src-main/core/packaging/app-packager.ts
var import_promises21 = require("node:fs/promises");
var import_node_path33 = require("node:path");

// src-main/core/typecheck/app-typecheck.ts
var import_node_child_process7 = require("node:child_process");
var AppTypecheck = class {
  constructor(appDir, timeoutMs = 12e4) {
    this.appDir = appDir;
    this.timeoutMs = timeoutMs;
  }
  appDir;
  timeoutMs;
  child = null;
  nextId = 1;
  running = null;
  queued = null;
  disposed = false;
  /** Checks the files on disk now (or right after the check in progress). */
  check() {
    if (this.queued) return this.queued;
    if (!this.running) return this.start();
    const after = this.running.catch(() => void 0).then(() => {
      this.queued = null;
      return this.start();
    });
    this.queued = after;
    return after;
  }
  start() {
    const running = this.runOnce().finally(() => {
      if (this.running === running) this.running = null;
    });
    this.running = running;
    return running;
  }
  runOnce() {
    if (this.disposed) return Promise.resolve({ state: "unavailable", message: "The app was closed." });
    const child = this.ensureChild();
    const id = this.nextId++;
    return new Promise((resolve13) => {
      const finish = (outcome) => {
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("exit", onExit);
        resolve13(outcome);
      };
      const timer = setTimeout(() => {
        this.killChild();
        finish({ state: "unavailable", message: `The typecheck took more than ${Math.round(this.timeoutMs / 1e3)} s and was stopped.` });
      }, this.timeoutMs);
      const onMessage = (message) => {
        if (message.id !== id) return;
        finish(message.ok && message.outcome ? message.outcome : { state: "unavailable", message: `The typecheck failed: ${message.message ?? "no answer"}` });
      };
      const onExit = (code) => {
        if (this.child === child) this.child = null;
        finish({ state: "unavailable", message: `The typecheck process ended (exit code ${code}).` });
      };
      child.on("message", onMessage);
      child.on("exit", onExit);
      child.send({ id, appDir: this.appDir });
    });
  }
  ensureChild() {
    if (this.child && this.child.connected) return this.child;
    const child = (0, import_node_child_process7.fork)(resolveChildScript("typecheck-child"), [], {
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" },
      stdio: ["ignore", "ignore", "ignore", "ipc"],
      execArgv: []
    });
    child.on("error", () => void 0);
    this.child = child;
    return child;
  }
  killChild() {
    this.child?.kill("SIGKILL");
    this.child = null;
  }
  dispose() {
    this.disposed = true;
    this.killChild();
  }
};

// src-main/core/project/inspect.ts
function inspectResultFromModel(model, options = {}) {
  const missingSdk = model.dependencies.state !== "ok" && options.missingSdkIsError !== false ? model.dependencies.message : null;
  const located = (severity) => model.problems.filter((problem) => (missingSdk !== null && problem.message === missingSdk ? "error" : problem.severity) === severity).map(({ file, line, column, message }) => ({ file, line, column, message }));
  return {
    application: model.manifest.application,
    logicFunctions: model.manifest.logicFunctions,
    objects: model.manifest.objects,
    fields: model.manifest.fields,
    roles: model.manifest.roles,
    skills: model.manifest.other.skills ?? [],
    agents: model.manifest.other.agents ?? [],
    connectionProviders: model.manifest.other.connectionProviders ?? [],
    errors: located("error"),
    warnings: located("warning")
  };
}
async function inspectApp(appDir, options = {}) {
  const evaluator = new ConfigEvaluator();
  const typecheck = options.typecheck ? new AppTypecheck(appDir) : null;
  try {
    const checked = typecheck?.check();
    const project = new AppProject(appDir, evaluator);
    let model = await project.load();
    if (checked) model = await project.setTypecheck(await checked);
    return inspectResultFromModel(model, options);
  } finally {
    evaluator.dispose();
    typecheck?.dispose();
  }
}

// src-main/core/packaging/build-error-locations.ts
var import_node_path31 = require("node:path");
var TSC_LINE = /^(.+?)\((\d+),(\d+)\): (?:error TS\d+: )?(.*)$/;
var ESBUILD_LINE = /^(.+?):(\d+):(\d+): (?:ERROR|error): (.*)$/;
function parseBuildErrorLocations(message, appDir) {
  const problems = [];
  for (const line of message.split(/\r?\n/)) {
    const match2 = TSC_LINE.exec(line.trim()) ?? ESBUILD_LINE.exec(line.trim());
    if (match2) {
      const [, file, lineNumber, column, text] = match2;
      problems.push({
        file: (0, import_node_path31.isAbsolute)(file) ? (0, import_node_path31.relative)(appDir, file) : file.replace(/^\.\//, ""),
        line: Number(lineNumber),
        column: Number(column),
        message: text
      });
    } else if (problems.length > 0 && /^\s+\S/.test(line)) {
      problems[problems.length - 1].message += `
${line.trim()}`;
    }
  }
  return problems;
}

// src-main/core/packaging/sdk-command-result.ts
function asCommandResult(value, fallbackCode) {
  const candidate = value;
  if (candidate && candidate.success === true) return { success: true, data: candidate.data };
  if (candidate && candidate.success === false) {
    const error = candidate.error ?? {};
    return {
      success: false,
      error: {
        code: typeof error.code === "string" ? error.code : fallbackCode,
        message: typeof error.message === "string" ? error.message : JSON.stringify(error)
      }
    };
  }
  return { success: false, error: { code: fallbackCode, message: `Unexpected answer from twenty-sdk: ${JSON.stringify(value)}` } };
}
var packageError = (code, message, locations = []) => ({ code, message, locations });

// src-main/core/packaging/sdk-cli-location.ts
var import_node_module4 = require("node:module");
var import_node_path32 = require("node:path");
function resolveFrom(directory, source) {
  let cliPath;
  try {
    cliPath = (0, import_node_module4.createRequire)((0, import_node_path32.join)(directory, "package.json")).resolve("twenty-sdk/cli");
  } catch {
    return null;
  }
  const packageDir = resolvePackageDir(directory, "twenty-sdk");
  return { cliPath, version: packageDir ? readPackageVersion(packageDir) : null, source };
}
function locateSdkCli(appDir, studioDir) {
  return resolveFrom(appDir, "app") ?? resolveFrom(studioDir, "studio");
}

// src-main/core/packaging/sdk-operation-child.ts
var import_node_child_process8 = require("node:child_process");
var CHILD_PROGRAM = String.raw`
'use strict';
const reply = (message) => new Promise((resolve) => process.send(message, () => resolve()));
// The studio went away (exited, crashed, SIGKILLed): end this process and the tsc/npm it started
// (it leads its own process group on POSIX).
process.on('disconnect', () => {
  if (process.platform !== 'win32') {
    try { process.kill(-process.pid, 'SIGKILL'); } catch {}
  }
  process.exit(1);
});
process.once('message', async (request) => {
  let outcome;
  try {
    const sdk = require(request.sdkCliPath);
    const onProgress = (message) => process.send({ type: 'progress', message: String(message) });
    let value;
    if (request.operation === 'build') {
      value = await sdk.appBuild({ appPath: request.appPath, tarball: true, onProgress });
    } else if (request.operation === 'deploy') {
      value = await sdk.appDeploy({ tarballPath: request.tarballPath, remote: request.remote, onProgress });
    } else if (request.operation === 'install') {
      value = await sdk.appInstall({ appPath: request.appPath, remote: request.remote });
    } else if (request.operation === 'remotes') {
      const config = new sdk.ConfigService({ configPath: request.configPath });
      const names = await config.getRemotes();
      const remotes = [];
      for (const name of names) {
        const remote = await config.getConfigForRemote(name);
        remotes.push({ name, url: remote.apiUrl, hasCredentials: Boolean(remote.apiKey || remote.twentyCLIAccessToken) });
      }
      value = { remotes, defaultRemote: await config.getDefaultRemote() };
    } else {
      throw new Error('Unknown operation ' + request.operation);
    }
    outcome = { type: 'returned', value };
  } catch (error) {
    outcome = { type: 'failed', message: (error && error.stack) || String(error) };
  }
  await reply(outcome);
  process.exit(0);
});
`;
var DEFAULT_TIMEOUT_MS = 5 * 6e4;
var KEPT_OUTPUT_LINES = 40;
function childEnvironment(homeDir, extra) {
  const env = { ...process.env, ...extra };
  delete env.NODE_ENV;
  if (homeDir) {
    env.HOME = homeDir;
    env.USERPROFILE = homeDir;
  }
  return env;
}
function runSdkOperation(request, options) {
  const node = resolveNodeBinary();
  const child = (0, import_node_child_process8.spawn)(node.path, ["-e", CHILD_PROGRAM], {
    cwd: options.cwd,
    env: childEnvironment(options.homeDir, node.env),
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    // Its own process group on POSIX, so a timeout also ends the tsc and npm it started.
    detached: process.platform !== "win32",
    windowsHide: true
  });
  const recentOutput = [];
  const forwardLines = (stream) => {
    let pending = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk) => {
      const lines = (pending + chunk).split(/\r?\n/);
      pending = lines.pop() ?? "";
      for (const line of lines) emitOutput(line);
    });
    stream.on("end", () => {
      if (pending) emitOutput(pending);
      pending = "";
    });
  };
  const emitOutput = (line) => {
    if (!line.trim()) return;
    recentOutput.push(line);
    if (recentOutput.length > KEPT_OUTPUT_LINES) recentOutput.shift();
    options.onProgress?.({ source: "output", message: line });
  };
  if (child.stdout) forwardLines(child.stdout);
  if (child.stderr) forwardLines(child.stderr);
  return new Promise((resolve13) => {
    let outcome = null;
    let settled = false;
    const finish = (final) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      resolve13(final);
    };
    const stop = (message) => {
      killProcessTree(child.pid);
      finish({ kind: "failed", message });
    };
    const onAbort = () => stop("Cancelled.");
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const timer = setTimeout(() => stop(`The ${request.operation} did not finish within ${timeoutMs < 1e4 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1e3)} s`} and was stopped.`), timeoutMs);
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener("abort", onAbort, { once: true });
    child.on("message", (message) => {
      if (message.type === "progress") options.onProgress?.({ source: "sdk", message: String(message.message) });
      else if (message.type === "returned") outcome = { kind: "returned", value: message.value };
      else if (message.type === "failed") outcome = { kind: "failed", message: String(message.message) };
    });
    child.on("error", (error) => finish({ kind: "failed", message: `Could not start ${node.path}: ${error.message}` }));
    child.on("close", (code, signal) => {
      if (outcome) return finish(outcome);
      const tail = recentOutput.slice(-10).join("\n");
      finish({ kind: "failed", message: `The ${request.operation} process exited (${signal ?? `code ${code}`}) without a result.${tail ? `
${tail}` : ""}` });
    });
    child.send(request);
  });
}

// src-main/core/packaging/tarball-reader.ts
var import_promises20 = require("node:fs/promises");
var import_node_zlib = require("node:zlib");
var BLOCK = 512;
var readString = (block, start, length) => {
  const raw = block.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? raw.length : end).toString("utf8");
};
var readOctal = (block, start, length) => {
  const text = readString(block, start, length).trim();
  return text ? parseInt(text, 8) : 0;
};
var paxPath = (data) => {
  for (const record3 of data.toString("utf8").split("\n")) {
    const match2 = /^\d+ path=(.*)$/s.exec(record3);
    if (match2) return match2[1];
  }
  return null;
};
var stripPackageFolder = (path) => path.replace(/^\.?\/?package\//, "");
function parseTarball(gzipped) {
  const archive = (0, import_node_zlib.gunzipSync)(gzipped);
  const entries = [];
  let longName = null;
  for (let offset = 0; offset + BLOCK <= archive.length; ) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const size = readOctal(header, 124, 12);
    const type = String.fromCharCode(header[156] || 48);
    const data = archive.subarray(offset + BLOCK, offset + BLOCK + size);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === "x") {
      longName = paxPath(data) ?? longName;
      continue;
    }
    if (type === "L") {
      longName = readString(data, 0, data.length);
      continue;
    }
    const prefix = readString(header, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${readString(header, 0, 100)}` : readString(header, 0, 100));
    longName = null;
    if (type !== "0" && type !== "\0") continue;
    entries.push({ path: stripPackageFolder(name), sizeBytes: size, contents: Buffer.from(data) });
  }
  return entries;
}
async function readTarball(tarballPath) {
  return parseTarball(await (0, import_promises20.readFile)(tarballPath));
}

// src-main/core/packaging/app-packager.ts
var formatProblem = (problem) => `${problem.file || "(app)"}:${problem.line}:${problem.column}  ${problem.message}`;
async function packageApp(appDir, options = {}) {
  const startedAt = Date.now();
  const progress = (message) => options.onProgress?.({ source: "studio", message });
  progress("Running the studio checks...");
  const inspection = await inspectApp(appDir, { missingSdkIsError: false });
  const warnings = inspection.warnings;
  if (inspection.errors.length > 0) {
    const count = inspection.errors.length;
    return {
      success: false,
      warnings,
      error: packageError(
        "STUDIO_CHECKS_FAILED",
        `The studio found ${count} problem${count === 1 ? "" : "s"} to fix before building:
${inspection.errors.map(formatProblem).join("\n")}`,
        inspection.errors
      )
    };
  }
  const sdk = locateSdkCli(appDir, options.studioDir ?? studioRoot());
  if (!sdk) {
    return { success: false, warnings, error: packageError("SDK_NOT_FOUND", "No twenty-sdk could be loaded, neither from the app nor from the studio: install the app's dependencies.") };
  }
  progress(`Building with twenty-sdk ${sdk.version ?? "(unknown version)"} (${sdk.source === "app" ? "the app's own" : "the studio's, the app has none installed"})...`);
  const outcome = await runSdkOperation(
    { operation: "build", sdkCliPath: sdk.cliPath, appPath: appDir },
    { cwd: appDir, onProgress: options.onProgress, timeoutMs: options.timeoutMs, signal: options.signal }
  );
  if (outcome.kind === "failed") {
    return { success: false, warnings, error: packageError("BUILD_PROCESS_FAILED", outcome.message) };
  }
  const built = asCommandResult(outcome.value, "BUILD_FAILED");
  if (!built.success) {
    return { success: false, warnings, error: packageError(built.error.code, built.error.message, parseBuildErrorLocations(built.error.message, appDir)) };
  }
  const { outputDir, tarballPath } = built.data;
  if (!tarballPath) {
    return { success: false, warnings, error: packageError("BUILD_FAILED", `The build wrote ${outputDir} but no tarball.`) };
  }
  progress("Reading the package...");
  const [tarballStat, entries, manifestText] = await Promise.all([
    (0, import_promises21.stat)(tarballPath),
    readTarball(tarballPath),
    (0, import_promises21.readFile)((0, import_node_path33.join)(outputDir, "manifest.json"), "utf8")
  ]);
  const files = entries.map(({ path, sizeBytes }) => ({ path, sizeBytes })).sort((a, b) => a.path.localeCompare(b.path));
  progress(`Packaged ${tarballPath} (${files.length} files, ${tarballStat.size} bytes).`);
  return {
    success: true,
    tarballPath,
    sizeBytes: tarballStat.size,
    files,
    manifest: JSON.parse(manifestText),
    warnings,
    sdk: { version: sdk.version, source: sdk.source },
    durationMs: Date.now() - startedAt
  };
}

// src-main/core/packaging/twenty-remotes.ts
var import_node_fs19 = require("node:fs");
var import_promises22 = require("node:fs/promises");
var import_node_os5 = require("node:os");
var import_node_path34 = require("node:path");
var twentyConfigPath = (homeDir = (0, import_node_os5.homedir)()) => (0, import_node_path34.join)(homeDir, ".twenty", "config.json");
async function listRemotes(appDir, options = {}) {
  const configPath = twentyConfigPath(options.homeDir);
  if (!(0, import_node_fs19.existsSync)(configPath)) return [];
  const sdk = locateSdkCli(appDir, options.studioDir ?? studioRoot());
  if (!sdk) throw new StudioError("SDK_NOT_FOUND", "No twenty-sdk could be loaded to read the remotes: install the app's dependencies.");
  const scratch = await (0, import_promises22.mkdtemp)((0, import_node_path34.join)((0, import_node_os5.tmpdir)(), "twenty-studio-remotes-"));
  let outcome;
  try {
    const copy = (0, import_node_path34.join)(scratch, "config.json");
    await (0, import_promises22.copyFile)(configPath, copy);
    outcome = await runSdkOperation({ operation: "remotes", sdkCliPath: sdk.cliPath, configPath: copy }, { cwd: appDir, homeDir: options.homeDir, timeoutMs: 3e4 });
  } finally {
    await (0, import_promises22.rm)(scratch, { recursive: true, force: true });
  }
  if (outcome.kind === "failed") throw new StudioError("REMOTES_UNREADABLE", `Could not read ${configPath}: ${outcome.message}`);
  const { remotes, defaultRemote } = outcome.value;
  return remotes.map((remote) => ({ ...remote, isDefault: remote.name === defaultRemote }));
}

// src-main/core/packaging/app-deployer.ts
async function readPackageJson2(appDir) {
  let parsed;
  try {
    parsed = JSON.parse(await (0, import_promises23.readFile)((0, import_node_path35.join)(appDir, "package.json"), "utf8"));
  } catch (error) {
    throw new StudioError("NO_PACKAGE_JSON", `Cannot read the app's package.json: ${error.message}`);
  }
  if (typeof parsed.name !== "string" || typeof parsed.version !== "string") {
    throw new StudioError("NO_PACKAGE_VERSION", "The app's package.json needs a name and a version: the server installs by version.");
  }
  return { name: parsed.name, version: parsed.version };
}
async function describeDeployment(appDir, remoteName, options = {}) {
  const [{ name, version }, remotes] = await Promise.all([readPackageJson2(appDir), listRemotes(appDir, options)]);
  const remote = remotes.find((candidate) => candidate.name === remoteName);
  if (!remote) {
    const known = remotes.map((candidate) => candidate.name).join(", ");
    throw new StudioError(
      "REMOTE_NOT_FOUND",
      known ? `No remote "${remoteName}" in ${twentyConfigPath(options.homeDir)} (known: ${known}). Add it with \`yarn twenty remote:add\`.` : `No remotes: ${twentyConfigPath(options.homeDir)} does not exist. Add one with \`yarn twenty remote:add\`.`
    );
  }
  return { remote: { name: remote.name, url: remote.url }, packageName: name, version, hasCredentials: remote.hasCredentials };
}
async function deploy(appDir, options) {
  const progress = (message) => options.onProgress?.({ source: "studio", message });
  let description;
  try {
    description = await describeDeployment(appDir, options.remote, options);
  } catch (error) {
    const code = error instanceof StudioError ? error.code : "DEPLOY_FAILED";
    return { success: false, stage: "describe", error: packageError(code, error.message) };
  }
  const sdk = locateSdkCli(appDir, options.studioDir ?? studioRoot());
  if (!sdk) return { success: false, stage: "describe", error: packageError("SDK_NOT_FOUND", "No twenty-sdk could be loaded: install the app's dependencies.") };
  const packaged = await packageApp(appDir, { onProgress: options.onProgress, studioDir: options.studioDir, timeoutMs: options.timeoutMs, signal: options.signal });
  if (!packaged.success) return { success: false, stage: "package", error: packaged.error };
  const childOptions = { cwd: appDir, homeDir: options.homeDir, onProgress: options.onProgress, timeoutMs: options.timeoutMs, signal: options.signal };
  progress(`Deploying ${description.packageName}@${description.version} to "${description.remote.name}" (${description.remote.url})...`);
  const deployed = await runSdkOperation({ operation: "deploy", sdkCliPath: sdk.cliPath, tarballPath: packaged.tarballPath, remote: options.remote }, childOptions);
  const deployResult = deployed.kind === "returned" ? asCommandResult(deployed.value, "DEPLOY_FAILED") : null;
  if (!deployResult) return { success: false, stage: "deploy", error: packageError("DEPLOY_FAILED", deployed.kind === "failed" ? deployed.message : "") };
  if (!deployResult.success) return { success: false, stage: "deploy", error: packageError(deployResult.error.code, deployResult.error.message) };
  const install = options.install ?? true;
  if (install) {
    progress("Installing...");
    const installed = await runSdkOperation({ operation: "install", sdkCliPath: sdk.cliPath, appPath: appDir, remote: options.remote }, childOptions);
    const installResult = installed.kind === "returned" ? asCommandResult(installed.value, "INSTALL_FAILED") : null;
    if (!installResult) return { success: false, stage: "install", error: packageError("INSTALL_FAILED", installed.kind === "failed" ? installed.message : "") };
    if (!installResult.success) return { success: false, stage: "install", error: packageError(installResult.error.code, installResult.error.message) };
  }
  progress(install ? "Deployed and installed." : "Deployed (not installed).");
  return {
    success: true,
    remote: description.remote,
    packageName: description.packageName,
    version: description.version,
    tarballPath: packaged.tarballPath,
    application: deployResult.data,
    installed: install
  };
}

// src-main/core/packaging/compare-packages.ts
var import_promises24 = require("node:fs/promises");
var import_node_os6 = require("node:os");
var import_node_path36 = require("node:path");
var MAIN_SECTIONS = /* @__PURE__ */ new Set(["application", "objects", "fields", "roles", "logicFunctions"]);
var records2 = (value) => Array.isArray(value) ? value.filter((item) => typeof item === "object" && item !== null && !Array.isArray(item)) : [];
function toDiffableManifest(manifest) {
  const other = {};
  for (const [section, value] of Object.entries(manifest)) {
    if (!MAIN_SECTIONS.has(section) && Array.isArray(value)) other[section] = records2(value);
  }
  const application = manifest.application;
  return {
    application: typeof application === "object" && application !== null && !Array.isArray(application) ? application : null,
    objects: records2(manifest.objects),
    fields: records2(manifest.fields),
    roles: records2(manifest.roles),
    logicFunctions: records2(manifest.logicFunctions),
    other
  };
}
async function readPackage(tarballPath) {
  const entries = await readTarball(tarballPath);
  const json = (name) => {
    const entry = entries.find((candidate) => candidate.path === name);
    return entry ? JSON.parse(entry.contents.toString("utf8")) : null;
  };
  const manifest = json("manifest.json");
  if (!manifest) throw new Error(`${tarballPath} holds no manifest.json: it is not a Twenty app package.`);
  const version = json("package.json")?.version;
  return { manifest, version: typeof version === "string" ? version : null };
}
async function comparePackages(currentTarballPath, previousTarballPath) {
  const [current, previous] = await Promise.all([readPackage(currentTarballPath), readPackage(previousTarballPath)]);
  const diff = diffManifests(toDiffableManifest(previous.manifest), toDiffableManifest(current.manifest));
  return {
    previous: { tarballPath: previousTarballPath, version: previous.version },
    current: { version: current.version },
    ...diff
  };
}
async function compareWithGitRef(appDir, ref, current) {
  const scratchDir = await (0, import_promises24.mkdtemp)((0, import_node_path36.join)((0, import_node_os6.tmpdir)(), "twenty-studio-compare-"));
  const evaluator = new ConfigEvaluator();
  try {
    const side = await materializeVersion(appDir, { kind: "git", ref }, { scratchDir, differentDependencies: "link" });
    try {
      const previous = await prepareVersion(side, evaluator);
      const diff = diffManifests(previous.manifest, current.manifest);
      return { previous: { tarballPath: `git:${ref}`, version: previous.version }, current: { version: current.version }, ...diff };
    } finally {
      await side.dispose();
    }
  } finally {
    evaluator.dispose();
    await (0, import_promises24.rm)(scratchDir, { recursive: true, force: true });
  }
}

// src-main/core/release/release-handlers.ts
function createReleaseHandlers(context2) {
  let simulator = null;
  const busy = /* @__PURE__ */ new Set();
  const exclusive = async (kind, label, work) => {
    if (busy.has(kind)) throw new StudioError("BUSY", `${label} is already running.`);
    busy.add(kind);
    try {
      return await work();
    } finally {
      busy.delete(kind);
    }
  };
  const simulatorFor = (appDir, runs) => {
    if (simulator?.appDir !== appDir) {
      void simulator?.instance.dispose();
      const instance = new InstallSimulator({
        runner: new FunctionRunner({ prespawn: 0 }),
        // Hooks call the API target chosen for the app, exactly as its functions do.
        environmentFor: () => runs.environmentFor(`install-${Date.now()}`)
      });
      simulator = { appDir, instance };
    }
    return simulator.instance;
  };
  const installProgress = (event) => {
    context2.emit("install.progress", event);
    if (event.type === "dependencies") {
      context2.console.push({ source: "install", label: `install deps (${event.side})`, level: event.stream === "stderr" ? "ERROR" : "INFO", text: `${event.line}
` });
    } else if (event.type === "output") {
      const label = `install ${event.name}${event.attempt > 1 ? ` #${event.attempt}` : ""}`;
      context2.console.push({ source: "install", label, level: event.stream === "stderr" ? "ERROR" : "INFO", text: event.text });
    } else if (event.type === "step" && event.status !== "running") {
      const reason = event.step?.reason ? `: ${event.step.reason}` : "";
      context2.console.push({ source: "install", label: "install", level: event.status === "failed" ? "ERROR" : "SYSTEM", text: `${event.name} ${event.status}${reason}
` });
    }
  };
  const progressToConsole = (label) => (message, isError = false) => context2.console.push({ source: label, label, level: isError ? "ERROR" : "SYSTEM", text: message.endsWith("\n") ? message : `${message}
` });
  return {
    "install.versions": async () => listGitVersions(context2.requireOpen().project.appDir),
    "install.simulate": async (request) => {
      const { project, runs } = context2.requireOpen();
      return exclusive("install", "An install simulation", () => simulatorFor(project.appDir, runs).simulate({ ...request, appDir: project.appDir }, installProgress));
    },
    "install.uninstall": async (request) => {
      const { project, runs } = context2.requireOpen();
      return exclusive("install", "An install simulation", () => simulatorFor(project.appDir, runs).uninstall({ ...request, appDir: project.appDir }, installProgress));
    },
    "package.build": async () => {
      const { project } = context2.requireOpen();
      const log = progressToConsole("package");
      return exclusive("package", "Packaging", () => packageApp(project.appDir, {
        studioDir: context2.studioDir,
        onProgress: (progress) => {
          context2.emit("package.progress", progress);
          log(progress.message);
        }
      }));
    },
    "package.compare": async ({ previousTarball, gitRef }) => {
      const { project } = context2.requireOpen();
      if (gitRef) {
        const model = context2.currentModel();
        if (!model) throw new StudioError("NO_APP_OPEN", "No app is open.");
        return compareWithGitRef(project.appDir, gitRef, { manifest: model.manifest, version: model.version });
      }
      const built = await packageApp(project.appDir, { studioDir: context2.studioDir });
      if (!built.success) throw new StudioError(built.error.code, built.error.message);
      return comparePackages(built.tarballPath, previousTarball);
    },
    "deploy.remotes": async () => ({ remotes: await listRemotes(context2.requireOpen().project.appDir, { studioDir: context2.studioDir }) }),
    "deploy.describe": async ({ remote }) => describeDeployment(context2.requireOpen().project.appDir, remote, { studioDir: context2.studioDir }),
    "deploy.run": async ({ remote, install }) => {
      const { project } = context2.requireOpen();
      const log = progressToConsole("deploy");
      return exclusive("deploy", "A deploy", () => deploy(project.appDir, {
        remote,
        install,
        studioDir: context2.studioDir,
        onProgress: (progress) => {
          context2.emit("package.progress", progress);
          log(progress.message);
        }
      }));
    },
    dispose: async () => {
      await simulator?.instance.dispose();
      simulator = null;
    }
  };
}

// src-main/core/runs/remote-workspace.ts
var import_node_fs20 = require("node:fs");
var import_node_module5 = require("node:module");
var import_node_path37 = require("node:path");
function clientPackage(appDir, studioDir) {
  for (const base of [appDir, studioDir]) {
    const dir = resolvePackageDir(base, "twenty-client-sdk");
    if (dir) return { dir, load: (subpath) => (0, import_node_module5.createRequire)((0, import_node_path37.join)(base, "package.json"))(`twenty-client-sdk/${subpath}`) };
  }
  throw new StudioError("CLIENT_SDK_MISSING", "twenty-client-sdk is not installed: install the app's dependencies first.");
}
function metadataClient(appDir, studioDir, credentials) {
  const { MetadataApiClient } = clientPackage(appDir, studioDir).load("metadata");
  return new MetadataApiClient({
    url: `${credentials.apiUrl.replace(/\/$/, "")}/metadata`,
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${credentials.token}` }
  });
}
function describeFailure(error, apiUrl) {
  const message = error instanceof Error ? error.message : String(error);
  if (/fetch failed|ECONNREFUSED|ENOTFOUND/i.test(message)) return new StudioError("REMOTE_UNREACHABLE", `Cannot reach ${apiUrl}: is the Twenty server running? (${message})`);
  if (/unauth|forbidden|401|403/i.test(message)) return new StudioError("REMOTE_UNAUTHORIZED", `${apiUrl} refused the credentials: check the API key or run "twenty remote:add" again. (${message})`);
  return new StudioError("REMOTE_ERROR", `${apiUrl} answered with an error: ${message}`);
}
async function checkRemote(appDir, studioDir, credentials) {
  const client = metadataClient(appDir, studioDir, credentials);
  try {
    const result = await client.query({
      currentWorkspace: { id: true, displayName: true },
      objects: { __args: { paging: { first: 1e3 }, filter: {} }, edges: { node: { nameSingular: true } } },
      findManyLogicFunctions: { id: true, name: true }
    });
    return {
      workspace: { id: result.currentWorkspace.id, displayName: result.currentWorkspace.displayName ?? null },
      objects: result.objects.edges.map((edge) => edge.node.nameSingular).sort(),
      logicFunctions: result.findManyLogicFunctions.map(({ id, name }) => ({ id, name }))
    };
  } catch (error) {
    throw describeFailure(error, credentials.apiUrl);
  }
}
async function generateCoreClient(appDir, studioDir, credentials, applicationUniversalIdentifier) {
  const packageRoot = resolvePackageDir(appDir, "twenty-client-sdk");
  if (!packageRoot) throw new StudioError("CLIENT_SDK_MISSING", "The app has no twenty-client-sdk to generate the client into: install its dependencies first.");
  const real = (path) => {
    try {
      return (0, import_node_fs20.realpathSync)(path);
    } catch {
      return null;
    }
  };
  const studioPackages = real((0, import_node_path37.join)(studioDir, "node_modules"));
  if (studioPackages && real(packageRoot)?.startsWith(`${studioPackages}${import_node_path37.sep}`)) {
    throw new StudioError("CLIENT_SDK_SHARED", `The app's twenty-client-sdk is the studio's own (${packageRoot}): install the app's dependencies in its folder to generate a client of its own.`);
  }
  const client = metadataClient(appDir, studioDir, credentials);
  let schema;
  try {
    const result = await client.query({ applicationCoreGraphqlSchema: { __args: { applicationUniversalIdentifier } } });
    schema = result.applicationCoreGraphqlSchema;
  } catch (error) {
    throw describeFailure(error, credentials.apiUrl);
  }
  const { replaceCoreClient } = (0, import_node_module5.createRequire)((0, import_node_path37.join)(appDir, "package.json"))("twenty-client-sdk/generate");
  await replaceCoreClient({ packageRoot, schema });
  return { packageRoot, schemaBytes: Buffer.byteLength(schema) };
}

// src-main/core/runs/run-service.ts
var import_node_crypto8 = require("node:crypto");
var import_node_path40 = require("node:path");
var import_semver3 = __toESM(require("semver"));
var import_zod15 = require("zod");

// src-shared/contract/files.ts
var import_zod5 = require("zod");
var fileVersionSchema = import_zod5.z.string();
var fileContentSchema = import_zod5.z.object({ path: import_zod5.z.string(), content: import_zod5.z.string(), version: fileVersionSchema });
var writeFileParamsSchema = import_zod5.z.object({
  path: import_zod5.z.string(),
  content: import_zod5.z.string(),
  /** The version the editor started from; a different version on disk is a conflict. Omit for a new file. */
  baseVersion: fileVersionSchema.nullable(),
  /** Overwrite even when the file changed on disk (the user chose "keep mine"). */
  force: import_zod5.z.boolean().default(false)
});
var writeFileResultSchema = import_zod5.z.discriminatedUnion("ok", [
  import_zod5.z.object({ ok: import_zod5.z.literal(true), version: fileVersionSchema }),
  import_zod5.z.object({ ok: import_zod5.z.literal(false), conflict: import_zod5.z.object({ diskContent: import_zod5.z.string().nullable(), diskVersion: fileVersionSchema.nullable() }) })
]);
var fileChangeSchema = import_zod5.z.object({
  path: import_zod5.z.string(),
  kind: import_zod5.z.enum(["add", "change", "unlink"]),
  /** Version now on disk (null when removed). */
  version: fileVersionSchema.nullable()
});
var typingsSchema = import_zod5.z.object({
  /** Virtual files for the editor's TypeScript service: `file:///node_modules/...` and app files. */
  libs: import_zod5.z.array(import_zod5.z.object({ uri: import_zod5.z.string(), content: import_zod5.z.string() })),
  /** compilerOptions.paths for the editor (module specifier -> virtual paths). */
  paths: import_zod5.z.record(import_zod5.z.string(), import_zod5.z.array(import_zod5.z.string()))
});

// src-shared/contract/console.ts
var import_zod6 = require("zod");
var consoleEntrySchema = import_zod6.z.object({
  /** Which stream of which task: a run id, 'install', 'studio'. */
  source: import_zod6.z.string(),
  /** Function or task label shown in the console tag. */
  label: import_zod6.z.string(),
  level: import_zod6.z.enum(["INFO", "ERROR", "SYSTEM"]),
  /** Text with its line breaks, ANSI colours kept. */
  text: import_zod6.z.string(),
  time: import_zod6.z.string()
});
var consoleBatchSchema = import_zod6.z.object({ entries: import_zod6.z.array(consoleEntrySchema) });
var taskStateSchema = import_zod6.z.object({
  id: import_zod6.z.string(),
  label: import_zod6.z.string(),
  state: import_zod6.z.enum(["running", "succeeded", "failed"]),
  exitCode: import_zod6.z.number().nullable()
});

// src-shared/contract/session.ts
var import_zod7 = require("zod");
var sessionStateSchema = import_zod7.z.object({
  layout: import_zod7.z.object({
    explorerWidth: import_zod7.z.number(),
    inspectorWidth: import_zod7.z.number(),
    consoleHeight: import_zod7.z.number()
  }),
  openTabs: import_zod7.z.array(import_zod7.z.string()),
  activeTab: import_zod7.z.string().nullable(),
  /** Unsaved editor contents by path, with the version they were based on. */
  unsavedBuffers: import_zod7.z.record(import_zod7.z.string(), import_zod7.z.object({ content: import_zod7.z.string(), baseVersion: import_zod7.z.string().nullable() }))
});
var defaultSessionState = {
  layout: { explorerWidth: 280, inspectorWidth: 320, consoleHeight: 220 },
  openTabs: [],
  activeTab: null,
  unsavedBuffers: {}
};

// src-shared/contract/operations.ts
var import_zod12 = require("zod");

// src-shared/contract/payloads.ts
var import_zod8 = require("zod");
var empty2 = import_zod8.z.object({}).strict();
var headerEntrySchema = import_zod8.z.object({ name: import_zod8.z.string(), value: import_zod8.z.string() });
var routeRequestInputSchema = import_zod8.z.object({
  method: import_zod8.z.string().min(1),
  /** `/s/<path>` with an optional query string. */
  url: import_zod8.z.string().min(1),
  headers: import_zod8.z.array(headerEntrySchema).default([]),
  /** Body text as sent; null or absent for none. */
  body: import_zod8.z.string().nullable().optional(),
  /**
   * The Authorization toggle: adds `Authorization: Bearer <studio token>` when the headers carry no
   * Bearer token, so the request counts as authenticated (userWorkspaceId set, isAuthRequired passes).
   */
  authenticated: import_zod8.z.boolean().optional()
});
var routeRefSchema = import_zod8.z.object({ universalIdentifier: import_zod8.z.string(), name: import_zod8.z.string().nullable(), path: import_zod8.z.string() });
var routeResponseSchema = import_zod8.z.object({
  status: import_zod8.z.number().int(),
  /** After the `/s/` filter. */
  headers: import_zod8.z.record(import_zod8.z.string(), import_zod8.z.string()),
  body: import_zod8.z.string(),
  bodyKind: import_zod8.z.enum(["json", "text", "empty"]),
  /** Response headers the function set that `/s/` drops. */
  droppedHeaders: import_zod8.z.array(headerEntrySchema),
  warnings: import_zod8.z.array(import_zod8.z.string())
});
var routeRequestResultSchema = import_zod8.z.object({
  /** The function the server runs (first match wins), or null (404, or a 500 before matching). */
  match: routeRefSchema.nullable(),
  /** Every matching function; more than one means the later ones never run. */
  matches: import_zod8.z.array(routeRefSchema),
  /** On a miss: the routes that look closest. */
  closest: import_zod8.z.array(routeRefSchema.extend({ httpMethod: import_zod8.z.string(), similarity: import_zod8.z.number(), reason: import_zod8.z.enum(["method-differs", "similar-path"]) })),
  /** The RoutePayload the function receives (null when the server answers without running it). */
  payload: import_zod8.z.unknown().nullable(),
  /** Request headers the function does not see. */
  droppedHeaders: import_zod8.z.array(headerEntrySchema.extend({ reason: import_zod8.z.enum(["not-forwarded", "credential"]) })),
  /** Listed in forwardedRequestHeaders but absent from the request. */
  missingForwardedHeaders: import_zod8.z.array(import_zod8.z.string()),
  warnings: import_zod8.z.array(import_zod8.z.string()),
  /** The run (absent for a dry run or when nothing ran). */
  result: runResultSchema.optional(),
  runId: import_zod8.z.string().optional(),
  /** The HTTP answer; null for a dry run that would run the function (there is no answer without a run). */
  response: routeResponseSchema.nullable(),
  /** A `/webhooks/server/<id>` request: what the resolver returned and, for a dispatch, the handoff. */
  serverRoute: import_zod8.z.object({
    outcome: import_zod8.z.enum(["response", "dispatch", "invalid", "error"]),
    /** Why a dispatch result was refused (502), part by part. */
    problems: import_zod8.z.array(import_zod8.z.string()).optional(),
    dispatch: import_zod8.z.object({
      workspaceId: import_zod8.z.string(),
      targetUniversalIdentifier: import_zod8.z.string(),
      targetName: import_zod8.z.string().nullable(),
      /** The target's run, started after the answer (the server queues it). */
      runId: import_zod8.z.string().optional(),
      /** Whether the target got the resolver's payload or, without one, the request's RoutePayload. */
      payloadFrom: import_zod8.z.enum(["resolver", "request"])
    }).optional()
  }).optional()
});
var routeServerStateSchema = import_zod8.z.object({
  running: import_zod8.z.boolean(),
  url: import_zod8.z.string().optional(),
  port: import_zod8.z.number().int().optional(),
  error: import_zod8.z.string().optional(),
  /** Requests from other hosts and origins are accepted (a webhook tunnel); off by default. */
  acceptExternalCallers: import_zod8.z.boolean().optional()
});
var eventObjectSchema = import_zod8.z.object({
  nameSingular: import_zod8.z.string(),
  namePlural: import_zod8.z.string(),
  universalIdentifier: import_zod8.z.string().nullable(),
  source: import_zod8.z.enum(["app", "standard"]),
  labelSingular: import_zod8.z.string().nullable(),
  /** Field names (types known only for the app's own objects). */
  fields: import_zod8.z.array(import_zod8.z.object({ name: import_zod8.z.string(), type: import_zod8.z.string().nullable(), universalIdentifier: import_zod8.z.string().nullable() }))
});
var recordSchema = import_zod8.z.record(import_zod8.z.string(), import_zod8.z.unknown());
var recordEventInputSchema = import_zod8.z.object({ recordId: import_zod8.z.string().optional(), before: recordSchema.optional(), after: recordSchema.optional() });
var DATABASE_EVENT_OPERATION_NAMES = ["created", "updated", "deleted", "destroyed", "restored", "upserted"];
var composeEventParamsSchema = import_zod8.z.object({
  /** nameSingular of an app or standard object. */
  object: import_zod8.z.string().min(1),
  operation: import_zod8.z.enum(DATABASE_EVENT_OPERATION_NAMES),
  recordId: import_zod8.z.string().optional(),
  before: recordSchema.optional(),
  after: recordSchema.optional(),
  /** Several records at once: batchMode functions get them in one `events` array; the others run once per record. */
  batch: import_zod8.z.array(recordEventInputSchema).optional(),
  /** Run every firing function (results side by side). */
  run: import_zod8.z.boolean().default(false),
  /** With `run`: this firing function's runs start under the debugger (the others run as usual). */
  debugFunction: import_zod8.z.string().min(1).optional()
});
var eventFunctionSchema = import_zod8.z.object({
  universalIdentifier: import_zod8.z.string(),
  name: import_zod8.z.string().nullable(),
  eventName: import_zod8.z.string(),
  batchMode: import_zod8.z.boolean(),
  fires: import_zod8.z.boolean(),
  reason: import_zod8.z.string(),
  /** Set when an older server (no updatedFields filter on upserts) decides otherwise. */
  olderServerFires: import_zod8.z.boolean().optional(),
  selfTriggerWarning: import_zod8.z.string().optional(),
  /** What this function receives: one payload per record, or the batch payloads. */
  payloads: import_zod8.z.array(import_zod8.z.unknown()),
  results: import_zod8.z.array(runRecordSchema).optional()
});
var composeEventResultSchema = import_zod8.z.object({
  /** The (first) record's event payload. */
  payload: import_zod8.z.unknown(),
  /** With `batch`: one payload per record. */
  payloads: import_zod8.z.array(import_zod8.z.unknown()),
  warnings: import_zod8.z.array(import_zod8.z.string()),
  functions: import_zod8.z.array(eventFunctionSchema)
});
var SAVED_PAYLOAD_TRIGGER_NAMES = ["route", "databaseEvent", "cron", "tool", "workflowAction", "preInstall", "postInstall", "uninstall", "manual"];
var savedPayloadTriggerSchema = import_zod8.z.enum(SAVED_PAYLOAD_TRIGGER_NAMES);
var savedPayloadExpectationSchema = import_zod8.z.object({
  status: import_zod8.z.enum(["SUCCESS", "ERROR"]).optional(),
  data: import_zod8.z.unknown().optional(),
  response: import_zod8.z.object({ status: import_zod8.z.number().int().optional(), headers: import_zod8.z.record(import_zod8.z.string(), import_zod8.z.string()).optional(), body: import_zod8.z.unknown().optional() }).optional()
});
var savedPayloadSchema = import_zod8.z.object({
  version: import_zod8.z.literal(1),
  function: import_zod8.z.object({ universalIdentifier: import_zod8.z.string(), name: import_zod8.z.string() }),
  trigger: savedPayloadTriggerSchema,
  inputs: import_zod8.z.record(import_zod8.z.string(), import_zod8.z.unknown()).default({}),
  payload: import_zod8.z.unknown(),
  expect: savedPayloadExpectationSchema.optional(),
  /**
   * A Local workspace snapshot (`workspace snapshot save <name>`) restored before the run, so that a
   * function that reads and writes records starts from the same records every time.
   */
  snapshot: import_zod8.z.string().min(1).optional()
});
var savedPayloadEntrySchema = import_zod8.z.object({
  /** File name without `.json`. */
  name: import_zod8.z.string(),
  /** The folder under `.twenty-studio/payloads/`. */
  functionFolder: import_zod8.z.string(),
  /** Relative to the app folder. */
  path: import_zod8.z.string(),
  /** Null when the file cannot be read as a saved payload (`error` says why). */
  content: savedPayloadSchema.nullable(),
  error: import_zod8.z.string().optional(),
  /** The payload no longer fits the function as the code stands. */
  stale: import_zod8.z.boolean(),
  staleReason: import_zod8.z.string().optional()
});
var savedRefSchema = import_zod8.z.object({ functionFolder: import_zod8.z.string().min(1), name: import_zod8.z.string().min(1) });
var savedPayloadCheckSchema = import_zod8.z.object({
  entry: savedPayloadEntrySchema,
  passed: import_zod8.z.boolean(),
  mismatches: import_zod8.z.array(import_zod8.z.object({ path: import_zod8.z.string(), expected: import_zod8.z.unknown(), actual: import_zod8.z.unknown(), message: import_zod8.z.string() })),
  result: runResultSchema.optional(),
  response: import_zod8.z.object({ status: import_zod8.z.number().int(), headers: import_zod8.z.record(import_zod8.z.string(), import_zod8.z.string()), body: import_zod8.z.string() }).optional(),
  /** The run could not happen (unknown function, build error, ...). */
  error: import_zod8.z.string().optional()
});
var payloadOperations = {
  /** Compose (dryRun) or send a `/s/` request through the server's rules. */
  "routes.request": {
    params: routeRequestInputSchema.extend({
      dryRun: import_zod8.z.boolean().default(false),
      /** Run the matched function under the debugger. */
      debug: import_zod8.z.boolean().optional()
    }),
    result: routeRequestResultSchema
  },
  "routes.server.status": { params: empty2, result: routeServerStateSchema },
  /** Starts the local route server on 127.0.0.1 (a free port unless given). */
  "routes.server.start": { params: import_zod8.z.object({ port: import_zod8.z.number().int().min(0).max(65535).optional(), acceptExternalCallers: import_zod8.z.boolean().optional() }), result: routeServerStateSchema },
  "routes.server.stop": { params: empty2, result: routeServerStateSchema },
  /** The app's objects and the standard objects, with their field names, for the event composer. */
  "payload.objects": { params: empty2, result: import_zod8.z.object({ objects: import_zod8.z.array(eventObjectSchema) }) },
  /** Builds a database event, says who fires and why; with `run`, runs the firing functions. */
  "payload.event": { params: composeEventParamsSchema, result: composeEventResultSchema },
  /** A starting payload for one trigger of a function (default: its first). */
  "payload.template": {
    params: import_zod8.z.object({ universalIdentifier: import_zod8.z.string().min(1), trigger: savedPayloadTriggerSchema.optional() }),
    result: import_zod8.z.object({
      trigger: savedPayloadTriggerSchema,
      triggers: import_zod8.z.array(savedPayloadTriggerSchema),
      payload: import_zod8.z.unknown(),
      inputSchema: import_zod8.z.unknown().optional(),
      /** The app's twenty-sdk version whose payload type the template was checked against. */
      sdkVersion: import_zod8.z.string().optional(),
      /** Keys the template has that this SDK's payload type does not declare. */
      warnings: import_zod8.z.array(import_zod8.z.string()).optional()
    })
  },
  /** Checks a tool/workflow-action payload against its inputSchema. */
  "payload.validate": {
    params: import_zod8.z.object({ universalIdentifier: import_zod8.z.string().min(1), payload: import_zod8.z.unknown(), trigger: import_zod8.z.enum(["tool", "workflowAction"]).optional() }),
    result: import_zod8.z.object({ valid: import_zod8.z.boolean(), problems: import_zod8.z.array(import_zod8.z.object({ path: import_zod8.z.string(), message: import_zod8.z.string() })) })
  },
  "payload.saved.list": {
    params: import_zod8.z.object({ universalIdentifier: import_zod8.z.string().optional() }),
    result: import_zod8.z.object({ payloads: import_zod8.z.array(savedPayloadEntrySchema) })
  },
  "payload.saved.read": { params: savedRefSchema, result: savedPayloadEntrySchema },
  /** Writes `.twenty-studio/payloads/<function>/<name>.json` (the folder comes from the function's name). */
  "payload.saved.save": {
    params: import_zod8.z.object({ name: import_zod8.z.string().min(1), content: savedPayloadSchema.omit({ version: true }).extend({ version: import_zod8.z.literal(1).default(1) }), overwrite: import_zod8.z.boolean().default(true) }),
    result: savedPayloadEntrySchema
  },
  "payload.saved.rename": { params: savedRefSchema.extend({ newName: import_zod8.z.string().min(1) }), result: savedPayloadEntrySchema },
  "payload.saved.duplicate": { params: savedRefSchema.extend({ newName: import_zod8.z.string().min(1).optional() }), result: savedPayloadEntrySchema },
  "payload.saved.delete": { params: savedRefSchema, result: import_zod8.z.object({ deleted: import_zod8.z.boolean() }) },
  /** Runs one saved payload and checks its expectation (`debug`: the run under the debugger, the Debug action). */
  "payload.saved.check": { params: savedRefSchema.extend({ debug: import_zod8.z.boolean().optional() }), result: savedPayloadCheckSchema },
  /** The last payloads used for a function (newest first, at most 20, duplicates folded), from the run history. */
  "payload.recent": {
    params: import_zod8.z.object({ universalIdentifier: import_zod8.z.string().min(1), limit: import_zod8.z.number().int().min(1).max(20).default(20) }),
    result: import_zod8.z.object({ payloads: import_zod8.z.array(import_zod8.z.object({ runId: import_zod8.z.string(), startedAt: import_zod8.z.string(), origin: import_zod8.z.string(), status: import_zod8.z.enum(["RUNNING", "SUCCESS", "ERROR"]), payload: import_zod8.z.unknown() })) })
  },
  /** "Copy as curl" (local route server or a remote `/s/` base) and "copy as yarn twenty dev:function:exec". */
  "payload.export": {
    params: import_zod8.z.discriminatedUnion("kind", [
      import_zod8.z.object({
        kind: import_zod8.z.literal("curl"),
        request: routeRequestInputSchema,
        /** Default: the local route server (which must be running). */
        baseUrl: import_zod8.z.string().optional(),
        bearerTokenVariable: import_zod8.z.string().regex(/^[A-Za-z_]\w*$/).optional()
      }),
      import_zod8.z.object({ kind: import_zod8.z.literal("exec"), universalIdentifier: import_zod8.z.string().min(1), payload: import_zod8.z.unknown() })
    ]),
    result: import_zod8.z.object({ command: import_zod8.z.string() })
  }
};
var payloadEvents = {
  /** The local route server started or stopped. */
  "routes.server": routeServerStateSchema,
  /** Files under `.twenty-studio/payloads/` changed (saved, renamed, deleted here). */
  "payload.saved.changed": import_zod8.z.object({ functionFolder: import_zod8.z.string() })
};

// src-shared/contract/release.ts
var import_zod10 = require("zod");

// src-shared/contract/packaging.ts
var import_zod9 = require("zod");
var packageProblemSchema = import_zod9.z.object({
  file: import_zod9.z.string(),
  line: import_zod9.z.number().int().min(0),
  column: import_zod9.z.number().int().min(0),
  message: import_zod9.z.string()
});
var packageErrorSchema = import_zod9.z.object({
  code: import_zod9.z.string(),
  message: import_zod9.z.string(),
  /** Located problems: the studio's errors, or each `file(line,col)` of a failed typecheck. */
  locations: import_zod9.z.array(packageProblemSchema)
});
var packageFileSchema = import_zod9.z.object({
  path: import_zod9.z.string(),
  sizeBytes: import_zod9.z.number().int().min(0)
});
var packageSdkSchema = import_zod9.z.object({
  version: import_zod9.z.string().nullable(),
  source: import_zod9.z.enum(["app", "studio"])
});
var packageSuccessSchema = import_zod9.z.object({
  success: import_zod9.z.literal(true),
  tarballPath: import_zod9.z.string(),
  sizeBytes: import_zod9.z.number().int().min(0),
  files: import_zod9.z.array(packageFileSchema),
  /** `.twenty/output/manifest.json` as the SDK wrote it. */
  manifest: jsonObjectSchema,
  warnings: import_zod9.z.array(packageProblemSchema),
  sdk: packageSdkSchema,
  durationMs: import_zod9.z.number().min(0)
});
var packageFailureSchema = import_zod9.z.object({
  success: import_zod9.z.literal(false),
  error: packageErrorSchema,
  warnings: import_zod9.z.array(packageProblemSchema)
});
var packageResultSchema = import_zod9.z.discriminatedUnion("success", [packageSuccessSchema, packageFailureSchema]);
var packagingProgressSchema = import_zod9.z.object({
  source: import_zod9.z.enum(["studio", "sdk", "output"]),
  message: import_zod9.z.string()
});
var manifestDiffEntrySchema = import_zod9.z.object({
  kind: import_zod9.z.string(),
  section: import_zod9.z.string(),
  universalIdentifier: import_zod9.z.string(),
  name: import_zod9.z.string(),
  objectUniversalIdentifier: import_zod9.z.string().optional(),
  changes: import_zod9.z.array(import_zod9.z.object({ property: import_zod9.z.string(), before: import_zod9.z.unknown().optional(), after: import_zod9.z.unknown().optional() })).optional()
});
var packageComparisonSchema = import_zod9.z.object({
  previous: import_zod9.z.object({ tarballPath: import_zod9.z.string(), version: import_zod9.z.string().nullable() }),
  current: import_zod9.z.object({ version: import_zod9.z.string().nullable() }),
  created: import_zod9.z.array(manifestDiffEntrySchema),
  updated: import_zod9.z.array(manifestDiffEntrySchema),
  deleted: import_zod9.z.array(manifestDiffEntrySchema),
  /** Changes that lose records or values (deleted objects and fields, type changes, removed options...). */
  destructive: import_zod9.z.array(import_zod9.z.object({ change: import_zod9.z.string(), kind: import_zod9.z.string(), universalIdentifier: import_zod9.z.string(), name: import_zod9.z.string(), dataLoss: import_zod9.z.string() }))
});
var twentyRemoteSchema = import_zod9.z.object({
  name: import_zod9.z.string(),
  url: import_zod9.z.string(),
  isDefault: import_zod9.z.boolean(),
  hasCredentials: import_zod9.z.boolean()
});
var deployDescriptionSchema = import_zod9.z.object({
  remote: import_zod9.z.object({ name: import_zod9.z.string(), url: import_zod9.z.string() }),
  packageName: import_zod9.z.string(),
  version: import_zod9.z.string(),
  hasCredentials: import_zod9.z.boolean()
});
var deployRequestSchema = import_zod9.z.object({
  remote: import_zod9.z.string().min(1),
  /** Install after uploading (the SDK's `appInstall`); false uploads and registers only. */
  install: import_zod9.z.boolean().default(true)
});
var deployStageSchema = import_zod9.z.enum(["describe", "package", "deploy", "install"]);
var deploySuccessSchema = import_zod9.z.object({
  success: import_zod9.z.literal(true),
  remote: import_zod9.z.object({ name: import_zod9.z.string(), url: import_zod9.z.string() }),
  packageName: import_zod9.z.string(),
  version: import_zod9.z.string(),
  tarballPath: import_zod9.z.string(),
  /** What the server answered to `completeAppTarballUpload`. */
  application: import_zod9.z.object({ id: import_zod9.z.string(), name: import_zod9.z.string(), universalIdentifier: import_zod9.z.string() }),
  installed: import_zod9.z.boolean()
});
var deployFailureSchema = import_zod9.z.object({
  success: import_zod9.z.literal(false),
  /** The step that failed: nothing reached the server when it is `describe` or `package`. */
  stage: deployStageSchema,
  error: packageErrorSchema
});
var deployResultSchema = import_zod9.z.discriminatedUnion("success", [deploySuccessSchema, deployFailureSchema]);

// src-shared/contract/release.ts
var gitVersionSchema = import_zod10.z.object({ ref: import_zod10.z.string(), commit: import_zod10.z.string(), date: import_zod10.z.string(), subject: import_zod10.z.string() });
var releaseOperations = {
  "install.versions": { params: import_zod10.z.object({}).strict(), result: import_zod10.z.object({ tags: import_zod10.z.array(gitVersionSchema), commits: import_zod10.z.array(gitVersionSchema) }) },
  "install.simulate": { params: installRequestSchema.omit({ appDir: true }), result: installResultSchema },
  "install.uninstall": { params: uninstallRequestSchema.omit({ appDir: true }), result: uninstallResultSchema },
  "package.build": { params: import_zod10.z.object({}).strict(), result: packageResultSchema },
  /** The working tree's package against an earlier tarball, or against a git ref (then `previous.tarballPath` is `git:<ref>`). */
  "package.compare": {
    params: import_zod10.z.object({ previousTarball: import_zod10.z.string().min(1).optional(), gitRef: import_zod10.z.string().min(1).optional() }).refine((params) => params.previousTarball === void 0 !== (params.gitRef === void 0), "Give either previousTarball or gitRef."),
    result: packageComparisonSchema
  },
  "deploy.remotes": { params: import_zod10.z.object({}).strict(), result: import_zod10.z.object({ remotes: import_zod10.z.array(twentyRemoteSchema) }) },
  "deploy.describe": { params: import_zod10.z.object({ remote: import_zod10.z.string().min(1) }), result: deployDescriptionSchema },
  "deploy.run": { params: deployRequestSchema, result: deployResultSchema }
};
var releaseEvents = {
  "install.progress": installProgressEventSchema,
  "package.progress": packagingProgressSchema
};

// src-shared/contract/workspace.ts
var import_zod11 = require("zod");
var empty3 = import_zod11.z.object({}).strict();
var workspaceFieldSchema = import_zod11.z.object({
  name: import_zod11.z.string(),
  type: import_zod11.z.string(),
  label: import_zod11.z.string(),
  isNullable: import_zod11.z.boolean(),
  isSystem: import_zod11.z.boolean(),
  isReadOnly: import_zod11.z.boolean(),
  options: import_zod11.z.array(import_zod11.z.object({ value: import_zod11.z.string(), label: import_zod11.z.string(), color: import_zod11.z.string().optional() })).optional(),
  /** Composite subfields (`firstName`, `primaryEmail` ...). */
  subfields: import_zod11.z.array(import_zod11.z.string()).optional(),
  relation: import_zod11.z.object({ type: import_zod11.z.enum(["MANY_TO_ONE", "ONE_TO_MANY"]), targetObject: import_zod11.z.string(), joinColumn: import_zod11.z.string().optional() }).optional()
});
var workspaceObjectSchema = import_zod11.z.object({
  nameSingular: import_zod11.z.string(),
  namePlural: import_zod11.z.string(),
  labelSingular: import_zod11.z.string(),
  labelPlural: import_zod11.z.string(),
  source: import_zod11.z.enum(["standard", "app"]),
  isSystem: import_zod11.z.boolean(),
  labelIdentifierField: import_zod11.z.string().nullable(),
  count: import_zod11.z.number().int(),
  fields: import_zod11.z.array(workspaceFieldSchema)
});
var workspaceStatusSchema = import_zod11.z.object({
  state: import_zod11.z.enum(["closed", "opening", "ready", "error"]),
  /** What went wrong (a damaged data folder, a second studio owning it); a reset is offered. */
  error: import_zod11.z.string().nullable(),
  storage: import_zod11.z.enum(["pglite", "postgres"]).nullable(),
  dir: import_zod11.z.string().nullable(),
  url: import_zod11.z.string().nullable(),
  twentyVersion: import_zod11.z.string().nullable(),
  openMs: import_zod11.z.number().nullable(),
  /** Destructive model changes waiting for confirmation (a removed field drops its values). */
  pendingDestructive: import_zod11.z.array(import_zod11.z.string()),
  modelProblems: import_zod11.z.array(import_zod11.z.string()),
  totalRecords: import_zod11.z.number().int()
});
var workspaceActivitySchema = import_zod11.z.object({
  seq: import_zod11.z.number().int(),
  time: import_zod11.z.string(),
  kind: import_zod11.z.enum(["request", "event", "trigger", "kv", "warning", "job", "agent", "message", "connection"]),
  /** The run that caused it (its calls, its writes' events). */
  runId: import_zod11.z.string().nullable(),
  summary: import_zod11.z.string(),
  /** request: api, method, path, operationName, status, durationMs, query, variables, errors.
   *  event: name, recordId, updatedFields. trigger: function, runId started, depth.
   *  job: action (enqueue|start|retry-scheduled|completed|failed|run now|cancel|retry), jobId(s), function.
   *  agent: agent, messages (the transcript), reply, success, error. message: action, channel, messages.
   *  connection: action, id, providerName (never a token). */
  detail: import_zod11.z.record(import_zod11.z.string(), import_zod11.z.unknown())
});
var recordSchema2 = import_zod11.z.record(import_zod11.z.string(), import_zod11.z.unknown());
var workspaceJobSchema = import_zod11.z.object({
  jobId: import_zod11.z.string(),
  state: import_zod11.z.enum(["WAITING", "DELAYED", "ACTIVE", "COMPLETED", "FAILED"]),
  attemptsMade: import_zod11.z.number().int(),
  failedReason: import_zod11.z.string().nullable(),
  enqueuedAt: import_zod11.z.number(),
  startedAt: import_zod11.z.number().nullable(),
  finishedAt: import_zod11.z.number().nullable(),
  logicFunctionUniversalIdentifier: import_zod11.z.string(),
  functionName: import_zod11.z.string().nullable(),
  payload: import_zod11.z.unknown(),
  retryLimit: import_zod11.z.number().int(),
  retryCount: import_zod11.z.number().int(),
  runAt: import_zod11.z.number(),
  runIds: import_zod11.z.array(import_zod11.z.string()),
  lastRunStatus: import_zod11.z.enum(["SUCCESS", "ERROR"]).nullable(),
  lastError: import_zod11.z.string().nullable(),
  enqueuedByRunId: import_zod11.z.string().nullable()
});
var agentScriptSchema = import_zod11.z.object({
  reply: import_zod11.z.unknown().optional(),
  error: import_zod11.z.string().optional(),
  toolCalls: import_zod11.z.array(import_zod11.z.object({ tool: import_zod11.z.string().min(1), input: import_zod11.z.unknown().optional() })).optional()
});
var agentModelViewSchema = import_zod11.z.object({ baseUrl: import_zod11.z.string(), model: import_zod11.z.string(), timeoutMs: import_zod11.z.number().int(), hasApiKey: import_zod11.z.boolean() });
var workspaceConnectionSchema = import_zod11.z.object({
  id: import_zod11.z.string(),
  providerName: import_zod11.z.string(),
  name: import_zod11.z.string(),
  handle: import_zod11.z.string(),
  visibility: import_zod11.z.enum(["user", "workspace"]),
  userWorkspaceId: import_zod11.z.string(),
  workspaceMemberId: import_zod11.z.string().nullable(),
  accessToken: import_zod11.z.string(),
  scopes: import_zod11.z.array(import_zod11.z.string()),
  authFailedAt: import_zod11.z.string().nullable(),
  authFailedReason: import_zod11.z.string().nullable(),
  expired: import_zod11.z.boolean(),
  createdAt: import_zod11.z.string()
});
var connectionInputSchema = import_zod11.z.object({
  providerName: import_zod11.z.string().min(1),
  name: import_zod11.z.string().optional(),
  handle: import_zod11.z.string().min(1),
  visibility: import_zod11.z.enum(["user", "workspace"]).optional(),
  userWorkspaceId: import_zod11.z.string().optional(),
  workspaceMemberId: import_zod11.z.string().nullable().optional(),
  accessToken: import_zod11.z.string().min(1),
  scopes: import_zod11.z.array(import_zod11.z.string()).optional(),
  expired: import_zod11.z.boolean().optional()
});
var workspaceOperations = {
  "workspace.status": { params: empty3, result: workspaceStatusSchema },
  "workspace.objects": { params: empty3, result: import_zod11.z.object({ objects: import_zod11.z.array(workspaceObjectSchema) }) },
  /** A page of records, through the same repository the API uses (filter and orderBy in the Core API's shape). */
  "workspace.records": {
    params: import_zod11.z.object({
      object: import_zod11.z.string().min(1),
      filter: import_zod11.z.record(import_zod11.z.string(), import_zod11.z.unknown()).optional(),
      orderBy: import_zod11.z.array(import_zod11.z.record(import_zod11.z.string(), import_zod11.z.unknown())).optional(),
      first: import_zod11.z.number().int().min(1).max(1e3).default(100),
      after: import_zod11.z.string().optional(),
      withDeleted: import_zod11.z.boolean().default(false)
    }),
    result: import_zod11.z.object({ records: import_zod11.z.array(recordSchema2), totalCount: import_zod11.z.number().int(), endCursor: import_zod11.z.string().nullable(), hasNextPage: import_zod11.z.boolean() })
  },
  /** Writes from the window go through the API, so their events fire and triggered runs appear. */
  "workspace.write": {
    params: import_zod11.z.discriminatedUnion("action", [
      import_zod11.z.object({ action: import_zod11.z.literal("create"), object: import_zod11.z.string().min(1), data: recordSchema2 }),
      import_zod11.z.object({ action: import_zod11.z.literal("update"), object: import_zod11.z.string().min(1), id: import_zod11.z.string().min(1), data: recordSchema2 }),
      import_zod11.z.object({ action: import_zod11.z.enum(["delete", "restore", "destroy"]), object: import_zod11.z.string().min(1), id: import_zod11.z.string().min(1) })
    ]),
    result: import_zod11.z.object({ record: recordSchema2.nullable() })
  },
  /** Runs a Core API GraphQL request as the studio (the window's console, `workspace query`). */
  "workspace.query": {
    params: import_zod11.z.object({ query: import_zod11.z.string().min(1), variables: import_zod11.z.record(import_zod11.z.string(), import_zod11.z.unknown()).optional() }),
    result: import_zod11.z.object({ data: import_zod11.z.unknown().optional(), errors: import_zod11.z.array(import_zod11.z.object({ message: import_zod11.z.string(), extensions: import_zod11.z.record(import_zod11.z.string(), import_zod11.z.unknown()).optional() })).optional() })
  },
  "workspace.activity": { params: import_zod11.z.object({ since: import_zod11.z.number().int().default(0), limit: import_zod11.z.number().int().min(1).max(5e3).default(500) }), result: import_zod11.z.object({ entries: import_zod11.z.array(workspaceActivitySchema) }) },
  "workspace.seed": { params: import_zod11.z.object({ count: import_zod11.z.number().int().min(1).max(1e3).default(10), objects: import_zod11.z.array(import_zod11.z.string()).optional() }), result: import_zod11.z.object({ created: import_zod11.z.record(import_zod11.z.string(), import_zod11.z.number().int()) }) },
  "workspace.reset": { params: empty3, result: workspaceStatusSchema },
  /** Applies model changes that drop data, after the user confirmed. */
  "workspace.migrate": { params: import_zod11.z.object({ allowDestructive: import_zod11.z.boolean() }), result: workspaceStatusSchema },
  "workspace.kv.list": { params: empty3, result: import_zod11.z.object({ entries: import_zod11.z.array(import_zod11.z.object({ key: import_zod11.z.string(), value: import_zod11.z.unknown(), scope: import_zod11.z.enum(["WORKSPACE", "SERVER"]), updatedAt: import_zod11.z.string() })) }) },
  "workspace.kv.set": { params: import_zod11.z.object({ key: import_zod11.z.string().min(1), value: import_zod11.z.unknown(), scope: import_zod11.z.enum(["WORKSPACE", "SERVER"]).default("WORKSPACE") }), result: import_zod11.z.object({ ok: import_zod11.z.literal(true) }) },
  "workspace.jobs.list": {
    params: import_zod11.z.object({ state: import_zod11.z.enum(["WAITING", "DELAYED", "ACTIVE", "COMPLETED", "FAILED"]).optional(), offset: import_zod11.z.number().int().min(0).default(0), limit: import_zod11.z.number().int().min(1).max(1e3).default(200) }),
    result: import_zod11.z.object({ jobs: import_zod11.z.array(workspaceJobSchema), total: import_zod11.z.number().int() })
  },
  /** run now / cancel / retry a job of the queue. */
  "workspace.jobs.act": { params: import_zod11.z.object({ jobId: import_zod11.z.string().min(1), action: import_zod11.z.enum(["runNow", "cancel", "retry"]) }), result: import_zod11.z.object({ ok: import_zod11.z.literal(true) }) },
  "workspace.jobs.enqueue": {
    params: import_zod11.z.object({ universalIdentifier: import_zod11.z.string().min(1), payload: import_zod11.z.record(import_zod11.z.string(), import_zod11.z.unknown()).default({}), delayMs: import_zod11.z.number().int().min(0).optional(), retryLimit: import_zod11.z.number().int().min(0).max(20).optional() }),
    result: import_zod11.z.object({ jobId: import_zod11.z.string() })
  },
  "workspace.connections.list": {
    params: empty3,
    result: import_zod11.z.object({
      providers: import_zod11.z.array(import_zod11.z.object({ universalIdentifier: import_zod11.z.string(), name: import_zod11.z.string(), displayName: import_zod11.z.string(), type: import_zod11.z.string(), scopes: import_zod11.z.array(import_zod11.z.string()) })),
      connections: import_zod11.z.array(workspaceConnectionSchema)
    })
  },
  "workspace.connections.add": { params: connectionInputSchema, result: import_zod11.z.object({ ok: import_zod11.z.literal(true) }) },
  "workspace.connections.update": {
    params: import_zod11.z.object({ id: import_zod11.z.string().min(1), patch: connectionInputSchema.partial().extend({ authFailedAt: import_zod11.z.string().nullable().optional(), authFailedReason: import_zod11.z.string().nullable().optional() }) }),
    result: import_zod11.z.object({ ok: import_zod11.z.literal(true) })
  },
  "workspace.connections.remove": { params: import_zod11.z.object({ id: import_zod11.z.string().min(1) }), result: import_zod11.z.object({ ok: import_zod11.z.literal(true) }) },
  "workspace.agents.list": {
    params: empty3,
    result: import_zod11.z.object({ agents: import_zod11.z.array(import_zod11.z.object({ universalIdentifier: import_zod11.z.string(), name: import_zod11.z.string(), label: import_zod11.z.string(), prompt: import_zod11.z.string(), script: agentScriptSchema.nullable() })), tools: import_zod11.z.array(import_zod11.z.object({ name: import_zod11.z.string(), description: import_zod11.z.string() })) })
  },
  /** A scripted reply (or error) for an agent's runAgent calls; null restores the default echo. */
  "workspace.agents.script": {
    params: import_zod11.z.object({ universalIdentifier: import_zod11.z.string().min(1), script: agentScriptSchema.nullable() }),
    result: import_zod11.z.object({ ok: import_zod11.z.literal(true) })
  },
  /** The OpenAI-compatible endpoint agents without a script answer from; its key never comes back. */
  "workspace.agents.model.get": { params: empty3, result: import_zod11.z.object({ model: agentModelViewSchema.nullable() }) },
  /** Sets it (an empty apiKey keeps the stored key), or with null goes back to the local echo. */
  "workspace.agents.model.set": {
    params: import_zod11.z.object({ model: import_zod11.z.object({ baseUrl: import_zod11.z.string().url(), model: import_zod11.z.string().min(1), apiKey: import_zod11.z.string().optional(), timeoutMs: import_zod11.z.number().int().min(1e3).max(6e5).optional() }).nullable() }),
    result: import_zod11.z.object({ ok: import_zod11.z.literal(true) })
  },
  "workspace.snapshots.list": { params: empty3, result: import_zod11.z.object({ snapshots: import_zod11.z.array(import_zod11.z.object({ name: import_zod11.z.string(), savedAt: import_zod11.z.string(), bytes: import_zod11.z.number().int() })) }) },
  "workspace.snapshots.save": { params: import_zod11.z.object({ name: import_zod11.z.string().min(1) }), result: import_zod11.z.object({ name: import_zod11.z.string(), records: import_zod11.z.number().int() }) },
  "workspace.snapshots.restore": { params: import_zod11.z.object({ name: import_zod11.z.string().min(1) }), result: import_zod11.z.object({ restored: import_zod11.z.record(import_zod11.z.string(), import_zod11.z.number().int()) }) },
  "workspace.kv.delete": { params: import_zod11.z.object({ key: import_zod11.z.string().min(1), scope: import_zod11.z.enum(["WORKSPACE", "SERVER"]).default("WORKSPACE") }), result: import_zod11.z.object({ deleted: import_zod11.z.boolean() }) }
};
var workspaceEvents = {
  "workspace.status": workspaceStatusSchema,
  /** New activity entries, batched. */
  "workspace.activity": import_zod11.z.object({ entries: import_zod11.z.array(workspaceActivitySchema) })
};

// src-shared/contract/operations.ts
var empty4 = import_zod12.z.object({}).strict();
var operations = {
  "app.open": { params: import_zod12.z.object({ appDir: import_zod12.z.string().min(1) }), result: projectModelSchema },
  "app.current": { params: empty4, result: projectModelSchema.nullable() },
  "app.recent": { params: empty4, result: import_zod12.z.object({ apps: import_zod12.z.array(recentAppSchema) }) },
  /** Browser mode's "Open" field: folders under a typed prefix. */
  "app.completePath": {
    params: import_zod12.z.object({ prefix: import_zod12.z.string() }),
    result: import_zod12.z.object({ entries: import_zod12.z.array(import_zod12.z.object({ path: import_zod12.z.string(), isTwentyApp: import_zod12.z.boolean() })) })
  },
  "app.installDependencies": { params: empty4, result: taskStateSchema },
  "app.typings": { params: empty4, result: typingsSchema },
  "file.read": { params: import_zod12.z.object({ path: import_zod12.z.string().min(1) }), result: fileContentSchema },
  "file.write": { params: writeFileParamsSchema, result: writeFileResultSchema },
  "session.get": { params: empty4, result: sessionStateSchema },
  "session.set": { params: sessionStateSchema, result: import_zod12.z.object({ ok: import_zod12.z.literal(true) }) },
  /** Starts a run of one function; without `payload`, the last one used for it (or a sample for its trigger). */
  "run.start": {
    params: import_zod12.z.object({ universalIdentifier: import_zod12.z.string().min(1), payload: import_zod12.z.unknown().optional(), context: executionContextSchema.partial().optional() }),
    result: import_zod12.z.object({ runId: import_zod12.z.string() })
  },
  /**
   * The editor's unsaved buffers (path relative to the app -> text), replacing the last set: runs build
   * from them instead of the files on disk (run settings' `unsavedEdits`: 'run-buffer').
   */
  "editor.buffers": {
    params: import_zod12.z.object({ buffers: import_zod12.z.record(import_zod12.z.string(), import_zod12.z.string()) }),
    result: import_zod12.z.object({ ok: import_zod12.z.literal(true) })
  },
  "run.cancel": { params: import_zod12.z.object({ runId: import_zod12.z.string() }), result: import_zod12.z.object({ cancelled: import_zod12.z.boolean() }) },
  /** Runs still going (a reconnecting window resynchronises from this). */
  "run.live": { params: empty4, result: import_zod12.z.object({ runs: import_zod12.z.array(runRecordSchema) }) },
  "run.history": {
    params: import_zod12.z.object({ universalIdentifier: import_zod12.z.string().optional(), status: import_zod12.z.enum(["RUNNING", "SUCCESS", "ERROR"]).optional() }),
    result: import_zod12.z.object({ runs: import_zod12.z.array(runSummarySchema) })
  },
  "run.get": { params: import_zod12.z.object({ runId: import_zod12.z.string() }), result: runRecordSchema },
  "run.payload": {
    params: import_zod12.z.object({ universalIdentifier: import_zod12.z.string().min(1) }),
    result: import_zod12.z.object({ payload: import_zod12.z.unknown(), source: import_zod12.z.enum(["last", "sample"]) })
  },
  "variables.list": { params: empty4, result: import_zod12.z.object({ variables: import_zod12.z.array(appVariableSchema) }) },
  /** Sets values (secrets included; they stay in the user data folder) and clears the named ones. */
  "variables.set": {
    params: import_zod12.z.object({ values: import_zod12.z.record(import_zod12.z.string(), import_zod12.z.unknown()).default({}), clear: import_zod12.z.array(import_zod12.z.string()).default([]) }),
    result: import_zod12.z.object({ variables: import_zod12.z.array(appVariableSchema) })
  },
  "target.get": {
    params: empty4,
    result: import_zod12.z.object({ target: apiTargetSchema, remotes: import_zod12.z.array(import_zod12.z.object({ name: import_zod12.z.string(), apiUrl: import_zod12.z.string(), hasCredentials: import_zod12.z.boolean() })) })
  },
  "target.set": { params: apiTargetSchema, result: import_zod12.z.object({ ok: import_zod12.z.literal(true) }) },
  "run.settings.get": { params: empty4, result: runSettingsSchema },
  "run.settings.set": { params: runSettingsSchema, result: runSettingsSchema },
  /** Checks the Remote target through the typed MetadataApiClient: workspace, objects, functions. */
  "target.check": {
    params: empty4,
    result: import_zod12.z.object({
      workspace: import_zod12.z.object({ id: import_zod12.z.string(), displayName: import_zod12.z.string().nullable() }),
      objects: import_zod12.z.array(import_zod12.z.string()),
      logicFunctions: import_zod12.z.array(import_zod12.z.object({ id: import_zod12.z.string(), name: import_zod12.z.string() }))
    })
  },
  /** Regenerates the app's typed CoreApiClient from the Remote's schema (as `twenty dev:generate-client`). */
  "client.generate": { params: empty4, result: import_zod12.z.object({ packageRoot: import_zod12.z.string(), schemaBytes: import_zod12.z.number() }) },
  /** Shows a file of the open app (e.g. the packaged tarball) in the system's file manager. */
  "studio.reveal": { params: import_zod12.z.object({ path: import_zod12.z.string().min(1) }), result: import_zod12.z.object({ ok: import_zod12.z.literal(true) }) },
  "studio.info": {
    params: empty4,
    result: import_zod12.z.object({ version: import_zod12.z.string(), mode: import_zod12.z.enum(["electron", "browser"]), userDataDir: import_zod12.z.string(), platform: import_zod12.z.string() })
  },
  ...payloadOperations,
  ...releaseOperations,
  ...workspaceOperations,
  ...debugOperations
};
var events = {
  "project.model": projectModelSchema,
  "file.changed": import_zod12.z.object({ changes: import_zod12.z.array(fileChangeSchema) }),
  "console.batch": consoleBatchSchema,
  "task.state": taskStateSchema,
  "run.started": import_zod12.z.object({ runId: import_zod12.z.string(), universalIdentifier: import_zod12.z.string(), functionName: import_zod12.z.string(), origin: import_zod12.z.string(), payload: import_zod12.z.unknown(), startedAt: import_zod12.z.string(), content: runContentSchema.optional(), debug: import_zod12.z.boolean().optional() }),
  "run.finished": runRecordSchema,
  /** The function bundles after each rebuild: build errors located, and which functions run a stale bundle. */
  "build.state": import_zod12.z.object({ ok: import_zod12.z.boolean(), durationMs: import_zod12.z.number(), problems: import_zod12.z.array(problemSchema), staleFiles: import_zod12.z.array(import_zod12.z.string()) }),
  ...payloadEvents,
  ...releaseEvents,
  ...workspaceEvents,
  ...debugEvents
};
var studioErrorSchema = import_zod12.z.object({ code: import_zod12.z.string(), message: import_zod12.z.string() });
var wireRequestSchema = import_zod12.z.object({ type: import_zod12.z.literal("request"), id: import_zod12.z.number().int(), op: import_zod12.z.string(), params: import_zod12.z.unknown() });

// src-main/core/runs/app-variables-store.ts
var import_node_path38 = require("node:path");
var import_zod13 = require("zod");
var valuesSchema = import_zod13.z.object({ values: import_zod13.z.record(import_zod13.z.string(), import_zod13.z.unknown()) });
var SECRET_MASK = "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022";
function declaredVariables(application) {
  const list2 = [];
  for (const [kind, key] of [["application", "applicationVariables"], ["server", "serverVariables"]]) {
    const section = application?.[key];
    if (section && typeof section === "object" && !Array.isArray(section)) {
      for (const [name, declaration] of Object.entries(section)) list2.push({ name, kind, declaration: declaration ?? {} });
    }
  }
  return list2;
}
var AppVariablesStore = class {
  constructor(directory) {
    this.directory = directory;
  }
  directory;
  get path() {
    return (0, import_node_path38.join)(this.directory, "variables.json");
  }
  async values() {
    return (await readJsonFile(this.path, valuesSchema, { values: {} })).values;
  }
  async describe(application) {
    const values = await this.values();
    return declaredVariables(application).map(({ name, kind, declaration }) => {
      const isSecret = declaration.isSecret === true;
      const hasValue = Object.prototype.hasOwnProperty.call(values, name);
      const defaultValue = isSecret ? null : declaration.value ?? null;
      return {
        name,
        kind,
        type: typeof declaration.type === "string" ? declaration.type : null,
        description: typeof declaration.description === "string" ? declaration.description : null,
        isSecret,
        isRequired: declaration.isRequired === true,
        defaultValue,
        hasValue,
        displayValue: isSecret ? hasValue ? SECRET_MASK : null : hasValue ? values[name] : defaultValue
      };
    });
  }
  /** Sets (or with `undefined`, clears) values; unknown names are refused by the caller. */
  async update(changes) {
    const values = await this.values();
    for (const [name, value] of Object.entries(changes)) {
      if (value === void 0) delete values[name];
      else values[name] = value;
    }
    await writeJsonFile(this.path, { values }, { secret: true });
  }
  /** What a run gets: manifest defaults overridden by the user's values, split as the server splits them. */
  async runtimeValues(application) {
    const values = await this.values();
    const result = { applicationVariables: {}, serverVariables: {} };
    for (const { name, kind, declaration } of declaredVariables(application)) {
      const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : declaration.isSecret === true ? null : declaration.value ?? null;
      (kind === "application" ? result.applicationVariables : result.serverVariables)[name] = value;
    }
    return result;
  }
};

// src-main/core/runs/offline-api-server.ts
var import_node_http2 = require("node:http");
var OFFLINE_API_MESSAGE = "No Twenty server is configured for this app in Twenty App Studio, so this call went to the studio's offline endpoint. Choose a Remote target (a server from ~/.twenty/config.json or a URL and API key) to call a real workspace.";
var OfflineApiServer = class {
  constructor(onCall = () => void 0) {
    this.onCall = onCall;
  }
  onCall;
  server = null;
  calls = [];
  url = "";
  async start() {
    if (this.server) return this.url;
    this.server = (0, import_node_http2.createServer)((request, response) => {
      const token = (request.headers.authorization ?? "").replace(/^Bearer\s+/i, "");
      const runId = token.startsWith("offline-") ? token.slice("offline-".length) : null;
      const call = { runId, method: request.method ?? "GET", path: request.url ?? "/", time: (/* @__PURE__ */ new Date()).toISOString() };
      this.calls.push(call);
      if (this.calls.length > 1e3) this.calls.shift();
      this.onCall(call);
      request.resume();
      request.on("end", () => {
        response.writeHead(503, { "content-type": "application/json" });
        response.end(JSON.stringify({ errors: [{ message: OFFLINE_API_MESSAGE, extensions: { code: "TWENTY_STUDIO_OFFLINE" } }] }));
      });
    });
    await new Promise((resolve13) => this.server.listen(0, "127.0.0.1", () => resolve13()));
    this.url = `http://127.0.0.1:${this.server.address().port}`;
    return this.url;
  }
  callsOf(runId) {
    return this.calls.filter((call) => call.runId === runId);
  }
  async stop() {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve13) => server.close(() => resolve13()));
  }
};

// src-main/core/runs/run-history-store.ts
var import_promises25 = require("node:fs/promises");
var import_node_path39 = require("node:path");
var import_zod14 = require("zod");
var MAX_RUNS = 300;
var MAX_LOG_CHARS = 1024 * 1024;
var INDEX_FILE = "index.json";
var MAX_RECORD_FILE_BYTES = 64 * 1024 * 1024;
var indexSchema = import_zod14.z.object({ version: import_zod14.z.literal(1), runs: import_zod14.z.array(runSummarySchema) });
function summarize(record3) {
  return {
    runId: record3.runId,
    universalIdentifier: record3.universalIdentifier,
    functionName: record3.functionName,
    origin: record3.origin,
    startedAt: record3.startedAt,
    status: record3.result ? record3.result.status : "RUNNING",
    duration: record3.result?.duration ?? null,
    ...record3.debug ? { debug: true } : {}
  };
}
var RunHistoryStore = class {
  constructor(directory) {
    this.directory = directory;
  }
  directory;
  summaries = null;
  /** Writes of the index, one after the other. */
  indexWrites = Promise.resolve();
  load() {
    this.summaries ??= this.readIndex();
    return this.summaries;
  }
  async readIndex() {
    try {
      const parsed = indexSchema.safeParse(JSON.parse(await (0, import_promises25.readFile)((0, import_node_path39.join)(this.directory, INDEX_FILE), "utf8")));
      if (parsed.success) return parsed.data.runs;
    } catch {
    }
    const summaries = await this.rebuildIndex();
    this.writeIndex(summaries);
    return summaries;
  }
  async rebuildIndex() {
    const summaries = [];
    let names = [];
    try {
      names = (await (0, import_promises25.readdir)(this.directory)).filter((name) => name.endsWith(".json") && name !== INDEX_FILE);
    } catch {
      names = [];
    }
    for (const name of names) {
      const path = (0, import_node_path39.join)(this.directory, name);
      const size = await (0, import_promises25.stat)(path).then((info) => info.size, () => 0);
      if (size > MAX_RECORD_FILE_BYTES) {
        await (0, import_promises25.rm)(path, { force: true });
        continue;
      }
      const record3 = await this.readRecord(path);
      if (record3) summaries.push(summarize(record3));
    }
    return summaries.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  }
  writeIndex(summaries) {
    const write = this.indexWrites.then(() => writeJsonFile((0, import_node_path39.join)(this.directory, INDEX_FILE), { version: 1, runs: summaries }));
    this.indexWrites = write.catch(() => void 0);
    return write;
  }
  async readRecord(path) {
    try {
      const parsed = runRecordSchema.safeParse(JSON.parse(await (0, import_promises25.readFile)(path, "utf8")));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
  fileName(runId) {
    const name = runId.replace(/[^\w-]/g, "_");
    return (0, import_node_path39.join)(this.directory, `${name === "index" ? "_index" : name}.json`);
  }
  async save(record3) {
    const capped = record3.result && record3.result.logs.length > MAX_LOG_CHARS ? { ...record3, result: { ...record3.result, logs: `${record3.result.logs.slice(0, MAX_LOG_CHARS)}
[twenty-studio] history keeps the first ${MAX_LOG_CHARS} characters of the logs]
` } } : record3;
    await writeJsonFile(this.fileName(record3.runId), capped);
    const summaries = await this.load();
    const index = summaries.findIndex((summary) => summary.runId === record3.runId);
    if (index >= 0) summaries.splice(index, 1);
    summaries.unshift(summarize(capped));
    const removed = summaries.splice(MAX_RUNS);
    await this.writeIndex([...summaries]);
    for (const old of removed) await (0, import_promises25.rm)(this.fileName(old.runId), { force: true });
  }
  async list(filter = {}) {
    return (await this.load()).filter((summary) => (!filter.universalIdentifier || summary.universalIdentifier === filter.universalIdentifier) && (!filter.status || summary.status === filter.status));
  }
  get(runId) {
    return this.readRecord(this.fileName(runId));
  }
};

// src-main/core/runs/twenty-remotes.ts
var import_promises26 = require("node:fs/promises");
async function readTwentyRemotes(configPath = twentyConfigPath()) {
  let raw;
  try {
    raw = JSON.parse(await (0, import_promises26.readFile)(configPath, "utf8"));
  } catch {
    return [];
  }
  const entries = { ...raw.profiles ?? {}, ...raw.remotes ?? {} };
  if (!raw.remotes && !raw.profiles && typeof raw.apiUrl === "string") entries.local = raw;
  return Object.entries(entries).map(([name, remote]) => {
    const text = (key) => typeof remote[key] === "string" && remote[key] !== "" ? remote[key] : null;
    return {
      name: name === "default" ? "local" : name,
      apiUrl: text("apiUrl") ?? "http://localhost:2020",
      token: text("apiKey") ?? text("twentyCLIAccessToken") ?? text("accessToken")
    };
  });
}

// src-main/core/runs/run-service.ts
var lastPayloadsSchema = import_zod15.z.object({ payloads: import_zod15.z.record(import_zod15.z.string(), import_zod15.z.unknown()) });
var API_KEY_MASK = "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022";
var RunService = class {
  constructor(options) {
    this.options = options;
    this.bundler = new FunctionBundler({ appDir: options.appDir, cacheDir: functionBuildCacheDir(options.userDataDir, options.appDir), sourcePaths: [] });
    this.runner = this.createRunner(runSettingsSchema.parse({}));
    void this.settings().then((settings) => {
      if (JSON.stringify(settings) !== JSON.stringify(runSettingsSchema.parse({}))) {
        const previous = this.runner;
        this.runner = this.createRunner(settings);
        void previous.dispose();
        if (this.debugWarm) void this.runner.warmInspected();
      }
    });
    this.offline = new OfflineApiServer((call) => {
      options.console.push({ source: call.runId ?? "studio", label: "offline API", level: "SYSTEM", text: `${call.method} ${call.path} -> 503: no Twenty server configured (Offline target)
` });
    });
    this.history = new RunHistoryStore((0, import_node_path40.join)(options.appDataDir, "runs"));
    this.variables = new AppVariablesStore(options.appDataDir);
  }
  options;
  bundler;
  runner;
  offline;
  history;
  variables;
  live = /* @__PURE__ */ new Map();
  liveRecords = /* @__PURE__ */ new Map();
  model = null;
  building = Promise.resolve();
  buildProblems = [];
  /** The editor's unsaved buffers (relative path -> text): runs build from them over the disk. */
  buffers = /* @__PURE__ */ new Map();
  /** The function files the bundler was last set up with (null before the first model). */
  builtFileSet = null;
  /** A debug-ready child is kept (warmDebug), also by a runner that replaces this one. */
  debugWarm = false;
  /** Problems of the last function build (the Problems panel shows them with the model's). */
  get problems() {
    return this.buildProblems;
  }
  /**
   * Takes a new model. The bundles are rebuilt here only when the set of function files changed;
   * edits to existing files are rebuilt by `sourcesChanged`, which runs alongside config evaluation.
   */
  updateModel(model) {
    this.model = model;
    const files = model.entities.filter((entity) => entity.section === "logicFunctions").map((entity) => entity.file).sort();
    const key = files.join("\n");
    if (key === this.builtFileSet) return this.building.then(() => void 0);
    this.builtFileSet = key;
    return this.rebuild(() => this.bundler.setSourcePaths(files));
  }
  /** Source files changed on disk: rebuild now, without waiting for the new model. */
  sourcesChanged() {
    if (this.builtFileSet === null) return Promise.resolve();
    return this.rebuild(() => this.bundler.build());
  }
  rebuild(run2) {
    const build3 = this.building.then(async () => {
      const outcome = await run2();
      this.buildProblems = outcome.problems;
      this.options.emit("build.state", {
        ok: outcome.ok,
        durationMs: Math.round(outcome.durationMs),
        problems: outcome.problems,
        staleFiles: outcome.bundles.filter((bundle) => bundle.stale).map((bundle) => bundle.sourcePath)
      });
    });
    this.building = build3.catch(() => void 0);
    return build3;
  }
  /** The editor's unsaved buffers, replacing the last set (an empty set: everything is saved). */
  setBuffers(buffers) {
    this.buffers = new Map(Object.entries(buffers).map(([path, text]) => [path.replace(/\\/g, "/").replace(/^\.\//, ""), text]).filter(([path]) => !path.startsWith("/") && !path.split("/").includes("..")));
  }
  /**
   * The bundle a run of `file` uses: the disk build, or, when an unsaved buffer is among the files the
   * function is made of (its inputs, the file itself), a build of the buffers over the disk.
   */
  async bundleForRun(file) {
    const bundle = this.bundler.getBundle(file);
    const inputs = new Set((this.bundler.inputsOf(file) ?? []).concat((0, import_node_path40.resolve)(this.options.appDir, file)));
    const involved = [...this.buffers.keys()].filter((path) => inputs.has((0, import_node_path40.resolve)(this.options.appDir, path)));
    if (involved.length > 0 || this.buffers.size > 0 && !bundle?.bundlePath) {
      const overlay = new Map([...this.buffers].map(([path, text]) => [(0, import_node_path40.resolve)(this.options.appDir, path), text]));
      const built = await this.bundler.buildFromBuffers(file, overlay);
      if (!built.ok) {
        const where = built.problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.message}`).join("; ");
        throw new StudioError("BUFFER_BUILD_FAILED", `${file} does not build from the unsaved editor buffers: ${where}. Fix or save them, or choose "save first" in the run settings.`);
      }
      const used = involved.length > 0 ? involved : [...this.buffers.keys()];
      return {
        bundlePath: built.bundlePath,
        stale: false,
        content: { source: "buffer", bundleHash: built.hash, buffers: used.sort().map((path) => ({ path, version: (0, import_node_crypto8.createHash)("sha1").update(this.buffers.get(path)).digest("hex") })) }
      };
    }
    if (!bundle?.bundlePath) {
      const where = this.buildProblems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.message}`).join("; ");
      throw new StudioError("BUNDLE_MISSING", `${file} has not been built yet${where ? `: ${where}` : ""}.`);
    }
    return { bundlePath: bundle.bundlePath, stale: bundle.stale, content: { source: "disk", bundleHash: this.bundler.hashOf(file), buffers: [] } };
  }
  /** Whether the current model has this logic function. */
  hasFunction(universalIdentifier) {
    return (this.model?.entities ?? []).some((entity) => entity.section === "logicFunctions" && entity.universalIdentifier === universalIdentifier && entity.config);
  }
  findFunction(universalIdentifier) {
    const functions = (this.model?.entities ?? []).filter((entity2) => entity2.section === "logicFunctions");
    const entity = functions.find((candidate) => candidate.universalIdentifier === universalIdentifier);
    if (!entity?.config) {
      const available = functions.map((candidate) => `${String(candidate.config?.name ?? candidate.file)} (${candidate.universalIdentifier})`).join(", ");
      throw new StudioError("UNKNOWN_FUNCTION", `No logic function with universalIdentifier ${universalIdentifier}. Available: ${available || "none"}.`);
    }
    return entity;
  }
  get lastPayloadsPath() {
    return (0, import_node_path40.join)(this.options.appDataDir, "last-payloads.json");
  }
  /** The payload the Run button uses: the last one used for this function, else a sample for its trigger. */
  async payloadFor(universalIdentifier) {
    const entity = this.findFunction(universalIdentifier);
    const { payloads } = await readJsonFile(this.lastPayloadsPath, lastPayloadsSchema, { payloads: {} });
    if (Object.prototype.hasOwnProperty.call(payloads, universalIdentifier)) return { payload: payloads[universalIdentifier], source: "last" };
    const manifestEntry = this.model?.manifest.logicFunctions.find((fn) => fn.universalIdentifier === universalIdentifier) ?? {};
    return { payload: samplePayload(entity.defineFunction, { ...entity.config, ...manifestEntry }, this.model?.version ?? null), source: "sample" };
  }
  async rememberPayload(universalIdentifier, payload) {
    const stored = await readJsonFile(this.lastPayloadsPath, lastPayloadsSchema, { payloads: {} });
    stored.payloads[universalIdentifier] = payload;
    await writeJsonFile(this.lastPayloadsPath, stored);
  }
  get targetPath() {
    return (0, import_node_path40.join)(this.options.appDataDir, "target.json");
  }
  targetOverride = null;
  async target() {
    if (this.targetOverride) return this.targetOverride;
    return readJsonFile(this.targetPath, apiTargetSchema, { kind: "local" });
  }
  /** A target for this process only (the CLI's --target), never saved. */
  overrideTarget(target) {
    this.targetOverride = target;
  }
  /** The target as the window may see it: an API key is never sent back, only masked. */
  async maskedTarget() {
    const target = await this.target();
    return target.kind === "remote" && target.apiKey ? { ...target, apiKey: API_KEY_MASK } : target;
  }
  /** Saves the target; the mask sent back unchanged keeps the stored key. */
  async setTarget(target) {
    if (target.kind === "remote" && target.apiKey === API_KEY_MASK) {
      const current = await this.target();
      target = { ...target, apiKey: current.kind === "remote" ? current.apiKey : void 0 };
    }
    await writeJsonFile(this.targetPath, target, { secret: true });
  }
  get settingsPath() {
    return (0, import_node_path40.join)(this.options.appDataDir, "run-settings.json");
  }
  async settings() {
    return readJsonFile(this.settingsPath, runSettingsSchema, runSettingsSchema.parse({}));
  }
  /** New limits or another Node binary take effect for the next run: the pre-spawned processes are replaced. */
  async setSettings(settings) {
    if (settings.nodePath && !/^v\d+\./.test(probeNodeVersion(resolveNodeBinary(settings.nodePath)))) {
      throw new StudioError("INVALID_NODE_PATH", `${settings.nodePath} is not a Node binary that runs (\`${settings.nodePath} --version\` gave no version).`);
    }
    await writeJsonFile(this.settingsPath, settings);
    const previous = this.runner;
    this.runner = this.createRunner(settings);
    void previous.dispose();
    if (this.debugWarm) void this.runner.warmInspected();
    return settings;
  }
  createRunner(settings) {
    return new FunctionRunner({
      prespawn: this.options.prespawn ?? 1,
      nodePath: settings.nodePath,
      memoryLimitMb: settings.memoryLimitMb,
      outputLimitBytes: settings.outputLimitMb * 1024 * 1024,
      resultLimitBytes: settings.resultLimitMb !== void 0 ? settings.resultLimitMb * 1024 * 1024 : void 0,
      maxConcurrent: settings.maxConcurrentRuns,
      confineFileSystem: settings.confineFileSystem,
      bundleDir: this.bundler.cacheDir,
      onIdleInspector: (url) => this.options.debugger?.idleInspector?.(url)
    });
  }
  /**
   * Keeps a debug-ready child (inspector on, attached while idle) for the next debug run: the
   * debugger asks for it once the app has breakpoints or a run was debugged.
   */
  warmDebug() {
    if (this.options.prespawn === 0) return;
    this.debugWarm = true;
    void this.runner.warmInspected();
  }
  async remotes() {
    return (await readTwentyRemotes(this.options.twentyConfigPath)).map(({ name, apiUrl, token }) => ({ name, apiUrl, hasCredentials: token !== null }));
  }
  /** URL and credential of a Remote target: a named remote of ~/.twenty/config.json, or a URL and key. */
  async resolveRemote(target) {
    const remote = target.remoteName ? (await readTwentyRemotes(this.options.twentyConfigPath)).find((candidate) => candidate.name === target.remoteName) : void 0;
    return { apiUrl: (remote?.apiUrl ?? target.url).replace(/\/$/, ""), token: target.apiKey ?? remote?.token ?? "" };
  }
  /** The chosen remote's URL and credential; the Offline target has none. */
  async remoteCredentials() {
    const target = await this.target();
    if (target.kind !== "remote") throw new StudioError("NO_REMOTE_TARGET", "This app runs against the Offline target: choose a Remote (a server from ~/.twenty/config.json or a URL and API key) first.");
    const credentials = await this.resolveRemote(target);
    if (!credentials.token) throw new StudioError("NO_CREDENTIALS", `No API key for ${credentials.apiUrl}: enter one in the run settings or run "twenty remote:add".`);
    return credentials;
  }
  /** What a run gets for TWENTY_API_URL and friends under the chosen target (also used for install hooks). */
  async environmentFor(runId) {
    const target = await this.target();
    const applicationId = String(this.model?.manifest.application?.universalIdentifier ?? "");
    const variables = await this.variables.runtimeValues(this.model?.manifest.application ?? null);
    const { apiUrl, token } = await this.endpointFor(target, runId);
    return { apiUrl, appAccessToken: token, applicationAccessToken: token, apiKey: token, functionsUrl: `${apiUrl}/s`, applicationId, ...variables };
  }
  /** TWENTY_API_URL and the token of a run under a target; per-run tokens attribute each call to its run. */
  async endpointFor(target, runId) {
    if (target.kind === "remote") return this.resolveRemote(target);
    if (target.kind === "local" && this.options.localWorkspace) {
      try {
        return await this.options.localWorkspace.credentialsFor(runId);
      } catch (error) {
        this.options.console.push({ source: runId, label: "workspace", level: "ERROR", text: `The Local workspace is not available (${error.message}); this run calls the offline endpoint instead.
` });
      }
    }
    return { apiUrl: await this.offline.start(), token: `offline-${runId}` };
  }
  /** Starts a run; its output streams to the console and `run.finished` carries the result. */
  async start(given) {
    await this.building;
    const entity = this.findFunction(given.universalIdentifier);
    const request = !given.debug && given.origin === "databaseEvent" && given.triggeredBy && this.options.debugger?.debugTriggered?.(given.universalIdentifier) ? { ...given, debug: true } : given;
    const bundle = await this.bundleForRun(entity.file);
    const payload = request.payload !== void 0 ? request.payload : (await this.payloadFor(request.universalIdentifier)).payload;
    await this.rememberPayload(request.universalIdentifier, payload);
    const functionName = String(entity.config?.name ?? entity.file);
    const runId = `${(/* @__PURE__ */ new Date()).toISOString().replace(/[:.]/g, "-")}-${Math.random().toString(36).slice(2, 8)}`;
    const environment = await this.environmentFor(runId);
    const startedAt = (/* @__PURE__ */ new Date()).toISOString();
    const origin = request.origin ?? "manual";
    const debugged = Boolean(request.debug && this.options.debugger) || request.inspect !== void 0;
    const record3 = {
      runId,
      universalIdentifier: request.universalIdentifier,
      functionName,
      origin,
      payload,
      startedAt,
      result: null,
      ...request.triggeredBy ? { triggeredBy: request.triggeredBy } : {},
      ...request.dispatchedBy ? { dispatchedBy: request.dispatchedBy } : {},
      ...debugged ? { debug: true } : {},
      content: bundle.content
    };
    const external = request.inspect;
    const inspect = request.debug && this.options.debugger ? this.options.debugger.begin({ runId, universalIdentifier: request.universalIdentifier, functionName, file: entity.file, bundlePath: bundle.bundlePath, request }) : external ? { port: external.port, breakBeforeHandler: external.breakBeforeHandler, noTimeout: true, onInspector: (url) => external.onInspector(url) } : void 0;
    const handle = this.runner.run({
      runId,
      bundlePath: bundle.bundlePath,
      payload,
      stale: bundle.stale,
      context: { retryCount: 0, maxRetries: 0, workspaceId: LOCAL_WORKSPACE_ID, userWorkspaceId: null, workspaceMemberId: null, ...request.context },
      environment,
      timeoutSeconds: typeof entity.config?.timeoutSeconds === "number" ? entity.config.timeoutSeconds : void 0,
      onOutput: (chunk) => this.options.console.push({ source: runId, label: functionName, level: chunk.stream === "stdout" ? "INFO" : "ERROR", text: chunk.text }),
      // A run that waited in the queue says when it starts.
      onStart: () => {
        if (this.live.has(runId)) this.options.console.push({ source: runId, label: functionName, level: "SYSTEM", text: `\u25B6 ${functionName} started (run ${runId}) after waiting in the queue
` });
      },
      ...inspect ? { inspect } : {}
    });
    this.live.set(runId, handle);
    this.liveRecords.set(runId, record3);
    const position = handle.queuePosition;
    this.options.console.push({
      source: runId,
      label: functionName,
      level: "SYSTEM",
      text: `${position === null ? "\u25B6" : "\u23F3"} ${functionName} (run ${runId})${debugged ? " under the debugger" : ""}${bundle.content.source === "buffer" ? ` \u2014 unsaved edits of ${bundle.content.buffers.map((buffer) => buffer.path).join(", ")}` : ""}${bundle.stale ? " \u2014 stale bundle: the last build failed" : ""}${position === null ? "" : ` \u2014 queued (position ${position}): ${this.runner.maxConcurrent} runs are executing`}
`
    });
    this.options.emit("run.started", { runId, universalIdentifier: request.universalIdentifier, functionName, origin, payload, startedAt, content: bundle.content, ...debugged ? { debug: true } : {} });
    await this.history.save(record3);
    const done = handle.result.then(async (result) => {
      if (inspect && request.debug) this.options.debugger?.finished(runId);
      this.live.delete(runId);
      this.liveRecords.delete(runId);
      const finished = { ...record3, result };
      const engines = this.model?.engines.node;
      const nodeWarning = engines && import_semver3.default.validRange(engines) && import_semver3.default.valid(import_semver3.default.coerce(result.nodeVersion)) && !import_semver3.default.satisfies(import_semver3.default.coerce(result.nodeVersion), engines) ? ` \u2014 warning: Node ${result.nodeVersion} does not satisfy the app's engines.node "${engines}"` : "";
      const confinementNote = result.fileSystem === "unavailable" ? ` \u2014 file access not confined: ${result.fileSystemNote}` : "";
      this.options.console.push({
        source: runId,
        label: functionName,
        level: "SYSTEM",
        text: `${result.status === "SUCCESS" ? "\u2714" : "\u2716"} ${functionName} ${result.status} in ${result.duration} ms on Node ${result.nodeVersion}${result.error ? `: ${result.error.errorType}: ${result.error.errorMessage}` : ""}${nodeWarning}${confinementNote}
`
      });
      this.options.console.flush();
      await this.history.save(finished);
      this.options.emit("run.finished", finished);
      return finished;
    });
    return { runId, done };
  }
  /** Runs and waits for the result (the CLI, tests and composers that show results side by side). */
  async execute(request) {
    return (await this.start(request)).done;
  }
  /** Runs still going, queued ones with their place: a window that reconnects (or reloads) resynchronises its spinners from this. */
  liveRuns() {
    return [...this.liveRecords.values()].map((record3) => {
      const position = this.live.get(record3.runId)?.queuePosition ?? null;
      return position === null ? record3 : { ...record3, queuePosition: position };
    });
  }
  cancel(runId) {
    const handle = this.live.get(runId);
    handle?.cancel();
    return handle !== void 0;
  }
  listRuns(filter) {
    return this.history.list(filter);
  }
  async getRun(runId) {
    const record3 = await this.history.get(runId);
    if (!record3) throw new StudioError("RUN_NOT_FOUND", `No run ${runId} in this app's history.`);
    return record3;
  }
  describeVariables() {
    return this.variables.describe(this.model?.manifest.application ?? null);
  }
  async setVariables(values) {
    const declared = new Set((await this.describeVariables()).map((variable) => variable.name));
    const unknown = Object.keys(values).filter((name) => !declared.has(name));
    if (unknown.length > 0) throw new StudioError("UNKNOWN_VARIABLE", `Not declared by the app: ${unknown.join(", ")}.`);
    await this.variables.update(values);
    return this.describeVariables();
  }
  async dispose() {
    for (const handle of this.live.values()) handle.cancel();
    await this.runner.dispose();
    await this.bundler.dispose();
    await this.offline.stop();
  }
};

// src-main/core/host/reveal-in-folder.ts
var import_node_child_process9 = require("node:child_process");
var import_node_fs21 = require("node:fs");
var import_node_path41 = require("node:path");
function openerFor(path) {
  if (process.platform === "darwin") return ["open", ["-R", path]];
  if (process.platform === "win32") return ["explorer.exe", [`/select,${path}`]];
  return ["xdg-open", [(0, import_node_path41.dirname)(path)]];
}
function revealInFolder(path, viaHost) {
  if (!(0, import_node_fs21.existsSync)(path)) return Promise.reject(new StudioError("FILE_NOT_FOUND", `${path} does not exist.`));
  if (viaHost) {
    viaHost(path);
    return Promise.resolve();
  }
  const [command, args] = openerFor(path);
  return new Promise((resolve13, reject) => {
    const child = (0, import_node_child_process9.spawn)(command, args, { detached: true, stdio: "ignore" });
    child.once("error", () => reject(new StudioError("REVEAL_UNAVAILABLE", `No file manager could be started here (${command}): the file is at ${path}`)));
    child.once("spawn", () => {
      child.unref();
      resolve13();
    });
  });
}

// src-main/core/user-data/user-data-store.ts
var import_node_crypto9 = require("node:crypto");
var import_node_path42 = require("node:path");
var import_zod16 = require("zod");
var MAX_RECENT_APPS = 15;
var recentFileSchema = import_zod16.z.object({ apps: import_zod16.z.array(recentAppSchema) });
function appKey(appDir) {
  return `${(0, import_node_path42.basename)(appDir).replace(/[^\w.-]/g, "_")}-${(0, import_node_crypto9.createHash)("sha1").update(appDir).digest("hex").slice(0, 10)}`;
}
var UserDataStore = class {
  constructor(directory) {
    this.directory = directory;
  }
  directory;
  get recentPath() {
    return (0, import_node_path42.join)(this.directory, "recent-apps.json");
  }
  sessionPath(appDir) {
    return (0, import_node_path42.join)(this.directory, "sessions", `${appKey(appDir)}.json`);
  }
  appDataDir(appDir) {
    return (0, import_node_path42.join)(this.directory, "apps", appKey(appDir));
  }
  async recentApps() {
    return (await readJsonFile(this.recentPath, recentFileSchema, { apps: [] })).apps;
  }
  async addRecentApp(appDir, name) {
    const apps = (await this.recentApps()).filter((app) => app.appDir !== appDir);
    apps.unshift({ appDir, name, openedAt: (/* @__PURE__ */ new Date()).toISOString() });
    await writeJsonFile(this.recentPath, { apps: apps.slice(0, MAX_RECENT_APPS) });
  }
  async session(appDir) {
    return readJsonFile(this.sessionPath(appDir), sessionStateSchema, defaultSessionState);
  }
  async saveSession(appDir, state) {
    await writeJsonFile(this.sessionPath(appDir), state);
  }
};

// src-main/core/workspace/workspace-service.ts
var import_promises30 = require("node:fs/promises");
var import_node_path48 = require("node:path");

// src-shared/twenty/workspace-model/composite-types.ts
var COMPOSITE_TYPES = {
  FULL_NAME: { graphqlName: "FullName", subfields: [{ name: "firstName", kind: "TEXT" }, { name: "lastName", kind: "TEXT" }] },
  LINKS: {
    graphqlName: "Links",
    subfields: [{ name: "primaryLinkLabel", kind: "TEXT" }, { name: "primaryLinkUrl", kind: "TEXT" }, { name: "secondaryLinks", kind: "RAW_JSON" }]
  },
  EMAILS: { graphqlName: "Emails", subfields: [{ name: "primaryEmail", kind: "TEXT" }, { name: "additionalEmails", kind: "RAW_JSON" }] },
  PHONES: {
    graphqlName: "Phones",
    subfields: [
      { name: "primaryPhoneNumber", kind: "TEXT" },
      { name: "primaryPhoneCountryCode", kind: "TEXT" },
      { name: "primaryPhoneCallingCode", kind: "TEXT" },
      { name: "additionalPhones", kind: "RAW_JSON" }
    ]
  },
  ADDRESS: {
    graphqlName: "Address",
    subfields: [
      { name: "addressStreet1", kind: "TEXT" },
      { name: "addressStreet2", kind: "TEXT" },
      { name: "addressCity", kind: "TEXT" },
      { name: "addressPostcode", kind: "TEXT" },
      { name: "addressState", kind: "TEXT" },
      { name: "addressCountry", kind: "TEXT" },
      { name: "addressLat", kind: "NUMERIC" },
      { name: "addressLng", kind: "NUMERIC" }
    ]
  },
  CURRENCY: { graphqlName: "Currency", subfields: [{ name: "amountMicros", kind: "NUMERIC" }, { name: "currencyCode", kind: "TEXT" }] },
  ACTOR: {
    graphqlName: "Actor",
    subfields: [
      { name: "source", kind: "ACTOR_SOURCE" },
      { name: "workspaceMemberId", kind: "UUID", readOnly: true },
      { name: "name", kind: "TEXT", readOnly: true },
      { name: "context", kind: "RAW_JSON" }
    ]
  },
  RICH_TEXT: { graphqlName: "RichText", subfields: [{ name: "blocknote", kind: "TEXT" }, { name: "markdown", kind: "TEXT" }] }
};
var ACTOR_SOURCES = ["EMAIL", "CALENDAR", "WORKFLOW", "AGENT", "API", "IMPORT", "MANUAL", "SYSTEM", "WEBHOOK", "APPLICATION"];
var subfieldColumn = (field, subfield) => `${field}${subfield[0].toUpperCase()}${subfield.slice(1)}`;
var isStoredField = (field) => !((field.type === "RELATION" || field.type === "MORPH_RELATION") && field.relation?.type === "ONE_TO_MANY");
var isRelationField = (field) => field.type === "RELATION" || field.type === "MORPH_RELATION";

// src-main/core/workspace/api/metadata-api.ts
var import_graphql2 = require("graphql");

// src-main/core/workspace/workspace-error.ts
var STATUS = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  INTERNAL_SERVER_ERROR: 500,
  METHOD_NOT_ALLOWED: 405
};
var WorkspaceApiError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "WorkspaceApiError";
    this.status = STATUS[code];
  }
  code;
  status;
};
var badInput = (message) => new WorkspaceApiError("BAD_USER_INPUT", message);

// src-main/core/workspace/api/graphql-errors.ts
var import_graphql = require("graphql");
var DEFAULT_USER_FRIENDLY_MESSAGE = "An error occurred.";
function formatGraphqlError(error) {
  const original = error.originalError;
  const path = error.path ? { path: error.path } : {};
  if (original instanceof WorkspaceApiError) {
    const extra = original.extensions ?? {};
    return { message: original.message, extensions: { code: original.code, userFriendlyMessage: DEFAULT_USER_FRIENDLY_MESSAGE, ...extra }, ...path };
  }
  if (original && !(original instanceof import_graphql.GraphQLError) && error.path) {
    return { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR", userFriendlyMessage: DEFAULT_USER_FRIENDLY_MESSAGE, detail: original.message }, ...path };
  }
  return { message: error.message, extensions: { code: "BAD_USER_INPUT", userFriendlyMessage: DEFAULT_USER_FRIENDLY_MESSAGE }, ...path };
}

// src-main/core/workspace/api/metadata-api.ts
var METADATA_SDL = (
  /* GraphQL */
  `
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
`
);
var metadataSchema = null;
var documents = /* @__PURE__ */ new Map();
var FALLBACK_ACTOR = { source: "APPLICATION", name: "Twenty app", workspaceMemberId: null };
function service(value, name) {
  if (!value) throw new WorkspaceApiError("INTERNAL_SERVER_ERROR", `The local workspace does not serve ${name} here`);
  return value;
}
var idOf = (universalIdentifier, name) => universalIdentifier ?? `00000000-0000-4000-8000-${Buffer.from(name).toString("hex").padEnd(12, "0").slice(0, 12)}`;
function rootValue(context2) {
  return {
    applicationCoreGraphqlSchema: ({ applicationUniversalIdentifier }) => {
      if (context2.applicationId && applicationUniversalIdentifier !== context2.applicationId) {
        throw badInput(`Application ${applicationUniversalIdentifier} is not installed in this workspace (the local workspace serves ${context2.applicationId}).`);
      }
      return context2.sdl();
    },
    objects: ({ filter }) => {
      const matches = (value, comparison) => !comparison || (comparison.eq !== void 0 ? value === comparison.eq : true) && (comparison.in ? comparison.in.includes(value ?? "") : true);
      const objects = context2.model.objects.filter((object) => matches(object.universalIdentifier, filter?.universalIdentifier) && matches(object.nameSingular, filter?.nameSingular) && (filter?.isCustom === void 0 || filter.isCustom === (object.source === "app")));
      return {
        totalCount: objects.length,
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
        edges: objects.map((object) => ({
          cursor: object.nameSingular,
          node: {
            id: idOf(object.universalIdentifier, object.nameSingular),
            universalIdentifier: object.universalIdentifier ?? null,
            nameSingular: object.nameSingular,
            namePlural: object.namePlural,
            labelSingular: object.labelSingular,
            labelPlural: object.labelPlural,
            isCustom: object.source === "app",
            isSystem: object.isSystem === true,
            labelIdentifierFieldMetadataName: object.labelIdentifierField ?? null,
            fields: {
              edges: object.fields.map((field) => ({
                node: {
                  id: idOf(field.universalIdentifier, `${object.nameSingular}.${field.name}`),
                  universalIdentifier: field.universalIdentifier ?? null,
                  name: field.name,
                  label: field.label ?? field.name,
                  type: field.type,
                  isNullable: field.isNullable !== false,
                  isSystem: field.isSystem === true,
                  isUnique: field.isUnique === true,
                  defaultValue: field.defaultValue ?? null,
                  options: field.options ?? null,
                  relation: field.relation ?? null
                }
              }))
            }
          }
        }))
      };
    },
    appKeyValue: async ({ key, scope }) => context2.keyValues.get(key, scope ?? "WORKSPACE"),
    setAppKeyValue: async ({ input }) => context2.keyValues.set(input.key, input.value ?? null, input.scope ?? "WORKSPACE"),
    deleteAppKeyValue: async ({ key, scope }) => context2.keyValues.delete(key, scope ?? "WORKSPACE"),
    enqueueJob: async ({ input }) => {
      const [jobId] = await service(context2.jobs, "jobs").enqueue({
        logicFunctionUniversalIdentifier: input.logicFunctionUniversalIdentifier,
        jobs: [{ payload: input.payload ?? {}, jobId: input.jobId }],
        retryLimit: input.retryLimit,
        delayMs: input.delayMs
      }, context2.runId ?? null);
      return { enqueued: true, logicFunctionUniversalIdentifier: input.logicFunctionUniversalIdentifier, jobId };
    },
    enqueueJobs: async ({ input }) => {
      const jobIds = await service(context2.jobs, "jobs").enqueue(input, context2.runId ?? null);
      return { enqueued: true, logicFunctionUniversalIdentifier: input.logicFunctionUniversalIdentifier, enqueuedJobsCount: jobIds.length, jobIds };
    },
    getJobs: async ({ jobIds }) => service(context2.jobs, "jobs").getJobs(jobIds),
    timelineActivityTypes: () => service(context2.timelineActivityTypes, "timeline activity types")(),
    appConnection: ({ id }) => service(context2.connections, "connections").get(id, context2.runId ?? null),
    appConnections: ({ filter }) => service(context2.connections, "connections").find(filter, context2.runId ?? null),
    reportAppConnectionAuthFailure: ({ input }) => service(context2.connections, "connections").reportAuthFailure(input.id, input.reason, context2.runId ?? null),
    createAppMessageChannel: ({ input }) => service(context2.messageChannels, "message channels").create(input, context2.runId ?? null),
    appMessageChannels: ({ filter }) => service(context2.messageChannels, "message channels").list(filter),
    updateAppMessageChannel: ({ input }) => service(context2.messageChannels, "message channels").update(input, context2.runId ?? null),
    deleteAppMessageChannel: ({ id }) => service(context2.messageChannels, "message channels").delete(id, context2.runId ?? null),
    ingestAppMessages: ({ input }) => service(context2.messageChannels, "message channels").ingest(input, context2.actor ?? FALLBACK_ACTOR, context2.runId ?? null),
    runAgent: ({ input }) => service(context2.agents, "agents").run(input, context2.runId ?? null)
  };
}
async function executeMetadata(request, context2) {
  metadataSchema ??= (0, import_graphql2.buildSchema)(METADATA_SDL);
  let document = documents.get(request.query);
  if (!document) {
    try {
      document = (0, import_graphql2.parse)(request.query);
    } catch (error) {
      return { errors: [{ message: error.message, extensions: { code: "GRAPHQL_PARSE_FAILED" } }] };
    }
    const problems = (0, import_graphql2.validate)(metadataSchema, document);
    if (problems.length > 0) return { errors: problems.map((problem) => ({ message: problem.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } })) };
    if (documents.size > 200) documents.clear();
    documents.set(request.query, document);
  }
  const result = await (0, import_graphql2.execute)({ schema: metadataSchema, document, rootValue: rootValue(context2), variableValues: request.variables ?? void 0, operationName: request.operationName ?? void 0 });
  const response = { data: result.data ?? null };
  if (result.errors?.length) response.errors = result.errors.map(formatGraphqlError);
  return response;
}

// src-main/core/workspace/events/database-events.ts
function deliveriesFor(model, functions, changes, workspaceId) {
  const deliveries = [];
  const groups = /* @__PURE__ */ new Map();
  for (const change of changes) {
    const name = `${change.objectName}.${change.operation}`;
    if (!groups.has(name)) groups.set(name, []);
    groups.get(name).push(change);
  }
  for (const [eventName, group] of groups) {
    const object = model.objects.find((candidate) => candidate.nameSingular === group[0].objectName);
    const objectMetadata = {
      nameSingular: group[0].objectName,
      ...object ? { namePlural: object.namePlural, labelSingular: object.labelSingular, isCustom: object.source === "app" } : {},
      ...object?.universalIdentifier ? { universalIdentifier: object.universalIdentifier, id: object.universalIdentifier } : {}
    };
    const common = { objectMetadata, operation: group[0].operation, workspaceId, relationFieldNames: [] };
    const events2 = group.map((change) => ({ recordId: change.recordId, before: change.before, after: change.after }));
    const built = events2.map((event) => buildDatabaseEventPayload({ ...common, ...event }).payload);
    for (const fn of functions) {
      const trigger = fn.databaseEventTriggerSettings;
      if (!trigger?.eventName) continue;
      if (trigger.batchMode) {
        const { payloads } = buildDatabaseEventBatchPayloads({ ...common, events: events2, trigger });
        for (const payload of payloads) {
          deliveries.push({ universalIdentifier: fn.universalIdentifier, functionName: fn.name, eventName, recordIds: payload.events.map((event) => event.recordId), payload });
        }
        continue;
      }
      built.forEach((payload, index) => {
        const [decision] = whoFires([{ universalIdentifier: fn.universalIdentifier, name: fn.name, databaseEventTriggerSettings: trigger }], {
          name: eventName,
          updatedFields: payload.properties.updatedFields
        });
        if (decision?.fires) deliveries.push({ universalIdentifier: fn.universalIdentifier, functionName: fn.name, eventName, recordIds: [group[index].recordId], payload });
      });
    }
  }
  return deliveries;
}

// src-main/core/workspace/local-workspace.ts
var import_promises29 = require("node:fs/promises");
var import_node_path45 = require("node:path");
var import_graphql4 = require("graphql");

// src-main/core/workspace/api/core-graphql-schema.ts
var import_graphql3 = require("graphql");

// src-main/core/workspace/api/graphql-naming.ts
var pascal = (name) => `${name[0].toUpperCase()}${name.slice(1)}`;
function objectGraphqlNames(object) {
  const type = pascal(object.nameSingular);
  const plural = pascal(object.namePlural);
  return {
    type,
    edge: `${type}Edge`,
    connection: `${type}Connection`,
    filter: `${type}FilterInput`,
    orderBy: `${type}OrderByInput`,
    createInput: `${type}CreateInput`,
    updateInput: `${type}UpdateInput`,
    relationInput: `${type}RelationInput`,
    connectInput: `${type}ConnectInput`,
    whereUniqueInput: `${type}WhereUniqueInput`,
    findMany: object.namePlural,
    findOne: object.nameSingular,
    createOne: `create${type}`,
    createMany: `create${plural}`,
    updateOne: `update${type}`,
    updateMany: `update${plural}`,
    deleteOne: `delete${type}`,
    deleteMany: `delete${plural}`,
    destroyOne: `destroy${type}`,
    destroyMany: `destroy${plural}`,
    restoreOne: `restore${type}`,
    restoreMany: `restore${plural}`
  };
}
var isGraphqlName = (name) => /^[_A-Za-z][_0-9A-Za-z]*$/.test(name);

// src-main/core/workspace/api/core-graphql-schema.ts
var RelationLoader = class {
  constructor(fetch2) {
    this.fetch = fetch2;
  }
  fetch;
  pending = /* @__PURE__ */ new Map();
  scheduled = false;
  load(id) {
    return new Promise((resolve13, reject) => {
      const waiting = this.pending.get(id) ?? [];
      waiting.push(resolve13);
      this.pending.set(id, waiting);
      if (!this.scheduled) {
        this.scheduled = true;
        queueMicrotask(() => {
          const batch = this.pending;
          this.pending = /* @__PURE__ */ new Map();
          this.scheduled = false;
          this.fetch([...batch.keys()]).then((records3) => {
            const byId = new Map(records3.map((record3) => [String(record3.id), record3]));
            for (const [key, resolvers] of batch) for (const done of resolvers) done(byId.get(key) ?? null);
          }, reject);
        });
      }
    });
  }
};
var identity = (value) => value;
var scalar = (name, description) => new import_graphql3.GraphQLScalarType({
  name,
  description,
  serialize: identity,
  parseValue: identity,
  parseLiteral: function parse4(ast) {
    switch (ast.kind) {
      case import_graphql3.Kind.STRING:
      case import_graphql3.Kind.ENUM:
        return ast.value;
      case import_graphql3.Kind.INT:
      case import_graphql3.Kind.FLOAT:
        return Number(ast.value);
      case import_graphql3.Kind.BOOLEAN:
        return ast.value;
      case import_graphql3.Kind.NULL:
        return null;
      case import_graphql3.Kind.LIST:
        return ast.values.map((value) => parse4(value));
      case import_graphql3.Kind.OBJECT:
        return Object.fromEntries(ast.fields.map((field) => [field.name.value, parse4(field.value)]));
      default:
        return void 0;
    }
  }
});
var SchemaBuilder = class {
  constructor(model) {
    this.model = model;
  }
  model;
  UUID = scalar("UUID", "A UUID scalar type");
  DateTime = scalar("DateTime", "A date-time string at UTC, such as 2007-12-03T10:15:30Z");
  Date = scalar("Date", "A date string, such as 2007-12-03");
  JSON = scalar("JSON", "The `JSON` scalar type represents JSON values as specified by ECMA-404");
  BigFloat = scalar("BigFloat", "A string representation of a floating point number");
  Position = scalar("Position", "A custom scalar type for representing record position");
  TSVector = scalar("TSVector", "A full-text search vector");
  Cursor = scalar("Cursor", "A custom scalar that represents a cursor for pagination");
  OrderByDirection = new import_graphql3.GraphQLEnumType({
    name: "OrderByDirection",
    description: "This enum is used to specify the order of results",
    values: { AscNullsFirst: {}, AscNullsLast: {}, DescNullsFirst: {}, DescNullsLast: {} }
  });
  FilterIs = new import_graphql3.GraphQLEnumType({
    name: "FilterIs",
    description: "This enum to filter by nullability",
    values: { NotNull: { value: "NOT_NULL" }, Null: { value: "NULL" }, NOT_NULL: { value: "NOT_NULL" }, NULL: { value: "NULL" } }
  });
  ActorSourceEnum = new import_graphql3.GraphQLEnumType({ name: "ActorSourceEnum", values: Object.fromEntries(ACTOR_SOURCES.map((value) => [value, {}])) });
  PageInfo = new import_graphql3.GraphQLObjectType({
    name: "PageInfo",
    fields: { hasNextPage: { type: import_graphql3.GraphQLBoolean }, hasPreviousPage: { type: import_graphql3.GraphQLBoolean }, startCursor: { type: this.Cursor }, endCursor: { type: this.Cursor } }
  });
  filterCache = /* @__PURE__ */ new Map();
  compositeCache = /* @__PURE__ */ new Map();
  enums = /* @__PURE__ */ new Map();
  objectTypes = /* @__PURE__ */ new Map();
  connectionTypes = /* @__PURE__ */ new Map();
  filterTypes = /* @__PURE__ */ new Map();
  orderByTypes = /* @__PURE__ */ new Map();
  relationInputs = /* @__PURE__ */ new Map();
  operatorFilter(name, type, operators, extra = {}) {
    const cached = this.filterCache.get(name);
    if (cached) return cached;
    const fields = {};
    for (const operator of operators) fields[operator] = { type: operator === "in" ? new import_graphql3.GraphQLList(new import_graphql3.GraphQLNonNull(type)) : type };
    fields.is = { type: this.FilterIs };
    Object.assign(fields, extra);
    const filter = new import_graphql3.GraphQLInputObjectType({ name, fields });
    this.filterCache.set(name, filter);
    return filter;
  }
  stringFilter() {
    return this.operatorFilter("StringFilter", import_graphql3.GraphQLString, ["eq", "gt", "gte", "in", "lt", "lte", "neq", "startsWith", "endsWith", "like", "ilike", "regex", "iregex"]);
  }
  uuidFilter() {
    return this.operatorFilter("UUIDFilter", this.UUID, ["eq", "gt", "gte", "in", "lt", "lte", "neq"]);
  }
  floatFilter() {
    return this.operatorFilter("FloatFilter", import_graphql3.GraphQLFloat, ["eq", "gt", "gte", "in", "lt", "lte", "neq"]);
  }
  bigFloatFilter() {
    return this.operatorFilter("BigFloatFilter", this.BigFloat, ["eq", "gt", "gte", "in", "lt", "lte", "neq"]);
  }
  dateTimeFilter() {
    return this.operatorFilter("DateTimeFilter", this.DateTime, ["eq", "gt", "gte", "in", "lt", "lte", "neq"]);
  }
  dateFilter() {
    return this.operatorFilter("DateFilter", this.Date, ["eq", "gt", "gte", "in", "lt", "lte", "neq"]);
  }
  booleanFilter() {
    return this.operatorFilter("BooleanFilter", import_graphql3.GraphQLBoolean, ["eq"]);
  }
  rawJsonFilter() {
    return this.operatorFilter("RawJsonFilter", this.JSON, ["like"]);
  }
  tsVectorFilter() {
    return this.operatorFilter("TSVectorFilter", import_graphql3.GraphQLString, ["search"]);
  }
  arrayFilter() {
    return this.operatorFilter("ArrayFilter", import_graphql3.GraphQLString, ["containsIlike"], { isEmptyArray: { type: import_graphql3.GraphQLBoolean } });
  }
  /** The GraphQL enum of a SELECT / MULTI_SELECT field (`OpportunityStageEnum`), or null when its values are not GraphQL names. */
  selectEnum(object, field) {
    const name = `${pascal(object.nameSingular)}${pascal(field.name)}Enum`;
    if (this.enums.has(name)) return this.enums.get(name);
    const options = field.options ?? [];
    if (options.length === 0 || !options.every((option) => isGraphqlName(option.value))) return null;
    const type = new import_graphql3.GraphQLEnumType({ name, values: Object.fromEntries(options.map((option) => [option.value, { description: option.label }])) });
    this.enums.set(name, type);
    return type;
  }
  subfieldTypes(kind) {
    switch (kind) {
      case "NUMERIC":
        return { output: this.BigFloat, input: this.BigFloat, filter: this.bigFloatFilter() };
      case "RAW_JSON":
        return { output: this.JSON, input: this.JSON, filter: this.rawJsonFilter() };
      case "UUID":
        return { output: this.UUID, input: this.UUID, filter: this.uuidFilter() };
      case "ACTOR_SOURCE":
        return { output: this.ActorSourceEnum, input: this.ActorSourceEnum, filter: this.operatorFilter("ActorSourceEnumFilter", this.ActorSourceEnum, ["eq", "neq", "in"]) };
      default:
        return { output: import_graphql3.GraphQLString, input: import_graphql3.GraphQLString, filter: this.stringFilter() };
    }
  }
  composite(type) {
    const definition = COMPOSITE_TYPES[type];
    const cached = this.compositeCache.get(definition.graphqlName);
    if (cached) return cached;
    const name = definition.graphqlName;
    const output = new import_graphql3.GraphQLObjectType({ name, fields: Object.fromEntries(definition.subfields.map((sub) => [sub.name, { type: this.subfieldTypes(sub.kind).output }])) });
    const inputFields = definition.subfields.filter((sub) => !sub.readOnly);
    const create = new import_graphql3.GraphQLInputObjectType({ name: `${name}CreateInput`, fields: Object.fromEntries(inputFields.map((sub) => [sub.name, { type: this.subfieldTypes(sub.kind).input }])) });
    const update = new import_graphql3.GraphQLInputObjectType({ name: `${name}UpdateInput`, fields: Object.fromEntries(inputFields.map((sub) => [sub.name, { type: this.subfieldTypes(sub.kind).input }])) });
    const filter = new import_graphql3.GraphQLInputObjectType({
      name: `${name}FilterInput`,
      fields: { ...Object.fromEntries(definition.subfields.map((sub) => [sub.name, { type: this.subfieldTypes(sub.kind).filter }])), is: { type: this.FilterIs } }
    });
    const orderBy = new import_graphql3.GraphQLInputObjectType({ name: `${name}OrderByInput`, fields: Object.fromEntries(definition.subfields.map((sub) => [sub.name, { type: this.OrderByDirection }])) });
    const types = { output, create, update, filter, orderBy };
    this.compositeCache.set(name, types);
    return types;
  }
  /** Output, input and filter types of a stored (non-relation) field. */
  fieldTypes(object, field) {
    if (COMPOSITE_TYPES[field.type]) {
      const composite = this.composite(field.type);
      return { output: composite.output, input: composite.create, filter: composite.filter, orderable: true, orderBy: composite.orderBy };
    }
    switch (field.type) {
      case "UUID":
        return { output: this.UUID, input: this.UUID, filter: this.uuidFilter(), orderable: true };
      case "NUMBER":
        return { output: import_graphql3.GraphQLFloat, input: import_graphql3.GraphQLFloat, filter: this.floatFilter(), orderable: true };
      case "NUMERIC":
        return { output: this.BigFloat, input: this.BigFloat, filter: this.bigFloatFilter(), orderable: true };
      case "POSITION":
        return { output: this.Position, input: this.Position, filter: this.floatFilter(), orderable: true };
      case "BOOLEAN":
        return { output: import_graphql3.GraphQLBoolean, input: import_graphql3.GraphQLBoolean, filter: this.booleanFilter(), orderable: true };
      case "DATE_TIME":
        return { output: this.DateTime, input: this.DateTime, filter: this.dateTimeFilter(), orderable: true };
      case "DATE":
        return { output: this.Date, input: this.Date, filter: this.dateFilter(), orderable: true };
      case "RAW_JSON":
      case "FILES":
        return { output: this.JSON, input: this.JSON, filter: this.rawJsonFilter(), orderable: false };
      case "TS_VECTOR":
        return { output: this.TSVector, input: this.TSVector, filter: this.tsVectorFilter(), orderable: false };
      case "ARRAY":
        return { output: new import_graphql3.GraphQLList(new import_graphql3.GraphQLNonNull(import_graphql3.GraphQLString)), input: new import_graphql3.GraphQLList(import_graphql3.GraphQLString), filter: this.arrayFilter(), orderable: false };
      case "SELECT":
      case "MULTI_SELECT": {
        const selectEnum = this.selectEnum(object, field);
        const item = selectEnum ?? import_graphql3.GraphQLString;
        if (field.type === "SELECT") {
          return { output: item, input: item, filter: selectEnum ? this.operatorFilter(`${selectEnum.name}Filter`, selectEnum, ["eq", "neq", "in"], { containsAny: { type: new import_graphql3.GraphQLList(new import_graphql3.GraphQLNonNull(selectEnum)) }, isEmptyArray: { type: import_graphql3.GraphQLBoolean } }) : this.stringFilter(), orderable: true };
        }
        return {
          output: new import_graphql3.GraphQLList(new import_graphql3.GraphQLNonNull(item)),
          input: new import_graphql3.GraphQLList(item),
          filter: this.operatorFilter(`${selectEnum ? selectEnum.name : "String"}ListFilter`, item, [], { containsAny: { type: new import_graphql3.GraphQLList(new import_graphql3.GraphQLNonNull(item)) }, containsExactly: { type: new import_graphql3.GraphQLList(new import_graphql3.GraphQLNonNull(item)) }, isEmptyArray: { type: import_graphql3.GraphQLBoolean } }),
          orderable: false
        };
      }
      default:
        return { output: import_graphql3.GraphQLString, input: import_graphql3.GraphQLString, filter: this.stringFilter(), orderable: true };
    }
  }
  objectOf(name) {
    return this.model.objects.find((object) => object.nameSingular === name);
  }
  connectionType(object) {
    const names = objectGraphqlNames(object);
    const cached = this.connectionTypes.get(names.connection);
    if (cached) return cached;
    const edge = new import_graphql3.GraphQLObjectType({ name: names.edge, fields: () => ({ node: { type: new import_graphql3.GraphQLNonNull(this.objectType(object)) }, cursor: { type: new import_graphql3.GraphQLNonNull(this.Cursor) } }) });
    const connection = new import_graphql3.GraphQLObjectType({
      name: names.connection,
      fields: () => ({ edges: { type: new import_graphql3.GraphQLNonNull(new import_graphql3.GraphQLList(new import_graphql3.GraphQLNonNull(edge))) }, pageInfo: { type: new import_graphql3.GraphQLNonNull(this.PageInfo) }, totalCount: { type: import_graphql3.GraphQLInt } })
    });
    this.connectionTypes.set(names.connection, connection);
    return connection;
  }
  listArgs(object) {
    return {
      filter: { type: this.filterType(object) },
      orderBy: { type: new import_graphql3.GraphQLList(this.orderByType(object)) },
      first: { type: import_graphql3.GraphQLInt },
      last: { type: import_graphql3.GraphQLInt },
      offset: { type: import_graphql3.GraphQLInt },
      before: { type: import_graphql3.GraphQLString },
      after: { type: import_graphql3.GraphQLString }
    };
  }
  objectType(object) {
    const names = objectGraphqlNames(object);
    const cached = this.objectTypes.get(names.type);
    if (cached) return cached;
    const type = new import_graphql3.GraphQLObjectType({
      name: names.type,
      description: object.labelSingular,
      fields: () => {
        const fields = {};
        for (const field of object.fields) {
          if (!isRelationField(field)) {
            const types = this.fieldTypes(object, field);
            fields[field.name] = { type: field.name === "id" ? new import_graphql3.GraphQLNonNull(this.UUID) : types.output, description: field.label };
            continue;
          }
          const relation = field.relation;
          if (!relation) continue;
          const target = this.objectOf(relation.targetObject);
          if (!target) continue;
          if (relation.type === "MANY_TO_ONE") {
            const joinColumn = relation.joinColumn ?? `${field.name}Id`;
            fields[joinColumn] = { type: import_graphql3.GraphQLID, description: `${field.label ?? field.name} id (foreign key)` };
            fields[field.name] = {
              type: this.objectType(target),
              description: field.label,
              resolve: (record3, _args, context2) => {
                const id = record3[joinColumn];
                if (typeof id !== "string") return null;
                const key = `${target.nameSingular}.id`;
                let loader = context2.loaders.get(key);
                if (!loader) {
                  loader = new RelationLoader((ids) => context2.repository.findByColumn(target.nameSingular, "id", ids));
                  context2.loaders.set(key, loader);
                }
                return loader.load(id);
              }
            };
          } else {
            const inverse = target.fields.find((candidate) => candidate.name === relation.inverseField);
            const inverseColumn = inverse?.relation?.joinColumn ?? `${relation.inverseField}Id`;
            fields[field.name] = {
              type: this.connectionType(target),
              description: field.label,
              args: this.listArgs(target),
              resolve: async (record3, args, context2, info) => {
                const scoped = { [inverseColumn]: { eq: record3.id } };
                const page = await context2.repository.findMany(target.nameSingular, { ...args, withTotal: selectsTotalCount(info), first: args.first ?? (args.last == null ? 60 : void 0), filter: args.filter ? { and: [args.filter, scoped] } : scoped });
                return connectionResult(page);
              }
            };
          }
        }
        return fields;
      }
    });
    this.objectTypes.set(names.type, type);
    return type;
  }
  filterType(object) {
    const names = objectGraphqlNames(object);
    const cached = this.filterTypes.get(names.filter);
    if (cached) return cached;
    const filter = new import_graphql3.GraphQLInputObjectType({
      name: names.filter,
      fields: () => {
        const fields = {};
        for (const field of object.fields) {
          if (isRelationField(field)) {
            if (field.relation?.type === "MANY_TO_ONE") fields[field.relation.joinColumn ?? `${field.name}Id`] = { type: this.uuidFilter() };
            continue;
          }
          fields[field.name] = { type: this.fieldTypes(object, field).filter };
        }
        fields.and = { type: new import_graphql3.GraphQLList(filter) };
        fields.or = { type: new import_graphql3.GraphQLList(filter) };
        fields.not = { type: filter };
        return fields;
      }
    });
    this.filterTypes.set(names.filter, filter);
    return filter;
  }
  orderByType(object) {
    const names = objectGraphqlNames(object);
    const cached = this.orderByTypes.get(names.orderBy);
    if (cached) return cached;
    const orderBy = new import_graphql3.GraphQLInputObjectType({
      name: names.orderBy,
      fields: () => {
        const fields = {};
        for (const field of object.fields) {
          if (isRelationField(field)) {
            if (field.relation?.type === "MANY_TO_ONE") fields[field.relation.joinColumn ?? `${field.name}Id`] = { type: this.OrderByDirection };
            continue;
          }
          const types = this.fieldTypes(object, field);
          if (types.orderable) fields[field.name] = { type: types.orderBy ?? this.OrderByDirection };
        }
        return fields;
      }
    });
    this.orderByTypes.set(names.orderBy, orderBy);
    return orderBy;
  }
  relationInput(target) {
    const names = objectGraphqlNames(target);
    const cached = this.relationInputs.get(names.relationInput);
    if (cached) return cached;
    const where = new import_graphql3.GraphQLInputObjectType({ name: names.whereUniqueInput, fields: { id: { type: this.UUID } } });
    const connect = new import_graphql3.GraphQLInputObjectType({ name: names.connectInput, fields: { where: { type: new import_graphql3.GraphQLNonNull(where) } } });
    const relation = new import_graphql3.GraphQLInputObjectType({ name: names.relationInput, fields: { connect: { type: connect }, disconnect: { type: import_graphql3.GraphQLBoolean } } });
    this.relationInputs.set(names.relationInput, relation);
    return relation;
  }
  inputType(object, kind) {
    const names = objectGraphqlNames(object);
    return new import_graphql3.GraphQLInputObjectType({
      name: kind === "create" ? names.createInput : names.updateInput,
      fields: () => {
        const fields = {};
        for (const field of object.fields) {
          if (READ_ONLY_FIELD_NAMES.has(field.name) || field.type === "TS_VECTOR") continue;
          if (isRelationField(field)) {
            if (field.relation?.type !== "MANY_TO_ONE") continue;
            const target = this.objectOf(field.relation.targetObject);
            fields[field.relation.joinColumn ?? `${field.name}Id`] = { type: this.UUID };
            if (target) fields[field.name] = { type: this.relationInput(target) };
            continue;
          }
          const types = this.fieldTypes(object, field);
          const input = COMPOSITE_TYPES[field.type] && kind === "update" ? this.composite(field.type).update : types.input;
          fields[field.name] = { type: input };
        }
        return fields;
      }
    });
  }
};
function selectsTotalCount(info) {
  return info.fieldNodes.some((node) => node.selectionSet?.selections.some((selection) => selection.kind === import_graphql3.Kind.FIELD && selection.name.value === "totalCount"));
}
function connectionResult(page) {
  return {
    edges: page.records.map((node, index) => ({ node, cursor: page.cursors[index] })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.cursors[0] ?? null,
      endCursor: page.cursors[page.cursors.length - 1] ?? null
    },
    // graphql-js calls a function-valued field: the count query runs only when totalCount is selected.
    totalCount: () => page.totalCount()
  };
}
function buildCoreGraphqlSchema(model) {
  const builder = new SchemaBuilder(model);
  const query = {};
  const mutation = {};
  const written = (context2, result) => {
    context2.onWrite(result);
    return result.records;
  };
  for (const object of model.objects) {
    const names = objectGraphqlNames(object);
    const type = builder.objectType(object);
    const filter = builder.filterType(object);
    const name = object.nameSingular;
    const createInput = builder.inputType(object, "create");
    const updateInput = builder.inputType(object, "update");
    const list2 = new import_graphql3.GraphQLList(type);
    const idArg = { id: { type: new import_graphql3.GraphQLNonNull(builder.UUID) } };
    query[names.findMany] = {
      type: new import_graphql3.GraphQLNonNull(builder.connectionType(object)),
      args: builder.listArgs(object),
      resolve: async (_root, args, context2, info) => connectionResult(await context2.repository.findMany(name, { ...args, withTotal: selectsTotalCount(info) }))
    };
    query[names.findOne] = {
      type,
      args: { filter: { type: new import_graphql3.GraphQLNonNull(filter) } },
      resolve: (_root, args, context2) => context2.repository.findOne(name, args.filter)
    };
    mutation[names.createOne] = {
      type,
      args: { data: { type: new import_graphql3.GraphQLNonNull(createInput) }, upsert: { type: import_graphql3.GraphQLBoolean } },
      resolve: async (_root, args, context2) => written(context2, await context2.repository.create(name, [args.data], { upsert: args.upsert ?? false, actor: context2.actor }))[0]
    };
    mutation[names.createMany] = {
      type: list2,
      args: { data: { type: new import_graphql3.GraphQLNonNull(new import_graphql3.GraphQLList(new import_graphql3.GraphQLNonNull(createInput))) }, upsert: { type: import_graphql3.GraphQLBoolean } },
      resolve: async (_root, args, context2) => written(context2, await context2.repository.create(name, args.data, { upsert: args.upsert ?? false, actor: context2.actor }))
    };
    mutation[names.updateOne] = {
      type,
      args: { ...idArg, data: { type: new import_graphql3.GraphQLNonNull(updateInput) } },
      resolve: async (_root, args, context2) => written(context2, await context2.repository.update(name, { ids: [args.id] }, args.data, { actor: context2.actor }))[0]
    };
    mutation[names.updateMany] = {
      type: list2,
      args: { data: { type: new import_graphql3.GraphQLNonNull(updateInput) }, filter: { type: new import_graphql3.GraphQLNonNull(filter) } },
      resolve: async (_root, args, context2) => written(context2, await context2.repository.update(name, { filter: args.filter }, args.data, { actor: context2.actor }))
    };
    for (const [one, many, run2] of [
      [names.deleteOne, names.deleteMany, (selector, context2) => context2.repository.setDeleted(name, selector, true, { actor: context2.actor })],
      [names.restoreOne, names.restoreMany, (selector, context2) => context2.repository.setDeleted(name, selector, false, { actor: context2.actor })],
      [names.destroyOne, names.destroyMany, (selector, context2) => context2.repository.destroy(name, selector)]
    ]) {
      mutation[one] = { type, args: idArg, resolve: async (_root, args, context2) => written(context2, await run2({ ids: [args.id] }, context2))[0] };
      mutation[many] = { type: list2, args: { filter: { type: new import_graphql3.GraphQLNonNull(filter) } }, resolve: async (_root, args, context2) => written(context2, await run2({ filter: args.filter }, context2)) };
    }
  }
  return new import_graphql3.GraphQLSchema({
    query: new import_graphql3.GraphQLObjectType({ name: "Query", fields: query }),
    mutation: new import_graphql3.GraphQLObjectType({ name: "Mutation", fields: mutation })
  });
}

// src-main/core/workspace/sql/pglite-database.ts
var import_promises27 = require("node:fs/promises");
var import_node_os7 = require("node:os");
var import_node_path43 = require("node:path");
function defaultTemplateCacheDir() {
  const base = process.env.XDG_CACHE_HOME || (0, import_node_path43.join)((0, import_node_os7.homedir)(), ".cache");
  return (0, import_node_path43.join)(base, "twenty-studio", "pglite-template");
}
async function exists2(path) {
  return (0, import_promises27.stat)(path).then(() => true, () => false);
}
async function loadPglite() {
  return import("@electric-sql/pglite");
}
async function ensurePgliteTemplate(cacheDir = defaultTemplateCacheDir()) {
  const { PGlite } = await loadPglite();
  const version = PGlite.version ?? "pglite";
  const dir = (0, import_node_path43.join)(cacheDir, String(version).replace(/[^\w.-]/g, "_"));
  if (await exists2((0, import_node_path43.join)(dir, "PG_VERSION"))) return { dir, createdMs: null };
  await (0, import_promises27.mkdir)(cacheDir, { recursive: true });
  const temp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  const started = Date.now();
  const db = await PGlite.create(temp);
  await db.close();
  try {
    await (0, import_promises27.rename)(temp, dir);
  } catch {
    await (0, import_promises27.rm)(temp, { recursive: true, force: true });
  }
  return { dir, createdMs: Date.now() - started };
}
var PgliteClient = class {
  constructor(db) {
    this.db = db;
  }
  db;
  async query(sql, params = []) {
    return (await this.db.query(sql, params)).rows;
  }
  async exec(sql) {
    await this.db.exec(sql);
  }
};
var PgliteDatabase = class extends PgliteClient {
  constructor(instance) {
    super(instance);
    this.instance = instance;
  }
  instance;
  kind = "pglite";
  transaction(work) {
    return this.instance.transaction((tx) => work(new PgliteClient(tx)));
  }
  close() {
    return this.instance.close();
  }
};
async function openPgliteDatabase(dataDir, options = {}) {
  const { PGlite } = await loadPglite();
  let created = false;
  let templateCreatedMs = null;
  if (!await exists2((0, import_node_path43.join)(dataDir, "PG_VERSION"))) {
    const nonEmpty2 = await exists2(dataDir) && (await (0, import_promises27.readdir)(dataDir)).length > 0;
    if (nonEmpty2) {
      throw Object.assign(new Error(`${dataDir} is not an empty folder nor a workspace database (no PG_VERSION): reset the workspace to start a new one.`), { code: "WORKSPACE_DATA_INVALID" });
    }
    const template = await ensurePgliteTemplate(options.templateCacheDir);
    templateCreatedMs = template.createdMs;
    await (0, import_promises27.mkdir)((0, import_node_path43.dirname)(dataDir), { recursive: true });
    await (0, import_promises27.rm)(dataDir, { recursive: true, force: true });
    await (0, import_promises27.cp)(template.dir, dataDir, { recursive: true });
    created = true;
  }
  let instance;
  try {
    instance = await PGlite.create(dataDir);
  } catch (error) {
    throw Object.assign(new Error(`The workspace database in ${dataDir} cannot be opened (${error.message}). It may be damaged or from another PGlite version: reset the workspace, or export it with a matching studio first.`), { code: "WORKSPACE_DATA_INVALID" });
  }
  return { db: new PgliteDatabase(instance), created, templateCreatedMs };
}

// src-main/core/workspace/sql/postgres-database.ts
async function openPostgresDatabase(connectionString) {
  const pg = await import("pg");
  const Pool = (pg.default ?? pg).Pool;
  const pool = new Pool({ connectionString, max: 4 });
  pool.on("error", () => void 0);
  await pool.query("select 1");
  const client = (run2) => ({
    query: async (sql, params = []) => (await run2(sql, params)).rows,
    exec: async (sql) => void await run2(sql)
  });
  return {
    kind: "postgres",
    ...client((sql, params) => pool.query(sql, params)),
    async transaction(work) {
      const connection = await pool.connect();
      try {
        await connection.query("begin");
        const result = await work(client((sql, params) => connection.query(sql, params)));
        await connection.query("commit");
        return result;
      } catch (error) {
        await connection.query("rollback").catch(() => void 0);
        throw error;
      } finally {
        connection.release();
      }
    },
    close: () => pool.end()
  };
}

// src-main/core/workspace/sql/sql-database.ts
var isPostgresError = (error) => !!error && typeof error === "object" && typeof error.code === "string" && /^[0-9A-Z]{5}$/.test(error.code);
var quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`;

// src-main/core/workspace/sql/table-layout.ts
var SCALAR_SQL = {
  UUID: "uuid",
  TEXT: "text",
  NUMBER: "double precision",
  NUMERIC: "numeric",
  BOOLEAN: "boolean",
  DATE_TIME: "timestamptz",
  DATE: "date",
  SELECT: "text",
  MULTI_SELECT: "text[]",
  RATING: "text",
  RAW_JSON: "jsonb",
  ARRAY: "text[]",
  POSITION: "double precision",
  TS_VECTOR: "tsvector",
  FILES: "jsonb"
};
var SUBFIELD_SQL = { TEXT: "text", NUMERIC: "numeric", RAW_JSON: "jsonb", UUID: "uuid", ACTOR_SOURCE: "text" };
function fieldColumns(field) {
  if (!isStoredField(field)) return [];
  if (field.type === "RELATION" || field.type === "MORPH_RELATION") {
    return [{ column: field.relation?.joinColumn ?? `${field.name}Id`, sqlType: "uuid", field }];
  }
  const composite = COMPOSITE_TYPES[field.type];
  if (composite) {
    return composite.subfields.map((subfield) => ({
      column: subfieldColumn(field.name, subfield.name),
      sqlType: SUBFIELD_SQL[subfield.kind],
      field,
      subfield: subfield.name,
      subfieldKind: subfield.kind
    }));
  }
  return [{ column: field.name, sqlType: SCALAR_SQL[field.type] ?? "text", field }];
}
function objectColumns(object) {
  return object.fields.flatMap(fieldColumns);
}
var DEFAULT_WORKSPACE_SCHEMA = "workspace";
var tableRef = (schema, object) => `${quoteIdent(schema)}.${quoteIdent(typeof object === "string" ? object : object.nameSingular)}`;
function uniqueColumns(field) {
  if (!field.isUnique) return [];
  switch (field.type) {
    case "LINKS":
      return [subfieldColumn(field.name, "primaryLinkUrl")];
    case "EMAILS":
      return [subfieldColumn(field.name, "primaryEmail")];
    case "PHONES":
      return ["primaryPhoneNumber", "primaryPhoneCountryCode", "primaryPhoneCallingCode"].map((sub) => subfieldColumn(field.name, sub));
    case "FULL_NAME":
      return ["firstName", "lastName"].map((sub) => subfieldColumn(field.name, sub));
    default:
      return fieldColumns(field).slice(0, 1).map((spec) => spec.column);
  }
}

// src-main/core/workspace/sql/record-codec.ts
var UUID2 = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var isUuid = (value) => typeof value === "string" && UUID2.test(value);
function toNumber(value) {
  if (value === null || value === void 0) return null;
  const number = typeof value === "number" ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}
function toIso(value) {
  if (value === null || value === void 0) return null;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
}
function readColumn(spec, value) {
  if (spec.subfieldKind) {
    if (spec.subfieldKind === "NUMERIC") return toNumber(value);
    if (spec.subfieldKind === "TEXT" || spec.subfieldKind === "ACTOR_SOURCE") return value ?? "";
    return value ?? null;
  }
  switch (spec.field.type) {
    case "NUMBER":
    case "NUMERIC":
    case "POSITION":
      return toNumber(value);
    case "DATE_TIME":
      return toIso(value);
    case "DATE":
      return value instanceof Date ? value.toISOString().slice(0, 10) : value ?? null;
    case "TS_VECTOR":
      return value ?? null;
    default:
      return value ?? null;
  }
}
function rowToRecord(object, row) {
  const record3 = {};
  for (const spec of objectColumns(object)) {
    const value = readColumn(spec, row[spec.column]);
    if (spec.subfield) {
      const composite = record3[spec.field.name] ??= {};
      composite[spec.subfield] = value;
    } else {
      record3[spec.column] = value;
    }
  }
  return record3;
}
function coerceScalar(object, field, value, where) {
  if (value === null) return null;
  const wrong = (expected) => badInput(`Invalid value for field "${where}" of ${object.nameSingular}: expected ${expected}, got ${JSON.stringify(value)?.slice(0, 80)}`);
  switch (field.type) {
    case "UUID":
      if (!isUuid(value)) throw badInput(`Invalid UUID "${String(value).slice(0, 80)}" for field "${where}"`);
      return value;
    case "TEXT":
    case "RATING":
      if (typeof value !== "string") throw wrong("a string");
      if (field.type === "RATING" && field.options && !field.options.some((option) => option.value === value)) throw wrong(`one of ${field.options.map((option) => option.value).join(", ")}`);
      return value;
    case "NUMBER":
    case "NUMERIC":
    case "POSITION": {
      if (field.type === "POSITION" && (value === "first" || value === "last")) return value;
      const number = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
      if (!Number.isFinite(number)) throw wrong("a number");
      return number;
    }
    case "BOOLEAN":
      if (typeof value !== "boolean") throw wrong("a boolean");
      return value;
    case "DATE_TIME":
    case "DATE": {
      const date = new Date(String(value));
      if (typeof value !== "string" || Number.isNaN(date.getTime())) throw wrong(field.type === "DATE" ? "a date (YYYY-MM-DD)" : "an ISO 8601 date-time");
      return field.type === "DATE" ? String(value).slice(0, 10) : date.toISOString();
    }
    case "SELECT": {
      if (typeof value !== "string") throw wrong("a string");
      if (field.options && !field.options.some((option) => option.value === value)) throw badInput(`Invalid value "${value}" for SELECT field "${where}": allowed values are ${field.options.map((option) => option.value).join(", ")}`);
      return value;
    }
    case "MULTI_SELECT":
    case "ARRAY": {
      if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) throw wrong("a list of strings");
      if (field.type === "MULTI_SELECT" && field.options) {
        const bad = value.find((item) => !field.options.some((option) => option.value === item));
        if (bad !== void 0) throw badInput(`Invalid value "${bad}" for MULTI_SELECT field "${where}": allowed values are ${field.options.map((option) => option.value).join(", ")}`);
      }
      return value;
    }
    case "RAW_JSON":
    case "FILES":
      return JSON.stringify(value);
    default:
      return value;
  }
}
function coerceSubfield(object, field, spec, value) {
  if (value === null || value === void 0) return null;
  const where = `${field.name}.${spec.subfield}`;
  switch (spec.subfieldKind) {
    case "TEXT":
      if (typeof value !== "string") throw badInput(`Invalid value for field "${where}" of ${object.nameSingular}: expected a string`);
      return value;
    case "NUMERIC": {
      const number = typeof value === "number" ? value : Number(value);
      if (!Number.isFinite(number)) throw badInput(`Invalid value for field "${where}" of ${object.nameSingular}: expected a number`);
      return number;
    }
    case "UUID":
      if (!isUuid(value)) throw badInput(`Invalid UUID "${String(value)}" for field "${where}"`);
      return value;
    case "ACTOR_SOURCE":
      if (!ACTOR_SOURCES.includes(String(value))) throw badInput(`Invalid actor source "${String(value)}": allowed values are ${ACTOR_SOURCES.join(", ")}`);
      return value;
    case "RAW_JSON":
      return JSON.stringify(value);
    default:
      return value;
  }
}
function inputFieldFor(object, key) {
  for (const field of object.fields) {
    if (field.name === key) return { field, viaJoinColumn: false };
    if (isRelationField(field) && field.relation?.type === "MANY_TO_ONE" && (field.relation.joinColumn ?? `${field.name}Id`) === key) return { field, viaJoinColumn: true };
  }
  return null;
}
function inputToColumns(object, data, options = {}) {
  if (!data || typeof data !== "object" || Array.isArray(data)) throw badInput(`Expected an object for the ${object.nameSingular} data`);
  const values = [];
  for (const [key, value] of Object.entries(data)) {
    if (value === void 0) continue;
    const found = inputFieldFor(object, key);
    if (!found) throw badInput(`Object ${object.nameSingular} doesn't have any "${key}" field.`);
    const { field, viaJoinColumn } = found;
    if (!options.allowSystem && READ_ONLY_FIELD_NAMES.has(field.name)) throw badInput(`Field "${key}" of ${object.nameSingular} is read-only.`);
    if (isRelationField(field)) {
      if (field.relation?.type !== "MANY_TO_ONE") throw badInput(`One-to-many relation ${key} field does not support write operations.`);
      const column = field.relation.joinColumn ?? `${field.name}Id`;
      let id = value;
      if (!viaJoinColumn) {
        const relation = value;
        id = relation === null || relation.disconnect ? null : relation.connect?.where?.id;
        if (id === void 0) throw badInput(`Relation "${key}" requires connect or disconnect operation`);
      }
      if (id !== null && !isUuid(id)) throw badInput(`Invalid UUID "${String(id)}" for field "${column}"`);
      values.push({ column, sqlType: "uuid", value: id });
      continue;
    }
    const specs = fieldColumns(field);
    if (COMPOSITE_TYPES[field.type]) {
      if (value === null) {
        for (const spec2 of specs) if (!(field.type === "ACTOR" && spec2.subfield === "source")) values.push({ column: spec2.column, sqlType: spec2.sqlType, value: null });
        continue;
      }
      if (typeof value !== "object" || Array.isArray(value)) throw badInput(`Invalid value for field "${key}" of ${object.nameSingular}: expected an object with ${specs.map((spec2) => spec2.subfield).join(", ")}`);
      for (const [subKey, subValue] of Object.entries(value)) {
        const spec2 = specs.find((candidate) => candidate.subfield === subKey);
        if (!spec2) throw badInput(`Field "${key}" of ${object.nameSingular} has no subfield "${subKey}" (it has ${specs.map((candidate) => candidate.subfield).join(", ")}).`);
        if (subValue === void 0) continue;
        values.push({ column: spec2.column, sqlType: spec2.sqlType, value: coerceSubfield(object, field, spec2, subValue) });
      }
      continue;
    }
    const [spec] = specs;
    values.push({ column: spec.column, sqlType: spec.sqlType, value: coerceScalar(object, field, value, key) });
  }
  return values;
}
function defaultColumns(object, given, now) {
  const values = [];
  for (const field of object.fields) {
    for (const spec of fieldColumns(field)) {
      if (given.has(spec.column)) continue;
      let value;
      if (field.defaultValue === "uuid" && field.type === "UUID") continue;
      if (field.defaultValue === "now" && (field.type === "DATE_TIME" || field.type === "DATE")) value = now;
      else if (spec.subfield && field.defaultValue && typeof field.defaultValue === "object") value = field.defaultValue[spec.subfield];
      else if (!spec.subfield) value = field.defaultValue;
      if (value === void 0) continue;
      if (spec.sqlType === "jsonb") value = JSON.stringify(value);
      values.push({ column: spec.column, sqlType: spec.sqlType, value });
    }
  }
  return values;
}
function missingRequired(object, columns) {
  const missing = [];
  for (const field of object.fields) {
    if (field.isNullable !== false || field.defaultValue !== void 0 || field.isSystem) continue;
    const specs = fieldColumns(field);
    if (specs.length === 0) continue;
    if (!specs.some((spec) => columns.has(spec.column))) missing.push(field.relation?.joinColumn ?? field.name);
  }
  return missing;
}

// src-main/core/workspace/sql/filter-sql.ts
var SqlParams = class {
  values = [];
  add(value, cast) {
    this.values.push(value);
    return cast ? `$${this.values.length}::${cast}` : `$${this.values.length}`;
  }
};
var SCALAR_OPERATORS = /* @__PURE__ */ new Set(["eq", "neq", "in", "gt", "gte", "lt", "lte", "like", "ilike", "startsWith", "endsWith", "regex", "iregex", "is", "containsAny", "containsExactly", "containsIlike", "contains", "notContains", "not_contains", "isEmptyArray", "search"]);
var escapeLike = (text) => text.replace(/[\\%_]/g, (char) => `\\${char}`);
function nullEquivalenceOf(sqlType, fieldType, subfield) {
  if (sqlType === "text" && (subfield !== void 0 || fieldType === "TEXT")) return "text";
  if (sqlType === "text[]") return "array";
  if (sqlType === "jsonb" && subfield !== void 0 && /^(additionalEmails|secondaryLinks|additionalPhones)$/.test(subfield)) return "jsonArray";
  return "none";
}
function isNullEquivalentValue(value, kind) {
  if (kind === "text") return value === "";
  if (kind === "array" || kind === "jsonArray") return Array.isArray(value) && value.length === 0;
  return false;
}
var emptyLiteral = (kind) => kind === "text" ? "''" : kind === "array" ? "'{}'" : kind === "jsonArray" ? "'[]'::jsonb" : null;
function columnCondition(column, sqlType, operators, params, where, check, nullEquivalence = "none") {
  if (!operators || typeof operators !== "object" || Array.isArray(operators)) throw badInput(`Invalid filter for "${where}": expected an object of operators`);
  const parts = [];
  const col = quoteIdent(column);
  const cast = sqlType === "text[]" ? "text" : sqlType;
  const empty5 = emptyLiteral(nullEquivalence);
  const isTimestamp = sqlType === "timestamptz";
  const nextMs = (value) => `(${params.add(check(value), "timestamptz")} + interval '1 millisecond')`;
  const needsList = (operator, value) => {
    if (!Array.isArray(value) || value.length === 0) throw badInput(`Invalid filter value for field ${where}. Expected non-empty array`);
    return value;
  };
  for (const [operator, value] of Object.entries(operators)) {
    if (value === void 0) continue;
    if (!SCALAR_OPERATORS.has(operator)) throw badInput(`Operator "${operator}" is not supported`);
    switch (operator) {
      case "eq":
        if (value === null) parts.push(`${col} is null`);
        else if (empty5 && isNullEquivalentValue(value, nullEquivalence)) parts.push(`(${col} = ${empty5} or ${col} is null)`);
        else if (isTimestamp) parts.push(`(${col} >= ${params.add(check(value), cast)} and ${col} < ${nextMs(value)})`);
        else parts.push(`${col} = ${params.add(check(value), cast)}`);
        break;
      case "neq":
        if (value === null) parts.push(`${col} is not null`);
        else if (empty5 && isNullEquivalentValue(value, nullEquivalence)) parts.push(`(${col} <> ${empty5} and ${col} is not null)`);
        else parts.push(`${col} <> ${params.add(check(value), cast)}`);
        break;
      case "gt":
        parts.push(isTimestamp ? `${col} >= ${nextMs(value)}` : `${col} > ${params.add(check(value), cast)}`);
        break;
      case "gte":
        parts.push(`${col} >= ${params.add(check(value), cast)}`);
        break;
      case "lt":
        parts.push(`${col} < ${params.add(check(value), cast)}`);
        break;
      case "lte":
        parts.push(isTimestamp ? `${col} < ${nextMs(value)}` : `${col} <= ${params.add(check(value), cast)}`);
        break;
      case "in": {
        if (!Array.isArray(value) || value.length === 0) throw badInput(`Invalid filter value for field ${where}. Expected non-empty array`);
        parts.push(`${col} = any(${params.add(value.map(check), `${cast}[]`)})`);
        break;
      }
      case "like":
      case "ilike": {
        const condition = `${col}::text ${operator} ${params.add(String(value))}`;
        parts.push(value === "" ? `(${condition} or ${col} is null)` : condition);
        break;
      }
      // A prefix / suffix test, not LIKE: % and _ are literal.
      case "startsWith":
        parts.push(`${col}::text like ${params.add(`${escapeLike(String(value))}%`)}`);
        break;
      case "endsWith":
        parts.push(`${col}::text like ${params.add(`%${escapeLike(String(value))}`)}`);
        break;
      case "regex":
        parts.push(`${col}::text ~ ${params.add(String(value))}`);
        break;
      case "iregex":
        parts.push(`${col}::text ~* ${params.add(String(value))}`);
        break;
      case "is": {
        const normalised = String(value).toUpperCase().replace("NOTNULL", "NOT_NULL");
        if (normalised !== "NULL" && normalised !== "NOT_NULL") throw badInput(`Filter "is" on "${where}" takes NULL or NOT_NULL`);
        if (normalised === "NULL") parts.push(empty5 ? `(${col} is null or ${col} = ${empty5})` : `${col} is null`);
        else parts.push(`${col} is not null`);
        break;
      }
      case "containsAny": {
        if (!Array.isArray(value)) throw badInput(`Filter "${operator}" on "${where}" needs a list`);
        parts.push(`${col} && ${params.add(value.map(String), "text[]")}`);
        break;
      }
      case "contains":
        parts.push(`${col} @> ${params.add(needsList(operator, value).map(String), "text[]")}`);
        break;
      case "notContains":
      case "not_contains":
        parts.push(`not coalesce(${col} && ${params.add(needsList(operator, value).map(String), "text[]")}, false)`);
        break;
      case "containsExactly": {
        if (!Array.isArray(value)) throw badInput(`Filter "containsExactly" on "${where}" needs a list`);
        parts.push(`(${col} @> ${params.add(value.map(String), "text[]")} and ${col} <@ ${params.add(value.map(String), "text[]")})`);
        break;
      }
      case "containsIlike":
        parts.push(`exists (select 1 from unnest(${col}) as item where item ilike ${params.add(String(value))})`);
        break;
      case "isEmptyArray":
        parts.push(value ? `coalesce(cardinality(${col}), 0) = 0` : `cardinality(${col}) > 0`);
        break;
      case "search":
        parts.push(`${col}::text ilike ${params.add(`%${escapeLike(String(value))}%`)}`);
        break;
    }
  }
  return parts.length === 0 ? "true" : parts.join(" and ");
}
function checkFor(field, where) {
  if (field.type === "UUID" || isRelationField(field)) {
    return (value) => {
      if (!isUuid(value)) throw badInput(`Invalid UUID "${String(value)}" in filter on "${where}"`);
      return value;
    };
  }
  if (field.type === "DATE_TIME") {
    return (value) => {
      if (Number.isNaN(new Date(String(value)).getTime())) throw badInput(`Invalid date "${String(value)}" in filter on "${where}"`);
      return value;
    };
  }
  return (value) => value;
}
function filterMentionsDeletedAt(filter) {
  if (!filter || typeof filter !== "object") return false;
  if (Array.isArray(filter)) return filter.some(filterMentionsDeletedAt);
  return Object.entries(filter).some(([key, value]) => key === "deletedAt" || (key === "and" || key === "or" || key === "not") && filterMentionsDeletedAt(value));
}
function filterToSql(object, filter, params) {
  if (filter === void 0 || filter === null) return "true";
  if (typeof filter !== "object" || Array.isArray(filter)) throw badInput(`Invalid filter for ${object.nameSingular}: expected an object`);
  const parts = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === void 0) continue;
    if (key === "and" || key === "or") {
      if (!Array.isArray(value)) throw badInput(`Filter "${key}" of ${object.nameSingular} needs a list`);
      const inner = value.map((item) => `(${filterToSql(object, item, params)})`);
      parts.push(inner.length === 0 ? "true" : inner.join(key === "and" ? " and " : " or "));
      continue;
    }
    if (key === "not") {
      parts.push(`not (${filterToSql(object, value, params)})`);
      continue;
    }
    const field = object.fields.find((candidate) => candidate.name === key) ?? object.fields.find((candidate) => candidate.relation?.type === "MANY_TO_ONE" && (candidate.relation.joinColumn ?? `${candidate.name}Id`) === key);
    if (!field) throw badInput(`Object ${object.nameSingular} doesn't have any "${key}" field.`);
    if (isRelationField(field)) {
      if (field.relation?.type !== "MANY_TO_ONE") throw badInput(`Filtering on the one-to-many relation "${key}" of ${object.nameSingular} is not supported: filter the ${field.relation?.targetObject} records instead.`);
      const column = field.relation.joinColumn ?? `${field.name}Id`;
      const operators = key === field.name && value && typeof value === "object" && "id" in value ? value.id : value;
      parts.push(columnCondition(column, "uuid", operators, params, key, checkFor(field, key)));
      continue;
    }
    const composite = COMPOSITE_TYPES[field.type];
    if (composite) {
      if (!value || typeof value !== "object" || Array.isArray(value)) throw badInput(`Invalid filter for "${key}": expected its subfields`);
      const specs = fieldColumns(field);
      for (const [subKey, operators] of Object.entries(value)) {
        if (subKey === "is") {
          const empty5 = specs.map((spec3) => `(${quoteIdent(spec3.column)} is null${spec3.sqlType === "text" ? ` or ${quoteIdent(spec3.column)} = ''` : ""})`).join(" and ");
          parts.push(String(operators).toUpperCase() === "NULL" ? `(${empty5})` : `not (${empty5})`);
          continue;
        }
        const spec2 = specs.find((candidate) => candidate.subfield === subKey);
        if (!spec2) throw badInput(`Field "${key}" of ${object.nameSingular} has no subfield "${subKey}"`);
        parts.push(columnCondition(subfieldColumn(field.name, subKey), spec2.sqlType, operators, params, `${key}.${subKey}`, (item) => item, nullEquivalenceOf(spec2.sqlType, field.type, subKey)));
      }
      continue;
    }
    const [spec] = fieldColumns(field);
    parts.push(columnCondition(spec.column, spec.sqlType, value, params, key, checkFor(field, key), nullEquivalenceOf(spec.sqlType, field.type)));
  }
  return parts.length === 0 ? "true" : parts.map((part) => `(${part})`).join(" and ");
}

// src-main/core/workspace/sql/record-repository.ts
var DEFAULT_PAGE_SIZE = 200;
var MAX_PAGE_SIZE = 1e4;
var DIRECTIONS = /* @__PURE__ */ new Set(["AscNullsFirst", "AscNullsLast", "DescNullsFirst", "DescNullsLast"]);
var encodeCursor = (value) => Buffer.from(JSON.stringify(value)).toString("base64url");
function decodeCursor(cursor) {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64").toString("utf8"));
    if (value && typeof value === "object" && !Array.isArray(value)) return value;
  } catch {
  }
  throw badInput(`Invalid cursor: ${cursor}`);
}
var FIELD_DIFF_IGNORED = /* @__PURE__ */ new Set(["updatedAt", "updatedBy", "searchVector"]);
function recordDiff(before, after) {
  const diff = {};
  for (const key of Object.keys(after)) {
    if (FIELD_DIFF_IGNORED.has(key)) continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) diff[key] = { before: before[key] ?? null, after: after[key] ?? null };
  }
  return diff;
}
function assertNoNullOnRequired(object, data) {
  if (!data || typeof data !== "object") return;
  for (const [key, value] of Object.entries(data)) {
    if (value !== null) continue;
    const found = inputFieldFor(object, key);
    if (!found || found.field.isSystem || found.field.isNullable !== false || found.field.defaultValue !== void 0) continue;
    throw Object.assign(badInput(`Field ${key} is not nullable and has no default value.`), { extensions: { userFriendlyMessage: "A required field is missing." } });
  }
}
var RecordRepository = class _RecordRepository {
  constructor(db, schema, model) {
    this.db = db;
    this.schema = schema;
    this.model = model;
    this.objects = /* @__PURE__ */ new Map();
    for (const object of model.objects) {
      this.objects.set(object.nameSingular, object);
      this.objects.set(object.namePlural, object);
    }
  }
  db;
  schema;
  model;
  objects;
  object(name) {
    const object = this.objects.get(name);
    if (!object) throw new WorkspaceApiError("NOT_FOUND", `Object "${name}" not found`);
    return object;
  }
  table(object) {
    return tableRef(this.schema, object);
  }
  orderLeaves(object, orderBy) {
    const items = orderBy === void 0 || orderBy === null ? [] : Array.isArray(orderBy) ? orderBy : [orderBy];
    const leaves = [];
    for (const item of items) {
      if (!item || typeof item !== "object") throw badInput(`Invalid orderBy for ${object.nameSingular}`);
      for (const [key, value] of Object.entries(item)) {
        const field = object.fields.find((candidate) => candidate.name === key) ?? object.fields.find((candidate) => candidate.relation?.type === "MANY_TO_ONE" && (candidate.relation.joinColumn ?? `${candidate.name}Id`) === key);
        if (!field) throw badInput(`Object ${object.nameSingular} doesn't have any "${key}" field.`);
        if (COMPOSITE_TYPES[field.type] && value && typeof value === "object") {
          for (const [sub, direction] of Object.entries(value)) {
            if (!DIRECTIONS.has(direction)) throw badInput(`Invalid order direction "${String(direction)}" for ${key}.${sub}`);
            if (!COMPOSITE_TYPES[field.type].subfields.some((subfield) => subfield.name === sub)) throw badInput(`Field "${key}" has no subfield "${sub}"`);
            leaves.push({ column: subfieldColumn(field.name, sub), direction, path: [key, sub] });
          }
          continue;
        }
        if (!DIRECTIONS.has(value)) throw badInput(`Invalid order direction "${String(value)}" for ${key}`);
        const [spec] = fieldColumns(field);
        if (!spec) throw badInput(`Cannot order ${object.nameSingular} by the relation "${key}"`);
        leaves.push({ column: spec.column, direction: value, path: [spec.column] });
      }
    }
    if (!leaves.some((leaf) => leaf.column === "id")) leaves.push({ column: "id", direction: "AscNullsFirst", path: ["id"] });
    return leaves;
  }
  static orderSql(leaves, reverse) {
    return leaves.map((leaf) => {
      let asc = leaf.direction.startsWith("Asc");
      let nullsFirst = leaf.direction.endsWith("NullsFirst");
      if (reverse) {
        asc = !asc;
        nullsFirst = !nullsFirst;
      }
      return `${quoteIdent(leaf.column)} ${asc ? "asc" : "desc"} nulls ${nullsFirst ? "first" : "last"}`;
    }).join(", ");
  }
  /** Keyset condition: rows strictly after (or before) the cursor's position in the order. */
  static cursorSql(leaves, cursor, after, params) {
    const valueOf = (leaf) => leaf.path.reduce((node, key) => node && typeof node === "object" ? node[key] : void 0, cursor) ?? null;
    const alternatives = [];
    for (let index = 0; index < leaves.length; index += 1) {
      const equalities = leaves.slice(0, index).map((leaf2) => {
        const value2 = valueOf(leaf2);
        return value2 === null ? `${quoteIdent(leaf2.column)} is null` : `${quoteIdent(leaf2.column)} = ${params.add(value2)}`;
      });
      const leaf = leaves[index];
      const value = valueOf(leaf);
      let asc = leaf.direction.startsWith("Asc");
      let nullsFirst = leaf.direction.endsWith("NullsFirst");
      if (!after) {
        asc = !asc;
        nullsFirst = !nullsFirst;
      }
      const col = quoteIdent(leaf.column);
      let beyond;
      if (value === null) beyond = nullsFirst ? `${col} is not null` : "false";
      else {
        const compare = `${col} ${asc ? ">" : "<"} ${params.add(value)}`;
        beyond = nullsFirst ? compare : `(${compare} or ${col} is null)`;
      }
      alternatives.push([...equalities, beyond].join(" and "));
    }
    return alternatives.map((alternative) => `(${alternative})`).join(" or ");
  }
  /**
   * The cursor of a row: its stored order values (not the API's view of them: an empty composite text
   * subfield reads as '' but is stored NULL, and the keyset condition compares stored values), then id.
   */
  static cursorFor(object, row, leaves) {
    const value = {};
    const sqlTypes = new Map(objectColumns(object).map((spec) => [spec.column, spec.sqlType]));
    for (const leaf of leaves) {
      if (leaf.column === "id") continue;
      let stored = row[leaf.column] ?? null;
      if (stored instanceof Date) stored = stored.toISOString();
      else if (stored !== null && (sqlTypes.get(leaf.column) === "numeric" || sqlTypes.get(leaf.column) === "double precision")) stored = Number(stored);
      if (leaf.path.length === 2) (value[leaf.path[0]] ??= {})[leaf.path[1]] = stored;
      else value[leaf.path[0]] = stored;
    }
    value.id = row.id;
    return encodeCursor(value);
  }
  baseWhere(object, filter, params) {
    const condition = filterToSql(object, filter, params);
    const hasDeletedAt = object.fields.some((field) => field.name === "deletedAt");
    return hasDeletedAt && !filterMentionsDeletedAt(filter) ? `(${condition}) and "deletedAt" is null` : condition;
  }
  async findMany(objectName, args = {}, client = this.db) {
    const object = this.object(objectName);
    if (args.first != null && args.last != null) throw badInput("Cannot provide both first and last");
    if (args.before != null && args.after != null) throw badInput("Cannot provide both before and after");
    if (args.before != null && args.first != null) throw badInput("Cannot provide both before and first");
    if (args.after != null && args.last != null) throw badInput("Cannot provide both after and last");
    if (args.first != null && args.first < 0) throw badInput("First argument must be non-negative");
    if (args.last != null && args.last < 0) throw badInput("Last argument must be non-negative");
    const limit = args.first ?? args.last ?? DEFAULT_PAGE_SIZE;
    if (limit > MAX_PAGE_SIZE) throw badInput(`The local workspace returns at most ${MAX_PAGE_SIZE} records per page: page through with "after".`);
    const backward = args.last != null || args.before != null;
    const leaves = this.orderLeaves(object, args.orderBy);
    const params = new SqlParams();
    const where = [this.baseWhere(object, args.filter, params)];
    const cursor = args.after ?? args.before;
    if (cursor != null) where.push(_RecordRepository.cursorSql(leaves, decodeCursor(cursor), args.after != null, params));
    const offset = args.offset != null && args.offset > 0 ? ` offset ${Math.floor(args.offset)}` : "";
    const inlineTotal = args.withTotal === true && cursor == null;
    const rows = await client.query(`select *${inlineTotal ? ', count(*) over () as "__studioTotal"' : ""} from ${this.table(object)} where ${where.map((part) => `(${part})`).join(" and ")} order by ${_RecordRepository.orderSql(leaves, backward)} limit ${limit + 1}${offset}`, params.values);
    const more = rows.length > limit;
    const knownTotal = inlineTotal && rows.length > 0 ? Number(rows[0].__studioTotal) : null;
    const pageRows = rows.slice(0, limit);
    if (backward) pageRows.reverse();
    const page = pageRows.map((row) => rowToRecord(object, row));
    const countParams = new SqlParams();
    const countWhere = this.baseWhere(object, args.filter, countParams);
    let counted = knownTotal !== null ? Promise.resolve(knownTotal) : null;
    return {
      records: page,
      cursors: pageRows.map((row) => _RecordRepository.cursorFor(object, row, leaves)),
      hasNextPage: !backward && more,
      hasPreviousPage: backward && more,
      totalCount: () => counted ??= client.query(`select count(*) as count from ${this.table(object)} where ${countWhere}`, countParams.values).then((result) => Number(result[0]?.count ?? 0))
    };
  }
  async findOne(objectName, filter, client = this.db) {
    const page = await this.findMany(objectName, { filter, first: 1 }, client);
    return page.records[0] ?? null;
  }
  /** Records whose `column` is among `values` (relation loading); soft-deleted ones excluded. */
  async findByColumn(objectName, column, values, client = this.db, limitPerValue) {
    const object = this.object(objectName);
    if (values.length === 0) return [];
    const hasDeletedAt = object.fields.some((field) => field.name === "deletedAt");
    const rows = await client.query(
      `select * from ${this.table(object)} where ${quoteIdent(column)} = any($1::uuid[])${hasDeletedAt ? ' and "deletedAt" is null' : ""} order by "position" asc nulls first, id asc${limitPerValue ? ` limit ${limitPerValue * values.length + 1}` : ""}`,
      [values]
    ).catch(async (error) => {
      if (isPostgresError(error) && error.code === "42703") {
        return client.query(`select * from ${this.table(object)} where ${quoteIdent(column)} = any($1::uuid[])${hasDeletedAt ? ' and "deletedAt" is null' : ""} order by id asc`, [values]);
      }
      throw error;
    });
    return rows.map((row) => rowToRecord(object, row));
  }
  actorValue(actor) {
    return { source: actor.source, name: actor.name, workspaceMemberId: actor.workspaceMemberId, context: {} };
  }
  actorColumns(object, fieldName2, actor) {
    if (!object.fields.some((field) => field.name === fieldName2)) return [];
    return inputToColumns(object, { [fieldName2]: this.actorValue(actor) }, { allowSystem: true });
  }
  static translateError(object, error) {
    if (error instanceof WorkspaceApiError) throw error;
    if (isPostgresError(error)) {
      if (error.code === "23505") {
        const field = object.fields.find((candidate) => error.constraint === `uq_${object.nameSingular}_${candidate.name}`.slice(0, 63));
        const userFriendlyMessage = field ? `This ${field.label ?? field.name} value is already in use. Please check your data and try again.` : "This record already exists. Please check your data and try again.";
        throw Object.assign(badInput("A duplicate entry was detected"), { extensions: { userFriendlyMessage, conflictingObjectNameSingular: object.nameSingular } });
      }
      if (error.code === "23503") throw badInput(`A related record does not exist (${error.detail ?? error.constraint ?? "foreign key"})`);
      if (error.code === "23502") throw badInput(`Field "${error.column}" of ${object.nameSingular} cannot be null`);
      if (error.code === "22P02") throw badInput(`Invalid value: ${error.message}`);
    }
    throw error;
  }
  async insertRow(tx, object, columns) {
    const params = new SqlParams();
    const names = columns.map((value) => quoteIdent(value.column));
    const placeholders = columns.map((value) => params.add(value.value, value.sqlType));
    const [row] = await tx.query(`insert into ${this.table(object)} (${names.join(", ")}) values (${placeholders.join(", ")}) returning *`, params.values);
    return rowToRecord(object, row);
  }
  /** The existing record an upsert updates: same id, or same value of a unique field. */
  async upsertTarget(tx, object, columns) {
    const byColumn = new Map(columns.map((value) => [value.column, value.value]));
    const groups = [
      { name: "id", columns: ["id"] },
      ...object.fields.map((field) => ({ name: field.name, columns: uniqueColumns(field) })).filter((group) => group.columns.length > 0)
    ];
    const matches = /* @__PURE__ */ new Map();
    const matchedGroups = [];
    for (const group of groups) {
      if (!group.columns.every((column) => byColumn.get(column) !== void 0 && byColumn.get(column) !== null && byColumn.get(column) !== "")) continue;
      const params = new SqlParams();
      const where = group.columns.map((column) => `${quoteIdent(column)} = ${params.add(byColumn.get(column))}`).join(" and ");
      const rows = await tx.query(`select * from ${this.table(object)} where ${where} order by "deletedAt" desc nulls first, id for update`, params.values);
      for (const row of rows.slice(0, 1)) {
        matches.set(String(row.id), row);
        matchedGroups.push(group.name);
      }
    }
    if (matches.size > 1) {
      throw badInput(`Multiple records found with the same unique field values for ${matchedGroups.join(", ")}. Cannot determine which record to update.`);
    }
    return matches.values().next().value ?? null;
  }
  async create(objectName, inputs, options) {
    const object = this.object(objectName);
    if (inputs.length > MAX_PAGE_SIZE) throw badInput(`Maximum number of records to upsert is ${MAX_PAGE_SIZE}.`);
    try {
      return await this.db.transaction(async (tx) => {
        const records3 = [];
        const changes = [];
        const now = (/* @__PURE__ */ new Date()).toISOString();
        const hasPosition = object.fields.some((field) => field.name === "position");
        let nextPosition = null;
        let lastPosition = null;
        for (const input of inputs) {
          assertNoNullOnRequired(object, input);
          const given = inputToColumns(object, input, { allowSystem: options.allowSystem });
          const positionValue = given.find((value) => value.column === "position");
          if (positionValue && (positionValue.value === "first" || positionValue.value === "last")) {
            if (positionValue.value === "first") {
              given.splice(given.indexOf(positionValue), 1);
            } else {
              if (lastPosition === null) {
                const [row] = await tx.query(`select max("position") as max from ${this.table(object)}`);
                lastPosition = row?.max === null || row?.max === void 0 ? 0 : Number(row.max);
              }
              lastPosition += 1;
              positionValue.value = lastPosition;
            }
          }
          if (options.upsert) {
            const existing = await this.upsertTarget(tx, object, given);
            if (existing) {
              const before = rowToRecord(object, existing);
              const updated = await this.updateRow(tx, object, before.id, [...given.filter((value) => value.column !== "id"), ...this.actorColumns(object, "updatedBy", options.actor), { column: "deletedAt", sqlType: "timestamptz", value: null }].filter((value) => object.fields.some((field) => fieldColumns(field).some((spec) => spec.column === value.column))), now);
              records3.push(updated);
              const diff = recordDiff(before, updated);
              if (Object.keys(diff).length > 0) {
                for (const operation of ["updated", "upserted"]) changes.push({ objectName: object.nameSingular, operation, recordId: String(updated.id), before, after: updated, diff, updatedFields: Object.keys(diff) });
              }
              continue;
            }
          }
          const givenNames = new Set(given.map((value) => value.column));
          const columns = [...given];
          if (hasPosition && !givenNames.has("position")) {
            if (nextPosition === null) {
              const [row] = await tx.query(`select min("position") as min from ${this.table(object)}`);
              nextPosition = (row?.min === null || row?.min === void 0 ? 1 : Number(row.min)) - 1;
            } else nextPosition -= 1;
            columns.push({ column: "position", sqlType: "double precision", value: nextPosition });
            givenNames.add("position");
          }
          for (const value of [...this.actorColumns(object, "createdBy", options.actor), ...this.actorColumns(object, "updatedBy", options.actor)]) {
            if (givenNames.has(value.column)) continue;
            columns.push(value);
            givenNames.add(value.column);
          }
          columns.push(...defaultColumns(object, givenNames, now));
          const present = new Set(columns.filter((value) => value.value !== null && value.value !== void 0).map((value) => value.column));
          const missing = missingRequired(object, present);
          if (missing.length > 0) throw badInput(`Missing required field${missing.length > 1 ? "s" : ""} ${missing.map((name) => `"${name}"`).join(", ")} for ${object.nameSingular}`);
          const record3 = await this.insertRow(tx, object, columns);
          records3.push(record3);
          for (const operation of ["created", "upserted"]) changes.push({ objectName: object.nameSingular, operation, recordId: String(record3.id), after: record3 });
        }
        return { records: records3, changes };
      });
    } catch (error) {
      _RecordRepository.translateError(object, error);
    }
  }
  async updateRow(tx, object, id, columns, now) {
    const params = new SqlParams();
    const sets = columns.map((value) => `${quoteIdent(value.column)} = ${params.add(value.value, value.sqlType)}`);
    if (object.fields.some((field) => field.name === "updatedAt")) sets.push(`"updatedAt" = ${params.add(now, "timestamptz")}`);
    const [row] = await tx.query(`update ${this.table(object)} set ${sets.join(", ")} where id = ${params.add(id, "uuid")} returning *`, params.values);
    return rowToRecord(object, row);
  }
  /** The rows a mutation acts on, locked for the transaction (no lost updates under concurrent runs). */
  async selectForWrite(tx, object, selector, deleted) {
    const params = new SqlParams();
    let where;
    if ("ids" in selector) {
      for (const id of selector.ids) if (!isUuid(id)) throw badInput(`Value "${id}" is not a valid UUID`);
      where = `id = any(${params.add(selector.ids, "uuid[]")})`;
    } else where = filterToSql(object, selector.filter, params);
    const hasDeletedAt = object.fields.some((field) => field.name === "deletedAt");
    if (hasDeletedAt && deleted === "live") where = `(${where}) and "deletedAt" is null`;
    if (hasDeletedAt && deleted === "deleted") where = `(${where}) and "deletedAt" is not null`;
    const rows = await tx.query(`select * from ${this.table(object)} where ${where} order by id for update`, params.values);
    if ("ids" in selector && rows.length === 0) throw new WorkspaceApiError("NOT_FOUND", "Record not found");
    return rows.map((row) => rowToRecord(object, row));
  }
  async update(objectName, selector, data, options) {
    const object = this.object(objectName);
    try {
      return await this.db.transaction(async (tx) => {
        assertNoNullOnRequired(object, data);
        const given = inputToColumns(object, data).filter((value) => value.column !== "id");
        const now = (/* @__PURE__ */ new Date()).toISOString();
        const records3 = [];
        const changes = [];
        for (const before of await this.selectForWrite(tx, object, selector, "live")) {
          const after = await this.updateRow(tx, object, String(before.id), [...given, ...this.actorColumns(object, "updatedBy", options.actor)], now);
          records3.push(after);
          const diff = recordDiff(before, after);
          if (Object.keys(diff).length === 0) continue;
          for (const operation of ["updated", "upserted"]) changes.push({ objectName: object.nameSingular, operation, recordId: String(after.id), before, after, diff, updatedFields: Object.keys(diff) });
        }
        return { records: records3, changes };
      });
    } catch (error) {
      _RecordRepository.translateError(object, error);
    }
  }
  /** Soft delete (`delete*`) and restore (`restore*`): deletedAt set or cleared. */
  async setDeleted(objectName, selector, deleted, options) {
    const object = this.object(objectName);
    if (!object.fields.some((field) => field.name === "deletedAt")) throw badInput(`${object.nameSingular} records cannot be soft-deleted`);
    try {
      return await this.db.transaction(async (tx) => {
        const now = (/* @__PURE__ */ new Date()).toISOString();
        const records3 = [];
        const changes = [];
        for (const before of await this.selectForWrite(tx, object, selector, deleted ? "live" : "deleted")) {
          const after = await this.updateRow(tx, object, String(before.id), [{ column: "deletedAt", sqlType: "timestamptz", value: deleted ? now : null }, ...this.actorColumns(object, "updatedBy", options.actor)], now);
          records3.push(after);
          const diff = recordDiff(before, after);
          changes.push({ objectName: object.nameSingular, operation: deleted ? "deleted" : "restored", recordId: String(after.id), before, after, diff, updatedFields: Object.keys(diff) });
        }
        return { records: records3, changes };
      });
    } catch (error) {
      _RecordRepository.translateError(object, error);
    }
  }
  /** Hard delete (`destroy*`): soft-deleted records included; relations follow their onDelete. */
  async destroy(objectName, selector) {
    const object = this.object(objectName);
    try {
      return await this.db.transaction(async (tx) => {
        const rows = await this.selectForWrite(tx, object, selector, "any");
        if (rows.length > 0) await tx.query(`delete from ${this.table(object)} where id = any($1::uuid[])`, [rows.map((row) => row.id)]);
        return { records: rows, changes: rows.map((before) => ({ objectName: object.nameSingular, operation: "destroyed", recordId: String(before.id), before })) };
      });
    } catch (error) {
      _RecordRepository.translateError(object, error);
    }
  }
  /** Counts per object (the Workspace window's side list, `workspace status`). */
  async counts() {
    const counts = {};
    for (const object of this.model.objects) {
      const [row] = await this.db.query(`select count(*) as count from ${this.table(object)}`);
      counts[object.nameSingular] = Number(row?.count ?? 0);
    }
    return counts;
  }
  /** Every row of an object, raw (export). */
  async allRecords(objectName) {
    const object = this.object(objectName);
    const rows = await this.db.query(`select * from ${this.table(object)} order by id`);
    return rows.map((row) => rowToRecord(object, row));
  }
  columnsOf(objectName) {
    return objectColumns(this.object(objectName));
  }
};

// src-main/core/workspace/sql/schema-migration.ts
var UDT = {
  uuid: "uuid",
  text: "text",
  "double precision": "float8",
  numeric: "numeric",
  boolean: "bool",
  timestamptz: "timestamptz",
  date: "date",
  "text[]": "_text",
  jsonb: "jsonb",
  tsvector: "tsvector"
};
var isStudioTable = (name) => name.startsWith("_studio");
async function readExistingColumns(sql, schema) {
  const rows = await sql.query(
    "select table_name, column_name, udt_name from information_schema.columns where table_schema = $1 order by table_name, ordinal_position",
    [schema]
  );
  return rows.map((row) => ({ table: row.table_name, column: row.column_name, type: row.udt_name }));
}
var foreignKeyName = (object, column) => `fk_${object.nameSingular}_${column}`.slice(0, 63);
var uniqueIndexName = (object, field) => `uq_${object.nameSingular}_${field}`.slice(0, 63);
var indexName = (object, column) => `ix_${object.nameSingular}_${column}`.slice(0, 63);
function planMigration(model, existing, schema) {
  const steps = [];
  const tables = /* @__PURE__ */ new Map();
  for (const column of existing) {
    if (isStudioTable(column.table)) continue;
    if (!tables.has(column.table)) tables.set(column.table, /* @__PURE__ */ new Map());
    tables.get(column.table).set(column.column, column.type);
  }
  const fkSteps = [];
  const wanted = new Set(model.objects.map((object) => object.nameSingular));
  for (const object of model.objects) {
    const table = tableRef(schema, object);
    const columns = objectColumns(object);
    const present = tables.get(object.nameSingular);
    const newColumns = /* @__PURE__ */ new Set();
    if (!present) {
      const definitions = columns.map((spec) => `${quoteIdent(spec.column)} ${spec.sqlType}${spec.column === "id" ? " primary key default gen_random_uuid()" : ""}`);
      steps.push({ description: `Create ${object.nameSingular}`, sql: `create table ${table} (${definitions.join(", ")})`, destructive: false });
      for (const spec of columns) newColumns.add(spec.column);
    } else {
      const wantedColumns = new Set(columns.map((spec) => spec.column));
      for (const spec of columns) {
        const type = present.get(spec.column);
        if (type === void 0) {
          steps.push({ description: `Add ${object.nameSingular}.${spec.column}`, sql: `alter table ${table} add column ${quoteIdent(spec.column)} ${spec.sqlType}`, destructive: false });
          newColumns.add(spec.column);
        } else if (type !== UDT[spec.sqlType]) {
          steps.push({
            description: `Change ${object.nameSingular}.${spec.column} from ${type} to ${spec.sqlType} (its values are dropped)`,
            sql: `alter table ${table} drop column ${quoteIdent(spec.column)}; alter table ${table} add column ${quoteIdent(spec.column)} ${spec.sqlType}`,
            destructive: true
          });
          newColumns.add(spec.column);
        }
      }
      for (const column of present.keys()) {
        if (!wantedColumns.has(column)) {
          steps.push({ description: `Drop ${object.nameSingular}.${column} and its values`, sql: `alter table ${table} drop column ${quoteIdent(column)} cascade`, destructive: true });
        }
      }
    }
    for (const field of object.fields) {
      const unique = uniqueColumns(field);
      if (unique.length > 0 && unique.some((column) => newColumns.has(column))) {
        const where = [`"deletedAt" is null`, ...unique.map((column) => `${quoteIdent(column)} is not null and ${quoteIdent(column)}::text <> ''`)].join(" and ");
        steps.push({ description: `Unique ${object.nameSingular}.${field.name}`, sql: `create unique index if not exists ${quoteIdent(uniqueIndexName(object, field.name))} on ${table} (${unique.map(quoteIdent).join(", ")}) where ${where}`, destructive: false });
      }
      const relation = field.relation;
      if (relation?.type === "MANY_TO_ONE" && relation.joinColumn && newColumns.has(relation.joinColumn) && wanted.has(relation.targetObject)) {
        const onDelete = { CASCADE: "cascade", SET_NULL: "set null", RESTRICT: "restrict", NO_ACTION: "no action" }[relation.onDelete ?? "SET_NULL"];
        fkSteps.push({
          description: `Relation ${object.nameSingular}.${field.name} -> ${relation.targetObject}`,
          sql: `alter table ${table} add constraint ${quoteIdent(foreignKeyName(object, relation.joinColumn))} foreign key (${quoteIdent(relation.joinColumn)}) references ${tableRef(schema, relation.targetObject)} (id) on delete ${onDelete}; create index if not exists ${quoteIdent(indexName(object, relation.joinColumn))} on ${table} (${quoteIdent(relation.joinColumn)})`,
          destructive: false
        });
      }
    }
  }
  for (const table of tables.keys()) {
    if (!wanted.has(table)) steps.push({ description: `Drop object ${table} and its records`, sql: `drop table ${quoteIdent(schema)}.${quoteIdent(table)} cascade`, destructive: true });
  }
  return [...steps, ...fkSteps];
}
async function applyMigration(sql, schema, steps) {
  const run2 = async (tx) => {
    await tx.exec(`create schema if not exists ${quoteIdent(schema)}`);
    for (const step of steps) await tx.exec(step.sql);
  };
  if (sql.transaction) await sql.transaction(run2);
  else await run2(sql);
}

// src-main/core/workspace/workspace-lock.ts
var import_promises28 = require("node:fs/promises");
var import_node_path44 = require("node:path");
var alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
};
async function acquireWorkspaceLock(dataDir, command) {
  const path = (0, import_node_path44.join)(dataDir, "owner.lock");
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const handle = await (0, import_promises28.open)(path, "wx", 384);
      await handle.writeFile(JSON.stringify({ pid: process.pid, startedAt: (/* @__PURE__ */ new Date()).toISOString(), command }));
      await handle.close();
      let released = false;
      const release = async () => {
        if (released) return;
        released = true;
        await (0, import_promises28.rm)(path, { force: true });
      };
      return { release };
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      let owner = null;
      try {
        owner = JSON.parse(await (0, import_promises28.readFile)(path, "utf8"));
      } catch {
        owner = null;
      }
      if (owner && owner.pid !== process.pid && alive(owner.pid)) return { owner };
      await (0, import_promises28.rm)(path, { force: true });
    }
  }
  throw new Error(`Could not take the workspace lock ${path}`);
}

// src-main/core/workspace/local-workspace.ts
var STANDARD_MODELS = { "2.43": __default };
function standardModelFor(sdkVersion) {
  const line = /^(\d+\.\d+)/.exec(sdkVersion ?? "")?.[1];
  return line && STANDARD_MODELS[line] || STANDARD_MODELS["2.43"];
}
var WorkspaceBusyError = class extends Error {
  constructor(owner, dir) {
    super(`The local workspace in ${dir} is in use by another studio process (pid ${owner.pid}, ${owner.command}, since ${owner.startedAt}). Close it, or run this command there.`);
    this.owner = owner;
  }
  owner;
  code = "WORKSPACE_BUSY";
};
var LocalWorkspace = class _LocalWorkspace {
  constructor(db, schemaName, model, releaseLock, info) {
    this.db = db;
    this.schemaName = schemaName;
    this.model = model;
    this.releaseLock = releaseLock;
    this.info = info;
    this.repository = new RecordRepository(db, schemaName, model);
  }
  db;
  schemaName;
  model;
  releaseLock;
  info;
  schemaCache = null;
  documents = /* @__PURE__ */ new Map();
  listeners = /* @__PURE__ */ new Set();
  pendingDestructive = [];
  modelProblems = [];
  repository;
  static async open(options, manifest) {
    const started = Date.now();
    await (0, import_promises29.mkdir)(options.dir, { recursive: true });
    const lock = await acquireWorkspaceLock(options.dir, options.command ?? "twenty-studio");
    if ("owner" in lock) throw new WorkspaceBusyError(lock.owner, options.dir);
    try {
      let db;
      let created = false;
      let templateCreatedMs = null;
      if (options.databaseUrl) db = await openPostgresDatabase(options.databaseUrl);
      else ({ db, created, templateCreatedMs } = await openPgliteDatabase((0, import_node_path45.join)(options.dir, "pgdata"), { templateCacheDir: options.templateCacheDir }));
      const schemaName = options.schema ?? DEFAULT_WORKSPACE_SCHEMA;
      const { model, problems } = buildWorkspaceModel(standardModelFor(options.sdkVersion), manifest);
      const workspace = new _LocalWorkspace(db, schemaName, model, lock.release, { created, templateCreatedMs, openMs: 0, dir: options.dir });
      workspace.modelProblems = problems;
      await workspace.migrate({ allowDestructive: created });
      workspace.info.openMs = Date.now() - started;
      return workspace;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }
  /**
   * Brings the tables to the model. Additive steps run at once; destructive ones (a removed field or
   * object, a changed type) run only with `allowDestructive`, else they wait in `pendingDestructive`
   * for the user to confirm, and the tables keep the columns.
   */
  async migrate(options = {}) {
    await this.db.exec(`create schema if not exists ${quoteIdent(this.schemaName)}`);
    const steps = planMigration(this.model, await readExistingColumns(this.db, this.schemaName), this.schemaName);
    const applied = steps.filter((step) => !step.destructive || options.allowDestructive);
    const pending = steps.filter((step) => step.destructive && !options.allowDestructive);
    if (applied.length > 0) await applyMigration(this.db, this.schemaName, applied);
    this.pendingDestructive = pending;
    return { applied, pending };
  }
  /** The app's model changed (an object or field added, renamed, removed): rebuild, then migrate. */
  async updateModel(manifest, sdkVersion, options = {}) {
    const { model, problems } = buildWorkspaceModel(standardModelFor(sdkVersion), manifest);
    const changed = JSON.stringify(model) !== JSON.stringify(this.model);
    this.model = model;
    this.modelProblems = problems;
    if (changed) {
      this.repository = new RecordRepository(this.db, this.schemaName, model);
      this.schemaCache = null;
      this.documents.clear();
    }
    const result = await this.migrate(options);
    return { changed, ...result };
  }
  get graphqlSchema() {
    if (!this.schemaCache) {
      const schema = buildCoreGraphqlSchema(this.model);
      this.schemaCache = { schema, sdl: (0, import_graphql4.printSchema)(schema) };
    }
    return this.schemaCache.schema;
  }
  /** The Core API's SDL: what `applicationCoreGraphqlSchema` answers and client generation reads. */
  get sdl() {
    void this.graphqlSchema;
    return this.schemaCache.sdl;
  }
  onChanges(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  /** Committed changes, to the event layer (and the Workspace window's activity). */
  publish(changes, runId) {
    if (changes.length === 0) return;
    for (const listener of this.listeners) listener(changes, { runId });
  }
  /** Runs a Core API request with the server's error shapes; writes are published once the request is done. */
  async executeGraphql(request, actor, runId = null) {
    let document = this.documents.get(request.query);
    if (!document) {
      try {
        document = (0, import_graphql4.parse)(request.query);
      } catch (error) {
        return { errors: [{ message: error.message, extensions: { code: "GRAPHQL_PARSE_FAILED" } }] };
      }
      const validation = (0, import_graphql4.validate)(this.graphqlSchema, document);
      if (validation.length > 0) return { errors: validation.map((error) => ({ message: error.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } })) };
      if (this.documents.size > 500) this.documents.clear();
      if (request.query.length <= 2e4) this.documents.set(request.query, document);
    }
    const writes = [];
    const context2 = { repository: this.repository, actor, onWrite: (result2) => writes.push(result2), loaders: /* @__PURE__ */ new Map() };
    const result = await (0, import_graphql4.execute)({ schema: this.graphqlSchema, document, variableValues: request.variables ?? void 0, operationName: request.operationName ?? void 0, contextValue: context2 });
    this.publish(writes.flatMap((write) => write.changes), runId);
    const response = { data: result.data ?? null };
    if (result.errors?.length) response.errors = result.errors.map(formatGraphqlError);
    return response;
  }
  /** `graphql()` for callers that hold a schema of their own (the metadata API). */
  static run = import_graphql4.graphql;
  async status() {
    return {
      kind: this.db.kind,
      dir: this.info.dir,
      twentyVersion: this.model.twentyVersion,
      objects: this.model.objects.length,
      appObjects: this.model.objects.filter((object) => object.source === "app").map((object) => object.nameSingular),
      counts: await this.repository.counts(),
      pendingDestructive: this.pendingDestructive.map((step) => step.description),
      problems: this.modelProblems
    };
  }
  /** Empties every object's table (the schema stays). */
  async clear() {
    const tables = this.model.objects.map((object) => `${quoteIdent(this.schemaName)}.${quoteIdent(object.nameSingular)}`);
    await this.db.exec(`truncate ${tables.join(", ")} cascade`);
  }
  async close() {
    this.listeners.clear();
    await this.db.close().catch(() => void 0);
    await this.releaseLock();
  }
  /** Deletes the workspace's data folder (the user asked to reset it). */
  static async destroyData(dir) {
    await (0, import_promises29.rm)((0, import_node_path45.join)(dir, "pgdata"), { recursive: true, force: true });
  }
};

// src-main/core/workspace/services/agent-responder.ts
var import_node_path46 = require("node:path");
var import_zod18 = require("zod");

// src-main/core/workspace/services/agent-model-client.ts
var import_zod17 = require("zod");
var modelEndpointSchema = import_zod17.z.object({
  baseUrl: import_zod17.z.string().url(),
  apiKey: import_zod17.z.string().default(""),
  model: import_zod17.z.string().min(1),
  timeoutMs: import_zod17.z.number().int().min(1e3).max(6e5).default(6e4)
});
var completionSchema = import_zod17.z.object({
  choices: import_zod17.z.array(
    import_zod17.z.object({
      message: import_zod17.z.object({
        role: import_zod17.z.string().optional(),
        content: import_zod17.z.string().nullable().optional(),
        tool_calls: import_zod17.z.array(import_zod17.z.object({ id: import_zod17.z.string(), type: import_zod17.z.literal("function").optional(), function: import_zod17.z.object({ name: import_zod17.z.string(), arguments: import_zod17.z.string().default("{}") }) })).optional()
      })
    })
  ).min(1)
});
var ModelEndpointError = class extends Error {
};
async function chatCompletion(endpoint, messages, tools, fetchImpl = fetch) {
  const url = `${endpoint.baseUrl.replace(/\/+$/, "")}/chat/completions`;
  const body = {
    model: endpoint.model,
    messages,
    ...tools.length > 0 ? { tools: tools.map((tool) => ({ type: "function", function: tool })) } : {}
  };
  let response;
  try {
    response = await fetchImpl(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...endpoint.apiKey ? { authorization: `Bearer ${endpoint.apiKey}` } : {} },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(endpoint.timeoutMs)
    });
  } catch (error) {
    const name = error.name;
    if (name === "TimeoutError" || name === "AbortError") throw new ModelEndpointError(`The model endpoint ${url} did not answer within ${Math.round(endpoint.timeoutMs / 1e3)} s`);
    throw new ModelEndpointError(`The model endpoint ${url} cannot be reached: ${error.message}`);
  }
  const text = await response.text().catch(() => "");
  if (!response.ok) throw new ModelEndpointError(`The model endpoint answered ${response.status}: ${text.slice(0, 300) || response.statusText}`);
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ModelEndpointError(`The model endpoint's answer is not JSON: ${text.slice(0, 200)}`);
  }
  const parsed = completionSchema.safeParse(json);
  if (!parsed.success) throw new ModelEndpointError(`The model endpoint's answer is not an OpenAI chat completion (${parsed.error.issues[0]?.path.join(".") || "root"}: ${parsed.error.issues[0]?.message})`);
  const message = parsed.data.choices[0].message;
  return {
    content: message.content ?? null,
    toolCalls: (message.tool_calls ?? []).map((call) => ({ id: call.id, type: "function", function: call.function }))
  };
}

// src-main/core/workspace/services/agent-responder.ts
var scriptSchema = import_zod18.z.object({
  reply: import_zod18.z.unknown().optional(),
  error: import_zod18.z.string().optional(),
  /**
   * Tools (the app's tool functions, by name or universal identifier) the agent calls before it
   * replies, with the inputs the developer composed; `{{toolResults}}` in the reply is their results (JSON).
   */
  toolCalls: import_zod18.z.array(import_zod18.z.object({ tool: import_zod18.z.string().min(1), input: import_zod18.z.unknown().optional() })).optional()
});
var fileSchema = import_zod18.z.object({ agents: import_zod18.z.record(import_zod18.z.string(), scriptSchema), model: modelEndpointSchema.nullable().optional() });
var MAX_MODEL_ROUNDS = 8;
function appAgentsOf(entries) {
  return (entries ?? []).flatMap((raw) => {
    if (!raw || typeof raw !== "object") return [];
    const entry = raw;
    if (typeof entry.universalIdentifier !== "string") return [];
    const name = typeof entry.name === "string" ? entry.name : entry.universalIdentifier;
    return [{ universalIdentifier: entry.universalIdentifier, name, label: typeof entry.label === "string" ? entry.label : name, prompt: typeof entry.prompt === "string" ? entry.prompt : "", responseFormat: entry.responseFormat }];
  });
}
var record2 = (raw) => raw && typeof raw === "object" && !Array.isArray(raw) ? raw : null;
function appToolsOf(entries) {
  return (entries ?? []).flatMap((raw) => {
    const entry = record2(raw);
    const tool = record2(entry?.toolTriggerSettings);
    if (!entry || !tool || typeof entry.universalIdentifier !== "string") return [];
    const name = typeof entry.name === "string" ? entry.name : entry.universalIdentifier;
    return [{ universalIdentifier: entry.universalIdentifier, name, description: typeof entry.description === "string" ? entry.description : "", inputSchema: tool.inputSchema ?? { type: "object", properties: {} } }];
  });
}
function appSkillsOf(entries) {
  return (entries ?? []).flatMap((raw) => {
    const entry = record2(raw);
    if (!entry || typeof entry.name !== "string") return [];
    return [{ name: entry.name, label: typeof entry.label === "string" ? entry.label : entry.name, content: typeof entry.content === "string" ? entry.content : "" }];
  });
}
var isJsonFormat = (format) => typeof format === "object" && format !== null && format.type === "json";
var safeJson = (text) => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};
var parseJsonReply = (text) => {
  try {
    return JSON.parse(text.replace(/^```(?:json)?\s*|\s*```$/g, ""));
  } catch {
    throw new ModelEndpointError(`The agent has a JSON response format, but the model answered text that is not JSON: ${text.slice(0, 200)}`);
  }
};
var fill = (value, vars) => {
  if (typeof value === "string") return value.replace(/\{\{\s*(\w+)\s*\}\}/g, (match2, key) => vars[key] ?? match2);
  if (Array.isArray(value)) return value.map((item) => fill(item, vars));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item, vars)]));
  return value;
};
var AgentResponder = class {
  constructor(appDataDir, agents, onTranscript = () => void 0, capabilities = { tools: () => [], skills: () => [], runTool: async () => ({ ok: false, error: "No tool runner" }) }) {
    this.appDataDir = appDataDir;
    this.agents = agents;
    this.onTranscript = onTranscript;
    this.capabilities = capabilities;
  }
  appDataDir;
  agents;
  onTranscript;
  capabilities;
  get path() {
    return (0, import_node_path46.join)(this.appDataDir, "agents.json");
  }
  async scripts() {
    return (await readJsonFile(this.path, fileSchema, { agents: {} })).agents;
  }
  /** Sets (or with null, removes) an agent's scripted reply. */
  async setScript(universalIdentifier, script) {
    const stored = await readJsonFile(this.path, fileSchema, { agents: {} });
    if (script === null) delete stored.agents[universalIdentifier];
    else stored.agents[universalIdentifier] = scriptSchema.parse(script);
    await writeJsonFile(this.path, stored, { secret: true });
  }
  /** The OpenAI-compatible endpoint agents without a script answer from (null: the local echo). */
  async model() {
    return (await readJsonFile(this.path, fileSchema, { agents: {} })).model ?? null;
  }
  async setModel(endpoint) {
    const stored = await readJsonFile(this.path, fileSchema, { agents: {} });
    stored.model = endpoint === null ? null : modelEndpointSchema.parse(endpoint);
    await writeJsonFile(this.path, stored, { secret: true });
  }
  findTool(nameOrId) {
    return this.capabilities.tools().find((tool) => tool.name === nameOrId || tool.universalIdentifier === nameOrId);
  }
  /** Runs one tool call; a tool the app does not have, or a run that fails, is an error the agent sees. */
  async callTool(nameOrId, input, runId) {
    const tool = this.findTool(nameOrId);
    if (!tool) return { role: "tool", tool: nameOrId, input, ok: false, runId: null, content: `Unknown tool "${nameOrId}": the app's tool functions are ${this.capabilities.tools().map((item) => item.name).join(", ") || "none"}` };
    const outcome = await this.capabilities.runTool(tool, input, runId).catch((error) => ({ ok: false, error: error.message }));
    return { role: "tool", tool: tool.name, input, ok: outcome.ok, runId: outcome.runId ?? null, content: outcome.ok ? JSON.stringify(outcome.data ?? null) : `Error: ${outcome.error ?? "the tool failed"}` };
  }
  /** The model loop: ask, run the tools it calls, give their results back, until it answers in text. */
  async askModel(endpoint, agent, conversation, runId, transcript) {
    const skills = this.capabilities.skills();
    const instructions = [agent.prompt, ...skills.map((skill) => `## Skill: ${skill.label || skill.name}
${skill.content}`)].filter(Boolean).join("\n\n");
    const tools = this.capabilities.tools().map((tool) => ({ name: tool.name, description: tool.description || tool.name, parameters: tool.inputSchema ?? { type: "object", properties: {} } }));
    const messages = [...instructions ? [{ role: "system", content: instructions }] : [], ...conversation];
    for (let round2 = 0; round2 < MAX_MODEL_ROUNDS; round2 += 1) {
      const answer = await chatCompletion(endpoint, messages, tools);
      if (answer.toolCalls.length === 0) return answer.content ?? "";
      messages.push({ role: "assistant", content: answer.content, tool_calls: answer.toolCalls });
      for (const call of answer.toolCalls) {
        let input;
        try {
          input = JSON.parse(call.function.arguments || "{}");
        } catch {
          input = call.function.arguments;
        }
        const result = typeof input === "string" ? { role: "tool", tool: call.function.name, input, ok: false, runId: null, content: "Error: the tool arguments are not JSON" } : await this.callTool(call.function.name, input, runId);
        transcript.push(result);
        messages.push({ role: "tool", tool_call_id: call.id, content: result.content });
      }
    }
    throw new ModelEndpointError(`The model asked for tools ${MAX_MODEL_ROUNDS} rounds in a row without answering; stopped`);
  }
  async run(input, runId) {
    const agent = this.agents().find((candidate) => candidate.universalIdentifier === input.agentUniversalIdentifier);
    if (!agent) throw new WorkspaceApiError("NOT_FOUND", `Agent ${input.agentUniversalIdentifier} not found`);
    const conversation = input.messages?.length ? input.messages.map(({ role, content }) => ({ role, content })) : input.prompt !== void 0 && input.prompt !== null ? [{ role: "user", content: input.prompt }] : [];
    if (conversation.length === 0) throw badInput("Either prompt or messages must be provided");
    const prompt = [...conversation].reverse().find((message) => message.role === "user")?.content ?? "";
    const script = (await this.scripts())[agent.universalIdentifier];
    const endpoint = script ? null : await this.model();
    const vars = { prompt, agent: agent.label, name: agent.name };
    const toolMessages = [];
    let outcome;
    let reply = null;
    const responder = script ? "scripted" : endpoint ? "model" : "echo";
    try {
      if (script?.error) outcome = { result: null, error: String(fill(script.error, vars)), success: false };
      else if (endpoint) {
        const text = await this.askModel(endpoint, agent, conversation, runId, toolMessages);
        reply = text;
        outcome = { result: agent.responseFormat && isJsonFormat(agent.responseFormat) ? parseJsonReply(text) : { response: text }, error: null, success: true };
      } else {
        for (const call of script?.toolCalls ?? []) toolMessages.push(await this.callTool(call.tool, call.input ?? {}, runId));
        vars.toolResults = JSON.stringify(toolMessages.map((message) => message.role === "tool" ? { tool: message.tool, ok: message.ok, result: safeJson(message.content) } : null));
        reply = script && script.reply !== void 0 ? fill(script.reply, vars) : `${agent.label} (local echo) received: ${prompt}`;
        outcome = { result: typeof reply === "string" ? { response: reply } : reply, error: null, success: true };
      }
    } catch (error) {
      outcome = { result: null, error: error.message, success: false };
    }
    this.onTranscript({
      agent: { universalIdentifier: agent.universalIdentifier, name: agent.name, label: agent.label },
      messages: [
        ...agent.prompt ? [{ role: "system", content: agent.prompt }] : [],
        ...conversation,
        ...toolMessages,
        ...outcome.success ? [{ role: "assistant", content: typeof reply === "string" ? reply : JSON.stringify(reply) }] : []
      ],
      reply: outcome.result,
      responder,
      success: outcome.success,
      error: outcome.error
    }, runId);
    return outcome;
  }
};

// src-main/core/workspace/services/connection-store.ts
var import_node_crypto10 = require("node:crypto");
var import_node_path47 = require("node:path");
var import_zod19 = require("zod");
var LOCAL_USER_WORKSPACE_ID = "00000000-0000-4000-8000-000000000001";
var TOKEN_MASK = "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022";
var EXPIRED_REASON = "Access token expired (simulated in Twenty App Studio)";
var storedConnectionSchema = workspaceConnectionSchema.extend({
  expiredAt: import_zod19.z.string().nullable().default(null)
});
var fileSchema2 = import_zod19.z.object({ connections: import_zod19.z.array(storedConnectionSchema) });
var ConnectionStore = class _ConnectionStore {
  constructor(appDataDir, onActivity = () => void 0) {
    this.appDataDir = appDataDir;
    this.onActivity = onActivity;
  }
  appDataDir;
  onActivity;
  queue = Promise.resolve();
  get path() {
    return (0, import_node_path47.join)(this.appDataDir, "connections.json");
  }
  async read() {
    return (await readJsonFile(this.path, fileSchema2, { connections: [] })).connections;
  }
  /** Read-modify-write, one at a time. */
  mutate(change) {
    const next = this.queue.then(async () => {
      const connections = await this.read();
      const result = change(connections);
      await writeJsonFile(this.path, { connections }, { secret: true });
      return result;
    });
    this.queue = next.catch(() => void 0);
    return next;
  }
  static served(connection) {
    const expired = connection.expired && connection.authFailedAt === null;
    return {
      id: connection.id,
      providerName: connection.providerName,
      name: connection.name,
      handle: connection.handle,
      visibility: connection.visibility,
      userWorkspaceId: connection.userWorkspaceId,
      workspaceMemberId: connection.workspaceMemberId,
      accessToken: connection.accessToken,
      scopes: connection.scopes,
      authFailedAt: expired ? connection.expiredAt ?? connection.createdAt : connection.authFailedAt,
      authFailedReason: expired ? EXPIRED_REASON : connection.authFailedReason
    };
  }
  /** For the window: everything but the token, which is masked. */
  async list() {
    return (await this.read()).map((connection) => ({ ..._ConnectionStore.served(connection), accessToken: connection.accessToken ? TOKEN_MASK : "", expired: connection.expired, createdAt: connection.createdAt }));
  }
  async add(input) {
    if (!input.providerName || !input.handle) throw badInput("A connection needs a providerName and a handle.");
    const now = (/* @__PURE__ */ new Date()).toISOString();
    const connection = {
      id: (0, import_node_crypto10.randomUUID)(),
      providerName: input.providerName,
      name: input.name ?? input.handle,
      handle: input.handle,
      visibility: input.visibility ?? "workspace",
      userWorkspaceId: input.userWorkspaceId ?? LOCAL_USER_WORKSPACE_ID,
      workspaceMemberId: input.workspaceMemberId ?? null,
      accessToken: input.accessToken ?? "",
      scopes: input.scopes ?? [],
      authFailedAt: null,
      authFailedReason: null,
      expired: input.expired === true,
      expiredAt: input.expired ? now : null,
      createdAt: now
    };
    await this.mutate((connections) => connections.push(connection));
    this.onActivity({ runId: null, summary: `add connection ${connection.name} (${connection.providerName})`, detail: { action: "add", id: connection.id, providerName: connection.providerName, handle: connection.handle } });
    return { ..._ConnectionStore.served(connection), accessToken: TOKEN_MASK };
  }
  /** Changes a connection; the masked token sent back unchanged keeps the stored one. */
  async update(id, patch) {
    const updated = await this.mutate((connections) => {
      const connection = connections.find((candidate) => candidate.id === id);
      if (!connection) throw new WorkspaceApiError("NOT_FOUND", `Connection ${id} not found`);
      for (const key of ["providerName", "name", "handle", "visibility", "userWorkspaceId", "workspaceMemberId", "scopes", "authFailedAt", "authFailedReason"]) {
        if (patch[key] !== void 0) connection[key] = patch[key];
      }
      if (patch.accessToken !== void 0 && patch.accessToken !== TOKEN_MASK) {
        connection.accessToken = patch.accessToken;
        connection.authFailedAt = null;
        connection.authFailedReason = null;
      }
      if (patch.expired !== void 0 && patch.expired !== connection.expired) {
        connection.expired = patch.expired;
        connection.expiredAt = patch.expired ? (/* @__PURE__ */ new Date()).toISOString() : null;
      }
      return { ...connection };
    });
    this.onActivity({ runId: null, summary: `update connection ${updated.name}${patch.expired !== void 0 ? ` (expired: ${updated.expired})` : ""}`, detail: { action: "update", id, fields: Object.keys(patch).filter((key) => key !== "accessToken"), tokenChanged: patch.accessToken !== void 0 && patch.accessToken !== TOKEN_MASK } });
    return { ..._ConnectionStore.served(updated), accessToken: TOKEN_MASK };
  }
  async remove(id) {
    const removed = await this.mutate((connections) => {
      const index = connections.findIndex((candidate) => candidate.id === id);
      if (index >= 0) connections.splice(index, 1);
      return index >= 0;
    });
    if (removed) this.onActivity({ runId: null, summary: `remove connection ${id}`, detail: { action: "remove", id } });
    return removed;
  }
  async ids() {
    return (await this.read()).map((connection) => connection.id);
  }
  /** `appConnection(id)`: with its token (the function needs it); a failed one still answers, the SDK throws. */
  async get(id, runId) {
    const connection = (await this.read()).find((candidate) => candidate.id === id);
    if (!connection) throw new WorkspaceApiError("NOT_FOUND", `Connection ${id} not found`);
    const served = _ConnectionStore.served(connection);
    this.onActivity({ runId, summary: `get connection ${connection.name} (${connection.providerName})${served.authFailedAt ? " \u2014 needs reconnect" : ""}`, detail: { action: "get", id, providerName: connection.providerName, authFailedAt: served.authFailedAt } });
    return served;
  }
  /** `appConnections(filter)`: connections that need a reconnect are left out, as the server does. */
  async find(filter, runId) {
    const served = (await this.read()).map(_ConnectionStore.served).filter((connection) => connection.authFailedAt === null && (!filter?.providerName || connection.providerName === filter.providerName) && (!filter?.userWorkspaceId || connection.userWorkspaceId === filter.userWorkspaceId) && (!filter?.visibility || connection.visibility === filter.visibility));
    this.onActivity({ runId, summary: `list connections${filter?.providerName ? ` of ${filter.providerName}` : ""}: ${served.length}`, detail: { action: "list", filter: filter ?? {}, ids: served.map((connection) => connection.id) } });
    return served;
  }
  /** `reportAppConnectionAuthFailure`: marks it failed until the developer gives it a new token. */
  async reportAuthFailure(id, reason, runId) {
    const failedAt = (/* @__PURE__ */ new Date()).toISOString();
    await this.mutate((connections) => {
      const connection = connections.find((candidate) => candidate.id === id);
      if (!connection) throw new WorkspaceApiError("NOT_FOUND", `Connection ${id} not found`);
      connection.authFailedAt = failedAt;
      connection.authFailedReason = reason ?? null;
    });
    this.onActivity({ runId, summary: `connection ${id} reported an auth failure${reason ? `: ${reason}` : ""}`, detail: { action: "authFailure", id, reason: reason ?? null, authFailedAt: failedAt } });
    return true;
  }
};

// src-main/core/workspace/services/job-queue.ts
var import_node_crypto11 = require("node:crypto");
var ENQUEUE_JOB_DEFAULT_RETRY_LIMIT = 0;
var ENQUEUE_JOB_MAX_RETRY_LIMIT = 10;
var LOGIC_FUNCTION_APPLICATION_RETRY_LIMIT2 = 3;
var ENQUEUE_JOB_MAX_DELAY_MS = 7 * 24 * 60 * 60 * 1e3;
var MAX_JOBS_PER_ENQUEUE = 200;
var MAX_JOBS_PER_STATUS_READ = 200;
var ENQUEUE_JOB_ID_PATTERN = /^[\w.-]+$/;
var ENQUEUE_JOB_ID_MAX_LENGTH = 128;
var JOB_RETRY_BACKOFF_MS = 1e3;
var RETRYABLE_ERROR_TYPE = "RetryableLogicFunctionError";
var CANCELLED_REASON = "Cancelled in Twenty App Studio";
var num = (value) => value === null || value === void 0 ? null : Number(value);
var JobQueue = class {
  constructor(options) {
    this.options = options;
  }
  options;
  ready = null;
  running = false;
  timer = null;
  ticking = null;
  again = false;
  active = /* @__PURE__ */ new Map();
  pending = /* @__PURE__ */ new Set();
  get table() {
    return `${quoteIdent(this.options.schema)}."_studio_jobs"`;
  }
  get concurrency() {
    return this.options.concurrency ?? 4;
  }
  ensure() {
    this.ready ??= this.options.db.exec(`create schema if not exists ${quoteIdent(this.options.schema)};
      create table if not exists ${this.table} (
        seq bigserial, "jobId" text primary key, "functionUid" text not null, payload jsonb, state text not null,
        "retryLimit" integer not null, "retryCount" integer not null default 0, "attemptsMade" integer not null default 0,
        "failedReason" text, "lastError" text, "lastRunStatus" text,
        "enqueuedAt" double precision not null, "runAt" double precision not null, "startedAt" double precision, "finishedAt" double precision,
        "runIds" jsonb not null default '[]'::jsonb, "enqueuedByRunId" text);
      create index if not exists "_studio_jobs_due" on ${this.table} (state, "runAt")`);
    return this.ready;
  }
  /** Opens the queue: jobs a previous process left ACTIVE go back to WAITING, then due jobs start. */
  async start() {
    await this.ensure();
    await this.options.db.query(`update ${this.table} set state = 'WAITING', "runAt" = least("runAt", $1) where state = 'ACTIVE'`, [Date.now()]);
    this.running = true;
    this.poke();
  }
  /** Stops starting jobs (running ones finish; their outcome is still recorded). */
  stop() {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
  toJob(row, now = Date.now()) {
    const queued = row.state === "WAITING" || row.state === "DELAYED";
    const runAt = Number(row.runAt);
    const state = queued ? runAt > now ? "DELAYED" : "WAITING" : row.state;
    const runIds = Array.isArray(row.runIds) ? row.runIds.map(String) : typeof row.runIds === "string" ? JSON.parse(row.runIds) : [];
    return {
      jobId: row.jobId,
      state,
      attemptsMade: Number(row.attemptsMade),
      failedReason: row.failedReason ?? null,
      enqueuedAt: Number(row.enqueuedAt),
      startedAt: num(row.startedAt),
      finishedAt: num(row.finishedAt),
      logicFunctionUniversalIdentifier: row.functionUid,
      functionName: this.options.functionName(row.functionUid),
      payload: row.payload ?? null,
      retryLimit: Number(row.retryLimit),
      retryCount: Number(row.retryCount),
      runAt,
      runIds,
      lastRunStatus: row.lastRunStatus ?? null,
      lastError: row.lastError ?? null,
      enqueuedByRunId: row.enqueuedByRunId ?? null
    };
  }
  /** `enqueueJob(s)`: validated as the server's DTOs are; an unknown target is the server's NOT_FOUND. */
  async enqueue(request, enqueuedByRunId) {
    await this.ensure();
    const uid = request.logicFunctionUniversalIdentifier;
    const name = this.options.functionName(uid);
    if (name === null) throw new WorkspaceApiError("NOT_FOUND", `Logic function ${uid} not found in this application`);
    const retryLimit = request.retryLimit ?? ENQUEUE_JOB_DEFAULT_RETRY_LIMIT;
    if (!Number.isInteger(retryLimit) || retryLimit < 0) throw badInput("retryLimit must not be less than 0");
    if (retryLimit > ENQUEUE_JOB_MAX_RETRY_LIMIT) throw badInput(`retryLimit must not be greater than ${ENQUEUE_JOB_MAX_RETRY_LIMIT}`);
    const delayMs = request.delayMs ?? 0;
    if (!Number.isInteger(delayMs) || delayMs < 0) throw badInput("delayMs must not be less than 0");
    if (delayMs > ENQUEUE_JOB_MAX_DELAY_MS) throw badInput(`delayMs must not be greater than ${ENQUEUE_JOB_MAX_DELAY_MS}`);
    const hasJobs = request.jobs !== null && request.jobs !== void 0;
    const hasPayloads = request.payloads !== null && request.payloads !== void 0;
    if (hasJobs && hasPayloads) throw badInput("Provide either jobs or payloads, not both");
    if (!hasJobs && !hasPayloads) throw badInput("Either jobs or payloads must be provided");
    const items = hasJobs ? request.jobs : request.payloads.map((payload) => ({ payload, jobId: null }));
    if (items.length === 0) throw badInput("Either jobs or payloads must be provided");
    if (items.length > MAX_JOBS_PER_ENQUEUE) throw badInput(`Cannot enqueue more than ${MAX_JOBS_PER_ENQUEUE} jobs at once`);
    const supplied = items.map((item) => item.jobId).filter((id) => typeof id === "string");
    if (new Set(supplied).size !== supplied.length) throw badInput("Job ids must be unique within a batch");
    for (const id of supplied) {
      if (id.length < 1 || id.length > ENQUEUE_JOB_ID_MAX_LENGTH) throw badInput(`jobId must be shorter than or equal to ${ENQUEUE_JOB_ID_MAX_LENGTH} characters`);
      if (!ENQUEUE_JOB_ID_PATTERN.test(id)) throw badInput(`jobId must match ${ENQUEUE_JOB_ID_PATTERN} regular expression`);
    }
    for (const item of items) {
      const payload = item.payload ?? {};
      if (typeof payload !== "object" || Array.isArray(payload)) throw badInput("payload must be an object");
    }
    const now = Date.now();
    const ids = items.map((item) => item.jobId ?? (0, import_node_crypto11.randomUUID)());
    await this.options.db.transaction(async (tx) => {
      for (const [index, item] of items.entries()) {
        await tx.query(
          `insert into ${this.table} ("jobId", "functionUid", payload, state, "retryLimit", "enqueuedAt", "runAt", "enqueuedByRunId")
          values ($1, $2, $3::jsonb, $4, $5, $6, $7, $8) on conflict ("jobId") do nothing`,
          [ids[index], uid, JSON.stringify(item.payload ?? {}), delayMs > 0 ? "DELAYED" : "WAITING", retryLimit, now, now + delayMs, enqueuedByRunId]
        );
      }
    });
    this.options.onActivity({
      runId: enqueuedByRunId,
      summary: `enqueue ${ids.length} job${ids.length === 1 ? "" : "s"} of ${name}${delayMs > 0 ? ` (in ${delayMs} ms)` : ""}`,
      detail: { action: "enqueue", function: name, universalIdentifier: uid, jobIds: ids, retryLimit, delayMs }
    });
    this.poke();
    return ids;
  }
  /** `getJobs`: the jobs it knows, in the asked order; unknown ids are left out, as on the server. */
  async getJobs(jobIds) {
    if (jobIds.length > MAX_JOBS_PER_STATUS_READ) throw badInput(`Cannot read more than ${MAX_JOBS_PER_STATUS_READ} jobs at once`);
    await this.ensure();
    const rows = await this.options.db.query(`select * from ${this.table} where "jobId" = any($1::text[])`, [jobIds]);
    const now = Date.now();
    const byId = new Map(rows.map((row) => [row.jobId, this.toJob(row, now)]));
    return jobIds.flatMap((id) => {
      const job = byId.get(id);
      return job ? [{ jobId: job.jobId, state: job.state, attemptsMade: job.attemptsMade, failedReason: job.failedReason, enqueuedAt: job.enqueuedAt, startedAt: job.startedAt, finishedAt: job.finishedAt }] : [];
    });
  }
  async get(jobId) {
    await this.ensure();
    const [row] = await this.options.db.query(`select * from ${this.table} where "jobId" = $1`, [jobId]);
    return row ? this.toJob(row) : null;
  }
  /** A page of jobs, newest first (the window's queue view). */
  async list(params = {}) {
    await this.ensure();
    const now = Date.now();
    const where = params.state === "WAITING" ? `state in ('WAITING', 'DELAYED') and "runAt" <= $1` : params.state === "DELAYED" ? `state in ('WAITING', 'DELAYED') and "runAt" > $1` : params.state ? `state = '${params.state}' and $1::double precision is not null` : "$1::double precision is not null";
    const limit = Math.min(Math.max(params.limit ?? 100, 1), 1e3);
    const rows = await this.options.db.query(`select * from ${this.table} where ${where} order by seq desc limit ${limit} offset ${Math.max(params.offset ?? 0, 0)}`, [now]);
    const [count] = await this.options.db.query(`select count(*) as count from ${this.table} where ${where}`, [now]);
    return { jobs: rows.map((row) => this.toJob(row, now)), total: Number(count?.count ?? 0) };
  }
  /** Makes a waiting or delayed job due now. */
  async runNow(jobId) {
    await this.ensure();
    const rows = await this.options.db.query(`update ${this.table} set "runAt" = $2, state = 'WAITING' where "jobId" = $1 and state in ('WAITING', 'DELAYED') returning "jobId"`, [jobId, Date.now()]);
    if (rows.length > 0) this.activity(jobId, "run now", null);
    this.poke();
    return rows.length > 0;
  }
  /** Cancels a queued job (it becomes FAILED) or the run of an active one. */
  async cancel(jobId) {
    await this.ensure();
    const live = this.active.get(jobId);
    if (live) {
      live.cancelled = true;
      if (live.runId) this.options.cancelRun(live.runId);
      this.activity(jobId, "cancel", live.runId);
      return true;
    }
    const rows = await this.options.db.query(`update ${this.table} set state = 'FAILED', "failedReason" = $2, "finishedAt" = $3 where "jobId" = $1 and state in ('WAITING', 'DELAYED') returning "jobId"`, [jobId, CANCELLED_REASON, Date.now()]);
    if (rows.length > 0) this.activity(jobId, "cancel", null);
    return rows.length > 0;
  }
  /** Queues a finished (completed or failed) job again, from a retry count of 0. */
  async retry(jobId) {
    await this.ensure();
    const rows = await this.options.db.query(`update ${this.table} set state = 'WAITING', "runAt" = $2, "retryCount" = 0, "failedReason" = null, "finishedAt" = null where "jobId" = $1 and state in ('COMPLETED', 'FAILED') returning "jobId"`, [jobId, Date.now()]);
    if (rows.length > 0) this.activity(jobId, "retry", null);
    this.poke();
    return rows.length > 0;
  }
  /** Removes finished jobs (the window's "clear"). */
  async clearFinished() {
    await this.ensure();
    const rows = await this.options.db.query(`delete from ${this.table} where state in ('COMPLETED', 'FAILED') returning "jobId"`);
    return rows.length;
  }
  activity(jobId, action, runId) {
    this.options.onActivity({ runId, summary: `${action} job ${jobId}`, detail: { action, jobId } });
  }
  /** True while a job runs or one is due (what `settle` waits for). */
  async busy() {
    if (this.active.size > 0 || this.ticking) return true;
    if (!this.running) return false;
    await this.ensure();
    const [row] = await this.options.db.query(`select count(*) as due from ${this.table} where state in ('WAITING', 'DELAYED') and "runAt" <= $1`, [Date.now()]);
    return Number(row?.due ?? 0) > 0;
  }
  /** Looks for due jobs soon (after an enqueue, a finished run, a timer). */
  poke() {
    if (!this.running) return;
    if (this.ticking) {
      this.again = true;
      return;
    }
    this.ticking = new Promise((resolve13) => setImmediate(resolve13)).then(() => this.tick()).catch(() => void 0).finally(() => {
      this.ticking = null;
      if (this.again) {
        this.again = false;
        this.poke();
      }
    });
  }
  async tick() {
    if (!this.running) return;
    await this.ensure();
    const free = this.concurrency - this.active.size;
    const now = Date.now();
    if (free > 0) {
      const due = await this.options.db.query(`select * from ${this.table} where state in ('WAITING', 'DELAYED') and "runAt" <= $1 order by "runAt", seq limit ${free}`, [now]);
      for (const row of due) await this.launch(this.toJob(row, now));
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.active.size >= this.concurrency) return;
    const [next] = await this.options.db.query(`select min("runAt") as next from ${this.table} where state in ('WAITING', 'DELAYED')`);
    if (next?.next === null || next?.next === void 0) return;
    const wait = Math.max(0, Math.min(Number(next.next) - Date.now(), 2 ** 31 - 1));
    this.timer = setTimeout(() => {
      this.timer = null;
      this.poke();
    }, wait);
    this.timer.unref?.();
  }
  async launch(job) {
    const startedAt = Date.now();
    const claimed = await this.options.db.query(`update ${this.table} set state = 'ACTIVE', "startedAt" = $2 where "jobId" = $1 and state in ('WAITING', 'DELAYED') returning "jobId"`, [job.jobId, startedAt]);
    if (claimed.length === 0) return;
    const live = { runId: null, cancelled: false };
    this.active.set(job.jobId, live);
    const maxRetries = Math.min(LOGIC_FUNCTION_APPLICATION_RETRY_LIMIT2, job.retryLimit);
    const work = (async () => {
      let record3;
      try {
        const { runId, done } = await this.options.startRun(job, { retryCount: job.retryCount, maxRetries });
        live.runId = runId;
        await this.options.db.query(`update ${this.table} set "runIds" = "runIds" || $2::jsonb where "jobId" = $1`, [job.jobId, JSON.stringify([runId])]);
        this.options.onActivity({
          runId: job.enqueuedByRunId,
          summary: `job ${job.jobId} -> ${job.functionName ?? job.logicFunctionUniversalIdentifier} (run ${runId}${job.retryCount > 0 ? `, retry ${job.retryCount}/${maxRetries}` : ""})`,
          detail: { action: "start", jobId: job.jobId, function: job.functionName, universalIdentifier: job.logicFunctionUniversalIdentifier, triggeredRunId: runId, retryCount: job.retryCount, maxRetries }
        });
        if (live.cancelled) this.options.cancelRun(runId);
        record3 = await done;
      } catch (error2) {
        await this.finish(job, "FAILED", { failedReason: error2.message, lastRunStatus: null, lastError: error2.message }, live.runId);
        return;
      }
      const result = record3.result;
      const error = result?.error;
      if (live.cancelled) {
        await this.finish(job, "FAILED", { failedReason: CANCELLED_REASON, lastRunStatus: result?.status ?? null, lastError: error ? `${error.errorType}: ${error.errorMessage}` : null }, live.runId);
        return;
      }
      if (result?.status === "ERROR" && error?.errorType === RETRYABLE_ERROR_TYPE && job.retryCount < maxRetries) {
        const attemptsMade = job.attemptsMade + 1;
        const delay = (this.options.backoffMs ?? JOB_RETRY_BACKOFF_MS) * 2 ** (attemptsMade - 1);
        await this.options.db.query(
          `update ${this.table} set state = 'DELAYED', "attemptsMade" = $2, "retryCount" = $3, "failedReason" = $4, "lastError" = $5, "lastRunStatus" = 'ERROR', "runAt" = $6 where "jobId" = $1`,
          [job.jobId, attemptsMade, job.retryCount + 1, error.errorMessage, `${error.errorType}: ${error.errorMessage}`, Date.now() + delay]
        );
        this.options.onActivity({
          runId: live.runId,
          summary: `job ${job.jobId} failed with ${RETRYABLE_ERROR_TYPE}: retry ${job.retryCount + 1}/${maxRetries} in ${delay} ms`,
          detail: { action: "retry-scheduled", jobId: job.jobId, attemptsMade, retryCount: job.retryCount + 1, maxRetries, delayMs: delay, failedReason: error.errorMessage }
        });
        return;
      }
      await this.finish(job, "COMPLETED", { failedReason: void 0, lastRunStatus: result?.status ?? null, lastError: error ? `${error.errorType}: ${error.errorMessage}` : null }, live.runId);
    })().catch(() => void 0).finally(() => {
      this.active.delete(job.jobId);
      this.pending.delete(work);
      this.poke();
    });
    this.pending.add(work);
  }
  async finish(job, state, outcome, runId) {
    const finishedAt = Date.now();
    await this.options.db.query(
      `update ${this.table} set state = $2, "attemptsMade" = "attemptsMade" + 1, "finishedAt" = $3, "failedReason" = coalesce($4, "failedReason"), "lastRunStatus" = $5, "lastError" = $6 where "jobId" = $1`,
      [job.jobId, state, finishedAt, outcome.failedReason ?? null, outcome.lastRunStatus, outcome.lastError]
    );
    this.options.onActivity({
      runId,
      summary: `job ${job.jobId} ${state.toLowerCase()}${outcome.lastError ? ` (${outcome.lastError})` : ""}`,
      detail: { action: state === "COMPLETED" ? "completed" : "failed", jobId: job.jobId, state, runStatus: outcome.lastRunStatus, error: outcome.lastError, failedReason: outcome.failedReason ?? null }
    });
  }
  /** Waits for running jobs to finish (dispose). */
  async drain() {
    await Promise.allSettled([...this.pending]);
  }
};

// src-main/core/workspace/services/key-value-store.ts
var KeyValueStore = class {
  constructor(db, schema, onWrite = () => void 0) {
    this.db = db;
    this.schema = schema;
    this.onWrite = onWrite;
  }
  db;
  schema;
  onWrite;
  ready = null;
  get table() {
    return `${quoteIdent(this.schema)}."_studio_kv"`;
  }
  ensure() {
    this.ready ??= this.db.exec(`create schema if not exists ${quoteIdent(this.schema)}; create table if not exists ${this.table} (scope text not null, key text not null, value jsonb, "updatedAt" timestamptz not null default now(), primary key (scope, key))`);
    return this.ready;
  }
  async get(key, scope) {
    await this.ensure();
    const [row] = await this.db.query(`select value from ${this.table} where scope = $1 and key = $2`, [scope, key]);
    return row ? { key, value: row.value ?? null, scope } : null;
  }
  async set(key, value, scope) {
    await this.ensure();
    await this.db.query(`insert into ${this.table} (scope, key, value, "updatedAt") values ($1, $2, $3::jsonb, now()) on conflict (scope, key) do update set value = excluded.value, "updatedAt" = now()`, [scope, key, JSON.stringify(value)]);
    const entry = { key, value, scope };
    this.onWrite(entry, false);
    return entry;
  }
  async delete(key, scope) {
    await this.ensure();
    const rows = await this.db.query(`delete from ${this.table} where scope = $1 and key = $2 returning key`, [scope, key]);
    if (rows.length > 0) this.onWrite({ key, value: null, scope }, true);
    return rows.length > 0;
  }
  async list() {
    await this.ensure();
    const rows = await this.db.query(`select scope, key, value, "updatedAt" from ${this.table} order by scope, key`);
    return rows.map((row) => ({ key: row.key, value: row.value, scope: row.scope, updatedAt: new Date(row.updatedAt).toISOString() }));
  }
};

// src-main/core/workspace/services/message-channels.ts
var import_node_crypto12 = require("node:crypto");
var MAX_MESSAGES_PER_INGEST = 100;
var VISIBILITIES = /* @__PURE__ */ new Set(["METADATA", "SUBJECT", "SHARE_EVERYTHING"]);
var MessageChannelService = class _MessageChannelService {
  constructor(options) {
    this.options = options;
  }
  options;
  ready = null;
  lock = Promise.resolve();
  get table() {
    return `${quoteIdent(this.options.schema)}."_studio_message_channels"`;
  }
  ensure() {
    this.ready ??= this.options.db.exec(`create schema if not exists ${quoteIdent(this.options.schema)};
      create table if not exists ${this.table} (id uuid primary key, handle text not null, "displayName" text, visibility text not null,
        "connectedAccountId" text not null, "isSyncEnabled" boolean not null default true,
        "createdAt" timestamptz not null default now(), "updatedAt" timestamptz not null default now())`);
    return this.ready;
  }
  static toChannel(row) {
    return {
      id: row.id,
      handle: row.handle,
      displayName: row.displayName ?? null,
      visibility: row.visibility,
      connectedAccountId: row.connectedAccountId,
      isSyncEnabled: row.isSyncEnabled,
      type: "APP",
      syncStatus: "ACTIVE",
      syncStage: "MESSAGE_LIST_FETCH_PENDING",
      isContactAutoCreationEnabled: false,
      contactAutoCreationPolicy: "SENT",
      messageFolderImportPolicy: "ALL_FOLDERS",
      excludeNonProfessionalEmails: false,
      excludeGroupEmails: false,
      pendingGroupEmailsAction: "NONE",
      throttleFailureCount: 0,
      createdAt: new Date(row.createdAt).toISOString(),
      updatedAt: new Date(row.updatedAt).toISOString()
    };
  }
  async assertOwnsConnection(connectedAccountId) {
    if (!(await this.options.connectionIds()).includes(connectedAccountId)) throw new WorkspaceApiError("NOT_FOUND", `Connection ${connectedAccountId} not found`);
  }
  async findOwned(id) {
    await this.ensure();
    const [row] = await this.options.db.query(`select * from ${this.table} where id::text = $1`, [id]);
    if (!row) throw new WorkspaceApiError("NOT_FOUND", `Message channel ${id} not found`);
    await this.assertOwnsConnection(row.connectedAccountId);
    return _MessageChannelService.toChannel(row);
  }
  async create(input, runId) {
    await this.ensure();
    if (!VISIBILITIES.has(input.visibility)) throw badInput(`visibility must be one of the following values: ${[...VISIBILITIES].join(", ")}`);
    await this.assertOwnsConnection(input.connectedAccountId);
    const [existing] = await this.options.db.query(`select id from ${this.table} where "connectedAccountId" = $1 and handle = $2`, [input.connectedAccountId, input.handle]);
    if (existing) throw badInput(`A message channel already exists for handle ${input.handle} on connection ${input.connectedAccountId}`);
    const displayName2 = input.displayName?.trim() ? input.displayName.trim() : null;
    const [row] = await this.options.db.query(
      `insert into ${this.table} (id, handle, "displayName", visibility, "connectedAccountId") values ($1, $2, $3, $4, $5) returning *`,
      [(0, import_node_crypto12.randomUUID)(), input.handle, displayName2, input.visibility, input.connectedAccountId]
    );
    const channel = _MessageChannelService.toChannel(row);
    this.options.onActivity({ runId, summary: `create message channel ${channel.handle}`, detail: { action: "createChannel", channel } });
    return channel;
  }
  /** The app's channels (all of them, or one connection's). */
  async list(filter) {
    await this.ensure();
    const owned = await this.options.connectionIds();
    if (filter?.connectedAccountId && !owned.includes(filter.connectedAccountId)) throw new WorkspaceApiError("NOT_FOUND", `Connection ${filter.connectedAccountId} not found`);
    const rows = await this.options.db.query(`select * from ${this.table} order by "createdAt", id`);
    return rows.map(_MessageChannelService.toChannel).filter((channel) => owned.includes(channel.connectedAccountId) && (!filter?.connectedAccountId || channel.connectedAccountId === filter.connectedAccountId));
  }
  /** Every channel, owned or not (the window). */
  async listAll() {
    await this.ensure();
    return (await this.options.db.query(`select * from ${this.table} order by "createdAt", id`)).map(_MessageChannelService.toChannel);
  }
  async update(input, runId) {
    const channel = await this.findOwned(input.id);
    const sets = [];
    const params = [input.id];
    if (input.displayName !== void 0) {
      params.push(input.displayName?.trim() ? input.displayName.trim() : null);
      sets.push(`"displayName" = $${params.length}`);
    }
    if (input.visibility !== void 0 && input.visibility !== null) {
      if (!VISIBILITIES.has(input.visibility)) throw badInput(`visibility must be one of the following values: ${[...VISIBILITIES].join(", ")}`);
      params.push(input.visibility);
      sets.push(`visibility = $${params.length}`);
    }
    if (input.isSyncEnabled !== void 0 && input.isSyncEnabled !== null) {
      params.push(input.isSyncEnabled);
      sets.push(`"isSyncEnabled" = $${params.length}`);
    }
    if (sets.length === 0) return channel;
    const [row] = await this.options.db.query(`update ${this.table} set ${sets.join(", ")}, "updatedAt" = now() where id::text = $1 returning *`, params);
    const updated = _MessageChannelService.toChannel(row);
    this.options.onActivity({ runId, summary: `update message channel ${updated.handle}`, detail: { action: "updateChannel", channel: updated } });
    return updated;
  }
  async delete(id, runId) {
    const channel = await this.findOwned(id);
    await this.options.db.query(`delete from ${this.table} where id::text = $1`, [id]);
    this.options.onActivity({ runId, summary: `delete message channel ${channel.handle}`, detail: { action: "deleteChannel", channel } });
    return channel;
  }
  /** `ingestAppMessages`: one batch at a time per workspace (the server holds a lock per channel). */
  ingest(input, actor, runId) {
    const next = this.lock.then(() => this.ingestNow(input, actor, runId));
    this.lock = next.catch(() => void 0);
    return next;
  }
  async ingestNow(input, actor, runId) {
    const channel = await this.findOwned(input.messageChannelId);
    if (!channel.isSyncEnabled) throw badInput(`Message channel ${channel.id} has sync disabled`);
    const messages = input.messages;
    if (messages.length > MAX_MESSAGES_PER_INGEST) throw badInput(`messages must contain no more than ${MAX_MESSAGES_PER_INGEST} elements`);
    for (const message of messages) {
      const senders = message.participants.filter((participant) => participant.role === "FROM").length;
      if (senders !== 1) throw badInput(`Message ${message.externalId} must have exactly one FROM participant, got ${senders}`);
    }
    const seen = /* @__PURE__ */ new Set();
    for (const message of messages) {
      if (seen.has(message.externalId)) throw badInput(`Message externalId ${message.externalId} appears more than once in the same batch`);
      seen.add(message.externalId);
    }
    const repository = this.options.repository();
    for (const [object, key] of [["person", "personId"], ["workspaceMember", "workspaceMemberId"]]) {
      const ids = [...new Set(messages.flatMap((message) => message.participants.map((participant) => participant[key]).filter((id) => typeof id === "string")))];
      if (ids.length === 0) continue;
      const found = new Set((await repository.findByColumn(object, "id", ids)).map((record3) => String(record3.id)));
      const missing = ids.filter((id) => !found.has(id));
      if (missing.length > 0) throw badInput(`Unknown ${object} id(s) on ingested participants: ${missing.join(", ")}`);
    }
    const associations = messages.length === 0 ? [] : (await repository.findMany("messageChannelMessageAssociation", {
      filter: { and: [{ messageChannelId: { eq: channel.id } }, { or: [{ messageExternalId: { in: messages.map((message) => message.externalId) } }, { messageThreadExternalId: { in: [...new Set(messages.map((message) => message.threadExternalId))] } }] }] },
      first: 1e4
    })).records;
    const existingMessages = /* @__PURE__ */ new Map();
    const threads = /* @__PURE__ */ new Map();
    for (const association of associations) {
      if (typeof association.messageThreadExternalId === "string" && typeof association.messageThreadId === "string") threads.set(association.messageThreadExternalId, association.messageThreadId);
      if (typeof association.messageExternalId === "string" && typeof association.messageId === "string" && typeof association.messageThreadId === "string") {
        existingMessages.set(association.messageExternalId, { messageId: association.messageId, messageThreadId: association.messageThreadId });
      }
    }
    const fresh = messages.filter((message) => !existingMessages.has(message.externalId));
    const changes = [];
    const newThreads = [...new Set(fresh.map((message) => message.threadExternalId).filter((id) => !threads.has(id)))];
    if (newThreads.length > 0) {
      const created = await repository.create("messageThread", newThreads.map((threadExternalId) => ({ subject: fresh.find((message) => message.threadExternalId === threadExternalId)?.subject ?? null })), { actor });
      created.records.forEach((record3, index) => threads.set(newThreads[index], String(record3.id)));
      changes.push(...created.changes);
    }
    const ingested = new Map(existingMessages);
    if (fresh.length > 0) {
      const applicationId = this.options.applicationId() ?? "app";
      const createdMessages = await repository.create("message", fresh.map((message) => ({
        headerMessageId: `app:${applicationId}:${channel.id}:${message.externalId}`,
        subject: message.subject ?? null,
        text: message.text,
        receivedAt: message.receivedAt,
        isDraft: false,
        messageThreadId: threads.get(message.threadExternalId)
      })), { actor });
      changes.push(...createdMessages.changes);
      createdMessages.records.forEach((record3, index) => ingested.set(fresh[index].externalId, { messageId: String(record3.id), messageThreadId: threads.get(fresh[index].threadExternalId) }));
      const participants = fresh.flatMap((message) => message.participants.map((participant) => ({
        messageId: ingested.get(message.externalId).messageId,
        role: participant.role,
        handle: participant.handle,
        displayName: participant.displayName ?? "",
        personId: participant.personId ?? null,
        workspaceMemberId: participant.workspaceMemberId ?? null
      })));
      if (participants.length > 0) changes.push(...(await repository.create("messageParticipant", participants, { actor })).changes);
      const links = await repository.create("messageChannelMessageAssociation", fresh.map((message) => ({
        messageChannelId: channel.id,
        messageId: ingested.get(message.externalId).messageId,
        messageExternalId: message.externalId,
        messageThreadId: threads.get(message.threadExternalId),
        messageThreadExternalId: message.threadExternalId,
        // Outgoing when the sender is the channel itself.
        direction: message.participants.some((participant) => participant.role === "FROM" && participant.handle === channel.handle) ? "OUTGOING" : "INCOMING"
      })), { actor });
      changes.push(...links.changes);
    }
    this.options.publish(changes, runId);
    const result = messages.map((message) => ({ externalId: message.externalId, ...ingested.get(message.externalId) }));
    this.options.onActivity({
      runId,
      summary: `ingest ${messages.length} message${messages.length === 1 ? "" : "s"} into ${channel.handle} (${fresh.length} new, ${newThreads.length} new thread${newThreads.length === 1 ? "" : "s"})`,
      detail: { action: "ingest", messageChannelId: channel.id, messages: result, created: fresh.length, threadsCreated: newThreads.length }
    });
    return { messages: result };
  }
};

// src-main/core/workspace/services/timeline-activity-types.ts
var import_node_crypto13 = require("node:crypto");
function stableUuid(namespace, key) {
  const hex = (0, import_node_crypto13.createHash)("sha1").update(`${namespace}:${key}`).digest("hex");
  const variant = (parseInt(hex[16], 16) & 3 | 8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
var str7 = (value) => typeof value === "string" ? value : null;
var INSTALLED_AT = (/* @__PURE__ */ new Date(0)).toISOString();
function timelineActivityTypesOf(entries, applicationId) {
  return (entries ?? []).flatMap((raw) => {
    if (!raw || typeof raw !== "object") return [];
    const entry = raw;
    const universalIdentifier = str7(entry.universalIdentifier);
    if (!universalIdentifier) return [];
    const emitRaw = entry.emit && typeof entry.emit === "object" ? entry.emit : null;
    const emit = emitRaw && str7(emitRaw.on) ? { on: str7(emitRaw.on), objectUniversalIdentifier: str7(emitRaw.objectUniversalIdentifier), through: emitRaw.through && typeof emitRaw.through === "object" ? emitRaw.through : null } : null;
    return [{
      id: stableUuid("timelineActivityType", universalIdentifier),
      universalIdentifier,
      name: str7(entry.name) ?? universalIdentifier,
      label: str7(entry.label) ?? str7(entry.name) ?? universalIdentifier,
      emit,
      action: emit?.on ?? null,
      icon: str7(entry.icon),
      frontComponentUniversalIdentifier: str7(entry.frontComponentUniversalIdentifier),
      objectUniversalIdentifier: emit?.objectUniversalIdentifier ?? null,
      replacesTimelineActivityTypeUniversalIdentifier: str7(entry.replacesTimelineActivityTypeUniversalIdentifier),
      isActive: true,
      applicationId,
      createdAt: INSTALLED_AT,
      updatedAt: INSTALLED_AT
    }];
  });
}
function timelineActivityTypeSnapshot(type) {
  return {
    id: type.id,
    universalIdentifier: type.universalIdentifier,
    name: type.name,
    label: type.label,
    action: type.action,
    icon: type.icon,
    objectUniversalIdentifier: type.objectUniversalIdentifier,
    frontComponentUniversalIdentifier: type.frontComponentUniversalIdentifier
  };
}

// src-main/core/workspace/services/seed-data.ts
var import_node_crypto14 = require("node:crypto");
var FIRST = ["Ada", "Grace", "Alan", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Frances", "Tim", "Radia", "Guido"];
var LAST = ["Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson", "Allen", "Berners-Lee", "Perlman", "van Rossum"];
var COMPANIES = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries", "Wayne Enterprises", "Wonka", "Soylent", "Tyrell", "Cyberdyne", "Vandelay"];
var CITIES = [["Paris", "France"], ["Berlin", "Germany"], ["San Francisco", "United States"], ["London", "United Kingdom"], ["Lisbon", "Portugal"], ["Tokyo", "Japan"]];
function random(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}
function seedOrder(model, names) {
  const wanted = model.objects.filter((object) => names ? names.includes(object.nameSingular) || names.includes(object.namePlural) : true);
  const ordered = [];
  const placed = /* @__PURE__ */ new Set();
  const visit = (object, stack) => {
    if (placed.has(object.nameSingular) || stack.has(object.nameSingular)) return;
    stack.add(object.nameSingular);
    for (const field of object.fields) {
      const target = field.relation?.type === "MANY_TO_ONE" ? wanted.find((candidate) => candidate.nameSingular === field.relation.targetObject) : void 0;
      if (target) visit(target, stack);
    }
    placed.add(object.nameSingular);
    ordered.push(object);
  };
  for (const object of wanted) visit(object, /* @__PURE__ */ new Set());
  return ordered;
}
function seedRecord(object, index, existingIds, seed = 1) {
  const next = random(seed * 7919 + index * 104729 + object.nameSingular.length);
  const pick = (items) => items[Math.floor(next() * items.length)];
  const first = pick(FIRST);
  const last = pick(LAST);
  const company = COMPANIES[index % COMPANIES.length];
  const data = {};
  for (const field of object.fields) {
    if (field.isSystem && field.name !== "position") continue;
    if (READ_ONLY_FIELD_NAMES.has(field.name) || field.name === "position") continue;
    if (isRelationField(field)) {
      if (field.relation?.type !== "MANY_TO_ONE") continue;
      const ids = existingIds.get(field.relation.targetObject) ?? [];
      if (ids.length > 0) data[field.relation.joinColumn ?? `${field.name}Id`] = ids[Math.floor(next() * ids.length)];
      continue;
    }
    const value = seedValue(object, field, index, { first, last, company, next, pick });
    if (value !== void 0) data[field.name] = value;
  }
  return data;
}
function seedValue(object, field, index, ctx) {
  const { first, last, company, next, pick } = ctx;
  const slug = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, "");
  const domain = `${company.toLowerCase().replace(/[^a-z]/g, "")}${index}.example.com`;
  if (COMPOSITE_TYPES[field.type]) {
    switch (field.type) {
      case "FULL_NAME":
        return { firstName: first, lastName: last };
      case "LINKS":
        return { primaryLinkUrl: field.name === "linkedinLink" ? `https://www.linkedin.com/in/${slug}-${index}` : `https://${domain}`, primaryLinkLabel: "", secondaryLinks: [] };
      case "EMAILS":
        return { primaryEmail: `${slug}${index}@${domain}`, additionalEmails: [] };
      case "PHONES":
        return { primaryPhoneNumber: `6${String(1e7 + index).slice(-8)}`, primaryPhoneCountryCode: "FR", primaryPhoneCallingCode: "+33", additionalPhones: [] };
      case "ADDRESS": {
        const [city, country] = pick(CITIES);
        return { addressStreet1: `${1 + Math.floor(next() * 200)} Main Street`, addressStreet2: "", addressCity: city, addressPostcode: String(1e4 + Math.floor(next() * 89999)), addressState: "", addressCountry: country, addressLat: null, addressLng: null };
      }
      case "CURRENCY":
        return { amountMicros: Math.round(next() * 1e3) * 1e9, currencyCode: "USD" };
      case "RICH_TEXT": {
        const text = `${object.labelSingular} ${index + 1}: follow up with ${first} ${last} at ${company}.`;
        return { markdown: text, blocknote: JSON.stringify([{ type: "paragraph", content: [{ type: "text", text, styles: {} }] }]) };
      }
      default:
        return void 0;
    }
  }
  switch (field.type) {
    case "TEXT": {
      if (field.isUnique) return `${field.name}-${index}-${slug}@${domain}`;
      if (field.name === "name") return object.nameSingular === "company" ? `${company} ${index + 1}` : `${object.labelSingular} ${index + 1}`;
      if (field.name === "title" || field.name === "subject") return `${object.labelSingular} ${index + 1} with ${company}`;
      if (field.name === "jobTitle") return pick(["CEO", "CTO", "Head of Sales", "Engineer", "Designer", "Account Executive"]);
      if (/email|handle/i.test(field.name)) return `${slug}${index}@${domain}`;
      if (/url/i.test(field.name)) return `https://${domain}`;
      return field.isNullable === false ? `${field.label ?? field.name} ${index + 1}` : void 0;
    }
    case "NUMBER":
      return Math.floor(next() * 100);
    case "NUMERIC":
      return Math.round(next() * 1e4) / 100;
    case "BOOLEAN":
      return next() < 0.5;
    case "DATE_TIME":
      return new Date(Date.UTC(2026, 0, 1) + Math.floor(next() * 330) * 864e5).toISOString();
    case "DATE":
      return new Date(Date.UTC(2026, 0, 1) + Math.floor(next() * 330) * 864e5).toISOString().slice(0, 10);
    case "SELECT":
      return field.options && field.options.length > 0 ? pick(field.options).value : void 0;
    case "MULTI_SELECT":
      return field.options && field.options.length > 0 ? field.options.filter(() => next() < 0.4).map((option) => option.value) : void 0;
    case "RATING":
      return field.options && field.options.length > 0 ? pick(field.options).value : void 0;
    case "UUID":
      return field.isNullable === false || field.isUnique ? (0, import_node_crypto14.randomUUID)() : void 0;
    case "ARRAY":
      return [];
    case "RAW_JSON":
      return field.isNullable === false ? {} : void 0;
    case "FILES":
      return field.isNullable === false ? [] : void 0;
    default:
      return void 0;
  }
}

// src-main/core/workspace/workspace-server.ts
var import_node_crypto15 = require("node:crypto");
var import_node_http3 = require("node:http");

// src-main/core/workspace/api/records-read.ts
var MAX_IDS = 20;
var idOf2 = (value) => value && typeof value === "object" && typeof value.id === "string" ? value.id : null;
var isGraphqlMutation = (query) => /^\s*mutation\b/.test(query.replace(/^\s*(#[^\n]*\n\s*)*/, ""));
function recordsRead(body) {
  const data = body && typeof body === "object" ? body.data : null;
  if (!data || typeof data !== "object") return [];
  const reads = [];
  for (const [field, value] of Object.entries(data)) {
    let records3 = null;
    if (Array.isArray(value)) records3 = value;
    else if (value && typeof value === "object" && Array.isArray(value.edges)) records3 = value.edges.map((edge) => edge && typeof edge === "object" ? edge.node : null);
    else if (idOf2(value)) records3 = [value];
    if (!records3) continue;
    const ids = records3.map(idOf2).filter((id) => id !== null);
    reads.push({ field, ids: ids.slice(0, MAX_IDS), count: records3.length });
  }
  return reads;
}

// src-main/core/workspace/api/rest-filter-parser.ts
function parseRestFilter(text) {
  const trimmed = text.trim();
  if (trimmed === "") return {};
  const root = /^(and|or|not)\(/.test(trimmed) ? trimmed : `and(${trimmed})`;
  return parseNode(root);
}
function splitTopLevel(text) {
  const parts = [];
  let depth = 0;
  let quote2 = null;
  let current = "";
  for (const char of text) {
    if (quote2) {
      if (char === quote2) quote2 = null;
      current += char;
      continue;
    }
    if (char === '"' || char === "'") quote2 = char;
    else if (char === "(" || char === "[") depth += 1;
    else if (char === ")" || char === "]") depth -= 1;
    if (char === "," && depth === 0) {
      parts.push(current);
      current = "";
      continue;
    }
    current += char;
  }
  if (current.trim() !== "") parts.push(current);
  return parts.map((part) => part.trim());
}
function parseValue(raw) {
  const text = raw.trim();
  if (text.startsWith("[") && text.endsWith("]")) return splitTopLevel(text.slice(1, -1)).map(parseValue);
  if (text.startsWith('"') && text.endsWith('"') || text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1);
  if (text === "true" || text === "false") return text === "true";
  if (text === "NULL" || text === "NOT_NULL") return text;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}
function parseNode(text) {
  const conjunction = /^(and|or|not)\((.*)\)$/s.exec(text);
  if (conjunction) {
    const [, kind, inner] = conjunction;
    const children = splitTopLevel(inner).map(parseNode);
    if (kind === "not") {
      if (children.length !== 1) throw badInput("'filter' invalid. 'not' conjunction should contain only 1 condition. eg: not(field[eq]:1)");
      return { not: children[0] };
    }
    return { [kind]: children };
  }
  const leaf = /^([\w.]+)\[(\w+)\]:(.*)$/s.exec(text);
  if (!leaf) throw badInput(`'filter' invalid for '${text}'. eg: price[gte]:10`);
  const [, path, operator, rawValue] = leaf;
  let value = parseValue(rawValue);
  if ((operator === "in" || operator === "containsAny") && !Array.isArray(value)) {
    throw badInput(`'filter' invalid for '${operator}' operator. Received '${rawValue}' but array value expected eg: 'field[${operator}]:[value_1,value_2]'`);
  }
  if (operator === "eq" || operator === "neq" || operator === "like" || operator === "ilike" || operator === "startsWith" || operator === "endsWith") {
    value = typeof value === "number" && /^".*"$|^'.*'$/.test(rawValue.trim()) ? rawValue.trim().slice(1, -1) : value;
  }
  const keys = path.split(".");
  let node = { [operator]: value };
  for (const key of keys.reverse()) node = { [key]: node };
  return node;
}
var DIRECTIONS2 = ["AscNullsFirst", "AscNullsLast", "DescNullsFirst", "DescNullsLast"];
function parseRestOrderBy(text) {
  return splitTopLevel(text).filter(Boolean).map((item) => {
    const match2 = /^([\w.]+)(?:\[(\w+)\])?$/.exec(item);
    if (!match2) throw badInput(`'order_by' invalid for '${item}'. eg: ?order_by=field_1[AscNullsFirst],field_2[DescNullsLast],field_3`);
    const direction = match2[2] ?? "AscNullsFirst";
    if (!DIRECTIONS2.includes(direction)) {
      throw badInput(`'order_by' direction '${direction}' invalid. Allowed values are 'AscNullsFirst', 'AscNullsLast', 'DescNullsFirst', 'DescNullsLast'. eg: ?order_by=field_1[AscNullsFirst],field_2[DescNullsLast],field_3`);
    }
    const keys = match2[1].split(".");
    let node = direction;
    for (const key of keys.reverse()) node = { [key]: node };
    return node;
  });
}

// src-main/core/workspace/api/rest-api.ts
var REST_DEFAULT_LIMIT = 60;
var REST_MAX_LIMIT = 200;
function restError(error) {
  const names = { 400: "BadRequestException", 401: "UnauthorizedException", 403: "ForbiddenException", 404: "NotFoundException", 405: "MethodNotAllowedException", 409: "ConflictException", 500: "InternalServerErrorException" };
  const status = error.code === "NOT_FOUND" && error.message === "Record not found" ? 400 : error.status;
  return { status, body: { statusCode: status, error: names[status] ?? "BadRequestException", messages: [error.message] } };
}
async function withRelations(repository, object, records3, depth) {
  if (depth < 1 || records3.length === 0) return records3;
  const expanded = records3.map((record3) => ({ ...record3 }));
  for (const field of object.fields) {
    if (!isRelationField(field) || !field.relation) continue;
    const target = repository.model.objects.find((candidate) => candidate.nameSingular === field.relation.targetObject);
    if (!target) continue;
    if (field.relation.type === "MANY_TO_ONE") {
      const column = field.relation.joinColumn ?? `${field.name}Id`;
      const ids = [...new Set(expanded.map((record3) => record3[column]).filter((id) => typeof id === "string"))];
      const byId = new Map((await repository.findByColumn(target.nameSingular, "id", ids)).map((record3) => [record3.id, record3]));
      for (const record3 of expanded) record3[field.name] = typeof record3[column] === "string" ? byId.get(record3[column]) ?? null : null;
    } else {
      const inverse = target.fields.find((candidate) => candidate.name === field.relation.inverseField);
      const column = inverse?.relation?.joinColumn ?? `${field.relation.inverseField}Id`;
      const related = await repository.findByColumn(target.nameSingular, column, expanded.map((record3) => String(record3.id)));
      for (const record3 of expanded) record3[field.name] = related.filter((item) => item[column] === record3.id);
    }
  }
  return expanded;
}
function parseDepth(query) {
  const raw = query.get("depth");
  if (raw === null) return 0;
  if (raw !== "0" && raw !== "1") throw badInput(`'depth=${raw}' parameter invalid. Allowed values are 0, 1`);
  return Number(raw);
}
function parseLimit(query) {
  const raw = query.get("limit");
  if (raw === null) return REST_DEFAULT_LIMIT;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 0) throw badInput(`limit '${raw}' is invalid. Should be an integer`);
  return Math.min(limit, REST_MAX_LIMIT);
}
async function handleRest(request, context2) {
  const { repository } = context2;
  const segments = request.path.replace(/^\/rest\/?/, "").split("/").filter(Boolean).map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      throw badInput(`object '${segment}' not found. eg: companies`);
    }
  });
  const batch = segments[0] === "batch";
  if (batch) segments.shift();
  const [plural, id, action] = segments;
  if (!plural) throw badInput(`object '' not found. eg: companies`);
  const object = repository.model.objects.find((candidate) => candidate.namePlural === plural);
  if (!object) {
    const singular = repository.model.objects.find((candidate) => candidate.nameSingular === plural);
    throw badInput(`object '${plural}' not found. ${singular ? `Did you mean '${singular.namePlural}'?` : "eg: companies"}`);
  }
  const names = objectGraphqlNames(object);
  const write = (result) => {
    context2.onWrite(result);
    return result.records;
  };
  const upsert = request.query.get("upsert") === "true";
  switch (request.method) {
    case "GET": {
      const depth = parseDepth(request.query);
      if (id) {
        const record3 = await repository.findOne(object.nameSingular, { id: { eq: id } });
        if (!record3) throw new WorkspaceApiError("NOT_FOUND", "Record not found");
        return { status: 200, body: { data: { [object.nameSingular]: (await withRelations(repository, object, [record3], depth))[0] } } };
      }
      const limit = parseLimit(request.query);
      const before = request.query.get("ending_before");
      const page = await repository.findMany(object.nameSingular, {
        filter: request.query.get("filter") ? parseRestFilter(request.query.get("filter")) : void 0,
        orderBy: request.query.get("order_by") ? parseRestOrderBy(request.query.get("order_by")) : void 0,
        ...before ? { before, last: limit } : { first: limit, after: request.query.get("starting_after") ?? void 0 }
      });
      return {
        status: 200,
        body: {
          data: { [object.namePlural]: await withRelations(repository, object, page.records, depth) },
          totalCount: await page.totalCount(),
          pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage, startCursor: page.cursors[0] ?? null, endCursor: page.cursors[page.cursors.length - 1] ?? null }
        }
      };
    }
    case "POST": {
      if (batch) {
        if (!Array.isArray(request.body)) throw badInput("Body must be an array");
        if (request.body.length === 0) throw badInput("Input must not be empty");
        const records3 = write(await repository.create(object.nameSingular, request.body, { upsert, actor: context2.actor }));
        return { status: 201, body: { data: { [names.createMany]: records3 } } };
      }
      if (!request.body || typeof request.body !== "object" || Array.isArray(request.body)) throw badInput("Body must be an object");
      const [record3] = write(await repository.create(object.nameSingular, [request.body], { upsert, actor: context2.actor }));
      return { status: 201, body: { data: { [names.createOne]: record3 } } };
    }
    case "PATCH":
    case "PUT": {
      if (!id) throw badInput("Record id missing: PATCH /rest/<object>/<id>");
      if (action === "restore") {
        const [record4] = write(await repository.setDeleted(object.nameSingular, { ids: [id] }, false, { actor: context2.actor }));
        return { status: 200, body: { data: { [names.restoreOne]: record4 } } };
      }
      if (!request.body || typeof request.body !== "object" || Array.isArray(request.body)) throw badInput("Body must be an object");
      const [record3] = write(await repository.update(object.nameSingular, { ids: [id] }, request.body, { actor: context2.actor }));
      return { status: 200, body: { data: { [names.updateOne]: record3 } } };
    }
    case "DELETE": {
      if (!id) throw badInput("Record id missing: DELETE /rest/<object>/<id>");
      const soft = request.query.get("soft_delete") === "true";
      const [record3] = write(soft ? await repository.setDeleted(object.nameSingular, { ids: [id] }, true, { actor: context2.actor }) : await repository.destroy(object.nameSingular, { ids: [id] }));
      return { status: 200, body: { data: { [names.deleteOne]: record3 } } };
    }
    default:
      throw new WorkspaceApiError("METHOD_NOT_ALLOWED", `Cannot ${request.method} ${request.path}`);
  }
}

// src-main/core/workspace/workspace-server.ts
var MAX_BODY_BYTES2 = 10 * 1024 * 1024;
var readBody2 = (request) => new Promise((resolve13, reject) => {
  const chunks = [];
  let size = 0;
  request.on("data", (chunk) => {
    size += chunk.length;
    if (size > MAX_BODY_BYTES2) {
      reject(new WorkspaceApiError("BAD_USER_INPUT", "Request body too large"));
      request.destroy();
      return;
    }
    chunks.push(chunk);
  });
  request.on("end", () => resolve13(Buffer.concat(chunks).toString("utf8")));
  request.on("error", reject);
});
var operationNameOf = (query) => /\b(?:query|mutation)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1] ?? null;
var WorkspaceServer = class {
  constructor(options) {
    this.options = options;
  }
  options;
  server = null;
  tokens = /* @__PURE__ */ new Map();
  port = 0;
  get url() {
    return `http://127.0.0.1:${this.port}`;
  }
  issueToken(holder) {
    const token = `twenty-studio-local-${(0, import_node_crypto15.randomBytes)(18).toString("hex")}`;
    this.tokens.set(token, holder);
    return token;
  }
  revokeToken(token) {
    this.tokens.delete(token);
  }
  async start() {
    if (this.server) return this.url;
    const server = (0, import_node_http3.createServer)(guardedRequestHandler((request, response) => this.serve(request, response)));
    server.on("clientError", (_error, socket) => socket.destroy());
    await new Promise((resolve13, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => {
        server.off("error", reject);
        resolve13();
      });
    });
    server.unref();
    this.server = server;
    this.port = server.address().port;
    return this.url;
  }
  async stop() {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve13) => server.close(() => resolve13()));
  }
  async serve(request, response) {
    const started = performance.now();
    const method = request.method ?? "GET";
    let url;
    try {
      url = new URL(request.url ?? "/", "http://127.0.0.1");
    } catch {
      response.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ statusCode: 400, error: "BadRequestException", messages: ["Bad request"] }));
      return;
    }
    const path = url.pathname;
    const api = path === "/graphql" ? "graphql" : path === "/metadata" ? "metadata" : path.startsWith("/rest/") || path === "/rest" ? "rest" : "other";
    const record3 = { time: (/* @__PURE__ */ new Date()).toISOString(), runId: null, method, path: `${path}${url.search.replace(/([?&]token=)[^&]*/, "$1***")}`, api, operationName: null, status: 200, durationMs: 0, errors: [] };
    const send = (status, body) => {
      record3.status = status;
      if (status === 200 && record3.runId !== null && (api === "graphql" && record3.query !== void 0 && !isGraphqlMutation(record3.query) || api === "rest" && method === "GET")) {
        const reads = recordsRead(body);
        if (reads.length > 0) record3.reads = reads;
      }
      record3.durationMs = performance.now() - started;
      response.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
      this.options.onRequest?.(record3);
    };
    const verdict = checkLoopbackCaller(loopbackHeaders(request), this.port);
    if (!verdict.ok) return send(verdict.status, { statusCode: verdict.status, error: "ForbiddenException", messages: [verdict.reason] });
    const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? "")?.[1]?.trim() ?? (api === "rest" ? url.searchParams.get("token") : null);
    const authError = (error) => {
      record3.errors.push(error.message);
      if (api === "rest" || api === "other") return send(error.status, restError(error).body);
      return send(200, { errors: [{ message: error.message, extensions: { code: error.code } }] });
    };
    if (!bearer) return authError(new WorkspaceApiError("FORBIDDEN", "Missing authentication token"));
    const holder = this.tokens.get(bearer);
    if (!holder) return authError(new WorkspaceApiError("UNAUTHENTICATED", "Token invalid."));
    record3.runId = holder.runId;
    try {
      if (api === "graphql" || api === "metadata") {
        if (method !== "POST") throw new WorkspaceApiError("METHOD_NOT_ALLOWED", `${path} takes POST with { query, variables }`);
        let body;
        try {
          body = JSON.parse(await readBody2(request));
        } catch (error) {
          if (error instanceof WorkspaceApiError) throw error;
          throw new WorkspaceApiError("BAD_USER_INPUT", "The request body is not JSON");
        }
        if (!body || typeof body.query !== "string") throw new WorkspaceApiError("BAD_USER_INPUT", "Must provide query string.");
        const variables = body.variables && typeof body.variables === "object" ? body.variables : null;
        const operationName = typeof body.operationName === "string" ? body.operationName : null;
        record3.operationName = operationName ?? operationNameOf(body.query);
        record3.query = body.query.length > 2e4 ? `${body.query.slice(0, 2e4)}\u2026` : body.query;
        record3.variables = variables;
        const result = api === "graphql" ? await this.options.workspace().executeGraphql({ query: body.query, variables, operationName }, holder.actor, holder.runId) : await this.options.metadata({ query: body.query, variables, operationName }, holder);
        record3.errors = (result.errors ?? []).map((error) => error.message);
        return send(200, result);
      }
      if (api === "rest") {
        const text = method === "GET" || method === "DELETE" ? "" : await readBody2(request);
        let parsed = null;
        if (text.trim() !== "") {
          try {
            parsed = JSON.parse(text);
          } catch {
            throw new WorkspaceApiError("BAD_USER_INPUT", "The request body is not JSON");
          }
        }
        const workspace = this.options.workspace();
        const result = await handleRest({ method, path, query: url.searchParams, body: parsed }, {
          repository: workspace.repository,
          actor: holder.actor,
          onWrite: (write) => this.options.publish ? this.options.publish(write, holder.runId) : workspace.publish(write.changes, holder.runId)
        });
        return send(result.status, result.body);
      }
      throw new WorkspaceApiError("NOT_FOUND", `Cannot ${method} ${path}: the local workspace serves /graphql, /metadata and /rest`);
    } catch (error) {
      const apiError = error instanceof WorkspaceApiError ? error : new WorkspaceApiError("INTERNAL_SERVER_ERROR", "Internal server error");
      record3.errors.push(apiError.message);
      if (api === "graphql" || api === "metadata") return send(apiError.code === "METHOD_NOT_ALLOWED" ? 405 : 400, { errors: [{ message: apiError.message, extensions: { code: apiError.code } }] });
      const rest = restError(apiError);
      return send(rest.status, rest.body);
    }
  }
};

// src-main/core/workspace/workspace-service.ts
var MAX_TRIGGER_DEPTH = 5;
var MAX_ACTIVITY = 2e4;
var STUDIO_ACTOR = { source: "MANUAL", name: "Twenty App Studio", workspaceMemberId: null };
var WorkspaceService = class {
  constructor(options) {
    this.options = options;
    this.server = new WorkspaceServer({
      workspace: () => {
        if (!this.workspace) throw new WorkspaceApiError("INTERNAL_SERVER_ERROR", "The local workspace is not open");
        return this.workspace;
      },
      metadata: (request, holder) => executeMetadata(request, {
        model: this.workspace.model,
        sdl: () => this.workspace.sdl,
        applicationId: this.applicationId(),
        keyValues: this.keyValues,
        runId: holder.runId,
        actor: holder.actor,
        jobs: this.jobQueue ?? void 0,
        timelineActivityTypes: () => this.timelineActivityTypes(),
        connections: this.connections,
        messageChannels: this.messageChannels ?? void 0,
        agents: this.agents
      }),
      onRequest: (record3) => this.recordRequest(record3),
      publish: (write, runId) => this.publishRestWrite(write, runId)
    });
    this.connections = new ConnectionStore(options.appDataDir, (entry) => this.pushActivity({ kind: "connection", ...entry }));
    this.agents = new AgentResponder(options.appDataDir, () => appAgentsOf(this.model?.manifest.other.agents), (transcript, runId) => this.pushActivity({
      kind: "agent",
      runId,
      summary: `agent ${transcript.agent.name}${transcript.success ? "" : ` failed: ${transcript.error}`} (${transcript.responder})`,
      detail: { ...transcript }
    }), {
      tools: () => appToolsOf(this.model?.manifest.logicFunctions),
      skills: () => appSkillsOf(this.model?.manifest.other.skills),
      // A tool call is a run of the tool function, attributed to the run that called runAgent.
      runTool: async (tool, input, callerRunId) => {
        const runs = this.options.runs();
        if (!runs) return { ok: false, error: "No run service to run the tool" };
        const record3 = await runs.execute({
          universalIdentifier: tool.universalIdentifier,
          payload: input,
          origin: "agent",
          triggeredBy: { runId: callerRunId, event: `agent tool call ${tool.name}`, recordId: tool.universalIdentifier, depth: 1 }
        });
        const result = record3.result;
        return result?.status === "SUCCESS" ? { ok: true, data: result.data, runId: record3.runId } : { ok: false, error: result?.error ? `${result.error.errorType}: ${result.error.errorMessage}` : "the tool run did not finish", runId: record3.runId };
      }
    });
  }
  options;
  workspace = null;
  opening = null;
  error = null;
  server;
  keyValues = null;
  jobQueue = null;
  messageChannels = null;
  connections;
  agents;
  model = null;
  activity = [];
  seq = 0;
  pendingActivity = [];
  activityTimer = null;
  studioToken = null;
  /** Runs started by database events, with how deep in a chain they are. */
  triggerDepth = /* @__PURE__ */ new Map();
  pendingRuns = /* @__PURE__ */ new Set();
  disposed = false;
  applicationId() {
    return typeof this.model?.manifest.application?.universalIdentifier === "string" ? this.model.manifest.application.universalIdentifier : null;
  }
  timelineActivityTypes() {
    return timelineActivityTypesOf(this.model?.manifest.other.timelineActivityTypes, this.applicationId());
  }
  /**
   * A REST write: a timeline activity of one of the app's types gets its type snapshot, as the server
   * stores it on create (in the response, and in the row), then the changes go to the event layer.
   */
  publishRestWrite(write, runId) {
    const workspace = this.workspace;
    if (!workspace) return;
    const created = write.changes.filter((change) => change.objectName === "timelineActivity" && change.operation === "created" && change.after);
    if (created.length > 0) {
      const types = new Map(this.timelineActivityTypes().map((type) => [type.id, type]));
      for (const record3 of write.records) {
        const type = typeof record3.timelineActivityTypeId === "string" ? types.get(record3.timelineActivityTypeId) : void 0;
        if (!type || record3.timelineActivityTypeSnapshot !== null && record3.timelineActivityTypeSnapshot !== void 0) continue;
        const snapshot = timelineActivityTypeSnapshot(type);
        record3.timelineActivityTypeSnapshot = snapshot;
        void workspace.db.query(`update ${quoteIdent(workspace.schemaName)}."timelineActivity" set "timelineActivityTypeSnapshot" = $1::jsonb where id = $2::uuid`, [JSON.stringify(snapshot), record3.id]).catch((error) => this.options.console.push({ source: runId ?? "studio", label: "workspace", level: "ERROR", text: `Could not store the timeline activity type snapshot: ${error.message}
` }));
      }
    }
    workspace.publish(write.changes, runId);
  }
  functionName(universalIdentifier) {
    if (!this.model) return null;
    const fn = appFunctions(this.model).find((candidate) => candidate.universalIdentifier === universalIdentifier);
    return fn ? fn.name ?? fn.file : null;
  }
  get dir() {
    return (0, import_node_path48.join)(this.options.appDataDir, "workspace");
  }
  manifestPart() {
    return { objects: this.model?.manifest.objects ?? [], fields: this.model?.manifest.fields ?? [] };
  }
  appName() {
    const name = this.model?.manifest.application?.displayName ?? this.model?.packageName;
    return typeof name === "string" ? name : "Twenty app";
  }
  /** Opens the workspace once; later calls share it. A failure is kept (status shows it) until reset. */
  ensureOpen() {
    if (this.workspace) return Promise.resolve(this.workspace);
    if (this.disposed) return Promise.reject(new StudioError("WORKSPACE_CLOSED", "The workspace is closed."));
    this.opening ??= (async () => {
      this.emitStatus("opening");
      try {
        const workspace = await LocalWorkspace.open({
          dir: this.dir,
          databaseUrl: this.options.databaseUrl,
          templateCacheDir: this.options.templateCacheDir,
          command: this.options.command ?? "twenty-studio",
          sdkVersion: this.model?.dependencies.sdkVersion
        }, this.manifestPart());
        if (this.disposed) {
          await workspace.close();
          throw new StudioError("WORKSPACE_CLOSED", "The workspace was closed while it opened.");
        }
        this.keyValues = new KeyValueStore(workspace.db, workspace.schemaName, (entry, deleted) => this.pushActivity({ kind: "kv", runId: null, summary: `${deleted ? "delete" : "set"} ${entry.scope.toLowerCase()} key "${entry.key}"`, detail: { ...entry, deleted } }));
        workspace.onChanges((changes, origin) => this.onChanges(changes, origin.runId));
        this.messageChannels = new MessageChannelService({
          db: workspace.db,
          schema: workspace.schemaName,
          repository: () => workspace.repository,
          publish: (changes, runId) => workspace.publish(changes, runId),
          connectionIds: () => this.connections.ids(),
          applicationId: () => this.applicationId(),
          onActivity: (entry) => this.pushActivity({ kind: "message", ...entry })
        });
        this.jobQueue = new JobQueue({
          db: workspace.db,
          schema: workspace.schemaName,
          startRun: async (job, context2) => {
            const runs = this.options.runs();
            if (!runs) throw new StudioError("NO_RUNNER", "No run service to run the job");
            return runs.start({
              universalIdentifier: job.logicFunctionUniversalIdentifier,
              payload: job.payload,
              origin: "job",
              context: context2,
              triggeredBy: { runId: job.enqueuedByRunId, event: `job ${job.jobId}`, recordId: job.jobId, depth: 1 }
            });
          },
          cancelRun: (runId) => void this.options.runs()?.cancel(runId),
          functionName: (uid) => this.functionName(uid),
          onActivity: (entry) => this.pushActivity({ kind: "job", ...entry })
        });
        await this.server.start();
        this.workspace = workspace;
        await this.jobQueue.start();
        this.error = null;
        if (workspace.info.templateCreatedMs !== null) {
          this.options.console.push({ source: "studio", label: "workspace", level: "SYSTEM", text: `Created the embedded Postgres template once for this machine in ${workspace.info.templateCreatedMs} ms (kept in the cache folder)
` });
        }
        this.options.console.push({ source: "studio", label: "workspace", level: "SYSTEM", text: `Local workspace ${workspace.info.created ? "created" : "opened"} in ${workspace.info.openMs} ms: ${workspace.model.objects.length} objects, Core API at ${this.server.url}/graphql
` });
        if (workspace.pendingDestructive.length > 0) this.warnPending(workspace);
        this.emitStatus("ready");
        return workspace;
      } catch (error) {
        this.opening = null;
        this.error = error instanceof WorkspaceBusyError ? error.message : `The local workspace could not be opened: ${error.message}`;
        this.emitStatus("error");
        throw new StudioError("WORKSPACE_UNAVAILABLE", this.error);
      }
    })();
    return this.opening;
  }
  warnPending(workspace) {
    const text = `The app's model changed in ways that drop data (${workspace.pendingDestructive.map((step) => step.description).join("; ")}): confirm in the Workspace window (or \`twenty-studio workspace migrate --allow-destructive\`) to apply them.`;
    this.options.console.push({ source: "studio", label: "workspace", level: "ERROR", text: `${text}
` });
    this.pushActivity({ kind: "warning", runId: null, summary: text, detail: { steps: workspace.pendingDestructive.map((step) => step.description) } });
  }
  /** The app's model changed: the workspace migrates (additive now, destructive after a confirmation). */
  async updateModel(model) {
    this.model = model;
    if (!this.workspace) return;
    try {
      const result = await this.workspace.updateModel(this.manifestPart(), model.dependencies.sdkVersion);
      if (result.applied.length > 0) {
        this.options.console.push({ source: "studio", label: "workspace", level: "SYSTEM", text: `Workspace migrated: ${result.applied.map((step) => step.description).join("; ")}
` });
      }
      if (result.pending.length > 0) this.warnPending(this.workspace);
      if (result.changed) this.emitStatus("ready");
    } catch (error) {
      this.options.console.push({ source: "studio", label: "workspace", level: "ERROR", text: `The workspace could not follow the model change: ${error.message}
` });
    }
  }
  setModel(model) {
    this.model = model;
  }
  /** TWENTY_API_URL and a token of its own for a run (its calls are attributed to it). */
  async credentialsFor(runId) {
    await this.ensureOpen();
    const holder = { runId, actor: { source: "APPLICATION", name: this.appName(), workspaceMemberId: null }, label: runId };
    return { apiUrl: this.server.url, token: this.server.issueToken(holder) };
  }
  /** The studio's own credentials (the window's writes, `workspace query`, client generation). */
  async studioCredentials() {
    await this.ensureOpen();
    this.studioToken ??= this.server.issueToken({ runId: null, actor: STUDIO_ACTOR, label: "studio" });
    return { apiUrl: this.server.url, token: this.studioToken };
  }
  onChanges(changes, runId) {
    for (const change of changes) {
      this.pushActivity({
        kind: "event",
        runId,
        summary: `${change.objectName}.${change.operation} ${change.recordId}`,
        detail: { name: `${change.objectName}.${change.operation}`, object: change.objectName, operation: change.operation, recordId: change.recordId, updatedFields: change.updatedFields ?? null }
      });
    }
    const model = this.model;
    const workspace = this.workspace;
    const runs = this.options.runs();
    if (!model || !workspace || !runs) return;
    const functions = appFunctions(model).map((fn) => ({
      universalIdentifier: fn.universalIdentifier,
      name: fn.name ?? fn.file,
      databaseEventTriggerSettings: fn.config.databaseEventTriggerSettings
    }));
    const deliveries = deliveriesFor(workspace.model, functions, changes, LOCAL_WORKSPACE_ID);
    if (deliveries.length === 0) return;
    const depth = (runId ? this.triggerDepth.get(runId) ?? 0 : 0) + 1;
    for (const delivery of deliveries) {
      if (depth > MAX_TRIGGER_DEPTH) {
        const text = `Stopped a chain of database-event runs at depth ${MAX_TRIGGER_DEPTH}: ${delivery.functionName} would run again for ${delivery.eventName} (written by run ${runId}). A function that writes what it listens to re-triggers itself; narrow its updatedFields or skip its own writes.`;
        this.options.console.push({ source: runId ?? "studio", label: "workspace", level: "ERROR", text: `${text}
` });
        this.pushActivity({ kind: "warning", runId, summary: text, detail: { function: delivery.functionName, event: delivery.eventName, depth } });
        continue;
      }
      const started = new Promise((resolve13) => setImmediate(resolve13)).then(() => runs.start({
        universalIdentifier: delivery.universalIdentifier,
        payload: delivery.payload,
        origin: "databaseEvent",
        triggeredBy: { runId, event: delivery.eventName, recordId: delivery.recordIds[0] ?? "", depth }
      })).then(({ runId: triggered, done }) => {
        this.triggerDepth.set(triggered, depth);
        if (this.triggerDepth.size > 1e4) this.triggerDepth.delete(this.triggerDepth.keys().next().value);
        this.pushActivity({
          kind: "trigger",
          runId,
          summary: `${delivery.eventName} -> ${delivery.functionName} (run ${triggered})`,
          detail: { function: delivery.functionName, universalIdentifier: delivery.universalIdentifier, event: delivery.eventName, recordIds: delivery.recordIds, triggeredRunId: triggered, depth }
        });
        return done;
      }).catch((error) => {
        this.options.console.push({ source: "studio", label: "workspace", level: "ERROR", text: `Could not run ${delivery.functionName} for ${delivery.eventName}: ${error.message}
` });
      });
      this.pendingRuns.add(started);
      void started.finally(() => this.pendingRuns.delete(started));
    }
  }
  /** Waits until no triggered run is pending or running (the CLI's exec waits for the chain it caused). */
  async settle(timeoutMs = 9e5) {
    const deadline = Date.now() + timeoutMs;
    while ((this.pendingRuns.size > 0 || await this.jobQueue?.busy().catch(() => false)) && Date.now() < deadline) {
      await Promise.race([Promise.allSettled([...this.pendingRuns]), new Promise((resolve13) => setTimeout(resolve13, 50))]);
      await new Promise((resolve13) => setImmediate(resolve13));
    }
  }
  recordRequest(record3) {
    this.pushActivity({
      kind: "request",
      runId: record3.runId,
      summary: `${record3.method} ${record3.path}${record3.operationName ? ` ${record3.operationName}` : ""} -> ${record3.status}${record3.errors.length ? ` (${record3.errors[0]})` : ""}`,
      detail: { ...record3 }
    });
  }
  pushActivity(entry) {
    const full = { seq: ++this.seq, time: (/* @__PURE__ */ new Date()).toISOString(), ...entry };
    this.activity.push(full);
    if (this.activity.length > MAX_ACTIVITY) this.activity.splice(0, this.activity.length - MAX_ACTIVITY);
    this.pendingActivity.push(full);
    this.activityTimer ??= setTimeout(() => {
      this.activityTimer = null;
      const entries = this.pendingActivity;
      this.pendingActivity = [];
      this.options.emit("workspace.activity", { entries });
    }, 50);
  }
  activitySince(since, limit) {
    const start = this.activity.findIndex((entry) => entry.seq > since);
    return start < 0 ? [] : this.activity.slice(start, start + limit);
  }
  /** What a run did in the workspace: the requests it made and the records its writes changed. */
  activityOf(runId) {
    return this.activity.filter((entry) => entry.runId === runId);
  }
  emitStatus(state) {
    void this.status(state).then((status) => this.options.emit("workspace.status", status), () => void 0);
  }
  async status(state) {
    const workspace = this.workspace;
    const counts = workspace ? await workspace.repository.counts().catch(() => ({})) : {};
    return {
      state: state ?? (workspace ? "ready" : this.error ? "error" : this.opening ? "opening" : "closed"),
      error: this.error,
      storage: workspace?.db.kind ?? null,
      dir: this.dir,
      url: workspace ? this.server.url : null,
      twentyVersion: workspace?.model.twentyVersion ?? null,
      openMs: workspace?.info.openMs ?? null,
      pendingDestructive: workspace?.pendingDestructive.map((step) => step.description) ?? [],
      modelProblems: workspace?.modelProblems.map((problem) => `${problem.where}: ${problem.message}`) ?? [],
      totalRecords: Object.values(counts).reduce((sum, count) => sum + Number(count), 0)
    };
  }
  async objects() {
    const workspace = await this.ensureOpen();
    const counts = await workspace.repository.counts();
    return workspace.model.objects.map((object) => ({
      nameSingular: object.nameSingular,
      namePlural: object.namePlural,
      labelSingular: object.labelSingular,
      labelPlural: object.labelPlural,
      source: object.source,
      isSystem: object.isSystem === true,
      labelIdentifierField: object.labelIdentifierField ?? null,
      count: counts[object.nameSingular] ?? 0,
      fields: object.fields.map((field) => ({
        name: field.name,
        type: field.type,
        label: field.label ?? field.name,
        isNullable: field.isNullable !== false,
        isSystem: field.isSystem === true,
        isReadOnly: READ_ONLY_FIELD_NAMES.has(field.name) || field.type === "TS_VECTOR" || isRelationField(field) && field.relation?.type === "ONE_TO_MANY",
        ...field.options ? { options: field.options.map(({ value, label, color }) => ({ value, label, ...color ? { color } : {} })) } : {},
        ...COMPOSITE_TYPES[field.type] ? { subfields: COMPOSITE_TYPES[field.type].subfields.map((sub) => sub.name) } : {},
        ...field.relation ? { relation: { type: field.relation.type, targetObject: field.relation.targetObject, ...field.relation.joinColumn ? { joinColumn: field.relation.joinColumn } : {} } } : {}
      }))
    }));
  }
  async records(params) {
    const workspace = await this.ensureOpen();
    const filter = params.withDeleted ? { and: [params.filter ?? {}, { or: [{ deletedAt: { is: "NULL" } }, { deletedAt: { is: "NOT_NULL" } }] }] } : params.filter;
    try {
      const page = await workspace.repository.findMany(params.object, { filter, orderBy: params.orderBy, first: params.first, after: params.after });
      return { records: page.records, totalCount: await page.totalCount(), endCursor: page.cursors[page.cursors.length - 1] ?? null, hasNextPage: page.hasNextPage };
    } catch (error) {
      throw asStudioError(error);
    }
  }
  /** A write from the window, through the API's repository: its events fire like any other write. */
  async write(params) {
    const workspace = await this.ensureOpen();
    const repository = workspace.repository;
    try {
      const result = params.action === "create" ? await repository.create(params.object, [params.data ?? {}], { actor: STUDIO_ACTOR }) : params.action === "update" ? await repository.update(params.object, { ids: [params.id] }, params.data ?? {}, { actor: STUDIO_ACTOR }) : params.action === "destroy" ? await repository.destroy(params.object, { ids: [params.id] }) : await repository.setDeleted(params.object, { ids: [params.id] }, params.action === "delete", { actor: STUDIO_ACTOR });
      workspace.publish(result.changes, null);
      return { record: result.records[0] ?? null };
    } catch (error) {
      throw asStudioError(error);
    }
  }
  async query(query, variables) {
    const workspace = await this.ensureOpen();
    return workspace.executeGraphql({ query, variables }, STUDIO_ACTOR, null);
  }
  async seed(count, objects) {
    const workspace = await this.ensureOpen();
    const created = {};
    const ids = /* @__PURE__ */ new Map();
    const defaults = ["workspaceMember", "company", "person", "opportunity", "note", "noteTarget", "task", "taskTarget"];
    const names = objects ?? [...defaults, ...workspace.model.objects.filter((object) => object.source === "app").map((object) => object.nameSingular)];
    for (const object of seedOrder(workspace.model, names)) {
      const existing = await workspace.repository.findMany(object.nameSingular, { first: 200 });
      ids.set(object.nameSingular, existing.records.map((record3) => String(record3.id)));
      const offset = await existing.totalCount();
      const inputs = Array.from({ length: count }, (_, index) => seedRecord(object, offset + index, ids));
      try {
        const result = await workspace.repository.create(object.nameSingular, inputs, { actor: { source: "IMPORT", name: "Twenty App Studio seed", workspaceMemberId: null } });
        ids.set(object.nameSingular, [...ids.get(object.nameSingular) ?? [], ...result.records.map((record3) => String(record3.id))]);
        created[object.nameSingular] = result.records.length;
      } catch (error) {
        this.options.console.push({ source: "studio", label: "workspace", level: "ERROR", text: `Seed skipped ${object.nameSingular}: ${error.message}
` });
      }
    }
    this.emitStatus("ready");
    return created;
  }
  async exportSnapshot() {
    const workspace = await this.ensureOpen();
    const objects = {};
    for (const object of workspace.model.objects) {
      const records3 = await workspace.repository.allRecords(object.nameSingular);
      if (records3.length > 0) objects[object.nameSingular] = records3.map(({ searchVector: _omit, ...record3 }) => record3);
    }
    const keyValues = (await this.keyValues.list()).map(({ key, value, scope }) => ({ key, value, scope }));
    return { format: "twenty-studio-workspace", version: 1, twentyVersion: workspace.model.twentyVersion, exportedAt: (/* @__PURE__ */ new Date()).toISOString(), objects, keyValues };
  }
  /** Replaces every record with the snapshot's (ids, timestamps and actors kept); no events fire. */
  async importSnapshot(snapshot) {
    if (snapshot?.format !== "twenty-studio-workspace" || !snapshot.objects || typeof snapshot.objects !== "object") {
      throw new StudioError("INVALID_SNAPSHOT", "Not a workspace snapshot (twenty-studio workspace export writes one).");
    }
    const workspace = await this.ensureOpen();
    const unknown = Object.keys(snapshot.objects).filter((name) => !workspace.model.objects.some((object) => object.nameSingular === name));
    if (unknown.length > 0) throw new StudioError("INVALID_SNAPSHOT", `The snapshot has objects this app's workspace does not: ${unknown.join(", ")}.`);
    await workspace.clear();
    const imported = {};
    const joins = [];
    try {
      for (const [name, records3] of Object.entries(snapshot.objects)) {
        const object = workspace.repository.object(name);
        const joinColumns = new Set(object.fields.filter((field) => field.relation?.type === "MANY_TO_ONE").map((field) => field.relation.joinColumn ?? `${field.name}Id`));
        const inputs = records3.map((record3) => {
          const input = {};
          for (const [key, value] of Object.entries(record3)) {
            if (joinColumns.has(key)) {
              if (value !== null && value !== void 0) joins.push({ object: name, id: String(record3.id), column: key, value });
            } else input[key] = value;
          }
          return input;
        });
        for (let start = 0; start < inputs.length; start += 1e3) {
          await workspace.repository.create(name, inputs.slice(start, start + 1e3), { actor: STUDIO_ACTOR, allowSystem: true });
        }
        imported[name] = records3.length;
      }
      for (const join45 of joins) {
        await workspace.db.query(`update "${workspace.schemaName}"."${join45.object}" set "${join45.column.replace(/"/g, '""')}" = $1::uuid where id = $2::uuid`, [join45.value, join45.id]);
      }
      for (const entry of snapshot.keyValues ?? []) await this.keyValues.set(entry.key, entry.value, entry.scope);
    } catch (error) {
      throw asStudioError(error);
    }
    this.emitStatus("ready");
    return imported;
  }
  async kvList() {
    await this.ensureOpen();
    return this.keyValues.list();
  }
  async kvSet(key, value, scope) {
    await this.ensureOpen();
    await this.keyValues.set(key, value, scope);
  }
  async kvDelete(key, scope) {
    await this.ensureOpen();
    return this.keyValues.delete(key, scope);
  }
  /** Jobs, newest first (the Jobs view). */
  async jobsList(params = {}) {
    await this.ensureOpen();
    return this.jobQueue.list(params);
  }
  async jobGet(jobId) {
    await this.ensureOpen();
    return this.jobQueue.get(jobId);
  }
  async jobRunNow(jobId) {
    await this.ensureOpen();
    return this.jobQueue.runNow(jobId);
  }
  async jobCancel(jobId) {
    await this.ensureOpen();
    return this.jobQueue.cancel(jobId);
  }
  async jobRetry(jobId) {
    await this.ensureOpen();
    return this.jobQueue.retry(jobId);
  }
  /** Enqueues a job from the window (as a function's enqueueJobs would). */
  async jobEnqueue(universalIdentifier, payload, options = {}) {
    await this.ensureOpen();
    try {
      const [jobId] = await this.jobQueue.enqueue({ logicFunctionUniversalIdentifier: universalIdentifier, jobs: [{ payload, jobId: options.jobId }], delayMs: options.delayMs, retryLimit: options.retryLimit }, null);
      return jobId;
    } catch (error) {
      throw asStudioError(error);
    }
  }
  async jobsClearFinished() {
    await this.ensureOpen();
    return this.jobQueue.clearFinished();
  }
  /** The app's connection providers (manifest) and its local test connections (tokens masked). */
  async connectionsList() {
    return {
      providers: (this.model?.manifest.other.connectionProviders ?? []).map((provider) => ({
        universalIdentifier: String(provider.universalIdentifier ?? ""),
        name: String(provider.name ?? ""),
        displayName: String(provider.displayName ?? provider.name ?? ""),
        type: String(provider.type ?? "oauth"),
        scopes: Array.isArray(provider.oauth?.scopes) ? provider.oauth.scopes.map(String) : []
      })),
      connections: await this.connections.list()
    };
  }
  async connectionAdd(input) {
    try {
      return await this.connections.add(input);
    } catch (error) {
      throw asStudioError(error);
    }
  }
  async connectionUpdate(id, patch) {
    try {
      return await this.connections.update(id, patch);
    } catch (error) {
      throw asStudioError(error);
    }
  }
  connectionRemove(id) {
    return this.connections.remove(id);
  }
  /** The app's agents with their scripted replies. */
  async agentsList() {
    const scripts = await this.agents.scripts();
    return appAgentsOf(this.model?.manifest.other.agents).map((agent) => ({ ...agent, script: scripts[agent.universalIdentifier] ?? null }));
  }
  agentSetScript(universalIdentifier, script) {
    return this.agents.setScript(universalIdentifier, script);
  }
  /** The app's tool functions an agent can call. */
  agentToolsList() {
    return appToolsOf(this.model?.manifest.logicFunctions).map(({ name, description }) => ({ name, description }));
  }
  /** The model endpoint agents answer from, its key masked (the window never gets it back). */
  async agentModel() {
    const endpoint = await this.agents.model();
    return endpoint ? { baseUrl: endpoint.baseUrl, model: endpoint.model, timeoutMs: endpoint.timeoutMs, hasApiKey: endpoint.apiKey !== "" } : null;
  }
  /** Sets the endpoint; an empty `apiKey` keeps the stored one (the window cannot show it to edit it). */
  async agentSetModel(endpoint) {
    if (endpoint === null) return this.agents.setModel(null);
    const previous = await this.agents.model();
    await this.agents.setModel({ baseUrl: endpoint.baseUrl, model: endpoint.model, apiKey: endpoint.apiKey || previous?.apiKey || "", timeoutMs: endpoint.timeoutMs ?? previous?.timeoutMs ?? 6e4 });
  }
  async messageChannelsList() {
    await this.ensureOpen();
    return this.messageChannels.listAll();
  }
  timelineActivityTypesList() {
    return this.timelineActivityTypes();
  }
  snapshotPath(name) {
    if (!/^[\w.-]{1,80}$/.test(name) || name.startsWith(".")) throw new StudioError("INVALID_SNAPSHOT_NAME", `"${name}" is not a snapshot name: letters, digits, ".", "-" and "_" only.`);
    return (0, import_node_path48.join)(this.dir, "snapshots", `${name}.json`);
  }
  /** Named snapshots to restore before a test: every record and the key-value store. */
  async snapshotSave(name) {
    const path = this.snapshotPath(name);
    const snapshot = await this.exportSnapshot();
    await writeJsonFile(path, snapshot);
    return { name, records: Object.values(snapshot.objects).reduce((sum, records3) => sum + records3.length, 0) };
  }
  async snapshotRestore(name) {
    const path = this.snapshotPath(name);
    const snapshot = await (0, import_promises30.readFile)(path, "utf8").then((text) => JSON.parse(text), () => {
      throw new StudioError("SNAPSHOT_NOT_FOUND", `No workspace snapshot named "${name}" (save one with \`twenty-studio workspace snapshot save ${name}\`).`);
    });
    return this.importSnapshot(snapshot);
  }
  async snapshotList() {
    const folder = (0, import_node_path48.join)(this.dir, "snapshots");
    const names = await (0, import_promises30.readdir)(folder).catch(() => []);
    const entries = await Promise.all(names.filter((name) => name.endsWith(".json")).map(async (name) => {
      const info = await (0, import_promises30.stat)((0, import_node_path48.join)(folder, name));
      return { name: name.slice(0, -".json".length), savedAt: info.mtime.toISOString(), bytes: info.size };
    }));
    return entries.sort((a, b) => a.name.localeCompare(b.name));
  }
  async migrate(allowDestructive) {
    const workspace = await this.ensureOpen();
    await workspace.migrate({ allowDestructive });
    const status = await this.status("ready");
    this.options.emit("workspace.status", status);
    return status;
  }
  /** Drops every record and the data folder, then opens a fresh workspace (asked for; never silent). */
  async reset() {
    const workspace = this.workspace ?? await this.opening?.catch(() => null) ?? null;
    this.jobQueue?.stop();
    this.jobQueue = null;
    this.messageChannels = null;
    this.workspace = null;
    this.opening = null;
    this.error = null;
    if (workspace) {
      if (workspace.db.kind === "postgres") await workspace.db.exec(`drop schema if exists "${workspace.schemaName}" cascade`).catch(() => void 0);
      await workspace.close();
    }
    await LocalWorkspace.destroyData(this.dir);
    await this.ensureOpen();
    return this.status();
  }
  async dispose() {
    this.disposed = true;
    if (this.activityTimer) clearTimeout(this.activityTimer);
    this.jobQueue?.stop();
    await this.server.stop();
    const workspace = this.workspace ?? await this.opening?.catch(() => null) ?? null;
    this.workspace = null;
    await workspace?.close();
  }
};
function asStudioError(error) {
  if (error instanceof WorkspaceApiError) return new StudioError(error.code, error.message);
  return error;
}

// src-main/core/studio.ts
var Studio = class {
  constructor(options) {
    this.options = options;
    this.userData = new UserDataStore(options.userDataDir);
    this.release = createReleaseHandlers({
      requireOpen: () => this.requireOpen(),
      emit: (name, payload) => this.emit(name, payload),
      console: this.console,
      studioDir: options.studioDir ?? process.cwd(),
      currentModel: () => this.currentModel
    });
    this.evaluator.warmUp();
  }
  options;
  userData;
  evaluator = new ConfigEvaluator();
  listeners = /* @__PURE__ */ new Set();
  console = new ConsoleBatcher((entries) => this.emit("console.batch", { entries }));
  open = null;
  installing = null;
  release;
  onEvent(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  emit(name, payload) {
    for (const listener of this.listeners) listener(name, payload);
  }
  get currentModel() {
    return this.open?.project.model ?? null;
  }
  requireOpen() {
    if (!this.open) throw new StudioError("NO_APP_OPEN", "No app is open: open a Twenty app folder first.");
    return this.open;
  }
  async openApp(appDir) {
    const absolute = (0, import_node_path49.resolve)(appDir);
    if (!(0, import_node_fs22.existsSync)(absolute) || !(0, import_node_fs22.statSync)(absolute).isDirectory()) {
      throw new StudioError("APP_NOT_FOUND", `${absolute} is not a folder.`);
    }
    await this.closeApp();
    const evaluationCache = this.options.prespawnRuns === 0 ? new EvaluationCache((0, import_node_path49.join)(this.userData.appDataDir(absolute), "evaluation-cache")) : void 0;
    const project = new AppProject(absolute, this.evaluator, { evaluationCache });
    const model = await project.load();
    const watcher = new AppWatcher(
      absolute,
      (changes) => void this.applyChanges(changes.map((change) => change.path), changes),
      (message) => this.console.push({ source: "studio", label: "watcher", level: "ERROR", text: `${message}
` })
    );
    await watcher.start();
    let runsRef = null;
    const workspace = new WorkspaceService({
      appDir: absolute,
      appDataDir: this.userData.appDataDir(absolute),
      console: this.console,
      emit: (name, payload) => this.emit(name, payload),
      runs: () => runsRef,
      databaseUrl: this.options.databaseUrl ?? (process.env.TWENTY_STUDIO_DATABASE_URL || void 0),
      templateCacheDir: this.options.workspaceTemplateDir,
      command: this.options.mode === "electron" ? "the studio window" : `twenty-studio (pid ${process.pid})`
    });
    workspace.setModel(model);
    const debug = new DebugService({
      appDir: absolute,
      appDataDir: this.userData.appDataDir(absolute),
      emit: (name, payload) => this.emit(name, payload),
      runs: () => runsRef
    });
    const runs = new RunService({
      appDir: absolute,
      appDataDir: this.userData.appDataDir(absolute),
      userDataDir: this.options.userDataDir,
      console: this.console,
      emit: (name, payload) => this.emit(name, payload),
      prespawn: this.options.prespawnRuns,
      twentyConfigPath: this.options.twentyConfigPath,
      localWorkspace: workspace,
      debugger: debug
    });
    runsRef = runs;
    void runs.updateModel(model);
    this.open = { project, watcher, files: new FileStore(absolute), runs, workspace, typecheck: new AppTypecheck(absolute), debug };
    this.scheduleTypecheck(this.open, 1e3);
    if (this.options.prespawnRuns !== 0) void runs.target().then((target) => target.kind === "local" ? workspace.ensureOpen() : null).catch(() => void 0);
    void listAppFiles(absolute).then((files) => removeStaleTempFiles(files.map((file) => (0, import_node_path49.join)(absolute, file)))).catch(() => void 0);
    await this.userData.addRecentApp(absolute, model.packageName ?? absolute.split(/[\\/]/).pop() ?? absolute);
    this.emit("project.model", model);
    return model;
  }
  async applyChanges(paths, changes) {
    const open2 = this.open;
    if (!open2) return;
    if (changes) {
      const withVersions = await Promise.all(changes.map(async (change) => {
        if (change.kind === "unlink") return { ...change, version: null };
        try {
          return { ...change, version: (await open2.files.read(change.path)).version };
        } catch {
          return { ...change, kind: "unlink", version: null };
        }
      }));
      this.emit("file.changed", { changes: withVersions });
    }
    if (paths.some((path) => /\.(tsx?|json)$/.test(path))) {
      void open2.runs.sourcesChanged();
      this.scheduleTypecheck(open2);
    }
    try {
      const previous = open2.project.model;
      const model = await open2.project.applyChanges(paths);
      if (model && this.open === open2) {
        this.emit("project.model", model);
        void open2.runs.updateModel(model);
        const before = JSON.stringify([previous?.manifest.objects, previous?.manifest.fields]);
        void open2.workspace.updateModel(model).then(() => {
          if (JSON.stringify([model.manifest.objects, model.manifest.fields]) !== before) void this.regenerateClient(open2);
        });
      }
    } catch (error) {
      this.console.push({ source: "studio", label: "studio", level: "ERROR", text: `Could not update the app model: ${error.message}
` });
    }
  }
  /**
   * The typecheck runs in its own process after a quiet moment, never on the edit path: the model is
   * pushed first, its type errors follow (the status bar shows the check pending meanwhile).
   */
  scheduleTypecheck(open2, delayMs = 300) {
    if (!(this.options.continuousTypecheck ?? this.options.prespawnRuns !== 0)) return;
    clearTimeout(open2.typecheckTimer);
    open2.typecheckTimer = setTimeout(() => {
      void (async () => {
        if (this.open !== open2) return;
        const pending = await open2.project.setTypecheck({ state: "pending" });
        if (this.open === open2) this.emit("project.model", pending);
        const outcome = await open2.typecheck.check();
        if (this.open !== open2) return;
        this.emit("project.model", await open2.project.setTypecheck(outcome));
      })().catch((error) => this.console.push({ source: "studio", label: "typecheck", level: "ERROR", text: `The typecheck failed: ${error.message}
` }));
    }, delayMs);
  }
  async closeApp() {
    const open2 = this.open;
    this.open = null;
    if (open2) {
      clearTimeout(open2.typecheckTimer);
      open2.typecheck.dispose();
    }
    await open2?.watcher.close();
    open2?.debug.dispose();
    await open2?.runs.dispose();
    await open2?.workspace.dispose();
  }
  /** The open app's Local workspace. */
  get workspace() {
    return this.requireOpen().workspace;
  }
  /** The open app's run service (the CLI and the local route server run functions through it). */
  get runs() {
    return this.requireOpen().runs;
  }
  /** The open app's debugger (its sessions; the benchmark reads their start timings). */
  get debug() {
    return this.requireOpen().debug;
  }
  async dispose() {
    await this.handlers["routes.server.stop"]({});
    await this.closeApp();
    await this.release.dispose();
    this.console.flush();
    this.evaluator.dispose();
  }
  handlers = {
    "app.open": ({ appDir }) => this.openApp(appDir),
    "app.current": async () => this.currentModel,
    "app.recent": async () => ({ apps: (await this.userData.recentApps()).filter((app) => (0, import_node_fs22.existsSync)(app.appDir)) }),
    "app.completePath": async ({ prefix }) => ({ entries: await completePath(prefix) }),
    "app.installDependencies": async () => this.installDependencies(),
    "app.typings": async () => editorTypings(this.requireOpen().project.appDir),
    "file.read": async ({ path }) => this.requireOpen().files.read(path),
    "file.write": async (params) => {
      const open2 = this.requireOpen();
      const result = await open2.files.write(params);
      if (result.ok) void this.applyChanges([params.path]);
      return result;
    },
    "session.get": async () => this.userData.session(this.requireOpen().project.appDir),
    "session.set": async (state) => {
      await this.userData.saveSession(this.requireOpen().project.appDir, state);
      return { ok: true };
    },
    "run.start": async (params) => ({ runId: (await this.requireOpen().runs.start({ ...params, origin: "manual" })).runId }),
    "editor.buffers": async ({ buffers }) => {
      this.requireOpen().runs.setBuffers(buffers);
      return { ok: true };
    },
    "run.cancel": async ({ runId }) => ({ cancelled: this.requireOpen().runs.cancel(runId) }),
    "run.live": async () => ({ runs: this.requireOpen().runs.liveRuns() }),
    "run.history": async (filter) => ({ runs: await this.requireOpen().runs.listRuns(filter) }),
    "run.get": async ({ runId }) => this.requireOpen().runs.getRun(runId),
    "run.payload": async ({ universalIdentifier }) => this.requireOpen().runs.payloadFor(universalIdentifier),
    "variables.list": async () => ({ variables: await this.requireOpen().runs.describeVariables() }),
    "variables.set": async ({ values, clear }) => {
      const runs = this.requireOpen().runs;
      const changes = { ...values };
      for (const name of clear) changes[name] = void 0;
      return { variables: await runs.setVariables(changes) };
    },
    "target.get": async () => {
      const runs = this.requireOpen().runs;
      return { target: await runs.maskedTarget(), remotes: await runs.remotes() };
    },
    "target.set": async (target) => {
      await this.requireOpen().runs.setTarget(target);
      return { ok: true };
    },
    "run.settings.get": async () => this.requireOpen().runs.settings(),
    "run.settings.set": async (settings) => this.requireOpen().runs.setSettings(settings),
    "target.check": async () => {
      const { project, runs } = this.requireOpen();
      return checkRemote(project.appDir, this.options.studioDir ?? process.cwd(), await runs.remoteCredentials());
    },
    "client.generate": async () => {
      const { project, runs, workspace } = this.requireOpen();
      const applicationId = project.model?.manifest.application?.universalIdentifier;
      if (typeof applicationId !== "string") throw new StudioError("NO_APPLICATION", "The app has no defineApplication() universalIdentifier to fetch a schema for.");
      const credentials = (await runs.target()).kind === "remote" ? await runs.remoteCredentials() : await workspace.studioCredentials();
      const generated = await generateCoreClient(project.appDir, this.options.studioDir ?? process.cwd(), credentials, applicationId);
      this.console.push({ source: "studio", label: "client", level: "SYSTEM", text: `Generated the typed CoreApiClient in ${generated.packageRoot} (${generated.schemaBytes} bytes of schema)
` });
      await writeJsonFile(this.clientMarker(project.appDir), { generatedAt: (/* @__PURE__ */ new Date()).toISOString(), packageRoot: generated.packageRoot });
      return generated;
    },
    "studio.reveal": async ({ path }) => {
      await revealInFolder(confinedPath(this.requireOpen().project.appDir, path), this.options.revealPath);
      return { ok: true };
    },
    "studio.info": async () => ({ version: this.options.version, mode: this.options.mode, userDataDir: this.options.userDataDir, platform: process.platform }),
    ...createPayloadHandlers({ requireOpen: () => this.requireOpen(), emit: (name, payload) => this.emit(name, payload), mode: () => this.options.mode }),
    "workspace.status": async () => this.requireOpen().workspace.status(),
    "workspace.objects": async () => ({ objects: await this.requireOpen().workspace.objects() }),
    "workspace.records": async (params) => this.requireOpen().workspace.records(params),
    "workspace.write": async (params) => this.requireOpen().workspace.write(params),
    "workspace.query": async ({ query, variables }) => this.requireOpen().workspace.query(query, variables),
    "workspace.activity": async ({ since, limit }) => ({ entries: this.requireOpen().workspace.activitySince(since, limit) }),
    "workspace.seed": async ({ count, objects }) => ({ created: await this.requireOpen().workspace.seed(count, objects) }),
    "workspace.reset": async () => this.requireOpen().workspace.reset(),
    "workspace.migrate": async ({ allowDestructive }) => this.requireOpen().workspace.migrate(allowDestructive),
    "workspace.kv.list": async () => ({ entries: await this.requireOpen().workspace.kvList() }),
    "workspace.kv.set": async ({ key, value, scope }) => {
      await this.requireOpen().workspace.kvSet(key, value, scope);
      return { ok: true };
    },
    "workspace.kv.delete": async ({ key, scope }) => ({ deleted: await this.requireOpen().workspace.kvDelete(key, scope) }),
    "workspace.jobs.list": async (params) => this.requireOpen().workspace.jobsList(params),
    "workspace.snapshots.list": async () => ({ snapshots: await this.requireOpen().workspace.snapshotList() }),
    "workspace.snapshots.save": async ({ name }) => this.requireOpen().workspace.snapshotSave(name),
    "workspace.snapshots.restore": async ({ name }) => ({ restored: await this.requireOpen().workspace.snapshotRestore(name) }),
    "workspace.jobs.act": async ({ jobId, action }) => {
      const workspace = this.requireOpen().workspace;
      await (action === "runNow" ? workspace.jobRunNow(jobId) : action === "cancel" ? workspace.jobCancel(jobId) : workspace.jobRetry(jobId));
      return { ok: true };
    },
    "workspace.jobs.enqueue": async ({ universalIdentifier, payload, delayMs, retryLimit }) => ({ jobId: await this.requireOpen().workspace.jobEnqueue(universalIdentifier, payload, { delayMs, retryLimit }) }),
    "workspace.connections.list": async () => this.requireOpen().workspace.connectionsList(),
    "workspace.connections.add": async (input) => {
      await this.requireOpen().workspace.connectionAdd(input);
      return { ok: true };
    },
    "workspace.connections.update": async ({ id, patch }) => {
      await this.requireOpen().workspace.connectionUpdate(id, patch);
      return { ok: true };
    },
    "workspace.connections.remove": async ({ id }) => {
      await this.requireOpen().workspace.connectionRemove(id);
      return { ok: true };
    },
    "workspace.agents.list": async () => {
      const workspace = this.requireOpen().workspace;
      return { agents: await workspace.agentsList(), tools: workspace.agentToolsList() };
    },
    "workspace.agents.model.get": async () => ({ model: await this.requireOpen().workspace.agentModel() }),
    "workspace.agents.model.set": async ({ model }) => {
      await this.requireOpen().workspace.agentSetModel(model);
      return { ok: true };
    },
    "workspace.agents.script": async ({ universalIdentifier, script }) => {
      await this.requireOpen().workspace.agentSetScript(universalIdentifier, script);
      return { ok: true };
    },
    "debug.breakpoints.get": async () => this.requireOpen().debug.breakpoints.get(),
    "debug.breakpoints.set": async (entry) => this.requireOpen().debug.setBreakpoints(entry),
    "debug.exceptions.set": async ({ mode }) => this.requireOpen().debug.setExceptions(mode),
    "debug.start": async (params) => this.requireOpen().debug.start({ ...params, origin: "manual" }),
    "debug.command": async ({ sessionId, action }) => ({ ok: true, ...await this.requireOpen().debug.command(sessionId, action) }),
    "debug.evaluate": async ({ sessionId, frameId, expression, purpose }) => this.requireOpen().debug.evaluate(sessionId, expression, purpose, frameId),
    "debug.properties": async ({ sessionId, objectId }) => ({ properties: await this.requireOpen().debug.properties(sessionId, objectId) }),
    "debug.sessions": async () => ({ sessions: this.open?.debug.list() ?? [] }),
    "debug.triggered.get": async () => this.open?.debug.triggeredState() ?? { functions: {} },
    "debug.triggered.set": async ({ universalIdentifier, mode }) => this.requireOpen().debug.setTriggered(universalIdentifier, mode),
    "install.versions": (params) => this.release["install.versions"](params),
    "install.simulate": (params) => this.release["install.simulate"](params),
    "install.uninstall": (params) => this.release["install.uninstall"](params),
    "package.build": (params) => this.release["package.build"](params),
    "package.compare": (params) => this.release["package.compare"](params),
    "deploy.remotes": (params) => this.release["deploy.remotes"](params),
    "deploy.describe": (params) => this.release["deploy.describe"](params),
    "deploy.run": (params) => this.release["deploy.run"](params)
  };
  clientMarker(appDir) {
    return (0, import_node_path49.join)(this.userData.appDataDir(appDir), "client-generated.json");
  }
  /**
   * The app's objects or fields changed: a typed client generated earlier against the Local workspace
   * is stale, so it is generated again (with a note), never left silently behind.
   */
  async regenerateClient(open2) {
    const { project, runs, workspace } = open2;
    if ((await runs.target()).kind !== "local") return;
    if (!(0, import_node_fs22.existsSync)(this.clientMarker(project.appDir))) return;
    const applicationId = project.model?.manifest.application?.universalIdentifier;
    if (typeof applicationId !== "string") return;
    try {
      const generated = await generateCoreClient(project.appDir, this.options.studioDir ?? process.cwd(), await workspace.studioCredentials(), applicationId);
      this.console.push({ source: "studio", label: "client", level: "SYSTEM", text: `The app's objects changed: regenerated the typed CoreApiClient in ${generated.packageRoot} from the Local workspace
` });
    } catch (error) {
      this.console.push({ source: "studio", label: "client", level: "ERROR", text: `The app's objects changed but the typed CoreApiClient could not be regenerated (${error.message}): it is stale until you run Generate client.
` });
    }
  }
  async installDependencies() {
    const open2 = this.requireOpen();
    if (this.installing?.state === "running") return this.installing;
    const model = open2.project.model;
    const packageManager = model?.dependencies.packageManager ?? "npm";
    const task = { id: `install-${Date.now()}`, label: `${packageManager} install`, state: "running", exitCode: null };
    this.installing = task;
    this.emit("task.state", task);
    this.console.push({ source: "install", label: "install", level: "SYSTEM", text: `$ ${packageManager} install (in ${open2.project.appDir})
` });
    void installDependencies(open2.project.appDir, packageManager, (output) => {
      this.console.push({ source: "install", label: "install", level: output.stream === "stderr" ? "ERROR" : "INFO", text: output.text });
    }).then(async (exitCode) => {
      const done = { ...task, state: exitCode === 0 ? "succeeded" : "failed", exitCode };
      this.installing = done;
      this.console.push({ source: "install", label: "install", level: "SYSTEM", text: `${packageManager} install exited with code ${exitCode}
` });
      this.console.flush();
      this.emit("task.state", done);
      if (this.open === open2) {
        const reloaded = await open2.project.load();
        this.emit("project.model", reloaded);
        void open2.runs.updateModel(reloaded);
        this.scheduleTypecheck(open2, 0);
      }
    });
    return task;
  }
};

// bench/generated-app.ts
var import_node_crypto16 = require("node:crypto");
var import_promises31 = require("node:fs/promises");
var import_node_os8 = require("node:os");
var import_node_path50 = require("node:path");
async function generateApp(repoRoot2, count) {
  const dir = await (0, import_promises31.mkdtemp)((0, import_node_path50.join)((0, import_node_os8.tmpdir)(), `bench-app-${count}-`));
  await (0, import_promises31.mkdir)((0, import_node_path50.join)(dir, "src", "logic-functions"), { recursive: true });
  await (0, import_promises31.mkdir)((0, import_node_path50.join)(dir, "src", "roles"), { recursive: true });
  await (0, import_promises31.symlink)((0, import_node_path50.join)(repoRoot2, "node_modules"), (0, import_node_path50.join)(dir, "node_modules"), "dir");
  await (0, import_promises31.writeFile)((0, import_node_path50.join)(dir, "package.json"), JSON.stringify({ name: "bench-app", version: "1.0.0", engines: { twenty: ">=2.40.0" } }, null, 2));
  await (0, import_promises31.writeFile)((0, import_node_path50.join)(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, skipLibCheck: true, moduleResolution: "bundler", module: "ESNext", target: "ES2022", baseUrl: ".", paths: { "src/*": ["./src/*"] } } }, null, 2));
  await (0, import_promises31.writeFile)((0, import_node_path50.join)(dir, "src", "application-config.ts"), `import { defineApplication } from 'twenty-sdk/define';
export default defineApplication({ universalIdentifier: '${(0, import_node_crypto16.randomUUID)()}', displayName: 'Bench' });
`);
  await (0, import_promises31.writeFile)((0, import_node_path50.join)(dir, "src", "roles", "default-role.ts"), `import { defineApplicationRole } from 'twenty-sdk/define';
export default defineApplicationRole({ universalIdentifier: '${(0, import_node_crypto16.randomUUID)()}', label: 'Bench' });
`);
  await (0, import_promises31.writeFile)((0, import_node_path50.join)(dir, "src", "shared.ts"), "export const PREFIX = 'bench';\n");
  const triggers = [
    (i) => `httpRouteTriggerSettings: { path: \`/\${PREFIX}/${i}/:id\`, httpMethod: 'GET', isAuthRequired: false }`,
    (i) => `cronTriggerSettings: { pattern: '*/${i % 59 + 1} * * * *' }`,
    () => "databaseEventTriggerSettings: { eventName: 'person.updated', updatedFields: ['name'] }",
    () => "toolTriggerSettings: {}",
    (i) => `workflowActionTriggerSettings: { label: 'Step ${i}' }`
  ];
  for (let i = 0; i < count; i += 1) {
    await (0, import_promises31.writeFile)((0, import_node_path50.join)(dir, "src", "logic-functions", `function-${i}.ts`), [
      "import { defineLogicFunction } from 'twenty-sdk/define';",
      "import { PREFIX } from '../shared';",
      `const handler = async (input: { value: number }) => ({ doubled: input.value * 2, prefix: PREFIX, i: ${i} });`,
      "export default defineLogicFunction({",
      `  universalIdentifier: '${(0, import_node_crypto16.randomUUID)()}',`,
      `  name: 'function-${i}',`,
      "  handler,",
      `  ${triggers[i % triggers.length](i)},`,
      "});",
      ""
    ].join("\n"));
  }
  return dir;
}

// bench/stats.ts
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
var round = (value) => Math.round(value * 10) / 10;

// bench/debug.bench.ts
var repoRoot = process.env.TWENTY_STUDIO_REPO ?? process.cwd();
var UID = "7c1b9d2e-3f4a-4b5c-8d6e-9f0a1b2c3d4e";
var FILE = "src/logic-functions/debug-target.ts";
var RUNS = Number(process.env.BENCH_RUNS ?? 9);
var STEPS = 20;
var SOURCE = [
  "import { defineLogicFunction } from 'twenty-sdk/define';",
  "const handler = async (input: { value: number }) => {",
  "  let total = 0;",
  "  for (let i = 0; i < 40; i += 1) {",
  "    total += i * input.value;",
  "  }",
  "  const label = `total ${total}`;",
  "  return { total, label };",
  "};",
  "export default defineLogicFunction({",
  `  universalIdentifier: '${UID}',`,
  "  name: 'debug-target',",
  "  handler,",
  "});",
  ""
].join("\n");
var trace = (text) => void (process.env.BENCH_TRACE && process.stderr.write(`${text}
`));
async function main() {
  const appDir = await generateApp(repoRoot, 2);
  const dataDir = await (0, import_promises32.mkdtemp)((0, import_node_path51.join)((0, import_node_os9.tmpdir)(), "bench-debug-data-"));
  await (0, import_promises32.writeFile)((0, import_node_path51.join)(appDir, FILE), SOURCE);
  const studio = new Studio({ userDataDir: dataDir, mode: "browser", version: "bench" });
  const listeners = /* @__PURE__ */ new Set();
  studio.onEvent((name, payload) => {
    if (name === "debug.session") trace(`session ${payload.status} ${payload.notices.join(" ")} ${payload.endedReason ?? ""}`);
    if (name === "debug.session") for (const listener of listeners) listener(payload);
  });
  const next = (sessionId, status) => new Promise((resolve13) => {
    const listener = (session) => {
      if ((sessionId === null || session.sessionId === sessionId) && session.status === status) {
        listeners.delete(listener);
        resolve13(session);
      }
    };
    listeners.add(listener);
  });
  try {
    const model = await studio.openApp(appDir);
    trace("opened");
    await studio.workspace.ensureOpen().catch(() => void 0);
    await studio.runs.updateModel(model);
    studio.runs.overrideTarget({ kind: "offline" });
    await studio.handlers["debug.breakpoints.set"]({ file: FILE, breakpoints: [{ line: 3, enabled: true }] });
    const plain = [];
    for (let i = 0; i < RUNS; i += 1) {
      await new Promise((resolve13) => setTimeout(resolve13, 300));
      const started = import_node_perf_hooks.performance.now();
      const record3 = await studio.runs.execute({ universalIdentifier: UID, payload: { value: i } });
      if (record3.result?.status !== "SUCCESS") throw new Error(`plain run failed: ${JSON.stringify(record3.result?.error)}`);
      plain.push(import_node_perf_hooks.performance.now() - started);
      trace(`plain ${i}: ${Math.round(plain.at(-1))} ms`);
    }
    const toPause = [];
    const steps = [];
    const stages = { session: [], inspector: [], connected: [], ready: [], paused: [] };
    for (let i = 0; i < RUNS; i += 1) {
      await new Promise((resolve13) => setTimeout(resolve13, 300));
      const started = import_node_perf_hooks.performance.now();
      let sessionAt = 0;
      const starting = next(null, "starting").then(() => sessionAt = import_node_perf_hooks.performance.now() - started);
      const paused = next(null, "paused");
      const { sessionId } = await studio.handlers["debug.start"]({ universalIdentifier: UID, payload: { value: i } });
      const session = await paused;
      toPause.push(import_node_perf_hooks.performance.now() - started);
      await starting;
      const timings = studio.debug.session(sessionId).startTimings;
      stages.session.push(sessionAt);
      for (const stage of ["inspector", "connected", "ready", "paused"]) stages[stage].push(sessionAt + (timings[stage] ?? NaN));
      trace(`to pause ${i}: ${Math.round(toPause.at(-1))} ms (${JSON.stringify(timings)}, session after ${Math.round(sessionAt)} ms)`);
      if (session.sessionId !== sessionId || session.paused?.frames[0]?.line !== 3) throw new Error(`paused elsewhere: ${JSON.stringify(session.paused?.frames[0])}`);
      if (i === 0) {
        for (let step = 0; step < STEPS; step += 1) {
          const stepped = next(sessionId, "paused");
          const stepStarted = import_node_perf_hooks.performance.now();
          await studio.handlers["debug.command"]({ sessionId, action: "stepOver" });
          await stepped;
          steps.push(import_node_perf_hooks.performance.now() - stepStarted);
        }
      }
      const ended = next(sessionId, "ended");
      await studio.handlers["debug.command"]({ sessionId, action: "continue" });
      await ended;
    }
    const toPauseMs = round(median(toPause));
    const plainMs = round(median(plain));
    const stepMs = round(median(steps));
    const stepMaxMs = round(Math.max(...steps));
    const breakdown = Object.fromEntries(Object.entries(stages).map(([stage, values]) => [stage, round(median(values))]));
    console.error(`debug start breakdown (median ms since Debug): ${JSON.stringify(breakdown)}; plain run ${plainMs} ms`);
    console.log(JSON.stringify([
      { name: "debug_start_to_pause_ms", value: toPauseMs, unit: "ms", reference: { name: "plain_run_start_to_result_ms", value: plainMs }, target: "<= 500 (median)", pass: toPauseMs <= 500 },
      { name: "debug_step_ms", value: stepMs, unit: "ms", reference: { name: "debug_step_max_ms", value: stepMaxMs }, target: `<= 50 (median of ${STEPS} steps)`, pass: stepMs <= 50 }
    ]));
  } finally {
    await studio.dispose();
    await (0, import_promises32.rm)(appDir, { recursive: true, force: true });
    await (0, import_promises32.rm)(dataDir, { recursive: true, force: true });
  }
}
void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
