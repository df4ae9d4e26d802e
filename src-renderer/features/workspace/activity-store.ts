import { createStore } from 'zustand/vanilla';
import type { StudioApi, WorkspaceActivity } from '../../../src-shared/contract';
import { WORKSPACE_ACTIVITY_KINDS } from '../../../src-shared/contract/activity-kinds';
import { describeError } from '../../api/studio-error';

export type ActivityKind = WorkspaceActivity['kind'];
/** Every kind the contract knows (requests, events, triggers, kv, warnings, and the services' own). */
export const activityKinds: readonly ActivityKind[] = WORKSPACE_ACTIVITY_KINDS;

const allKinds = (): Record<ActivityKind, boolean> => Object.fromEntries(activityKinds.map((kind) => [kind, true])) as Record<ActivityKind, boolean>;

/** Entries kept in the window; older ones are dropped (the core keeps its own, longer, log). */
export const activityLimit = 5000;

export interface ActivityState {
  entries: WorkspaceActivity[];
  /** The highest seq seen: the backlog is asked from there, duplicates are dropped. */
  lastSeq: number;
  /** Entries dropped to stay within the limit. */
  dropped: number;
  kinds: Record<ActivityKind, boolean>;
  text: string;
  newestFirst: boolean;
  error: string | null;
  append(entries: WorkspaceActivity[]): void;
  loadBacklog(): Promise<void>;
  toggleKind(kind: ActivityKind): void;
  setText(text: string): void;
  setNewestFirst(value: boolean): void;
  clear(): void;
  reset(): void;
}

export type ActivityStore = ReturnType<typeof createActivityStore>;

/** The Activity tab's timeline: `workspace.activity` events, bounded, with the backlog loaded on open. */
export function createActivityStore(api: StudioApi, limit = activityLimit) {
  return createStore<ActivityState>()((set, get) => ({
    entries: [],
    lastSeq: 0,
    dropped: 0,
    kinds: allKinds(),
    text: '',
    newestFirst: true,
    error: null,

    append: (incoming) => {
      const { lastSeq, entries, dropped } = get();
      const fresh = incoming.filter((entry) => entry.seq > lastSeq);
      if (fresh.length === 0) return;
      fresh.sort((a, b) => a.seq - b.seq);
      const excess = Math.max(0, entries.length + fresh.length - limit);
      // A frame's batch can outnumber the window: keep only its newest, without copying the rest.
      const kept = excess >= entries.length ? fresh.slice(excess - entries.length) : excess > 0 ? entries.slice(excess).concat(fresh) : entries.concat(fresh);
      set({ entries: kept, lastSeq: fresh[fresh.length - 1]!.seq, dropped: dropped + excess });
    },

    loadBacklog: async () => {
      try {
        // A reset workspace starts its numbering again: ask from the start when nothing is known yet.
        const { entries } = await api.call('workspace.activity', { since: get().lastSeq, limit });
        set({ error: null });
        get().append(entries);
      } catch (error) {
        set({ error: describeError(error) });
      }
    },

    toggleKind: (kind) => set({ kinds: { ...get().kinds, [kind]: !get().kinds[kind] } }),
    setText: (text) => set({ text }),
    setNewestFirst: (newestFirst) => set({ newestFirst }),
    clear: () => set({ entries: [], dropped: 0 }),
    reset: () => set({ entries: [], lastSeq: 0, dropped: 0, error: null }),
  }));
}

/** The entries a filter keeps, oldest first. */
export function filterActivity(entries: WorkspaceActivity[], kinds: Record<ActivityKind, boolean>, text: string): WorkspaceActivity[] {
  const needle = text.trim().toLowerCase();
  const everyKind = activityKinds.every((kind) => kinds[kind] !== false);
  if (everyKind && !needle) return entries;
  return entries.filter((entry) => kinds[entry.kind] !== false && (!needle || entry.summary.toLowerCase().includes(needle) || (requestHint(entry)?.toLowerCase().includes(needle) ?? false) || (entry.runId?.toLowerCase().includes(needle) ?? false)));
}

/** The run an entry links to: the one that caused it, or for a trigger the run it started. */
export function linkedRuns(entry: WorkspaceActivity): { runId: string; label: string }[] {
  const links: { runId: string; label: string }[] = [];
  if (entry.runId) links.push({ runId: entry.runId, label: 'from run' });
  const triggered = entry.detail.triggeredRunId;
  if (entry.kind === 'trigger' && typeof triggered === 'string') links.push({ runId: triggered, label: 'started run' });
  return links;
}

/** For a GraphQL request whose summary names no operation: "mutation createNote", read from its query. */
export function requestHint(entry: WorkspaceActivity): string | null {
  if (entry.kind !== 'request' || typeof entry.detail.query !== 'string' || entry.detail.operationName) return null;
  const match = /^\s*(query|mutation|subscription)?[^{]*\{\s*(\w+)/.exec(entry.detail.query);
  return match ? `${match[1] ?? 'query'} ${match[2]}` : null;
}
