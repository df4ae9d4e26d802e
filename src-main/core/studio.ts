import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
// Types only: the contract's index builds every schema of every operation when loaded (a tenth of a
// one-shot exec); modules on the run path import the one contract file they parse with.
import type {
  operations, EventName, EventPayload, OperationName, OperationResult, ProjectModel, TaskState,
} from '../../src-shared/contract';
import type { PrestartedRunChild } from './runner/prestarted-run-child';
import { ConsoleBatcher } from './console/console-batcher';
import { DebugService } from './debug/debug-service';
import { removeStaleTempFiles } from './files/atomic-write';
import { FileStore } from './files/file-store';
import { listAppFiles } from './project/app-files';
import { AppProject } from './project/app-project';
import { AppWatcher } from './project/app-watcher';
import { EvaluationCache } from './project/evaluation-cache';
import { ConfigEvaluator } from './project/config-evaluator';
import { editorTypings } from './project/editor-typings';
import { completePath } from './path-completion';
import { createPayloadHandlers } from './payloads/payload-handlers';
import type { createReleaseHandlers } from './release/release-handlers';
import { checkRemote, fetchCoreSchema, generateCoreClient } from './runs/remote-workspace';
import { writeJsonFile } from './user-data/json-file';
import { RunService } from './runs/run-service';
import { StudioError } from './studio-error';
import { AppTypecheck } from './typecheck/app-typecheck';
import { confinedPath } from './files/confined-path';
import { revealInFolder } from './host/reveal-in-folder';
import { installDependencies } from './tasks/install-dependencies';
import { UserDataStore } from './user-data/user-data-store';
import { WorkspaceService } from './workspace/workspace-service';
import type { CallbackPage } from './workspace/services/oauth-flow';

/** How long a change's model update waits for its function rebuild to finish first (see applyChanges). */
const BUILD_FIRST_MS = 60;

export interface StudioOptions {
  userDataDir: string;
  mode: 'electron' | 'browser';
  version: string;
  /** Run processes started ahead of time (default 1; the CLI's one-shot runs use 0). */
  prespawnRuns?: number;
  /** Where the `twenty` CLI keeps its remotes (default ~/.twenty/config.json). */
  twentyConfigPath?: string;
  /** The studio's install folder: its own twenty-sdk builds apps that have none. */
  studioDir?: string;
  /** How the host shows a file in its folder (Electron: shell.showItemInFolder); default the platform's opener. */
  revealPath?: (path: string) => void;
  /** The Local workspace on a Postgres server instead of the embedded PGlite (TWENTY_STUDIO_DATABASE_URL). */
  databaseUrl?: string;
  /**
   * Keep the app's typecheck running (default: when runs are prespawned, i.e. a window is served). One-shot
   * CLI commands have no window to show type errors in; `inspect` checks once.
   */
  continuousTypecheck?: boolean;
  /** Where PGlite's pre-initialised template is cached (default: the user's cache folder). */
  workspaceTemplateDir?: string;
  /**
   * Follow edits made outside the studio (default true). A one-shot CLI call that runs and exits has
   * nothing to follow: starting the watcher (chokidar's scan of the app folder) was time before its run.
   */
  watchApp?: boolean;
  /** A run child the CLI's exec started while the studio loaded: the app's runner uses it if it fits (run-service.ts). */
  prestartedRunChild?: PrestartedRunChild;
}

export type StudioEventListener = <N extends EventName>(name: N, payload: EventPayload<N>) => void;

/** Handlers receive params already parsed by their schema (defaults applied). */
export type OperationHandlers = {
  [N in OperationName]: (params: z.output<(typeof operations)[N]['params']>) => Promise<OperationResult<N>>;
};

interface OpenApp {
  project: AppProject;
  watcher: AppWatcher | null;
  files: FileStore;
  runs: RunService;
  workspace: WorkspaceService;
  typecheck: AppTypecheck;
  typecheckTimer?: NodeJS.Timeout;
  debug: DebugService;
  /**
   * The content version of each file as the last change the studio applied saw it: the watcher's
   * report of a save the studio made itself (or a second event of one editor save) changes nothing,
   * so it rebuilds nothing.
   */
  appliedVersions: Map<string, string>;
}

