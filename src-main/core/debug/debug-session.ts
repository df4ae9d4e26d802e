import { pathToFileURL } from 'node:url';
import type {
  BreakpointPlacement, DebugAction, DebugFrame, DebugPause, DebugSession as DebugSessionState, DebugValue, ExceptionMode, FileBreakpoints,
} from '../../../src-shared/contract/debug';
import { protocolCondition } from '../../../src-shared/debug/logpoint';
import { devtoolsUrlFor, formatRemoteObject, type RemoteObjectLike } from '../../../src-shared/debug/remote-value';
import type { RunDebugControl } from '../runner/function-runner';
import { StudioError } from '../studio-error';
import { loadBundleSourceMap, type BundleSourceMap } from './bundle-source-map';
import { CdpClient, CdpClosedError } from './cdp-client';
import { enableDomains, type PreparedInspector } from './prepared-inspectors';
import { offsetOf, tryBlockRanges } from './try-blocks';

export interface DebugSessionOptions {
  runId: string;
  universalIdentifier: string;
  functionName: string;
  /** The function's source file, relative to the app. */
  file: string;
  appDir: string;
  bundlePath: string;
  breakpoints: () => Promise<FileBreakpoints[]>;
  exceptions: () => Promise<ExceptionMode>;
  /** Every change of the session's state (to the windows). */
  onChange: (state: DebugSessionState) => void;
  /** The source map is missing or stale: rebuild. */
  refreshBuild?: () => void;
  /** A connection prepared while the child was idle (prepared-inspectors.ts), if there is one. */
  takePrepared?: (inspectorUrl: string) => Promise<PreparedInspector | null>;
}

interface ProtocolLocation { scriptId: string; lineNumber: number; columnNumber?: number }
interface ProtocolScope { type: string; name?: string; object: RemoteObjectLike }
interface ProtocolCallFrame { callFrameId: string; functionName: string; location: ProtocolLocation; url?: string; scopeChain: ProtocolScope[] }
interface ProtocolStackTrace { callFrames: { functionName: string; scriptId: string; url: string; lineNumber: number; columnNumber: number }[]; parent?: ProtocolStackTrace }
interface PausedEvent { callFrames: ProtocolCallFrame[]; reason: string; data?: RemoteObjectLike & { uncaught?: boolean }; hitBreakpoints?: string[]; asyncStackTrace?: ProtocolStackTrace }

/** Scripts of the runner and of Node itself: never shown, never stepped into. */
const HIDDEN_SCRIPT = /^node:|[\\/]run-child[^\\/]*\.[cm]?js$/;
const SCOPE_NAMES: Record<string, string> = { local: 'Local', closure: 'Closure', module: 'Module', block: 'Block', script: 'Script', catch: 'Catch', global: 'Global', with: 'With', eval: 'Eval' };

/**
 * The studio attached to one debugged run through the Chrome DevTools Protocol: breakpoints placed
 * in the bundle through its source map before the bundle loads, pauses mapped back to the
 * TypeScript source, stepping, evaluation in a frame, lazily loaded properties. The run's timeout
 * is suspended while paused. When the process ends (or dies while paused), the session ends with it.
 */
