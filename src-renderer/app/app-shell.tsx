import { lazy, Suspense, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { forwardHeaderVia } from '../features/composer/forward-header';
import { ConnectionBar } from '../features/connection/connection-bar';
import { DebugPane } from '../features/debug/debug-pane';
import { DependencyBanner } from '../features/dependencies/dependency-banner';
import { EditorArea } from '../features/editor/editor-area';
import { ExplorerPanel } from '../features/explorer/explorer-panel';
import { InspectorPanel } from '../features/inspector/inspector-panel';
import { CommandPalette } from '../features/command-palette/command-palette';
import { BottomPanel } from '../features/layout/bottom-panel';
import { fitSidePanels } from '../features/layout/layout-store';
import { Splitter } from '../features/layout/splitter';
import { OpenAppDialog } from '../features/open-app/open-app-dialog';
import { TopBar } from '../features/open-app/top-bar';
import { ReleaseView } from '../features/package/release-view';
import { QuickOpen } from '../features/quick-open/quick-open';
import { PayloadEditorDialog } from '../features/run/payload-editor-dialog';
import { RunSettingsDialog } from '../features/run-settings/run-settings-dialog';
import { ConfigSourceProvider } from '../features/trigger-editor/config-source';
import { createLazyConfigSource } from '../features/trigger-editor/lazy-config-source';
import { PanelTitleAction } from '../features/trigger-editor/panel-title-action';
import { WorkspaceWindow } from '../features/workspace/workspace-window';
import { useColorScheme } from './color-scheme';
import { useAfterStart } from './use-after-start';
import { useKeyboardShortcuts } from './keyboard-shortcuts';
import { StatusBar } from './status-bar';
import { useStudio, useStudioStore } from './studio-context';

// Dialogs whose modules are heavy (the new-entity templates render with TypeScript, the cron tool
// brings cron-parser and luxon): loaded when first opened, not with the window.
const NewFunctionDialog = lazy(() => import('../features/new-function/new-function-dialog').then((module) => ({ default: module.NewFunctionDialog })));
const CronDialog = lazy(() => import('../features/cron-preview/cron-dialog').then((module) => ({ default: module.CronDialog })));

const subscribeToResize = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};

/** The window's width, re-read as it is resized. */
function useWindowWidth(): number {
  return useSyncExternalStore(subscribeToResize, () => window.innerWidth);
}

