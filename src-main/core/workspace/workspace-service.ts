import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { EventName, EventPayload, ProjectModel, WorkspaceActivity, WorkspaceObjectInfo, WorkspaceStatus } from '../../../src-shared/contract';
import { COMPOSITE_TYPES, isRelationField } from '../../../src-shared/twenty/workspace-model/composite-types';
import { SERVER_ROUTE_DISPATCH_JOB_PRIORITY, SERVER_ROUTE_DISPATCH_RETRY_LIMIT } from '../../../src-shared/twenty/route/server-route';
import { READ_ONLY_FIELD_NAMES } from '../../../src-shared/twenty/workspace-model/system-fields';
import type { ConsoleBatcher } from '../console/console-batcher';
import { appFunctions } from '../payloads/app-functions';
import { LOCAL_WORKSPACE_ID } from '../runner/function-runner';
import type { RunService } from '../runs/run-service';
import { StudioError } from '../studio-error';
import { writeJsonFile } from '../user-data/json-file';
import { deliveriesFor, type EventFunction } from './events/database-events';
import type { AppManifestPart, LocalWorkspace } from './local-workspace';
import type { ModelSourceInfo, ModelSourceSetting } from './model-import/model-source';
import type { StandardModelFile } from '../../../src-shared/twenty/workspace-model/model-types';
import { AgentResponder, appAgentsOf, appSkillsOf, appToolsOf, type AgentScript } from './services/agent-responder';
import { ConnectionStore, type ConnectionInput } from './services/connection-store';
import { JobQueue, type JobDispatch, type JobState } from './services/job-queue';
import { OAUTH_CALLBACK_PATH, OAuthFlowError, OAuthFlowService, type CallbackPage } from './services/oauth-flow';
import { KeyValueStore } from './services/key-value-store';
import { MessageChannelService } from './services/message-channels';
import { timelineActivityTypeSnapshot, timelineActivityTypesOf } from './services/timeline-activity-types';
import { seedOrder, seedRecord } from './services/seed-data';
import type { RecordChange, WriteActor, WriteResult } from './sql/record-repository';
import { quoteIdent } from './sql/sql-database';
import { WorkspaceApiError } from './workspace-error';
import { WorkspaceServer, type TokenHolder, type WorkspaceRequestRecord } from './workspace-server';
import { appliedRole, applicationRoleOf, USER_ROLE_LABEL, type RolePrincipal } from './roles/applied-role';

// The Local workspace's implementation (PGlite, graphql, the metadata API, SDL import) is imported when
// it is first needed: a one-shot `exec` whose function never calls the workspace does not load it.
const localWorkspaceModule = () => import('./local-workspace');
const metadataApiModule = () => import('./api/metadata-api');
const modelSourceModule = () => import('./model-import/model-source');

/** A function that re-triggers itself through its own writes is stopped after this many hops. */
export const MAX_TRIGGER_DEPTH = 5;
const MAX_ACTIVITY = 20_000;
/** The log may run this far past MAX_ACTIVITY before it is cut back to it. */
const ACTIVITY_TRIM_SLACK = 2_000;
const STUDIO_ACTOR: WriteActor = { source: 'MANUAL', name: 'Twenty App Studio', workspaceMemberId: null };

export interface WorkspaceServiceOptions {
  appDir: string;
  appDataDir: string;
  console: ConsoleBatcher;
  emit: <N extends EventName>(name: N, payload: EventPayload<N>) => void;
  runs: () => RunService | null;
  /** A Postgres URL instead of the embedded PGlite (TWENTY_STUDIO_DATABASE_URL). */
  databaseUrl?: string;
  templateCacheDir?: string;
  command?: string;
  /** The Remote target's Core SDL (`applicationCoreGraphqlSchema`), for the `remote` model source. */
  fetchRemoteSchema?: () => Promise<{ sdl: string; origin: string }>;
}

/** A snapshot of every record of every object and the key-value store: `workspace export` / `import`. */
export interface WorkspaceSnapshot {
  format: 'twenty-studio-workspace';
  version: 1;
  twentyVersion: string;
  exportedAt: string;
  objects: Record<string, Record<string, unknown>[]>;
  keyValues: { key: string; value: unknown; scope: 'WORKSPACE' | 'SERVER' }[];
}

/**
 * The open app's Local workspace: opened on first use (a run under the Local target, the Workspace
 * window, the CLI), its loopback server, per-run tokens, the activity timeline, and the event bus that
 * turns committed writes into runs of the app's database-event functions, as the server's queue does.
 */
export class WorkspaceService {
  private workspace: LocalWorkspace | null = null;
  private opening: Promise<LocalWorkspace> | null = null;
  private error: string | null = null;
  private readonly server: WorkspaceServer;
  private keyValues: KeyValueStore | null = null;
  private jobQueue: JobQueue | null = null;
  private messageChannels: MessageChannelService | null = null;
  readonly connections: ConnectionStore;
  readonly agents: AgentResponder;
  readonly oauth: OAuthFlowService;
  /** Where the browser comes back after an OAuth authorize: the browser server's origin in browser mode, else this workspace's server. */
  private oauthCallbackBase: string | null = null;
  private model: ProjectModel | null = null;
  private readonly activity: WorkspaceActivity[] = [];
  private seq = 0;
  private pendingActivity: WorkspaceActivity[] = [];
  private activityTimer: NodeJS.Timeout | null = null;
  private studioToken: string | null = null;
  /** Runs started by database events, with how deep in a chain they are. */
  private readonly triggerDepth = new Map<string, number>();
  private readonly pendingRuns = new Set<Promise<unknown>>();
  private disposed = false;
  /** Requests answered per role (reported in the status). */
  private readonly requestsByRole: Record<RolePrincipal, number> = { application: 0, user: 0 };
  /** The model source chosen (settings file), or one given for this process only (the CLI's --model-source). */
  private modelSourceSetting: ModelSourceSetting | null = null;
  private modelSourceTransient = false;
  private modelSourceInfo: ModelSourceInfo | null = null;
  /** The remote's SDL, fetched once per choice (a model change does not call the server again). */
  private remoteSdl: Promise<{ sdl: string; origin: string }> | null = null;

