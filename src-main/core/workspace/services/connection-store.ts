import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { workspaceConnectionSchema } from '../../../../src-shared/contract/workspace';
import { readJsonFile, writeJsonFile } from '../../user-data/json-file';
import { WorkspaceApiError, badInput } from '../workspace-error';

/** The user workspace a test connection belongs to when the developer names none. */
export const LOCAL_USER_WORKSPACE_ID = '00000000-0000-4000-8000-000000000001';
export const TOKEN_MASK = '••••••••';
export const EXPIRED_REASON = 'Access token expired (simulated in Twenty App Studio)';

/** What the window sees of a connection, plus when the "expired" switch was turned on. */
const storedConnectionSchema = workspaceConnectionSchema.extend({
  expiredAt: z.string().nullable().default(null),
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
  async list(): Promise<(AppConnection & { expired: boolean; createdAt: string })[]> {
    return (await this.read()).map((connection) => ({ ...ConnectionStore.served(connection), accessToken: connection.accessToken ? TOKEN_MASK : '', expired: connection.expired, createdAt: connection.createdAt }));
  }

  async add(input: ConnectionInput): Promise<AppConnection> {
    if (!input.providerName || !input.handle) throw badInput('A connection needs a providerName and a handle.');
    const now = new Date().toISOString();
    const connection: StoredConnection = {
      id: randomUUID(), providerName: input.providerName, name: input.name ?? input.handle, handle: input.handle,
      visibility: input.visibility ?? 'workspace', userWorkspaceId: input.userWorkspaceId ?? LOCAL_USER_WORKSPACE_ID,
      workspaceMemberId: input.workspaceMemberId ?? null, accessToken: input.accessToken ?? '', scopes: input.scopes ?? [],
      authFailedAt: null, authFailedReason: null, expired: input.expired === true, expiredAt: input.expired ? now : null, createdAt: now,
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
    const connection = (await this.read()).find((candidate) => candidate.id === id);
    if (!connection) throw new WorkspaceApiError('NOT_FOUND', `Connection ${id} not found`);
    const served = ConnectionStore.served(connection);
    this.onActivity({ runId, summary: `get connection ${connection.name} (${connection.providerName})${served.authFailedAt ? ' — needs reconnect' : ''}`, detail: { action: 'get', id, providerName: connection.providerName, authFailedAt: served.authFailedAt } });
    return served;
  }

  /** `appConnections(filter)`: connections that need a reconnect are left out, as the server does. */
  async find(filter: { providerName?: string | null; userWorkspaceId?: string | null; visibility?: string | null } | null | undefined, runId: string | null): Promise<AppConnection[]> {
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
}
