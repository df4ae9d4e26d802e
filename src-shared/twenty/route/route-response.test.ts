import { describe, expect, it } from 'vitest';

import { buildRouteResponse, buildSuccessResponse, isLogicFunctionHttpResponse } from './route-response';

describe('isLogicFunctionHttpResponse', () => {
  it.each([
    [{ __twentyHttpResponse: true, body: 'x' }, true],
    [{ __twentyHttpResponse: true, body: null, status: 201, headers: { 'content-type': 'text/html' } }, true],
    [{ __twentyHttpResponse: true, body: 'x', status: 99 }, false],
    [{ __twentyHttpResponse: true, body: 'x', status: 600 }, false],
    [{ __twentyHttpResponse: true, body: 'x', status: 200.5 }, false],
    [{ __twentyHttpResponse: true, body: 'x', headers: { a: 1 } }, false],
    [{ __twentyHttpResponse: 'true', body: 'x' }, false],
    [null, false],
    ['x', false],
  ])('%j -> %s', (value, expected) => {
    expect(isLogicFunctionHttpResponse(value)).toBe(expected);
  });
});

describe('buildRouteResponse', () => {
  it('plain object -> 200 JSON', () => {
    expect(buildRouteResponse({ kind: 'success', data: { ok: true } })).toEqual({
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{"ok":true}',
      bodyKind: 'json',
      droppedHeaders: [],
      warnings: [],
    });
  });

  it('string -> 200 text/plain', () => {
    expect(buildRouteResponse({ kind: 'success', data: 'hello' })).toMatchObject({
      status: 200,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: 'hello',
      bodyKind: 'text',
    });
  });

  it.each([null, undefined])('%s -> 200 empty', (data) => {
    expect(buildRouteResponse({ kind: 'success', data })).toMatchObject({ status: 200, headers: {}, body: '', bodyKind: 'empty' });
  });

  it('numbers and booleans are JSON', () => {
    expect(buildRouteResponse({ kind: 'success', data: 42 })).toMatchObject({ body: '42', bodyKind: 'json' });
    expect(buildRouteResponse({ kind: 'success', data: false })).toMatchObject({ body: 'false', bodyKind: 'json' });
  });

  it('Response object: status, allowed headers kept (as written), others dropped and reported', () => {
    const response = buildRouteResponse({
      kind: 'success',
      data: {
        __twentyHttpResponse: true,
        status: 201,
        body: '<h1>Hi</h1>',
        headers: {
          'Content-Type': 'text/html',
          'Cache-Control': 'no-store',
          'X-Custom': 'foo',
          'Set-Cookie': 'a=1',
          'Retry-After': '5',
          'content-language': 'fr',
          'Content-Disposition': 'inline',
        },
      },
    });
    expect(response.status).toBe(201);
    expect(response.headers).toEqual({
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Retry-After': '5',
      'content-language': 'fr',
      'Content-Disposition': 'inline',
    });
    expect(response.droppedHeaders).toEqual([
      { name: 'X-Custom', value: 'foo' },
      { name: 'Set-Cookie', value: 'a=1' },
    ]);
    expect(response.body).toBe('<h1>Hi</h1>');
    expect(response.bodyKind).toBe('text');
    expect(response.warnings[0]).toMatch(/dropped: X-Custom, Set-Cookie\.$/);
  });

  it('Response object with an object body and a custom content-type is pre-serialised', () => {
    expect(
      buildRouteResponse({
        kind: 'success',
        data: { __twentyHttpResponse: true, body: { ok: true }, headers: { 'content-type': 'application/ld+json' } },
      }),
    ).toMatchObject({ status: 200, headers: { 'content-type': 'application/ld+json; charset=utf-8' }, body: '{"ok":true}' });
  });

  it('Response object without status defaults to 200; with a null body is empty', () => {
    expect(buildRouteResponse({ kind: 'success', data: { __twentyHttpResponse: true, body: null, status: 202 } })).toMatchObject({
      status: 202,
      body: '',
      bodyKind: 'empty',
    });
    expect(buildRouteResponse({ kind: 'success', data: { __twentyHttpResponse: true, body: 'x' } })).toMatchObject({ status: 200 });
  });

  it('204 has no body', () => {
    expect(buildRouteResponse({ kind: 'success', data: { __twentyHttpResponse: true, body: 'x', status: 204 } })).toMatchObject({
      status: 204,
      headers: {},
      body: '',
    });
  });

  it('a malformed Response object is sent whole as a 200 JSON body, with a warning', () => {
    const data = { __twentyHttpResponse: true, body: 'x', status: 'teapot' };
    const response = buildRouteResponse({ kind: 'success', data });
    expect(response).toMatchObject({ status: 200, body: JSON.stringify(data), bodyKind: 'json' });
    expect(response.warnings).toHaveLength(1);
  });

  it('isolated public domains let every header through', () => {
    expect(
      buildSuccessResponse({ __twentyHttpResponse: true, body: 'x', headers: { 'X-Custom': 'y' } }, { allowAllHeaders: true }).headers,
    ).toEqual({ 'X-Custom': 'y', 'content-type': 'text/plain; charset=utf-8' });
  });

  it.each([
    [{ kind: 'not-found' } as const, 404, 'NotFoundException', 'No Route trigger found'],
    [{ kind: 'unauthorized' } as const, 401, 'UnauthorizedException', 'Missing authentication token'],
    [{ kind: 'handler-error', errorMessage: 'boom', errorType: 'Error' } as const, 500, 'InternalServerErrorException', 'boom'],
    [{ kind: 'server-error', message: 'URI malformed' } as const, 500, 'InternalServerErrorException', 'URI malformed'],
  ])('%j -> %i', (outcome, status, error, message) => {
    const response = buildRouteResponse(outcome);
    expect(response.status).toBe(status);
    expect(JSON.parse(response.body)).toEqual({ statusCode: status, error, messages: [message] });
    expect(response.headers).toEqual({ 'content-type': 'application/json; charset=utf-8' });
  });
});