  constructor(private readonly options: WorkspaceServiceOptions) {
    this.server = new WorkspaceServer({
      workspace: () => {
        if (!this.workspace) throw new WorkspaceApiError('INTERNAL_SERVER_ERROR', 'The local workspace is not open');
        return this.workspace;
      },
      metadata: async (request, holder) => (await metadataApiModule()).executeMetadata(request, {
        model: this.workspace!.model,
        sdl: () => this.workspace!.sdl,
        applicationId: this.applicationId(),
        keyValues: this.keyValues!,
        runId: holder.runId,
        actor: holder.actor,
        jobs: this.jobQueue ?? undefined,
        timelineActivityTypes: () => this.timelineActivityTypes(),
        connections: this.connections,
        messageChannels: this.messageChannels ?? undefined,
        agents: this.agents,
      }),
      onRequest: (record) => this.recordRequest(record),
      roleOf: (holder) => appliedRole(holder.principal ?? 'user', this.model?.manifest),
      publish: (write, runId) => this.publishRestWrite(write, runId),
      oauthCallback: (params) => this.oauthComplete(params),
    });
    this.connections = new ConnectionStore(options.appDataDir, (entry) => this.pushActivity({ kind: 'connection', ...entry }));
    this.oauth = new OAuthFlowService({
      providers: () => (this.model?.manifest.other.connectionProviders ?? []) as Record<string, unknown>[],
      variables: async () => {
        const values = await this.options.runs()?.variables.runtimeValues(this.model?.manifest.application ?? null);
        return { ...values?.serverVariables, ...values?.applicationVariables };
      },
      connections: this.connections,
      redirectUri: () => `${this.oauthCallbackBase ?? this.server.url}${OAUTH_CALLBACK_PATH}`,
    });
    this.agents = new AgentResponder(options.appDataDir, () => appAgentsOf(this.model?.manifest.other.agents), (transcript, runId) => this.pushActivity({
      kind: 'agent', runId,
      summary: `agent ${transcript.agent.name}${transcript.success ? '' : ` failed: ${transcript.error}`} (${transcript.responder})`,
      detail: { ...transcript },
    }), {
      tools: () => appToolsOf(this.model?.manifest.logicFunctions),
      skills: () => appSkillsOf(this.model?.manifest.other.skills),
      // A tool call is a run of the tool function, attributed to the run that called runAgent.
      runTool: async (tool, input, callerRunId) => {
        const runs = this.options.runs();
        if (!runs) return { ok: false, error: 'No run service to run the tool' };
        const record = await runs.execute({
          universalIdentifier: tool.universalIdentifier, payload: input, origin: 'agent',
          triggeredBy: { runId: callerRunId, event: `agent tool call ${tool.name}`, recordId: tool.universalIdentifier, depth: 1 },
        });
        const result = record.result;
        return result?.status === 'SUCCESS'
          ? { ok: true, data: result.data, runId: record.runId }
          : { ok: false, error: result?.error ? `${result.error.errorType}: ${result.error.errorMessage}` : 'the tool run did not finish', runId: record.runId };
      },
    });
  }

  /** The app's universal identifier, to ask a server for its schema. */
  applicationIdForSchema(): string | null {
    return this.applicationId();
  }

  private applicationId(): string | null {
    return typeof this.model?.manifest.application?.universalIdentifier === 'string' ? this.model.manifest.application.universalIdentifier : null;
  }

  private timelineActivityTypes() {
    return timelineActivityTypesOf(this.model?.manifest.other.timelineActivityTypes, this.applicationId());
  }

  /**
   * A REST write: a timeline activity of one of the app's types gets its type snapshot, as the server
   * stores it on create (in the response, and in the row), then the changes go to the event layer.
   */
  private publishRestWrite(write: WriteResult, runId: string | null): void {
    const workspace = this.workspace;
    if (!workspace) return;
    const created = write.changes.filter((change) => change.objectName === 'timelineActivity' && change.operation === 'created' && change.after);
    if (created.length > 0) {
      const types = new Map(this.timelineActivityTypes().map((type) => [type.id, type]));
      for (const record of write.records) {
        const type = typeof record.timelineActivityTypeId === 'string' ? types.get(record.timelineActivityTypeId) : undefined;
        if (!type || (record.timelineActivityTypeSnapshot !== null && record.timelineActivityTypeSnapshot !== undefined)) continue;
        const snapshot = timelineActivityTypeSnapshot(type);
        record.timelineActivityTypeSnapshot = snapshot;
        void workspace.db.query(`update ${quoteIdent(workspace.schemaName)}."timelineActivity" set "timelineActivityTypeSnapshot" = $1::jsonb where id = $2::uuid`, [JSON.stringify(snapshot), record.id])
          .catch((error: Error) => this.options.console.push({ source: runId ?? 'studio', label: 'workspace', level: 'ERROR', text: `Could not store the timeline activity type snapshot: ${error.message}\n` }));
      }
    }
    workspace.publish(write.changes, runId);
  }

  private functionName(universalIdentifier: string): string | null {
    if (!this.model) return null;
    const fn = appFunctions(this.model).find((candidate) => candidate.universalIdentifier === universalIdentifier);
    return fn ? fn.name ?? fn.file : null;
  }

  get dir(): string {
    return join(this.options.appDataDir, 'workspace');
  }

  private manifestPart(): AppManifestPart {
    return { objects: this.model?.manifest.objects ?? [], fields: this.model?.manifest.fields ?? [] };
  }

  private appName(): string {
    const name = this.model?.manifest.application?.displayName ?? this.model?.packageName;
    return typeof name === 'string' ? name : 'Twenty app';
  }

  private get settingsPath(): string {
    return join(this.options.appDataDir, 'workspace-settings.json');
  }

