import { useEffect, useMemo, useState } from 'react';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { parseJsonText } from '../run/json-text';
import { clockTime } from '../../app/clock-time';
import { JOBS_PAGE_SIZE, jobActions, jobStates, type JobAction, type JobState } from './services-store';
import { useServices } from './use-workspace';
import { WorkspaceNotice, WorkspaceToolbar } from './ws-toolbar';

const actionLabels: Record<JobAction, string> = { runNow: 'Run now', cancel: 'Cancel', retry: 'Retry' };

function when(ms: number | null): string {
  if (ms === null) return '—';
  return clockTime(new Date(ms));
}

/** The app's logic functions (name and universalIdentifier) as the project model has them. */
export function useLogicFunctions(): { universalIdentifier: string; name: string }[] {
  const entities = useStudioStore('project', (state) => state.model?.entities);
  return useMemo(
    () =>
      (entities ?? [])
        .filter((entity) => entity.section === 'logicFunctions' && entity.universalIdentifier)
        .map((entity) => ({ universalIdentifier: entity.universalIdentifier!, name: typeof entity.config?.name === 'string' ? entity.config.name : entity.file }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [entities],
  );
}

/** The job queue of the Local workspace: its jobs by state, their actions, and an enqueue form. */
export function JobsTab() {
  const studio = useStudio();
  const store = studio.workspace.services;
  const jobs = useServices((state) => state.jobs);
  const total = useServices((state) => state.jobsTotal);
  const filter = useServices((state) => state.jobFilter);
  const offset = useServices((state) => state.jobsOffset);
  const error = useServices((state) => state.jobsError);
  const message = useServices((state) => state.jobsMessage);
  const functions = useLogicFunctions();
  const [fn, setFn] = useState('');
  const [payload, setPayload] = useState('{}');
  const [delay, setDelay] = useState('0');

  useEffect(() => {
    void store.getState().loadJobs();
  }, [store]);

  const chosen = fn || functions[0]?.universalIdentifier || '';
  const parsed = payload.trim() === '' ? ({ ok: true, value: {} } as const) : parseJsonText(payload);
  const payloadError = !parsed.ok ? `Line ${parsed.line}, column ${parsed.column}: ${parsed.message}` : parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value) ? 'The payload is a JSON object.' : null;
  const delayValue = Number(delay || '0');
  const delayValid = Number.isInteger(delayValue) && delayValue >= 0;
  const canEnqueue = chosen !== '' && payloadError === null && delayValid;

  const openRun = (runId: string) => {
    studio.workspace.window.getState().close();
    void studio.runs.getState().open(runId);
  };

  return (
    <div className="ws-kv ws-jobs" data-testid="ws-jobs">
      <section className="ws-kv-list" aria-label="Jobs">
        <WorkspaceToolbar title="Jobs" onRefresh={() => void store.getState().loadJobs()} refreshTestId="ws-jobs-refresh">
          <span className="muted" data-testid="ws-jobs-total" data-total={total}>
            {total} {total === 1 ? 'job' : 'jobs'}
          </span>
          {total > JOBS_PAGE_SIZE && (
            <span className="ws-pager" data-testid="ws-jobs-pager">
              <button type="button" className="button" data-testid="ws-jobs-prev" disabled={offset === 0} onClick={() => store.getState().setJobsPage(offset - JOBS_PAGE_SIZE)}>
                ‹ Newer
              </button>
              <span className="muted" data-testid="ws-jobs-range" data-offset={offset}>
                {(offset + 1).toLocaleString('en-US')}–{Math.min(offset + JOBS_PAGE_SIZE, total).toLocaleString('en-US')} of {total.toLocaleString('en-US')}
              </span>
              <button type="button" className="button" data-testid="ws-jobs-next" disabled={offset + JOBS_PAGE_SIZE >= total} onClick={() => store.getState().setJobsPage(offset + JOBS_PAGE_SIZE)}>
                Older ›
              </button>
            </span>
          )}
          <select className="release-select" aria-label="State" data-testid="ws-jobs-filter" value={filter ?? ''} onChange={(event) => store.getState().setJobFilter((event.target.value || null) as JobState | null)}>
            <option value="">All states</option>
            {jobStates.map((state) => (
              <option key={state} value={state}>
                {state}
              </option>
            ))}
          </select>
        </WorkspaceToolbar>
        <WorkspaceNotice error={error} message={message} testId="ws-jobs-message" />
        <div className="ws-table-scroll">
          <table className="ws-table" data-testid="ws-jobs-table">
            <thead>
              <tr>
                {['State', 'Function', 'Job', 'Attempts', 'Enqueued', 'Started', 'Finished', 'Runs', 'Last error', ''].map((label) => (
                  <th key={label}>
                    <span className="ws-th">{label}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {(jobs ?? []).map((job) => (
                <tr key={job.jobId} className="ws-row" data-testid="ws-job-row" data-job-id={job.jobId} data-state={job.state} data-function={job.functionName ?? ''}>
                  <td className="ws-cell">
                    <span className={`ws-job-state ws-job-${job.state.toLowerCase()}`} data-testid="ws-job-state">
                      {job.state}
                    </span>
                  </td>
                  <td className="ws-cell mono" title={job.logicFunctionUniversalIdentifier}>
                    {job.functionName ?? job.logicFunctionUniversalIdentifier}
                  </td>
                  <td className="ws-cell mono" title={JSON.stringify(job.payload)}>
                    {job.jobId}
                  </td>
                  <td className="ws-cell">
                    {job.attemptsMade}/{job.retryLimit + 1}
                  </td>
                  <td className="ws-cell muted">{when(job.enqueuedAt)}</td>
                  <td className="ws-cell muted">{when(job.startedAt)}</td>
                  <td className="ws-cell muted">{when(job.finishedAt)}</td>
                  <td className="ws-cell">
                    {job.runIds.map((runId) => (
                      <button key={runId} type="button" className="link ws-run-link" data-testid="ws-job-run" data-run-id={runId} title={`Show run ${runId} in the run pane`} onClick={() => openRun(runId)}>
                        {runId.slice(0, 8)}
                      </button>
                    ))}
                  </td>
                  <td className="ws-cell ws-job-error" title={job.lastError ?? job.failedReason ?? undefined}>
                    {job.lastError ?? job.failedReason ?? ''}
                  </td>
                  <td className="ws-cell ws-job-actions">
                    {jobActions(job.state).map((action) => (
                      <button key={action} type="button" className="button" data-testid={`ws-job-${action}`} onClick={() => void store.getState().actOnJob(job.jobId, action)}>
                        {actionLabels[action]}
                      </button>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {jobs?.length === 0 && <div className="muted ws-opening">No jobs. Functions enqueue them with the SDK; enqueue one here.</div>}
        </div>
      </section>
      <form
        className="ws-pane ws-kv-editor"
        data-testid="ws-enqueue"
        onSubmit={(event) => {
          event.preventDefault();
          if (!canEnqueue || !parsed.ok) return;
          void store.getState().enqueue(chosen, parsed.value as Record<string, unknown>, delayValue);
        }}
      >
        <div className="ws-pane-title">
          <span className="ws-pane-name">Enqueue</span>
        </div>
        <div className="ws-form-fields">
          <div className="ws-form-row">
            <label htmlFor="ws-enqueue-function">Function</label>
            <select id="ws-enqueue-function" className="release-select" data-testid="ws-enqueue-function" value={chosen} onChange={(event) => setFn(event.target.value)}>
              {functions.map((item) => (
                <option key={item.universalIdentifier} value={item.universalIdentifier} data-name={item.name}>
                  {item.name}
                </option>
              ))}
            </select>
          </div>
          <div className="ws-form-row">
            <label htmlFor="ws-enqueue-payload">Payload (JSON)</label>
            <textarea id="ws-enqueue-payload" className="ws-textarea ws-kv-text" data-testid="ws-enqueue-payload" spellCheck={false} value={payload} onChange={(event) => setPayload(event.target.value)} />
          </div>
          {payloadError && (
            <div className="ws-error" data-testid="ws-enqueue-invalid">
              {payloadError}
            </div>
          )}
          <div className="ws-form-row">
            <label htmlFor="ws-enqueue-delay">Delay (ms)</label>
            <input id="ws-enqueue-delay" className="text-input" data-testid="ws-enqueue-delay" inputMode="numeric" value={delay} onChange={(event) => setDelay(event.target.value)} />
          </div>
        </div>
        <div className="ws-form-actions">
          <button type="submit" className="button primary" data-testid="ws-enqueue-submit" disabled={!canEnqueue}>
            Enqueue
          </button>
        </div>
      </form>
    </div>
  );
}
