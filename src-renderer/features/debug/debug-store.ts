import { createStore } from 'zustand/vanilla';
import type {
  Breakpoint, BreakpointStoreState, DebugAction, DebugFrame, DebugSession, DebugValue, ExceptionMode, StudioApi, TriggeredDebugMode, TriggeredDebugState,
} from '../../../src-shared/contract';
import { describeError } from '../../api/studio-error';

export interface ConsoleEntry {
  kind: 'input' | 'value' | 'error' | 'info';
  text: string;
  value?: DebugValue;
}

export interface ChildrenState {
  loading: boolean;
  properties?: { name: string; value: DebugValue }[];
  error?: string;
}

export interface WatchValue {
  value?: DebugValue | null;
  error?: string;
}

export interface DebugState {
  /** The app's breakpoints by file (relative path). */
  breakpoints: Record<string, Breakpoint[]>;
  exceptions: ExceptionMode;
  /** Sessions this window knows, by id (= run id). */
  sessions: Record<string, DebugSession>;
  /** The session the Debug pane shows. */
  current: string | null;
  /** Index of the selected frame in the current pause. */
  selectedFrame: number;
  watches: string[];
  watchValues: Record<string, WatchValue>;
  consoleEntries: ConsoleEntry[];
  /** Lazily loaded properties of expanded objects, by object id. */
  children: Record<string, ChildrenState>;
  error: string | null;
  /** The right-hand pane shows the debugger (rather than the inspector). */
  paneShown: boolean;
  /** Functions whose database-event runs the Local workspace triggers start under the debugger. */
  triggered: TriggeredDebugState['functions'];

  showPane(shown: boolean): void;
  load(): Promise<void>;
  applyStore(state: BreakpointStoreState): void;
  toggleBreakpoint(file: string, line: number): void;
  updateBreakpoint(file: string, line: number, patch: Partial<Breakpoint>): void;
  removeBreakpoint(file: string, line: number): void;
  /** Breakpoint lines moved with edits in the editor. */
  moveBreakpoints(file: string, lines: { from: number; to: number }[]): void;
  setExceptions(mode: ExceptionMode): void;
  /** Debug a function; `payload` as the composers send it (none: what Run would use). */
  start(universalIdentifier: string, payload?: unknown): Promise<void>;
  setTriggered(universalIdentifier: string, mode: TriggeredDebugMode): Promise<void>;
  applyTriggered(state: TriggeredDebugState): void;
  command(action: DebugAction): Promise<void>;
  sessionChanged(session: DebugSession): void;
  selectFrame(index: number): void;
  expand(objectId: string): Promise<void>;
  evaluate(expression: string): Promise<void>;
  addWatch(expression: string): void;
  removeWatch(index: number): void;
  refreshWatches(): Promise<void>;
  hover(expression: string): Promise<WatchValue | null>;
  reset(): void;
}

export type DebugStore = ReturnType<typeof createDebugStore>;

const CONSOLE_LIMIT = 500;
/** Breakpoint edits are written after typing settles. */
const SAVE_DELAY_MS = 250;

export const currentSession = (state: Pick<DebugState, 'sessions' | 'current'>): DebugSession | null => (state.current ? (state.sessions[state.current] ?? null) : null);
export const selectedFrameOf = (state: Pick<DebugState, 'sessions' | 'current' | 'selectedFrame'>): DebugFrame | null =>
  currentSession(state)?.paused?.frames[state.selectedFrame] ?? null;

/**
 * The window's debugger: breakpoints (the core keeps them per app), the session shown, its
 * selected frame, watches, the debug console and the lazily expanded values. `onPaused` is called
 * with the paused frame so the shell can open its file at the line.
 */
