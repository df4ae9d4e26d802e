/**
 * The local route server: `http://127.0.0.1:<port>/s/<path>` answers the way a Twenty server answers
 * `/s/<path>` (and `/webhooks/server/<id>` for server routes) for the open app, so curl, an API client or a webhook tunnel can call the functions while
 * they are being written. Every request goes through `handleRouteRequest` (same matching, payload,
 * run and response rules as the composer) and each run lands in the run history with origin 'route'.
 * Listens on 127.0.0.1 only: functions run with the developer's variables and must not be reachable
 * from the network. Paths outside `/s/` get 404, as they would not reach a route trigger either.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RouteRequestInput, RouteRequestResult, RouteServerState } from '../../../src-shared/contract';
import { buildErrorResponse, serverRouteIdentifier } from '../../../src-shared/twenty/route';
import { guardedRequestHandler } from '../http/guarded-handler';
import { checkLoopbackCaller, loopbackHeaders } from '../http/loopback-guard';

/** Bodies above this are refused with 413, like the server's body parser limit would. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface LocalRouteServerOptions {
  handle(request: RouteRequestInput): Promise<RouteRequestResult>;
  /** One line per request, for the console. */
  log?(line: string, level: 'SYSTEM' | 'ERROR'): void;
  onStateChange?(state: RouteServerState): void;
}

const readBody = (request: IncomingMessage): Promise<string | null> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(Object.assign(new Error('Request body too large'), { status: 413 }));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(chunks.length === 0 ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });

/** Raw header pairs as received (rawHeaders keeps repeats and their order; the pure rules combine them). */
const headerPairs = (request: IncomingMessage): { name: string; value: string }[] => {
  const pairs: { name: string; value: string }[] = [];
  for (let i = 0; i + 1 < request.rawHeaders.length; i += 2) pairs.push({ name: request.rawHeaders[i], value: request.rawHeaders[i + 1] });
  return pairs;
};

export class LocalRouteServer {
  private server: Server | null = null;
  private port: number | null = null;
  private lastError: string | undefined;
  private acceptExternalCallers = false;
  /** start/stop run one after the other, so a stop during a start stops the started server. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: LocalRouteServerOptions) {}

  state(): RouteServerState {
    if (!this.server || this.port === null) return { running: false, ...(this.lastError ? { error: this.lastError } : {}) };
    return { running: true, url: `http://127.0.0.1:${this.port}`, port: this.port, acceptExternalCallers: this.acceptExternalCallers };
  }

  start(port = 0, acceptExternalCallers?: boolean): Promise<RouteServerState> {
    return this.enqueue(async () => {
      if (acceptExternalCallers !== undefined && acceptExternalCallers !== this.acceptExternalCallers) {
        this.acceptExternalCallers = acceptExternalCallers;
        if (this.server) this.options.onStateChange?.(this.state());
      }
      return this.doStart(port);
    });
  }

  stop(): Promise<RouteServerState> {
    return this.enqueue(() => this.doStop());
  }

  private enqueue(step: () => Promise<RouteServerState>): Promise<RouteServerState> {
    const next = this.queue.then(step);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async doStart(port: number): Promise<RouteServerState> {
    if (this.server) {
      if (port === 0 || port === this.port) return this.state();
      await this.doStop();
    }
    const server = createServer(guardedRequestHandler((request, response) => this.serve(request, response)));
    server.on('clientError', (_error, socket) => socket.destroy());
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        });
      });
    } catch (error) {
      this.lastError = `Could not listen on 127.0.0.1:${port}: ${(error as Error).message}`;
      this.options.onStateChange?.(this.state());
      return this.state();
    }
    // A studio process must be able to exit even if nobody stops the server.
    server.unref();
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    this.lastError = undefined;
    this.options.onStateChange?.(this.state());
    return this.state();
  }

  private async doStop(): Promise<RouteServerState> {
    const server = this.server;
    this.server = null;
    this.port = null;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      this.options.onStateChange?.(this.state());
    }
    return this.state();
  }

  private async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const url = request.url ?? '/';
    const started = Date.now();
    const send = (status: number, headers: Record<string, string>, body: string) => {
      response.writeHead(status, headers);
      // Node sends no body for HEAD, as Express does.
      response.end(body);
      this.options.log?.(`${method} ${url} -> ${status} (${Date.now() - started} ms)`, status >= 500 ? 'ERROR' : 'SYSTEM');
    };
    const verdict = checkLoopbackCaller(loopbackHeaders(request), this.port ?? 0, this.acceptExternalCallers);
    if (!verdict.ok) {
      const error = buildErrorResponse(verdict.status, verdict.reason);
      send(verdict.status, error.headers, error.body);
      return;
    }
    if (!/^\/s(\/|$|\?)/.test(url) && serverRouteIdentifier(url) === null) {
      const error = buildErrorResponse(404, `Cannot ${method} ${url.split('?')[0]}: the local route server only serves /s/<path> and /webhooks/server/<id>`);
      send(404, error.headers, error.body);
      return;
    }
    let body: string | null;
    try {
      body = await readBody(request);
    } catch (error) {
      const status = (error as { status?: number }).status ?? 400;
      const answer = buildErrorResponse(status, (error as Error).message);
      send(status, answer.headers, answer.body);
      return;
    }
    try {
      const result = await this.options.handle({ method, url, headers: headerPairs(request), body });
      const answer = result.response ?? buildErrorResponse(500, 'No response');
      send(answer.status, answer.headers, answer.body);
    } catch (error) {
      const answer = buildErrorResponse(500, (error as Error).message);
      send(500, answer.headers, answer.body);
    }
  }
}
