import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { enginesWarning } from './engines-check';
import { z } from 'zod';
import type { EventName, EventPayload, Problem, ProjectModel } from '../../../src-shared/contract';
import {
  apiTargetSchema, runSettingsSchema, type ApiTarget, type RunSettings, type AppVariable, type RunContent, type RunRecord, type RunSummary,
} from '../../../src-shared/contract/run';
import { samplePayload } from '../../../src-shared/twenty/sample-payload';
import { functionBuildCacheDir } from '../build/bundle-cache-folder';
import { FunctionBundler } from '../build/function-bundler';
import type { ConsoleBatcher } from '../console/console-batcher';
import type { PrestartedRunChild } from '../runner/prestarted-run-child';
import { FunctionRunner, LOCAL_WORKSPACE_ID, type RunHandle, type RunInspectOptions } from '../runner/function-runner';
import { resolveNodeBinary } from '../runner/node-binary';
import { probeNodeVersion } from '../runner/run-child-pool';
import { StudioError } from '../studio-error';
import { readJsonFile, writeJsonFile } from '../user-data/json-file';
import { AppVariablesStore } from './app-variables-store';
import { OfflineApiServer } from './offline-api-server';
import { RunHistoryStore } from './run-history-store';
import { withLogTail } from './run-log-tail';
import { readTwentyRemotes } from './twenty-remotes';

export interface RunServiceOptions {
  appDir: string;
  /** The app's folder in the user data folder (history, variables, target, last payloads). */
  appDataDir: string;
  userDataDir: string;
  console: ConsoleBatcher;
  emit: <N extends EventName>(name: N, payload: EventPayload<N>) => void;
  /** Pre-spawned run processes (0 for one-shot CLI runs). */
  prespawn?: number;
  /** A run child started before this service (the CLI's exec): offered to the runner once the run settings are read. */
  prestartedRunChild?: PrestartedRunChild;
  /** Where the `twenty` CLI config lives (tests point it elsewhere). */
  twentyConfigPath?: string;
  /** The Local workspace target: a loopback URL and a token per run (its calls are attributed to the run). */
  localWorkspace?: { credentialsFor(runId: string): Promise<{ apiUrl: string; token: string }> };
  /** The studio's debugger: a session for each run started with `debug`. */
  debugger?: RunDebugger;
}

/** What a debug run needs of the debugger (core/debug/debug-service.ts). */
export interface RunDebugger {
  /** Opens the session of a debug run; its inspect options go to the runner. */
  begin(run: { runId: string; universalIdentifier: string; functionName: string; file: string; bundlePath: string; request: StartRunRequest }): RunInspectOptions;
  /** The run is over: its session ends. */
  finished(runId: string): void;
  /** A debug-ready child is idle with its inspector at this URL: attach ahead of the next Debug. */
  idleInspector?(inspectorUrl: string): void;
  /** A database-event run the Local workspace triggers: whether it goes under the debugger. */
  debugTriggered?(universalIdentifier: string): boolean;
}

export interface StartRunRequest {
  universalIdentifier: string;
  payload?: unknown;
  context?: Partial<{ retryCount: number; maxRetries: number; workspaceId: string; userWorkspaceId: string | null; workspaceMemberId: string | null }>;
  origin?: string;
  /** A run started by a database event of a write another run made (the chain shown under that run). */
  triggeredBy?: RunRecord['triggeredBy'];
  /** A run a server-route resolver dispatched to. */
  dispatchedBy?: RunRecord['dispatchedBy'];
  /** Run under the studio's debugger (a debug session: breakpoints, stepping). */
  debug?: boolean;
  /** Run under the Node inspector for an external debugger (the CLI's --inspect / --inspect-brk); the timeout does not apply. */
  inspect?: { port?: number; breakBeforeHandler?: boolean; onInspector(url: string | null): void };
}

const lastPayloadsSchema = z.object({ payloads: z.record(z.string(), z.unknown()) });
const API_KEY_MASK = '••••••••';
/** Finished runs whose whole log stays in memory for run.logs (a log is capped by the runner, a few MB at most). */
const recentLogsKept = 5;

