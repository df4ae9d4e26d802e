/**
 * HTTP route matching the way the Twenty server does it
 * (twentyhq/twenty, core-modules/logic-function/logic-function-trigger/triggers/route/route-trigger.service.ts):
 * - the request path has its `/s/` prefix replaced by `/` (`request.path.replace(/^\/s\//, '/')`);
 * - functions are tried in order; those whose `httpRouteTriggerSettings.httpMethod` differs are skipped;
 * - `match(path, { decode: decodeURIComponent })` from path-to-regexp; the first match wins;
 * - no match -> 404 'No Route trigger found'.
 * path-to-regexp's defaults apply: case-insensitive, an optional trailing slash is accepted.
 * A route whose path path-to-regexp cannot parse throws inside that loop, so the server answers 500
 * for every request of that method that reaches it before a match.
 */
import { match } from 'path-to-regexp';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type HttpRouteTriggerSettings = {
  path: string;
  httpMethod: string;
  isAuthRequired?: boolean;
  forwardedRequestHeaders?: string[];
};

export type RouteFunction = {
  universalIdentifier: string;
  name?: string | null;
  httpRouteTriggerSettings?: HttpRouteTriggerSettings | null;
};

export type RouteRequest = {
  method: string;
  /** Raw request path, `/s/...`; a query string, if present, is ignored here. */
  path: string;
};

export type RouteMatch = {
  universalIdentifier: string;
  name: string | null;
  path: string;
  httpMethod: string;
  isAuthRequired: boolean;
  forwardedRequestHeaders: string[];
  /** Decoded parameters; a `*wildcard` spans segments and is joined with commas, as the server does. */
  pathParameters: Record<string, string | undefined>;
};

export type ClosestRoute = {
  universalIdentifier: string;
  name: string | null;
  path: string;
  httpMethod: string;
  /** 0..1, 1 = same path. */
  similarity: number;
  /** Why it is suggested: the path matches but with another method, or it only looks alike. */
  reason: 'method-differs' | 'similar-path';
};

export type RouteMatchResult = {
  /** The path the routes are matched against (after the `/s/` prefix is stripped, query removed). */
  matchedPath: string;
  method: string;
  /** The function the server would run (the first match), or null. */
  match: RouteMatch | null;
  /** Every function whose method and path match, in order; more than one means the later ones never run. */
  matches: RouteMatch[];
  /**
   * When set, the server would fail with 500 before reaching a match: a route of the same method whose
   * path path-to-regexp cannot parse (or a malformed %-escape in the request path) comes first.
   */
  serverError: { universalIdentifier: string | null; path: string | null; message: string } | null;
  /** On a miss: up to 3 routes that look closest (same path with another method first). */
  closest: ClosestRoute[];
};

