/**
 * One `/webhooks/server/<resolver>` request through the server's pipeline (rules in
 * `src-shared/twenty/route/server-route.ts`): find the resolver, check the method and the
 * authentication rule, run the resolver with the request's RoutePayload, then either answer with its
 * `Response` or hand off to the target function with the dispatch payload. Like the server, the
 * answer to a dispatch (`200 { queued: true }`) does not wait for the target: the target is queued as
 * a job of the Local workspace's queue with the server's options (retryLimit 3, retried on
 * RetryableLogicFunctionError with the logic-function backoff), and each attempt's run records the
 * handoff (`dispatchedBy`, with the job and the attempt), so the run pane and the composer link them.
 * Without a Local workspace queue the target runs once (with a warning).
 */
import type { RouteRequestInput, RouteRequestResult, RunRecord } from '../../../src-shared/contract';
import {
  allowedServerRouteMethods,
  buildQueuedResponse,
  buildRoutePayload,
  buildServerRouteError,
  buildSuccessResponse,
  classifyResolverResult,
  serverRouteIdentifier,
  type ServerRouteSettings,
} from '../../../src-shared/twenty/route';
import { LOCAL_WORKSPACE_ID } from '../runner/function-runner';
import { appFunctions } from '../payloads/app-functions';
import type { RouteRequestDeps, RouteRequestOptions } from './route-request-service';

/** The Local workspace's job queue as the dispatch needs it (WorkspaceService.dispatchServerRoute). */
export interface ServerRouteDispatchQueue {
  dispatchServerRoute(request: { universalIdentifier: string; payload: Record<string, unknown>; dispatchedBy: { runId: string; universalIdentifier: string; functionName: string; workspaceId: string } }): Promise<{
    jobId: string;
    /** The first attempt's run, null when it could not start at once (the queue is full). */
    runId: string | null;
    retryLimit: number;
    /** Resolves once the job completed or failed (every attempt made). */
    settled: Promise<unknown>;
  }>;
}

const emptyResult = (): Omit<RouteRequestResult, 'response'> => ({
  match: null, matches: [], closest: [], payload: null, droppedHeaders: [], missingForwardedHeaders: [], warnings: [],
});

