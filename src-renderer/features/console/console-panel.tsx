import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { useColorScheme } from '../../app/color-scheme';
import { Icon } from '../../app/icons';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { useAfterStart } from '../../app/use-after-start';
import { groupDigits } from '../../console/console-format';
import type { ConsoleLine } from '../../console/console-ring';
import { terminalScrollback } from '../../console/terminal-limits';
import type { SearchResults, TerminalSearch } from '../../console/terminal-view';

// xterm is its own chunk, loaded when the console is first shown.
const TerminalView = lazy(() => import('../../console/terminal-view').then((module) => ({ default: module.TerminalView })));
import type { Studio } from '../../app/studio';

/**
 * The full log behind the console's dropped lines: the run pane's run (asked of the core when
 * run.finished brought only its end) or, without one, every line the console still holds. Saved as a file.
 */
async function downloadFullLog(studio: Studio): Promise<void> {
  const runs = studio.runs.getState();
  const run = runs.shown?.result ? runs.shown : Object.values(runs.known).filter((candidate) => candidate.result).pop();
  let text: string;
  let name: string;
  if (run?.result) {
    // The core keeps the whole log of its last runs (the history on disk keeps its first MB).
    text = run.result.logsOmitted ? (await studio.api.call('run.logs', { runId: run.runId })).logs : run.result.logs;
    name = `${run.functionName}-${run.runId}.log`;
  } else {
    text = Array.from(studio.console.feed.ring, (line) => `[${line.label}] ${line.text}\n`).join('');
    name = 'console.log';
  }
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ConsolePanel() {
  const studio = useStudio();
  const scheme = useColorScheme();
  const filter = useStudioStore('console', (state) => state.filter);
  const followTail = useStudioStore('console', (state) => state.followTail);
  const labels = useStudioStore('console', (state) => state.labels);
  const labelFilter = useStudioStore('console', (state) => state.labelFilter);
  const levelFilter = useStudioStore('console', (state) => state.levelFilter);
  const dropped = useStudioStore('console', (state) => state.dropped);
  const search = useRef<TerminalSearch | null>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResults | null>(null);
  const onSearchReady = useCallback((ready: TerminalSearch | null) => {
    search.current = ready;
  }, []);
  const consoleState = studio.console.getState();
  // xterm loads once the app is shown (lines that come first wait in the console's ring, and the terminal draws them).
  const terminalWanted = useAfterStart();
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
              if (event.target.value) {
                // Without a match the addon may not report: "not found" unless it does.
                if (!search.current?.findNext(event.target.value)) setResults({ index: 0, count: 0 });
              } else {
                search.current?.clear();
                setResults(null);
              }
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && query) {
                if (event.shiftKey) search.current?.findPrevious(query);
                else search.current?.findNext(query);
              }
            }}
          />
          {query && results && (
            <span className={`console-search-count ${results.count === 0 ? 'not-found' : 'muted'}`} data-testid="console-search-count" aria-live="polite">
              {results.count === 0 ? 'not found' : `${results.index} of ${results.count}`}
            </span>
          )}
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
      {dropped > 0 && (
        <div className="console-dropped" data-testid="console-dropped">
          {groupDigits(dropped)} earlier lines are not shown: the console keeps the last {groupDigits(terminalScrollback)}.
          <button type="button" className="link" data-testid="console-full-log" onClick={() => void downloadFullLog(studio).catch((error) => console.warn('studio: could not save the full log', error))}>
            Save the full log
          </button>
        </div>
      )}
      {terminalWanted && (
        <Suspense fallback={null}>
          <TerminalView store={studio.console} scheme={scheme} onSearchReady={onSearchReady} onSearchResults={setResults} />
        </Suspense>
      )}
    </div>
  );
}
