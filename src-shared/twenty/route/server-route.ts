/**
 * Server routes (`serverRouteTriggerSettings`, twenty-sdk 2.43): a public webhook entry whose handler is
 * a *resolver*. How the server answers (twentyhq/twenty, core-modules/server-route-trigger:
 * server-route-trigger.controller/.service, parse-resolver-dispatch-result-or-throw.util, the REST
 * exception filter; see docs/twenty-api-facts.md):
 * - `GET|POST /webhooks/server/<resolver universalIdentifier>`, no authentication;
 * - the resolver must carry serverRouteTriggerSettings; none -> 404; a method outside
 *   `httpMethods` (default `['POST']`) -> 405; a resolver with an `isAuthRequired` route -> 403;
 * - the resolver runs with the RoutePayload of the request (no path parameters, only its
 *   `forwardedRequestHeaders`, userWorkspaceId null); it throws -> 500 with its message;
 * - it returns twenty-sdk's `Response` -> that answer (the `/s/` header allow-list applies);
 * - else it must return `{ workspaceId: uuid, targetLogicFunctionUniversalIdentifier: uuid,
 *   payload?: object }` (otherwise 502); the target (looked up in that workspace, same
 *   application; missing -> 404) is queued with `payload ?? the resolver's RoutePayload`
 *   (LogicFunctionTriggerJob on the logic-function queue: retryLimit 3, the logic-function backoff,
 *   priority 1), and the caller gets `200 { "queued": true }` at once. The job's runner retries an
 *   attempt that failed with RetryableLogicFunctionError while retryCount < min(3, retryLimit);
 *   any other outcome ends the job.
 */
import { buildErrorResponse, buildSuccessResponse, isLogicFunctionHttpResponse, type LogicFunctionHttpResponse, type RouteHttpResponse } from './route-response';
import { stripQueryString } from './route-matching';

export const SERVER_ROUTE_PREFIX = '/webhooks/server/';
export const DEFAULT_SERVER_ROUTE_HTTP_METHODS: readonly string[] = ['POST'];
/** What defineLogicFunction accepts in `httpMethods` ("Server route trigger only supports the GET and POST http methods"). */
export const SERVER_ROUTE_HTTP_METHODS: readonly string[] = ['GET', 'POST'];
/** The dispatched target's job: QUEUED_TARGET_RETRY_LIMIT and SERVER_ROUTE_DISPATCH_JOB_PRIORITY of the server. */
export const SERVER_ROUTE_DISPATCH_RETRY_LIMIT = 3;
export const SERVER_ROUTE_DISPATCH_JOB_PRIORITY = 1;

export type ServerRouteSettings = { httpMethods?: string[]; forwardedRequestHeaders?: string[] };

export type ServerRouteErrorCode =
  | 'LOGIC_FUNCTION_NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'RESOLVER_REQUIRES_AUTHENTICATION'
  | 'SERVER_ROUTE_USER_UNCAUGHT_ERROR'
  | 'SERVER_ROUTE_PLATFORM_ERROR'
  | 'RESOLVER_INVALID_RESULT';

/** The status the server's exception filter gives each code. */
export const SERVER_ROUTE_ERROR_STATUS: Record<ServerRouteErrorCode, number> = {
  LOGIC_FUNCTION_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  RESOLVER_REQUIRES_AUTHENTICATION: 403,
  SERVER_ROUTE_USER_UNCAUGHT_ERROR: 500,
  SERVER_ROUTE_PLATFORM_ERROR: 500,
  RESOLVER_INVALID_RESULT: 502,
};

export const INVALID_RESOLVER_RESULT_MESSAGE =
  'Resolver logic function must return either a Response, or { workspaceId: string; targetLogicFunctionUniversalIdentifier: string; payload?: object }';

/** The resolver identifier of a `/webhooks/server/<id>` path, or null for any other path. */
export function serverRouteIdentifier(url: string): string | null {
  const path = stripQueryString(url);
  if (!path.startsWith(SERVER_ROUTE_PREFIX)) return null;
  const rest = path.slice(SERVER_ROUTE_PREFIX.length).replace(/\/$/, '');
  if (rest.length === 0 || rest.includes('/')) return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return null;
  }
}

