import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { Icon } from '../../app/icons';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { CallTimeline } from './call-timeline';
import { RunWorkspaceTrail, workspaceTrailOf } from './run-workspace-trail';
import { formatDuration, localTime, useElapsed } from './elapsed-time';
import { httpResponseOf } from './http-response-data';
import { HttpResponseView } from './http-response-view';
import { JsonTree } from './json-tree';
import { LogicLayerFacts } from './logic-layer-facts';
import { RunErrorView } from './run-error-view';
import { RunStatusBadge } from './run-status';
import type { RunView } from './run-store';

/** Lines of a past run's log drawn here; the console and the run record keep more. */
const logPreviewLines = 2000;

/** How many lines `logs` holds (each ends with a line break) and its last `keep` of them. */
export function logTail(logs: string, keep: number): { lines: number; tail: string } {
  let lines = 0;
  for (let at = logs.indexOf('\n'); at !== -1; at = logs.indexOf('\n', at + 1)) lines += 1;
  if (logs.length > 0 && !logs.endsWith('\n')) lines += 1;
  let start = logs.length;
  for (let kept = 0; kept < keep && start > 0; kept += 1) start = logs.lastIndexOf('\n', start - 2) + 1;
  return { lines, tail: logs.slice(start).replace(/\n$/, '') };
}

function Section({ title, detail, open = true, testId, children }: { title: string; detail?: ReactNode; open?: boolean; testId?: string; children: ReactNode }) {
  return (
    <details className="run-section" open={open} data-testid={testId}>
      <summary>
        <span className="run-section-title">{title}</span>
        {detail !== undefined && <span className="muted run-section-detail">{detail}</span>}
      </summary>
      <div className="run-section-body">{children}</div>
    </details>
  );
}

/** What the run read and changed in the Local workspace (nothing shown when it did neither). */
function RunWorkspaceSection({ runId }: { runId: string }) {
  const studio = useStudio();
  // A string, so that the pane re-renders only when the counts change, not on every activity batch.
  const counts = useStore(studio.workspace.activity, (state) => {
    const trail = workspaceTrailOf(state.entries, runId);
    return `${trail.changes.length}:${trail.reads.length}`;
  });
  const [changes, reads] = counts.split(':').map(Number) as [number, number];
  if (changes === 0 && reads === 0) return null;
  return (
    <Section title="Workspace" detail={`${changes} changed · ${reads} read`} testId="run-workspace-section">
      <RunWorkspaceTrail runId={runId} />
    </Section>
  );
}

/** The clock while the run goes, its duration once it ended: alone it re-renders every tick, not the whole facts row. */
function RunDuration({ run }: { run: RunView }) {
  const running = run.result === null;
  const elapsed = useElapsed(run.startedAt, running);
  return (
    <span className="run-duration" data-testid="run-duration" title={running ? 'Elapsed' : 'Duration of the handler call'}>
      {formatDuration(run.result ? run.result.duration : elapsed)}
    </span>
  );
}

function RunFacts({ run }: { run: RunView }) {
  const result = run.result;
  const startedTitle = useMemo(() => `Started ${localTime(run.startedAt)} (${run.origin})`, [run.startedAt, run.origin]);
  return (
    <div className="run-facts">
      <RunStatusBadge status={result?.status ?? 'RUNNING'} testId="run-status" />
      <RunDuration run={run} />
      {result?.nodeVersion && (
        <span className="muted" data-testid="run-node-version">
          Node {result.nodeVersion.replace(/^v/, '')}
        </span>
      )}
      {run.content?.source === 'buffer' && (
        <span className="run-content-badge" data-testid="run-content" title={`Built from unsaved editor buffers: ${run.content.buffers.map((buffer) => `${buffer.path} (${buffer.version.slice(0, 8)})`).join(', ')}; bundle ${run.content.bundleHash ?? '?'}`}>
          unsaved edits
        </span>
      )}
      {run.content?.source === 'disk' && (
        <span className="muted" data-testid="run-content" title={`Built from the files on disk; bundle ${run.content.bundleHash ?? '?'}`}>
          saved files
        </span>
      )}
      {run.debug && (
        <span className="run-debugged" data-testid="run-debugged" title="Run under the debugger">
          debugged
        </span>
      )}
      <span className="muted run-id" title={startedTitle}>
        {run.runId}
      </span>
    </div>
  );
}