export function createDebugStore(api: StudioApi, onPaused: (frame: DebugFrame) => void = () => undefined) {
  const saveTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const store = createStore<DebugState>()((set, get) => {
    const persist = (file: string): void => {
      clearTimeout(saveTimers.get(file));
      saveTimers.set(file, setTimeout(() => {
        saveTimers.delete(file);
        api.call('debug.breakpoints.set', { file, breakpoints: get().breakpoints[file] ?? [] }).catch((error: unknown) => set({ error: describeError(error) }));
      }, SAVE_DELAY_MS));
    };
    const setFile = (file: string, breakpoints: Breakpoint[]): void => {
      const sorted = [...breakpoints].sort((a, b) => a.line - b.line);
      set({ breakpoints: { ...get().breakpoints, [file]: sorted } });
      persist(file);
    };
    const log = (entry: ConsoleEntry): void => set({ consoleEntries: [...get().consoleEntries, entry].slice(-CONSOLE_LIMIT) });
    const requireSession = (): DebugSession | null => {
      const session = currentSession(get());
      return session && session.status !== 'ended' ? session : null;
    };

    return {
      breakpoints: {},
      exceptions: 'none',
      sessions: {},
      current: null,
      selectedFrame: 0,
      watches: [],
      watchValues: {},
      consoleEntries: [],
      children: {},
      error: null,
      paneShown: false,
      triggered: {},

      showPane: (shown) => set({ paneShown: shown }),

      load: async () => {
        try {
          get().applyStore(await api.call('debug.breakpoints.get', {}));
          const { sessions } = await api.call('debug.sessions', {});
          for (const session of sessions) get().sessionChanged(session);
          get().applyTriggered(await api.call('debug.triggered.get', {}));
        } catch (error) {
          set({ error: describeError(error) });
        }
      },

      applyStore: (state) => {
        // A file whose edits are not written yet keeps the window's version.
        const pending = new Set(saveTimers.keys());
        const breakpoints: Record<string, Breakpoint[]> = {};
        for (const entry of state.files) if (!pending.has(entry.file)) breakpoints[entry.file] = entry.breakpoints;
        for (const file of pending) breakpoints[file] = get().breakpoints[file] ?? [];
        set({ breakpoints, exceptions: state.exceptions });
      },

      toggleBreakpoint: (file, line) => {
        const existing = get().breakpoints[file] ?? [];
        setFile(file, existing.some((breakpoint) => breakpoint.line === line) ? existing.filter((breakpoint) => breakpoint.line !== line) : [...existing, { line, enabled: true }]);
      },

      updateBreakpoint: (file, line, patch) => {
        setFile(file, (get().breakpoints[file] ?? []).map((breakpoint) => (breakpoint.line === line ? { ...breakpoint, ...patch } : breakpoint)));
      },

      removeBreakpoint: (file, line) => setFile(file, (get().breakpoints[file] ?? []).filter((breakpoint) => breakpoint.line !== line)),

      moveBreakpoints: (file, moves) => {
        if (moves.length === 0) return;
        const byLine = new Map(moves.map((move) => [move.from, move.to]));
        const moved = (get().breakpoints[file] ?? []).map((breakpoint) => ({ ...breakpoint, line: byLine.get(breakpoint.line) ?? breakpoint.line }));
        // Two breakpoints that an edit brought onto one line become one.
        const unique = [...new Map(moved.map((breakpoint) => [breakpoint.line, breakpoint])).values()];
        setFile(file, unique);
      },

      setExceptions: (mode) => {
        set({ exceptions: mode });
        api.call('debug.exceptions.set', { mode }).catch((error: unknown) => set({ error: describeError(error) }));
      },

      setTriggered: async (universalIdentifier, mode) => {
        try {
          get().applyTriggered(await api.call('debug.triggered.set', { universalIdentifier, mode }));
        } catch (error) {
          set({ error: describeError(error) });
        }
      },

      applyTriggered: (state) => set({ triggered: state.functions }),

      start: async (universalIdentifier, payload) => {
        set({ error: null });
        try {
          // Breakpoints still waiting to be written go first: the session reads them as it attaches.
          for (const [file, timer] of [...saveTimers]) {
            clearTimeout(timer);
            saveTimers.delete(file);
            await api.call('debug.breakpoints.set', { file, breakpoints: get().breakpoints[file] ?? [] });
          }
          const { sessionId } = await api.call('debug.start', payload === undefined ? { universalIdentifier } : { universalIdentifier, payload });
          set({ current: sessionId });
        } catch (error) {
          set({ error: describeError(error) });
        }
      },

      command: async (action) => {
        const session = currentSession(get());
        if (!session) return;
        try {
          const { sessionId } = await api.call('debug.command', { sessionId: session.sessionId, action });
          if (sessionId !== session.sessionId) set({ current: sessionId, selectedFrame: 0 });
        } catch (error) {
          set({ error: describeError(error) });
        }
      },

      sessionChanged: (session) => {
        const previous = get().sessions[session.sessionId];
        const sessions = { ...get().sessions, [session.sessionId]: session };
        // A new session takes the pane, unless the shown one is paused.
        const shown = currentSession(get());
        const current = !shown || shown.sessionId === session.sessionId || shown.status === 'ended' ? session.sessionId : get().current;
        const pausedNow = session.status === 'paused' && session.paused && session.paused.at !== previous?.paused?.at;
        set({
          sessions,
          current,
          ...(!previous && current === session.sessionId ? { paneShown: true } : {}),
          ...(pausedNow && current === session.sessionId ? { selectedFrame: 0, children: {} } : {}),
          ...(session.status === 'ended' && previous?.status !== 'ended' && current === session.sessionId ? { children: {} } : {}),
        });
        if (pausedNow && current === session.sessionId) {
          const frame = session.paused!.frames[0];
          if (frame) onPaused(frame);
          void get().refreshWatches();
        }
        if (session.status === 'ended' && previous?.status !== 'ended' && session.endedReason) log({ kind: 'info', text: `${session.functionName}: ${session.endedReason}` });
      },

      selectFrame: (index) => {
        set({ selectedFrame: index });
        const frame = selectedFrameOf(get());
        if (frame) onPaused(frame);
        void get().refreshWatches();
      },

      expand: async (objectId) => {
        const session = requireSession();
        if (!session || get().children[objectId]?.properties) return;
        set({ children: { ...get().children, [objectId]: { loading: true } } });
        try {
          const { properties } = await api.call('debug.properties', { sessionId: session.sessionId, objectId });
          set({ children: { ...get().children, [objectId]: { loading: false, properties } } });
        } catch (error) {
          set({ children: { ...get().children, [objectId]: { loading: false, error: describeError(error) } } });
        }
      },

      evaluate: async (expression) => {
        const text = expression.trim();
        if (!text) return;
        log({ kind: 'input', text });
        const session = requireSession();
        if (!session) {
          log({ kind: 'error', text: 'No debug session: start one with Debug (F5).' });
          return;
        }
        try {
          const frame = selectedFrameOf(get());
          const answer = await api.call('debug.evaluate', { sessionId: session.sessionId, expression: text, purpose: 'repl', ...(frame ? { frameId: frame.id } : {}) });
          if (answer.error || !answer.value) log({ kind: 'error', text: answer.error ?? 'No value' });
          else log({ kind: 'value', text: answer.value.display, value: answer.value });
        } catch (error) {
          log({ kind: 'error', text: describeError(error) });
        }
      },

      addWatch: (expression) => {
        const text = expression.trim();
        if (!text || get().watches.includes(text)) return;
        set({ watches: [...get().watches, text] });
        void get().refreshWatches();
      },

      removeWatch: (index) => set({ watches: get().watches.filter((_, position) => position !== index) }),

      refreshWatches: async () => {
        const session = requireSession();
        const frame = selectedFrameOf(get());
        const values: Record<string, WatchValue> = {};
        await Promise.all(get().watches.map(async (expression) => {
          if (!session || session.status !== 'paused') {
            values[expression] = { error: 'not paused' };
            return;
          }
          try {
            const answer = await api.call('debug.evaluate', { sessionId: session.sessionId, expression, purpose: 'watch', ...(frame ? { frameId: frame.id } : {}) });
            values[expression] = answer.error ? { error: answer.error } : { value: answer.value };
          } catch (error) {
            values[expression] = { error: describeError(error) };
          }
        }));
        set({ watchValues: values });
      },

      hover: async (expression) => {
        const session = requireSession();
        const frame = selectedFrameOf(get());
        if (!session || session.status !== 'paused' || !frame) return null;
        try {
          const answer = await api.call('debug.evaluate', { sessionId: session.sessionId, expression, purpose: 'hover', frameId: frame.id });
          return answer.error ? { error: answer.error } : { value: answer.value };
        } catch {
          return null;
        }
      },

      reset: () => {
        for (const timer of saveTimers.values()) clearTimeout(timer);
        saveTimers.clear();
        set({ breakpoints: {}, exceptions: 'none', sessions: {}, current: null, selectedFrame: 0, watchValues: {}, consoleEntries: [], children: {}, error: null, paneShown: false });
      },
    };
  });
  return store;
}
