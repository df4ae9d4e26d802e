import { createHash, randomBytes } from 'node:crypto';
import type { ConnectionStore, StoredConnection } from './connection-store';
import { DEFAULT_TOKEN_TIMEOUT_MS, OAuthTokenError, postTokenRequest, type TokenRequestContentType, type TokenResponse } from './oauth-token-client';

/** The path of the callback on the studio's loopback servers (browser server, or the Local workspace server). */
export const OAUTH_CALLBACK_PATH = '/oauth/callback';
/** As the server's signed state: a flow not completed within 10 minutes is refused. */
export const OAUTH_STATE_TTL_MS = 10 * 60_000;

/** `defineConnectionProvider`'s `oauth` block (twenty-sdk's OAuthConnectionProviderConfig) with its name. */
export interface OAuthProviderConfig {
  name: string;
  displayName: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  scopes: string[];
  clientIdVariable: string;
  clientSecretVariable: string;
  authorizationParams: Record<string, string>;
  tokenRequestContentType: TokenRequestContentType;
  usePkce: boolean;
}

const httpUrl = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
};

/** A manifest entry as a provider the flow can run, or a sentence saying what it lacks. */
export function oauthProviderOf(entry: Record<string, unknown>): OAuthProviderConfig | { error: string } {
  const name = typeof entry.name === 'string' ? entry.name : '';
  const oauth = entry.oauth !== null && typeof entry.oauth === 'object' ? (entry.oauth as Record<string, unknown>) : null;
  if (!oauth) return { error: `Connection provider "${name}" declares no oauth settings.` };
  const authorizationEndpoint = httpUrl(oauth.authorizationEndpoint);
  const tokenEndpoint = httpUrl(oauth.tokenEndpoint);
  if (!authorizationEndpoint) return { error: `Connection provider "${name}": oauth.authorizationEndpoint is not an http(s) URL.` };
  if (!tokenEndpoint) return { error: `Connection provider "${name}": oauth.tokenEndpoint is not an http(s) URL.` };
  if (typeof oauth.clientIdVariable !== 'string' || typeof oauth.clientSecretVariable !== 'string') {
    return { error: `Connection provider "${name}": oauth.clientIdVariable and oauth.clientSecretVariable must name the app's variables.` };
  }
  const params = oauth.authorizationParams !== null && typeof oauth.authorizationParams === 'object' ? (oauth.authorizationParams as Record<string, unknown>) : {};
  return {
    name, displayName: typeof entry.displayName === 'string' ? entry.displayName : name,
    authorizationEndpoint, tokenEndpoint,
    scopes: Array.isArray(oauth.scopes) ? oauth.scopes.map(String) : [],
    clientIdVariable: oauth.clientIdVariable, clientSecretVariable: oauth.clientSecretVariable,
    authorizationParams: Object.fromEntries(Object.entries(params).filter(([, value]) => typeof value === 'string')) as Record<string, string>,
    tokenRequestContentType: oauth.tokenRequestContentType === 'form-urlencoded' ? 'form-urlencoded' : 'json',
    // The studio always binds the code to a PKCE verifier unless the provider turns it off.
    usePkce: oauth.usePkce !== false,
  };
}

export interface OAuthFlowStatus {
  flowId: string;
  providerName: string;
  status: 'pending' | 'connected' | 'failed';
  message: string | null;
  connectionId: string | null;
}

interface PendingFlow extends OAuthFlowStatus {
  state: string;
  codeVerifier: string | null;
  redirectUri: string;
  provider: OAuthProviderConfig;
  visibility: 'user' | 'workspace';
  reconnectId: string | null;
  startedAt: number;
}

export interface OAuthFlowDeps {
  providers: () => Record<string, unknown>[];
  /** The app's variables (application and server) by name: the client id and secret are read from them. */
  variables: () => Promise<Record<string, unknown>>;
  connections: ConnectionStore;
  /** The callback URL of the server the browser comes back to. */
  redirectUri: () => string;
  tokenTimeoutMs?: number;
  now?: () => number;
}

export interface CallbackPage { status: number; title: string; message: string }

const base64url = (buffer: Buffer) => buffer.toString('base64url');
export const pkceChallenge = (verifier: string) => base64url(createHash('sha256').update(verifier).digest());