  /** The model source in effect: set for this process, else the app's workspace settings, else shipped. */
  async modelSource(): Promise<ModelSourceSetting> {
    if (this.modelSourceSetting) return this.modelSourceSetting;
    const stored = await readFile(this.settingsPath, 'utf8').then((text) => (JSON.parse(text) as { modelSource?: ModelSourceSetting }).modelSource, () => undefined);
    const valid = stored && (stored.kind === 'shipped' || stored.kind === 'client-sdl' || stored.kind === 'remote' || (stored.kind === 'sdl-file' && typeof stored.path === 'string'));
    this.modelSourceSetting = valid ? stored : { kind: 'shipped' };
    return this.modelSourceSetting;
  }

  /**
   * Chooses where the standard model comes from (`persist`: saved in the app's workspace settings; else
   * for this process only, as the CLI's --model-source). An open workspace rebuilds its model and migrates
   * (additive steps at once, destructive ones wait for a confirmation, as for any model change).
   */
  async setModelSource(setting: ModelSourceSetting, options: { persist: boolean }): Promise<ModelSourceInfo | null> {
    this.modelSourceSetting = setting;
    this.modelSourceTransient = !options.persist;
    this.remoteSdl = null;
    if (options.persist) {
      const current = await readFile(this.settingsPath, 'utf8').then((text) => JSON.parse(text) as Record<string, unknown>, () => ({}));
      await writeJsonFile(this.settingsPath, { ...current, modelSource: setting });
    }
    if (this.workspace && this.model) await this.updateModel(this.model);
    return this.modelSourceInfo;
  }

  /** The standard model for the chosen source; a source that fails falls back to the shipped model, said in the console and the status. */
  private async resolveStandard(): Promise<StandardModelFile | undefined> {
    const setting = await this.modelSource();
    const fetchRemote = this.options.fetchRemoteSchema;
    const [{ resolveStandardModel }, { standardModelFor }] = await Promise.all([modelSourceModule(), localWorkspaceModule()]);
    const { model, info } = await resolveStandardModel(setting, {
      appDir: this.options.appDir,
      shipped: standardModelFor(this.model?.dependencies.sdkVersion),
      manifest: this.manifestPart(),
      fetchRemoteSchema: fetchRemote ? () => {
        this.remoteSdl ??= fetchRemote();
        this.remoteSdl.catch(() => {
          this.remoteSdl = null;
        });
        return this.remoteSdl;
      } : undefined,
    });
    const previous = this.modelSourceInfo;
    this.modelSourceInfo = info;
    if (info.error && info.error !== previous?.error) {
      this.options.console.push({ source: 'studio', label: 'workspace', level: 'ERROR', text: `The standard model could not be imported (${info.requested}): ${info.error} The shipped model is used.\n` });
    } else if (info.kind !== 'shipped' && (previous?.kind !== info.kind || previous.origin !== info.origin)) {
      this.options.console.push({ source: 'studio', label: 'workspace', level: 'SYSTEM', text: `Standard model imported from ${info.origin}: ${info.objects} objects${info.notes.length ? ` (${info.notes.length} notes: ${info.notes.slice(0, 3).join(' ')}${info.notes.length > 3 ? ' …' : ''})` : ''}\n` });
    }
    return info.kind === 'shipped' ? undefined : model;
  }

  /** Opens the workspace once; later calls share it. A failure is kept (status shows it) until reset. */
  ensureOpen(): Promise<LocalWorkspace> {
    if (this.workspace) return Promise.resolve(this.workspace);
    if (this.disposed) return Promise.reject(new StudioError('WORKSPACE_CLOSED', 'The workspace is closed.'));
    this.opening ??= (async () => {
      this.emitStatus('opening');
      try {
        const standardModel = await this.resolveStandard();
        const { LocalWorkspace } = await localWorkspaceModule();
        const workspace = await LocalWorkspace.open({
          dir: this.dir, databaseUrl: this.options.databaseUrl, templateCacheDir: this.options.templateCacheDir,
          command: this.options.command ?? 'twenty-studio', sdkVersion: this.model?.dependencies.sdkVersion, standardModel,
        }, this.manifestPart());
        if (this.disposed) {
          await workspace.close();
          throw new StudioError('WORKSPACE_CLOSED', 'The workspace was closed while it opened.');
        }
        this.keyValues = new KeyValueStore(workspace.db, workspace.schemaName, (entry, deleted) =>
          this.pushActivity({ kind: 'kv', runId: null, summary: `${deleted ? 'delete' : 'set'} ${entry.scope.toLowerCase()} key "${entry.key}"`, detail: { ...entry, deleted } }));
        workspace.onChanges((changes, origin) => this.onChanges(changes, origin.runId));
        this.messageChannels = new MessageChannelService({
          db: workspace.db, schema: workspace.schemaName, repository: () => workspace.repository,
          publish: (changes, runId) => workspace.publish(changes, runId),
          connectionIds: () => this.connections.ids(),
          applicationId: () => this.applicationId(),
          onActivity: (entry) => this.pushActivity({ kind: 'message', ...entry }),
        });
        this.jobQueue = new JobQueue({
          db: workspace.db, schema: workspace.schemaName,
          startRun: async (job, context) => {
            const runs = this.options.runs();
            if (!runs) throw new StudioError('NO_RUNNER', 'No run service to run the job');
            if (job.dispatchedBy) {
              // A server route's target: each attempt records the handoff and which attempt it is.
              const by = job.dispatchedBy;
              return runs.start({
                universalIdentifier: job.logicFunctionUniversalIdentifier, payload: job.payload, origin: 'server-route dispatch',
                context: { ...context, workspaceId: by.workspaceId, userWorkspaceId: null, workspaceMemberId: null },
                dispatchedBy: { ...by, jobId: job.jobId, retryCount: context.retryCount, maxRetries: context.maxRetries },
              });
            }
            return runs.start({
              universalIdentifier: job.logicFunctionUniversalIdentifier, payload: job.payload, origin: 'job', context,
              triggeredBy: { runId: job.enqueuedByRunId, event: `job ${job.jobId}`, recordId: job.jobId, depth: 1 },
            });
          },
          cancelRun: (runId) => void this.options.runs()?.cancel(runId),
          functionName: (uid) => this.functionName(uid),
          onActivity: (entry) => this.pushActivity({ kind: 'job', ...entry }),
        });
        await this.server.start();
        this.workspace = workspace;
        await this.jobQueue.start();
        this.error = null;
        if (workspace.info.templateCreatedMs !== null) {
          this.options.console.push({ source: 'studio', label: 'workspace', level: 'SYSTEM', text: `Created the embedded Postgres template once for this machine in ${workspace.info.templateCreatedMs} ms (kept in the cache folder)\n` });
        }
        this.options.console.push({ source: 'studio', label: 'workspace', level: 'SYSTEM', text: `Local workspace ${workspace.info.created ? 'created' : 'opened'} in ${workspace.info.openMs} ms: ${workspace.model.objects.length} objects, Core API at ${this.server.url}/graphql\n` });
        if (workspace.pendingDestructive.length > 0) this.warnPending(workspace);
        this.emitStatus('ready');
        return workspace;
      } catch (error) {
        this.opening = null;
        const { WorkspaceBusyError } = await localWorkspaceModule();
        this.error = error instanceof WorkspaceBusyError ? error.message : `The local workspace could not be opened: ${(error as Error).message}`;
        this.emitStatus('error');
        throw new StudioError('WORKSPACE_UNAVAILABLE', this.error);
      }
    })();
    return this.opening;
  }

