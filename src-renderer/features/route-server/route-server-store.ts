import { createStore } from 'zustand/vanilla';
import type { RouteServerState, StudioApi } from '../../../src-shared/contract';
import { describeError } from '../../api/studio-error';

export interface RouteServerViewState {
  /** Null until the first status answer. */
  server: RouteServerState | null;
  /** A start or stop in flight. */
  busy: boolean;
  /** Why the last start/stop/status call failed. */
  error: string | null;
  refresh(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Accept requests from other hosts and origins (a webhook tunnel); starts the server if stopped. */
  setAcceptExternalCallers(accept: boolean): Promise<void>;
  /** The core's `routes.server` event. */
  update(state: RouteServerState): void;
}

export type RouteServerStore = ReturnType<typeof createRouteServerStore>;

/** The local route server's state (`routes.server.*`), kept current by the `routes.server` event. */
export function createRouteServerStore(api: StudioApi) {
  return createStore<RouteServerViewState>()((set) => {
    const act = async (call: () => Promise<RouteServerState>) => {
      set({ busy: true, error: null });
      try {
        set({ server: await call(), busy: false });
      } catch (error) {
        set({ busy: false, error: describeError(error) });
      }
    };
    return {
      server: null,
      busy: false,
      error: null,
      refresh: () => act(() => api.call('routes.server.status', {})),
      start: () => act(() => api.call('routes.server.start', {})),
      stop: () => act(() => api.call('routes.server.stop', {})),
      setAcceptExternalCallers: (accept) => act(() => api.call('routes.server.start', { acceptExternalCallers: accept })),
      update: (server) => set({ server, error: server.error ?? null }),
    };
  });
}
