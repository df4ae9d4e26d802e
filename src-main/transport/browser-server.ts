import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { wireRequestSchema, type WireMessage } from '../../src-shared/contract';
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
    const relativePath = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)).replace(/^([\\/])+/, '');
    const filePath = join(options.rendererDir, relativePath);
    if (!filePath.startsWith(options.rendererDir + sep) || !existsSync(filePath) || !statSync(filePath).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': MIME_TYPES[extname(filePath)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(filePath).pipe(response);
  };

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
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
  });

  const sockets = new Set<WebSocket>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 * 1024 });
  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
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

  wss.on('connection', (ws: WebSocket) => {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    ws.on('message', async (data) => {
      let request;
      try {
        request = wireRequestSchema.parse(JSON.parse(data.toString()));
      } catch {
        return;
      }
      const outcome = await dispatch(request.op, request.params);
      send(ws, outcome.ok ? { type: 'response', id: request.id, ok: true, result: outcome.result } : { type: 'response', id: request.id, ok: false, error: outcome.error });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: async () => {
      unsubscribe();
      for (const ws of sockets) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
