import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { workspaceConnectionSchema } from '../../../../src-shared/contract/workspace-connection';
import { readJsonFile, writeJsonFile } from '../../user-data/json-file';
import { WorkspaceApiError, badInput } from '../workspace-error';
import type { TokenResponse } from './oauth-token-client';

/** The user workspace a test connection belongs to when the developer names none. */
export const LOCAL_USER_WORKSPACE_ID = '00000000-0000-4000-8000-000000000001';
export const TOKEN_MASK = '••••••••';
export const EXPIRED_REASON = 'Access token expired (simulated in Twenty App Studio)';

/** What the window sees of a connection, plus when the "expired" switch was turned on. */
const storedConnectionSchema = workspaceConnectionSchema.extend({
  expiredAt: z.string().nullable().default(null),
  /** Set for a connection made by the OAuth flow (oauth-flow.ts); never sent to the window. */
  refreshToken: z.string().nullable().default(null),
  expiresAt: z.string().nullable().default(null),
  source: z.enum(['manual', 'oauth']).default('manual'),
});
export type StoredConnection = z.infer<typeof storedConnectionSchema>;
const fileSchema = z.object({ connections: z.array(storedConnectionSchema) });

/** The server's AppConnection, as `getConnection` / `listConnections` receive it. */
export interface AppConnection {
  id: string;
  providerName: string;
  name: string;
  handle: string;
  visibility: 'user' | 'workspace';
  userWorkspaceId: string;
  workspaceMemberId: string | null;
  accessToken: string;
  scopes: string[];
  authFailedAt: string | null;
  authFailedReason: string | null;
}

/** Refreshes a connection's access token with its refresh token (the OAuth flow's token endpoint). */
export type ConnectionRefresher = (connection: StoredConnection) => Promise<TokenResponse>;

/** A token that expires within this margin is refreshed before it is handed to a function. */
export const REFRESH_MARGIN_MS = 60_000;

export interface OAuthConnectionInput {
  providerName: string;
  name: string;
  visibility: 'user' | 'workspace';
  userWorkspaceId?: string;
  workspaceMemberId?: string | null;
  tokens: TokenResponse;
  /** The provider's declared scopes, kept when the token endpoint does not say which it granted. */
  requestedScopes: string[];
  /** Reconnect: the connection whose tokens are replaced (its id stays, as on the server). */
  reconnectId?: string | null;
}

export interface ConnectionInput {
  providerName: string;
  name?: string;
  handle: string;
  visibility?: 'user' | 'workspace';
  userWorkspaceId?: string;
  workspaceMemberId?: string | null;
  accessToken: string;
  scopes?: string[];
  expired?: boolean;
}

/**
 * The app's local test connections (what `defineConnectionProvider` connections would be on a server):
 * kept in `<appDataDir>/connections.json`, written 0600 because it holds access tokens. The metadata
 * API answers `appConnection`, `appConnections` and `reportAppConnectionAuthFailure` from it; the window
 * gets them with tokens masked, and activity entries never carry a token.
 */
export class ConnectionStore {
  private queue: Promise<unknown> = Promise.resolve();
  private refresher: ConnectionRefresher | null = null;
  private readonly refreshing = new Map<string, Promise<void>>();

  constructor(
    private readonly appDataDir: string,
    private readonly onActivity: (entry: { runId: string | null; summary: string; detail: Record<string, unknown> }) => void = () => undefined,
  ) {}

  get path(): string {
    return join(this.appDataDir, 'connections.json');
  }

  private async read(): Promise<StoredConnection[]> {
    return (await readJsonFile(this.path, fileSchema, { connections: [] })).connections;
  }

