/**
 * "Connect with OAuth" end to end, against a fake provider on 127.0.0.1: the authorize URL the studio
 * builds (PKCE S256, state, the app's client id), the browser's trip back to the browser server's
 * loopback callback, the code exchange, the stored connection (0600, masked for the window), a
 * function getting the token through twenty-sdk's helpers, the refresh of an expired token, and every
 * error a person can meet (denied, forged state, token endpoint error, garbage, time-out).
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeOAuthProvider } from '../../test/helpers/fake-oauth-provider';
import { pointAcmeMailAt } from '../../test/helpers/oauth-fixture-app';
import { copyFixtureApp, type TempApp } from '../../test/helpers/temp-app';
import { Studio } from '../core/studio';
import { pkceChallenge } from '../core/workspace/services/oauth-flow';
import { startBrowserServer, type BrowserServer } from './browser-server';

let app: TempApp;
let dataDir: string;
let rendererDir: string;
let studio: Studio;
let browser: BrowserServer;
const provider = new FakeOAuthProvider();

beforeAll(async () => {
  await provider.start();
  app = await copyFixtureApp('workspace-app');
  await pointAcmeMailAt(app.dir, provider.url);
  dataDir = await mkdtemp(join(tmpdir(), 'studio-oauth-'));
  rendererDir = await mkdtemp(join(tmpdir(), 'studio-oauth-renderer-'));
  studio = new Studio({ userDataDir: dataDir, mode: 'browser', version: '0.0.0-test', prespawnRuns: 0 });
  const model = await studio.openApp(app.dir);
  await studio.runs.updateModel(model);
  await studio.workspace.ensureOpen();
  browser = await startBrowserServer(studio, { rendererDir });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await studio?.dispose();
  await provider.stop();
  await app?.cleanup();
  await rm(dataDir, { recursive: true, force: true });
  await rm(rendererDir, { recursive: true, force: true });
});

const uidOf = (name: string) => studio.currentModel!.entities.find((entity) => entity.config?.name === name)!.universalIdentifier!;
const run = (name: string, payload: unknown) => studio.runs.execute({ universalIdentifier: uidOf(name), payload, origin: 'test' });

/** What the browser does: follow the provider's redirect to the studio's callback, without the studio's cookie. */
async function browse(authorizationUrl: string): Promise<{ status: number; html: string; callbackUrl: string }> {
  const answer = await fetch(authorizationUrl, { redirect: 'manual' });
  const callbackUrl = answer.headers.get('location')!;
  const callback = await fetch(callbackUrl, { redirect: 'manual' });
  return { status: callback.status, html: await callback.text(), callbackUrl };
}

