import { useState } from 'react';
import type { InstallStep } from '../../../src-shared/contract';
import { HookAttempts, HookExecutionView } from './hook-execution-view';
import type { LiveStep, LiveStepStatus, LiveTimeline } from './live-timeline';
import { formatDuration, stepTitle } from './step-names';

/** One row of the timeline, from a finished result or from the live events. */
export interface TimelineStep {
  name: InstallStep['name'];
  status: LiveStepStatus;
  step?: InstallStep;
  output?: string;
}

export function stepsOfResult(steps: InstallStep[]): TimelineStep[] {
  return steps.map((step) => ({ name: step.name, status: step.status, step }));
}

export function stepsOfLive(live: LiveTimeline): TimelineStep[] {
  return live.steps.map((step: LiveStep) => ({ name: step.name, status: step.status, step: step.step, output: step.output }));
}

const statusSymbols: Record<LiveStepStatus, string> = {
  running: '',
  done: '✓',
  skipped: '↷',
  failed: '✕',
  queued: '…',
};

const hookSteps = new Set<InstallStep['name']>(['PRE_INSTALL_HOOK', 'POST_INSTALL_HOOK', 'UNINSTALL_HOOK']);

/** How the simulated worker's job ended, for the queued post-install's head. */
function jobLabel(step: InstallStep): string | null {
  if (!step.job) return null;
  const attempts = step.attempts?.length ?? 0;
  return `${step.job}${attempts > 0 ? ` · ${attempts} attempt${attempts === 1 ? '' : 's'}` : ''}`;
}

function StepDetails({ step, output }: { step?: InstallStep; output?: string }) {
  if (step?.attempts && step.attempts.length > 1) {
    // Every attempt matters for a retried job: the last one is where it ended, the others say why it was retried.
    return (
      <div className="step-details">
        <HookAttempts attempts={step.attempts} />
        {step.execution && <HookExecutionView execution={step.execution} />}
      </div>
    );
  }
  if (step?.execution) {
    return (
      <div className="step-details">
        <HookExecutionView execution={step.execution} />
      </div>
    );
  }
  if (output) {
    return (
      <div className="step-details">
        <pre className="hook-logs" data-testid="step-live-output">
          {output}
        </pre>
      </div>
    );
  }
  return null;
}

function TimelineRow({ row }: { row: TimelineStep }) {
  const { step } = row;
  const hasDetails = Boolean(step?.execution || (step?.attempts && step.attempts.length > 0) || row.output);
  // Hooks are what a developer comes for: open by default, the bookkeeping steps stay one line.
  const [open, setOpen] = useState(hookSteps.has(row.name) || row.status === 'failed');
  const job = step ? jobLabel(step) : null;
  return (
    <li className="timeline-step" data-testid="install-step" data-step={row.name} data-status={row.status}>
      <span className={`step-marker step-${row.status}`} aria-hidden="true">
        {row.status === 'running' ? <span className="spinner" /> : statusSymbols[row.status]}
      </span>
      <div className="step-body">
        <div className="step-head">
          {hasDetails ? (
            <button type="button" className="step-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
              <span className="json-twisty">{open ? '▾' : '▸'}</span>
              <span className="step-title">{stepTitle(row.name)}</span>
            </button>
          ) : (
            <span className="step-title step-title-plain">{stepTitle(row.name)}</span>
          )}
          <span className="step-name mono">{row.name}</span>
          <span className={`step-status-badge step-status-${row.status}`} data-testid="install-step-status">
            {row.status}
          </span>
          {job && (
            <span className={`badge job-badge job-${step?.job}`} data-testid="install-step-job" title="How the simulated worker's job ended">
              {job}
            </span>
          )}
          {step?.errorCode && (
            <span className="badge error-badge" data-testid="install-step-error-code">
              {step.errorCode}
            </span>
          )}
          <span className="toolbar-spacer" />
          {step?.durationMs !== undefined && (step.durationMs >= 1 || hookSteps.has(row.name)) && <span className="step-duration muted">{formatDuration(step.durationMs)}</span>}
        </div>
        {step?.reason && (
          <div className="step-reason" data-testid="install-step-reason">
            {row.status === 'skipped' ? 'Skipped: ' : ''}
            {step.reason}
          </div>
        )}
        {step?.migration && !step.reason && (
          <div className="step-facts muted">
            migration: {step.migration.created} created · {step.migration.updated} updated · {step.migration.deleted} deleted
            {step.migration.destructive > 0 && <strong className="severity-error"> · {step.migration.destructive} destructive</strong>}
          </div>
        )}
        {open && hasDetails && <StepDetails step={step} output={row.output} />}
      </div>
    </li>
  );
}

/** The install flow step by step, with the server's names and each hook's run inline. */
export function InstallTimeline({ steps, testId = 'install-timeline' }: { steps: TimelineStep[]; testId?: string }) {
  if (steps.length === 0) return <div className="muted release-empty">Waiting for the first step…</div>;
  return (
    <ol className="install-timeline" data-testid={testId}>
      {steps.map((row) => (
        <TimelineRow key={row.name} row={row} />
      ))}
    </ol>
  );
}
