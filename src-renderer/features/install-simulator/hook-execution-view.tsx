import { useState } from 'react';
import type { HookExecution } from '../../../src-shared/contract';
import { CallTimeline } from '../run/call-timeline';
import { JsonTree } from '../run/json-tree';
import { RunErrorView } from '../run/run-error-view';
import { formatDuration } from './step-names';

const verdictLabels: Record<NonNullable<HookExecution['verdict']>, string> = {
  succeeded: 'succeeded',
  failed: 'failed, not retried',
  retry: 'retried',
  'gave-up': 'gave up after the last retry',
};

/** One run of a hook: what it was given, what it returned or threw, its logs and its outgoing calls. */
export function HookExecutionView({ execution }: { execution: HookExecution }) {
  return (
    <div className="hook-execution" data-testid="hook-execution" data-status={execution.status}>
      <div className="hook-meta">
        <span className={`hook-status ${execution.status === 'SUCCESS' ? 'severity-success' : 'severity-error'}`}>{execution.status}</span>
        <span className="mono">{execution.functionName ?? execution.functionUniversalIdentifier}</span>
        <span className="muted">{formatDuration(execution.duration)}</span>
        <span className="muted" title="context.retryCount / context.maxRetries">
          retryCount {execution.context.retryCount}/{execution.context.maxRetries}
        </span>
        <span className="muted mono hook-payload" title="The payload the hook received">
          payload {JSON.stringify(execution.payload)}
        </span>
      </div>
      {execution.error ? (
        <RunErrorView error={execution.error} />
      ) : (
        <div className="hook-section">
          <div className="hook-section-title">Result</div>
          <JsonTree value={execution.data ?? null} testId="hook-result" />
        </div>
      )}
      <div className="hook-section">
        <div className="hook-section-title">Logs</div>
        {execution.logs ? (
          <pre className="hook-logs" data-testid="hook-logs">
            {execution.logs}
          </pre>
        ) : (
          <div className="muted">Nothing logged.</div>
        )}
      </div>
      <div className="hook-section">
        <div className="hook-section-title">Outgoing calls</div>
        {execution.calls.length > 0 ? <CallTimeline calls={execution.calls} runDuration={execution.duration} /> : <div className="muted">No HTTP calls.</div>}
      </div>
    </div>
  );
}

/** The simulated worker's attempts at a queued post-install, each one openable. */
export function HookAttempts({ attempts }: { attempts: HookExecution[] }) {
  const [open, setOpen] = useState<number | null>(null);
  return (
    <ol className="hook-attempts" data-testid="hook-attempts">
      {attempts.map((attempt, index) => (
        <li key={index} className="hook-attempt" data-testid="hook-attempt" data-verdict={attempt.verdict ?? ''}>
          <button type="button" className="hook-attempt-row" aria-expanded={open === index} onClick={() => setOpen(open === index ? null : index)}>
            <span className="json-twisty">{open === index ? '▾' : '▸'}</span>
            <span>Attempt {index + 1}</span>
            <span className={attempt.status === 'SUCCESS' ? 'severity-success' : 'severity-error'}>{attempt.status}</span>
            {attempt.verdict && <span className="muted">{verdictLabels[attempt.verdict]}</span>}
            {attempt.error && <span className="hook-attempt-error">{attempt.error.errorType}: {attempt.error.errorMessage}</span>}
            <span className="muted hook-attempt-duration">{formatDuration(attempt.duration)}</span>
          </button>
          {open === index && <HookExecutionView execution={attempt} />}
        </li>
      ))}
    </ol>
  );
}