/**
 * The OAuth authorization-code flow of a `defineConnectionProvider`, run by the studio as the server runs
 * it: the authorize URL with client_id, redirect_uri, response_type=code, the scopes, a state, the PKCE
 * S256 challenge and the provider's extra params; the callback checks the state (random, single-use,
 * kept only in this studio process, 10 minutes), exchanges the code at the token endpoint and stores the
 * tokens as a local connection (`ConnectionStore.addOAuth`, 0600). It also refreshes expired tokens
 * for the connection store.
 */
export class OAuthFlowService {
  private readonly flows = new Map<string, PendingFlow>();
  private readonly byId = new Map<string, PendingFlow>();
  /** How long the token endpoint has to answer (a hung provider fails the flow readably). */
  tokenTimeoutMs: number;

  constructor(private readonly deps: OAuthFlowDeps) {
    this.tokenTimeoutMs = deps.tokenTimeoutMs ?? DEFAULT_TOKEN_TIMEOUT_MS;
    deps.connections.setRefresher((connection) => this.refresh(connection));
  }

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  private provider(name: string): OAuthProviderConfig {
    const entry = this.deps.providers().find((candidate) => candidate.name === name);
    if (!entry) throw new OAuthFlowError(`The app declares no connection provider named "${name}".`);
    const provider = oauthProviderOf(entry);
    if ('error' in provider) throw new OAuthFlowError(provider.error);
    return provider;
  }

  private async credentials(provider: OAuthProviderConfig): Promise<{ clientId: string; clientSecret: string }> {
    const variables = await this.deps.variables();
    const read = (name: string, what: string) => {
      const value = variables[name];
      if (typeof value !== 'string' || value === '') {
        throw new OAuthFlowError(`The ${what} of "${provider.name}" is read from the app variable ${name}, which ${Object.prototype.hasOwnProperty.call(variables, name) ? 'has no value' : 'the app does not declare'}: set it in Variables.`);
      }
      return value;
    };
    return { clientId: read(provider.clientIdVariable, 'client id'), clientSecret: read(provider.clientSecretVariable, 'client secret') };
  }

  private sweep(): void {
    const now = this.now();
    for (const [state, flow] of this.flows) if (now - flow.startedAt > OAUTH_STATE_TTL_MS) this.flows.delete(state);
    for (const [id, flow] of this.byId) if (now - flow.startedAt > 2 * OAUTH_STATE_TTL_MS) this.byId.delete(id);
  }

  async start(input: { providerName: string; visibility?: 'user' | 'workspace'; reconnectId?: string | null }): Promise<{ flowId: string; authorizationUrl: string; redirectUri: string }> {
    this.sweep();
    const provider = this.provider(input.providerName);
    const { clientId } = await this.credentials(provider);
    const redirectUri = this.deps.redirectUri();
    const state = base64url(randomBytes(32));
    const codeVerifier = provider.usePkce ? base64url(randomBytes(48)) : null;
    const url = new URL(provider.authorizationEndpoint);
    url.searchParams.set('client_id', clientId);
    url.searchParams.set('redirect_uri', redirectUri);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('scope', provider.scopes.join(' '));
    url.searchParams.set('state', state);
    if (codeVerifier) {
      url.searchParams.set('code_challenge', pkceChallenge(codeVerifier));
      url.searchParams.set('code_challenge_method', 'S256');
    }
    for (const [key, value] of Object.entries(provider.authorizationParams)) url.searchParams.set(key, value);
    const flow: PendingFlow = {
      flowId: base64url(randomBytes(12)), providerName: provider.name, status: 'pending', message: null, connectionId: null,
      state, codeVerifier, redirectUri, provider, visibility: input.visibility ?? 'workspace', reconnectId: input.reconnectId ?? null, startedAt: this.now(),
    };
    this.flows.set(state, flow);
    this.byId.set(flow.flowId, flow);
    return { flowId: flow.flowId, authorizationUrl: url.toString(), redirectUri };
  }

  status(flowId: string): OAuthFlowStatus {
    const flow = this.byId.get(flowId);
    if (!flow) return { flowId, providerName: '', status: 'failed', message: 'This OAuth flow is unknown to the studio (it expired, or the studio restarted). Start it again.', connectionId: null };
    const expired = flow.status === 'pending' && this.now() - flow.startedAt > OAUTH_STATE_TTL_MS;
    return { flowId, providerName: flow.providerName, status: expired ? 'failed' : flow.status, message: expired ? 'The provider did not come back within 10 minutes. Start again.' : flow.message, connectionId: flow.connectionId };
  }