  private warnPending(workspace: LocalWorkspace) {
    const text = `The app's model changed in ways that drop data (${workspace.pendingDestructive.map((step) => step.description).join('; ')}): confirm in the Workspace window (or \`twenty-studio workspace migrate --allow-destructive\`) to apply them.`;
    this.options.console.push({ source: 'studio', label: 'workspace', level: 'ERROR', text: `${text}\n` });
    this.pushActivity({ kind: 'warning', runId: null, summary: text, detail: { steps: workspace.pendingDestructive.map((step) => step.description) } });
  }

  /** The app's model changed: the workspace migrates (additive now, destructive after a confirmation). */
  async updateModel(model: ProjectModel): Promise<void> {
    this.model = model;
    if (!this.workspace) return;
    try {
      const standardModel = (await this.resolveStandard()) ?? null;
      const result = await this.workspace.updateModel(this.manifestPart(), model.dependencies.sdkVersion, { standardModel });
      if (result.applied.length > 0) {
        this.options.console.push({ source: 'studio', label: 'workspace', level: 'SYSTEM', text: `Workspace migrated: ${result.applied.map((step) => step.description).join('; ')}\n` });
      }
      if (result.pending.length > 0) this.warnPending(this.workspace);
      if (result.changed) this.emitStatus('ready');
    } catch (error) {
      this.options.console.push({ source: 'studio', label: 'workspace', level: 'ERROR', text: `The workspace could not follow the model change: ${(error as Error).message}\n` });
    }
  }

  setModel(model: ProjectModel): void {
    this.model = model;
  }

  /** TWENTY_API_URL and a token of its own for a run (its calls are attributed to it). */
  async credentialsFor(runId: string): Promise<{ apiUrl: string; token: string }> {
    await this.ensureOpen();
    const holder: TokenHolder = { runId, actor: { source: 'APPLICATION', name: this.appName(), workspaceMemberId: null }, label: runId, principal: 'application' };
    return { apiUrl: this.server.url, token: this.server.issueToken(holder) };
  }

  /** The studio's own credentials (the window's writes, `workspace query`, client generation). */
  async studioCredentials(): Promise<{ apiUrl: string; token: string }> {
    await this.ensureOpen();
    this.studioToken ??= this.server.issueToken({ runId: null, actor: STUDIO_ACTOR, label: 'studio', principal: 'user' });
    return { apiUrl: this.server.url, token: this.studioToken };
  }

  private onChanges(changes: RecordChange[], runId: string | null): void {
    for (const change of changes) {
      this.pushActivity({
        kind: 'event', runId,
        summary: `${change.objectName}.${change.operation} ${change.recordId}`,
        detail: { name: `${change.objectName}.${change.operation}`, object: change.objectName, operation: change.operation, recordId: change.recordId, updatedFields: change.updatedFields ?? null },
      });
    }
    const model = this.model;
    const workspace = this.workspace;
    const runs = this.options.runs();
    if (!model || !workspace || !runs) return;
    const functions: EventFunction[] = appFunctions(model).map((fn) => ({
      universalIdentifier: fn.universalIdentifier, name: fn.name ?? fn.file,
      databaseEventTriggerSettings: fn.config.databaseEventTriggerSettings as EventFunction['databaseEventTriggerSettings'],
    }));
    const deliveries = deliveriesFor(workspace.model, functions, changes, LOCAL_WORKSPACE_ID);
    if (deliveries.length === 0) return;
    const depth = (runId ? this.triggerDepth.get(runId) ?? 0 : 0) + 1;
    for (const delivery of deliveries) {
      if (depth > MAX_TRIGGER_DEPTH) {
        const text = `Stopped a chain of database-event runs at depth ${MAX_TRIGGER_DEPTH}: ${delivery.functionName} would run again for ${delivery.eventName} (written by run ${runId}). A function that writes what it listens to re-triggers itself; narrow its updatedFields or skip its own writes.`;
        this.options.console.push({ source: runId ?? 'studio', label: 'workspace', level: 'ERROR', text: `${text}\n` });
        this.pushActivity({ kind: 'warning', runId, summary: text, detail: { function: delivery.functionName, event: delivery.eventName, depth } });
        continue;
      }
      // Asynchronously, as the server's queue runs them after the write's transaction.
      const started = new Promise<void>((resolve) => setImmediate(resolve)).then(() => runs.start({
        universalIdentifier: delivery.universalIdentifier,
        payload: delivery.payload,
        origin: 'databaseEvent',
        triggeredBy: { runId, event: delivery.eventName, recordId: delivery.recordIds[0] ?? '', depth },
      })).then(({ runId: triggered, done }) => {
        this.triggerDepth.set(triggered, depth);
        if (this.triggerDepth.size > 10_000) this.triggerDepth.delete(this.triggerDepth.keys().next().value!);
        this.pushActivity({
          kind: 'trigger', runId,
          summary: `${delivery.eventName} -> ${delivery.functionName} (run ${triggered})`,
          detail: { function: delivery.functionName, universalIdentifier: delivery.universalIdentifier, event: delivery.eventName, recordIds: delivery.recordIds, triggeredRunId: triggered, depth },
        });
        return done;
      }).catch((error: Error) => {
        this.options.console.push({ source: 'studio', label: 'workspace', level: 'ERROR', text: `Could not run ${delivery.functionName} for ${delivery.eventName}: ${error.message}\n` });
      });
      this.pendingRuns.add(started);
      void started.finally(() => this.pendingRuns.delete(started));
    }
  }

