import type { StudioApi, WorkspaceActivity } from '../../../src-shared/contract';
import { createActivityStore } from './activity-store';
import { animationFrameScheduler, FrameBatcher, type FrameScheduler } from './frame-batcher';
import { createServicesStore } from './services-store';
import { createWorkspaceStore, type WorkspaceTab } from './workspace-store';

/**
 * The Workspace window's stores with the core's two workspace events wired: the status, and the
 * activity timeline (whose database events also tell the Records tab which tables changed).
 */
export function createWorkspaceStores(api: StudioApi, scheduler: FrameScheduler = animationFrameScheduler) {
  const window = createWorkspaceStore(api);
  const activity = createActivityStore(api);
  const services = createServicesStore(api);
  // The core sends a message per 50 ms of activity; a stream of database events brings several per
  // frame. What arrives within a frame is appended, and followed, once (one render of the tab).
  const incoming = new FrameBatcher<WorkspaceActivity>((entries) => {
    activity.getState().append(entries);
    const changed = new Set<string>();
    let kv = false;
    let job = false;
    let connection = false;
    for (const entry of entries) {
      if (entry.kind === 'event' && typeof entry.detail.object === 'string') changed.add(entry.detail.object);
      else if (entry.kind === 'kv') kv = true;
      else if (entry.kind === 'job') job = true;
      else if (entry.kind === 'connection') connection = true;
    }
    if (changed.size > 0) window.getState().recordsChanged(changed);
    if (kv && window.getState().kv) void window.getState().loadKv();
    if (job) services.getState().jobsChanged();
    if (connection && services.getState().connections) void services.getState().loadConnections();
  }, scheduler);
  const unsubscribers = [
    api.on('workspace.status', (status) => window.getState().statusChanged(status)),
    api.on('workspace.activity', ({ entries }) => incoming.push(entries)),
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
      incoming.drop();
      window.getState().reset();
      activity.getState().reset();
      services.getState().reset();
      if (window.getState().open) void activity.getState().loadBacklog();
    },
    dispose: (): void => {
      incoming.drop();
      for (const unsubscribe of unsubscribers) unsubscribe();
    },
  };
}

export type WorkspaceStores = ReturnType<typeof createWorkspaceStores>;