/** The window: explorer | editor over console/problems | inspector, with the bars around them. */
export function AppShell() {
  const studio = useStudio();
  const scheme = useColorScheme();
  useKeyboardShortcuts(studio);
  const explorerWidth = useStudioStore('layout', (state) => state.explorerWidth);
  const inspectorWidth = useStudioStore('layout', (state) => state.inspectorWidth);
  const consoleHeight = useStudioStore('layout', (state) => state.consoleHeight);
  const bottomPanelOpen = useStudioStore('layout', (state) => state.bottomPanelOpen);
  const dialog = useStudioStore('layout', (state) => state.dialog);
  const triggerDialog = useStore(studio.triggerEditor, (state) => state.dialog);
  // The stored widths are preferences: a narrow window shrinks both side panels so the editor keeps its room.
  const sides = fitSidePanels(explorerWidth, inspectorWidth, useWindowWidth());
  const loading = useStudioStore('project', (state) => state.loading);
  const debugShown = useStudioStore('debug', (state) => state.paneShown);
  const dragStart = useRef({ explorerWidth, inspectorWidth, consoleHeight });
  const shown = useRef(sides);
  shown.current = sides;
  // A drag starts from the width on screen, which a narrow window may have made smaller than the stored one.
  const rememberSizes = () => {
    const { consoleHeight } = studio.layout.getState();
    dragStart.current = { explorerWidth: shown.current.explorer, inspectorWidth: shown.current.inspector, consoleHeight };
  };
  const resize = studio.layout.getState().resize;
  // The trigger form reads and edits function files through Monaco's models (loaded on first use).
  const configSource = useMemo(
    () =>
      createLazyConfigSource(() =>
        import('../features/trigger-editor/monaco-config-source').then((module) => module.createMonacoConfigSource(studio.api, studio.editor)),
      ),
    [studio],
  );
  // The inspector's forms (their chunk holds TypeScript's parser) are fetched once the app is shown and
  // the page idle, as Monaco is: warm for the first selection, never in the way of the first paint.
  const warm = useAfterStart();
  useEffect(() => {
    if (!warm) return;
    void import('../features/trigger-editor/trigger-form').catch(() => undefined);
    void import('../features/entity-form/entity-form').catch(() => undefined);
  }, [warm]);
  // The composer's "forward this header" edits the route's source the way the trigger form does.
  useEffect(() => {
    studio.composer.getState().setForwardHeader(forwardHeaderVia(configSource, studio.project));
    return () => studio.composer.getState().setForwardHeader(null);
  }, [studio, configSource]);

  return (
    <div className="studio" data-theme={scheme} data-testid="studio" data-loading={loading}>
      <TopBar />
      <ConnectionBar />
      <DependencyBanner />
      <div className="workbench">
        <aside className="side-panel" style={{ width: sides.explorer }} aria-label="Explorer" data-testid="explorer-panel">
          <div className="panel-title">
            <span className="panel-title-text">Explorer</span>
            <PanelTitleAction icon="func" label="New function" testId="new-function-button" onClick={() => studio.triggerEditor.getState().openNewFunction()} />
          </div>
          <ExplorerPanel />
        </aside>
        <Splitter
          orientation="vertical"
          testId="splitter-explorer"
          onDragStart={rememberSizes}
          onDrag={(delta) => resize({ explorerWidth: dragStart.current.explorerWidth + delta })}
        />
        <main className="center-column">
          <ReleaseView />
          <EditorArea />
          {bottomPanelOpen && (
            <>
              <Splitter
                orientation="horizontal"
                testId="splitter-console"
                onDragStart={rememberSizes}
                onDrag={(delta) => resize({ consoleHeight: dragStart.current.consoleHeight - delta })}
              />
              <div className="bottom-panel-slot" style={{ height: consoleHeight }}>
                <BottomPanel />
              </div>
            </>
          )}
        </main>
        <Splitter
          orientation="vertical"
          testId="splitter-inspector"
          onDragStart={rememberSizes}
          onDrag={(delta) => resize({ inspectorWidth: dragStart.current.inspectorWidth - delta })}
        />
        <aside className="side-panel" style={{ width: sides.inspector }} aria-label={debugShown ? 'Debug' : 'Inspector'} data-testid="inspector-panel">
          <div className="panel-title side-panel-tabs" role="tablist">
            <button type="button" role="tab" className="side-panel-tab" aria-selected={!debugShown} data-testid="side-tab-inspector" onClick={() => studio.debug.getState().showPane(false)}>
              Inspector
            </button>
            <button type="button" role="tab" className="side-panel-tab" aria-selected={debugShown} data-testid="side-tab-debug" onClick={() => studio.debug.getState().showPane(true)}>
              Debug
            </button>
            <span className="toolbar-spacer" />
            {!debugShown && <PanelTitleAction icon="clock" label="Cron previewer" testId="cron-tool-button" onClick={() => studio.triggerEditor.getState().openCron()} />}
          </div>
          {debugShown ? (
            <DebugPane />
          ) : (
            <ConfigSourceProvider value={configSource}>
              <InspectorPanel />
            </ConfigSourceProvider>
          )}
        </aside>
        <WorkspaceWindow />
      </div>
      <StatusBar />
      {dialog === 'open-app' && <OpenAppDialog />}
      {dialog === 'quick-open' && <QuickOpen />}
      {dialog === 'command-palette' && <CommandPalette />}
      {dialog === 'run-settings' && <RunSettingsDialog />}
      <PayloadEditorDialog />
      {triggerDialog === 'new-function' && (
        <Suspense fallback={null}>
          <NewFunctionDialog />
        </Suspense>
      )}
      {triggerDialog === 'cron' && (
        <Suspense fallback={null}>
          <CronDialog />
        </Suspense>
      )}
    </div>
  );
}
