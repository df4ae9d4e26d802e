import type { HeaderEntry, RouteRequestInput } from '../../../../src-shared/contract';
import { serverRouteUrl } from '../../../../src-shared/twenty/route/server-route';
import { parseJsonText, type JsonTextResult } from '../../run/json-text';

export type BodyMode = 'none' | 'json' | 'text' | 'raw';

export interface HeaderRow {
  name: string;
  value: string;
  /** Unticked rows stay in the table but are not sent. */
  enabled: boolean;
}

/** The route composer's inputs exactly as typed: the URL text is the source of truth for the query table. */
export interface RouteDraft {
  method: string;
  url: string;
  headers: HeaderRow[];
  bodyMode: BodyMode;
  body: string;
  authenticated: boolean;
}

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

export interface QueryRow {
  name: string;
  value: string;
}

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    // A lone `%` while typing: show it as typed rather than fail.
    return text;
  }
};

/** Splits `/s/items?a=1&b=2` into its path and query text (without `?`). */
export function splitUrl(url: string): { path: string; query: string | null } {
  const mark = url.indexOf('?');
  return mark < 0 ? { path: url, query: null } : { path: url.slice(0, mark), query: url.slice(mark + 1) };
}

/** The query-string table of a URL, in order, repeated names kept (the server joins them with commas). */
export function queryRows(url: string): QueryRow[] {
  const { query } = splitUrl(url);
  if (query === null || query === '') return [];
  return query.split('&').map((pair) => {
    const equals = pair.indexOf('=');
    return equals < 0 ? { name: decode(pair), value: '' } : { name: decode(pair.slice(0, equals)), value: decode(pair.slice(equals + 1)) };
  });
}

/** The URL with its query replaced by `rows` (encoded); no rows drops the `?`. */
export function withQueryRows(url: string, rows: readonly QueryRow[]): string {
  const { path } = splitUrl(url);
  if (rows.length === 0) return path;
  return `${path}?${rows.map((row) => `${encodeURIComponent(row.name)}=${encodeURIComponent(row.value)}`).join('&')}`;
}

const CONTENT_TYPES: Partial<Record<BodyMode, string>> = { json: 'application/json', text: 'text/plain' };

/** A content-type the request gets because of the body mode when the table has none (raw sends only what is typed). */
export function implicitContentType(draft: RouteDraft): string | null {
  const type = CONTENT_TYPES[draft.bodyMode];
  if (!type || draft.body === '') return null;
  const explicit = draft.headers.some((row) => row.enabled && row.name.trim().toLowerCase() === 'content-type');
  return explicit ? null : type;
}

/** The JSON body's parse result, or null when the body is not JSON or empty. */
export function jsonBodyProblem(draft: RouteDraft): Extract<JsonTextResult, { ok: false }> | null {
  if (draft.bodyMode !== 'json' || draft.body.trim() === '') return null;
  const parsed = parseJsonText(draft.body);
  return parsed.ok ? null : parsed;
}

/** What `routes.request` receives for the draft. */
export function routeRequestOf(draft: RouteDraft): RouteRequestInput {
  const headers: HeaderEntry[] = draft.headers.filter((row) => row.enabled && row.name.trim() !== '').map((row) => ({ name: row.name.trim(), value: row.value }));
  const contentType = implicitContentType(draft);
  if (contentType) headers.push({ name: 'content-type', value: contentType });
  const hasBody = draft.bodyMode !== 'none' && draft.body !== '';
  return { method: draft.method, url: draft.url, headers, body: hasBody ? draft.body : null, authenticated: draft.authenticated };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A starting draft for a route from its trigger settings: `/items/:id` -> `/s/items/1`. */
export function initialRouteDraft(settings: unknown): RouteDraft {
  const route = isRecord(settings) ? settings : {};
  const method = typeof route.httpMethod === 'string' ? route.httpMethod.toUpperCase() : 'GET';
  const path = typeof route.path === 'string' ? route.path : '/';
  const examplePath = path.replace(/:(\w+)/g, (_match, name: string) => (name.toLowerCase().endsWith('id') ? '1' : name)).replace(/^\/?/, '/');
  const hasBody = !['GET', 'HEAD', 'OPTIONS', 'DELETE'].includes(method);
  const forwarded = Array.isArray(route.forwardedRequestHeaders) ? route.forwardedRequestHeaders.filter((name): name is string => typeof name === 'string') : [];
  return {
    method,
    url: `/s${examplePath}`,
    headers: forwarded.map((name) => ({ name, value: '', enabled: true })),
    bodyMode: hasBody ? 'json' : 'none',
    body: hasBody ? '{\n  \n}' : '',
    authenticated: route.isAuthRequired === true,
  };
}

/**
 * The starting draft of a function's route composer: its HTTP route's, or for a server-route resolver
 * a request to `/webhooks/server/<id>` with its first allowed method (POST by default) and the headers it forwards.
 */
export function initialDraftFor(universalIdentifier: string, config: Record<string, unknown>): RouteDraft {
  const server = config.serverRouteTriggerSettings;
  if (config.httpRouteTriggerSettings || !isRecord(server)) return initialRouteDraft(config.httpRouteTriggerSettings);
  const methods = Array.isArray(server.httpMethods) ? server.httpMethods.filter((method): method is string => typeof method === 'string') : [];
  const method = (methods[0] ?? 'POST').toUpperCase();
  const forwarded = Array.isArray(server.forwardedRequestHeaders) ? server.forwardedRequestHeaders.filter((name): name is string => typeof name === 'string') : [];
  return {
    method,
    url: serverRouteUrl(universalIdentifier),
    headers: forwarded.map((name) => ({ name, value: '', enabled: true })),
    bodyMode: method === 'GET' ? 'none' : 'json',
    body: method === 'GET' ? '' : '{\n  \n}',
    authenticated: false,
  };
}

/** A draft from a saved payload's inputs (`{ method, url, headers, body, authenticated }`). */
export function routeDraftFromInputs(inputs: Record<string, unknown>, fallback: RouteDraft): RouteDraft {
  const headers = Array.isArray(inputs.headers)
    ? inputs.headers.filter(isRecord).map((entry) => ({ name: String(entry.name ?? ''), value: String(entry.value ?? ''), enabled: true }))
    : fallback.headers;
  const body = typeof inputs.body === 'string' ? inputs.body : '';
  let bodyMode: BodyMode = 'none';
  if (body !== '') bodyMode = parseJsonText(body).ok ? 'json' : 'text';
  // content-type travels in the headers; a json/text mode would add it a second time otherwise.
  return {
    method: typeof inputs.method === 'string' ? inputs.method.toUpperCase() : fallback.method,
    url: typeof inputs.url === 'string' ? inputs.url : fallback.url,
    headers,
    bodyMode,
    body,
    authenticated: inputs.authenticated === true,
  };
}

/** What a saved payload keeps of the draft: the request as sent, so `twenty-studio test` can replay it. */
export function routeInputsOf(draft: RouteDraft): Record<string, unknown> {
  const request = routeRequestOf(draft);
  return {
    method: request.method,
    url: request.url,
    headers: request.headers,
    ...(request.body !== null && request.body !== undefined ? { body: request.body } : {}),
    ...(draft.authenticated ? { authenticated: true } : {}),
  };
}