/** Null when the URL is not a server route (the caller handles it as a `/s/` route). */
export async function handleServerRouteRequest(
  deps: RouteRequestDeps,
  request: RouteRequestInput,
  options: RouteRequestOptions & { awaitTarget?: boolean },
): Promise<RouteRequestResult | null> {
  const identifier = serverRouteIdentifier(request.url);
  if (identifier === null) return null;
  const method = request.method.toUpperCase();
  const functions = appFunctions(deps.model());
  const resolver = functions.find((fn) => fn.universalIdentifier === identifier && fn.config.serverRouteTriggerSettings);
  if (!resolver) {
    const plain = functions.find((fn) => fn.universalIdentifier === identifier);
    const warnings = plain ? [`${plain.name ?? plain.file} has no serverRouteTriggerSettings: the server only dispatches through resolvers.`] : [];
    return { ...emptyResult(), warnings, response: buildServerRouteError('LOGIC_FUNCTION_NOT_FOUND', `Server resolver function ${identifier} not found`, warnings) };
  }
  const settings = resolver.config.serverRouteTriggerSettings as ServerRouteSettings;
  const ref = { universalIdentifier: resolver.universalIdentifier, name: resolver.name, path: request.url.split('?')[0] };
  const base = { ...emptyResult(), match: ref, matches: [ref] };

  const allowed = allowedServerRouteMethods(settings);
  if (!allowed.includes(method)) {
    return { ...base, serverRoute: { outcome: 'error' }, response: buildServerRouteError('METHOD_NOT_ALLOWED', `Server resolver function ${identifier} does not accept ${method} requests`) };
  }
  if ((resolver.config.httpRouteTriggerSettings as { isAuthRequired?: boolean } | undefined)?.isAuthRequired === true) {
    return {
      ...base, serverRoute: { outcome: 'error' },
      response: buildServerRouteError('RESOLVER_REQUIRES_AUTHENTICATION', `Server resolver function ${identifier} requires authentication and cannot be dispatched through the public server route`),
    };
  }

  const built = buildRoutePayload({
    method,
    url: request.url,
    headers: request.headers,
    body: request.body ?? null,
    pathParameters: {},
    forwardedRequestHeaders: settings.forwardedRequestHeaders ?? [],
    userWorkspaceId: null,
  });
  const withPayload = { ...base, payload: built.payload, droppedHeaders: built.droppedHeaders, missingForwardedHeaders: built.missingForwardedHeaders, warnings: [...built.warnings] };
  if (options.dryRun) return { ...withPayload, response: null };

  let resolverRun: RunRecord;
  try {
    resolverRun = await deps.runs().execute({ universalIdentifier: resolver.universalIdentifier, payload: built.payload, context: { userWorkspaceId: null, workspaceMemberId: null }, origin: options.origin ?? 'route' });
  } catch (error) {
    const message = (error as Error).message;
    return { ...withPayload, warnings: [...withPayload.warnings, `The resolver could not run: ${message}`], serverRoute: { outcome: 'error' }, response: buildServerRouteError('SERVER_ROUTE_PLATFORM_ERROR', 'An unexpected error occurred while handling the server route') };
  }
  const result = resolverRun.result;
  const ran = { ...withPayload, result: result ?? undefined, runId: resolverRun.runId };
  if (!result || result.status !== 'SUCCESS') {
    return { ...ran, serverRoute: { outcome: 'error' }, response: buildServerRouteError('SERVER_ROUTE_USER_UNCAUGHT_ERROR', result?.error?.errorMessage ?? 'Logic function failed') };
  }

  const outcome = classifyResolverResult(result.data);
  if (outcome.kind === 'response') return { ...ran, serverRoute: { outcome: 'response' }, response: buildSuccessResponse(result.data) };
  if (outcome.kind === 'invalid') {
    return { ...ran, serverRoute: { outcome: 'invalid', problems: outcome.problems }, response: buildServerRouteError('RESOLVER_INVALID_RESULT', outcome.message, outcome.problems) };
  }

  const { dispatch } = outcome;
  const target = functions.find((fn) => fn.universalIdentifier === dispatch.targetLogicFunctionUniversalIdentifier);
  if (!target) {
    return {
      ...ran, serverRoute: { outcome: 'error' },
      response: buildServerRouteError('LOGIC_FUNCTION_NOT_FOUND', `Logic function ${dispatch.targetLogicFunctionUniversalIdentifier} not found in workspace ${dispatch.workspaceId}`),
    };
  }
  const warnings = [...ran.warnings];
  if (dispatch.workspaceId !== LOCAL_WORKSPACE_ID) {
    warnings.push(`The target runs in workspace ${dispatch.workspaceId} on the server; here it runs in the Local workspace (${LOCAL_WORKSPACE_ID}).`);
  }
  const payloadFrom = dispatch.payload !== undefined ? 'resolver' : 'request';
  const payload = (dispatch.payload ?? built.payload) as Record<string, unknown>;
  const dispatchedBy = { runId: resolverRun.runId, universalIdentifier: resolver.universalIdentifier, functionName: resolver.name ?? resolver.file, workspaceId: dispatch.workspaceId };
  const handoff = { workspaceId: dispatch.workspaceId, targetUniversalIdentifier: target.universalIdentifier, targetName: target.name, payloadFrom } as const;

  // As the server: a job on the logic-function queue (retried on RetryableLogicFunctionError).
  const queue = deps.dispatchQueue?.() ?? null;
  let queued: Awaited<ReturnType<ServerRouteDispatchQueue['dispatchServerRoute']>> | null = null;
  if (queue) {
    try {
      queued = await queue.dispatchServerRoute({ universalIdentifier: target.universalIdentifier, payload, dispatchedBy });
    } catch (error) {
      warnings.push(`The target could not be queued in the Local workspace (${(error as Error).message}): it ran once, without the server's retries.`);
    }
  }
  if (queued) {
    if (options.awaitTarget) await queued.settled;
    return {
      ...ran,
      warnings,
      serverRoute: { outcome: 'dispatch', dispatch: { ...handoff, ...(queued.runId ? { runId: queued.runId } : {}), jobId: queued.jobId, retryLimit: queued.retryLimit } },
      response: buildQueuedResponse(warnings),
    };
  }
  const started = await deps.runs().start({
    universalIdentifier: target.universalIdentifier,
    payload,
    context: { workspaceId: dispatch.workspaceId, userWorkspaceId: null, workspaceMemberId: null },
    origin: 'server-route dispatch',
    dispatchedBy,
  });
  if (options.awaitTarget) await started.done;
  return {
    ...ran,
    warnings,
    serverRoute: { outcome: 'dispatch', dispatch: { ...handoff, runId: started.runId } },
    response: buildQueuedResponse(warnings),
  };
}
