import type { RunSummary } from '../../../src-shared/contract';

/** The run's state as a coloured label; the same words the core uses (SUCCESS, ERROR), plus RUNNING. */
export function RunStatusBadge({ status, testId }: { status: RunSummary['status']; testId?: string }) {
  return (
    <span className={`run-status run-status-${status.toLowerCase()}`} data-testid={testId} data-status={status}>
      {status === 'RUNNING' && <span className="spinner" aria-hidden="true" />}
      {status}
    </span>
  );
}