/**
 * Runs an app's logic functions locally: keeps their bundles current (one incremental esbuild context),
 * starts each run in a fresh sandboxed process, streams output to the console, and records every run.
 */
export class RunService {
  private readonly bundler: FunctionBundler;
  private runner: FunctionRunner;
  private readonly offline: OfflineApiServer;
  readonly history: RunHistoryStore;
  readonly variables: AppVariablesStore;
  private readonly live = new Map<string, RunHandle>();
  private readonly liveRecords = new Map<string, RunRecord>();
  /** The whole logs of the last finished runs, oldest first: run.finished carries their end only, the history their first MB. */
  private readonly recentLogs = new Map<string, string>();
  private model: ProjectModel | null = null;
  private building: Promise<unknown> = Promise.resolve();
  private buildProblems: Problem[] = [];
  /** The editor's unsaved buffers (relative path -> text): runs build from them over the disk. */
  private buffers = new Map<string, string>();
  /** The function files the bundler was last set up with (null before the first model). */
  private builtFileSet: string | null = null;
  /** A debug-ready child is kept (warmDebug), also by a runner that replaces this one. */
  private debugWarm = false;
  /** Runs between their start and their record saved: dispose waits for them, so nothing writes into the data folder after. */
  private readonly settling = new Set<Promise<unknown>>();
  private disposing = false;

  constructor(private readonly options: RunServiceOptions) {
    this.bundler = new FunctionBundler({ appDir: options.appDir, cacheDir: functionBuildCacheDir(options.userDataDir, options.appDir), sourcePaths: [] });
    this.runner = this.createRunner(runSettingsSchema.parse({}));
    void this.settings().then((settings) => {
      // Saved limits or Node path: replace the default runner before the first run needs it.
      if (JSON.stringify(settings) !== JSON.stringify(runSettingsSchema.parse({}))) {
        const previous = this.runner;
        this.runner = this.createRunner(settings);
        void previous.dispose();
        if (this.debugWarm) void this.runner.warmInspected();
      }
      // Only now is the runner the one the runs use: it adopts the child if it would have started the same one.
      options.prestartedRunChild?.offerTo((child) => this.runner.adopt(child));
    });
    this.offline = new OfflineApiServer((call) => {
      options.console.push({ source: call.runId ?? 'studio', label: 'offline API', level: 'SYSTEM', text: `${call.method} ${call.path} -> 503: no Twenty server configured (Offline target)\n` });
    });
    this.history = new RunHistoryStore(join(options.appDataDir, 'runs'));
    this.variables = new AppVariablesStore(options.appDataDir);
  }

  /** Problems of the last function build (the Problems panel shows them with the model's). */
  get problems(): Problem[] {
    return this.buildProblems;
  }

  /**
   * Takes a new model. The bundles are rebuilt here only when the set of function files changed;
   * edits to existing files are rebuilt by `sourcesChanged`, which runs alongside config evaluation.
   */
  updateModel(model: ProjectModel): Promise<void> {
    this.model = model;
    const files = model.entities.filter((entity) => entity.section === 'logicFunctions').map((entity) => entity.file).sort();
    const key = files.join('\n');
    if (key === this.builtFileSet) return this.building.then(() => undefined);
    this.builtFileSet = key;
    return this.rebuild(() => this.bundler.setSourcePaths(files));
  }

  /**
   * Source files changed on disk: rebuild now, without waiting for the new model. Given the changed
   * files (relative to the app), only the functions made of them are rebuilt.
   */
  sourcesChanged(paths?: readonly string[]): Promise<void> {
    if (this.builtFileSet === null) return Promise.resolve();
    return this.rebuild(() => this.bundler.build(paths));
  }

  private rebuild(run: () => ReturnType<FunctionBundler['build']>): Promise<void> {
    const build = this.building.then(async () => {
      const outcome = await run();
      this.buildProblems = outcome.problems;
      this.options.emit('build.state', {
        ok: outcome.ok,
        durationMs: Math.round(outcome.durationMs),
        problems: outcome.problems,
        staleFiles: outcome.bundles.filter((bundle) => bundle.stale).map((bundle) => bundle.sourcePath),
      });
    });
    this.building = build.catch(() => undefined);
    return build;
  }

