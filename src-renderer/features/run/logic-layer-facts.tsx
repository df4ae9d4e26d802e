import { useStudio, useStudioStore } from '../../app/studio-context';
import { deriveHealthStatus } from '../../../src-shared/twenty/health-check';
import { classifyResolverResult } from '../../../src-shared/twenty/route/server-route';
import type { RunView } from './run-store';

/**
 * What the server does with this run, for the logic layer's functions: the status it derives from a
 * health check; what it answers for a server-route resolver (its Response, a 502, or the handoff to
 * the target); and, on a target's run, which resolver dispatched it.
 */
export function LogicLayerFacts({ run }: { run: RunView }) {
  const studio = useStudio();
  const entity = useStudioStore('project', (state) => state.model?.entities.find((candidate) => candidate.universalIdentifier === run.universalIdentifier) ?? null);
  const functions = useStudioStore('project', (state) => state.model?.entities);
  const result = run.result;
  const facts = [];
  if (run.dispatchedBy) {
    const by = run.dispatchedBy;
    facts.push(
      <div key="dispatched" className="notice info" data-testid="run-dispatched-by">
        Dispatched by the server route <strong>{by.functionName}</strong> for workspace <code>{by.workspaceId}</code> (queued on the server; the caller got{' '}
        <code>{'200 {"queued":true}'}</code>).{' '}
        {by.jobId && (
          <span data-testid="run-dispatch-attempt">
            Job <code>{by.jobId}</code>, attempt {(by.retryCount ?? 0) + 1}
            {by.maxRetries !== undefined && <> of at most {by.maxRetries + 1} (retried on RetryableLogicFunctionError)</>}.{' '}
          </span>
        )}
        <button type="button" className="link" data-testid="run-open-resolver" onClick={() => void studio.runs.getState().open(by.runId)}>
          Open the resolver's run
        </button>
      </div>,
    );
  }
  if (result && entity?.defineFunction === 'defineHealthCheck') {
    const health = deriveHealthStatus(result);
    facts.push(
      <div key="health" className={`notice ${health.status === 'ERROR' || health.status === 'UNKNOWN' ? 'warning' : 'info'}`} data-testid="run-health-status" data-status={health.status}>
        Health shown in Twenty: <strong>{health.status}</strong>
        {health.title && <> · {health.title}</>}
        {health.description && <span className="muted"> · {health.description}</span>}
        {health.action && <span className="muted"> · [{health.action.label}]</span>}
        {health.reason && <span className="muted"> ({health.reason})</span>}
      </div>,
    );
  }
  if (result?.status === 'SUCCESS' && entity?.config?.serverRouteTriggerSettings) {
    const outcome = classifyResolverResult(result.data);
    const target = outcome.kind === 'dispatch' ? functions?.find((candidate) => candidate.universalIdentifier === outcome.dispatch.targetLogicFunctionUniversalIdentifier) : undefined;
    facts.push(
      <div key="server-route" className={`notice ${outcome.kind === 'invalid' || (outcome.kind === 'dispatch' && !target) ? 'warning' : 'info'}`} data-testid="run-server-route" data-outcome={outcome.kind}>
        {outcome.kind === 'response' && <>Server route: the caller gets this Response (status {outcome.response.status ?? 200}).</>}
        {outcome.kind === 'invalid' && (
          <>
            Server route: the server answers <strong>502</strong>: {outcome.message}
            {outcome.problems.length > 0 && <span className="muted"> ({outcome.problems.join('; ')})</span>}
          </>
        )}
        {outcome.kind === 'dispatch' &&
          (target ? (
            <>
              Server route: hands off to <strong>{String(target.config?.name ?? target.file)}</strong> in workspace <code>{outcome.dispatch.workspaceId}</code>; the caller gets{' '}
              <code>{'200 {"queued":true}'}</code>.
            </>
          ) : (
            <>Server route: the target {outcome.dispatch.targetLogicFunctionUniversalIdentifier} is not a function of this app: the server answers 404.</>
          ))}
      </div>,
    );
  }
  return facts.length > 0 ? <div className="run-logic-layer">{facts}</div> : null;
}
