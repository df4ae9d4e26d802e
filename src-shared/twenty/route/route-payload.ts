/**
 * Builds the `RoutePayload` (twenty-sdk's `LogicFunctionEvent`) exactly as the server does
 * (twentyhq/twenty, triggers/route/utils/build-logic-function-event.util.ts):
 * - headers: only the `forwardedRequestHeaders`, looked up lowercased, keys lowercased, a header
 *   that arrives several times joined with ', ';
 * - queryStringParameters: a repeated key joined with ',';
 * - pathParameters: decoded by path-to-regexp, wildcard segments joined with ',';
 * - body: parsed JSON; text that is not JSON becomes `{ raw }`; no body is null;
 * - rawBody: the raw text when there is one; isBase64Encoded: always false;
 * - requestContext.http: { method, path } with the raw path including `/s/`;
 * - userWorkspaceId: the caller's membership when authenticated, else null.
 * Request headers are first combined the way Node's http module does before Express sees them.
 */
import { stripQueryString } from './route-matching';

export type RoutePayload = {
  headers: Record<string, string | undefined>;
  queryStringParameters: Record<string, string | undefined>;
  pathParameters: Record<string, string | undefined>;
  body: unknown;
  rawBody?: string;
  isBase64Encoded: boolean;
  requestContext: { http: { method: string; path: string } };
  userWorkspaceId: string | null;
};

export type RequestHeadersInput =
  | ReadonlyArray<{ name: string; value: string }>
  | ReadonlyArray<readonly [string, string]>
  | Readonly<Record<string, string | readonly string[] | undefined>>;

export type BuildRoutePayloadInput = {
  method: string;
  /** Raw request path with an optional query string: `/s/users/42?ids=1&ids=2`. */
  url: string;
  headers?: RequestHeadersInput;
  /** The body text as sent; null/undefined/'' for none. */
  body?: string | null;
  /** From the route match (already decoded). */
  pathParameters?: Record<string, string | undefined>;
  forwardedRequestHeaders?: readonly string[];
  /** The caller's userWorkspaceId when the request carries a valid token; null otherwise. */
  userWorkspaceId?: string | null;
  /** Newer servers never forward authorization, cookie and proxy-authorization (default false: 2.43 behaviour). */
  stripCredentialHeaders?: boolean;
};

export type DroppedRequestHeader = { name: string; value: string; reason: 'not-forwarded' | 'credential' };

export type BuildRoutePayloadResult = {
  payload: RoutePayload;
  /** Request headers the function does not see, each with why. */
  droppedHeaders: DroppedRequestHeader[];
  /** Listed in `forwardedRequestHeaders` but absent from the request (so absent from `headers`). */
  missingForwardedHeaders: string[];
  warnings: string[];
};

/** Node discards repeats of these request headers (keeps the first). */
const SINGLE_VALUE_HEADERS = new Set([
  'age',
  'authorization',
  'content-length',
  'content-type',
  'etag',
  'expires',
  'from',
  'host',
  'if-modified-since',
  'if-unmodified-since',
  'last-modified',
  'location',
  'max-forwards',
  'proxy-authorization',
  'referer',
  'retry-after',
  'server',
  'user-agent',
]);

const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);

const toPairs = (headers: RequestHeadersInput | undefined): [string, string][] => {
  if (!headers) return [];
  if (Array.isArray(headers)) {
    return (headers as ReadonlyArray<{ name: string; value: string } | readonly [string, string]>).map((h) =>
      Array.isArray(h) ? [String(h[0]), String(h[1])] : [String((h as { name: string }).name), String((h as { value: string }).value)],
    );
  }
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(headers as Record<string, string | readonly string[] | undefined>)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) pairs.push([name, String(v)]);
    else pairs.push([name, String(value)]);
  }
  return pairs;
};

/**
 * Request headers as Express exposes them (`request.headers`): names lowercased; a repeated header
 * joined with ', ' (cookie with '; '; set-cookie kept as a list, which the server joins with ', '),
 * and the single-value headers (content-type, authorization, user-agent, ...) keep their first value.
 */
export const normalizeRequestHeaders = (headers: RequestHeadersInput | undefined): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [rawName, value] of toPairs(headers)) {
    const name = rawName.trim().toLowerCase();
    if (name === '') continue;
    if (!(name in out)) {
      out[name] = value;
    } else if (SINGLE_VALUE_HEADERS.has(name)) {
      continue;
    } else {
      out[name] = `${out[name]}${name === 'cookie' ? '; ' : ', '}${value}`;
    }
  }
  return out;
};

