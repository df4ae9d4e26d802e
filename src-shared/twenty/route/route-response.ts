/**
 * The HTTP answer the server sends on `/s/` for a route trigger
 * (twentyhq/twenty, triggers/route/utils/route-trigger-response.util.ts, route-trigger.service.ts and
 * the route exception filter):
 * - a returned `{ __twentyHttpResponse: true, body, status?, headers? }` (twenty-sdk's `Response`) sets
 *   the status (default 200) and headers, but on `/s/` only content-type, content-language,
 *   content-disposition, cache-control and retry-after get through;
 * - any other value is a 200 whose body is that value: a string as text/plain, null/undefined as an
 *   empty body, anything else as JSON (pre-serialised when the function set a content-type);
 * - the handler threw -> 500 with its message; no route -> 404; `isAuthRequired` without a token -> 401.
 * Express adds `; charset=utf-8` to the content-type of a text or JSON body.
 * Error bodies follow the server's HttpExceptionHandlerService: `{ statusCode, error, messages: [message] }`.
 */

export const ALLOWED_ROUTE_RESPONSE_HEADERS: readonly string[] = [
  'content-type',
  'content-language',
  'content-disposition',
  'cache-control',
  'retry-after',
];

export type LogicFunctionHttpResponse = {
  __twentyHttpResponse: true;
  body: unknown;
  status?: number;
  headers?: Record<string, string>;
};

/** The server's `isLogicFunctionHttpResponse`: the marker, an integer status 100-599 if any, string headers if any. */
export const isLogicFunctionHttpResponse = (value: unknown): value is LogicFunctionHttpResponse => {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.__twentyHttpResponse !== true) return false;
  const statusOk = v.status === undefined || (typeof v.status === 'number' && Number.isInteger(v.status) && v.status >= 100 && v.status <= 599);
  const headersOk =
    v.headers === undefined ||
    (typeof v.headers === 'object' &&
      v.headers !== null &&
      !Array.isArray(v.headers) &&
      Object.values(v.headers as Record<string, unknown>).every((h) => typeof h === 'string'));
  return statusOk && headersOk;
};

export type RouteOutcome =
  /** No function matched the method and path. */
  | { kind: 'not-found' }
  /** The route has `isAuthRequired: true` and the request has no Bearer token. */
  | { kind: 'unauthorized' }
  /** The server failed before running anything (an unparsable route path, a malformed %-escape). */
  | { kind: 'server-error'; message: string }
  /** The handler threw (result status ERROR). */
  | { kind: 'handler-error'; errorMessage: string; errorType?: string }
  /** The handler returned (the value after the JSON boundary). */
  | { kind: 'success'; data: unknown };

export type RouteHttpResponse = {
  status: number;
  /** Headers as sent, after the `/s/` filter (names as the function wrote them). */
  headers: Record<string, string>;
  /** Body text as sent ('' for none). */
  body: string;
  bodyKind: 'json' | 'text' | 'empty';
  /** Response headers the function set that `/s/` drops. */
  droppedHeaders: { name: string; value: string }[];
  warnings: string[];
};

const ERROR_NAMES: Record<number, string> = {
  401: 'UnauthorizedException',
  403: 'ForbiddenException',
  404: 'NotFoundException',
  405: 'MethodNotAllowedException',
  500: 'InternalServerErrorException',
};

/** The server's getErrorNameFromStatusCode: the listed codes, any other 5xx is an internal error. */
const errorName = (status: number): string => ERROR_NAMES[status] ?? (status >= 500 ? 'InternalServerErrorException' : 'BadRequestException');

export const buildErrorResponse = (status: number, message: string, warnings: string[] = []): RouteHttpResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify({ statusCode: status, error: errorName(status), messages: [message] }),
  bodyKind: 'json',
  droppedHeaders: [],
  warnings,
});

const withCharset = (contentType: string): string => (/;\s*charset=/i.test(contentType) ? contentType : `${contentType}; charset=utf-8`);

const findHeader = (headers: Record<string, string>, name: string): string | undefined => {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
};

const setHeader = (headers: Record<string, string>, name: string, value: string): void => {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name) ?? name;
  headers[key] = value;
};

/** Turns a handler's return value into the response the server sends on `/s/`. */
export const buildSuccessResponse = (data: unknown, { allowAllHeaders = false }: { allowAllHeaders?: boolean } = {}): RouteHttpResponse => {
  const warnings: string[] = [];
  let status = 200;
  let requested: Record<string, string> = {};
  let body: unknown = data;

  if (isLogicFunctionHttpResponse(data)) {
    status = data.status ?? 200;
    requested = data.headers ?? {};
    body = data.body;
  } else if (typeof data === 'object' && data !== null && (data as Record<string, unknown>).__twentyHttpResponse === true) {
    warnings.push(
      'The value has __twentyHttpResponse but its status is not an integer 100-599 or its headers are not all strings: the server sends the whole object as a 200 JSON body.',
    );
  }

  const headers: Record<string, string> = {};
  const droppedHeaders: RouteHttpResponse['droppedHeaders'] = [];
  for (const [name, value] of Object.entries(requested)) {
    if (allowAllHeaders || ALLOWED_ROUTE_RESPONSE_HEADERS.includes(name.toLowerCase())) headers[name] = value;
    else droppedHeaders.push({ name, value });
  }
  if (droppedHeaders.length > 0) {
    warnings.push(
      `On /s/ only ${ALLOWED_ROUTE_RESPONSE_HEADERS.join(', ')} response headers get through; dropped: ${droppedHeaders.map((h) => h.name).join(', ')}.`,
    );
  }

  if (body === undefined || body === null) {
    return { status, headers, body: '', bodyKind: 'empty', droppedHeaders, warnings };
  }

  const contentType = findHeader(headers, 'content-type');
  let text: string;
  let bodyKind: RouteHttpResponse['bodyKind'];
  if (typeof body === 'string') {
    setHeader(headers, 'content-type', withCharset(contentType ?? 'text/plain'));
    text = body;
    bodyKind = 'text';
  } else if (contentType !== undefined) {
    setHeader(headers, 'content-type', withCharset(contentType));
    text = JSON.stringify(body);
    bodyKind = 'json';
  } else {
    setHeader(headers, 'content-type', 'application/json; charset=utf-8');
    text = JSON.stringify(body);
    bodyKind = 'json';
  }

  if (status === 204 || status === 304) {
    // Express strips the body and its content headers for these statuses.
    for (const key of Object.keys(headers)) if (key.toLowerCase() === 'content-type') delete headers[key];
    return { status, headers, body: '', bodyKind: 'empty', droppedHeaders, warnings };
  }
  return { status, headers, body: text, bodyKind, droppedHeaders, warnings };
};

/** The HTTP response for any outcome of a `/s/` request. */
export const buildRouteResponse = (outcome: RouteOutcome, options: { allowAllHeaders?: boolean } = {}): RouteHttpResponse => {
  switch (outcome.kind) {
    case 'not-found':
      return buildErrorResponse(404, 'No Route trigger found');
    case 'unauthorized':
      return buildErrorResponse(401, 'Missing authentication token');
    case 'server-error':
      return buildErrorResponse(500, outcome.message);
    case 'handler-error':
      return buildErrorResponse(500, outcome.errorMessage);
    case 'success':
      return buildSuccessResponse(outcome.data, options);
  }
};
