import type {
  BreakpointStoreState, DebugAction, DebugSession as DebugSessionState, DebugValue, EventName, EventPayload, ExceptionMode, FileBreakpoints,
  TriggeredDebugMode, TriggeredDebugState,
} from '../../../src-shared/contract';
import type { RunInspectOptions } from '../runner/function-runner';
import type { RunDebugger, RunService, StartRunRequest } from '../runs/run-service';
import { StudioError } from '../studio-error';
import { BreakpointStore } from './breakpoint-store';
import { DebugSession } from './debug-session';
import { PreparedInspectors } from './prepared-inspectors';

export interface DebugServiceOptions {
  appDir: string;
  appDataDir: string;
  emit: <N extends EventName>(name: N, payload: EventPayload<N>) => void;
  runs: () => RunService | null;
}

const hasEnabledBreakpoint = (state: BreakpointStoreState): boolean => state.files.some((file) => file.breakpoints.some((breakpoint) => breakpoint.enabled));

/** Ended sessions kept so a window that reloads still sees how the last ones ended. */
const ENDED_KEPT = 5;

/**
 * The open app's debugger: its breakpoints (kept in the user data folder) and a session per debug
 * run. Runs are started by the run service like any other (history, console, run pane); this adds
 * the inspector and the session.
 */
export class DebugService implements RunDebugger {
  readonly breakpoints: BreakpointStore;
  private readonly sessions = new Map<string, DebugSession>();
  private readonly requests = new Map<string, StartRunRequest>();
  private readonly prepared = new PreparedInspectors();
  private warmed = false;
  /**
   * Functions whose database-event runs (triggered by the Local workspace) start under the debugger.
   * Kept for the open app only, not written: a debug run is not file-confined and starts a little
   * later, which must not outlive the debugging that asked for it.
   */
  private readonly triggered = new Map<string, 'next' | 'every'>();

  constructor(private readonly options: DebugServiceOptions) {
    this.breakpoints = new BreakpointStore(options.appDataDir);
    // An app with breakpoints is being debugged: have a debug-ready child waiting.
    void this.breakpoints.get().then((state) => {
      if (hasEnabledBreakpoint(state)) this.warm();
    }, () => undefined);
  }

  /** The runner's debug-ready child is idle: attach to it now (prepared-inspectors.ts). */
  idleInspector(inspectorUrl: string): void {
    this.prepared.prepare(inspectorUrl);
  }

  /** Asks the run service for a debug-ready child (once per run service: it refills after each debug run). */
  private warm(): void {
    const runs = this.options.runs();
    if (!runs || this.warmed) return;
    this.warmed = true;
    runs.warmDebug();
  }

  begin(run: { runId: string; universalIdentifier: string; functionName: string; file: string; bundlePath: string; request: StartRunRequest }): RunInspectOptions {
    // From now on a debug-ready child waits for the next debug run.
    this.warm();
    const session = new DebugSession({
      runId: run.runId,
      universalIdentifier: run.universalIdentifier,
      functionName: run.functionName,
      file: run.file,
      appDir: this.options.appDir,
      bundlePath: run.bundlePath,
      breakpoints: async () => (await this.breakpoints.get()).files,
      exceptions: async () => (await this.breakpoints.get()).exceptions,
      onChange: (state) => this.options.emit('debug.session', state),
      refreshBuild: () => void this.options.runs()?.sourcesChanged(),
      takePrepared: (url) => this.prepared.take(url),
    });
    this.sessions.set(run.runId, session);
    this.requests.set(run.runId, run.request);
    this.options.emit('debug.session', session.snapshot);
    return {
      port: 0,
      onInspector: (url, control) => session.attach(url, control),
      onFinishing: (why) => session.detach(why),
    };
  }

  /**
   * Whether a run the Local workspace starts for a database event goes under the debugger: its
   * function is set to `every`, or to `next` (used up by this run).
   */
  debugTriggered(universalIdentifier: string): boolean {
    const mode = this.triggered.get(universalIdentifier);
    if (!mode) return false;
    if (mode === 'next') {
      this.triggered.delete(universalIdentifier);
      this.options.emit('debug.triggered', this.triggeredState());
    }
    return true;
  }

