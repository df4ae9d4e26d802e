/**
 * One `/s/` request through the server's pipeline (twentyhq/twenty route-trigger.service.ts): match the
 * app's route triggers in manifest order, refuse an `isAuthRequired` route without a Bearer token (401),
 * build the RoutePayload, run the function, turn its return value into the HTTP answer. The route
 * composer (dry run or send), the local route server and `twenty-studio request` all go through here,
 * so they give the same answer.
 */
import type { ProjectModel, RouteRequestInput, RouteRequestResult, RunRecord } from '../../../src-shared/contract';
import { buildRouteResponse, prepareRouteRequest, hasBearerToken, type RouteFunction, type RouteOutcome } from '../../../src-shared/twenty/route';
import { appFunctions } from '../payloads/app-functions';
import type { RunService } from '../runs/run-service';
import { handleServerRouteRequest, type ServerRouteDispatchQueue } from './server-route-service';

/** The membership the studio simulates for an authenticated caller (the server sets the caller's own). */
export const STUDIO_USER_WORKSPACE_ID = '20202020-0000-4000-8000-0000000000a1';
export const STUDIO_WORKSPACE_MEMBER_ID = '20202020-0000-4000-8000-0000000000b1';
/** The token the Authorization toggle adds; any Bearer token counts as authenticated locally. */
export const STUDIO_BEARER_TOKEN = 'twenty-studio-local-token';

export interface RouteRequestDeps {
  model(): ProjectModel;
  runs(): RunService;
  /** The Local workspace's queue for a server route's dispatched target (none: it runs once, unqueued). */
  dispatchQueue?(): ServerRouteDispatchQueue | null;
}

export type RouteRequestOptions = {
  dryRun: boolean;
  /** Server routes: wait for the dispatched target's run before answering (the CLI and tests; the server does not). */
  awaitTarget?: boolean;
  /** Recorded with the run: 'route' for the local route server and composer, 'cli' for the CLI. */
  origin?: string;
  /** Run the matched function under the studio's debugger. */
  debug?: boolean;
};

const toRouteFunctions = (model: ProjectModel): RouteFunction[] =>
  appFunctions(model).map((fn) => ({
    universalIdentifier: fn.universalIdentifier,
    name: fn.name,
    httpRouteTriggerSettings: fn.config.httpRouteTriggerSettings as RouteFunction['httpRouteTriggerSettings'],
  }));

/** The request's headers, plus the toggle's Authorization header when asked and none is there. */
export const requestHeaders = (request: RouteRequestInput): { name: string; value: string }[] => {
  const headers = [...(request.headers ?? [])];
  if (request.authenticated && !hasBearerToken(headers)) {
    const existing = headers.findIndex((header) => header.name.toLowerCase() === 'authorization');
    if (existing >= 0) headers.splice(existing, 1);
    headers.push({ name: 'authorization', value: `Bearer ${STUDIO_BEARER_TOKEN}` });
  }
  return headers;
};

const outcomeOf = (record: RunRecord): RouteOutcome => {
  const result = record.result;
  if (!result) return { kind: 'handler-error', errorMessage: 'The run did not finish.' };
  if (result.status === 'SUCCESS') return { kind: 'success', data: result.data };
  return { kind: 'handler-error', errorMessage: result.error?.errorMessage ?? 'Logic function failed', errorType: result.error?.errorType };
};

export async function handleRouteRequest(deps: RouteRequestDeps, request: RouteRequestInput, options: RouteRequestOptions): Promise<RouteRequestResult> {
  // `/webhooks/server/<id>`: a server route (resolver, then dispatch), not a `/s/` route.
  const serverRoute = await handleServerRouteRequest(deps, request, options);
  if (serverRoute) return serverRoute;
  const headers = requestHeaders(request);
  const prepared = prepareRouteRequest(toRouteFunctions(deps.model()), {
    method: request.method,
    url: request.url,
    headers,
    body: request.body ?? null,
    userWorkspaceId: STUDIO_USER_WORKSPACE_ID,
  });
  const ref = (m: { universalIdentifier: string; name: string | null; path: string }) => ({ universalIdentifier: m.universalIdentifier, name: m.name, path: m.path });
  const base = {
    match: prepared.routing.match ? ref(prepared.routing.match) : null,
    matches: prepared.routing.matches.map(ref),
    closest: prepared.routing.closest.map((c) => ({ ...ref(c), httpMethod: c.httpMethod, similarity: c.similarity, reason: c.reason })),
    payload: prepared.payload?.payload ?? null,
    droppedHeaders: prepared.payload?.droppedHeaders ?? [],
    missingForwardedHeaders: prepared.payload?.missingForwardedHeaders ?? [],
    warnings: [...(prepared.payload?.warnings ?? [])],
  };
  if (prepared.routing.matches.length > 1) {
    base.warnings.push(`${prepared.routing.matches.length} functions match ${request.method.toUpperCase()} ${prepared.routing.matchedPath}: the first wins, the others never run.`);
  }

  if (prepared.earlyOutcome) return { ...base, response: buildRouteResponse(prepared.earlyOutcome) };
  if (options.dryRun || !prepared.payload || !prepared.routing.match) return { ...base, response: null };

  const match = prepared.routing.match;
  let record: RunRecord;
  try {
    record = await deps.runs().execute({
      universalIdentifier: match.universalIdentifier,
      payload: prepared.payload.payload,
      // The server fills the user fields of the context only for an authenticated caller.
      context: prepared.authenticated ? { userWorkspaceId: STUDIO_USER_WORKSPACE_ID, workspaceMemberId: STUDIO_WORKSPACE_MEMBER_ID } : {},
      origin: options.origin ?? 'route',
      ...(options.debug ? { debug: true } : {}),
    });
  } catch (error) {
    // Not something the server can do (the bundle failed to build): answer as a failing function would.
    const message = (error as Error).message;
    return { ...base, warnings: [...base.warnings, `The function could not run: ${message}`], response: buildRouteResponse({ kind: 'server-error', message }) };
  }
  const response = buildRouteResponse(outcomeOf(record));
  return { ...base, result: record.result ?? undefined, runId: record.runId, response };
}
