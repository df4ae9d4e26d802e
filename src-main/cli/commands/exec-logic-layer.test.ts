/** exec runs the logic layer's functions: health checks (with the status the server derives), server-route resolvers (and their dispatch), the uninstall hook. */
import { describe, expect, it } from 'vitest';
import { captureIo, useFixtureAppAndDataDir } from '../../../test/helpers/cli-test-kit';
import { execCommand } from './exec';

const app = useFixtureAppAndDataDir('logic-layer-app');

const exec = async (...args: string[]) => {
  const io = captureIo();
  const code = await execCommand([app.dir, '--data-dir', app.dataDir, '--target', 'offline', ...args], io);
  return { code, ...io };
};

describe('exec on the logic layer', () => {
  it('runs the health check and prints the status the server derives', async () => {
    const { code, out } = await exec('--healthCheck');
    expect(code).toBe(0);
    // GITHUB_CLIENT_ID has no value in the studio: the check reports a WARNING with a title.
    expect(out).toContain('health: WARNING  GitHub is not configured (Set GITHUB_CLIENT_ID on the server.)  [Open settings -> #variables]');
  }, 90_000);

  it('keeps --json the server result and puts the derived status on stderr', async () => {
    const { code, out, err } = await exec('--healthCheck', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ status: 'SUCCESS', data: { status: 'WARNING', title: 'GitHub is not configured' } });
    expect(err).toContain('health: WARNING');
  }, 90_000);

  it('runs a server-route resolver, says what the server does with its result, and follows the dispatch', async () => {
    const payload = JSON.stringify({
      headers: { 'x-signature': 's' }, queryStringParameters: {}, pathParameters: {}, body: { workspaceId: '20202020-1c25-4d02-bf25-6aeccf7ea419', n: 1 },
      isBase64Encoded: false, requestContext: { http: { method: 'POST', path: '/webhooks/server/2bb78bdc-8291-4443-973a-4731da512290' } }, userWorkspaceId: null,
    });
    const { code, out } = await exec('-n', 'webhook-resolver', '-p', payload, '--dispatch');
    expect(code).toBe(0);
    expect(out).toContain('server route: dispatches to ingest-webhook (8420f231-e4ef-4386-8454-950ccfabeac4) in workspace 20202020-1c25-4d02-bf25-6aeccf7ea419; the caller gets 200 {"queued":true}');
    expect(out).toMatch(/target: SUCCESS {2}ingest-webhook {2}\d+ ms {2}data: \{"ingested":true,"retryCount":0,"signature":"s"\}/);

    // A target that fails with RetryableLogicFunctionError is retried by the queue, each attempt printed.
    const busy = JSON.parse(payload) as { body: Record<string, unknown> };
    busy.body.failAttempts = 1;
    const retried = await exec('-n', 'webhook-resolver', '-p', JSON.stringify(busy), '--dispatch');
    expect(retried.code).toBe(0);
    expect(retried.out).toMatch(/target: ERROR {2}ingest-webhook {2}\d+ ms {2}RetryableLogicFunctionError: upstream busy \(attempt 1\) \(attempt 1 of 2, job [\w-]+\)/);
    expect(retried.out).toMatch(/target: SUCCESS {2}ingest-webhook {2}\d+ ms {2}data: \{"ingested":true,"retryCount":1,"signature":"s"\} \(attempt 2 of 2, job [\w-]+\)/);

    const ping = await exec('-n', 'webhook-resolver', '-p', JSON.stringify({ headers: {}, body: { type: 'ping' } }));
    expect(ping.out).toContain('server route: answers with its Response (status 200)');

    const invalid = await exec('-n', 'webhook-resolver', '-p', JSON.stringify({ headers: {}, body: { workspaceId: 'nope' } }));
    expect(invalid.code).toBe(1);
    expect(invalid.out).toContain('server route: the server answers 502: Resolver logic function must return either a Response');
    expect(invalid.out).toContain('workspaceId "nope" is not a UUID');
  }, 120_000);

  it('runs the uninstall hook with its payload', async () => {
    const { code, out } = await exec('--uninstall', '-p', '{"version":"0.3.0"}');
    expect(code).toBe(0);
    expect(out).toContain('"cleanedUp": "0.3.0"');
  }, 90_000);
});
