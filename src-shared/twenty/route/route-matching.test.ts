import { describe, expect, it } from 'vitest';

import { matchRoute, routePathSimilarity, type RouteFunction, stripQueryString, stripRoutePrefix } from './route-matching';

const fn = (id: string, httpMethod: string, path: string, extra: Partial<RouteFunction['httpRouteTriggerSettings']> = {}): RouteFunction => ({
  universalIdentifier: id,
  name: id,
  httpRouteTriggerSettings: { path, httpMethod, isAuthRequired: false, ...extra },
});

const FUNCTIONS: RouteFunction[] = [
  fn('get-user', 'GET', '/users/:id'),
  fn('create-user', 'POST', '/users'),
  fn('list-users', 'GET', '/users'),
  fn('user-shadow', 'GET', '/users/:userId'),
  fn('files', 'GET', '/files/*path'),
  fn('optional', 'GET', '/reports{/:year}'),
  { universalIdentifier: 'cron-only', name: 'cron-only' },
];

describe('stripRoutePrefix / stripQueryString', () => {
  it.each([
    ['/s/users/1', '/users/1'],
    ['/s/', '/'],
    ['/s', '/s'],
    ['/users/1', '/users/1'],
    ['/s/s/x', '/s/x'],
  ])('%s -> %s', (raw, expected) => {
    expect(stripRoutePrefix(raw)).toBe(expected);
  });
  it('removes the query string and fragment', () => {
    expect(stripQueryString('/s/a?x=1#f')).toBe('/s/a');
    expect(stripQueryString('/s/a#f')).toBe('/s/a');
  });
});

describe('matchRoute', () => {
  it.each([
    ['GET', '/s/users/123', 'get-user', { id: '123' }],
    ['get', '/s/users/123?x=1', 'get-user', { id: '123' }],
    ['GET', '/s/users/a%20b', 'get-user', { id: 'a b' }],
    ['GET', '/s/users/a%2Fb', 'get-user', { id: 'a/b' }],
    ['GET', '/s/USERS/7', 'get-user', { id: '7' }],
    ['GET', '/s/users/7/', 'get-user', { id: '7' }],
    ['POST', '/s/users', 'create-user', {}],
    ['GET', '/s/users', 'list-users', {}],
    ['GET', '/s/files/a/b%20c.txt', 'files', { path: 'a,b c.txt' }],
    ['GET', '/s/reports', 'optional', {}],
    ['GET', '/s/reports/2024', 'optional', { year: '2024' }],
    ['HEAD', '/s/users', 'list-users', {}],
  ])('%s %s -> %s', (method, path, id, params) => {
    const result = matchRoute(FUNCTIONS, { method, path });
    expect(result.match?.universalIdentifier).toBe(id);
    expect(result.match?.pathParameters).toEqual(params);
    expect(result.closest).toEqual([]);
    expect(result.serverError).toBeNull();
  });

  it('reports every match; the first one wins as on the server', () => {
    const result = matchRoute(FUNCTIONS, { method: 'GET', path: '/s/users/9' });
    expect(result.matches.map((m) => m.universalIdentifier)).toEqual(['get-user', 'user-shadow']);
    expect(result.match?.universalIdentifier).toBe('get-user');
    expect(result.matches[1].pathParameters).toEqual({ userId: '9' });
  });

  it('does not match without the /s/ prefix handling', () => {
    expect(matchRoute(FUNCTIONS, { method: 'GET', path: '/s/users/1/extra' }).match).toBeNull();
  });

  it('on a miss lists the same path with another method first, then similar paths', () => {
    const result = matchRoute(FUNCTIONS, { method: 'DELETE', path: '/s/users/5' });
    expect(result.match).toBeNull();
    expect(result.closest[0]).toMatchObject({ universalIdentifier: 'get-user', reason: 'method-differs', similarity: 1 });
    expect(result.closest[1]).toMatchObject({ universalIdentifier: 'user-shadow', reason: 'method-differs' });
    expect(result.closest).toHaveLength(3);
  });

  it('suggests a route with a typo', () => {
    const result = matchRoute(FUNCTIONS, { method: 'GET', path: '/s/usres' });
    expect(result.match).toBeNull();
    expect(result.closest[0]).toMatchObject({ universalIdentifier: 'list-users', reason: 'similar-path' });
  });

  it('returns no suggestions when nothing is alike', () => {
    expect(matchRoute(FUNCTIONS, { method: 'GET', path: '/s/zzzzzzzz/qqqqq/wwww' }).closest).toEqual([]);
  });

  it('an unparsable route path of the same method before the match is a server error (500)', () => {
    const functions = [fn('broken', 'GET', '/x/:'), fn('ok', 'GET', '/ok')];
    const result = matchRoute(functions, { method: 'GET', path: '/s/ok' });
    expect(result.match).toBeNull();
    expect(result.serverError).toMatchObject({ universalIdentifier: 'broken', path: '/x/:' });
    expect(result.serverError?.message).toMatch(/^Missing parameter name at index 4: \/x\/:/);
    // another method is not affected
    expect(matchRoute([fn('broken', 'POST', '/x/:'), fn('ok', 'GET', '/ok')], { method: 'GET', path: '/s/ok' }).match?.universalIdentifier).toBe('ok');
    // a broken route after the match is not reached
    expect(matchRoute([fn('ok', 'GET', '/ok'), fn('broken', 'GET', '/x/:')], { method: 'GET', path: '/s/ok' }).serverError).toBeNull();
  });

  it('a malformed %-escape is a server error', () => {
    const result = matchRoute(FUNCTIONS, { method: 'GET', path: '/s/users/%E0%A4%A' });
    expect(result.serverError).toMatchObject({ message: 'URI malformed' });
  });

  it('ignores functions without a route trigger', () => {
    expect(matchRoute([{ universalIdentifier: 'x' }], { method: 'GET', path: '/s/' })).toMatchObject({ match: null, closest: [] });
  });
});

describe('routePathSimilarity', () => {
  it.each([
    ['/users', '/users', 1],
    ['/users/1', '/users/:id', 0.75],
    ['/', '/', 1],
  ])('%s ~ %s = %s', (a, b, expected) => {
    expect(routePathSimilarity(a, b)).toBe(expected);
  });
  it('is lower for unrelated paths', () => {
    expect(routePathSimilarity('/usres', '/users')).toBeGreaterThan(routePathSimilarity('/orders', '/users'));
  });
});
