import { useMemo } from 'react';
import { Icon } from '../../app/icons';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { explorerGroups } from '../explorer/explorer-groups';
import { ReleaseButtons } from '../package/release-buttons';
import { WorkspaceButton } from '../workspace/workspace-window';

const modifier = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function TopBar() {
  const studio = useStudio();
  const model = useStudioStore('project', (state) => state.model);
  const displayName = useMemo(() => (model ? explorerGroups(model).application.displayName : null), [model]);
  return (
    <header className="top-bar" data-testid="top-bar">
      <span className="brand">Twenty App Studio</span>
      {model && (
        <div className="top-bar-app">
          <span className="app-name" data-testid="app-name">
            {displayName}
          </span>
          {model.version && <span className="app-version">v{model.version}</span>}
          <span className="app-path" data-testid="app-path" title={model.appDir}>
            {model.appDir}
          </span>
        </div>
      )}
      <span className="toolbar-spacer" />
      <WorkspaceButton />
      <ReleaseButtons />
      <button
        type="button"
        className="button"
        onClick={() => studio.layout.getState().openDialog('open-app')}
        data-testid="open-app-button"
        title={`Open an app (${modifier}O)`}
      >
        <Icon name="folderOpen" />
        Open…
      </button>
    </header>
  );
}
