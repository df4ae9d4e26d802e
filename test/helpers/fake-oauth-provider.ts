import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type TokenMode = 'ok' | 'error' | 'garbage' | 'hang' | 'no-access-token';

/**
 * A small OAuth 2 provider on 127.0.0.1 for tests: `/authorize` answers with a redirect to the
 * redirect_uri (a code, or `error=access_denied` when `deny` is set), `/token` checks what a real
 * provider checks (client id and secret, the code, the redirect_uri, PKCE S256, the refresh token)
 * and answers per `tokenMode`.
 */
export class FakeOAuthProvider {
  private server: Server | null = null;
  port = 0;
  deny = false;
  tokenMode: TokenMode = 'ok';
  expiresIn = 3600;
  readonly clientId = 'studio-client';
  readonly clientSecret = 'studio-secret';
  readonly tokenRequests: Record<string, string>[] = [];
  readonly authorizeRequests: URLSearchParams[] = [];
  private readonly codes = new Map<string, { challenge: string | null; redirectUri: string; scope: string }>();
  private readonly refreshTokens = new Set<string>();
  private issued = 0;
  private readonly hanging = new Set<() => void>();

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      void this.handle(request).then(({ status, headers, body }) => response.writeHead(status, headers).end(body), () => response.writeHead(500).end());
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const release of this.hanging) release();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(request: IncomingMessage): Promise<{ status: number; headers: Record<string, string>; body: string }> {
    const url = new URL(request.url ?? '/', this.url);
    const json = (status: number, value: unknown) => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
    if (url.pathname === '/authorize') {
      this.authorizeRequests.push(url.searchParams);
      const redirect = new URL(url.searchParams.get('redirect_uri')!);
      redirect.searchParams.set('state', url.searchParams.get('state') ?? '');
      if (this.deny) {
        redirect.searchParams.set('error', 'access_denied');
        redirect.searchParams.set('error_description', 'The user said no');
      } else {
        const code = `code-${++this.issued}`;
        this.codes.set(code, { challenge: url.searchParams.get('code_challenge'), redirectUri: url.searchParams.get('redirect_uri')!, scope: url.searchParams.get('scope') ?? '' });
        redirect.searchParams.set('code', code);
      }
      return { status: 302, headers: { location: redirect.toString() }, body: '' };
    }
    if (url.pathname === '/token' && request.method === 'POST') {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const text = Buffer.concat(chunks).toString('utf8');
      const params: Record<string, string> = (request.headers['content-type'] ?? '').includes('json') ? JSON.parse(text) : Object.fromEntries(new URLSearchParams(text));
      this.tokenRequests.push(params);
      if (this.tokenMode === 'hang') return new Promise((resolve) => this.hanging.add(() => resolve(json(504, {}))));
      if (this.tokenMode === 'garbage') return { status: 200, headers: { 'content-type': 'text/html' }, body: '<html>Service temporarily unavailable</html>' };
      if (this.tokenMode === 'error') return json(400, { error: 'invalid_grant', error_description: 'The grant was revoked' });
      if (this.tokenMode === 'no-access-token') return json(200, { token_type: 'bearer' });
      if (params.client_id !== this.clientId || params.client_secret !== this.clientSecret) return json(401, { error: 'invalid_client' });
      const token = () => `access-${++this.issued}`;
      if (params.grant_type === 'authorization_code') {
        const grant = this.codes.get(params.code);
        this.codes.delete(params.code);
        if (!grant || grant.redirectUri !== params.redirect_uri) return json(400, { error: 'invalid_grant', error_description: 'unknown code or redirect_uri' });
        if (grant.challenge !== null) {
          const computed = createHash('sha256').update(params.code_verifier ?? '').digest('base64url');
          if (computed !== grant.challenge) return json(400, { error: 'invalid_grant', error_description: 'PKCE verification failed' });
        }
        const refresh = `refresh-${this.issued}`;
        this.refreshTokens.add(refresh);
        return json(200, { access_token: token(), refresh_token: refresh, expires_in: this.expiresIn, token_type: 'bearer', scope: grant.scope });
      }
      if (params.grant_type === 'refresh_token') {
        if (!this.refreshTokens.has(params.refresh_token)) return json(400, { error: 'invalid_grant' });
        return json(200, { access_token: token(), expires_in: this.expiresIn, token_type: 'bearer' });
      }
      return json(400, { error: 'unsupported_grant_type' });
    }
    return json(404, { error: 'not_found' });
  }
}
