import type { StudioApi } from '../../../src-shared/contract';
import { createActivityStore } from './activity-store';
import { createServicesStore } from './services-store';
import { createWorkspaceStore, type WorkspaceTab } from './workspace-store';

/**
 * The Workspace window's stores with the core's two workspace events wired: the status, and the
 * activity timeline (whose database events also tell the Records tab which tables changed).
 */
export function createWorkspaceStores(api: StudioApi) {
  const window = createWorkspaceStore(api);
  const activity = createActivityStore(api);
  const services = createServicesStore(api);
  const unsubscribers = [
    api.on('workspace.status', (status) => window.getState().statusChanged(status)),
    api.on('workspace.activity', ({ entries }) => {
      activity.getState().append(entries);
      const changed = new Set<string>();
      for (const entry of entries) if (entry.kind === 'event' && typeof entry.detail.object === 'string') changed.add(entry.detail.object);
      if (changed.size > 0) window.getState().recordsChanged(changed);
      if (entries.some((entry) => entry.kind === 'kv') && window.getState().kv) void window.getState().loadKv();
      if (entries.some((entry) => entry.kind === 'job')) services.getState().jobsChanged();
      if (entries.some((entry) => entry.kind === 'connection') && services.getState().connections) void services.getState().loadConnections();
    }),
  ];
  return {
    window,
    activity,
    services,
    /** Opens the window (on a tab) and catches up with what happened while it was closed. */
    show: (tab?: WorkspaceTab): void => {
      window.getState().show(tab);
      void activity.getState().loadBacklog();
    },
    toggle: (): void => {
      if (window.getState().open) window.getState().close();
      else {
        window.getState().show();
        void activity.getState().loadBacklog();
      }
    },
    /** Another app is open: its workspace is another one. */
    reset: (): void => {
      window.getState().reset();
      activity.getState().reset();
      services.getState().reset();
      if (window.getState().open) void activity.getState().loadBacklog();
    },
    dispose: (): void => {
      for (const unsubscribe of unsubscribers) unsubscribe();
    },
  };
}

export type WorkspaceStores = ReturnType<typeof createWorkspaceStores>;