/**
 * The studio core: one open app at a time, its model kept live by the watcher, and every operation of
 * the contract. Transports (IPC, WebSocket) and the CLI drive this; it knows nothing of them.
 */
export class Studio {
  readonly userData: UserDataStore;
  private readonly evaluator = new ConfigEvaluator();
  private readonly listeners = new Set<StudioEventListener>();
  private readonly console = new ConsoleBatcher((entries) => this.emit('console.batch', { entries }));
  private open: OpenApp | null = null;
  private oauthCallbackBase: string | null = null;
  private installing: TaskState | null = null;
  private releaseHandlers: Promise<ReturnType<typeof createReleaseHandlers>> | null = null;

  constructor(private readonly options: StudioOptions) {
    this.userData = new UserDataStore(options.userDataDir);
    // A window keeps a spare evaluator ready for the first edit; a one-shot CLI call (no prespawned
    // runs) starts one only if its configs are not in the evaluation cache.
    if (options.prespawnRuns !== 0) this.evaluator.warmUp();
  }

  /**
   * Install, package and deploy, imported on first use (the install simulator, the packager, the
   * deployer): most calls never need them, and a one-shot `exec` should not load them.
   */
  private release(): Promise<ReturnType<typeof createReleaseHandlers>> {
    return (this.releaseHandlers ??= import('./release/release-handlers').then(({ createReleaseHandlers }) => createReleaseHandlers({
      requireOpen: () => this.requireOpen(),
      emit: (name, payload) => this.emit(name, payload),
      console: this.console,
      studioDir: this.options.studioDir ?? process.cwd(),
      currentModel: () => this.currentModel,
    })));
  }