  /** The browser came back to the callback URL: the page to show it, and the flow's outcome for the window. */
  async complete(params: URLSearchParams): Promise<CallbackPage> {
    const state = params.get('state');
    const flow = state ? this.flows.get(state) : undefined;
    // A state the studio did not hand out (or already used, or expired) changes no flow: it could be forged.
    if (!state || !flow || flow.status !== 'pending') {
      return { status: 400, title: 'Sign-in not accepted', message: 'The state of this callback is not one this studio session is waiting for (forged, already used, or from an earlier session). Start "Connect with OAuth" again from the Connections tab.' };
    }
    this.flows.delete(state);
    if (this.now() - flow.startedAt > OAUTH_STATE_TTL_MS) return this.fail(flow, 'The provider came back after more than 10 minutes; the flow expired. Start it again.');
    const providerError = params.get('error');
    if (providerError) {
      const description = params.get('error_description');
      return this.fail(flow, `${flow.provider.displayName} did not grant access: ${providerError}${description ? ` (${description})` : ''}.`);
    }
    const code = params.get('code');
    if (!code) return this.fail(flow, `${flow.provider.displayName} came back without an authorization code.`);
    let tokens: TokenResponse;
    try {
      const { clientId, clientSecret } = await this.credentials(flow.provider);
      const request: Record<string, string> = { grant_type: 'authorization_code', code, redirect_uri: flow.redirectUri, client_id: clientId, client_secret: clientSecret };
      if (flow.codeVerifier) request.code_verifier = flow.codeVerifier;
      tokens = await postTokenRequest({ tokenEndpoint: flow.provider.tokenEndpoint, contentType: flow.provider.tokenRequestContentType, params: request, timeoutMs: this.tokenTimeoutMs });
    } catch (error) {
      return this.fail(flow, `The code could not be exchanged for a token. ${(error as Error).message}`);
    }
    try {
      const existing = (await this.deps.connections.list()).filter((connection) => connection.providerName === flow.providerName).length;
      const connection = await this.deps.connections.addOAuth({
        providerName: flow.providerName, name: `${flow.provider.displayName} #${existing + 1}`, visibility: flow.visibility,
        tokens, requestedScopes: flow.provider.scopes, reconnectId: flow.reconnectId,
      });
      flow.status = 'connected';
      flow.connectionId = connection.id;
      flow.message = `Connected ${connection.name}${tokens.expiresAt ? `; the token expires at ${tokens.expiresAt}` : ''}${tokens.refreshToken ? ', with a refresh token' : ''}.`;
      return { status: 200, title: 'Connected', message: `${flow.message} You can close this tab and go back to Twenty App Studio.` };
    } catch (error) {
      return this.fail(flow, `The connection could not be saved: ${(error as Error).message}`);
    }
  }

  private fail(flow: PendingFlow, message: string): CallbackPage {
    flow.status = 'failed';
    flow.message = message;
    return { status: 400, title: 'Connection failed', message };
  }

  /** The connection store's refresher: a refresh_token grant at the provider's token endpoint. */
  async refresh(connection: StoredConnection): Promise<TokenResponse> {
    if (!connection.refreshToken) throw new OAuthTokenError('The connection has no refresh token.', 'endpoint', 400);
    const provider = this.provider(connection.providerName);
    const { clientId, clientSecret } = await this.credentials(provider);
    return postTokenRequest({
      tokenEndpoint: provider.tokenEndpoint, contentType: provider.tokenRequestContentType, timeoutMs: this.tokenTimeoutMs,
      params: { grant_type: 'refresh_token', refresh_token: connection.refreshToken, client_id: clientId, client_secret: clientSecret },
    });
  }
}

export class OAuthFlowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OAuthFlowError';
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The callback's answer: a small static page (no script), under a CSP that allows nothing. */
export function renderCallbackPage(page: CallbackPage): { status: number; headers: Record<string, string>; body: string } {
  return {
    status: page.status,
    headers: {
      'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'", 'referrer-policy': 'no-referrer',
    },
    body: `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(page.title)} — Twenty App Studio</title><style>body{font:15px system-ui,sans-serif;margin:3rem auto;max-width:40rem;color:#222}h1{font-size:1.3rem}</style></head><body><h1 data-oauth-status="${page.status === 200 ? 'connected' : 'failed'}">${escapeHtml(page.title)}</h1><p>${escapeHtml(page.message)}</p></body></html>`,
  };
}
