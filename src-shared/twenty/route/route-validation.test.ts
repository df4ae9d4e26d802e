import { describe, expect, it } from 'vitest';

import { findDuplicateRoutes, routePathShape, validateForwardedRequestHeaders, validateRoutePath } from './route-validation';
import { prepareRouteRequest } from './route-request';
import type { RouteFunction } from './route-matching';

describe('validateRoutePath', () => {
  it.each([
    ['/users/:id', [{ name: 'id', kind: 'param', optional: false }]],
    ['/files/*path', [{ name: 'path', kind: 'wildcard', optional: false }]],
    ['/reports{/:year}', [{ name: 'year', kind: 'param', optional: true }]],
    ['/a/:x/b/:y', [{ name: 'x', kind: 'param', optional: false }, { name: 'y', kind: 'param', optional: false }]],
    ['/plain', []],
  ])('%s is valid', (path, parameters) => {
    expect(validateRoutePath(path)).toEqual({ valid: true, parameters, warnings: [] });
  });

  it.each([
    ['/users/:', 'Missing parameter name at index 8: /users/:; visit https://git.new/pathToRegexpError for info'],
    ['/a/*', 'Missing parameter name at index 4: /a/*; visit https://git.new/pathToRegexpError for info'],
    ['/a/(x)', 'Unexpected ( at index 3: /a/(x); visit https://git.new/pathToRegexpError for info'],
    ['/a/:b?', 'Unexpected ? at index 5: /a/:b?; visit https://git.new/pathToRegexpError for info'],
    ['', 'Route trigger must have a path'],
  ])('%j: path-to-regexp error', (path, error) => {
    expect(validateRoutePath(path)).toEqual({ valid: false, error, parameters: [], warnings: [] });
  });

  it.each([
    ['users/:id', /does not start with "\/"/],
    ['/s/users', /starts with \/s/],
    ['/a/:id/b/:id', /declares the parameter "id" twice/],
  ])('%s warns', (path, warning) => {
    const result = validateRoutePath(path);
    expect(result.valid).toBe(true);
    expect(result.warnings.join('\n')).toMatch(warning);
  });
});

describe('findDuplicateRoutes', () => {
  const fn = (id: string, httpMethod: string, path: string): RouteFunction => ({
    universalIdentifier: id,
    name: id,
    httpRouteTriggerSettings: { path, httpMethod, isAuthRequired: false },
  });

  it('finds same method + same path shape, in order, and says who wins', () => {
    const duplicates = findDuplicateRoutes([
      fn('a', 'GET', '/users/:id'),
      fn('b', 'POST', '/users/:id'),
      fn('c', 'GET', '/Users/:userId/'),
      fn('d', 'GET', '/users'),
      fn('e', 'GET', '/users/:id'),
    ]);
    expect(duplicates).toEqual([
      {
        httpMethod: 'GET',
        paths: ['/users/:id', '/Users/:userId/'],
        functions: [
          { universalIdentifier: 'a', name: 'a', path: '/users/:id' },
          { universalIdentifier: 'c', name: 'c', path: '/Users/:userId/' },
          { universalIdentifier: 'e', name: 'e', path: '/users/:id' },
        ],
        message: '3 functions answer GET /users/:id: "a" wins and "c", "e" never run.',
      },
    ]);
  });

  it('returns nothing when all routes differ', () => {
    expect(findDuplicateRoutes([fn('a', 'GET', '/a'), fn('b', 'GET', '/b'), { universalIdentifier: 'c' }])).toEqual([]);
  });

  it('routePathShape', () => {
    expect(routePathShape('/Users/:userId/')).toBe('/users/:');
    expect(routePathShape('/')).toBe('/');
    expect(routePathShape('/f/*rest')).toBe('/f/*');
  });
});

describe('validateForwardedRequestHeaders', () => {
  it('flags invalid names, duplicates and credentials', () => {
    expect(validateForwardedRequestHeaders(['X-Signature', 'x-signature', 'bad header', 'Authorization', ''])).toEqual([
      { index: 1, name: 'x-signature', severity: 'warning', message: '"x-signature" is listed twice (header names are case-insensitive)' },
      { index: 2, name: 'bad header', severity: 'error', message: '"bad header" is not a valid header name' },
      {
        index: 3,
        name: 'Authorization',
        severity: 'warning',
        message: '"Authorization" carries the caller\'s credentials: newer Twenty servers never forward it to the function',
      },
      { index: 4, name: '', severity: 'error', message: '"" is not a valid header name' },
    ]);
  });
});

describe('prepareRouteRequest', () => {
  const functions: RouteFunction[] = [
    {
      universalIdentifier: 'secure',
      name: 'secure',
      httpRouteTriggerSettings: { path: '/secure/:id', httpMethod: 'POST', isAuthRequired: true, forwardedRequestHeaders: ['x-a'] },
    },
    { universalIdentifier: 'open', name: 'open', httpRouteTriggerSettings: { path: '/open', httpMethod: 'GET', isAuthRequired: false } },
  ];

  it('404 on a miss', () => {
    expect(prepareRouteRequest(functions, { method: 'GET', url: '/s/nope' })).toMatchObject({ earlyOutcome: { kind: 'not-found' }, payload: null });
  });
  it('401 when auth is required and there is no token', () => {
    expect(prepareRouteRequest(functions, { method: 'POST', url: '/s/secure/1' })).toMatchObject({ earlyOutcome: { kind: 'unauthorized' } });
  });
  it('builds the payload with userWorkspaceId when authenticated', () => {
    const prepared = prepareRouteRequest(functions, {
      method: 'POST',
      url: '/s/secure/1',
      headers: { Authorization: 'Bearer x', 'X-A': '1', 'X-B': '2' },
      body: '{}',
      userWorkspaceId: 'uw',
    });
    expect(prepared.earlyOutcome).toBeNull();
    expect(prepared.payload?.payload).toMatchObject({ headers: { 'x-a': '1' }, pathParameters: { id: '1' }, userWorkspaceId: 'uw' });
    expect(prepared.payload?.droppedHeaders.map((h) => h.name)).toEqual(['authorization', 'x-b']);
  });
  it('userWorkspaceId is null without a token', () => {
    const prepared = prepareRouteRequest(functions, { method: 'GET', url: '/s/open', userWorkspaceId: 'uw' });
    expect(prepared.payload?.payload.userWorkspaceId).toBeNull();
  });
});
