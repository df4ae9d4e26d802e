import { createStore } from 'zustand/vanilla';

export type ReleaseViewName = 'install' | 'package';

export interface ReleaseViewState {
  /** The release panel covering the editor, if any. */
  view: ReleaseViewName | null;
  show(view: ReleaseViewName): void;
  close(): void;
}

export type ReleaseViewStore = ReturnType<typeof createReleaseViewStore>;

export function createReleaseViewStore() {
  return createStore<ReleaseViewState>()((set) => ({
    view: null,
    show: (view) => set({ view }),
    close: () => set({ view: null }),
  }));
}
