import type { OutgoingCall } from '../../../src-shared/contract';

function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

/**
 * The HTTP requests the function made, on a shared time axis: each bar starts at the call's offset
 * from the handler's start and is as long as the call took, so slow and sequential calls stand out.
 */
export function CallTimeline({ calls, runDuration }: { calls: OutgoingCall[]; runDuration: number }) {
  const span = Math.max(runDuration, ...calls.map((call) => call.startedAtMs + call.durationMs), 1);
  return (
    <ol className="call-timeline" data-testid="run-calls">
      {calls.map((call, index) => {
        const failed = call.status === null || call.status >= 400;
        return (
          <li key={index} className="call-row" data-testid="run-call" data-failed={failed}>
            <span className="call-method">{call.method}</span>
            <span className="call-url" title={call.url}>
              {call.url}
            </span>
            <span className={`call-status ${failed ? 'severity-error' : ''}`} title={call.error}>
              {call.status ?? (call.error ? 'failed' : '—')}
            </span>
            <span className="call-duration">{formatMs(call.durationMs)}</span>
            <span className="call-offset muted">+{formatMs(call.startedAtMs)}</span>
            <span className="call-bar-track" aria-hidden="true">
              <span
                className={`call-bar ${failed ? 'call-bar-failed' : ''}`}
                style={{ left: `${(call.startedAtMs / span) * 100}%`, width: `${Math.max((call.durationMs / span) * 100, 0.8)}%` }}
              />
            </span>
            {call.error && <span className="call-error severity-error">{call.error}</span>}
          </li>
        );
      })}
    </ol>
  );
}
