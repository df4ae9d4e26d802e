import { createStore } from 'zustand/vanilla';
import type { EventPayload } from '../../../src-shared/contract';

export type BuildState = EventPayload<'build.state'>;

export interface BuildStoreState {
  /** The last build of the function bundles (null until the core reports one). */
  build: BuildState | null;
  /** Files whose function runs an older bundle because the last build of it failed. */
  staleFiles: ReadonlySet<string>;
  setBuild(build: BuildState | null): void;
}

export type BuildStore = ReturnType<typeof createBuildStore>;

const none: ReadonlySet<string> = new Set();

export function createBuildStore() {
  return createStore<BuildStoreState>()((set) => ({
    build: null,
    staleFiles: none,
    setBuild: (build) => set({ build, staleFiles: build && build.staleFiles.length > 0 ? new Set(build.staleFiles) : none }),
  }));
}
