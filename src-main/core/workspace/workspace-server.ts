import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { guardedRequestHandler } from '../http/guarded-handler';
import { checkLoopbackCaller, loopbackHeaders } from '../http/loopback-guard';
import { isGraphqlMutation, recordsRead, type RecordsRead } from './api/records-read';
import { handleRest, restError } from './api/rest-api';
import type { GraphqlResponse } from './api/graphql-errors';
import type { WriteActor, WriteResult } from './sql/record-repository';
import { WorkspaceApiError } from './workspace-error';
import { OAUTH_CALLBACK_PATH, renderCallbackPage, type CallbackPage } from './services/oauth-flow';
import type { LocalWorkspace } from './local-workspace';
import type { AppliedRole, RolePrincipal } from './roles/applied-role';

const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Who a token belongs to: a run (its calls are attributed to it) or the studio itself (window, CLI). */
export interface TokenHolder {
  runId: string | null;
  actor: WriteActor;
  label: string;
  /** Whose role applies: the app's application role (a run's token) or the workspace user (the studio's). */
  principal?: RolePrincipal;
}

/** One request the workspace answered, for the activity timeline and the run pane. */
export interface WorkspaceRequestRecord {
  time: string;
  runId: string | null;
  method: string;
  path: string;
  api: 'graphql' | 'metadata' | 'rest' | 'other';
  operationName: string | null;
  query?: string;
  variables?: unknown;
  status: number;
  durationMs: number;
  errors: string[];
  /** For reads: the records the answer held, per top-level field (records-read.ts). */
  reads?: RecordsRead[];
  /** The role that applied (reported, not enforced); absent when the request had no valid token. */
  role?: AppliedRole;
}

export interface WorkspaceServerOptions {
  workspace: () => LocalWorkspace;
  metadata: (request: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null }, holder: TokenHolder) => Promise<GraphqlResponse>;
  onRequest?: (record: WorkspaceRequestRecord) => void;
  /** The role a token's holder acts under, at the time of the request (the app's manifest may change). */
  roleOf?: (holder: TokenHolder) => AppliedRole;
  /** Writes made through REST (GraphQL writes are published by the workspace itself). */
  publish?: (result: WriteResult, runId: string | null) => void;
  /** GET /oauth/callback (when no browser server takes the callback): the OAuth flow's state protects it, not a token. */
  oauthCallback?: (params: URLSearchParams) => Promise<CallbackPage>;
}