describe('Connect with OAuth', () => {
  it('refuses to start without the client id variable, saying which variable to set', async () => {
    await expect(studio.workspace.oauthStart({ providerName: 'acme-mail' })).rejects.toThrow(/ACME_CLIENT_ID, which has no value: set it in Variables/);
    await expect(studio.workspace.oauthStart({ providerName: 'nope' })).rejects.toThrow(/no connection provider named "nope"/);
    await studio.runs.setVariables({ ACME_CLIENT_ID: provider.clientId, ACME_CLIENT_SECRET: provider.clientSecret });
  });

  it('runs the authorization-code flow with PKCE S256 through the browser server\'s loopback callback and stores the tokens', async () => {
    const started = await studio.workspace.oauthStart({ providerName: 'acme-mail', visibility: 'workspace' });
    expect(started.redirectUri).toBe(`http://127.0.0.1:${browser.port}/oauth/callback`);
    const authorize = new URL(started.authorizationUrl);
    expect(authorize.origin + authorize.pathname).toBe(`${provider.url}/authorize`);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      client_id: 'studio-client', redirect_uri: started.redirectUri, response_type: 'code', scope: 'mail.read mail.send', code_challenge_method: 'S256', access_type: 'offline',
    });
    expect(authorize.searchParams.get('state')!.length).toBeGreaterThanOrEqual(43);
    expect(studio.workspace.oauth.status(started.flowId).status).toBe('pending');

    const page = await browse(started.authorizationUrl);
    expect(page.status).toBe(200);
    expect(page.html).toContain('data-oauth-status="connected"');
    // The token request the studio sent: form-urlencoded, with the secret, the redirect_uri and the PKCE verifier that matches.
    const tokenRequest = provider.tokenRequests.at(-1)!;
    expect(tokenRequest).toMatchObject({ grant_type: 'authorization_code', client_id: 'studio-client', client_secret: 'studio-secret', redirect_uri: started.redirectUri });
    expect(pkceChallenge(tokenRequest.code_verifier)).toBe(authorize.searchParams.get('code_challenge'));

    const status = studio.workspace.oauth.status(started.flowId);
    expect(status).toMatchObject({ status: 'connected', connectionId: expect.any(String) });
    const { connections } = await studio.workspace.connectionsList();
    const stored = connections.find((connection) => connection.id === status.connectionId)!;
    expect(stored).toMatchObject({ providerName: 'acme-mail', name: 'Acme Mail #1', source: 'oauth', accessToken: '••••••••', scopes: ['mail.read', 'mail.send'], hasRefreshToken: true, visibility: 'workspace' });
    expect(Date.parse(stored.expiresAt!)).toBeGreaterThan(Date.now() + 3_000_000);
    expect((await stat(studio.workspace.connections.path)).mode & 0o777).toBe(0o600);
    // The same state again (a replay) is refused.
    const replay = await fetch(page.callbackUrl);
    expect(replay.status).toBe(400);
    expect(await replay.text()).toMatch(/not one this studio session is waiting for/);

    const used = await run('use-connection', { id: status.connectionId });
    expect(used.result?.data).toMatchObject({ chosen: 'Acme Mail #1', token: expect.stringMatching(/^access-\d+$/), scopes: ['mail.read', 'mail.send'] });
    expect(JSON.stringify(studio.workspace.activitySince(0, 20_000))).not.toMatch(/access-\d|refresh-\d|studio-secret/);
  }, 60_000);

  it('refreshes an expired token with the refresh token when a function asks for the connection', async () => {
    provider.expiresIn = 5; // inside the refresh margin: expired as far as the studio is concerned
    const started = await studio.workspace.oauthStart({ providerName: 'acme-mail' });
    await browse(started.authorizationUrl);
    const { connectionId } = studio.workspace.oauth.status(started.flowId);
    const firstToken = JSON.parse(await readFile(studio.workspace.connections.path, 'utf8')).connections.find((connection: { id: string }) => connection.id === connectionId).accessToken;
    provider.expiresIn = 3600;
    const before = provider.tokenRequests.length;
    const used = await run('use-connection', { id: connectionId });
    expect(provider.tokenRequests.slice(before)).toEqual([expect.objectContaining({ grant_type: 'refresh_token', refresh_token: expect.stringMatching(/^refresh-/), client_secret: 'studio-secret' })]);
    const token = (used.result?.data as { token: string }).token;
    expect(token).not.toBe(firstToken);
    const stored = (await studio.workspace.connectionsList()).connections.find((connection) => connection.id === connectionId)!;
    expect(Date.parse(stored.expiresAt!)).toBeGreaterThan(Date.now() + 3_000_000);
    expect(stored.hasRefreshToken).toBe(true);

    // A revoked grant (4xx from the token endpoint) marks the connection as needing a reconnect.
    provider.expiresIn = 5;
    const second = await studio.workspace.oauthStart({ providerName: 'acme-mail' });
    await browse(second.authorizationUrl);
    const revokedId = studio.workspace.oauth.status(second.flowId).connectionId!;
    provider.tokenMode = 'error';
    const failed = await run('use-connection', { id: revokedId });
    provider.tokenMode = 'ok';
    provider.expiresIn = 3600;
    expect(failed.result?.data).toMatchObject({ error: expect.stringMatching(/^AppConnectionAuthFailedError/) });
    const marked = (await studio.workspace.connectionsList()).connections.find((connection) => connection.id === revokedId)!;
    expect(marked.authFailedReason).toMatch(/Refreshing the access token failed: The token endpoint answered 400: invalid_grant: The grant was revoked/);
  }, 60_000);

  it('shows the provider\'s denial, a forged state, and token endpoint errors, garbage and time-outs readably', async () => {
    provider.deny = true;
    const denied = await studio.workspace.oauthStart({ providerName: 'acme-mail' });
    const deniedPage = await browse(denied.authorizationUrl);
    provider.deny = false;
    expect(deniedPage.status).toBe(400);
    expect(studio.workspace.oauth.status(denied.flowId)).toMatchObject({ status: 'failed', message: 'Acme Mail did not grant access: access_denied (The user said no).' });
    expect(deniedPage.html).toContain('did not grant access: access_denied');

    const pending = await studio.workspace.oauthStart({ providerName: 'acme-mail' });
    const forged = await fetch(`http://127.0.0.1:${browser.port}/oauth/callback?code=stolen&state=forged-state`);
    expect(forged.status).toBe(400);
    expect(await forged.text()).toMatch(/forged, already used, or from an earlier session/);
    expect(studio.workspace.oauth.status(pending.flowId).status).toBe('pending'); // a forged state changes no flow

    const outcomes: Record<string, RegExp> = {
      error: /The code could not be exchanged for a token\. The token endpoint answered 400: invalid_grant: The grant was revoked/,
      garbage: /The token endpoint's answer is not JSON: <html>Service temporarily unavailable/,
      'no-access-token': /did not return an access_token \(keys: token_type\)/,
      hang: /did not answer within 0\.3 s/,
    };
    studio.workspace.oauth.tokenTimeoutMs = 300;
    for (const [mode, message] of Object.entries(outcomes)) {
      provider.tokenMode = mode as typeof provider.tokenMode;
      const flow = await studio.workspace.oauthStart({ providerName: 'acme-mail' });
      const page = await browse(flow.authorizationUrl);
      expect(page.status, mode).toBe(400);
      expect(studio.workspace.oauth.status(flow.flowId).message, mode).toMatch(message);
    }
    provider.tokenMode = 'ok';
    studio.workspace.oauth.tokenTimeoutMs = 15_000;
    expect(studio.workspace.oauth.status('unknown-flow')).toMatchObject({ status: 'failed', message: expect.stringMatching(/unknown to the studio/) });
  }, 60_000);

  it('without a browser server the callback lands on the Local workspace server', async () => {
    studio.setOAuthCallbackBase(null);
    try {
      const started = await studio.workspace.oauthStart({ providerName: 'acme-mail' });
      expect(started.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/oauth\/callback$/);
      expect(started.redirectUri).not.toContain(`:${browser.port}/`);
      const page = await browse(started.authorizationUrl);
      expect(page.status).toBe(200);
      expect(studio.workspace.oauth.status(started.flowId).status).toBe('connected');
    } finally {
      studio.setOAuthCallbackBase(`http://127.0.0.1:${browser.port}`);
    }
  }, 60_000);
});
