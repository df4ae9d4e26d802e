/**
 * Checks for `httpRouteTriggerSettings` that the SDK does not make and the server trips on:
 * a path path-to-regexp cannot parse, two functions with the same method and path (the first one
 * silently wins), forwarded header names that are not header names.
 */
import { parse, type Token } from 'path-to-regexp';

import { BoundedCache } from '../../bounded-cache';

import type { RouteFunction } from './route-matching';

export type RoutePathValidation = {
  valid: boolean;
  /** path-to-regexp's own message when it cannot parse the path. */
  error?: string;
  /** Declared parameters in order (`:id` -> 'id', `*rest` -> 'rest'). */
  parameters: { name: string; kind: 'param' | 'wildcard'; optional: boolean }[];
  warnings: string[];
};

const collectParameters = (tokens: readonly Token[], optional: boolean, out: RoutePathValidation['parameters']): void => {
  for (const token of tokens) {
    if (token.type === 'param') out.push({ name: token.name, kind: 'param', optional });
    else if (token.type === 'wildcard') out.push({ name: token.name, kind: 'wildcard', optional });
    else if (token.type === 'group') collectParameters(token.tokens, true, out);
  }
};

/** Path -> its validation: the model checks every route at every build (a copy out: callers may change it). */
const pathValidations = new BoundedCache<string, RoutePathValidation>(4_000);

export const validateRoutePath = (path: string): RoutePathValidation => {
  if (typeof path !== 'string') return checkRoutePath(path);
  const validation = pathValidations.get(path, checkRoutePath);
  return { ...validation, parameters: validation.parameters.map((parameter) => ({ ...parameter })), warnings: [...validation.warnings] };
};

const checkRoutePath = (path: string): RoutePathValidation => {
  if (typeof path !== 'string' || path === '') {
    return { valid: false, error: 'Route trigger must have a path', parameters: [], warnings: [] };
  }
  let tokens: readonly Token[];
  try {
    tokens = parse(path).tokens;
  } catch (error) {
    return { valid: false, error: error instanceof Error ? error.message : String(error), parameters: [], warnings: [] };
  }
  const parameters: RoutePathValidation['parameters'] = [];
  collectParameters(tokens, false, parameters);
  const warnings: string[] = [];
  if (!path.startsWith('/')) {
    warnings.push(`Route path ${JSON.stringify(path)} does not start with "/": request paths always do, so it never matches.`);
  }
  if (/^\/s(\/|$)/.test(path)) {
    warnings.push(
      `Route path ${JSON.stringify(path)} starts with /s: the server strips /s/ from the request before matching, so this only answers /s${path}.`,
    );
  }
  if (/[?#]/.test(path)) {
    warnings.push(`Route path ${JSON.stringify(path)} contains "?" or "#": the query string is never part of the matched path.`);
  }
  const seen = new Set<string>();
  for (const p of parameters) {
    if (seen.has(p.name)) warnings.push(`Route path ${JSON.stringify(path)} declares the parameter "${p.name}" twice.`);
    seen.add(p.name);
  }
  return { valid: true, parameters, warnings };
};

/** `/Users/:userId/` -> `/users/:` : two paths with the same shape answer the same requests. */
export const routePathShape = (path: string): string => shapes.get(path, shapeOf);

/** Path -> its shape: duplicate detection compares every route with every other at each model build. */
const shapes = new BoundedCache<string, string>(4_000);

const shapeOf = (path: string): string => {
  try {
    const render = (tokens: readonly Token[]): string =>
      tokens
        .map((t) => (t.type === 'text' ? t.value.toLowerCase() : t.type === 'param' ? ':' : t.type === 'wildcard' ? '*' : `{${render(t.tokens)}}`))
        .join('');
    const shape = render(parse(path).tokens);
    return shape.length > 1 ? shape.replace(/\/$/, '') : shape;
  } catch {
    return path;
  }
};

export type DuplicateRoute = {
  httpMethod: string;
  /** The paths involved as written (may differ only by parameter names, case or a trailing slash). */
  paths: string[];
  functions: { universalIdentifier: string; name: string | null; path: string }[];
  message: string;
};

/** The answer for each list of functions still in use (the model passes one list to every function's check). */
const duplicatesOfList = new WeakMap<readonly RouteFunction[], DuplicateRoute[]>();

/**
 * findDuplicateRoutes for a list that is not changed after this call: its answer is computed once and
 * shared (each function of a 200-function app checks its route against the same list). Do not change
 * what it returns.
 */
export const findDuplicateRoutesOfList = (functions: readonly RouteFunction[]): readonly DuplicateRoute[] => {
  let duplicates = duplicatesOfList.get(functions);
  if (!duplicates) {
    duplicates = findDuplicateRoutes(functions);
    duplicatesOfList.set(functions, duplicates);
  }
  return duplicates;
};

/** Functions answering the same method and path shape: only the first one ever runs. */
export const findDuplicateRoutes = (functions: readonly RouteFunction[]): DuplicateRoute[] => {
  const groups = new Map<string, { httpMethod: string; items: DuplicateRoute['functions'] }>();
  for (const fn of functions) {
    const settings = fn.httpRouteTriggerSettings;
    if (!settings || typeof settings.path !== 'string' || !settings.path) continue;
    const method = String(settings.httpMethod).toUpperCase();
    const key = `${method} ${routePathShape(settings.path)}`;
    const group = groups.get(key) ?? { httpMethod: method, items: [] };
    group.items.push({ universalIdentifier: fn.universalIdentifier, name: fn.name ?? null, path: settings.path });
    groups.set(key, group);
  }
  const duplicates: DuplicateRoute[] = [];
  for (const { httpMethod, items } of groups.values()) {
    if (items.length < 2) continue;
    const label = (item: DuplicateRoute['functions'][number]) => JSON.stringify(item.name ?? item.universalIdentifier);
    const [first, ...rest] = items;
    duplicates.push({
      httpMethod,
      paths: [...new Set(items.map((i) => i.path))],
      functions: items,
      message: `${items.length} functions answer ${httpMethod} ${first.path}: ${label(first)} wins and ${rest.map(label).join(', ')} never ${rest.length === 1 ? 'runs' : 'run'}.`,
    });
  }
  return duplicates;
};

/** RFC 9110 field-name (token) characters. */
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Headers newer Twenty servers never forward, whatever `forwardedRequestHeaders` says. */
export const CREDENTIAL_REQUEST_HEADER_NAMES: readonly string[] = ['authorization', 'cookie', 'proxy-authorization'];

export type HeaderNameIssue = { index: number; name: string; severity: 'error' | 'warning'; message: string };

/** Checks a `forwardedRequestHeaders` list. */
export const validateForwardedRequestHeaders = (names: readonly string[]): HeaderNameIssue[] => {
  const issues: HeaderNameIssue[] = [];
  const seen = new Map<string, number>();
  names.forEach((name, index) => {
    if (typeof name !== 'string' || !HEADER_NAME.test(name)) {
      issues.push({ index, name: String(name), severity: 'error', message: `${JSON.stringify(name)} is not a valid header name` });
      return;
    }
    const lower = name.toLowerCase();
    if (seen.has(lower)) {
      issues.push({ index, name, severity: 'warning', message: `${JSON.stringify(name)} is listed twice (header names are case-insensitive)` });
    }
    seen.set(lower, index);
    if (CREDENTIAL_REQUEST_HEADER_NAMES.includes(lower)) {
      issues.push({
        index,
        name,
        severity: 'warning',
        message: `${JSON.stringify(name)} carries the caller's credentials: newer Twenty servers never forward it to the function`,
      });
    }
  });
  return issues;
};