const readBody = (request: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new WorkspaceApiError('BAD_USER_INPUT', 'Request body too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });

const operationNameOf = (query: string): string | null => /\b(?:query|mutation)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1] ?? null;

/**
 * The loopback server a run's TWENTY_API_URL points at under the Local workspace target: `/graphql`
 * (Core API), `/metadata` and `/rest/*`, with the server's auth rules (a Bearer token or `?token=` on
 * REST; a missing token is FORBIDDEN, an unknown one UNAUTHENTICATED). Tokens are issued per run, so
 * every call is attributed to the run that made it.
 */
export class WorkspaceServer {
  private server: Server | null = null;
  private readonly tokens = new Map<string, TokenHolder>();
  port = 0;

  constructor(private readonly options: WorkspaceServerOptions) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  issueToken(holder: TokenHolder): string {
    const token = `twenty-studio-local-${randomBytes(18).toString('hex')}`;
    this.tokens.set(token, holder);
    return token;
  }

  revokeToken(token: string): void {
    this.tokens.delete(token);
  }

  async start(): Promise<string> {
    if (this.server) return this.url;
    const server = createServer(guardedRequestHandler((request, response) => this.serve(request, response)));
    server.on('clientError', (_error, socket) => socket.destroy());
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    server.unref();
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this.url;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = performance.now();
    const method = request.method ?? 'GET';
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://127.0.0.1');
    } catch {
      response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ statusCode: 400, error: 'BadRequestException', messages: ['Bad request'] }));
      return;
    }
    const path = url.pathname;
    if (path === OAUTH_CALLBACK_PATH && method === 'GET' && this.options.oauthCallback) {
      // The provider sends the browser back here from its own site, so only the Host is checked (no DNS rebinding).
      const verdict = checkLoopbackCaller({ host: request.headers.host }, this.port);
      const page = verdict.ok ? renderCallbackPage(await this.options.oauthCallback(url.searchParams)) : renderCallbackPage({ status: verdict.status, title: 'Refused', message: verdict.reason });
      response.writeHead(page.status, page.headers).end(page.body);
      return;
    }
    const api: WorkspaceRequestRecord['api'] = path === '/graphql' ? 'graphql' : path === '/metadata' ? 'metadata' : path.startsWith('/rest/') || path === '/rest' ? 'rest' : 'other';
    const record: WorkspaceRequestRecord = { time: new Date().toISOString(), runId: null, method, path: `${path}${url.search.replace(/([?&]token=)[^&]*/, '$1***')}`, api, operationName: null, status: 200, durationMs: 0, errors: [] };
    const send = (status: number, body: unknown) => {
      record.status = status;
      if (status === 200 && record.runId !== null && ((api === 'graphql' && record.query !== undefined && !isGraphqlMutation(record.query)) || (api === 'rest' && method === 'GET'))) {
        const reads = recordsRead(body);
        if (reads.length > 0) record.reads = reads;
      }
      record.durationMs = performance.now() - started;
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
      this.options.onRequest?.(record);
    };
    const verdict = checkLoopbackCaller(loopbackHeaders(request), this.port);
    if (!verdict.ok) return send(verdict.status, { statusCode: verdict.status, error: 'ForbiddenException', messages: [verdict.reason] });

    const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1]?.trim() ?? (api === 'rest' ? url.searchParams.get('token') : null);
    const authError = (error: WorkspaceApiError) => {
      record.errors.push(error.message);
      if (api === 'rest' || api === 'other') return send(error.status, restError(error).body);
      return send(200, { errors: [{ message: error.message, extensions: { code: error.code } }] });
    };
    if (!bearer) return authError(new WorkspaceApiError('FORBIDDEN', 'Missing authentication token'));
    const holder = this.tokens.get(bearer);
    if (!holder) return authError(new WorkspaceApiError('UNAUTHENTICATED', 'Token invalid.'));
    record.runId = holder.runId;
    if (this.options.roleOf) record.role = this.options.roleOf(holder);

    try {
      if (api === 'graphql' || api === 'metadata') {
        if (method !== 'POST') throw new WorkspaceApiError('METHOD_NOT_ALLOWED', `${path} takes POST with { query, variables }`);
        let body: { query?: unknown; variables?: unknown; operationName?: unknown };
        try {
          body = JSON.parse(await readBody(request));
        } catch (error) {
          if (error instanceof WorkspaceApiError) throw error;
          throw new WorkspaceApiError('BAD_USER_INPUT', 'The request body is not JSON');
        }
        if (!body || typeof body.query !== 'string') throw new WorkspaceApiError('BAD_USER_INPUT', 'Must provide query string.');
        const variables = body.variables && typeof body.variables === 'object' ? (body.variables as Record<string, unknown>) : null;
        const operationName = typeof body.operationName === 'string' ? body.operationName : null;
        record.operationName = operationName ?? operationNameOf(body.query);
        record.query = body.query.length > 20_000 ? `${body.query.slice(0, 20_000)}…` : body.query;
        record.variables = variables;
        const result = api === 'graphql'
          ? await this.options.workspace().executeGraphql({ query: body.query, variables, operationName }, holder.actor, holder.runId)
          : await this.options.metadata({ query: body.query, variables, operationName }, holder);
        record.errors = (result.errors ?? []).map((error) => error.message);
        return send(200, result);
      }
      if (api === 'rest') {
        const text = method === 'GET' || method === 'DELETE' ? '' : await readBody(request);
        let parsed: unknown = null;
        if (text.trim() !== '') {
          try {
            parsed = JSON.parse(text);
          } catch {
            throw new WorkspaceApiError('BAD_USER_INPUT', 'The request body is not JSON');
          }
        }
        const workspace = this.options.workspace();
        const result = await handleRest({ method, path, query: url.searchParams, body: parsed }, {
          repository: workspace.repository, actor: holder.actor,
          onWrite: (write) => (this.options.publish ? this.options.publish(write, holder.runId) : workspace.publish(write.changes, holder.runId)),
        });
        return send(result.status, result.body);
      }
      throw new WorkspaceApiError('NOT_FOUND', `Cannot ${method} ${path}: the local workspace serves /graphql, /metadata and /rest`);
    } catch (error) {
      const apiError = error instanceof WorkspaceApiError ? error : new WorkspaceApiError('INTERNAL_SERVER_ERROR', 'Internal server error');
      record.errors.push(apiError.message);
      if (api === 'graphql' || api === 'metadata') return send(apiError.code === 'METHOD_NOT_ALLOWED' ? 405 : 400, { errors: [{ message: apiError.message, extensions: { code: apiError.code } }] });
      const rest = restError(apiError);
      return send(rest.status, rest.body);
    }
  }
}
