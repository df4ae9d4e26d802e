import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest, IncomingMessage } from 'node:http';
import type { OutgoingCall } from '../../../src-shared/contract/run';

/** Query parameters whose value is a credential more often than not. */
const SECRET_QUERY_KEY = /(token|secret|password|passwd|pwd|api[-_]?key|apikey|auth|signature|sig|credential|session|code)/i;

/** Hides `user:password@` and credential-like query values so the timeline can be shown and stored. */
export const redactUrl = (raw: string): string => {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw.replace(/\/\/[^/@\s]*@/, '//***@');
  }
  if (url.username) url.username = '***';
  if (url.password) url.password = '***';
  for (const key of [...new Set(url.searchParams.keys())]) {
    if (SECRET_QUERY_KEY.test(key)) url.searchParams.set(key, '***');
  }
  return url.toString();
};

const describeFetchInput = (input: unknown, init: { method?: string } | undefined): { method: string; url: string } => {
  if (typeof input === 'string') return { method: init?.method ?? 'GET', url: input };
  if (input instanceof URL) return { method: init?.method ?? 'GET', url: input.href };
  const request = input as { url?: string; method?: string } | null;
  return { method: init?.method ?? request?.method ?? 'GET', url: String(request?.url ?? input) };
};

/**
 * Records every outgoing HTTP request of the function: `fetch` (undici, which never goes through
 * node:http) by wrapping the global, and node:http/https through the `http.client.request.start`
 * diagnostics channel, which sees every ClientRequest whichever library created it. Installed
 * before the bundle is imported, so the function cannot keep a reference to the unwrapped fetch.
 */
export const installHttpCallRecorder = (onCall: (call: OutgoingCall) => void, runStartedAt: () => number): void => {
  const originalFetch = globalThis.fetch;
  if (typeof originalFetch === 'function') {
    const recordingFetch = async function fetch(input: Parameters<typeof originalFetch>[0], init?: Parameters<typeof originalFetch>[1]) {
      const { method, url } = describeFetchInput(input, init);
      const started = performance.now();
      const base = { via: 'fetch' as const, method: method.toUpperCase(), url: redactUrl(url), startedAtMs: round(started - runStartedAt()) };
      try {
        const response = await originalFetch(input, init);
        onCall({ ...base, status: response.status, durationMs: round(performance.now() - started) });
        return response;
      } catch (error) {
        onCall({ ...base, status: null, durationMs: round(performance.now() - started), error: errorText(error) });
        throw error;
      }
    };
    globalThis.fetch = recordingFetch as typeof globalThis.fetch;
  }

  subscribe('http.client.request.start', (message) => {
    const request = (message as { request: ClientRequest }).request;
    const started = performance.now();
    const host = String(request.getHeader('host') ?? request.host);
    const base = {
      via: 'http' as const,
      method: request.method,
      url: redactUrl(`${request.protocol}//${host}${request.path}`),
      startedAtMs: round(started - runStartedAt()),
    };
    // Wrapping emit, rather than adding listeners, leaves the request's behaviour untouched:
    // an 'error' with no listener of the function's own must still be thrown as usual.
    const emit = request.emit;
    let recorded = false;
    request.emit = function (this: ClientRequest, event: string | symbol, ...args: unknown[]): boolean {
      if (!recorded && (event === 'response' || event === 'error')) {
        recorded = true;
        const durationMs = round(performance.now() - started);
        if (event === 'response') onCall({ ...base, status: (args[0] as IncomingMessage).statusCode ?? null, durationMs });
        else onCall({ ...base, status: null, durationMs, error: errorText(args[0]) });
      }
      return emit.call(this, event, ...args);
    } as ClientRequest['emit'];
  });
};

const round = (ms: number): number => Math.round(ms * 10) / 10;

const errorText = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  // fetch reports "fetch failed" and hides the reason (ECONNREFUSED, ...) in `cause`.
  return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
};
