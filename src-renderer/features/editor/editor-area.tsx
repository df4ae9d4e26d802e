import { lazy, Suspense } from 'react';
import { useStudioStore } from '../../app/studio-context';
import { useAfterStart } from '../../app/use-after-start';
import { ClosePrompt } from './close-prompt';
import { ConflictPrompt } from './conflict-prompt';
import { EditorTabs } from './editor-tabs';

// Monaco (megabytes of script) is its own chunk, loaded after the first paint: the window's frame
// and the explorer never wait on it (studio_open_ms in bench/studio-open.bench.mjs).
const CodeEditor = lazy(() => import('./code-editor').then((module) => ({ default: module.CodeEditor })));
const DiffView = lazy(() => import('./diff-view').then((module) => ({ default: module.DiffView })));

function EmptyEditor() {
  return (
    <div className="editor-empty" data-testid="editor-empty">
      <p>Open a file from the explorer</p>
      <dl className="shortcut-list">
        <dt>Quick open</dt>
        <dd><kbd>Ctrl</kbd> <kbd>P</kbd></dd>
        <dt>Open an app</dt>
        <dd><kbd>Ctrl</kbd> <kbd>O</kbd></dd>
        <dt>Save</dt>
        <dd><kbd>Ctrl</kbd> <kbd>S</kbd></dd>
        <dt>Toggle the console</dt>
        <dd><kbd>Ctrl</kbd> <kbd>`</kbd></dd>
      </dl>
    </div>
  );
}

export function EditorArea() {
  const activeTab = useStudioStore('editor', (state) => state.activeTab);
  const status = useStudioStore('editor', (state) => (state.activeTab ? state.buffers[state.activeTab]?.status : undefined));
  const loadError = useStudioStore('editor', (state) => (state.activeTab ? state.buffers[state.activeTab]?.error : null));
  const comparing = useStudioStore('editor', (state) => {
    const conflict = state.activeTab ? state.conflicts[state.activeTab] : undefined;
    return conflict?.comparing && conflict.diskContent !== null ? conflict.diskContent : null;
  });
  const showCode = Boolean(activeTab) && status === 'ready' && comparing === null;
  // Mounted when a tab opens, or once the app is shown and the page idle (warm for the first click).
  const editorWanted = useAfterStart(Boolean(activeTab));
  const editorPending = <div className="editor-placeholder">Loading the editor…</div>;
  return (
    <div className="editor-area" data-testid="editor-area">
      <EditorTabs />
      {activeTab && <div className="editor-breadcrumb" data-testid="editor-breadcrumb">{activeTab.split('/').join(' › ')}</div>}
      {activeTab && <ConflictPrompt path={activeTab} />}
      <ClosePrompt />
      {activeTab && status === 'ready' && loadError && <div className="notice error editor-notice">{loadError}</div>}
      <div className="editor-body">
        {/* Kept mounted while hidden: it owns the Monaco services, and re-creating it would lose undo history. */}
        {editorWanted && (
          <Suspense fallback={showCode ? editorPending : null}>
            <CodeEditor hidden={!showCode} />
          </Suspense>
        )}
        {activeTab && comparing !== null && (
          <Suspense fallback={editorPending}>
            <DiffView path={activeTab} diskContent={comparing} />
          </Suspense>
        )}
        {!activeTab && <EmptyEditor />}
        {activeTab && status === 'loading' && <div className="editor-placeholder">Loading {activeTab}…</div>}
        {activeTab && status === 'error' && (
          <div className="editor-placeholder error" data-testid="editor-load-error">
            Could not open {activeTab}: {loadError}
          </div>
        )}
      </div>
    </div>
  );
}