/** `/s/users/1?x=1` -> `/s/users/1`. */
export const stripQueryString = (path: string): string => {
  const index = path.search(/[?#]/);
  return index === -1 ? path : path.slice(0, index);
};

/** The server's rule: `/s/users/1` -> `/users/1`. Only a `/s/` prefix is replaced (`/s` alone is kept). */
export const stripRoutePrefix = (rawPath: string): string => rawPath.replace(/^\/s\//, '/');

const normalizePathParameters = (params: Record<string, string | string[] | undefined>): Record<string, string | undefined> => {
  const normalized: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    normalized[key] = Array.isArray(value) ? value.join(',') : value;
  }
  return normalized;
};

type Matcher = (path: string) => false | { params: Record<string, string | string[] | undefined> };

const matcherCache = new Map<string, Matcher | Error>();

/** A path-to-regexp matcher for a route path, or the Error path-to-regexp throws for it. */
export const compileRoutePath = (routePath: string): Matcher | Error => {
  let cached = matcherCache.get(routePath);
  if (!cached) {
    try {
      cached = match(routePath, { decode: decodeURIComponent }) as Matcher;
    } catch (error) {
      cached = error instanceof Error ? error : new Error(String(error));
    }
    matcherCache.set(routePath, cached);
  }
  return cached;
};

const toRouteMatch = (fn: RouteFunction, params: Record<string, string | string[] | undefined>): RouteMatch => {
  const settings = fn.httpRouteTriggerSettings as HttpRouteTriggerSettings;
  return {
    universalIdentifier: fn.universalIdentifier,
    name: fn.name ?? null,
    path: settings.path,
    httpMethod: settings.httpMethod,
    isAuthRequired: settings.isAuthRequired === true,
    forwardedRequestHeaders: settings.forwardedRequestHeaders ?? [],
    pathParameters: normalizePathParameters(params),
  };
};

/** Express routes HEAD to the GET handlers. */
const effectiveMethod = (method: string): string => {
  const upper = method.toUpperCase();
  return upper === 'HEAD' ? 'GET' : upper;
};

const levenshtein = (a: string, b: string): number => {
  if (a === b) return 0;
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
};

/**
 * Similarity of a request path to a route path: a parameter or wildcard segment counts half a
 * match for any segment; the rest is compared segment by segment with an edit distance.
 */
export const routePathSimilarity = (requestPath: string, routePath: string): number => {
  const split = (p: string) => p.toLowerCase().split('/').filter((s) => s !== '');
  const req = split(requestPath);
  const route = split(routePath);
  const length = Math.max(req.length, route.length);
  if (length === 0) return 1;
  let score = 0;
  for (let i = 0; i < length; i++) {
    const r = req[i];
    const t = route[i];
    if (r === undefined || t === undefined) continue;
    if (/^[:*]/.test(t) || t.includes('{')) {
      score += 0.5;
      continue;
    }
    const longest = Math.max(r.length, t.length);
    score += longest === 0 ? 1 : 1 - levenshtein(r, t) / longest;
  }
  return Math.round((score / length) * 1000) / 1000;
};

/** Matches a request against the functions' route triggers as the server does, and explains the outcome. */
export const matchRoute = (functions: readonly RouteFunction[], request: RouteRequest): RouteMatchResult => {
  const method = effectiveMethod(request.method);
  const matchedPath = stripRoutePrefix(stripQueryString(request.path));
  const routed = functions.filter((fn) => fn.httpRouteTriggerSettings && typeof fn.httpRouteTriggerSettings.path === 'string');

  const matches: RouteMatch[] = [];
  let serverError: RouteMatchResult['serverError'] = null;
  const otherMethod: RouteFunction[] = [];

  for (const fn of routed) {
    const settings = fn.httpRouteTriggerSettings as HttpRouteTriggerSettings;
    const matcher = compileRoutePath(settings.path);
    const sameMethod = String(settings.httpMethod).toUpperCase() === method;
    if (matcher instanceof Error) {
      if (sameMethod && matches.length === 0 && !serverError) {
        serverError = { universalIdentifier: fn.universalIdentifier, path: settings.path, message: matcher.message };
      }
      continue;
    }
    let result: ReturnType<Matcher>;
    try {
      result = matcher(matchedPath);
    } catch (error) {
      // decodeURIComponent throws on a malformed %-escape
      if (sameMethod && matches.length === 0 && !serverError) {
        serverError = { universalIdentifier: null, path: null, message: error instanceof Error ? error.message : String(error) };
      }
      continue;
    }
    if (!result) continue;
    if (sameMethod) matches.push(toRouteMatch(fn, result.params));
    else otherMethod.push(fn);
  }

  let closest: ClosestRoute[] = [];
  if (matches.length === 0) {
    const describe = (fn: RouteFunction, similarity: number, reason: ClosestRoute['reason']): ClosestRoute => ({
      universalIdentifier: fn.universalIdentifier,
      name: fn.name ?? null,
      path: (fn.httpRouteTriggerSettings as HttpRouteTriggerSettings).path,
      httpMethod: (fn.httpRouteTriggerSettings as HttpRouteTriggerSettings).httpMethod,
      similarity,
      reason,
    });
    const methodDiffers = otherMethod.map((fn) => describe(fn, 1, 'method-differs'));
    const similar = routed
      .filter((fn) => !otherMethod.includes(fn))
      .map((fn) => {
        const settings = fn.httpRouteTriggerSettings as HttpRouteTriggerSettings;
        let similarity = routePathSimilarity(matchedPath, settings.path);
        if (String(settings.httpMethod).toUpperCase() !== method) similarity = Math.round(similarity * 900) / 1000;
        return describe(fn, similarity, 'similar-path');
      })
      .filter((c) => c.similarity >= 0.4)
      .sort((a, b) => b.similarity - a.similarity);
    closest = [...methodDiffers, ...similar].slice(0, 3);
  }

  return {
    matchedPath,
    method,
    match: serverError ? null : (matches[0] ?? null),
    matches,
    serverError,
    closest,
  };
};