function RunActions({ run }: { run: RunView }) {
  const studio = useStudio();
  const runs = studio.runs.getState();
  if (run.result === null) {
    return (
      <button type="button" className="button danger" data-testid="run-cancel" onClick={() => void runs.cancel(run.runId)}>
        <Icon name="stop" /> Cancel
      </button>
    );
  }
  return (
    <>
      <button
        type="button"
        className="button"
        data-testid="run-again"
        title="Run again with the same payload"
        onClick={() => void runs.run(run.universalIdentifier, run.functionName, run.payload ?? {})}
      >
        <Icon name="play" /> Run again
      </button>
      <button
        type="button"
        className="icon-button"
        data-testid="run-again-edited"
        title="Run again with an edited payload…"
        onClick={() => void runs.editPayload(run.universalIdentifier, run.functionName, { value: run.payload })}
      >
        <Icon name="edit" />
      </button>
    </>
  );
}

function RunBody({ run }: { run: RunView }) {
  const result = run.result;
  const body = useRef<HTMLDivElement>(null);
  // A run just ended: its result or error sit at the top, where a scroll left while it ran would
  // hide them. Set on the next frame, when the page lays out anyway (setting it now would force a
  // layout of the whole window in the middle of an output flood). A new run gets a new body (key).
  const ended = result !== null;
  useEffect(() => {
    if (!ended) return;
    const frame = requestAnimationFrame(() => {
      if (body.current) body.current.scrollTop = 0;
    });
    return () => cancelAnimationFrame(frame);
  }, [ended]);
  const response = result?.status === 'SUCCESS' ? httpResponseOf(result.data) : null;
  // A record keeps up to its cap of logs (200 000 lines is common): counted and cut once per run,
  // without splitting the whole text (that alone is a long task in a flood).
  const log = useMemo(() => logTail(result?.logs ?? '', logPreviewLines), [result?.logs]);
  // run.finished carries the end of a long log: the lines before it count too.
  const logLines = log.lines + (result?.logsOmitted?.lines ?? 0);
  return (
    <div className="run-body" ref={body}>
      {result?.stale && (
        <div className="notice warning" data-testid="run-stale-warning">
          This run used an older bundle: the last build of this function failed (see Problems).
        </div>
      )}
      <LogicLayerFacts run={run} />
      {result?.error && <RunErrorView error={result.error} />}
      {result?.status === 'SUCCESS' &&
        (response ? (
          <Section title="Response" detail="returned a Response" testId="run-result">
            <HttpResponseView response={response} />
          </Section>
        ) : (
          <Section title="Data" testId="run-result">
            {result.data === null || result.data === undefined ? <span className="muted">null (the handler returned nothing)</span> : <JsonTree value={result.data} testId="run-data" />}
          </Section>
        ))}
      <RunWorkspaceSection runId={run.runId} />
      {result && result.calls.length > 0 && (
        <Section title="Outgoing calls" detail={result.calls.length} testId="run-calls-section">
          <CallTimeline calls={result.calls} runDuration={result.duration} />
        </Section>
      )}
      <Section title="Payload" open={result === null || result.status === 'ERROR'} testId="run-payload">
        {run.payload === undefined ? <span className="muted">The last payload used, or a sample for the trigger.</span> : <JsonTree value={run.payload} />}
      </Section>
      {logLines > 0 && (
        <Section title="Logs" detail={logLines === 1 ? '1 line' : `${logLines} lines`} open={false} testId="run-logs">
          <pre className="run-pre">{log.tail}</pre>
        </Section>
      )}
    </div>
  );
}

/**
 * The run beside the console: its state while it runs (with Cancel), then its result, error and
 * calls. Output stays in the console next to it, where it streamed.
 */
export function RunPanel() {
  const studio = useStudio();
  const run = useStudioStore('runs', (state) => state.shown);
  const error = useStudioStore('runs', (state) => state.error);
  if (!run && !error) return null;
  return (
    <section className="run-panel" aria-label="Run" data-testid="run-panel" data-run-id={run?.runId} data-status={run ? (run.result?.status ?? 'RUNNING') : undefined}>
      <header className="run-header">
        <span className="run-function" data-testid="run-function">
          {run?.functionName ?? 'Run'}
        </span>
        <span className="toolbar-spacer" />
        {run && <RunActions run={run} />}
        <button type="button" className="icon-button" title="Close" data-testid="run-panel-close" onClick={() => studio.runs.getState().close()}>
          <Icon name="close" />
        </button>
      </header>
      {run && <RunFacts run={run} />}
      {error && (
        <div className="notice error" data-testid="run-start-error">
          {error}
        </div>
      )}
      {run && <RunBody key={run.runId} run={run} />}
    </section>
  );
}
