import { Icon } from '../../app/icons';
import { useStudio, useStudioStore } from '../../app/studio-context';

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function EditorTab({ path }: { path: string }) {
  const studio = useStudio();
  const active = useStudioStore('editor', (state) => state.activeTab === path);
  const dirty = useStudioStore('editor', (state) => state.buffers[path]?.dirty ?? false);
  const error = useStudioStore('editor', (state) => state.buffers[path]?.error ?? null);
  const conflicted = useStudioStore('editor', (state) => Boolean(state.conflicts[path]));
  const editor = studio.editor.getState();
  return (
    <div
      role="tab"
      aria-selected={active}
      className="editor-tab"
      data-testid="editor-tab"
      data-path={path}
      data-active={active}
      data-dirty={dirty}
      data-conflict={conflicted}
      title={error ? `${path}\n${error}` : path}
      onClick={() => editor.activate(path)}
      onMouseDown={(event) => {
        // Middle click closes, as in every tabbed editor; preventDefault stops the autoscroll cursor.
        if (event.button === 1) {
          event.preventDefault();
          editor.closeTab(path);
        }
      }}
    >
      <span className="editor-tab-name">{fileName(path)}</span>
      {conflicted && <span className="badge warning-badge">conflict</span>}
      <button
        type="button"
        className={`editor-tab-close ${dirty ? 'is-dirty' : ''}`}
        aria-label={dirty ? `Close ${path} (unsaved)` : `Close ${path}`}
        data-testid="editor-tab-close"
        onClick={(event) => {
          event.stopPropagation();
          editor.closeTab(path);
        }}
      >
        <span className="dirty-dot" data-testid="dirty-dot" />
        <Icon name="close" />
      </button>
    </div>
  );
}

export function EditorTabs() {
  const tabs = useStudioStore('editor', (state) => state.tabs);
  return (
    <div className="editor-tabs" role="tablist" data-testid="editor-tabs">
      {tabs.map((path) => (
        <EditorTab key={path} path={path} />
      ))}
    </div>
  );
}
