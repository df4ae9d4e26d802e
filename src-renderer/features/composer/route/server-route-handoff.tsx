import { useMemo } from 'react';
import type { RouteRequestResult } from '../../../../src-shared/contract';
import { useStudio, useStudioStore } from '../../../app/studio-context';
import type { RunView } from '../../run/run-store';

type Dispatch = NonNullable<NonNullable<RouteRequestResult['serverRoute']>['dispatch']>;

/** The target's runs for this handoff: every attempt of its job, oldest first (or the one unqueued run). */
export function handoffAttempts(known: Record<string, RunView>, dispatch: Dispatch): RunView[] {
  const runs = Object.values(known).filter((run) =>
    dispatch.jobId ? run.dispatchedBy?.jobId === dispatch.jobId : run.runId === dispatch.runId,
  );
  return runs.sort((a, b) => (a.dispatchedBy?.retryCount ?? 0) - (b.dispatchedBy?.retryCount ?? 0) || a.startedAt.localeCompare(b.startedAt));
}

const attemptStatus = (run: RunView): string => run.result?.status ?? 'RUNNING';

/**
 * A `/webhooks/server/<id>` answer, as the run pane tells it: what the resolver returned and, for a
 * dispatch, the handoff to the target function (queued as the server queues it) with each attempt's
 * run, each a link.
 */
export function ServerRouteHandoff({ result }: { result: RouteRequestResult }) {
  const studio = useStudio();
  const known = useStudioStore('runs', (state) => state.known);
  const serverRoute = result.serverRoute;
  const dispatch = serverRoute?.dispatch;
  const attempts = useMemo(() => (dispatch ? handoffAttempts(known, dispatch) : []), [known, dispatch]);
  if (!serverRoute) return null;
  const open = (runId: string) => void studio.runs.getState().open(runId);
  const resolverLink = result.runId && (
    <button type="button" className="link" data-testid="route-handoff-open-resolver" onClick={() => open(result.runId!)}>
      Open the resolver's run
    </button>
  );
  if (serverRoute.outcome === 'response') {
    return (
      <div className="notice info" data-testid="route-handoff" data-outcome="response">
        Server route: the resolver {result.match?.name} answered with its own Response. {resolverLink}
      </div>
    );
  }
  if (serverRoute.outcome === 'invalid') {
    return (
      <div className="notice warning" data-testid="route-handoff" data-outcome="invalid">
        Server route: the resolver's result is neither a Response nor a dispatch, so the server answers 502
        {serverRoute.problems && serverRoute.problems.length > 0 && <span className="muted"> ({serverRoute.problems.join('; ')})</span>}. {resolverLink}
      </div>
    );
  }
  if (serverRoute.outcome !== 'dispatch' || !dispatch) return null;
  const lastAttempt = attempts.at(-1);
  return (
    <section className="preview-section route-handoff" data-testid="route-handoff" data-outcome="dispatch">
      <h4 className="preview-heading">Handoff</h4>
      <ol className="handoff-steps">
        <li data-testid="route-handoff-resolver">
          Resolver <strong>{result.match?.name ?? result.match?.universalIdentifier}</strong> returned a dispatch
          {result.result && <span className="muted"> ({result.result.status} in {Math.round(result.result.duration)} ms)</span>}. {resolverLink}
        </li>
        <li data-testid="route-handoff-target">
          Target <strong>{dispatch.targetName ?? dispatch.targetUniversalIdentifier}</strong> in workspace <code>{dispatch.workspaceId}</code>, with the{' '}
          {dispatch.payloadFrom === 'resolver' ? "resolver's payload" : "request's RoutePayload (the resolver gave none)"}
          {dispatch.jobId ? (
            <>
              , queued as job <code>{dispatch.jobId}</code> (retried up to {dispatch.retryLimit ?? 0} times on RetryableLogicFunctionError)
            </>
          ) : (
            <>, run once (not queued)</>
          )}
          ; the caller got <code>{'200 {"queued":true}'}</code> without waiting.
        </li>
        <li>
          {attempts.length === 0 ? (
            dispatch.runId ? (
              <button type="button" className="link" data-testid="route-handoff-attempt" data-run-id={dispatch.runId} onClick={() => open(dispatch.runId!)}>
                Open the target's run
              </button>
            ) : (
              <span className="muted" data-testid="route-handoff-waiting">The target waits in the queue.</span>
            )
          ) : (
            <ul className="handoff-attempts">
              {attempts.map((run, index) => (
                <li key={run.runId}>
                  <button
                    type="button"
                    className="link"
                    data-testid="route-handoff-attempt"
                    data-run-id={run.runId}
                    data-status={attemptStatus(run)}
                    onClick={() => open(run.runId)}
                  >
                    Attempt {index + 1}: {attemptStatus(run)}
                  </button>
                  {run.dispatchedBy?.maxRetries !== undefined && (
                    <span className="muted"> retry {run.dispatchedBy.retryCount ?? 0}/{run.dispatchedBy.maxRetries}</span>
                  )}
                  {run.result?.error && <span className="muted"> · {run.result.error.errorType}: {run.result.error.errorMessage}</span>}
                </li>
              ))}
            </ul>
          )}
          {lastAttempt?.result?.error?.errorType === 'RetryableLogicFunctionError' &&
            (lastAttempt.dispatchedBy?.retryCount ?? 0) < (lastAttempt.dispatchedBy?.maxRetries ?? 0) && (
              <div className="muted" data-testid="route-handoff-retry-pending">The queue retries it after its backoff.</div>
            )}
        </li>
      </ol>
    </section>
  );
}
