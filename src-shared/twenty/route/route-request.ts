/**
 * The whole `/s/` pipeline up to running the function: match, auth check, payload.
 * The caller runs the matched function with `payload` and passes the result to `buildRouteResponse`.
 */
import { matchRoute, type RouteFunction, type RouteMatchResult } from './route-matching';
import { buildRoutePayload, type BuildRoutePayloadResult, hasBearerToken, type RequestHeadersInput } from './route-payload';
import type { RouteOutcome } from './route-response';

export type IncomingRouteRequest = {
  method: string;
  /** `/s/...` with an optional query string. */
  url: string;
  headers?: RequestHeadersInput;
  body?: string | null;
  /** The caller's userWorkspaceId when the request is authenticated (the studio's simulated membership). */
  userWorkspaceId?: string | null;
  stripCredentialHeaders?: boolean;
};

export type PreparedRouteRequest = {
  routing: RouteMatchResult;
  /** Set when the server answers without running anything (404, 401, 500). */
  earlyOutcome: Exclude<RouteOutcome, { kind: 'success' } | { kind: 'handler-error' }> | null;
  /** The payload for the matched function (null when there is an early outcome). */
  payload: BuildRoutePayloadResult | null;
  authenticated: boolean;
};

export const prepareRouteRequest = (functions: readonly RouteFunction[], request: IncomingRouteRequest): PreparedRouteRequest => {
  const routing = matchRoute(functions, { method: request.method, path: request.url });
  const authenticated = hasBearerToken(request.headers);
  if (routing.serverError) {
    return { routing, earlyOutcome: { kind: 'server-error', message: routing.serverError.message }, payload: null, authenticated };
  }
  const route = routing.match;
  if (!route) return { routing, earlyOutcome: { kind: 'not-found' }, payload: null, authenticated };
  if (route.isAuthRequired && !authenticated) {
    return { routing, earlyOutcome: { kind: 'unauthorized' }, payload: null, authenticated };
  }
  const payload = buildRoutePayload({
    method: request.method,
    url: request.url,
    headers: request.headers,
    body: request.body,
    pathParameters: route.pathParameters,
    forwardedRequestHeaders: route.forwardedRequestHeaders,
    userWorkspaceId: authenticated ? (request.userWorkspaceId ?? null) : null,
    stripCredentialHeaders: request.stripCredentialHeaders,
  });
  return { routing, earlyOutcome: null, payload, authenticated };
};
