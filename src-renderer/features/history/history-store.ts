import { createStore } from 'zustand/vanilla';
import type { RunSummary, StudioApi } from '../../../src-shared/contract';
import { describeError } from '../../api/studio-error';

export interface HistoryFilter {
  universalIdentifier: string | null;
  status: RunSummary['status'] | null;
}

export interface HistoryState {
  filter: HistoryFilter;
  runs: RunSummary[];
  loading: boolean;
  error: string | null;
  setFilter(filter: Partial<HistoryFilter>): Promise<void>;
  refresh(): Promise<void>;
  reset(): void;
}

export type HistoryStore = ReturnType<typeof createHistoryStore>;

const noFilter: HistoryFilter = { universalIdentifier: null, status: null };

/** The app's past runs as run.history lists them (the core keeps them across restarts), filtered by the core. */
export function createHistoryStore(api: StudioApi) {
  let requestSeq = 0;
  return createStore<HistoryState>()((set, get) => ({
    filter: noFilter,
    runs: [],
    loading: false,
    error: null,
    setFilter: async (filter) => {
      set({ filter: { ...get().filter, ...filter } });
      await get().refresh();
    },
    refresh: async () => {
      const seq = ++requestSeq;
      const { universalIdentifier, status } = get().filter;
      set({ loading: true });
      try {
        const { runs } = await api.call('run.history', {
          ...(universalIdentifier ? { universalIdentifier } : {}),
          ...(status ? { status } : {}),
        });
        // Answers can cross when filters change quickly: only the last request's answer counts.
        if (seq === requestSeq) set({ runs, loading: false, error: null });
      } catch (error) {
        if (seq === requestSeq) set({ loading: false, error: describeError(error) });
      }
    },
    reset: () => set({ filter: noFilter, runs: [], loading: false, error: null }),
  }));
}