  /** Waits until no triggered run is pending or running (the CLI's exec waits for the chain it caused). */
  async settle(timeoutMs = 900_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((this.pendingRuns.size > 0 || (await this.jobQueue?.busy().catch(() => false))) && Date.now() < deadline) {
      await Promise.race([Promise.allSettled([...this.pendingRuns]), new Promise((resolve) => setTimeout(resolve, 50))]);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private recordRequest(record: WorkspaceRequestRecord): void {
    if (record.role) this.requestsByRole[record.role.principal] += 1;
    this.pushActivity({
      kind: 'request', runId: record.runId,
      summary: `${record.method} ${record.path}${record.operationName ? ` ${record.operationName}` : ''} -> ${record.status}${record.errors.length ? ` (${record.errors[0]})` : ''}${record.role ? ` as ${record.role.principal === 'application' ? `application role "${record.role.label}"` : 'the user'}` : ''}`,
      detail: { ...record },
    });
  }

  private pushActivity(entry: Omit<WorkspaceActivity, 'seq' | 'time'>): void {
    const full: WorkspaceActivity = { seq: ++this.seq, time: new Date().toISOString(), ...entry };
    this.activity.push(full);
    // Trimmed in chunks: a splice per entry moved the whole 20 000-entry log on every push, which was
    // most of the cost of a fast event stream (bench/activity-stream.bench.ts).
    if (this.activity.length > MAX_ACTIVITY + ACTIVITY_TRIM_SLACK) this.activity.splice(0, this.activity.length - MAX_ACTIVITY);
    this.pendingActivity.push(full);
    // Batched: one message per 50 ms whatever the rate.
    this.activityTimer ??= setTimeout(() => {
      this.activityTimer = null;
      const entries = this.pendingActivity;
      this.pendingActivity = [];
      this.options.emit('workspace.activity', { entries });
    }, 50);
  }

  activitySince(since: number, limit: number): WorkspaceActivity[] {
    const start = this.activity.findIndex((entry) => entry.seq > since);
    return start < 0 ? [] : this.activity.slice(start, start + limit);
  }

  /** What a run did in the workspace: the requests it made and the records its writes changed. */
  activityOf(runId: string): WorkspaceActivity[] {
    return this.activity.filter((entry) => entry.runId === runId);
  }

  private emitStatus(state: WorkspaceStatus['state']): void {
    void this.status(state).then((status) => this.options.emit('workspace.status', status), () => undefined);
  }

  async status(state?: WorkspaceStatus['state']): Promise<WorkspaceStatus> {
    const workspace = this.workspace;
    const counts = workspace ? await workspace.repository.counts().catch(() => ({})) : {};
    return {
      state: state ?? (workspace ? 'ready' : this.error ? 'error' : this.opening ? 'opening' : 'closed'),
      error: this.error,
      storage: workspace?.db.kind ?? null,
      dir: this.dir,
      url: workspace ? this.server.url : null,
      twentyVersion: workspace?.model.twentyVersion ?? null,
      openMs: workspace?.info.openMs ?? null,
      pendingDestructive: workspace?.pendingDestructive.map((step) => step.description) ?? [],
      modelProblems: workspace?.modelProblems.map((problem) => `${problem.where}: ${problem.message}`) ?? [],
      totalRecords: Object.values(counts).reduce<number>((sum, count) => sum + Number(count), 0),
      modelSource: this.modelSourceInfo ? { ...this.modelSourceInfo, transient: this.modelSourceTransient } : null,
      roles: {
        enforced: false,
        application: applicationRoleOf(this.model?.manifest),
        user: { label: USER_ROLE_LABEL },
        requests: { ...this.requestsByRole },
      },
    };
  }

  async objects(): Promise<WorkspaceObjectInfo[]> {
    const workspace = await this.ensureOpen();
    const counts = await workspace.repository.counts();
    return workspace.model.objects.map((object) => ({
      nameSingular: object.nameSingular, namePlural: object.namePlural, labelSingular: object.labelSingular, labelPlural: object.labelPlural,
      source: object.source, isSystem: object.isSystem === true, labelIdentifierField: object.labelIdentifierField ?? null,
      count: counts[object.nameSingular] ?? 0,
      fields: object.fields.map((field) => ({
        name: field.name, type: field.type, label: field.label ?? field.name, isNullable: field.isNullable !== false, isSystem: field.isSystem === true,
        isReadOnly: READ_ONLY_FIELD_NAMES.has(field.name) || field.type === 'TS_VECTOR' || (isRelationField(field) && field.relation?.type === 'ONE_TO_MANY'),
        ...(field.options ? { options: field.options.map(({ value, label, color }) => ({ value, label, ...(color ? { color } : {}) })) } : {}),
        ...(COMPOSITE_TYPES[field.type] ? { subfields: COMPOSITE_TYPES[field.type]!.subfields.map((sub) => sub.name) } : {}),
        ...(field.relation ? { relation: { type: field.relation.type, targetObject: field.relation.targetObject, ...(field.relation.joinColumn ? { joinColumn: field.relation.joinColumn } : {}) } } : {}),
      })),
    }));
  }

  async records(params: { object: string; filter?: Record<string, unknown>; orderBy?: Record<string, unknown>[]; first: number; after?: string; withDeleted: boolean }) {
    const workspace = await this.ensureOpen();
    // Mentioning deletedAt shows soft-deleted records too, as on the server.
    const filter = params.withDeleted ? { and: [params.filter ?? {}, { or: [{ deletedAt: { is: 'NULL' } }, { deletedAt: { is: 'NOT_NULL' } }] }] } : params.filter;
    try {
      const page = await workspace.repository.findMany(params.object, { filter, orderBy: params.orderBy, first: params.first, after: params.after });
      return { records: page.records, totalCount: await page.totalCount(), endCursor: page.cursors[page.cursors.length - 1] ?? null, hasNextPage: page.hasNextPage };
    } catch (error) {
      throw asStudioError(error);
    }
  }

  /** A write from the window, through the API's repository: its events fire like any other write. */
  async write(params: { action: 'create' | 'update' | 'delete' | 'restore' | 'destroy'; object: string; id?: string; data?: Record<string, unknown> }) {
    const workspace = await this.ensureOpen();
    const repository = workspace.repository;
    try {
      const result = params.action === 'create' ? await repository.create(params.object, [params.data ?? {}], { actor: STUDIO_ACTOR })
        : params.action === 'update' ? await repository.update(params.object, { ids: [params.id!] }, params.data ?? {}, { actor: STUDIO_ACTOR })
          : params.action === 'destroy' ? await repository.destroy(params.object, { ids: [params.id!] })
            : await repository.setDeleted(params.object, { ids: [params.id!] }, params.action === 'delete', { actor: STUDIO_ACTOR });
      workspace.publish(result.changes, null);
      return { record: result.records[0] ?? null };
    } catch (error) {
      throw asStudioError(error);
    }
  }

  /** A Core API request from the window or the CLI: it acts as the workspace user, and is recorded like the runs' requests. */
  async query(query: string, variables?: Record<string, unknown>) {
    const workspace = await this.ensureOpen();
    const started = performance.now();
    const response = await workspace.executeGraphql({ query, variables }, STUDIO_ACTOR, null);
    this.recordRequest({
      time: new Date().toISOString(), runId: null, method: 'POST', path: '/graphql', api: 'graphql',
      operationName: /\b(?:query|mutation)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1] ?? null,
      query: query.length > 20_000 ? `${query.slice(0, 20_000)}…` : query, variables: variables ?? null,
      status: 200, durationMs: performance.now() - started, errors: (response.errors ?? []).map((error) => error.message),
      role: appliedRole('user', this.model?.manifest),
    });
    return response;
  }

  async seed(count: number, objects?: string[]): Promise<Record<string, number>> {
    const workspace = await this.ensureOpen();
    const created: Record<string, number> = {};
    const ids = new Map<string, string[]>();
    const defaults = ['workspaceMember', 'company', 'person', 'opportunity', 'note', 'noteTarget', 'task', 'taskTarget'];
    const names = objects ?? [...defaults, ...workspace.model.objects.filter((object) => object.source === 'app').map((object) => object.nameSingular)];
    for (const object of seedOrder(workspace.model, names)) {
      const existing = await workspace.repository.findMany(object.nameSingular, { first: 200 });
      ids.set(object.nameSingular, existing.records.map((record) => String(record.id)));
      const offset = await existing.totalCount();
      const inputs = Array.from({ length: count }, (_, index) => seedRecord(object, offset + index, ids));
      try {
        const result = await workspace.repository.create(object.nameSingular, inputs, { actor: { source: 'IMPORT', name: 'Twenty App Studio seed', workspaceMemberId: null } });
        ids.set(object.nameSingular, [...(ids.get(object.nameSingular) ?? []), ...result.records.map((record) => String(record.id))]);
        created[object.nameSingular] = result.records.length;
      } catch (error) {
        this.options.console.push({ source: 'studio', label: 'workspace', level: 'ERROR', text: `Seed skipped ${object.nameSingular}: ${(error as Error).message}\n` });
      }
    }
    this.emitStatus('ready');
    return created;
  }

  async exportSnapshot(): Promise<WorkspaceSnapshot> {
    const workspace = await this.ensureOpen();
    const objects: WorkspaceSnapshot['objects'] = {};
    for (const object of workspace.model.objects) {
      const records = await workspace.repository.allRecords(object.nameSingular);
      if (records.length > 0) objects[object.nameSingular] = records.map(({ searchVector: _omit, ...record }) => record);
    }
    const keyValues = (await this.keyValues!.list()).map(({ key, value, scope }) => ({ key, value, scope }));
    return { format: 'twenty-studio-workspace', version: 1, twentyVersion: workspace.model.twentyVersion, exportedAt: new Date().toISOString(), objects, keyValues };
  }

  /** Replaces every record with the snapshot's (ids, timestamps and actors kept); no events fire. */
  async importSnapshot(snapshot: WorkspaceSnapshot): Promise<Record<string, number>> {
    if (snapshot?.format !== 'twenty-studio-workspace' || !snapshot.objects || typeof snapshot.objects !== 'object') {
      throw new StudioError('INVALID_SNAPSHOT', 'Not a workspace snapshot (twenty-studio workspace export writes one).');
    }
    const workspace = await this.ensureOpen();
    const unknown = Object.keys(snapshot.objects).filter((name) => !workspace.model.objects.some((object) => object.nameSingular === name));
    if (unknown.length > 0) throw new StudioError('INVALID_SNAPSHOT', `The snapshot has objects this app's workspace does not: ${unknown.join(', ')}.`);
    await workspace.clear();
    const imported: Record<string, number> = {};
    const joins: { object: string; id: string; column: string; value: unknown }[] = [];
    try {
      // Relations last: records are inserted without their join columns, then linked.
      for (const [name, records] of Object.entries(snapshot.objects)) {
        const object = workspace.repository.object(name);
        const joinColumns = new Set(object.fields.filter((field) => field.relation?.type === 'MANY_TO_ONE').map((field) => field.relation!.joinColumn ?? `${field.name}Id`));
        const inputs = records.map((record) => {
          const input: Record<string, unknown> = {};
          for (const [key, value] of Object.entries(record)) {
            if (joinColumns.has(key)) {
              if (value !== null && value !== undefined) joins.push({ object: name, id: String(record.id), column: key, value });
            } else input[key] = value;
          }
          return input;
        });
        for (let start = 0; start < inputs.length; start += 1000) {
          await workspace.repository.create(name, inputs.slice(start, start + 1000), { actor: STUDIO_ACTOR, allowSystem: true });
        }
        imported[name] = records.length;
      }
      for (const join of joins) {
        await workspace.db.query(`update "${workspace.schemaName}"."${join.object}" set "${join.column.replace(/"/g, '""')}" = $1::uuid where id = $2::uuid`, [join.value, join.id]);
      }
      for (const entry of snapshot.keyValues ?? []) await this.keyValues!.set(entry.key, entry.value, entry.scope);
    } catch (error) {
      throw asStudioError(error);
    }
    this.emitStatus('ready');
    return imported;
  }

  async kvList() {
    await this.ensureOpen();
    return this.keyValues!.list();
  }

  async kvSet(key: string, value: unknown, scope: 'WORKSPACE' | 'SERVER') {
    await this.ensureOpen();
    await this.keyValues!.set(key, value, scope);
  }

  async kvDelete(key: string, scope: 'WORKSPACE' | 'SERVER') {
    await this.ensureOpen();
    return this.keyValues!.delete(key, scope);
  }

  /** Jobs, newest first (the Jobs view). */
  async jobsList(params: { state?: JobState; offset?: number; limit?: number } = {}) {
    await this.ensureOpen();
    return this.jobQueue!.list(params);
  }

  async jobGet(jobId: string) {
    await this.ensureOpen();
    return this.jobQueue!.get(jobId);
  }

  async jobRunNow(jobId: string) {
    await this.ensureOpen();
    return this.jobQueue!.runNow(jobId);
  }

  async jobCancel(jobId: string) {
    await this.ensureOpen();
    return this.jobQueue!.cancel(jobId);
  }

  async jobRetry(jobId: string) {
    await this.ensureOpen();
    return this.jobQueue!.retry(jobId);
  }

  /** Enqueues a job from the window (as a function's enqueueJobs would). */
  async jobEnqueue(universalIdentifier: string, payload: Record<string, unknown>, options: { delayMs?: number; retryLimit?: number; jobId?: string } = {}) {
    await this.ensureOpen();
    try {
      const [jobId] = await this.jobQueue!.enqueue({ logicFunctionUniversalIdentifier: universalIdentifier, jobs: [{ payload, jobId: options.jobId }], delayMs: options.delayMs, retryLimit: options.retryLimit }, null);
      return jobId;
    } catch (error) {
      throw asStudioError(error);
    }
  }

  /**
   * A server route's handoff, queued as the server queues it (LogicFunctionTriggerJob on the
   * logic-function queue: retryLimit 3, the logic-function backoff, priority 1): resolves once the
   * first attempt started (runId null when it could not start yet); `settled` waits for the last one.
   */
  async dispatchServerRoute(request: { universalIdentifier: string; payload: Record<string, unknown>; dispatchedBy: JobDispatch }) {
    await this.ensureOpen();
    const queue = this.jobQueue!;
    try {
      const [jobId] = await queue.enqueue({
        logicFunctionUniversalIdentifier: request.universalIdentifier, jobs: [{ payload: request.payload }],
        retryLimit: SERVER_ROUTE_DISPATCH_RETRY_LIMIT, priority: SERVER_ROUTE_DISPATCH_JOB_PRIORITY, dispatchedBy: request.dispatchedBy,
      }, request.dispatchedBy.runId);
      const settled = queue.settled(jobId!);
      const runId = await queue.firstRun(jobId!);
      return { jobId: jobId!, runId, retryLimit: SERVER_ROUTE_DISPATCH_RETRY_LIMIT, settled };
    } catch (error) {
      throw asStudioError(error);
    }
  }

  async jobsClearFinished() {
    await this.ensureOpen();
    return this.jobQueue!.clearFinished();
  }

  /** The app's connection providers (manifest) and its local test connections (tokens masked). */
  async connectionsList() {
    return {
      providers: (this.model?.manifest.other.connectionProviders ?? []).map((provider) => ({
        universalIdentifier: String(provider.universalIdentifier ?? ''), name: String(provider.name ?? ''), displayName: String(provider.displayName ?? provider.name ?? ''),
        type: String(provider.type ?? 'oauth'), scopes: Array.isArray((provider.oauth as { scopes?: unknown } | undefined)?.scopes) ? ((provider.oauth as { scopes: unknown[] }).scopes.map(String)) : [],
      })),
      connections: await this.connections.list(),
    };
  }

  async connectionAdd(input: ConnectionInput) {
    try {
      return await this.connections.add(input);
    } catch (error) {
      throw asStudioError(error);
    }
  }

  async connectionUpdate(id: string, patch: Partial<ConnectionInput> & { authFailedAt?: string | null; authFailedReason?: string | null }) {
    try {
      return await this.connections.update(id, patch);
    } catch (error) {
      throw asStudioError(error);
    }
  }

  /** The browser server's origin, so the OAuth callback comes back to the studio's own server. */
  setOAuthCallbackBase(base: string | null): void {
    this.oauthCallbackBase = base;
  }

  /** "Connect with OAuth": the authorize URL for the window to open. */
  async oauthStart(input: { providerName: string; visibility?: 'user' | 'workspace'; reconnectId?: string | null }) {
    // Without a browser server the callback lands on this workspace's own loopback server.
    if (this.oauthCallbackBase === null) await this.server.start();
    try {
      return await this.oauth.start(input);
    } catch (error) {
      throw error instanceof OAuthFlowError ? new StudioError('OAUTH_FLOW', error.message) : error;
    }
  }

  oauthComplete(params: URLSearchParams): Promise<CallbackPage> {
    return this.oauth.complete(params);
  }

  connectionRemove(id: string) {
    return this.connections.remove(id);
  }

  /** The app's agents with their scripted replies. */
  async agentsList() {
    const scripts = await this.agents.scripts();
    return appAgentsOf(this.model?.manifest.other.agents).map((agent) => ({ ...agent, script: scripts[agent.universalIdentifier] ?? null }));
  }

  agentSetScript(universalIdentifier: string, script: AgentScript | null) {
    return this.agents.setScript(universalIdentifier, script);
  }

  /** The app's tool functions an agent can call. */
  agentToolsList(): { name: string; description: string }[] {
    return appToolsOf(this.model?.manifest.logicFunctions).map(({ name, description }) => ({ name, description }));
  }

  /** The model endpoint agents answer from, its key masked (the window never gets it back). */
  async agentModel(): Promise<{ baseUrl: string; model: string; timeoutMs: number; hasApiKey: boolean } | null> {
    const endpoint = await this.agents.model();
    return endpoint ? { baseUrl: endpoint.baseUrl, model: endpoint.model, timeoutMs: endpoint.timeoutMs, hasApiKey: endpoint.apiKey !== '' } : null;
  }

  /** Sets the endpoint; an empty `apiKey` keeps the stored one (the window cannot show it to edit it). */
  async agentSetModel(endpoint: { baseUrl: string; model: string; apiKey?: string; timeoutMs?: number } | null): Promise<void> {
    if (endpoint === null) return this.agents.setModel(null);
    const previous = await this.agents.model();
    await this.agents.setModel({ baseUrl: endpoint.baseUrl, model: endpoint.model, apiKey: endpoint.apiKey || previous?.apiKey || '', timeoutMs: endpoint.timeoutMs ?? previous?.timeoutMs ?? 60_000 });
  }

  async messageChannelsList() {
    await this.ensureOpen();
    return this.messageChannels!.listAll();
  }

  timelineActivityTypesList() {
    return this.timelineActivityTypes();
  }

  private snapshotPath(name: string): string {
    if (!/^[\w.-]{1,80}$/.test(name) || name.startsWith('.')) throw new StudioError('INVALID_SNAPSHOT_NAME', `"${name}" is not a snapshot name: letters, digits, ".", "-" and "_" only.`);
    return join(this.dir, 'snapshots', `${name}.json`);
  }

  /** Named snapshots to restore before a test: every record and the key-value store. */
  async snapshotSave(name: string): Promise<{ name: string; records: number }> {
    const path = this.snapshotPath(name);
    const snapshot = await this.exportSnapshot();
    await writeJsonFile(path, snapshot);
    return { name, records: Object.values(snapshot.objects).reduce((sum, records) => sum + records.length, 0) };
  }

  async snapshotRestore(name: string): Promise<Record<string, number>> {
    const path = this.snapshotPath(name);
    const snapshot = await readFile(path, 'utf8').then((text) => JSON.parse(text) as WorkspaceSnapshot, () => {
      throw new StudioError('SNAPSHOT_NOT_FOUND', `No workspace snapshot named "${name}" (save one with \`twenty-studio workspace snapshot save ${name}\`).`);
    });
    return this.importSnapshot(snapshot);
  }

  async snapshotList(): Promise<{ name: string; savedAt: string; bytes: number }[]> {
    const folder = join(this.dir, 'snapshots');
    const names = await readdir(folder).catch(() => [] as string[]);
    const entries = await Promise.all(names.filter((name) => name.endsWith('.json')).map(async (name) => {
      const info = await stat(join(folder, name));
      return { name: name.slice(0, -'.json'.length), savedAt: info.mtime.toISOString(), bytes: info.size };
    }));
    return entries.sort((a, b) => a.name.localeCompare(b.name));
  }

  async migrate(allowDestructive: boolean): Promise<WorkspaceStatus> {
    const workspace = await this.ensureOpen();
    await workspace.migrate({ allowDestructive });
    const status = await this.status('ready');
    this.options.emit('workspace.status', status);
    return status;
  }

  /** Drops every record and the data folder, then opens a fresh workspace (asked for; never silent). */
  async reset(): Promise<WorkspaceStatus> {
    const workspace = this.workspace ?? (await this.opening?.catch(() => null)) ?? null;
    // Running jobs finish on their own; their outcome no longer has a queue to land in.
    this.jobQueue?.stop();
    this.jobQueue = null;
    this.messageChannels = null;
    this.workspace = null;
    this.opening = null;
    this.error = null;
    if (workspace) {
      if (workspace.db.kind === 'postgres') await workspace.db.exec(`drop schema if exists "${workspace.schemaName}" cascade`).catch(() => undefined);
      await workspace.close();
    }
    await (await localWorkspaceModule()).LocalWorkspace.destroyData(this.dir);
    await this.ensureOpen();
    return this.status();
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    if (this.activityTimer) clearTimeout(this.activityTimer);
    this.jobQueue?.stop();
    await this.server.stop();
    const workspace = this.workspace ?? (await this.opening?.catch(() => null)) ?? null;
    this.workspace = null;
    await workspace?.close();
  }
}

function asStudioError(error: unknown): Error {
  if (error instanceof WorkspaceApiError) return new StudioError(error.code, error.message);
  return error as Error;
}