  triggeredState(): TriggeredDebugState {
    return { functions: Object.fromEntries(this.triggered) };
  }

  setTriggered(universalIdentifier: string, mode: TriggeredDebugMode): TriggeredDebugState {
    const runs = this.options.runs();
    // A function the app does not have is a mistake worth saying, not a silent no-op.
    if (mode !== 'off' && runs && !runs.hasFunction(universalIdentifier)) throw new StudioError('UNKNOWN_FUNCTION', `No logic function ${universalIdentifier} in this app.`);
    if (mode === 'off') this.triggered.delete(universalIdentifier);
    else {
      this.triggered.set(universalIdentifier, mode);
      this.warm();
    }
    const state = this.triggeredState();
    this.options.emit('debug.triggered', state);
    return state;
  }

  finished(runId: string): void {
    this.sessions.get(runId)?.end('The run finished.');
    this.requests.delete(runId);
    this.forgetOldSessions();
  }

  session(sessionId: string): DebugSession {
    const session = this.sessions.get(sessionId);
    if (!session) throw new StudioError('UNKNOWN_DEBUG_SESSION', `No debug session ${sessionId}: it ended, or belongs to another app.`);
    return session;
  }

  list(): DebugSessionState[] {
    return [...this.sessions.values()].map((session) => session.snapshot);
  }

  async start(request: Omit<StartRunRequest, 'debug'>): Promise<{ runId: string; sessionId: string }> {
    const runs = this.requireRuns();
    const { runId } = await runs.start({ ...request, debug: true });
    return { runId, sessionId: runId };
  }

  async command(sessionId: string, action: DebugAction): Promise<{ sessionId: string }> {
    const session = this.session(sessionId);
    if (action === 'stop') {
      this.requireRuns().cancel(sessionId);
      session.end('Stopped.');
      return { sessionId };
    }
    if (action === 'restart') {
      const request = this.requests.get(sessionId);
      this.requireRuns().cancel(sessionId);
      session.end('Restarted.');
      if (!request) throw new StudioError('CANNOT_RESTART', 'This run can no longer be restarted: start it again.');
      const { runId } = await this.requireRuns().start({ ...request, debug: true, origin: request.origin ?? 'manual' });
      return { sessionId: runId };
    }
    await session.command(action);
    return { sessionId };
  }

  evaluate(sessionId: string, expression: string, purpose: 'repl' | 'watch' | 'hover', frameId?: string): Promise<{ value: DebugValue | null; error?: string }> {
    return this.session(sessionId).evaluate(expression, purpose, frameId);
  }

  async properties(sessionId: string, objectId: string): Promise<{ name: string; value: DebugValue }[]> {
    return this.session(sessionId).properties(objectId);
  }

  async setBreakpoints(entry: FileBreakpoints): Promise<BreakpointStoreState> {
    const state = await this.breakpoints.setFile(entry);
    if (hasEnabledBreakpoint(state)) this.warm();
    this.options.emit('debug.breakpoints', state);
    await Promise.all(this.live().map((session) => session.updateBreakpoints()));
    return state;
  }

  async setExceptions(mode: ExceptionMode): Promise<BreakpointStoreState> {
    const state = await this.breakpoints.setExceptions(mode);
    this.options.emit('debug.breakpoints', state);
    await Promise.all(this.live().map((session) => session.setExceptionMode(mode).catch(() => undefined)));
    return state;
  }

  dispose(): void {
    this.prepared.dispose();
    for (const session of this.sessions.values()) session.end('The app was closed.');
  }

  private live(): DebugSession[] {
    return [...this.sessions.values()].filter((session) => !session.ended);
  }

  private requireRuns(): RunService {
    const runs = this.options.runs();
    if (!runs) throw new StudioError('NO_APP_OPEN', 'No app is open.');
    return runs;
  }

  private forgetOldSessions(): void {
    const ended = [...this.sessions.entries()].filter(([, session]) => session.ended);
    for (const [id] of ended.slice(0, Math.max(0, ended.length - ENDED_KEPT))) this.sessions.delete(id);
  }
}
