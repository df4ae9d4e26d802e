import { randomUUID } from 'node:crypto';
import type { RecordChange, RecordRepository, WriteActor } from '../sql/record-repository';
import { quoteIdent, type SqlDatabase } from '../sql/sql-database';
import { badInput, WorkspaceApiError } from '../workspace-error';

export const MAX_MESSAGES_PER_INGEST = 100;
export type MessageChannelVisibility = 'METADATA' | 'SUBJECT' | 'SHARE_EVERYTHING';
const VISIBILITIES = new Set<MessageChannelVisibility>(['METADATA', 'SUBJECT', 'SHARE_EVERYTHING']);

/** The server's MessageChannel for an app channel (type APP; the sync fields are inert, as on the server). */
export interface AppMessageChannel {
  id: string;
  handle: string;
  displayName: string | null;
  visibility: MessageChannelVisibility;
  connectedAccountId: string;
  isSyncEnabled: boolean;
  type: 'APP';
  syncStatus: 'ACTIVE';
  syncStage: 'MESSAGE_LIST_FETCH_PENDING';
  isContactAutoCreationEnabled: false;
  contactAutoCreationPolicy: 'SENT';
  messageFolderImportPolicy: 'ALL_FOLDERS';
  excludeNonProfessionalEmails: false;
  excludeGroupEmails: false;
  pendingGroupEmailsAction: 'NONE';
  throttleFailureCount: 0;
  createdAt: string;
  updatedAt: string;
}

export interface AppMessageInput {
  externalId: string;
  threadExternalId: string;
  subject?: string | null;
  text: string;
  receivedAt: string;
  participants: { role: string; handle: string; displayName?: string | null; personId?: string | null; workspaceMemberId?: string | null }[];
}

export interface MessageChannelServiceOptions {
  db: SqlDatabase;
  schema: string;
  repository: () => RecordRepository;
  /** Committed record changes, to the event layer (database events fire for the ingested records). */
  publish: (changes: RecordChange[], runId: string | null) => void;
  /** The app's connection ids: a channel belongs to one of them. */
  connectionIds: () => Promise<string[]>;
  applicationId: () => string | null;
  onActivity: (entry: { runId: string | null; summary: string; detail: Record<string, unknown> }) => void;
}

interface ChannelRow {
  id: string; handle: string; displayName: string | null; visibility: string; connectedAccountId: string; isSyncEnabled: boolean;
  createdAt: Date | string; updatedAt: Date | string;
}

/**
 * App message channels (`createMessageChannel` ... `deleteMessageChannel` of twenty-sdk), kept in the
 * workspace database (`_studio_message_channels`), and `ingestMessages`, which writes real messageThread,
 * message, messageParticipant and messageChannelMessageAssociation records through the repository, so
 * their database events fire. Threads are matched per channel by `threadExternalId`; a message whose
 * externalId the channel already holds is not written twice (the server's save path de-duplicates).
 */
