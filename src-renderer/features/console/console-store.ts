import { createStore } from 'zustand/vanilla';
import type { ConsoleEntry } from '../../../src-shared/contract';
import type { ConsoleFilter } from '../../console/console-format';
import { ConsoleRing, entryLines, type ConsoleLine } from '../../console/console-ring';

/** Lines kept for re-rendering when the filter changes; the terminal's own scrollback is smaller. */
export const consoleRingCapacity = 100_000;

export interface ConsoleState {
  filter: string;
  /** Only this function's (or task's) lines; null: everyone's. */
  labelFilter: string | null;
  levelFilter: ConsoleLine['level'] | null;
  /** Every label seen since the console was last cleared, in order of appearance, for the function filter. */
  labels: string[];
  followTail: boolean;
  /** Increases when the kept output must be drawn again from scratch (clear, new filter). */
  generation: number;
  /** Lines received since the console tab was last shown, for the tab's badge. */
  unseen: number;
  /** The console tab is on screen: new lines are seen as they arrive (no badge, no store update per batch). */
  visible: boolean;
  setVisible(visible: boolean): void;
  /** Earlier lines no longer in the terminal (past its scrollback): the console says so and offers the full log. */
  dropped: number;
  setDropped(count: number): void;
  setFilter(filter: string): void;
  setLabelFilter(label: string | null): void;
  setLevelFilter(level: ConsoleLine['level'] | null): void;
  toggleFollowTail(): void;
  clear(): void;
  markSeen(): void;
  append(entries: ConsoleEntry[]): void;
}

export interface ConsoleFeed {
  readonly ring: ConsoleRing;
  /** Called with each appended batch of lines; the terminal view writes them on its next frame. */
  onLines(listener: (lines: ConsoleLine[]) => void): () => void;
}

export type ConsoleStore = ReturnType<typeof createConsoleStore>;

/**
 * Output lives outside React state: a batch of thousands of lines must not re-render anything,
 * it goes straight to the terminal. The store holds only what the toolbar shows.
 */
export function createConsoleStore(capacity = consoleRingCapacity) {
  const ring = new ConsoleRing(capacity);
  const listeners = new Set<(lines: ConsoleLine[]) => void>();
  const feed: ConsoleFeed = {
    ring,
    onLines: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  const store = createStore<ConsoleState>()((set, get) => ({
    filter: '',
    labelFilter: null,
    levelFilter: null,
    labels: [],
    followTail: true,
    generation: 0,
    unseen: 0,
    visible: false,
    setVisible: (visible) => {
      if (visible !== get().visible) set(visible ? { visible, unseen: 0 } : { visible });
    },
    dropped: 0,
    setDropped: (dropped) => {
      if (dropped !== get().dropped) set({ dropped });
    },
    setFilter: (filter) => set({ filter, generation: get().generation + 1 }),
    setLabelFilter: (labelFilter) => set({ labelFilter, generation: get().generation + 1 }),
    setLevelFilter: (levelFilter) => set({ levelFilter, generation: get().generation + 1 }),
    toggleFollowTail: () => set({ followTail: !get().followTail }),
    clear: () => {
      ring.clear();
      set({ generation: get().generation + 1, unseen: 0, dropped: 0, labels: get().labelFilter ? [get().labelFilter!] : [] });
    },
    markSeen: () => set({ unseen: 0 }),
    append: (entries) => {
      const lines = entries.flatMap(entryLines);
      if (lines.length === 0) return;
      for (const line of lines) ring.push(line);
      for (const listener of listeners) listener(lines);
      // Labels change rarely: a new array only when a new one shows up, so the toolbar does not re-render per batch.
      const known = get().labels;
      const fresh: string[] = [];
      for (const entry of entries) if (!known.includes(entry.label) && !fresh.includes(entry.label)) fresh.push(entry.label);
      // While the console shows, a batch changes nothing the toolbar or the tabs draw: no update, no render.
      const unseen = get().visible ? 0 : get().unseen + lines.length;
      if (fresh.length > 0) set({ unseen, labels: [...known, ...fresh] });
      else if (unseen !== get().unseen) set({ unseen });
    },
  }));
  return Object.assign(store, { feed });
}

export function consoleFilterOf(state: Pick<ConsoleState, 'filter' | 'labelFilter' | 'levelFilter'>): ConsoleFilter {
  return { text: state.filter, label: state.labelFilter, level: state.levelFilter };
}
