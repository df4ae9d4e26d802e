import { describe, expect, it } from 'vitest';
import { serverRouteAnswer } from './server-route';

const WORKSPACE = '20202020-1c25-4d02-bf25-6aeccf7ea419';
const TARGET = '8420f231-e4ef-4386-8454-950ccfabeac4';

describe('serverRouteAnswer (a saved resolver request replayed)', () => {
  it('answers a dispatch 200 {"queued":true}, a Response as itself, anything else 502, an error 500', () => {
    expect(serverRouteAnswer({ status: 'SUCCESS', data: { workspaceId: WORKSPACE, targetLogicFunctionUniversalIdentifier: TARGET } })).toMatchObject({ status: 200, body: '{"queued":true}' });
    expect(serverRouteAnswer({ status: 'SUCCESS', data: { __twentyHttpResponse: true, status: 201, headers: { 'content-type': 'text/plain' }, body: 'pong' } })).toMatchObject({ status: 201, body: 'pong' });
    const invalid = serverRouteAnswer({ status: 'SUCCESS', data: { workspaceId: 'nope' } });
    expect(invalid.status).toBe(502);
    expect(JSON.parse(invalid.body).messages[0]).toMatch(/^Resolver logic function must return either a Response/);
    expect(invalid.warnings).toContain('workspaceId "nope" is not a UUID');
    const failed = serverRouteAnswer({ status: 'ERROR', errorMessage: 'boom' });
    expect(failed.status).toBe(500);
    expect(JSON.parse(failed.body).messages).toEqual(['boom']);
  });
});