export class DebugSession {
  private client: CdpClient | null = null;
  private control: RunDebugControl | null = null;
  private sourceMap: BundleSourceMap | null = null;
  private readonly bundleUrl: string;
  private readonly scriptUrls = new Map<string, string>();
  private readonly scriptSources = new Map<string, Promise<{ source: string; tries: [number, number][] }>>();
  /** Protocol breakpoint ids set by this session, with where they belong. */
  private readonly protocolBreakpoints = new Map<string, BreakpointPlacement>();
  private exceptionMode: ExceptionMode = 'none';
  private exceptionModeChanged = false;
  private placing: Promise<void> = Promise.resolve();
  private stepStartedAt: number | null = null;
  private readonly state: DebugSessionState;
  /** Resolves at each pause (tests and the benchmark wait on it). */
  private pauseWaiters: ((pause: DebugPause) => void)[] = [];
  /** Time from the last step request to its pause, in ms. */
  lastStepMs: number | null = null;
  /**
   * When each stage of the start was reached, in ms since the session was created (the run's child
   * is being started then): `inspector` (the child is up and its inspector known), `connected` (the
   * WebSocket is open), `ready` (enabled, breakpoints placed: the function is handed over),
   * `paused` (the first pause). The benchmark reports them (bench/debug.bench.ts).
   */
  readonly startTimings: Partial<Record<'inspector' | 'connected' | 'ready' | 'paused', number>> = {};
  private readonly createdAt = performance.now();
  /** Read while the run's child starts: the map of the bundle and the app's breakpoints and exception mode. */
  private readonly sourceMapLoad: Promise<Awaited<ReturnType<typeof loadBundleSourceMap>>>;
  private breakpointsRead: Promise<FileBreakpoints[]> | null;
  private readonly exceptionsRead: Promise<ExceptionMode>;

  constructor(private readonly options: DebugSessionOptions) {
    this.bundleUrl = pathToFileURL(options.bundlePath).href;
    this.sourceMapLoad = loadBundleSourceMap(options.bundlePath, options.appDir)
      .catch((error: unknown) => ({ ok: false as const, notices: [`The bundle's source map could not be read: ${(error as Error).message}`] }));
    this.breakpointsRead = options.breakpoints();
    this.exceptionsRead = options.exceptions();
    // Read early, awaited later: a failed read must not go unhandled in between.
    this.breakpointsRead.catch(() => undefined);
    this.exceptionsRead.catch(() => undefined);
    this.state = {
      sessionId: options.runId,
      universalIdentifier: options.universalIdentifier,
      functionName: options.functionName,
      file: options.file,
      status: 'starting',
      paused: null,
      inspectorUrl: null,
      devtoolsUrl: null,
      timeoutSuspended: false,
      breakpoints: [],
      notices: [],
    };
  }

  get snapshot(): DebugSessionState {
    return structuredClone(this.state);
  }

  get ended(): boolean {
    return this.state.status === 'ended';
  }

  /**
   * Attaches to the run's inspector and places everything before the function is handed over
   * (the runner waits for this). Throws when it cannot attach; the run then goes on undebugged.
   */
  async attach(inspectorUrl: string | null, control: RunDebugControl): Promise<void> {
    this.control = control;
    this.mark('inspector');
    if (!inspectorUrl) {
      this.end('The run\'s process did not start its inspector: the run goes on without the debugger.');
      throw new Error('no inspector URL from the run\'s process');
    }
    this.state.inspectorUrl = inspectorUrl;
    this.state.devtoolsUrl = devtoolsUrlFor(inspectorUrl);
    const prepared = this.options.takePrepared ? await this.options.takePrepared(inspectorUrl) : null;
    const [client, loaded] = await Promise.all([prepared ? prepared.client : CdpClient.connect(inspectorUrl), this.sourceMapLoad]);
    this.mark('connected');
    this.client = client;
    if (loaded.ok) this.sourceMap = loaded.map;
    if (loaded.notices.length > 0) {
      this.state.notices.push(...loaded.notices);
      this.options.refreshBuild?.();
    }
    client.onClose(() => this.end(this.state.status === 'paused' ? 'The run\'s process ended while paused.' : 'The run ended.'));
    client.on('Debugger.scriptParsed', (params) => {
      if (typeof params.scriptId === 'string' && typeof params.url === 'string') this.scriptUrls.set(params.scriptId, params.url);
    });
    if (prepared) {
      prepared.release();
      for (const [id, url] of prepared.scriptUrls) if (!this.scriptUrls.has(id)) this.scriptUrls.set(id, url);
    }
    client.on('Debugger.paused', (params) => void this.onPaused(params as unknown as PausedEvent));
    client.on('Debugger.resumed', () => this.onResumed());
    client.on('Debugger.breakpointResolved', (params) => this.onBreakpointResolved(params as { breakpointId: string; location: ProtocolLocation }));
    // Sent together: the inspector answers in order, and the run waits for all of this. A prepared
    // connection has its domains enabled already (while the child was idle).
    await Promise.all([
      prepared ? null : enableDomains(client),
      this.exceptionsRead.then((mode) => this.setExceptionMode(this.exceptionModeChanged ? this.exceptionMode : mode)),
      this.placeBreakpoints(),
    ]);
    this.mark('ready');
    this.state.status = 'running';
    this.emit();
  }

