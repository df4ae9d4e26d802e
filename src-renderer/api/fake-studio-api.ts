import type {
  ApiTarget,
  BreakpointStoreState,
  AppVariable,
  EventObject,
  EventName,
  EventPayload,
  OperationName,
  OperationParams,
  OperationResult,
  ProjectModel,
  RecentApp,
  RouteServerState,
  RunRecord,
  RunSettings,
  SessionState,
  StudioApi,
  Typings,
  WorkspaceActivity,
  WorkspaceJob,
  WorkspaceObjectInfo,
  WorkspaceStatus,
} from '../../src-shared/contract';
import { defaultSessionState } from '../../src-shared/contract';
import { StudioError } from './studio-error';

interface FakeFile {
  content: string;
  version: string;
}

export interface RecordedCall {
  name: OperationName;
  params: unknown;
}

/** Operations a test does not exercise may be left out; calling one fails loudly. */
type Handlers = { [N in OperationName]?: (params: OperationParams<N>) => OperationResult<N> | Promise<OperationResult<N>> };

/**
 * An in-memory StudioApi for renderer tests: a project model, a files map with versions that
 * change on every write, a session, and `emit` to play the core's events.
 */
export class FakeStudioApi implements StudioApi {
  model: ProjectModel | null;
  readonly files = new Map<string, FakeFile>();
  session: SessionState = structuredClone(defaultSessionState);
  recent: RecentApp[] = [];
  /** Folders app.completePath answers from, and whether each is a Twenty app. */
  folders: { path: string; isTwentyApp: boolean }[] = [];
  /** Other apps app.open can switch to, by folder. */
  readonly apps = new Map<string, ProjectModel>();
  typings: Typings = { libs: [], paths: {} };
  /** Runs started through run.start, newest last; tests fill in results. */
  readonly runs: RunRecord[] = [];
  /** The unsaved buffers the window last sent (editor.buffers). */
  buffers: Record<string, string> = {};
  variables: AppVariable[] = [];
  /** Values variables.set received, secrets included (the fake keeps them to check what was sent). */
  readonly variableValues: Record<string, unknown> = {};
  target: ApiTarget = { kind: 'offline' };
  runSettings: RunSettings = { nodePath: null, memoryLimitMb: 1024, outputLimitMb: 50, confineFileSystem: true };
  remotes: { name: string; apiUrl: string; hasCredentials: boolean }[] = [];
  /** What run.payload answers, by universalIdentifier; `{}` from a sample otherwise. */
  readonly payloads = new Map<string, unknown>();
  readonly calls: RecordedCall[] = [];
  /** The local route server routes.server.* report and switch. */
  routeServer: RouteServerState = { running: false };
  /** What payload.objects answers: the app's and the standard objects. */
  eventObjects: EventObject[] = [];
  /** The Local workspace the workspace.* operations answer from (records by object, in creation order). */
  workspace: {
    status: WorkspaceStatus;
    modelSource: OperationParams<'workspace.modelSource.set'>['setting'];
    objects: WorkspaceObjectInfo[];
    records: Record<string, Record<string, unknown>[]>;
    kv: { key: string; value: unknown; scope: 'WORKSPACE' | 'SERVER'; updatedAt: string }[];
    activity: WorkspaceActivity[];
    jobs: WorkspaceJob[];
    connections: OperationResult<'workspace.connections.list'>;
    agents: OperationResult<'workspace.agents.list'>['agents'];
    agentTools: OperationResult<'workspace.agents.list'>['tools'];
    agentModel: OperationResult<'workspace.agents.model.get'>['model'];
    snapshots: OperationResult<'workspace.snapshots.list'>['snapshots'];
  } = {
    status: { state: 'ready', error: null, storage: 'pglite', dir: '/tmp/studio/workspace', url: 'http://127.0.0.1:5555', twentyVersion: '2.43.0', openMs: 12, pendingDestructive: [], modelProblems: [], totalRecords: 0 },
    modelSource: { kind: 'shipped' },
    objects: [],
    records: {},
    kv: [],
    activity: [],
    jobs: [],
    connections: { providers: [], connections: [] },
    agents: [],
    agentTools: [],
    agentModel: null,
    snapshots: [],
  };
  private versionCounter = 0;
  breakpoints: BreakpointStoreState = { files: [], exceptions: 'none' };
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();