  onEvent(listener: StudioEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit<N extends EventName>(name: N, payload: EventPayload<N>): void {
    for (const listener of this.listeners) listener(name, payload);
  }

  /** Browser mode: the OAuth callback comes back to the browser server (its origin), not the workspace server. */
  setOAuthCallbackBase(base: string | null): void {
    this.oauthCallbackBase = base;
    this.open?.workspace.setOAuthCallbackBase(base);
  }

  /** GET /oauth/callback on a loopback server of the studio: the open app's OAuth flow decides. */
  async oauthCallback(params: URLSearchParams): Promise<CallbackPage> {
    if (!this.open) return { status: 400, title: 'No app open', message: 'No app is open in the studio, so no OAuth flow is waiting. Open the app and start "Connect with OAuth" again.' };
    return this.open.workspace.oauthComplete(params);
  }

  get currentModel(): ProjectModel | null {
    return this.open?.project.model ?? null;
  }

  private requireOpen(): OpenApp {
    if (!this.open) throw new StudioError('NO_APP_OPEN', 'No app is open: open a Twenty app folder first.');
    return this.open;
  }

  async openApp(appDir: string): Promise<ProjectModel> {
    const absolute = resolve(appDir);
    if (!existsSync(absolute) || !statSync(absolute).isDirectory()) {
      throw new StudioError('APP_NOT_FOUND', `${absolute} is not a folder.`);
    }
    await this.closeApp();
    // One-shot CLI calls reuse the configs the last call evaluated, while the app's content is the same.
    const evaluationCache = this.options.prespawnRuns === 0 ? new EvaluationCache(join(this.userData.appDataDir(absolute), 'evaluation-cache')) : undefined;
    const project = new AppProject(absolute, this.evaluator, { evaluationCache });
    const model = await project.load();
    const watcher = this.options.watchApp === false ? null : new AppWatcher(
      absolute,
      (changes) => void this.applyChanges(changes.map((change) => change.path), changes),
      (message) => this.console.push({ source: 'studio', label: 'watcher', level: 'ERROR', text: `${message}\n` }),
    );
    await watcher?.start();
    let runsRef: RunService | null = null;
    const workspace: WorkspaceService = new WorkspaceService({
      appDir: absolute,
      appDataDir: this.userData.appDataDir(absolute),
      console: this.console,
      emit: (name, payload) => this.emit(name, payload),
      runs: () => runsRef,
      databaseUrl: this.options.databaseUrl ?? (process.env.TWENTY_STUDIO_DATABASE_URL || undefined),
      templateCacheDir: this.options.workspaceTemplateDir,
      command: this.options.mode === 'electron' ? 'the studio window' : `twenty-studio (pid ${process.pid})`,
      // The `remote` model source reads the SDL the Remote target serves, as Generate client does.
      fetchRemoteSchema: async (): Promise<{ sdl: string; origin: string }> => {
        const runs = runsRef;
        if (!runs) throw new StudioError('NO_RUNNER', 'The app is not open');
        const applicationId: string | null = workspace.applicationIdForSchema();
        if (!applicationId) throw new StudioError('NO_APPLICATION', 'The app has no defineApplication() universalIdentifier to fetch a schema for.');
        const credentials = await runs.remoteCredentials();
        return { sdl: await fetchCoreSchema(absolute, this.options.studioDir ?? process.cwd(), credentials, applicationId), origin: `${credentials.apiUrl.replace(/\/$/, '')}/metadata applicationCoreGraphqlSchema` };
      },
    });
    workspace.setModel(model);
    workspace.setOAuthCallbackBase(this.oauthCallbackBase);
    const debug = new DebugService({
      appDir: absolute,
      appDataDir: this.userData.appDataDir(absolute),
      emit: (name, payload) => this.emit(name, payload),
      runs: () => runsRef,
    });
    const runs = new RunService({
      appDir: absolute,
      appDataDir: this.userData.appDataDir(absolute),
      userDataDir: this.options.userDataDir,
      console: this.console,
      emit: (name, payload) => this.emit(name, payload),
      prespawn: this.options.prespawnRuns,
      prestartedRunChild: this.options.prestartedRunChild,
      twentyConfigPath: this.options.twentyConfigPath,
      localWorkspace: workspace,
      debugger: debug,
    });
    runsRef = runs;
    void runs.updateModel(model);
    // A window's first Run takes a child started now rather than waiting for one (the CLI starts its own).
    if (this.options.prespawnRuns !== 0) void runs.warm().catch(() => undefined);
    this.open = { project, watcher, files: new FileStore(absolute), runs, workspace, typecheck: new AppTypecheck(absolute), debug, appliedVersions: new Map() };
    // After the first run and the workspace had their start: the typecheck is the least urgent.
    this.scheduleTypecheck(this.open, 1_000);
    // A window opens the workspace now, so the first run does not wait for it; one-shot CLI runs open it when needed.
    if (this.options.prespawnRuns !== 0) void runs.target().then((target) => (target.kind === 'local' ? workspace.ensureOpen() : null)).catch(() => undefined);
    void listAppFiles(absolute).then((files) => removeStaleTempFiles(files.map((file) => join(absolute, file)))).catch(() => undefined);
    // Not awaited: the model is ready, and a one-shot exec should not wait for this list (reads of it
    // wait for the update; dispose waits for it before the data folder may be removed).
    void this.userData.addRecentApp(absolute, model.packageName ?? absolute.split(/[\\/]/).pop() ?? absolute).catch((error: Error) =>
      this.console.push({ source: 'studio', label: 'recent apps', level: 'ERROR', text: `Could not update the recent apps list: ${error.message}\n` }));
    this.emit('project.model', model);
    return model;
  }

  private async applyChanges(paths: string[], changes?: { path: string; kind: 'add' | 'change' | 'unlink' }[]): Promise<void> {
    const open = this.open;
    if (!open) return;
    if (changes) {
      const withVersions = await Promise.all(changes.map(async (change) => {
        if (change.kind === 'unlink') return { ...change, version: null };
        try {
          return { ...change, version: (await open.files.read(change.path)).version };
        } catch {
          return { ...change, kind: 'unlink' as const, version: null };
        }
      }));
      this.emit('file.changed', { changes: withVersions });
      const fresh = new Set<string>();
      for (const change of withVersions) {
        if (change.version !== null && open.appliedVersions.get(change.path) === change.version) continue;
        fresh.add(change.path);
        if (change.version === null) open.appliedVersions.delete(change.path);
        else open.appliedVersions.set(change.path, change.version);
      }
      // The watcher's paths are its changes' paths: only the fresh ones are applied.
      paths = [...fresh];
      if (paths.length === 0) return;
    }
    if (paths.some((path) => /\.(tsx?|json)$/.test(path))) {
      const built = open.runs.sourcesChanged(paths).catch(() => undefined);
      this.scheduleTypecheck(open);
      // The bundles first: the model update's parse and evaluation would hold this thread while
      // esbuild's answer waits, and a Run needs the bundle. A long rebuild (a module every function
      // imports) holds the model back no longer than BUILD_FIRST_MS.
      let waited: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([built, new Promise<void>((resolve) => (waited = setTimeout(resolve, BUILD_FIRST_MS)))]);
      clearTimeout(waited);
    }
    try {
      const previous = open.project.model;
      const model = await open.project.applyChanges(paths);
      if (model && this.open === open) {
        this.emit('project.model', model);
        void open.runs.updateModel(model);
        const before = JSON.stringify([previous?.manifest.objects, previous?.manifest.fields]);
        void open.workspace.updateModel(model).then(() => {
          if (JSON.stringify([model.manifest.objects, model.manifest.fields]) !== before) void this.regenerateClient(open);
        });
      }
    } catch (error) {
      this.console.push({ source: 'studio', label: 'studio', level: 'ERROR', text: `Could not update the app model: ${(error as Error).message}\n` });
    }
  }

  /**
   * The typecheck runs in its own process after a quiet moment, never on the edit path: the model is
   * pushed first, its type errors follow (the status bar shows the check pending meanwhile).
   */
  private scheduleTypecheck(open: OpenApp, delayMs = 300): void {
    if (!(this.options.continuousTypecheck ?? this.options.prespawnRuns !== 0)) return;
    clearTimeout(open.typecheckTimer);
    open.typecheckTimer = setTimeout(() => {
      void (async () => {
        if (this.open !== open) return;
        const pending = await open.project.setTypecheck({ state: 'pending' });
        if (this.open === open) this.emit('project.model', pending);
        const outcome = await open.typecheck.check();
        if (this.open !== open) return;
        this.emit('project.model', await open.project.setTypecheck(outcome));
      })().catch((error) => this.console.push({ source: 'studio', label: 'typecheck', level: 'ERROR', text: `The typecheck failed: ${(error as Error).message}\n` }));
    }, delayMs);
  }

  async closeApp(): Promise<void> {
    const open = this.open;
    this.open = null;
    if (open) {
      clearTimeout(open.typecheckTimer);
      open.typecheck.dispose();
    }
    await open?.watcher?.close();
    open?.debug.dispose();
    await open?.runs.dispose();
    await open?.workspace.dispose();
  }

  /** The open app's Local workspace. */
  get workspace(): WorkspaceService {
    return this.requireOpen().workspace;
  }

  /** The open app's run service (the CLI and the local route server run functions through it). */
  get runs(): RunService {
    return this.requireOpen().runs;
  }

  /** The open app's debugger (its sessions; the benchmark reads their start timings). */
  get debug(): DebugService {
    return this.requireOpen().debug;
  }

  async dispose(): Promise<void> {
    await this.handlers['routes.server.stop']({});
    await this.closeApp();
    if (this.releaseHandlers) await (await this.releaseHandlers).dispose();
    await this.userData.settled();
    this.console.flush();
    this.evaluator.dispose();
  }

  readonly handlers: OperationHandlers = {
    'app.open': ({ appDir }) => this.openApp(appDir),
    'app.current': async () => this.currentModel,
    'app.recent': async () => ({ apps: (await this.userData.recentApps()).filter((app) => existsSync(app.appDir)) }),
    'app.completePath': async ({ prefix }) => ({ entries: await completePath(prefix) }),
    'app.installDependencies': async () => this.installDependencies(),
    'app.typings': async () => editorTypings(this.requireOpen().project.appDir),
    'file.read': async ({ path }) => this.requireOpen().files.read(path),
    'file.write': async (params) => {
      const open = this.requireOpen();
      const result = await open.files.write(params);
      // Update the model now rather than when the watcher notices: a save shows its effect at once.
      if (result.ok) {
        open.appliedVersions.set(params.path.replace(/\\/g, '/').replace(/^\.\//, ''), result.version);
        void this.applyChanges([params.path]);
      }
      return result;
    },
    'session.get': async () => this.userData.session(this.requireOpen().project.appDir),
    'session.set': async (state) => {
      await this.userData.saveSession(this.requireOpen().project.appDir, state);
      return { ok: true as const };
    },
    'run.start': async (params) => ({ runId: (await this.requireOpen().runs.start({ ...params, origin: 'manual' })).runId }),
    'editor.buffers': async ({ buffers }) => {
      this.requireOpen().runs.setBuffers(buffers);
      return { ok: true as const };
    },
    'run.cancel': async ({ runId }) => ({ cancelled: this.requireOpen().runs.cancel(runId) }),
    'run.live': async () => ({ runs: this.requireOpen().runs.liveRuns() }),
    'run.history': async (filter) => ({ runs: await this.requireOpen().runs.listRuns(filter) }),
    'run.get': async ({ runId }) => this.requireOpen().runs.getRun(runId),
    'run.logs': async ({ runId }) => ({ logs: await this.requireOpen().runs.logsOf(runId) }),
    'run.payload': async ({ universalIdentifier }) => this.requireOpen().runs.payloadFor(universalIdentifier),
    'variables.list': async () => ({ variables: await this.requireOpen().runs.describeVariables() }),
    'variables.set': async ({ values, clear }) => {
      const runs = this.requireOpen().runs;
      const changes: Record<string, unknown> = { ...values };
      for (const name of clear) changes[name] = undefined;
      return { variables: await runs.setVariables(changes) };
    },
    'target.get': async () => {
      const runs = this.requireOpen().runs;
      return { target: await runs.maskedTarget(), remotes: await runs.remotes() };
    },
    'target.set': async (target) => {
      await this.requireOpen().runs.setTarget(target);
      return { ok: true as const };
    },
    'run.settings.get': async () => this.requireOpen().runs.settings(),
    'run.settings.set': async (settings) => this.requireOpen().runs.setSettings(settings),
    'target.check': async () => {
      const { project, runs } = this.requireOpen();
      return checkRemote(project.appDir, this.options.studioDir ?? process.cwd(), await runs.remoteCredentials());
    },
    'client.generate': async () => {
      const { project, runs, workspace } = this.requireOpen();
      const applicationId = project.model?.manifest.application?.universalIdentifier;
      if (typeof applicationId !== 'string') throw new StudioError('NO_APPLICATION', 'The app has no defineApplication() universalIdentifier to fetch a schema for.');
      // Against the Local workspace the schema comes from its own /metadata, as `twenty dev` gets it from a server.
      const credentials = (await runs.target()).kind === 'remote' ? await runs.remoteCredentials() : await workspace.studioCredentials();
      const generated = await generateCoreClient(project.appDir, this.options.studioDir ?? process.cwd(), credentials, applicationId);
      this.console.push({ source: 'studio', label: 'client', level: 'SYSTEM', text: `Generated the typed CoreApiClient in ${generated.packageRoot} (${generated.schemaBytes} bytes of schema)\n` });
      await writeJsonFile(this.clientMarker(project.appDir), { generatedAt: new Date().toISOString(), packageRoot: generated.packageRoot });
      return generated;
    },
    'studio.reveal': async ({ path }) => {
      await revealInFolder(confinedPath(this.requireOpen().project.appDir, path), this.options.revealPath);
      return { ok: true as const };
    },
    'studio.info': async () => ({ version: this.options.version, mode: this.options.mode, userDataDir: this.options.userDataDir, platform: process.platform }),
    ...createPayloadHandlers({ requireOpen: () => this.requireOpen(), emit: (name, payload) => this.emit(name, payload), mode: () => this.options.mode }),
    'workspace.status': async () => this.requireOpen().workspace.status(),
    'workspace.objects': async () => ({ objects: await this.requireOpen().workspace.objects() }),
    'workspace.records': async (params) => this.requireOpen().workspace.records(params),
    'workspace.write': async (params) => this.requireOpen().workspace.write(params),
    'workspace.query': async ({ query, variables }) => this.requireOpen().workspace.query(query, variables),
    'workspace.activity': async ({ since, limit }) => ({ entries: this.requireOpen().workspace.activitySince(since, limit) }),
    'workspace.seed': async ({ count, objects }) => ({ created: await this.requireOpen().workspace.seed(count, objects) }),
    'workspace.reset': async () => this.requireOpen().workspace.reset(),
    'workspace.migrate': async ({ allowDestructive }) => this.requireOpen().workspace.migrate(allowDestructive),
    'workspace.kv.list': async () => ({ entries: await this.requireOpen().workspace.kvList() }),
    'workspace.kv.set': async ({ key, value, scope }) => {
      await this.requireOpen().workspace.kvSet(key, value, scope);
      return { ok: true as const };
    },
    'workspace.kv.delete': async ({ key, scope }) => ({ deleted: await this.requireOpen().workspace.kvDelete(key, scope) }),
    'workspace.modelSource.get': async () => {
      const { workspace } = this.requireOpen();
      return { setting: await workspace.modelSource(), info: (await workspace.status()).modelSource ?? null };
    },
    'workspace.modelSource.set': async ({ setting }) => {
      const { workspace } = this.requireOpen();
      await workspace.setModelSource(setting, { persist: true });
      return workspace.status();
    },
    'workspace.jobs.list': async (params) => this.requireOpen().workspace.jobsList(params),
    'workspace.snapshots.list': async () => ({ snapshots: await this.requireOpen().workspace.snapshotList() }),
    'workspace.snapshots.save': async ({ name }) => this.requireOpen().workspace.snapshotSave(name),
    'workspace.snapshots.restore': async ({ name }) => ({ restored: await this.requireOpen().workspace.snapshotRestore(name) }),
    'workspace.jobs.act': async ({ jobId, action }) => {
      const workspace = this.requireOpen().workspace;
      await (action === 'runNow' ? workspace.jobRunNow(jobId) : action === 'cancel' ? workspace.jobCancel(jobId) : workspace.jobRetry(jobId));
      return { ok: true as const };
    },
    'workspace.jobs.enqueue': async ({ universalIdentifier, payload, delayMs, retryLimit }) => ({ jobId: await this.requireOpen().workspace.jobEnqueue(universalIdentifier, payload, { delayMs, retryLimit }) }),
    'workspace.connections.list': async () => this.requireOpen().workspace.connectionsList(),
    'workspace.connections.add': async (input) => {
      await this.requireOpen().workspace.connectionAdd(input);
      return { ok: true as const };
    },
    'workspace.connections.update': async ({ id, patch }) => {
      await this.requireOpen().workspace.connectionUpdate(id, patch);
      return { ok: true as const };
    },
    'workspace.connections.oauth.start': async (input) => this.requireOpen().workspace.oauthStart(input),
    'workspace.connections.oauth.status': async ({ flowId }) => this.requireOpen().workspace.oauth.status(flowId),
    'workspace.connections.remove': async ({ id }) => {
      await this.requireOpen().workspace.connectionRemove(id);
      return { ok: true as const };
    },
    'workspace.agents.list': async () => {
      const workspace = this.requireOpen().workspace;
      return { agents: await workspace.agentsList(), tools: workspace.agentToolsList() };
    },
    'workspace.agents.model.get': async () => ({ model: await this.requireOpen().workspace.agentModel() }),
    'workspace.agents.model.set': async ({ model }) => {
      await this.requireOpen().workspace.agentSetModel(model);
      return { ok: true as const };
    },
    'workspace.agents.script': async ({ universalIdentifier, script }) => {
      await this.requireOpen().workspace.agentSetScript(universalIdentifier, script);
      return { ok: true as const };
    },
    'debug.breakpoints.get': async () => this.requireOpen().debug.breakpoints.get(),
    'debug.breakpoints.set': async (entry) => this.requireOpen().debug.setBreakpoints(entry),
    'debug.exceptions.set': async ({ mode }) => this.requireOpen().debug.setExceptions(mode),
    'debug.start': async (params) => this.requireOpen().debug.start({ ...params, origin: 'manual' }),
    'debug.command': async ({ sessionId, action }) => ({ ok: true as const, ...(await this.requireOpen().debug.command(sessionId, action)) }),
    'debug.evaluate': async ({ sessionId, frameId, expression, purpose }) => this.requireOpen().debug.evaluate(sessionId, expression, purpose, frameId),
    'debug.properties': async ({ sessionId, objectId }) => ({ properties: await this.requireOpen().debug.properties(sessionId, objectId) }),
    'debug.sessions': async () => ({ sessions: this.open?.debug.list() ?? [] }),
    'debug.triggered.get': async () => this.open?.debug.triggeredState() ?? { functions: {} },
    'debug.triggered.set': async ({ universalIdentifier, mode }) => this.requireOpen().debug.setTriggered(universalIdentifier, mode),
    'install.versions': async (params) => (await this.release())['install.versions'](params),
    'install.simulate': async (params) => (await this.release())['install.simulate'](params),
    'install.uninstall': async (params) => (await this.release())['install.uninstall'](params),
    'package.build': async (params) => (await this.release())['package.build'](params),
    'package.compare': async (params) => (await this.release())['package.compare'](params),
    'deploy.remotes': async (params) => (await this.release())['deploy.remotes'](params),
    'deploy.describe': async (params) => (await this.release())['deploy.describe'](params),
    'deploy.run': async (params) => (await this.release())['deploy.run'](params),
  };

  private clientMarker(appDir: string): string {
    return join(this.userData.appDataDir(appDir), 'client-generated.json');
  }

  /**
   * The app's objects or fields changed: a typed client generated earlier against the Local workspace
   * is stale, so it is generated again (with a note), never left silently behind.
   */
  private async regenerateClient(open: OpenApp): Promise<void> {
    const { project, runs, workspace } = open;
    if ((await runs.target()).kind !== 'local') return;
    // Only a client the user generated (a marker in the user data folder) is kept current.
    if (!existsSync(this.clientMarker(project.appDir))) return;
    const applicationId = project.model?.manifest.application?.universalIdentifier;
    if (typeof applicationId !== 'string') return;
    try {
      const generated = await generateCoreClient(project.appDir, this.options.studioDir ?? process.cwd(), await workspace.studioCredentials(), applicationId);
      this.console.push({ source: 'studio', label: 'client', level: 'SYSTEM', text: `The app's objects changed: regenerated the typed CoreApiClient in ${generated.packageRoot} from the Local workspace\n` });
    } catch (error) {
      this.console.push({ source: 'studio', label: 'client', level: 'ERROR', text: `The app's objects changed but the typed CoreApiClient could not be regenerated (${(error as Error).message}): it is stale until you run Generate client.\n` });
    }
  }

  private async installDependencies(): Promise<TaskState> {
    const open = this.requireOpen();
    if (this.installing?.state === 'running') return this.installing;
    const model = open.project.model;
    const packageManager = model?.dependencies.packageManager ?? 'npm';
    const task: TaskState = { id: `install-${Date.now()}`, label: `${packageManager} install`, state: 'running', exitCode: null };
    this.installing = task;
    this.emit('task.state', task);
    this.console.push({ source: 'install', label: 'install', level: 'SYSTEM', text: `$ ${packageManager} install (in ${open.project.appDir})\n` });
    void installDependencies(open.project.appDir, packageManager, (output) => {
      this.console.push({ source: 'install', label: 'install', level: output.stream === 'stderr' ? 'ERROR' : 'INFO', text: output.text });
    }).then(async (exitCode) => {
      const done: TaskState = { ...task, state: exitCode === 0 ? 'succeeded' : 'failed', exitCode };
      this.installing = done;
      this.console.push({ source: 'install', label: 'install', level: 'SYSTEM', text: `${packageManager} install exited with code ${exitCode}\n` });
      this.console.flush();
      this.emit('task.state', done);
      if (this.open === open) {
        const reloaded = await open.project.load();
        this.emit('project.model', reloaded);
        void open.runs.updateModel(reloaded);
        this.scheduleTypecheck(open, 0);
      }
    });
    return task;
  }
}