  /** The editor's unsaved buffers, replacing the last set (an empty set: everything is saved). */
  setBuffers(buffers: Record<string, string>): void {
    // Only files of the app: a path that leaves it is never read in place of anything.
    this.buffers = new Map(Object.entries(buffers)
      .map(([path, text]) => [path.replace(/\\/g, '/').replace(/^\.\//, ''), text] as const)
      .filter(([path]) => !path.startsWith('/') && !path.split('/').includes('..')));
  }

  /**
   * The bundle a run of `file` uses: the disk build, or, when an unsaved buffer is among the files the
   * function is made of (its inputs, the file itself), a build of the buffers over the disk.
   */
  private async bundleForRun(file: string): Promise<{ bundlePath: string; stale: boolean; content: RunContent }> {
    const bundle = this.bundler.getBundle(file);
    const inputs = new Set((this.bundler.inputsOf(file) ?? []).concat(resolve(this.options.appDir, file)));
    const involved = [...this.buffers.keys()].filter((path) => inputs.has(resolve(this.options.appDir, path)));
    if (involved.length > 0 || (this.buffers.size > 0 && !bundle?.bundlePath)) {
      const overlay = new Map([...this.buffers].map(([path, text]) => [resolve(this.options.appDir, path), text]));
      const built = await this.bundler.buildFromBuffers(file, overlay);
      if (!built.ok) {
        const where = built.problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.message}`).join('; ');
        throw new StudioError('BUFFER_BUILD_FAILED', `${file} does not build from the unsaved editor buffers: ${where}. Fix or save them, or choose "save first" in the run settings.`);
      }
      const used = involved.length > 0 ? involved : [...this.buffers.keys()];
      return {
        bundlePath: built.bundlePath,
        stale: false,
        content: { source: 'buffer', bundleHash: built.hash, buffers: used.sort().map((path) => ({ path, version: createHash('sha1').update(this.buffers.get(path)!).digest('hex') })) },
      };
    }
    if (!bundle?.bundlePath) {
      const where = this.buildProblems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.message}`).join('; ');
      throw new StudioError('BUNDLE_MISSING', `${file} has not been built yet${where ? `: ${where}` : ''}.`);
    }
    return { bundlePath: bundle.bundlePath, stale: bundle.stale, content: { source: 'disk', bundleHash: this.bundler.hashOf(file), buffers: [] } };
  }

  /** Whether the current model has this logic function. */
  hasFunction(universalIdentifier: string): boolean {
    return (this.model?.entities ?? []).some((entity) => entity.section === 'logicFunctions' && entity.universalIdentifier === universalIdentifier && entity.config);
  }

  private findFunction(universalIdentifier: string) {
    const functions = (this.model?.entities ?? []).filter((entity) => entity.section === 'logicFunctions');
    const entity = functions.find((candidate) => candidate.universalIdentifier === universalIdentifier);
    if (!entity?.config) {
      const available = functions.map((candidate) => `${String(candidate.config?.name ?? candidate.file)} (${candidate.universalIdentifier})`).join(', ');
      throw new StudioError('UNKNOWN_FUNCTION', `No logic function with universalIdentifier ${universalIdentifier}. Available: ${available || 'none'}.`);
    }
    return entity;
  }

  private get lastPayloadsPath(): string {
    return join(this.options.appDataDir, 'last-payloads.json');
  }

  /** The payload the Run button uses: the last one used for this function, else a sample for its trigger. */
  async payloadFor(universalIdentifier: string): Promise<{ payload: unknown; source: 'last' | 'sample' }> {
    const entity = this.findFunction(universalIdentifier);
    await this.payloadWrites;
    const { payloads } = await readJsonFile(this.lastPayloadsPath, lastPayloadsSchema, { payloads: {} });
    if (Object.prototype.hasOwnProperty.call(payloads, universalIdentifier)) return { payload: payloads[universalIdentifier], source: 'last' };
    // The manifest entry carries what the SDK infers (a tool's input schema from the handler's type).
    const manifestEntry = this.model?.manifest.logicFunctions.find((fn) => fn.universalIdentifier === universalIdentifier) ?? {};
    return { payload: samplePayload(entity.defineFunction, { ...entity.config, ...manifestEntry }, this.model?.version ?? null), source: 'sample' };
  }

  /** Writes of the last payloads, one after the other (each reads the file and writes it back). */
  private payloadWrites: Promise<void> = Promise.resolve();

  private rememberPayload(universalIdentifier: string, payload: unknown): Promise<void> {
    const write = this.payloadWrites.then(async () => {
      const stored = await readJsonFile(this.lastPayloadsPath, lastPayloadsSchema, { payloads: {} });
      stored.payloads[universalIdentifier] = payload;
      await writeJsonFile(this.lastPayloadsPath, stored);
    });
    this.payloadWrites = write.catch(() => undefined);
    return write;
  }

  private get targetPath(): string {
    return join(this.options.appDataDir, 'target.json');
  }

  private targetOverride: ApiTarget | null = null;

  async target(): Promise<ApiTarget> {
    if (this.targetOverride) return this.targetOverride;
    // The Local workspace is the default: functions that read and write records work offline.
    return readJsonFile(this.targetPath, apiTargetSchema, { kind: 'local' });
  }

  /** A target for this process only (the CLI's --target), never saved. */
  overrideTarget(target: ApiTarget | null): void {
    this.targetOverride = target;
  }

  /** The target as the window may see it: an API key is never sent back, only masked. */
  async maskedTarget(): Promise<ApiTarget> {
    const target = await this.target();
    return target.kind === 'remote' && target.apiKey ? { ...target, apiKey: API_KEY_MASK } : target;
  }

  /** Saves the target; the mask sent back unchanged keeps the stored key. */
  async setTarget(target: ApiTarget): Promise<void> {
    if (target.kind === 'remote' && target.apiKey === API_KEY_MASK) {
      const current = await this.target();
      target = { ...target, apiKey: current.kind === 'remote' ? current.apiKey : undefined };
    }
    await writeJsonFile(this.targetPath, target, { secret: true });
  }

  private get settingsPath(): string {
    return join(this.options.appDataDir, 'run-settings.json');
  }

  async settings(): Promise<RunSettings> {
    return readJsonFile(this.settingsPath, runSettingsSchema, runSettingsSchema.parse({}));
  }

  /** New limits or another Node binary take effect for the next run: the pre-spawned processes are replaced. */
  async setSettings(settings: RunSettings): Promise<RunSettings> {
    if (settings.nodePath && !/^v\d+\./.test(probeNodeVersion(resolveNodeBinary(settings.nodePath)))) {
      throw new StudioError('INVALID_NODE_PATH', `${settings.nodePath} is not a Node binary that runs (\`${settings.nodePath} --version\` gave no version).`);
    }
    await writeJsonFile(this.settingsPath, settings);
    const previous = this.runner;
    this.runner = this.createRunner(settings);
    void previous.dispose();
    if (this.debugWarm) void this.runner.warmInspected();
    return settings;
  }

  private createRunner(settings: RunSettings): FunctionRunner {
    return new FunctionRunner({
      prespawn: this.options.prespawn ?? 1,
      // One-shot runs (the CLI) fork their child from here: the shared spawner is a Node start of its
      // own (~100 ms before the run's child can start), which only pays off over many runs of a window.
      directSpawn: this.options.prespawn === 0,
      nodePath: settings.nodePath,
      memoryLimitMb: settings.memoryLimitMb,
      outputLimitBytes: settings.outputLimitMb * 1024 * 1024,
      resultLimitBytes: settings.resultLimitMb !== undefined ? settings.resultLimitMb * 1024 * 1024 : undefined,
      maxConcurrent: settings.maxConcurrentRuns,
      confineFileSystem: settings.confineFileSystem,
      bundleDir: this.bundler.cacheDir,
      onIdleInspector: (url) => this.options.debugger?.idleInspector?.(url),
    });
  }

  /**
   * Starts the run child the first Run takes, once the functions are built (a window's first run
   * otherwise waited for a Node start and the sandbox set-up: ~0.5 s on 2 cores). No-op without
   * pre-spawning (the CLI).
   */
  async warm(): Promise<void> {
    await this.building;
    if (this.disposing) return;
    await this.runner.warm(this.bundler.cacheDir);
  }

  /**
   * Keeps a debug-ready child (inspector on, attached while idle) for the next debug run: the
   * debugger asks for it once the app has breakpoints or a run was debugged.
   */
  warmDebug(): void {
    // One-shot CLI runs keep nothing started ahead.
    if (this.options.prespawn === 0) return;
    this.debugWarm = true;
    void this.runner.warmInspected();
  }

  async remotes() {
    return (await readTwentyRemotes(this.options.twentyConfigPath)).map(({ name, apiUrl, token }) => ({ name, apiUrl, hasCredentials: token !== null }));
  }

  /** URL and credential of a Remote target: a named remote of ~/.twenty/config.json, or a URL and key. */
  private async resolveRemote(target: Extract<ApiTarget, { kind: 'remote' }>): Promise<{ apiUrl: string; token: string }> {
    const remote = target.remoteName ? (await readTwentyRemotes(this.options.twentyConfigPath)).find((candidate) => candidate.name === target.remoteName) : undefined;
    return { apiUrl: (remote?.apiUrl ?? target.url).replace(/\/$/, ''), token: target.apiKey ?? remote?.token ?? '' };
  }

  /** The chosen remote's URL and credential; the Offline target has none. */
  async remoteCredentials(): Promise<{ apiUrl: string; token: string }> {
    const target = await this.target();
    if (target.kind !== 'remote') throw new StudioError('NO_REMOTE_TARGET', 'This app runs against the Offline target: choose a Remote (a server from ~/.twenty/config.json or a URL and API key) first.');
    const credentials = await this.resolveRemote(target);
    if (!credentials.token) throw new StudioError('NO_CREDENTIALS', `No API key for ${credentials.apiUrl}: enter one in the run settings or run "twenty remote:add".`);
    return credentials;
  }

  /** What a run gets for TWENTY_API_URL and friends under the chosen target (also used for install hooks). */
  async environmentFor(runId: string) {
    const target = await this.target();
    const applicationId = String(this.model?.manifest.application?.universalIdentifier ?? '');
    const variables = await this.variables.runtimeValues(this.model?.manifest.application ?? null);
    const { apiUrl, token } = await this.endpointFor(target, runId);
    return { apiUrl, appAccessToken: token, applicationAccessToken: token, apiKey: token, functionsUrl: `${apiUrl}/s`, applicationId, ...variables };
  }

  /** TWENTY_API_URL and the token of a run under a target; per-run tokens attribute each call to its run. */
  private async endpointFor(target: ApiTarget, runId: string): Promise<{ apiUrl: string; token: string }> {
    if (target.kind === 'remote') return this.resolveRemote(target);
    if (target.kind === 'local' && this.options.localWorkspace) {
      try {
        return await this.options.localWorkspace.credentialsFor(runId);
      } catch (error) {
        this.options.console.push({ source: runId, label: 'workspace', level: 'ERROR', text: `The Local workspace is not available (${(error as Error).message}); this run calls the offline endpoint instead.\n` });
      }
    }
    return { apiUrl: await this.offline.start(), token: `offline-${runId}` };
  }

  /** Starts a run; its output streams to the console and `run.finished` carries the result. */
  async start(given: StartRunRequest): Promise<{ runId: string; done: Promise<RunRecord> }> {
    const starting = this.startRun(given);
    this.settle(starting.then((started) => started.done));
    return starting;
  }

  private settle(work: Promise<unknown>): void {
    const settled = work.catch(() => undefined).finally(() => this.settling.delete(settled));
    this.settling.add(settled);
  }

  private async startRun(given: StartRunRequest): Promise<{ runId: string; done: Promise<RunRecord> }> {
    await this.building;
    const entity = this.findFunction(given.universalIdentifier);
    // A database-event run of a function set to "debug triggered runs" starts under the debugger.
    const request = !given.debug && given.origin === 'databaseEvent' && given.triggeredBy && this.options.debugger?.debugTriggered?.(given.universalIdentifier)
      ? { ...given, debug: true } : given;
    const bundle = await this.bundleForRun(entity.file);
    const payload = request.payload !== undefined ? request.payload : (await this.payloadFor(request.universalIdentifier)).payload;
    const functionName = String(entity.config?.name ?? entity.file);
    // Written while the run starts and goes, not before it: the run's record waits for it.
    const remembered = this.rememberPayload(request.universalIdentifier, payload).catch((error: Error) =>
      this.options.console.push({ source: 'studio', label: functionName, level: 'ERROR', text: `The payload could not be kept as this function's last one: ${error.message}\n` }));
    const runId = `${new Date().toISOString().replace(/[:.]/g, '-')}-${Math.random().toString(36).slice(2, 8)}`;
    const environment = await this.environmentFor(runId);
    const startedAt = new Date().toISOString();
    const origin = request.origin ?? 'manual';
    const debugged = Boolean(request.debug && this.options.debugger) || request.inspect !== undefined;
    const record: RunRecord = {
      runId, universalIdentifier: request.universalIdentifier, functionName, origin, payload, startedAt, result: null,
      ...(request.triggeredBy ? { triggeredBy: request.triggeredBy } : {}),
      ...(request.dispatchedBy ? { dispatchedBy: request.dispatchedBy } : {}),
      ...(debugged ? { debug: true } : {}),
      content: bundle.content,
    };
    const external = request.inspect;
    const inspect: RunInspectOptions | undefined = request.debug && this.options.debugger
      ? this.options.debugger.begin({ runId, universalIdentifier: request.universalIdentifier, functionName, file: entity.file, bundlePath: bundle.bundlePath, request })
      : external ? { port: external.port, breakBeforeHandler: external.breakBeforeHandler, noTimeout: true, onInspector: (url) => external.onInspector(url) } : undefined;

    const handle = this.runner.run({
      runId,
      bundlePath: bundle.bundlePath,
      payload,
      stale: bundle.stale,
      context: { retryCount: 0, maxRetries: 0, workspaceId: LOCAL_WORKSPACE_ID, userWorkspaceId: null, workspaceMemberId: null, ...request.context },
      environment,
      timeoutSeconds: typeof entity.config?.timeoutSeconds === 'number' ? entity.config.timeoutSeconds : undefined,
      onOutput: (chunk) => this.options.console.push({ source: runId, label: functionName, level: chunk.stream === 'stdout' ? 'INFO' : 'ERROR', text: chunk.text }),
      // The tail of the output reaches the window before the result's logs are joined and saved.
      onOutputEnd: () => this.options.console.flush(),
      // A run that waited in the queue says when it starts.
      onStart: () => {
        if (this.live.has(runId)) this.options.console.push({ source: runId, label: functionName, level: 'SYSTEM', text: `▶ ${functionName} started (run ${runId}) after waiting in the queue\n` });
      },
      ...(inspect ? { inspect } : {}),
    });
    this.live.set(runId, handle);
    this.liveRecords.set(runId, record);
    if (this.disposing) handle.cancel();
    // A range semver must answer (engines-check.ts) has semver loaded (~20 ms) while the function runs,
    // not between its result and the printed line.
    const engines = this.model?.engines.node;
    if (engines) setImmediate(() => enginesWarning(engines, process.version));
    const position = handle.queuePosition;
    this.options.console.push({
      source: runId, label: functionName, level: 'SYSTEM',
      text: `${position === null ? '▶' : '⏳'} ${functionName} (run ${runId})${debugged ? ' under the debugger' : ''}${bundle.content.source === 'buffer' ? ` — unsaved edits of ${bundle.content.buffers.map((buffer) => buffer.path).join(', ')}` : ''}${bundle.stale ? ' — stale bundle: the last build failed' : ''}${position === null ? '' : ` — queued (position ${position}): ${this.runner.maxConcurrent} runs are executing`}\n`,
    });
    this.options.emit('run.started', { runId, universalIdentifier: request.universalIdentifier, functionName, origin, payload, startedAt, content: bundle.content, ...(debugged ? { debug: true } : {}), ...(request.dispatchedBy ? { dispatchedBy: request.dispatchedBy } : {}) });
    // The record of a run still going is saved once it has run a moment (a crash of the studio then
    // leaves it in the history as RUNNING); a run over by then has only its finished record written,
    // which keeps two writes of the history off a short run's path to its result.
    let runningSaved: Promise<void> | null = null;
    const runningTimer = setTimeout(() => {
      runningSaved = this.history.save(record).catch((error: Error) =>
        this.options.console.push({ source: runId, label: functionName, level: 'ERROR', text: `The run could not be written to the history: ${error.message}\n` }));
    }, RUNNING_RECORD_DELAY_MS);

    const done = handle.result.then(async (result) => {
      clearTimeout(runningTimer);
      if (runningSaved) await runningSaved;
      await remembered;
      if (inspect && request.debug) this.options.debugger?.finished(runId);
      this.live.delete(runId);
      this.liveRecords.delete(runId);
      const finished: RunRecord = { ...record, result };
      const nodeWarning = enginesWarning(this.model?.engines.node, result.nodeVersion);
      const confinementNote = result.fileSystem === 'unavailable' ? ` — file access not confined: ${result.fileSystemNote}` : '';
      this.options.console.push({
        source: runId, label: functionName, level: 'SYSTEM',
        text: `${result.status === 'SUCCESS' ? '✔' : '✖'} ${functionName} ${result.status} in ${result.duration} ms on Node ${result.nodeVersion}${result.error ? `: ${result.error.errorType}: ${result.error.errorMessage}` : ''}${nodeWarning}${confinementNote}\n`,
      });
      this.options.console.flush();
      await this.history.save(finished);
      this.recentLogs.set(runId, result.logs);
      for (const old of this.recentLogs.keys()) if (this.recentLogs.size > recentLogsKept) this.recentLogs.delete(old);
      this.options.emit('run.finished', withLogTail(finished));
      return finished;
    });
    return { runId, done };
  }

  /** Runs and waits for the result (the CLI, tests and composers that show results side by side). */
  async execute(request: StartRunRequest): Promise<RunRecord> {
    return (await this.start(request)).done;
  }

  /** Runs still going, queued ones with their place: a window that reconnects (or reloads) resynchronises its spinners from this. */
  liveRuns(): RunRecord[] {
    return [...this.liveRecords.values()].map((record) => {
      const position = this.live.get(record.runId)?.queuePosition ?? null;
      return position === null ? record : { ...record, queuePosition: position };
    });
  }

  cancel(runId: string): boolean {
    const handle = this.live.get(runId);
    handle?.cancel();
    return handle !== undefined;
  }

  listRuns(filter: { universalIdentifier?: string; status?: RunSummary['status'] }): Promise<RunSummary[]> {
    return this.history.list(filter);
  }

  /** A run's whole log: in memory for the last runs, else the history's copy (capped). */
  async logsOf(runId: string): Promise<string> {
    return this.recentLogs.get(runId) ?? (await this.getRun(runId)).result?.logs ?? '';
  }

  async getRun(runId: string): Promise<RunRecord> {
    const record = await this.history.get(runId);
    if (!record) throw new StudioError('RUN_NOT_FOUND', `No run ${runId} in this app's history.`);
    return record;
  }

  describeVariables(): Promise<AppVariable[]> {
    return this.variables.describe(this.model?.manifest.application ?? null);
  }

  async setVariables(values: Record<string, unknown>): Promise<AppVariable[]> {
    const declared = new Set((await this.describeVariables()).map((variable) => variable.name));
    const unknown = Object.keys(values).filter((name) => !declared.has(name));
    if (unknown.length > 0) throw new StudioError('UNKNOWN_VARIABLE', `Not declared by the app: ${unknown.join(', ')}.`);
    await this.variables.update(values);
    return this.describeVariables();
  }

  async dispose(): Promise<void> {
    this.disposing = true;
    // Cancelled and finishing runs save their records before the data folder may go.
    do {
      for (const handle of this.live.values()) handle.cancel();
      await Promise.all([...this.settling]);
    } while (this.settling.size > 0);
    // A build still writing bundles into the app's data folder would race whoever removes it next.
    await this.building;
    await this.runner.dispose();
    await this.bundler.dispose();
    await this.offline.stop();
  }
}

/** How long a run goes before its RUNNING record is written to the history. */
const RUNNING_RECORD_DELAY_MS = 100;
