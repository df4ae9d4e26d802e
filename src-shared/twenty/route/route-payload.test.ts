import { describe, expect, it } from 'vitest';

import {
  buildRoutePayload,
  extractRouteBody,
  hasBearerToken,
  normalizeRequestHeaders,
  parseQueryStringParameters,
} from './route-payload';

describe('parseQueryStringParameters', () => {
  it.each([
    ['/s/x', {}],
    ['/s/x?ids=1&ids=2&ids=3', { ids: '1,2,3' }],
    ['/s/x?q=a+b&e=%C3%A9', { q: 'a b', e: 'é' }],
    ['/s/x?flag&empty=', { flag: '', empty: '' }],
    ['/s/x?a=1&b=2&a=3', { a: '1,3', b: '2' }],
    ['/s/x?a=1#frag', { a: '1' }],
  ])('%s', (url, expected) => {
    expect(parseQueryStringParameters(url)).toEqual(expected);
  });
});

describe('normalizeRequestHeaders (as Node/Express exposes them)', () => {
  it('lowercases names and joins repeats with ", "', () => {
    expect(normalizeRequestHeaders([{ name: 'X-Tag', value: 'a' }, { name: 'x-tag', value: 'b' }])).toEqual({ 'x-tag': 'a, b' });
  });
  it('joins cookies with "; " and keeps the first of single-value headers', () => {
    expect(
      normalizeRequestHeaders([
        ['Cookie', 'a=1'],
        ['cookie', 'b=2'],
        ['Content-Type', 'application/json'],
        ['content-type', 'text/plain'],
      ]),
    ).toEqual({ cookie: 'a=1; b=2', 'content-type': 'application/json' });
  });
  it('accepts a record with array values', () => {
    expect(normalizeRequestHeaders({ 'X-Multi': ['1', '2'], Skip: undefined })).toEqual({ 'x-multi': '1, 2' });
  });
});

describe('extractRouteBody', () => {
  it.each([
    [undefined, undefined, null],
    [null, 'application/json', null],
    ['', 'application/json', null],
    ['{"a":1}', 'application/json', { a: 1 }],
    ['[1,2]', 'application/json; charset=utf-8', [1, 2]],
    ['{"a":1}', undefined, { a: 1 }],
    ['hello', 'text/plain', { raw: 'hello' }],
    ['hello', undefined, { raw: 'hello' }],
    ['a=1&b=2&a=3', 'application/x-www-form-urlencoded', { a: ['1', '3'], b: '2' }],
  ])('%j (%s)', (text, contentType, expected) => {
    expect(extractRouteBody(text, contentType).body).toEqual(expected);
  });
  it('warns that invalid JSON sent as application/json is refused by the server', () => {
    const { body, warnings } = extractRouteBody('{oops', 'application/json');
    expect(body).toEqual({ raw: '{oops' });
    expect(warnings[0]).toMatch(/refuses it with 400/);
  });
});

describe('buildRoutePayload', () => {
  it('builds the payload exactly', () => {
    const result = buildRoutePayload({
      method: 'post',
      url: '/s/users/a%20b?ids=1&ids=2',
      headers: [
        { name: 'Content-Type', value: 'application/json' },
        { name: 'X-Signature', value: 'sig' },
        { name: 'X-Trace', value: 't1' },
        { name: 'x-trace', value: 't2' },
        { name: 'User-Agent', value: 'curl' },
      ],
      body: '{"name":"Ada"}',
      pathParameters: { id: 'a b' },
      forwardedRequestHeaders: ['x-SIGNATURE', 'X-Trace', 'X-Missing'],
      userWorkspaceId: 'uw-1',
    });
    expect(result.payload).toEqual({
      headers: { 'x-signature': 'sig', 'x-trace': 't1, t2' },
      queryStringParameters: { ids: '1,2' },
      pathParameters: { id: 'a b' },
      body: { name: 'Ada' },
      rawBody: '{"name":"Ada"}',
      isBase64Encoded: false,
      requestContext: { http: { method: 'POST', path: '/s/users/a%20b' } },
      userWorkspaceId: 'uw-1',
    });
    expect(Object.keys(result.payload)).toEqual([
      'headers', 'queryStringParameters', 'pathParameters', 'body', 'rawBody', 'isBase64Encoded', 'requestContext', 'userWorkspaceId',
    ]);
    expect(result.droppedHeaders).toEqual([
      { name: 'content-type', value: 'application/json', reason: 'not-forwarded' },
      { name: 'user-agent', value: 'curl', reason: 'not-forwarded' },
    ]);
    expect(result.missingForwardedHeaders).toEqual(['x-missing']);
    expect(result.warnings).toEqual([]);
  });

  it('has no rawBody and a null body without a body, and userWorkspaceId null when not authenticated', () => {
    const { payload, droppedHeaders } = buildRoutePayload({ method: 'GET', url: '/s/ping' });
    expect(payload).toEqual({
      headers: {},
      queryStringParameters: {},
      pathParameters: {},
      body: null,
      isBase64Encoded: false,
      requestContext: { http: { method: 'GET', path: '/s/ping' } },
      userWorkspaceId: null,
    });
    expect(payload).not.toHaveProperty('rawBody');
    expect(droppedHeaders).toEqual([]);
  });

  it('wraps a non-JSON body as { raw }', () => {
    const { payload } = buildRoutePayload({ method: 'POST', url: '/s/hook', body: 'plain text', headers: { 'content-type': 'text/plain' } });
    expect(payload.body).toEqual({ raw: 'plain text' });
    expect(payload.rawBody).toBe('plain text');
  });

  it('forwards credentials on 2.43, and strips them as newer servers do when asked', () => {
    const input = {
      method: 'GET',
      url: '/s/x',
      headers: { Authorization: 'Bearer t', Cookie: 'a=1' },
      forwardedRequestHeaders: ['authorization', 'cookie'],
    };
    expect(buildRoutePayload(input).payload.headers).toEqual({ authorization: 'Bearer t', cookie: 'a=1' });
    const stripped = buildRoutePayload({ ...input, stripCredentialHeaders: true });
    expect(stripped.payload.headers).toEqual({});
    expect(stripped.droppedHeaders.map((h) => [h.name, h.reason])).toEqual([
      ['authorization', 'credential'],
      ['cookie', 'credential'],
    ]);
  });
});

describe('hasBearerToken', () => {
  it.each([
    [{ Authorization: 'Bearer abc' }, true],
    [{ authorization: 'bearer abc' }, true],
    [{ authorization: 'Bearer ' }, false],
    [{ authorization: 'Basic abc' }, false],
    [{}, false],
  ])('%j -> %s', (headers, expected) => {
    expect(hasBearerToken(headers)).toBe(expected);
  });
});
