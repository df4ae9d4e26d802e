import { createContext, useContext, type ReactNode } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { Studio } from './studio';

const StudioContext = createContext<Studio | null>(null);

export function StudioProvider({ studio, children }: { studio: Studio; children: ReactNode }) {
  return <StudioContext.Provider value={studio}>{children}</StudioContext.Provider>;
}

export function useStudio(): Studio {
  const studio = useContext(StudioContext);
  if (!studio) throw new Error('useStudio must be used inside <StudioProvider>');
  return studio;
}

type StateOf<S> = S extends StoreApi<infer T> ? T : never;
type StoreKey = 'project' | 'editor' | 'layout' | 'console' | 'tasks' | 'build' | 'runs' | 'history' | 'debug';

/** Reads one slice of one store; the component re-renders only when that slice changes. */
export function useStudioStore<K extends StoreKey, U>(key: K, selector: (state: StateOf<Studio[K]>) => U): U {
  // The key picks the store and its state type together; zustand's generics cannot follow that link.
  const store = useStudio()[key] as unknown as StoreApi<unknown>;
  return useStore(store, selector as (state: unknown) => U);
}
