import type { ProjectModel, StudioApi } from '../../src-shared/contract';
import type { StudioConnection } from '../api/studio-api';
import { createBuildStore } from '../features/build/build-store';
import { installComposerShortcut } from '../features/composer/composer-shortcut';
import { createComposerStore } from '../features/composer/composer-store';
import { createConsoleStore } from '../features/console/console-store';
import { createDebugStore } from '../features/debug/debug-store';
import { createTaskStore } from '../features/console/task-store';
import { createEditorStore } from '../features/editor/editor-store';
import { withUnsavedBuffers } from '../features/editor/unsaved-buffers';
import { createHistoryStore } from '../features/history/history-store';
import { createLayoutStore } from '../features/layout/layout-store';
import { createReleaseStores } from '../features/package/release-stores';
import { createProjectStore } from '../features/project/project-store';
import { createRouteServerStore } from '../features/route-server/route-server-store';
import { createRunStore, resyncRuns } from '../features/run/run-store';
import { startSessionSync } from '../features/session/session-sync';
import { createTriggerEditorStore, followActiveTab } from '../features/trigger-editor/trigger-editor-store';
import { createWorkspaceStores } from '../features/workspace/workspace-stores';

/**
 * Every store of the window, wired to the core's events. Built once at start-up (and once per test
 * against the fake api), handed to components through React context.
 */
export function createStudio(rawApi: StudioApi, connection: StudioConnection) {
  // Every run the window starts builds from the unsaved buffers (or saves them first): see the module.
  const buffered = withUnsavedBuffers(rawApi);
  const api = buffered.api;
  const project = createProjectStore();
  const editor = createEditorStore(api);
  buffered.attach(editor);
  const layout = createLayoutStore();
  const consoleStore = createConsoleStore();
  const tasks = createTaskStore();
  const build = createBuildStore();
  const composer = createComposerStore();
  // A run the user starts or opens comes into view: the run pane beside the console (where its
  // output streams), or the Run tab when the panel is too narrow for the pane. A run sent from the
  // composer leaves the composer showing while the pane beside it can show the run.
  const runs = createRunStore(api, (reason) => {
    const state = layout.getState();
    if (state.bottomNarrow || reason === 'started') composer.getState().hide();
    if (reason === 'started' || state.bottomNarrow) state.revealRun();
    else if (!state.bottomPanelOpen) state.toggleBottomPanel();
  });
  const history = createHistoryStore(api);
  // A pause opens its file at the line; the debugger's pane takes the right-hand side.
  const debug = createDebugStore(api, (frame) => {
    if (frame.file && frame.kind === 'app' && !frame.file.startsWith('/')) void editor.getState().openFile(frame.file, { line: frame.line, column: frame.column });
  });
  const release = createReleaseStores(api, editor);
  // The history is read from disk by the core: ask again only while someone is looking at it.
  const refreshHistory = (): void => {
    const { bottomPanelOpen, bottomTab } = layout.getState();
    if (bottomPanelOpen && bottomTab === 'history') void history.getState().refresh();
  };
  const session = startSessionSync(api, layout, editor);
  const routeServer = createRouteServerStore(api);
  const triggerEditor = createTriggerEditorStore();
  // The Local workspace's window: records, activity, key-value, data (subscribes to workspace.status / workspace.activity).
  const workspace = createWorkspaceStores(api);

  /** Loads the window's state for the app now open: its session (layout, tabs, unsaved buffers). */
  const adoptApp = async (model: ProjectModel | null): Promise<void> => {
    session.pause();
    editor.getState().reset();
    release.reset();
    runs.getState().reset();
    history.getState().reset();
    debug.getState().reset();
    composer.getState().reset();
    workspace.reset();
    build.getState().setBuild(null);
    project.getState().setModel(model);
    if (!model) return;
    void debug.getState().load();
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

  let everLost = false;
  const unsubscribers = [
    // Before the shell mounts its own shortcuts, so Ctrl/Cmd+Enter inside the composer sends (see the module).
    installComposerShortcut(composer),
    followActiveTab(editor, project),
    api.on('project.model', onModel),
    api.on('routes.server', (state) => routeServer.getState().update(state)),
    api.on('file.changed', ({ changes }) => editor.getState().handleFileChanges(changes)),
    api.on('console.batch', ({ entries }) => consoleStore.getState().append(entries)),
    api.on('task.state', (task) => tasks.getState().update(task)),
    api.on('build.state', (state) => build.getState().setBuild(state)),
    api.on('debug.session', (session) => debug.getState().sessionChanged(session)),
    api.on('debug.breakpoints', (state) => debug.getState().applyStore(state)),
    api.on('debug.triggered', (state) => debug.getState().applyTriggered(state)),
    api.on('run.started', (event) => {
      runs.getState().started(event);
      refreshHistory();
    }),
    api.on('run.finished', (record) => {
      runs.getState().finished(record);
      refreshHistory();
    }),
    // After a reconnect the core may have moved on (edits, another app): catch up. The first open is
    // not a reconnect: start() asks for the app once (its request waits in the queue until then).
    connection.onConnectionState((state) => {
      if (state === 'reconnecting') everLost = true;
      if (state !== 'open' || !everLost) return;
      void api.call('app.current', {}).then((model) => model && onModel(model), () => undefined);
      void resyncRuns(api, runs).catch(() => undefined);
      void debug.getState().load();
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
    build,
    runs,
    history,
    debug,
    release,
    session,
    composer,
    routeServer,
    triggerEditor,
    workspace,

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
      buffered.detach();
      session.stop();
      release.dispose();
      workspace.dispose();
      for (const unsubscribe of unsubscribers) unsubscribe();
    },
  };
}

export type Studio = ReturnType<typeof createStudio>;