  private mark(stage: keyof DebugSession['startTimings']): void {
    this.startTimings[stage] ??= Math.round((performance.now() - this.createdAt) * 10) / 10;
  }

  /** The run reported its result: let go of the process so it can exit. */
  detach(why: 'result' | 'exit' = 'result'): void {
    // A process that exits without a result while paused was ended under the debugger's feet.
    this.end(why === 'exit' && this.state.status === 'paused' ? 'The run\'s process ended while paused.' : 'The run finished.');
  }

  /** The run is over (or its process is gone): nothing can be asked of it any more. */
  end(reason: string): void {
    if (this.state.status === 'ended') return;
    this.state.status = 'ended';
    // After the status: closing calls this again (the socket's close), which must find it ended.
    this.client?.close();
    this.state.paused = null;
    this.state.timeoutSuspended = false;
    this.state.endedReason = reason;
    this.emit();
  }

  /** Breakpoints changed in the store: replace this session's. */
  updateBreakpoints(): Promise<void> {
    // What was read as the session was created is out of date now.
    this.breakpointsRead = null;
    return this.placeBreakpoints().then(() => this.emit());
  }

  async setExceptionMode(mode: ExceptionMode): Promise<void> {
    this.exceptionMode = mode;
    // Changed before the session attached: this wins over what was read as it was created.
    if (!this.client) this.exceptionModeChanged = true;
    // "Uncaught" is decided here, not by V8: the runner awaits every handler inside a try, so to V8
    // nothing the function throws is ever uncaught.
    await this.client?.send('Debugger.setPauseOnExceptions', { state: mode === 'none' ? 'none' : 'all' });
  }

  async command(action: Exclude<DebugAction, 'stop' | 'restart'>): Promise<void> {
    const client = this.requireClient();
    if (action === 'pause') {
      await client.send('Debugger.pause');
      return;
    }
    if (this.state.status !== 'paused') throw new StudioError('NOT_PAUSED', `${this.state.functionName} is not paused: ${action} needs a paused run.`);
    this.stepStartedAt = action === 'continue' ? null : performance.now();
    const method = { continue: 'Debugger.resume', stepOver: 'Debugger.stepOver', stepInto: 'Debugger.stepInto', stepOut: 'Debugger.stepOut' }[action];
    try {
      await client.send(method);
    } catch (error) {
      // Resumed and ran to its end before answering: the run is over, which is what was asked.
      if (!(error instanceof CdpClosedError)) throw error;
    }
  }