  /** Read-modify-write, one at a time. */
  private mutate<T>(change: (connections: StoredConnection[]) => T): Promise<T> {
    const next = this.queue.then(async () => {
      const connections = await this.read();
      const result = change(connections);
      await writeJsonFile(this.path, { connections }, { secret: true });
      return result;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  static served(connection: StoredConnection): AppConnection {
    const expired = connection.expired && connection.authFailedAt === null;
    return {
      id: connection.id, providerName: connection.providerName, name: connection.name, handle: connection.handle,
      visibility: connection.visibility, userWorkspaceId: connection.userWorkspaceId, workspaceMemberId: connection.workspaceMemberId,
      accessToken: connection.accessToken, scopes: connection.scopes,
      authFailedAt: expired ? connection.expiredAt ?? connection.createdAt : connection.authFailedAt,
      authFailedReason: expired ? EXPIRED_REASON : connection.authFailedReason,
    };
  }

  /** For the window: everything but the token, which is masked. */
  async list(): Promise<(AppConnection & { expired: boolean; createdAt: string; source: 'manual' | 'oauth'; expiresAt: string | null; hasRefreshToken: boolean })[]> {
    return (await this.read()).map((connection) => ({
      ...ConnectionStore.served(connection), accessToken: connection.accessToken ? TOKEN_MASK : '', expired: connection.expired, createdAt: connection.createdAt,
      source: connection.source, expiresAt: connection.expiresAt, hasRefreshToken: connection.refreshToken !== null,
    }));
  }

  async add(input: ConnectionInput): Promise<AppConnection> {
    if (!input.providerName || !input.handle) throw badInput('A connection needs a providerName and a handle.');
    const now = new Date().toISOString();
    const connection: StoredConnection = {
      id: randomUUID(), providerName: input.providerName, name: input.name ?? input.handle, handle: input.handle,
      visibility: input.visibility ?? 'workspace', userWorkspaceId: input.userWorkspaceId ?? LOCAL_USER_WORKSPACE_ID,
      workspaceMemberId: input.workspaceMemberId ?? null, accessToken: input.accessToken ?? '', scopes: input.scopes ?? [],
      authFailedAt: null, authFailedReason: null, expired: input.expired === true, expiredAt: input.expired ? now : null, createdAt: now,
      refreshToken: null, expiresAt: null, source: 'manual',
    };
    await this.mutate((connections) => connections.push(connection));
    this.onActivity({ runId: null, summary: `add connection ${connection.name} (${connection.providerName})`, detail: { action: 'add', id: connection.id, providerName: connection.providerName, handle: connection.handle } });
    return { ...ConnectionStore.served(connection), accessToken: TOKEN_MASK };
  }

  /** Changes a connection; the masked token sent back unchanged keeps the stored one. */
  async update(id: string, patch: Partial<ConnectionInput> & { authFailedAt?: string | null; authFailedReason?: string | null }): Promise<AppConnection> {
    const updated = await this.mutate((connections) => {
      const connection = connections.find((candidate) => candidate.id === id);
      if (!connection) throw new WorkspaceApiError('NOT_FOUND', `Connection ${id} not found`);
      for (const key of ['providerName', 'name', 'handle', 'visibility', 'userWorkspaceId', 'workspaceMemberId', 'scopes', 'authFailedAt', 'authFailedReason'] as const) {
        if (patch[key] !== undefined) (connection as Record<string, unknown>)[key] = patch[key];
      }
      if (patch.accessToken !== undefined && patch.accessToken !== TOKEN_MASK) {
        connection.accessToken = patch.accessToken;
        // A new token is a reconnect: the failure is cleared.
        connection.authFailedAt = null;
        connection.authFailedReason = null;
      }
      if (patch.expired !== undefined && patch.expired !== connection.expired) {
        connection.expired = patch.expired;
        connection.expiredAt = patch.expired ? new Date().toISOString() : null;
      }
      return { ...connection };
    });
    this.onActivity({ runId: null, summary: `update connection ${updated.name}${patch.expired !== undefined ? ` (expired: ${updated.expired})` : ''}`, detail: { action: 'update', id, fields: Object.keys(patch).filter((key) => key !== 'accessToken'), tokenChanged: patch.accessToken !== undefined && patch.accessToken !== TOKEN_MASK } });
    return { ...ConnectionStore.served(updated), accessToken: TOKEN_MASK };
  }

  async remove(id: string): Promise<boolean> {
    const removed = await this.mutate((connections) => {
      const index = connections.findIndex((candidate) => candidate.id === id);
      if (index >= 0) connections.splice(index, 1);
      return index >= 0;
    });
    if (removed) this.onActivity({ runId: null, summary: `remove connection ${id}`, detail: { action: 'remove', id } });
    return removed;
  }

  async ids(): Promise<string[]> {
    return (await this.read()).map((connection) => connection.id);
  }

  /** `appConnection(id)`: with its token (the function needs it); a failed one still answers, the SDK throws. */
  async get(id: string, runId: string | null): Promise<AppConnection> {
    await this.refreshDue(runId, id);
    const connection = (await this.read()).find((candidate) => candidate.id === id);
    if (!connection) throw new WorkspaceApiError('NOT_FOUND', `Connection ${id} not found`);
    const served = ConnectionStore.served(connection);
    this.onActivity({ runId, summary: `get connection ${connection.name} (${connection.providerName})${served.authFailedAt ? ' — needs reconnect' : ''}`, detail: { action: 'get', id, providerName: connection.providerName, authFailedAt: served.authFailedAt } });
    return served;
  }

  /** `appConnections(filter)`: connections that need a reconnect are left out, as the server does. */
  async find(filter: { providerName?: string | null; userWorkspaceId?: string | null; visibility?: string | null } | null | undefined, runId: string | null): Promise<AppConnection[]> {
    await this.refreshDue(runId, null);
    const served = (await this.read()).map(ConnectionStore.served).filter((connection) =>
      connection.authFailedAt === null
      && (!filter?.providerName || connection.providerName === filter.providerName)
      && (!filter?.userWorkspaceId || connection.userWorkspaceId === filter.userWorkspaceId)
      && (!filter?.visibility || connection.visibility === filter.visibility));
    this.onActivity({ runId, summary: `list connections${filter?.providerName ? ` of ${filter.providerName}` : ''}: ${served.length}`, detail: { action: 'list', filter: filter ?? {}, ids: served.map((connection) => connection.id) } });
    return served;
  }

  /** `reportAppConnectionAuthFailure`: marks it failed until the developer gives it a new token. */
  async reportAuthFailure(id: string, reason: string | null | undefined, runId: string | null): Promise<boolean> {
    const failedAt = new Date().toISOString();
    await this.mutate((connections) => {
      const connection = connections.find((candidate) => candidate.id === id);
      if (!connection) throw new WorkspaceApiError('NOT_FOUND', `Connection ${id} not found`);
      connection.authFailedAt = failedAt;
      connection.authFailedReason = reason ?? null;
    });
    this.onActivity({ runId, summary: `connection ${id} reported an auth failure${reason ? `: ${reason}` : ''}`, detail: { action: 'authFailure', id, reason: reason ?? null, authFailedAt: failedAt } });
    return true;
  }

  /** Who refreshes OAuth tokens (the workspace's OAuth flow service, which knows the providers). */
  setRefresher(refresher: ConnectionRefresher | null): void {
    this.refresher = refresher;
  }

  /** Stores the tokens an OAuth flow obtained: a new connection, or a reconnect of an existing one. */
  async addOAuth(input: OAuthConnectionInput): Promise<AppConnection> {
    const now = new Date().toISOString();
    const scopes = input.tokens.scopes ?? input.requestedScopes;
    const stored = await this.mutate((connections) => {
      const existing = input.reconnectId ? connections.find((candidate) => candidate.id === input.reconnectId) : undefined;
      if (input.reconnectId && !existing) throw new WorkspaceApiError('NOT_FOUND', `Connection ${input.reconnectId} not found`);
      if (existing) {
        Object.assign(existing, {
          accessToken: input.tokens.accessToken, refreshToken: input.tokens.refreshToken ?? existing.refreshToken, expiresAt: input.tokens.expiresAt,
          scopes, authFailedAt: null, authFailedReason: null, expired: false, expiredAt: null, source: 'oauth',
        });
        return { ...existing };
      }
      const connection: StoredConnection = {
        id: randomUUID(), providerName: input.providerName, name: input.name, handle: input.name, visibility: input.visibility,
        userWorkspaceId: input.userWorkspaceId ?? LOCAL_USER_WORKSPACE_ID, workspaceMemberId: input.workspaceMemberId ?? null,
        accessToken: input.tokens.accessToken, scopes, authFailedAt: null, authFailedReason: null, expired: false, expiredAt: null, createdAt: now,
        refreshToken: input.tokens.refreshToken, expiresAt: input.tokens.expiresAt, source: 'oauth',
      };
      connections.push(connection);
      return { ...connection };
    });
    this.onActivity({
      runId: null, summary: `${input.reconnectId ? 'reconnected' : 'connected'} ${stored.name} (${stored.providerName}) with OAuth`,
      detail: { action: input.reconnectId ? 'oauthReconnect' : 'oauthConnect', id: stored.id, providerName: stored.providerName, scopes, expiresAt: stored.expiresAt, refreshToken: stored.refreshToken !== null },
    });
    return { ...ConnectionStore.served(stored), accessToken: TOKEN_MASK };
  }

  /**
   * Before a function gets connections: every OAuth connection (or the one asked for) whose token has
   * expired, or expires within a minute, is refreshed with its refresh token, as the server's
   * `refreshAndSaveTokens` does. A 4xx from the token endpoint (a revoked grant) marks the connection
   * failed, so the function sees it needs a reconnect; a transient fault leaves it as it was.
   */
  private async refreshDue(runId: string | null, onlyId: string | null): Promise<void> {
    const refresher = this.refresher;
    if (!refresher) return;
    const now = Date.now();
    const due = (await this.read()).filter((connection) =>
      (onlyId === null || connection.id === onlyId)
      && connection.source === 'oauth' && connection.refreshToken !== null && connection.authFailedAt === null
      && connection.expiresAt !== null && Date.parse(connection.expiresAt) - REFRESH_MARGIN_MS <= now);
    await Promise.all(due.map((connection) => {
      const inFlight = this.refreshing.get(connection.id);
      if (inFlight) return inFlight;
      const attempt = this.refreshOne(connection, refresher, runId).finally(() => this.refreshing.delete(connection.id));
      this.refreshing.set(connection.id, attempt);
      return attempt;
    }));
  }

  private async refreshOne(connection: StoredConnection, refresher: ConnectionRefresher, runId: string | null): Promise<void> {
    try {
      const tokens = await refresher(connection);
      await this.mutate((connections) => {
        const current = connections.find((candidate) => candidate.id === connection.id);
        if (!current) return;
        current.accessToken = tokens.accessToken;
        // Some providers keep the refresh token across refreshes, others rotate it.
        current.refreshToken = tokens.refreshToken ?? current.refreshToken;
        current.expiresAt = tokens.expiresAt;
        if (tokens.scopes) current.scopes = tokens.scopes;
      });
      this.onActivity({ runId, summary: `refreshed the access token of ${connection.name} (${connection.providerName})`, detail: { action: 'refresh', id: connection.id, providerName: connection.providerName, expiresAt: tokens.expiresAt } });
    } catch (error) {
      const transient = (error as { transient?: boolean }).transient !== false;
      const reason = `Refreshing the access token failed: ${(error as Error).message}`;
      if (!transient) {
        const failedAt = new Date().toISOString();
        await this.mutate((connections) => {
          const current = connections.find((candidate) => candidate.id === connection.id);
          if (!current) return;
          current.authFailedAt = failedAt;
          current.authFailedReason = reason;
        });
      }
      this.onActivity({ runId, summary: `${connection.name}: ${reason}${transient ? ' (transient: the old token is kept)' : ' — needs reconnect'}`, detail: { action: 'refreshFailed', id: connection.id, providerName: connection.providerName, reason, transient } });
    }
  }
}