  constructor(model: ProjectModel | null = null, files: Record<string, string> = {}) {
    this.model = model;
    for (const [path, content] of Object.entries(files)) this.files.set(path, { content, version: this.newVersion() });
  }

  private readonly handlers: Handlers = {
    'app.current': () => this.model,
    'app.open': ({ appDir }) => {
      const model = this.apps.get(appDir);
      if (!model) throw new StudioError('not-a-twenty-app', `${appDir} is not a Twenty app`);
      this.model = model;
      return model;
    },
    'app.recent': () => ({ apps: this.recent }),
    'app.completePath': ({ prefix }) => ({ entries: this.folders.filter((folder) => folder.path.startsWith(prefix)) }),
    'app.installDependencies': () => ({ id: 'install-1', label: 'install', state: 'running', exitCode: null }),
    'app.typings': () => this.typings,
    'file.read': ({ path }) => {
      const file = this.files.get(path);
      if (!file) throw new StudioError('not-found', `${path} does not exist`);
      return { path, content: file.content, version: file.version };
    },
    'file.write': ({ path, content, baseVersion, force }) => {
      const current = this.files.get(path) ?? null;
      if (!force && (current?.version ?? null) !== baseVersion) {
        return { ok: false, conflict: { diskContent: current?.content ?? null, diskVersion: current?.version ?? null } };
      }
      const version = this.newVersion();
      this.files.set(path, { content, version });
      return { ok: true, version };
    },
    // The debugger's breakpoints, kept as the core keeps them (one entry per file, none when empty).
    'debug.breakpoints.get': () => structuredClone(this.breakpoints),
    'debug.breakpoints.set': ({ file, breakpoints }) => {
      const files = this.breakpoints.files.filter((entry) => entry.file !== file);
      if (breakpoints.length > 0) files.push({ file, breakpoints: breakpoints.map((breakpoint) => ({ ...breakpoint, enabled: breakpoint.enabled ?? true })) });
      this.breakpoints = { ...this.breakpoints, files };
      return structuredClone(this.breakpoints);
    },
    'debug.sessions': () => ({ sessions: [] }),
    'debug.triggered.get': () => ({ functions: {} }),
    'session.get': () => structuredClone(this.session),
    'session.set': (state) => {
      this.session = structuredClone(state);
      return { ok: true };
    },
    'editor.buffers': ({ buffers }) => {
      this.buffers = structuredClone(buffers);
      return { ok: true };
    },
    'run.start': ({ universalIdentifier, payload }) => {
      const runId = `run-${this.runs.length + 1}`;
      this.runs.push({ runId, universalIdentifier, functionName: universalIdentifier, origin: 'manual', payload: payload ?? {}, startedAt: new Date(0).toISOString(), result: null });
      return { runId };
    },
    'run.cancel': ({ runId }) => ({ cancelled: this.runs.some((run) => run.runId === runId && run.result === null) }),
    'run.live': () => ({ runs: this.runs.filter((run) => run.result === null) }),
    'run.history': ({ universalIdentifier, status }) => ({
      runs: [...this.runs]
        .reverse()
        .filter((run) => !universalIdentifier || run.universalIdentifier === universalIdentifier)
        .filter((run) => !status || (run.result?.status ?? 'RUNNING') === status)
        .map((run) => ({ runId: run.runId, universalIdentifier: run.universalIdentifier, functionName: run.functionName, origin: run.origin, startedAt: run.startedAt, status: run.result?.status ?? 'RUNNING', duration: run.result?.duration ?? null })),
    }),
    'run.get': ({ runId }) => {
      const run = this.runs.find((candidate) => candidate.runId === runId);
      if (!run) throw new StudioError('RUN_NOT_FOUND', `No run ${runId}`);
      return run;
    },
    'run.logs': ({ runId }) => {
      const run = this.runs.find((candidate) => candidate.runId === runId);
      if (!run) throw new StudioError('RUN_NOT_FOUND', `No run ${runId}`);
      return { logs: run.result?.logs ?? '' };
    },
    'run.payload': ({ universalIdentifier }) =>
      this.payloads.has(universalIdentifier) ? { payload: this.payloads.get(universalIdentifier), source: 'last' } : { payload: {}, source: 'sample' },
    'variables.list': () => ({ variables: this.variables }),
    'variables.set': ({ values = {}, clear = [] }) => {
      Object.assign(this.variableValues, values);
      for (const name of clear) delete this.variableValues[name];
      this.variables = this.variables.map((variable) => {
        if (variable.name in values) {
          const value = values[variable.name];
          return { ...variable, hasValue: true, displayValue: variable.isSecret ? '••••••••' : value };
        }
        if (clear.includes(variable.name)) return { ...variable, hasValue: false, displayValue: variable.isSecret ? null : variable.defaultValue };
        return variable;
      });
      return { variables: this.variables };
    },
    'target.get': () => ({ target: structuredClone(this.target), remotes: this.remotes }),
    'target.set': (target) => {
      this.target = structuredClone(target);
      return { ok: true };
    },
    'run.settings.get': () => structuredClone(this.runSettings),
    'run.settings.set': (settings) => {
      this.runSettings = { nodePath: settings.nodePath ?? null, memoryLimitMb: settings.memoryLimitMb ?? 1024, outputLimitMb: settings.outputLimitMb ?? 50, confineFileSystem: settings.confineFileSystem ?? true, ...(settings.unsavedEdits ? { unsavedEdits: settings.unsavedEdits } : {}) };
      return structuredClone(this.runSettings);
    },
    'client.generate': () => {
      if (this.target.kind !== 'remote') throw new StudioError('NO_REMOTE_TARGET', 'This app runs against the Offline target: choose a Remote first.');
      return { packageRoot: '/apps/demo/node_modules/twenty-client-sdk', schemaBytes: 20480 };
    },
    'studio.info': () => ({ version: '0.0.0-test', mode: 'browser', userDataDir: '/tmp/studio', platform: 'linux' }),
    'routes.server.status': () => structuredClone(this.routeServer),
    'routes.server.start': ({ port, acceptExternalCallers }) => (this.routeServer = { running: true, port: port || 4321, url: `http://127.0.0.1:${port || 4321}`, acceptExternalCallers: acceptExternalCallers ?? this.routeServer.acceptExternalCallers ?? false }),
    'routes.server.stop': () => (this.routeServer = { running: false }),
    'payload.objects': () => ({ objects: structuredClone(this.eventObjects) }),
    'workspace.status': () => structuredClone(this.workspace.status),
    'workspace.modelSource.get': () => ({ setting: structuredClone(this.workspace.modelSource), info: structuredClone(this.workspace.status.modelSource ?? null) }),
    'workspace.modelSource.set': ({ setting }) => {
      this.workspace.modelSource = structuredClone(setting);
      const failed = setting.kind === 'sdl-file' && !setting.path.endsWith('.graphql');
      this.workspace.status = {
        ...this.workspace.status,
        modelSource: { requested: setting.kind, kind: failed ? 'shipped' : setting.kind, origin: failed || setting.kind === 'shipped' ? null : setting.kind === 'sdl-file' ? setting.path : setting.kind, objects: 39, notes: [], error: failed ? `The schema at ${setting.path} is not GraphQL SDL` : null, transient: false },
      };
      return structuredClone(this.workspace.status);
    },
    'workspace.objects': () => ({
      objects: this.workspace.objects.map((object) => ({ ...structuredClone(object), count: (this.workspace.records[object.nameSingular] ?? []).filter((record) => !record.deletedAt).length })),
    }),
    'workspace.records': ({ object, filter, first = 100, after, withDeleted }) => {
      // Only `{ field: { eq: value } }` filters are applied; other shapes are ignored by the fake.
      const equals = Object.entries(filter ?? {}).filter(([, condition]) => condition !== null && typeof condition === 'object' && 'eq' in (condition as object));
      const all = (this.workspace.records[object] ?? []).filter((record) => (withDeleted || !record.deletedAt) && equals.every(([key, condition]) => record[key] === (condition as { eq: unknown }).eq));
      const start = after ? Number(after) : 0;
      const records = structuredClone(all.slice(start, start + first));
      return { records, totalCount: all.length, endCursor: records.length ? String(start + records.length) : null, hasNextPage: start + first < all.length };
    },
    'workspace.write': (params) => {
      const list = (this.workspace.records[params.object] ??= []);
      if (params.action === 'create') {
        const record = { id: `00000000-0000-4000-8000-${String(list.length + 1).padStart(12, '0')}`, deletedAt: null, ...params.data };
        list.push(record);
        return { record: structuredClone(record) };
      }
      const index = list.findIndex((record) => record.id === params.id);
      if (index < 0) throw new StudioError('NOT_FOUND', `No ${params.object} ${params.id}`);
      if (params.action === 'destroy') return { record: structuredClone(list.splice(index, 1)[0]!) };
      if (params.action === 'update') Object.assign(list[index]!, params.data);
      else list[index]!.deletedAt = params.action === 'delete' ? new Date(0).toISOString() : null;
      return { record: structuredClone(list[index]!) };
    },
    'workspace.activity': ({ since = 0, limit = 500 }) => ({ entries: this.workspace.activity.filter((entry) => entry.seq > since).slice(0, limit) }),
    'workspace.kv.list': () => ({ entries: structuredClone(this.workspace.kv) }),
    'workspace.kv.set': ({ key, value, scope = 'WORKSPACE' }) => {
      this.workspace.kv = [...this.workspace.kv.filter((entry) => entry.key !== key || entry.scope !== scope), { key, value, scope, updatedAt: new Date(0).toISOString() }];
      return { ok: true };
    },
    'workspace.jobs.list': ({ state, offset, limit }) => {
      const jobs = this.workspace.jobs.filter((job) => !state || job.state === state);
      return { jobs: structuredClone(jobs.slice(offset ?? 0, (offset ?? 0) + (limit ?? 200))), total: jobs.length };
    },
    'workspace.jobs.act': ({ jobId, action }) => {
      const job = this.workspace.jobs.find((item) => item.jobId === jobId);
      if (!job) throw new StudioError('NOT_FOUND', `No job ${jobId}`);
      if (action === 'cancel') this.workspace.jobs = this.workspace.jobs.filter((item) => item !== job);
      else Object.assign(job, { state: 'COMPLETED', attemptsMade: job.attemptsMade + 1, startedAt: 1, finishedAt: 2, lastRunStatus: 'SUCCESS', lastError: null, failedReason: null });
      return { ok: true };
    },
    'workspace.jobs.enqueue': ({ universalIdentifier, payload = {}, delayMs, retryLimit = 0 }) => {
      const jobId = `job-${this.workspace.jobs.length + 1}`;
      const name = this.model?.entities.find((entity) => entity.universalIdentifier === universalIdentifier)?.config?.name;
      this.workspace.jobs.push({
        jobId, state: delayMs ? 'DELAYED' : 'WAITING', attemptsMade: 0, failedReason: null, enqueuedAt: 0, startedAt: null, finishedAt: null,
        logicFunctionUniversalIdentifier: universalIdentifier, functionName: typeof name === 'string' ? name : null, payload, retryLimit, retryCount: 0,
        runAt: delayMs ?? 0, runIds: [], lastRunStatus: null, lastError: null, enqueuedByRunId: null,
      });
      return { jobId };
    },
    'workspace.connections.list': () => structuredClone(this.workspace.connections),
    'workspace.connections.add': (input) => {
      const id = `connection-${this.workspace.connections.connections.length + 1}`;
      this.workspace.connections.connections.push({
        id, providerName: input.providerName, name: input.name ?? input.handle, handle: input.handle, visibility: input.visibility ?? 'user', userWorkspaceId: input.userWorkspaceId ?? 'uw-1',
        workspaceMemberId: input.workspaceMemberId ?? null, accessToken: `${input.accessToken.slice(0, 3)}…`, scopes: input.scopes ?? [], authFailedAt: null, authFailedReason: null,
        expired: input.expired ?? false, createdAt: new Date(0).toISOString(),
      });
      return { ok: true };
    },
    'workspace.connections.update': ({ id, patch }) => {
      const connection = this.workspace.connections.connections.find((item) => item.id === id);
      if (!connection) throw new StudioError('NOT_FOUND', `No connection ${id}`);
      const { accessToken, ...rest } = patch;
      Object.assign(connection, Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)), accessToken ? { accessToken: `${accessToken.slice(0, 3)}…` } : {});
      return { ok: true };
    },
    'workspace.connections.remove': ({ id }) => {
      this.workspace.connections.connections = this.workspace.connections.connections.filter((item) => item.id !== id);
      return { ok: true };
    },
    'workspace.agents.list': () => ({ agents: structuredClone(this.workspace.agents), tools: structuredClone(this.workspace.agentTools) }),
    'workspace.agents.model.get': () => ({ model: structuredClone(this.workspace.agentModel) }),
    'workspace.agents.model.set': ({ model }) => {
      this.workspace.agentModel = model ? { baseUrl: model.baseUrl, model: model.model, timeoutMs: model.timeoutMs ?? 60_000, hasApiKey: Boolean(model.apiKey) || Boolean(this.workspace.agentModel?.hasApiKey) } : null;
      return { ok: true };
    },
    'workspace.agents.script': ({ universalIdentifier, script }) => {
      const agent = this.workspace.agents.find((item) => item.universalIdentifier === universalIdentifier);
      if (!agent) throw new StudioError('NOT_FOUND', `No agent ${universalIdentifier}`);
      agent.script = script;
      return { ok: true };
    },
    'workspace.snapshots.list': () => ({ snapshots: structuredClone(this.workspace.snapshots) }),
    'workspace.snapshots.save': ({ name }) => {
      this.workspace.snapshots = [...this.workspace.snapshots.filter((item) => item.name !== name), { name, savedAt: new Date(0).toISOString(), bytes: 2048 }];
      return { name, records: Object.values(this.workspace.records).reduce((sum, list) => sum + list.length, 0) };
    },
    'workspace.snapshots.restore': ({ name }) => {
      if (!this.workspace.snapshots.some((item) => item.name === name)) throw new StudioError('NOT_FOUND', `No snapshot ${name}`);
      return { restored: Object.fromEntries(Object.entries(this.workspace.records).map(([object, list]) => [object, list.length])) };
    },
    'workspace.kv.delete': ({ key, scope = 'WORKSPACE' }) => {
      const before = this.workspace.kv.length;
      this.workspace.kv = this.workspace.kv.filter((entry) => entry.key !== key || entry.scope !== scope);
      return { deleted: this.workspace.kv.length < before };
    },
  };

  async call<N extends OperationName>(name: N, params: OperationParams<N>): Promise<OperationResult<N>> {
    this.calls.push({ name, params: structuredClone(params) });
    const handler = this.handlers[name] as ((params: OperationParams<N>) => OperationResult<N> | Promise<OperationResult<N>>) | undefined;
    if (!handler) throw new StudioError('NOT_FAKED', `FakeStudioApi has no handler for ${name}`);
    return handler(params);
  }

  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void {
    let listeners = this.listeners.get(name);
    if (!listeners) this.listeners.set(name, (listeners = new Set()));
    const untyped = listener as (payload: unknown) => void;
    listeners.add(untyped);
    return () => listeners.delete(untyped);
  }

  /** Plays an event from the core to every listener. */
  emit<N extends EventName>(name: N, payload: EventPayload<N>): void {
    for (const listener of this.listeners.get(name) ?? []) listener(payload);
  }

  /** Ends a run started through run.start with `result` and plays run.finished, as the core does. */
  finishRun(runId: string, result: Omit<NonNullable<RunRecord['result']>, 'runId'>): RunRecord {
    const run = this.runs.find((candidate) => candidate.runId === runId);
    if (!run) throw new Error(`No run ${runId}`);
    run.result = { runId, ...result };
    this.emit('run.finished', structuredClone(run));
    return run;
  }

  /** Changes a file as another editor would, and returns its new version (no event is sent). */
  writeFromOutside(path: string, content: string): string {
    const version = this.newVersion();
    this.files.set(path, { content, version });
    return version;
  }

  /** Answers (or re-answers) one operation the way a test needs; the payload composers' tests use it. */
  handle<N extends OperationName>(name: N, handler: NonNullable<Handlers[N]>): this {
    (this.handlers as Record<string, unknown>)[name] = handler;
    return this;
  }

  callsOf<N extends OperationName>(name: N): OperationParams<N>[] {
    return this.calls.filter((call) => call.name === name).map((call) => call.params as OperationParams<N>);
  }

  private newVersion(): string {
    this.versionCounter += 1;
    return `v${this.versionCounter}`;
  }
}