/** `?ids=1&ids=2&q=a+b` -> `{ ids: '1,2', q: 'a b' }` (Express's query parsing, then the server's join). */
export const parseQueryStringParameters = (url: string): Record<string, string | undefined> => {
  const index = url.indexOf('?');
  const out: Record<string, string | undefined> = {};
  if (index === -1) return out;
  const search = url.slice(index + 1).split('#')[0];
  const grouped = new Map<string, string[]>();
  for (const [key, value] of new URLSearchParams(search)) {
    const list = grouped.get(key) ?? [];
    list.push(value);
    grouped.set(key, list);
  }
  for (const [key, values] of grouped) out[key] = values.join(',');
  return out;
};

const mediaType = (contentType: string | undefined): string => (contentType ?? '').split(';')[0].trim().toLowerCase();

const isJsonMediaType = (type: string): boolean => type === 'application/json' || type.endsWith('+json');

const parseUrlEncoded = (text: string): Record<string, string | string[]> => {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
};

/** The `body` the server passes: parsed JSON, `{ raw }` for other text, null for none. */
export const extractRouteBody = (text: string | null | undefined, contentType?: string): { body: unknown; warnings: string[] } => {
  const warnings: string[] = [];
  if (text === undefined || text === null || text === '') return { body: null, warnings };
  const type = mediaType(contentType);
  if (type === 'application/x-www-form-urlencoded') {
    if (/[[\]]/.test(text)) {
      warnings.push('Bracketed form keys (a[b]=c) are expanded into nested objects by the server; the preview keeps them flat.');
    }
    return { body: parseUrlEncoded(text), warnings };
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (isJsonMediaType(type) && (parsed === null || typeof parsed !== 'object')) {
      warnings.push(
        'The server parses JSON bodies in strict mode: a top-level value that is not an object or an array is refused with 400.',
      );
    }
    return { body: parsed, warnings };
  } catch {
    if (isJsonMediaType(type)) {
      warnings.push(
        `The body is not valid JSON but is sent as ${type}: the server's JSON parser refuses it with 400 before the function runs.`,
      );
    } else if (type !== '' && !type.startsWith('text/')) {
      warnings.push(`The body is sent as ${type}; the function receives it as { raw: '<text>' } only if it arrives as text.`);
    }
    return { body: { raw: text }, warnings };
  }
};

export const buildRoutePayload = (input: BuildRoutePayloadInput): BuildRoutePayloadResult => {
  const requestHeaders = normalizeRequestHeaders(input.headers);
  const forwarded = (input.forwardedRequestHeaders ?? []).map((h) => h.toLowerCase());
  const warnings: string[] = [];

  const headers: Record<string, string | undefined> = {};
  const missingForwardedHeaders: string[] = [];
  for (const name of forwarded) {
    const value = requestHeaders[name];
    if (value === undefined) {
      if (!missingForwardedHeaders.includes(name)) missingForwardedHeaders.push(name);
      continue;
    }
    if (input.stripCredentialHeaders && CREDENTIAL_HEADERS.has(name)) continue;
    headers[name] = value;
  }

  const droppedHeaders: DroppedRequestHeader[] = [];
  for (const [name, value] of Object.entries(requestHeaders)) {
    if (!forwarded.includes(name)) droppedHeaders.push({ name, value, reason: 'not-forwarded' });
    else if (input.stripCredentialHeaders && CREDENTIAL_HEADERS.has(name)) droppedHeaders.push({ name, value, reason: 'credential' });
  }

  const { body, warnings: bodyWarnings } = extractRouteBody(input.body, requestHeaders['content-type']);
  warnings.push(...bodyWarnings);

  const payload: RoutePayload = {
    headers,
    queryStringParameters: parseQueryStringParameters(input.url),
    pathParameters: { ...(input.pathParameters ?? {}) },
    body,
    ...(input.body !== undefined && input.body !== null && input.body !== '' ? { rawBody: input.body } : {}),
    isBase64Encoded: false,
    requestContext: { http: { method: input.method.toUpperCase(), path: stripQueryString(input.url) } },
    userWorkspaceId: input.userWorkspaceId ?? null,
  };
  return { payload, droppedHeaders, missingForwardedHeaders, warnings };
};

/** True when the request carries a Bearer token (what `isAuthRequired` routes need). */
export const hasBearerToken = (headers: RequestHeadersInput | undefined): boolean => {
  const authorization = normalizeRequestHeaders(headers).authorization;
  return typeof authorization === 'string' && /^bearer\s+\S+/i.test(authorization.trim());
};