  /** Waits for the next pause (or the session's end, which rejects). */
  nextPause(timeoutMs = 10_000): Promise<DebugPause> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No pause within ${timeoutMs} ms`)), timeoutMs);
      this.pauseWaiters.push((pause) => {
        clearTimeout(timer);
        resolve(pause);
      });
    });
  }

  /** Evaluates in a paused frame (the top one by default), or globally while running. */
  async evaluate(expression: string, purpose: 'repl' | 'watch' | 'hover', frameId?: string): Promise<{ value: DebugValue | null; error?: string }> {
    const client = this.requireClient();
    const callFrameId = frameId ?? this.state.paused?.frames[0]?.id;
    const common = {
      expression,
      objectGroup: 'studio',
      generatePreview: true,
      // Watches and hovers must not change the program: the evaluation throws on a side effect.
      throwOnSideEffect: purpose !== 'repl',
      ...(purpose === 'repl' ? {} : { timeout: 500 }),
    };
    const response = this.state.status === 'paused' && callFrameId
      ? await client.send<{ result: RemoteObjectLike; exceptionDetails?: { text?: string; exception?: RemoteObjectLike } }>('Debugger.evaluateOnCallFrame', { ...common, callFrameId })
      : await client.send<{ result: RemoteObjectLike; exceptionDetails?: { text?: string; exception?: RemoteObjectLike } }>('Runtime.evaluate', { ...common, replMode: purpose === 'repl' });
    if (response.exceptionDetails) {
      const thrown = response.exceptionDetails.exception;
      const text = thrown?.description?.split('\n')[0] ?? response.exceptionDetails.text ?? 'Evaluation failed';
      return { value: null, error: /EvalError: Possible side-effect/.test(text) ? 'Not evaluated: it could change the program (side effect).' : text };
    }
    return { value: formatRemoteObject(response.result) };
  }

  async properties(objectId: string): Promise<{ name: string; value: DebugValue }[]> {
    const client = this.requireClient();
    const response = await client.send<{
      result: { name: string; value?: RemoteObjectLike; get?: RemoteObjectLike; isOwn?: boolean; enumerable?: boolean }[];
      internalProperties?: { name: string; value?: RemoteObjectLike }[];
    }>('Runtime.getProperties', { objectId, ownProperties: true, generatePreview: true, accessorPropertiesOnly: false });
    const properties: { name: string; value: DebugValue }[] = [];
    for (const property of response.result) {
      if (property.name === '__proto__') continue;
      if (property.value) properties.push({ name: property.name, value: formatRemoteObject(property.value) });
      else if (property.get && property.get.type !== 'undefined') properties.push({ name: property.name, value: { type: 'accessor', display: '(getter)' } });
    }
    // [[Entries]] of a Map or Set, [[PromiseResult]], [[Target]] of a Proxy: what DevTools shows too.
    for (const internal of response.internalProperties ?? []) {
      if (internal.value && internal.name !== '[[Prototype]]' && internal.name !== '[[Scopes]]' && internal.name !== '[[FunctionLocation]]') properties.push({ name: internal.name, value: formatRemoteObject(internal.value) });
    }
    return properties;
  }

  private requireClient(): CdpClient {
    if (!this.client || this.client.closed || this.state.status === 'ended') {
      throw new StudioError('DEBUG_SESSION_ENDED', `The debug session of ${this.state.functionName} has ended${this.state.endedReason ? `: ${this.state.endedReason}` : '.'}`);
    }
    return this.client;
  }

  private emit(): void {
    this.options.onChange(this.snapshot);
  }

  private placeBreakpoints(): Promise<void> {
    // One placement at a time: a quick series of edits must not leave a breakpoint twice.
    this.placing = this.placing.then(() => this.replaceBreakpoints()).catch(() => undefined);
    return this.placing;
  }

  private async replaceBreakpoints(): Promise<void> {
    const client = this.client;
    if (!client || client.closed) return;
    const previous = [...this.protocolBreakpoints.keys()];
    this.protocolBreakpoints.clear();
    // The first placement uses the breakpoints read as the session was created; later ones read again.
    const entries = await (this.breakpointsRead ?? this.options.breakpoints());
    this.breakpointsRead = null;
    const map = this.sourceMap;
    // Every request goes at once (one round trip in all, not one per breakpoint); answers keep the order.
    const requests: Promise<BreakpointPlacement | null>[] = previous.map((id) => client.send('Debugger.removeBreakpoint', { breakpointId: id }).then(() => null, () => null));
    for (const entry of entries) {
      const source = map ? map.files.indexOf(entry.file) : -1;
      for (const breakpoint of entry.breakpoints) {
        if (!breakpoint.enabled) continue;
        if (!map) {
          if (entry.file === this.options.file) requests.push(Promise.resolve({ file: entry.file, line: breakpoint.line, actualLine: null, verified: false, message: 'No source map: the breakpoint cannot be placed.' }));
          continue;
        }
        // A file that is not part of this function's bundle: its breakpoints are for other runs.
        if (source === -1) continue;
        const location = map.index.breakpointLocation(source, breakpoint.line - 1);
        if (!location) {
          requests.push(Promise.resolve({ file: entry.file, line: breakpoint.line, actualLine: null, verified: false, message: `No code at or after line ${breakpoint.line}.` }));
          continue;
        }
        const actualLine = location.line + 1;
        const placement: BreakpointPlacement = {
          file: entry.file,
          line: breakpoint.line,
          actualLine,
          verified: true,
          ...(actualLine !== breakpoint.line ? { message: `Line ${breakpoint.line} has no code: moved to line ${actualLine}.` } : {}),
        };
        const condition = protocolCondition(breakpoint);
        requests.push(client.send<{ breakpointId: string; locations: ProtocolLocation[] }>('Debugger.setBreakpointByUrl', {
          url: this.bundleUrl,
          lineNumber: location.generated.line,
          columnNumber: location.generated.column,
          ...(condition ? { condition } : {}),
        }).then((result) => {
          this.protocolBreakpoints.set(result.breakpointId, placement);
          const resolved = result.locations[0];
          if (resolved) this.adjustPlacement(placement, resolved);
          return placement;
        }, (error: unknown) => {
          placement.verified = false;
          placement.message = `Not placed: ${(error as Error).message}`;
          return placement;
        }));
      }
    }
    const placements = await Promise.all(requests);
    this.state.breakpoints = placements.filter((placement): placement is BreakpointPlacement => placement !== null);
  }

  private onBreakpointResolved({ breakpointId, location }: { breakpointId: string; location: ProtocolLocation }): void {
    const placement = this.protocolBreakpoints.get(breakpointId);
    if (!placement) return;
    this.adjustPlacement(placement, location);
    this.emit();
  }

  /** V8 may move a breakpoint to the next position where it can stop: show where that is in the source. */
  private adjustPlacement(placement: BreakpointPlacement, location: ProtocolLocation): void {
    const original = this.sourceMap?.index.originalPositionFor(location.lineNumber, location.columnNumber ?? 0);
    if (!original || this.sourceMap!.files[original.source] !== placement.file) return;
    const line = original.line + 1;
    if (line === placement.actualLine) return;
    placement.actualLine = line;
    placement.message = line === placement.line ? undefined : `Line ${placement.line} has no code: moved to line ${line}.`;
    if (placement.message === undefined) delete placement.message;
  }

  private mapFrame(frame: ProtocolCallFrame): DebugFrame | null {
    const url = this.scriptUrls.get(frame.location.scriptId) ?? frame.url ?? '';
    if (!url || HIDDEN_SCRIPT.test(url)) return null;
    const scopes = frame.scopeChain
      .filter((scope) => scope.object.objectId)
      .map((scope) => ({ type: scope.type, name: scope.name && scope.type === 'closure' ? `Closure (${scope.name})` : (SCOPE_NAMES[scope.type] ?? scope.type), objectId: scope.object.objectId! }));
    const line = frame.location.lineNumber;
    const column = frame.location.columnNumber ?? 0;
    if (url === this.bundleUrl && this.sourceMap) {
      const original = this.sourceMap.index.originalPositionFor(line, column);
      if (original) {
        return {
          id: frame.callFrameId,
          functionName: frame.functionName || '(anonymous)',
          kind: this.sourceMap.library[original.source] ? 'library' : 'app',
          file: this.sourceMap.files[original.source] ?? null,
          line: original.line + 1,
          column: original.column + 1,
          scopes,
        };
      }
    }
    const isBundle = url === this.bundleUrl;
    return {
      id: frame.callFrameId,
      functionName: frame.functionName || '(anonymous)',
      kind: isBundle ? 'app' : 'library',
      file: isBundle ? null : url.replace(/^file:\/\//, ''),
      line: line + 1,
      column: column + 1,
      scopes,
    };
  }

  private async onPaused(event: PausedEvent): Promise<void> {
    if (this.state.status === 'ended') return;
    if ((event.reason === 'exception' || event.reason === 'promiseRejection') && this.exceptionMode === 'uncaught' && !event.data?.uncaught) {
      if (await this.caughtByFunction(event)) {
        await this.client?.send('Debugger.resume').catch(() => undefined);
        return;
      }
    }
    const mapped = event.callFrames.map((frame) => this.mapFrame(frame));
    const frames = mapped.filter((frame): frame is DebugFrame => frame !== null);
    if (frames.length === 0) {
      // Stopped inside the runner or Node itself (a step past the function's end): go on.
      await this.client?.send(this.stepStartedAt !== null ? 'Debugger.stepInto' : 'Debugger.resume').catch(() => undefined);
      return;
    }
    const pause: DebugPause = {
      reason: event.reason === 'other' && event.hitBreakpoints?.length ? 'breakpoint' : event.reason === 'other' && this.stepStartedAt !== null ? 'step' : event.reason,
      frames,
      hiddenFrames: mapped.length - frames.length,
      ...((event.reason === 'exception' || event.reason === 'promiseRejection') && event.data ? { exception: formatRemoteObject(event.data) } : {}),
      at: Date.now(),
    };
    if (this.stepStartedAt !== null) {
      this.lastStepMs = performance.now() - this.stepStartedAt;
      this.stepStartedAt = null;
    }
    this.mark('paused');
    this.control?.suspendTimeout();
    this.state.status = 'paused';
    this.state.paused = pause;
    this.state.timeoutSuspended = true;
    this.emit();
    for (const waiter of this.pauseWaiters.splice(0)) waiter(pause);
  }

  private onResumed(): void {
    if (this.state.status !== 'paused') return;
    this.control?.resumeTimeout();
    this.state.status = 'running';
    this.state.paused = null;
    this.state.timeoutSuspended = false;
    // Scope and value handles of the last pause are no longer needed.
    void this.client?.send('Runtime.releaseObjectGroup', { objectGroup: 'studio' }).catch(() => undefined);
    this.emit();
  }

  /**
   * Whether something on the way up catches an exception: a `try` with a catch around the throw in
   * the function's own frames or its libraries', synchronous or awaited (async stack). V8 cannot say,
   * since the runner catches everything; promise `.catch()` handlers are not seen.
   */
  private async caughtByFunction(event: PausedEvent): Promise<boolean> {
    const locations: { scriptId: string; line: number; column: number }[] = event.callFrames.map((frame) => ({ scriptId: frame.location.scriptId, line: frame.location.lineNumber, column: frame.location.columnNumber ?? 0 }));
    for (let stack = event.asyncStackTrace; stack; stack = stack.parent) {
      for (const frame of stack.callFrames) locations.push({ scriptId: frame.scriptId, line: frame.lineNumber, column: frame.columnNumber });
    }
    for (const location of locations) {
      const url = this.scriptUrls.get(location.scriptId) ?? '';
      if (!url || HIDDEN_SCRIPT.test(url)) continue;
      const script = await this.scriptWithTries(location.scriptId);
      if (!script) continue;
      const offset = offsetOf(script.source, location.line, location.column);
      if (script.tries.some(([start, end]) => offset > start && offset < end)) return true;
    }
    return false;
  }

  private scriptWithTries(scriptId: string): Promise<{ source: string; tries: [number, number][] } | null> {
    let cached = this.scriptSources.get(scriptId);
    if (!cached) {
      cached = this.requireClient().send<{ scriptSource: string }>('Debugger.getScriptSource', { scriptId }).then(({ scriptSource }) => ({ source: scriptSource, tries: tryBlockRanges(scriptSource) }));
      this.scriptSources.set(scriptId, cached);
    }
    return cached.catch(() => null);
  }
}
