import { useEffect, useMemo } from 'react';
import type { RunSummary } from '../../../src-shared/contract';
import { describeError } from '../../api/studio-error';
import { Icon } from '../../app/icons';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { formatDuration } from '../run/elapsed-time';
import { RunStatusBadge } from '../run/run-status';
import { runnableFunctions } from '../run/runnable-functions';

function formatStartedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const sameDay = date.toDateString() === new Date().toDateString();
  return sameDay ? date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' }) : date.toLocaleString([], { dateStyle: 'short', timeStyle: 'short' });
}

function HistoryRow({ run }: { run: RunSummary }) {
  const studio = useStudio();
  const shown = useStudioStore('runs', (state) => state.shown?.runId === run.runId);
  const runs = studio.runs.getState();
  // The summary has no payload: "run again" reads the record, so the payload is exactly the one used.
  const withRecord = async (action: (payload: unknown) => Promise<void>) => {
    try {
      // A finished run the window already holds (from run.finished) has the payload run.get would give.
      const known = studio.runs.getState().known[run.runId];
      const record = known?.result ? known : await studio.api.call('run.get', { runId: run.runId });
      await action(record.payload);
    } catch (error) {
      await runs.open(run.runId).catch(() => undefined);
      console.warn('studio: could not read the run', describeError(error));
    }
  };
  return (
    <div className="history-row" role="listitem" data-testid="history-row" data-run-id={run.runId} data-status={run.status} data-function={run.functionName} aria-current={shown}>
      <button type="button" className="history-open" title="Open this run" onClick={() => void runs.open(run.runId)}>
        <RunStatusBadge status={run.status} />
        <span className="history-function">{run.functionName}</span>
        <span className="history-time muted">{formatStartedAt(run.startedAt)}</span>
        <span className="history-duration muted">{run.duration === null ? '' : formatDuration(run.duration)}</span>
        <span className="history-origin muted">{run.origin}</span>
        {run.debug && (
          <span className="history-debug" data-testid="history-debug" title="Run under the debugger">
            <Icon name="bug" />
          </span>
        )}
      </button>
      <button
        type="button"
        className="icon-button"
        title="Run again with the same payload"
        data-testid="history-run-again"
        onClick={() => void withRecord((payload) => runs.run(run.universalIdentifier, run.functionName, payload ?? {}).then(() => undefined))}
      >
        <Icon name="play" />
      </button>
      <button
        type="button"
        className="icon-button"
        title="Run again with an edited payload…"
        data-testid="history-run-again-edited"
        onClick={() => void withRecord((payload) => runs.editPayload(run.universalIdentifier, run.functionName, { value: payload }))}
      >
        <Icon name="edit" />
      </button>
    </div>
  );
}

/** The app's past runs, newest first, filtered by function and status; a click opens one in the run pane. */
export function HistoryPanel() {
  const studio = useStudio();
  const model = useStudioStore('project', (state) => state.model);
  const functions = useMemo(() => runnableFunctions(model).sort((a, b) => a.name.localeCompare(b.name)), [model]);
  const filter = useStudioStore('history', (state) => state.filter);
  const runs = useStudioStore('history', (state) => state.runs);
  const error = useStudioStore('history', (state) => state.error);
  const loading = useStudioStore('history', (state) => state.loading);
  const history = studio.history.getState();

  useEffect(() => {
    void studio.history.getState().refresh();
  }, [studio]);

  return (
    <div className="history-panel" data-testid="history-panel">
      <div className="panel-toolbar">
        <select
          className="toolbar-select"
          aria-label="Filter by function"
          data-testid="history-filter-function"
          value={filter.universalIdentifier ?? ''}
          onChange={(event) => void history.setFilter({ universalIdentifier: event.target.value || null })}
        >
          <option value="">All functions</option>
          {functions.map((fn) => (
            <option key={fn.universalIdentifier} value={fn.universalIdentifier}>
              {fn.name}
            </option>
          ))}
        </select>
        <select
          className="toolbar-select"
          aria-label="Filter by status"
          data-testid="history-filter-status"
          value={filter.status ?? ''}
          onChange={(event) => void history.setFilter({ status: (event.target.value || null) as RunSummary['status'] | null })}
        >
          <option value="">Any status</option>
          <option value="SUCCESS">SUCCESS</option>
          <option value="ERROR">ERROR</option>
          <option value="RUNNING">RUNNING</option>
        </select>
        <span className="toolbar-spacer" />
        {loading && <span className="spinner muted" aria-label="Loading" />}
        <button type="button" className="icon-button" title="Refresh" data-testid="history-refresh" onClick={() => void history.refresh()}>
          <Icon name="refresh" />
        </button>
      </div>
      {error && <div className="notice error">{error}</div>}
      <div className="history-list" role="list">
        {runs.length === 0 && !error && (
          <p className="muted history-empty" data-testid="history-empty">
            {filter.universalIdentifier || filter.status ? 'No run matches these filters.' : 'No runs yet: press Run on a function.'}
          </p>
        )}
        {runs.map((run) => (
          <HistoryRow key={run.runId} run={run} />
        ))}
      </div>
    </div>
  );
}