export const serverRouteUrl = (universalIdentifier: string): string => `${SERVER_ROUTE_PREFIX}${universalIdentifier}`;

export function allowedServerRouteMethods(settings: ServerRouteSettings | undefined): readonly string[] {
  return Array.isArray(settings?.httpMethods) ? settings.httpMethods : DEFAULT_SERVER_ROUTE_HTTP_METHODS;
}

/** zod's `z.uuid()` (RFC 9562: versions 1-8 with the RFC variant, plus the nil and max UUIDs), which the server's schema uses. */
const UUID = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;

export type ServerRouteDispatch = { workspaceId: string; targetLogicFunctionUniversalIdentifier: string; payload?: Record<string, unknown> };

export type ResolverOutcome =
  | { kind: 'response'; response: LogicFunctionHttpResponse }
  | { kind: 'dispatch'; dispatch: ServerRouteDispatch }
  /** `problems` say which part of the dispatch shape is wrong (the server only says the sentence). */
  | { kind: 'invalid'; message: string; problems: string[] };

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What the server makes of a resolver's return value (after the JSON boundary). */
export function classifyResolverResult(data: unknown): ResolverOutcome {
  if (isLogicFunctionHttpResponse(data)) return { kind: 'response', response: data };
  const problems: string[] = [];
  if (!isPlainObject(data)) {
    problems.push(`the resolver returned ${data === null ? 'null' : Array.isArray(data) ? 'an array' : typeof data}`);
  } else {
    for (const key of ['workspaceId', 'targetLogicFunctionUniversalIdentifier'] as const) {
      const value = data[key];
      if (typeof value !== 'string') problems.push(`${key} is ${value === undefined ? 'missing' : `not a string (${typeof value})`}`);
      else if (!UUID.test(value)) problems.push(`${key} "${value}" is not a UUID`);
    }
    if (data.payload !== undefined && !isPlainObject(data.payload)) problems.push('payload is not an object');
  }
  if (problems.length > 0 || !isPlainObject(data)) return { kind: 'invalid', message: INVALID_RESOLVER_RESULT_MESSAGE, problems };
  // zod keeps only the declared keys.
  const dispatch: ServerRouteDispatch = {
    workspaceId: data.workspaceId as string,
    targetLogicFunctionUniversalIdentifier: data.targetLogicFunctionUniversalIdentifier as string,
    ...(data.payload !== undefined ? { payload: data.payload as Record<string, unknown> } : {}),
  };
  return { kind: 'dispatch', dispatch };
}

/** The server's error answer for a server-route failure. */
export const buildServerRouteError = (code: ServerRouteErrorCode, message: string, warnings: string[] = []): RouteHttpResponse =>
  buildErrorResponse(SERVER_ROUTE_ERROR_STATUS[code], message, warnings);

/** The answer once the target is queued. */
export const buildQueuedResponse = (warnings: string[] = []): RouteHttpResponse => ({
  status: 200,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify({ queued: true }),
  bodyKind: 'json',
  droppedHeaders: [],
  warnings,
});

/**
 * What the caller of `/webhooks/server/<resolver>` receives for a resolver's run (a saved request's
 * replay): its error as a 500, its Response, a 502 for a result that is neither, or `200 {"queued":true}`
 * for a dispatch (whose target is not looked up here).
 */
export function serverRouteAnswer(outcome: { status: 'SUCCESS'; data: unknown } | { status: 'ERROR'; errorMessage: string }): RouteHttpResponse {
  if (outcome.status === 'ERROR') return buildServerRouteError('SERVER_ROUTE_USER_UNCAUGHT_ERROR', outcome.errorMessage);
  const resolved = classifyResolverResult(outcome.data);
  if (resolved.kind === 'response') return buildSuccessResponse(outcome.data);
  if (resolved.kind === 'invalid') return buildServerRouteError('RESOLVER_INVALID_RESULT', resolved.message, resolved.problems);
  return buildQueuedResponse();
}
