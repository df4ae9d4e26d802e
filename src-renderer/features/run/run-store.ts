import { createStore } from 'zustand/vanilla';
import type { EventPayload, RunRecord, StudioApi } from '../../../src-shared/contract';
import { describeError } from '../../api/studio-error';
import { formatJson } from './json-text';

/** A run as the panel shows it: what started it and, once it ended, its result. */
export type RunView = RunRecord;

/** The "Run with payload…" editor: the text is the user's, kept exactly as typed until they close it. */
export interface PayloadDraft {
  universalIdentifier: string;
  functionName: string;
  text: string;
  /** Where the prefilled text came from, for the hint under the editor. */
  origin: 'last' | 'sample' | 'history' | 'loading' | 'unsent';
  /** The user typed in it: the text is theirs and nothing replaces it. */
  edited: boolean;
}

export interface RunState {
  /** The run in the run panel (null: the panel is closed). */
  shown: RunView | null;
  /** Runs this window has heard of, by id, so an event and the answer to run.start can arrive in any order. */
  known: Record<string, RunView>;
  /** Functions with a run in progress, by universalIdentifier -> runId, for the Run buttons' state. */
  running: Record<string, string>;
  /** Why the last run.start or run.get failed (no bundle yet, unknown function, ...). */
  error: string | null;
  draft: PayloadDraft | null;
  /** Text typed in the payload editor and closed without running, by function: reopening brings it back. */
  unsent: Record<string, string>;

  /** The function whose next run, started elsewhere (a route or event sent from the composer), the panel shows. */
  following: string | null;

  /** Runs a function; without a payload the core uses the last one (or a sample for its trigger). */
  run(universalIdentifier: string, functionName: string, payload?: unknown, from?: RunReveal): Promise<string | null>;
  /** The next run of this function that starts (from a request the composer sends) takes the panel. */
  follow(universalIdentifier: string): void;
  /** Shows a run in the panel without moving the layout (the answer to a request the composer sent). */
  focus(runId: string): Promise<void>;
  cancel(runId: string): Promise<void>;
  /** Opens a past run from the history into the panel. */
  open(runId: string): Promise<void>;
  close(): void;
  started(event: EventPayload<'run.started'>): void;
  finished(record: RunRecord): void;
  /** Opens the payload editor, prefilled with `payload` or with what run.payload says the Run button would use. */
  editPayload(universalIdentifier: string, functionName: string, payload?: { value: unknown }): Promise<void>;
  setDraftText(text: string): void;
  /** Closes the editor; what was typed is kept for the next time it opens on the same function. */
  closeDraft(): void;
  /** Runs the draft's function with `payload` (already parsed) and closes the editor. */
  runDraft(payload: unknown): Promise<void>;
  reset(): void;
}

/**
 * Why a run comes into view: `started` (Run, Ctrl+Enter, Run again: the console shows its output),
 * `composer` (the composer stays where it is), `opened` (a past run from the history or a link).
 */
export type RunReveal = 'started' | 'composer' | 'opened';

/** Runs kept in `known`; older ones are only in the history. */
const knownLimit = 50;

export type RunStore = ReturnType<typeof createRunStore>;

/**
 * The window's runs. `show` is called when the user asks to see a run (the bottom panel opens on
 * it); the store itself never touches the layout so it stays testable without one.
 */
