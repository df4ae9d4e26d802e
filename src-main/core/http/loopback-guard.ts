import type { IncomingMessage } from 'node:http';

/**
 * Who may call a loopback server of the studio (the local route server, the local workspace).
 *
 * - `Host` must name the loopback address and the server's own port: a DNS-rebinding page reaches
 *   127.0.0.1 under its own host name, and is refused here.
 * - A browser's cross-site request (`Origin` of another site, or `Sec-Fetch-Site: cross-site`) is
 *   refused: a page the developer visits must not run functions with the developer's variables, even
 *   with a no-cors `text/plain` POST whose answer it cannot read.
 * - `acceptExternal` (a webhook tunnel forwards another host name and origin) lifts both checks; the
 *   window shows it while it is on.
 * Non-browser clients (curl, the function runs, the SDK) send no Origin and pass.
 */
export type LoopbackVerdict = { ok: true } | { ok: false; status: 403 | 421; reason: string };

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function checkLoopbackCaller(
  headers: { host?: string; origin?: string; 'sec-fetch-site'?: string },
  port: number,
  acceptExternal = false,
): LoopbackVerdict {
  if (acceptExternal) return { ok: true };
  const host = (headers.host ?? '').toLowerCase();
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host);
  if (!match || !LOOPBACK_HOSTS.has(match[1]) || Number(match[2] ?? 80) !== port) {
    return { ok: false, status: 421, reason: `Host "${headers.host ?? ''}" is not this loopback server (127.0.0.1:${port}). Turn on "accept external callers" for a tunnel.` };
  }
  const origin = headers.origin;
  if (origin !== undefined && origin !== 'null') {
    let originUrl: URL | null = null;
    try {
      originUrl = new URL(origin);
    } catch {
      originUrl = null;
    }
    const sameLoopback = originUrl !== null && LOOPBACK_HOSTS.has(originUrl.hostname === '::1' ? '[::1]' : originUrl.hostname) && Number(originUrl.port || 80) === port;
    if (!sameLoopback) return { ok: false, status: 403, reason: `Requests from ${origin} are refused: a web page must not call the studio's local servers.` };
  } else if (origin === 'null') {
    return { ok: false, status: 403, reason: 'Requests from an opaque origin are refused.' };
  }
  if (headers['sec-fetch-site'] === 'cross-site') {
    return { ok: false, status: 403, reason: 'Cross-site requests are refused: a web page must not call the studio\'s local servers.' };
  }
  return { ok: true };
}

export const loopbackHeaders = (request: IncomingMessage) => ({
  host: request.headers.host,
  origin: request.headers.origin,
  'sec-fetch-site': typeof request.headers['sec-fetch-site'] === 'string' ? request.headers['sec-fetch-site'] : undefined,
});