export class MessageChannelService {
  private ready: Promise<void> | null = null;
  private lock: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: MessageChannelServiceOptions) {}

  private get table() {
    return `${quoteIdent(this.options.schema)}."_studio_message_channels"`;
  }

  ensure(): Promise<void> {
    this.ready ??= this.options.db.exec(`create schema if not exists ${quoteIdent(this.options.schema)};
      create table if not exists ${this.table} (id uuid primary key, handle text not null, "displayName" text, visibility text not null,
        "connectedAccountId" text not null, "isSyncEnabled" boolean not null default true,
        "createdAt" timestamptz not null default now(), "updatedAt" timestamptz not null default now())`);
    return this.ready;
  }

  private static toChannel(row: ChannelRow): AppMessageChannel {
    return {
      id: row.id, handle: row.handle, displayName: row.displayName ?? null, visibility: row.visibility as MessageChannelVisibility,
      connectedAccountId: row.connectedAccountId, isSyncEnabled: row.isSyncEnabled, type: 'APP', syncStatus: 'ACTIVE',
      syncStage: 'MESSAGE_LIST_FETCH_PENDING', isContactAutoCreationEnabled: false, contactAutoCreationPolicy: 'SENT',
      messageFolderImportPolicy: 'ALL_FOLDERS', excludeNonProfessionalEmails: false, excludeGroupEmails: false,
      pendingGroupEmailsAction: 'NONE', throttleFailureCount: 0,
      createdAt: new Date(row.createdAt).toISOString(), updatedAt: new Date(row.updatedAt).toISOString(),
    };
  }

  private async assertOwnsConnection(connectedAccountId: string): Promise<void> {
    if (!(await this.options.connectionIds()).includes(connectedAccountId)) throw new WorkspaceApiError('NOT_FOUND', `Connection ${connectedAccountId} not found`);
  }

  private async findOwned(id: string): Promise<AppMessageChannel> {
    await this.ensure();
    const [row] = await this.options.db.query<ChannelRow & Record<string, unknown>>(`select * from ${this.table} where id::text = $1`, [id]);
    if (!row) throw new WorkspaceApiError('NOT_FOUND', `Message channel ${id} not found`);
    await this.assertOwnsConnection(row.connectedAccountId);
    return MessageChannelService.toChannel(row);
  }

  async create(input: { connectedAccountId: string; handle: string; displayName?: string | null; visibility: string }, runId: string | null): Promise<AppMessageChannel> {
    await this.ensure();
    if (!VISIBILITIES.has(input.visibility as MessageChannelVisibility)) throw badInput(`visibility must be one of the following values: ${[...VISIBILITIES].join(', ')}`);
    await this.assertOwnsConnection(input.connectedAccountId);
    const [existing] = await this.options.db.query(`select id from ${this.table} where "connectedAccountId" = $1 and handle = $2`, [input.connectedAccountId, input.handle]);
    if (existing) throw badInput(`A message channel already exists for handle ${input.handle} on connection ${input.connectedAccountId}`);
    const displayName = input.displayName?.trim() ? input.displayName.trim() : null;
    const [row] = await this.options.db.query<ChannelRow & Record<string, unknown>>(`insert into ${this.table} (id, handle, "displayName", visibility, "connectedAccountId") values ($1, $2, $3, $4, $5) returning *`,
      [randomUUID(), input.handle, displayName, input.visibility, input.connectedAccountId]);
    const channel = MessageChannelService.toChannel(row);
    this.options.onActivity({ runId, summary: `create message channel ${channel.handle}`, detail: { action: 'createChannel', channel } });
    return channel;
  }

  /** The app's channels (all of them, or one connection's). */
  async list(filter: { connectedAccountId?: string | null } | null | undefined): Promise<AppMessageChannel[]> {
    await this.ensure();
    const owned = await this.options.connectionIds();
    if (filter?.connectedAccountId && !owned.includes(filter.connectedAccountId)) throw new WorkspaceApiError('NOT_FOUND', `Connection ${filter.connectedAccountId} not found`);
    const rows = await this.options.db.query<ChannelRow & Record<string, unknown>>(`select * from ${this.table} order by "createdAt", id`);
    return rows.map(MessageChannelService.toChannel).filter((channel) => owned.includes(channel.connectedAccountId)
      && (!filter?.connectedAccountId || channel.connectedAccountId === filter.connectedAccountId));
  }

  /** Every channel, owned or not (the window). */
  async listAll(): Promise<AppMessageChannel[]> {
    await this.ensure();
    return (await this.options.db.query<ChannelRow & Record<string, unknown>>(`select * from ${this.table} order by "createdAt", id`)).map(MessageChannelService.toChannel);
  }

  async update(input: { id: string; displayName?: string | null; visibility?: string | null; isSyncEnabled?: boolean | null }, runId: string | null): Promise<AppMessageChannel> {
    const channel = await this.findOwned(input.id);
    const sets: string[] = [];
    const params: unknown[] = [input.id];
    if (input.displayName !== undefined) {
      params.push(input.displayName?.trim() ? input.displayName.trim() : null);
      sets.push(`"displayName" = $${params.length}`);
    }
    if (input.visibility !== undefined && input.visibility !== null) {
      if (!VISIBILITIES.has(input.visibility as MessageChannelVisibility)) throw badInput(`visibility must be one of the following values: ${[...VISIBILITIES].join(', ')}`);
      params.push(input.visibility);
      sets.push(`visibility = $${params.length}`);
    }
    if (input.isSyncEnabled !== undefined && input.isSyncEnabled !== null) {
      params.push(input.isSyncEnabled);
      sets.push(`"isSyncEnabled" = $${params.length}`);
    }
    if (sets.length === 0) return channel;
    const [row] = await this.options.db.query<ChannelRow & Record<string, unknown>>(`update ${this.table} set ${sets.join(', ')}, "updatedAt" = now() where id::text = $1 returning *`, params);
    const updated = MessageChannelService.toChannel(row);
    this.options.onActivity({ runId, summary: `update message channel ${updated.handle}`, detail: { action: 'updateChannel', channel: updated } });
    return updated;
  }

  async delete(id: string, runId: string | null): Promise<AppMessageChannel> {
    const channel = await this.findOwned(id);
    await this.options.db.query(`delete from ${this.table} where id::text = $1`, [id]);
    this.options.onActivity({ runId, summary: `delete message channel ${channel.handle}`, detail: { action: 'deleteChannel', channel } });
    return channel;
  }

  /** `ingestAppMessages`: one batch at a time per workspace (the server holds a lock per channel). */
  ingest(input: { messageChannelId: string; messages: AppMessageInput[] }, actor: WriteActor, runId: string | null) {
    const next = this.lock.then(() => this.ingestNow(input, actor, runId));
    this.lock = next.catch(() => undefined);
    return next;
  }

  private async ingestNow(input: { messageChannelId: string; messages: AppMessageInput[] }, actor: WriteActor, runId: string | null): Promise<{ messages: { externalId: string; messageId: string; messageThreadId: string }[] }> {
    const channel = await this.findOwned(input.messageChannelId);
    if (!channel.isSyncEnabled) throw badInput(`Message channel ${channel.id} has sync disabled`);
    const messages = input.messages;
    if (messages.length > MAX_MESSAGES_PER_INGEST) throw badInput(`messages must contain no more than ${MAX_MESSAGES_PER_INGEST} elements`);
    for (const message of messages) {
      const senders = message.participants.filter((participant) => participant.role === 'FROM').length;
      if (senders !== 1) throw badInput(`Message ${message.externalId} must have exactly one FROM participant, got ${senders}`);
    }
    const seen = new Set<string>();
    for (const message of messages) {
      if (seen.has(message.externalId)) throw badInput(`Message externalId ${message.externalId} appears more than once in the same batch`);
      seen.add(message.externalId);
    }
    const repository = this.options.repository();
    for (const [object, key] of [['person', 'personId'], ['workspaceMember', 'workspaceMemberId']] as const) {
      const ids = [...new Set(messages.flatMap((message) => message.participants.map((participant) => participant[key]).filter((id): id is string => typeof id === 'string')))];
      if (ids.length === 0) continue;
      const found = new Set((await repository.findByColumn(object, 'id', ids)).map((record) => String(record.id)));
      const missing = ids.filter((id) => !found.has(id));
      if (missing.length > 0) throw badInput(`Unknown ${object} id(s) on ingested participants: ${missing.join(', ')}`);
    }

    // What the channel already holds: messages by externalId, threads by threadExternalId.
    const associations = messages.length === 0 ? [] : (await repository.findMany('messageChannelMessageAssociation', {
      filter: { and: [{ messageChannelId: { eq: channel.id } }, { or: [{ messageExternalId: { in: messages.map((message) => message.externalId) } }, { messageThreadExternalId: { in: [...new Set(messages.map((message) => message.threadExternalId))] } }] }] },
      first: 10_000,
    })).records;
    const existingMessages = new Map<string, { messageId: string; messageThreadId: string }>();
    const threads = new Map<string, string>();
    for (const association of associations) {
      if (typeof association.messageThreadExternalId === 'string' && typeof association.messageThreadId === 'string') threads.set(association.messageThreadExternalId, association.messageThreadId);
      if (typeof association.messageExternalId === 'string' && typeof association.messageId === 'string' && typeof association.messageThreadId === 'string') {
        existingMessages.set(association.messageExternalId, { messageId: association.messageId, messageThreadId: association.messageThreadId });
      }
    }
    const fresh = messages.filter((message) => !existingMessages.has(message.externalId));
    const changes: RecordChange[] = [];
    const newThreads = [...new Set(fresh.map((message) => message.threadExternalId).filter((id) => !threads.has(id)))];
    if (newThreads.length > 0) {
      const created = await repository.create('messageThread', newThreads.map((threadExternalId) => ({ subject: fresh.find((message) => message.threadExternalId === threadExternalId)?.subject ?? null })), { actor });
      created.records.forEach((record, index) => threads.set(newThreads[index], String(record.id)));
      changes.push(...created.changes);
    }
    const ingested = new Map(existingMessages);
    if (fresh.length > 0) {
      const applicationId = this.options.applicationId() ?? 'app';
      const createdMessages = await repository.create('message', fresh.map((message) => ({
        headerMessageId: `app:${applicationId}:${channel.id}:${message.externalId}`,
        subject: message.subject ?? null,
        text: message.text,
        receivedAt: message.receivedAt,
        isDraft: false,
        messageThreadId: threads.get(message.threadExternalId),
      })), { actor });
      changes.push(...createdMessages.changes);
      createdMessages.records.forEach((record, index) => ingested.set(fresh[index].externalId, { messageId: String(record.id), messageThreadId: threads.get(fresh[index].threadExternalId)! }));
      const participants = fresh.flatMap((message) => message.participants.map((participant) => ({
        messageId: ingested.get(message.externalId)!.messageId,
        role: participant.role,
        handle: participant.handle,
        displayName: participant.displayName ?? '',
        personId: participant.personId ?? null,
        workspaceMemberId: participant.workspaceMemberId ?? null,
      })));
      if (participants.length > 0) changes.push(...(await repository.create('messageParticipant', participants, { actor })).changes);
      const links = await repository.create('messageChannelMessageAssociation', fresh.map((message) => ({
        messageChannelId: channel.id,
        messageId: ingested.get(message.externalId)!.messageId,
        messageExternalId: message.externalId,
        messageThreadId: threads.get(message.threadExternalId),
        messageThreadExternalId: message.threadExternalId,
        // Outgoing when the sender is the channel itself.
        direction: message.participants.some((participant) => participant.role === 'FROM' && participant.handle === channel.handle) ? 'OUTGOING' : 'INCOMING',
      })), { actor });
      changes.push(...links.changes);
    }
    this.options.publish(changes, runId);
    const result = messages.map((message) => ({ externalId: message.externalId, ...ingested.get(message.externalId)! }));
    this.options.onActivity({
      runId,
      summary: `ingest ${messages.length} message${messages.length === 1 ? '' : 's'} into ${channel.handle} (${fresh.length} new, ${newThreads.length} new thread${newThreads.length === 1 ? '' : 's'})`,
      detail: { action: 'ingest', messageChannelId: channel.id, messages: result, created: fresh.length, threadsCreated: newThreads.length },
    });
    return { messages: result };
  }
}
