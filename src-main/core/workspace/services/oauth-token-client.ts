/**
 * Token requests to an OAuth provider's token endpoint, as the Twenty server sends them for a
 * `defineConnectionProvider` (authorization_code with the client secret in the body and the PKCE
 * verifier when there is one; refresh_token), JSON or form-urlencoded per `tokenRequestContentType`,
 * `Accept: application/json`. Every failure is an `OAuthTokenError` with a sentence a person can read:
 * the endpoint's own status and error, a body that is not a token answer, no answer in time.
 */
export type TokenRequestContentType = 'json' | 'form-urlencoded';

export interface TokenResponse {
  accessToken: string;
  refreshToken: string | null;
  /** Granted scopes when the endpoint says (`scope`, space or comma separated), else null. */
  scopes: string[] | null;
  /** From `expires_in`, relative to when the answer came; null when the endpoint gives none. */
  expiresAt: string | null;
}

export type OAuthTokenErrorKind = 'endpoint' | 'garbage' | 'timeout' | 'network';

export class OAuthTokenError extends Error {
  constructor(message: string, readonly kind: OAuthTokenErrorKind, readonly status: number | null = null) {
    super(message);
    this.name = 'OAuthTokenError';
  }

  /** As on the server: only a 4xx answer means the grant is bad; 5xx, timeouts and network faults are transient. */
  get transient(): boolean {
    return this.kind !== 'endpoint' || this.status === null || this.status >= 500;
  }
}

export const DEFAULT_TOKEN_TIMEOUT_MS = 15_000;

const describeErrorBody = (text: string): string => {
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    if (typeof json.error === 'string') return typeof json.error_description === 'string' ? `${json.error}: ${json.error_description}` : json.error;
  } catch {
    // not JSON: the text itself, shortened
  }
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed === '' ? '(empty body)' : trimmed.slice(0, 300);
};

export function parseTokenResponse(json: unknown, now = Date.now()): TokenResponse {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new OAuthTokenError('The token endpoint answered something that is not a JSON object.', 'garbage');
  const body = json as Record<string, unknown>;
  if (typeof body.error === 'string') {
    throw new OAuthTokenError(`The token endpoint refused: ${body.error}${typeof body.error_description === 'string' ? ` (${body.error_description})` : ''}`, 'endpoint', 400);
  }
  if (typeof body.access_token !== 'string' || body.access_token === '') {
    throw new OAuthTokenError(`The token endpoint did not return an access_token (keys: ${Object.keys(body).join(', ') || 'none'}).`, 'garbage');
  }
  const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : typeof body.expires_in === 'string' && /^\d+$/.test(body.expires_in) ? Number(body.expires_in) : null;
  return {
    accessToken: body.access_token,
    refreshToken: typeof body.refresh_token === 'string' && body.refresh_token !== '' ? body.refresh_token : null,
    scopes: typeof body.scope === 'string' ? body.scope.split(/[\s,]+/).filter(Boolean) : null,
    expiresAt: expiresIn !== null && Number.isFinite(expiresIn) ? new Date(now + expiresIn * 1000).toISOString() : null,
  };
}

export async function postTokenRequest(args: {
  tokenEndpoint: string;
  contentType?: TokenRequestContentType;
  params: Record<string, string>;
  timeoutMs?: number;
  fetchFn?: typeof fetch;
}): Promise<TokenResponse> {
  const contentType = args.contentType ?? 'json';
  const body = contentType === 'json' ? JSON.stringify(args.params) : new URLSearchParams(args.params).toString();
  const timeoutMs = args.timeoutMs ?? DEFAULT_TOKEN_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await (args.fetchFn ?? fetch)(args.tokenEndpoint, {
        method: 'POST',
        headers: { 'content-type': contentType === 'json' ? 'application/json' : 'application/x-www-form-urlencoded', accept: 'application/json' },
        body,
        signal: controller.signal,
        redirect: 'error',
      });
    } catch (error) {
      if (controller.signal.aborted) throw new OAuthTokenError(`The token endpoint ${args.tokenEndpoint} did not answer within ${Math.round(timeoutMs / 100) / 10} s.`, 'timeout');
      throw new OAuthTokenError(`Could not reach the token endpoint ${args.tokenEndpoint}: ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}`, 'network');
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      if (controller.signal.aborted) throw new OAuthTokenError(`The token endpoint ${args.tokenEndpoint} did not finish its answer within ${Math.round(timeoutMs / 100) / 10} s.`, 'timeout');
      throw new OAuthTokenError(`The token endpoint ${args.tokenEndpoint} cut its answer off.`, 'network');
    }
    if (!response.ok) throw new OAuthTokenError(`The token endpoint answered ${response.status}: ${describeErrorBody(text)}`, 'endpoint', response.status);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new OAuthTokenError(`The token endpoint's answer is not JSON: ${describeErrorBody(text).slice(0, 120)}`, 'garbage');
    }
    return parseTokenResponse(json);
  } finally {
    clearTimeout(timer);
  }
}
