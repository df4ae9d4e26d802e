import type { ProjectModel, StudioApi } from '../../src-shared/contract';
import type { StudioConnection } from '../api/studio-api';
import { createConsoleStore } from '../features/console/console-store';
import { createTaskStore } from '../features/console/task-store';
import { createEditorStore } from '../features/editor/editor-store';
import { createLayoutStore } from '../features/layout/layout-store';
import { createProjectStore } from '../features/project/project-store';
import { startSessionSync } from '../features/session/session-sync';

/**
 * Every store of the window, wired to the core's events. Built once at start-up (and once per test
 * against the fake api), handed to components through React context.
 */
export function createStudio(api: StudioApi, connection: StudioConnection) {
  const project = createProjectStore();
  const editor = createEditorStore(api);
  const layout = createLayoutStore();
  const consoleStore = createConsoleStore();
  const tasks = createTaskStore();
  const session = startSessionSync(api, layout, editor);

  /** Loads the window's state for the app now open: its session (layout, tabs, unsaved buffers). */
  const adoptApp = async (model: ProjectModel | null): Promise<void> => {
    session.pause();
    editor.getState().reset();
    project.getState().setModel(model);
    if (!model) return;
    try {
      const saved = await api.call('session.get', {});
      layout.getState().restore(saved.layout);
      await editor.getState().restoreSession(saved);
    } catch (error) {
      console.warn('studio: could not restore the session', error);
    }
    session.resume();
  };

  const onModel = (model: ProjectModel): void => {
    const current = project.getState().model;
    if (current && current.appDir !== model.appDir) void adoptApp(model);
    else project.getState().setModel(model);
  };

  const unsubscribers = [
    api.on('project.model', onModel),
    api.on('file.changed', ({ changes }) => editor.getState().handleFileChanges(changes)),
    api.on('console.batch', ({ entries }) => consoleStore.getState().append(entries)),
    api.on('task.state', (task) => tasks.getState().update(task)),
    // After a reconnect the core may have moved on (edits, another app): catch up.
    connection.onConnectionState((state) => {
      if (state === 'open') void api.call('app.current', {}).then((model) => model && onModel(model), () => undefined);
    }),
  ];

  return {
    api,
    connection,
    project,
    editor,
    layout,
    console: consoleStore,
    tasks,
    session,

    start: async (): Promise<void> => {
      let model: ProjectModel | null = null;
      try {
        model = await api.call('app.current', {});
      } catch (error) {
        console.warn('studio: could not load the current app', error);
      }
      await adoptApp(model);
    },

    /** Switches to another app; the current session is written first so nothing typed is lost. */
    openApp: async (appDir: string): Promise<ProjectModel> => {
      await session.flush();
      const model = await api.call('app.open', { appDir });
      await adoptApp(model);
      return model;
    },

    stop: (): void => {
      session.stop();
      for (const unsubscribe of unsubscribers) unsubscribe();
    },
  };
}

export type Studio = ReturnType<typeof createStudio>;
