import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { wireRequestSchema, type WireMessage } from '../../src-shared/contract';
import { guardedRequestHandler } from '../core/http/guarded-handler';
import { checkLoopbackCaller } from '../core/http/loopback-guard';
import { OAUTH_CALLBACK_PATH, renderCallbackPage } from '../core/workspace/services/oauth-flow';
import type { Studio } from '../core/studio';
import { createDispatcher } from './dispatcher';

const COOKIE_NAME = 'twenty_studio_token';
const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ttf': 'font/ttf', '.woff': 'font/woff', '.woff2': 'font/woff2', '.map': 'application/json', '.wasm': 'application/wasm',
};
/** Same policy as the Electron window: our own code only, Monaco's workers from blob/self, no remote content. */
const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws://127.0.0.1:* ws://localhost:*; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/** A client slower than this many buffered bytes gets its events dropped until it catches up. */
const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;

export interface BrowserServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function tokenMatches(candidate: string | null | undefined, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The request target as a URL, or null when it is not one (`//`, `http://[`): a 400, never a throw. */
export function parseRequestUrl(target: string | undefined): URL | null {
  try {
    const url = new URL(target ?? '/', 'http://127.0.0.1');
    // `//host/x` parses as another host: a request target of ours always names our own origin.
    return url.host === '127.0.0.1' && (target ?? '/').startsWith('/') && !(target ?? '').startsWith('//') ? url : null;
  } catch {
    return null;
  }
}

type EnvelopeOutcome = { ok: true; request: ReturnType<typeof wireRequestSchema.parse> } | { ok: false; id?: number; message: string };

/** A WebSocket message's envelope: a request with its id, or why it is not one (with the id when it has one). */
export function parseEnvelope(text: string): EnvelopeOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The message is not JSON.' };
  }
  const parsed = wireRequestSchema.safeParse(value);
  if (parsed.success) return { ok: true, request: parsed.data };
  const id = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as { id?: unknown }).id : undefined;
  const message = `Invalid request envelope: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(message)'}: ${issue.message}`).join('; ')}`;
  return typeof id === 'number' && Number.isInteger(id) ? { ok: false, id, message } : { ok: false, message };
}

function cookieToken(request: IncomingMessage): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === COOKIE_NAME) return value.join('=');
  }
  return null;
}

/**
 * Browser mode: the renderer build and the core's API on 127.0.0.1 only. Every request needs the random
 * token (from `?token=` once, then an HttpOnly SameSite=Strict cookie, as Jupyter does); the WebSocket also
 * checks the Origin, so a page the user happens to visit cannot drive the studio. No CORS headers are sent.
 */
export async function startBrowserServer(studio: Studio, options: { rendererDir: string; port?: number; token?: string }): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const dispatch = createDispatcher(studio.handlers);
  let port = 0;
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  const serveFile = (request: IncomingMessage, response: ServerResponse, pathname: string) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request: malformed percent escape in the path');
      return;
    }
    const relativePath = normalize(decoded).replace(/^([\\/])+/, '');
    const filePath = join(options.rendererDir, relativePath);
    if (!filePath.startsWith(options.rendererDir + sep) || !existsSync(filePath) || !statSync(filePath).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const headers = {
      'content-type': MIME_TYPES[extname(filePath)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    };
    if (request.method === 'HEAD') {
      response.writeHead(200, headers).end();
      return;
    }
    // A file that cannot be read (removed by a rebuild between the stat and the open, a read error) must
    // not end the process through the stream's 'error' event: before the answer started it is a 404,
    // after it the response is cut off.
    const stream = createReadStream(filePath);
    stream.once('error', () => {
      if (!response.headersSent) response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      else response.destroy();
    });
    stream.once('ready', () => {
      response.writeHead(200, headers);
      stream.pipe(response);
    });
    // A client that goes away stops the read.
    response.once('close', () => stream.destroy());
  };

  const handleRequest = (request: IncomingMessage, response: ServerResponse) => {
    const url = parseRequestUrl(request.url);
    if (!url) {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
      return;
    }
    if (url.pathname === OAUTH_CALLBACK_PATH && request.method === 'GET') {
      // The provider sends the browser back from its own site, which a SameSite=Strict cookie does not
      // follow: the callback needs no token; the flow's single-use state (kept in this process) guards it.
      const verdict = checkLoopbackCaller({ host: request.headers.host }, port);
      if (!verdict.ok) {
        const rendered = renderCallbackPage({ status: verdict.status, title: 'Refused', message: verdict.reason });
        response.writeHead(rendered.status, rendered.headers).end(rendered.body);
        return;
      }
      void studio.oauthCallback(url.searchParams).then((page) => {
        const rendered = renderCallbackPage(page);
        response.writeHead(rendered.status, rendered.headers).end(rendered.body);
      }, () => {
        const rendered = renderCallbackPage({ status: 500, title: 'Connection failed', message: 'The studio could not finish the OAuth flow.' });
        if (!response.headersSent) response.writeHead(rendered.status, rendered.headers).end(rendered.body);
      });
      return;
    }
    const fromQuery = url.searchParams.get('token');
    if (tokenMatches(fromQuery, token)) {
      // Trade the URL token for a cookie and drop it from the address bar.
      url.searchParams.delete('token');
      response.writeHead(302, {
        'set-cookie': `${COOKIE_NAME}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        location: `${url.pathname}${url.search}`,
      }).end();
      return;
    }
    if (!tokenMatches(cookieToken(request), token)) {
      response.writeHead(401, { 'content-type': 'text/plain' }).end('Twenty App Studio: open the URL with ?token= printed by `twenty-studio serve`.');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { 'content-type': 'text/plain' }).end('Method not allowed');
      return;
    }
    serveFile(request, response, url.pathname);
  };
  const server: Server = createServer(guardedRequestHandler(handleRequest));
  // A client that resets mid-request, or sends bytes that are not HTTP, must not take the studio down.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  const sockets = new Set<WebSocket>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 * 1024 });
  server.on('upgrade', (request, socket, head) => {
    socket.on('error', () => socket.destroy());
    const url = parseRequestUrl(request.url);
    if (!url) {
      socket.destroy();
      return;
    }
    const origin = request.headers.origin;
    const authorised = tokenMatches(cookieToken(request), token) || tokenMatches(url.searchParams.get('token'), token);
    if (url.pathname !== '/ws' || !authorised || (origin !== undefined && !allowedOrigins().has(origin))) {
      socket.write('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });

  const send = (ws: WebSocket, message: WireMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };
  const unsubscribe = studio.onEvent((event, payload) => {
    for (const ws of sockets) {
      if (ws.bufferedAmount > MAX_BUFFERED_BYTES && event !== 'project.model') continue;
      send(ws, { type: 'event', event, payload });
    }
  });

  wss.on('error', () => undefined);
  wss.on('connection', (ws: WebSocket) => {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    // ws reports a malformed frame (bad UTF-8, opcode, mask, size) here and closes the socket itself;
    // without a listener the error would end the process.
    ws.on('error', () => {
      sockets.delete(ws);
      ws.terminate();
    });
    ws.on('message', async (data) => {
      const envelope = parseEnvelope(data.toString());
      if (!envelope.ok) {
        if (envelope.id !== undefined) send(ws, { type: 'response', id: envelope.id, ok: false, error: { code: 'INVALID_REQUEST', message: envelope.message } });
        else ws.close(1007, 'Invalid request envelope');
        return;
      }
      const { request } = envelope;
      const outcome = await dispatch(request.op, request.params);
      send(ws, outcome.ok ? { type: 'response', id: request.id, ok: true, result: outcome.result } : { type: 'response', id: request.id, ok: false, error: outcome.error });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  studio.setOAuthCallbackBase(`http://127.0.0.1:${port}`);
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: async () => {
      unsubscribe();
      studio.setOAuthCallbackBase(null);
      for (const ws of sockets) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
