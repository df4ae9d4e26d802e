import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempWorkspace, TEST_ACTOR, type TempWorkspace } from './test-support/temp-workspace';
import { WorkspaceServer } from './workspace-server';

let temp: TempWorkspace;
let server: WorkspaceServer;
let token: string;

beforeAll(async () => {
  temp = await openTempWorkspace();
  server = new WorkspaceServer({
    workspace: () => temp.workspace,
    metadata: async () => ({ data: { ok: true } }),
  });
  await server.start();
  token = server.issueToken({ runId: 'run-1', actor: TEST_ACTOR, label: 'test' });
});
afterAll(async () => {
  await server?.stop();
  await temp?.cleanup();
});

interface Answer { status: number; body: any }

/** A raw HTTP request (fetch cannot set Host). */
function call(method: string, path: string, options: { headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port: server.port, method, path, headers: { 'content-type': 'application/json', ...options.headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // kept as text
        }
        resolve({ status: response.statusCode ?? 0, body });
      });
    });
    request.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? resolve({ status: 0, body: null }) : reject(error)));
    if (options.body !== undefined) request.end(options.body);
    else request.end();
  });
}

const auth = () => ({ authorization: `Bearer ${token}` });
const graphql = (query: string, headers: Record<string, string> = auth()) => call('POST', '/graphql', { headers, body: JSON.stringify({ query }) });

async function stillAnswers() {
  const answer = await graphql('{ companies { totalCount } }');
  expect(answer).toEqual({ status: 200, body: { data: { companies: { totalCount: expect.any(Number) } } } });
}

describe('workspace server', () => {
  it('answers GraphQL with a valid token', async () => {
    const created = await graphql('mutation { createCompany(data: { name: "Acme" }) { name createdBy { source name } } }');
    expect(created).toEqual({ status: 200, body: { data: { createCompany: { name: 'Acme', createdBy: { source: 'APPLICATION', name: 'Lead Desk' } } } } });
  });

  it('answers a missing token with FORBIDDEN and an unknown one with UNAUTHENTICATED (200 on GraphQL)', async () => {
    const missing = await graphql('{ companies { totalCount } }', {});
    expect(missing.status).toBe(200);
    expect(missing.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const unknown = await graphql('{ companies { totalCount } }', { authorization: 'Bearer nope' });
    expect(unknown.status).toBe(200);
    expect(unknown.body.errors[0]).toMatchObject({ message: 'Token invalid.', extensions: { code: 'UNAUTHENTICATED' } });
    await stillAnswers();
  });

  it('answers REST auth errors with 403 / 401 and takes ?token=', async () => {
    const missing = await call('GET', '/rest/companies');
    expect(missing.status).toBe(403);
    expect(missing.body).toMatchObject({ statusCode: 403, messages: [expect.any(String)] });
    const unknown = await call('GET', '/rest/companies', { headers: { authorization: 'Bearer nope' } });
    expect(unknown).toMatchObject({ status: 401, body: { statusCode: 401, messages: ['Token invalid.'] } });
    const viaQuery = await call('GET', `/rest/companies?token=${token}`);
    expect(viaQuery.status).toBe(200);
    expect(viaQuery.body.data.companies.map((company: any) => company.name)).toEqual(['Acme']);
  });

  it('refuses a foreign Host and a foreign Origin', async () => {
    const host = await call('POST', '/graphql', { headers: { ...auth(), host: 'evil.example:80' }, body: JSON.stringify({ query: '{ companies { totalCount } }' }) });
    expect(host.status).toBe(421);
    const origin = await call('POST', '/graphql', { headers: { ...auth(), origin: 'https://evil.example' }, body: JSON.stringify({ query: '{ companies { totalCount } }' }) });
    expect(origin.status).toBe(403);
    expect(origin.body.error).toBe('ForbiddenException');
    await stillAnswers();
  });

  it('answers a malformed JSON body and a body without query', async () => {
    const malformed = await call('POST', '/graphql', { headers: auth(), body: '{"query": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const noQuery = await call('POST', '/graphql', { headers: auth(), body: '{}' });
    expect(noQuery.body.errors[0].message).toBe('Must provide query string.');
    const restMalformed = await call('POST', '/rest/companies', { headers: auth(), body: '{nope' });
    expect(restMalformed).toMatchObject({ status: 400, body: { statusCode: 400, error: 'BadRequestException', messages: ['The request body is not JSON'] } });
    await stillAnswers();
  });

  it('refuses an oversize body and keeps answering', async () => {
    const big = Buffer.alloc(11 * 1024 * 1024, 0x20);
    const answer = await call('POST', '/graphql', { headers: auth(), body: big });
    // Either the 400 answer arrives or the connection is cut once the limit is passed.
    expect([0, 400, 413]).toContain(answer.status);
    await stillAnswers();
  });

  it('answers REST writes and unknown routes', async () => {
    const created = await call('POST', '/rest/companies', { headers: auth(), body: JSON.stringify({ name: 'Globex' }) });
    expect(created.status).toBe(201);
    expect(created.body.data.createCompany.name).toBe('Globex');
    const unknown = await call('GET', '/nowhere', { headers: auth() });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ statusCode: expect.any(Number), messages: [expect.any(String)] });
    await stillAnswers();
  });
});
