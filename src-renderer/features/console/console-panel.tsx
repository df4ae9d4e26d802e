import { useCallback, useRef, useState } from 'react';
import { useColorScheme } from '../../app/color-scheme';
import { Icon } from '../../app/icons';
import { useStudio, useStudioStore } from '../../app/studio-context';
import type { ConsoleLine } from '../../console/console-ring';
import { TerminalView, type TerminalSearch } from '../../console/terminal-view';

export function ConsolePanel() {
  const studio = useStudio();
  const scheme = useColorScheme();
  const filter = useStudioStore('console', (state) => state.filter);
  const followTail = useStudioStore('console', (state) => state.followTail);
  const labels = useStudioStore('console', (state) => state.labels);
  const labelFilter = useStudioStore('console', (state) => state.labelFilter);
  const levelFilter = useStudioStore('console', (state) => state.levelFilter);
  const search = useRef<TerminalSearch | null>(null);
  const [query, setQuery] = useState('');
  const onSearchReady = useCallback((ready: TerminalSearch | null) => {
    search.current = ready;
  }, []);
  const consoleState = studio.console.getState();
  return (
    <div className="console-panel" data-testid="console">
      <div className="panel-toolbar">
        <input
          className="toolbar-input"
          type="text"
          placeholder="Filter output"
          aria-label="Filter output"
          data-testid="console-filter"
          value={filter}
          onChange={(event) => consoleState.setFilter(event.target.value)}
        />
        <select
          className="toolbar-select"
          aria-label="Show the output of"
          data-testid="console-filter-function"
          value={labelFilter ?? ''}
          onChange={(event) => consoleState.setLabelFilter(event.target.value || null)}
        >
          <option value="">All functions</option>
          {labels.map((label) => (
            <option key={label} value={label}>
              {label}
            </option>
          ))}
        </select>
        <select
          className="toolbar-select"
          aria-label="Show the level"
          data-testid="console-filter-level"
          value={levelFilter ?? ''}
          onChange={(event) => consoleState.setLevelFilter((event.target.value || null) as ConsoleLine['level'] | null)}
        >
          <option value="">All levels</option>
          <option value="INFO">INFO (stdout)</option>
          <option value="ERROR">ERROR (stderr)</option>
          <option value="SYSTEM">SYSTEM (studio)</option>
        </select>
        <div className="toolbar-search">
          <Icon name="search" />
          <input
            className="toolbar-input"
            type="search"
            placeholder="Find"
            aria-label="Find in output"
            data-testid="console-search"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              if (event.target.value) search.current?.findNext(event.target.value);
              else search.current?.clear();
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && query) {
                if (event.shiftKey) search.current?.findPrevious(query);
                else search.current?.findNext(query);
              }
            }}
          />
        </div>
        <span className="toolbar-spacer" />
        <button
          type="button"
          className={`icon-button ${followTail ? 'is-on' : ''}`}
          aria-pressed={followTail}
          title={followTail ? 'Following new output' : 'Follow new output'}
          data-testid="console-follow"
          onClick={() => consoleState.toggleFollowTail()}
        >
          <Icon name="arrowDown" />
        </button>
        <button type="button" className="icon-button" title="Clear the console" data-testid="console-clear" onClick={() => consoleState.clear()}>
          <Icon name="trash" />
        </button>
      </div>
      <TerminalView store={studio.console} scheme={scheme} onSearchReady={onSearchReady} />
    </div>
  );
}
