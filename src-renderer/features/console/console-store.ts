import { createStore } from 'zustand/vanilla';
import type { ConsoleEntry } from '../../../src-shared/contract';
import { ConsoleRing, entryLines, type ConsoleLine } from '../../console/console-ring';

/** Lines kept for re-rendering when the filter changes; the terminal's own scrollback is smaller. */
export const consoleRingCapacity = 100_000;

export interface ConsoleState {
  filter: string;
  followTail: boolean;
  /** Increases when the kept output must be drawn again from scratch (clear, new filter). */
  generation: number;
  /** Lines received since the console tab was last shown, for the tab's badge. */
  unseen: number;
  setFilter(filter: string): void;
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
    followTail: true,
    generation: 0,
    unseen: 0,
    setFilter: (filter) => set({ filter, generation: get().generation + 1 }),
    toggleFollowTail: () => set({ followTail: !get().followTail }),
    clear: () => {
      ring.clear();
      set({ generation: get().generation + 1, unseen: 0 });
    },
    markSeen: () => set({ unseen: 0 }),
    append: (entries) => {
      const lines = entries.flatMap(entryLines);
      if (lines.length === 0) return;
      for (const line of lines) ring.push(line);
      for (const listener of listeners) listener(lines);
      set({ unseen: get().unseen + lines.length });
    },
  }));
  return Object.assign(store, { feed });
}