export function createRunStore(api: StudioApi, show: (reason: RunReveal) => void = () => undefined) {
  const remember = (known: Record<string, RunView>, run: RunView): Record<string, RunView> => {
    const next = { ...known, [run.runId]: run };
    const ids = Object.keys(next);
    for (const id of ids.slice(0, Math.max(0, ids.length - knownLimit))) if (next[id]!.result) delete next[id];
    return next;
  };

  const store = createStore<RunState>()((set, get) => ({
    shown: null,
    known: {},
    running: {},
    error: null,
    draft: null,
    unsent: {},
    following: null,

    run: async (universalIdentifier, functionName, payload, from = 'started') => {
      set({ error: null });
      try {
        const params = payload === undefined ? { universalIdentifier } : { universalIdentifier, payload };
        const { runId } = await api.call('run.start', params);
        // run.started usually arrives first; when it does not, show what is known until it does.
        const run: RunView = get().known[runId] ?? {
          runId,
          universalIdentifier,
          functionName,
          origin: 'manual',
          payload,
          startedAt: new Date().toISOString(),
          result: null,
        };
        set({
          shown: run,
          known: remember(get().known, run),
          running: run.result ? get().running : { ...get().running, [universalIdentifier]: runId },
        });
        show(from);
        return runId;
      } catch (error) {
        set({ error: `${functionName} could not start: ${describeError(error)}` });
        show(from);
        return null;
      }
    },

    follow: (universalIdentifier) => set({ following: universalIdentifier, error: null }),

    focus: async (runId) => {
      if (get().shown?.runId === runId) return;
      const record = get().known[runId] ?? (await api.call('run.get', { runId }).catch(() => null));
      if (record) set({ shown: record, following: null });
    },

    cancel: async (runId) => {
      try {
        await api.call('run.cancel', { runId });
      } catch (error) {
        set({ error: `Could not cancel the run: ${describeError(error)}` });
      }
    },

    open: async (runId) => {
      set({ error: null });
      try {
        const record = get().known[runId] ?? (await api.call('run.get', { runId }));
        set({ shown: record });
        show('opened');
      } catch (error) {
        set({ error: `Could not open run ${runId}: ${describeError(error)}` });
        show('opened');
      }
    },

    close: () => set({ shown: null, error: null }),

    started: (event) => {
      const run: RunView = { ...event, result: get().known[event.runId]?.result ?? null };
      const followed = get().following === event.universalIdentifier;
      const shown = followed || get().shown?.runId === event.runId ? run : get().shown;
      set({
        known: remember(get().known, run),
        running: run.result ? get().running : { ...get().running, [event.universalIdentifier]: event.runId },
        shown,
        following: followed ? null : get().following,
      });
    },

    finished: (record) => {
      const running = { ...get().running };
      if (running[record.universalIdentifier] === record.runId) delete running[record.universalIdentifier];
      set({
        known: remember(get().known, record),
        running,
        shown: get().shown?.runId === record.runId ? record : get().shown,
      });
    },

    editPayload: async (universalIdentifier, functionName, payload) => {
      if (payload) {
        set({ draft: { universalIdentifier, functionName, text: formatJson(payload.value), origin: 'history', edited: false } });
        return;
      }
      const unsent = get().unsent[universalIdentifier];
      if (unsent !== undefined) {
        set({ draft: { universalIdentifier, functionName, text: unsent, origin: 'unsent', edited: true } });
        return;
      }
      set({ draft: { universalIdentifier, functionName, text: '{}', origin: 'loading', edited: false } });
      try {
        const prefill = await api.call('run.payload', { universalIdentifier });
        const draft = get().draft;
        // The user may have typed (or closed the editor) while the prefill was on its way.
        if (draft?.universalIdentifier === universalIdentifier && draft.origin === 'loading' && !draft.edited) {
          set({ draft: { ...draft, text: formatJson(prefill.payload), origin: prefill.source } });
        }
      } catch {
        const draft = get().draft;
        // No prefill: the editor keeps `{}` (or what was typed) and says nothing about its origin.
        if (draft?.origin === 'loading') set({ draft: { ...draft, origin: 'unsent' } });
      }
    },

    setDraftText: (text) => {
      const draft = get().draft;
      if (draft) set({ draft: { ...draft, text, edited: true } });
    },

    closeDraft: () => {
      const draft = get().draft;
      if (!draft) return;
      set({ draft: null, unsent: draft.edited ? { ...get().unsent, [draft.universalIdentifier]: draft.text } : get().unsent });
    },

    runDraft: async (payload) => {
      const draft = get().draft;
      if (!draft) return;
      const unsent = { ...get().unsent };
      delete unsent[draft.universalIdentifier];
      set({ draft: null, unsent });
      await get().run(draft.universalIdentifier, draft.functionName, payload);
    },

    reset: () => set({ shown: null, known: {}, running: {}, error: null, draft: null, unsent: {}, following: null }),
  }));
  return store;
}


/**
 * After a reconnect, runs the window still shows as running may have ended while it was away (their
 * `run.finished` was never received): ask the core which runs are live and fetch the others' results.
 */
export async function resyncRuns(api: StudioApi, store: RunStore): Promise<void> {
  const running = Object.values(store.getState().running);
  if (running.length === 0) return;
  const live = new Set((await api.call('run.live', {})).runs.map((run) => run.runId));
  for (const runId of running) {
    if (live.has(runId)) continue;
    const record = await api.call('run.get', { runId }).catch(() => null);
    if (record?.result) store.getState().finished(record);
  }
}
