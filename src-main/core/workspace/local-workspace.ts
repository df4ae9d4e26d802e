import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { graphql, parse, printSchema, validate, execute, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';
import { buildWorkspaceModel, type ModelProblem } from '../../../src-shared/twenty/workspace-model/build-model';
import type { StandardModelFile, WorkspaceModel } from '../../../src-shared/twenty/workspace-model/model-types';
import standard243 from '../../../src-shared/twenty/workspace-model/standard/2.43.json';
import { buildCoreGraphqlSchema, type CoreGraphqlContext } from './api/core-graphql-schema';
import { openPgliteDatabase } from './sql/pglite-database';
import { openPostgresDatabase } from './sql/postgres-database';
import { RecordRepository, type RecordChange, type WriteActor, type WriteResult } from './sql/record-repository';
import { applyMigration, planMigration, readExistingColumns, type MigrationStep } from './sql/schema-migration';
import { quoteIdent, type SqlDatabase } from './sql/sql-database';
import { DEFAULT_WORKSPACE_SCHEMA } from './sql/table-layout';
import { acquireWorkspaceLock, type WorkspaceOwner } from './workspace-lock';
import { formatGraphqlError } from './api/graphql-errors';

export const STANDARD_MODELS: Record<string, StandardModelFile> = { '2.43': standard243 as StandardModelFile };

/** The standard model for an SDK version: the shipped file of its line, else the newest shipped. */
export function standardModelFor(sdkVersion: string | null | undefined): StandardModelFile {
  const line = /^(\d+\.\d+)/.exec(sdkVersion ?? '')?.[1];
  return (line && STANDARD_MODELS[line]) || STANDARD_MODELS['2.43'];
}

export interface AppManifestPart { objects?: unknown[]; fields?: unknown[] }

export interface LocalWorkspaceOptions {
  /** The app's workspace folder (in the user data folder): the PGlite data and the lock live here. */
  dir: string;
  /** A Postgres connection URL instead of the embedded PGlite. */
  databaseUrl?: string;
  /** The Postgres schema (one per app when several share a server). */
  schema?: string;
  templateCacheDir?: string;
  /** Who holds the lock, for the message a second process gets. */
  command?: string;
  sdkVersion?: string | null;
  /** The standard model to use instead of the shipped file of the SDK's line (imported from an SDL). */
  standardModel?: StandardModelFile;
}

export type { GraphqlResponse } from './api/graphql-errors';
import type { GraphqlResponse } from './api/graphql-errors';

export type WorkspaceChangeListener = (changes: RecordChange[], origin: { runId: string | null }) => void;

export class WorkspaceBusyError extends Error {
  readonly code = 'WORKSPACE_BUSY';
  constructor(readonly owner: WorkspaceOwner, dir: string) {
    super(`The local workspace in ${dir} is in use by another studio process (pid ${owner.pid}, ${owner.command}, since ${owner.startedAt}). Close it, or run this command there.`);
  }
}

/**
 * One app's local Twenty workspace: the model (standard objects + the app's), its tables in PGlite or
 * Postgres, the Core GraphQL schema over them, and the changes each committed write made, for the
 * event layer. One owner process at a time (a lock file); everything else goes through its server.
 */
export class LocalWorkspace {
  private schemaCache: { schema: GraphQLSchema; sdl: string } | null = null;
  private readonly documents = new Map<string, DocumentNode>();
  private readonly listeners = new Set<WorkspaceChangeListener>();
  pendingDestructive: MigrationStep[] = [];
  modelProblems: ModelProblem[] = [];
  /** A standard model imported from an SDL; null: the shipped file of the SDK's line. */
  standardModel: StandardModelFile | null = null;
  repository: RecordRepository;

  private constructor(
    readonly db: SqlDatabase,
    readonly schemaName: string,
    public model: WorkspaceModel,
    private readonly releaseLock: () => Promise<void>,
    readonly info: { created: boolean; templateCreatedMs: number | null; openMs: number; dir: string },
  ) {
    this.repository = new RecordRepository(db, schemaName, model);
  }

  static async open(options: LocalWorkspaceOptions, manifest: AppManifestPart): Promise<LocalWorkspace> {
    const started = Date.now();
    await mkdir(options.dir, { recursive: true });
    const lock = await acquireWorkspaceLock(options.dir, options.command ?? 'twenty-studio');
    if ('owner' in lock) throw new WorkspaceBusyError(lock.owner, options.dir);
    try {
      let db: SqlDatabase;
      let created = false;
      let templateCreatedMs: number | null = null;
      if (options.databaseUrl) db = await openPostgresDatabase(options.databaseUrl);
      else ({ db, created, templateCreatedMs } = await openPgliteDatabase(join(options.dir, 'pgdata'), { templateCacheDir: options.templateCacheDir }));
      const schemaName = options.schema ?? DEFAULT_WORKSPACE_SCHEMA;
      const { model, problems } = buildWorkspaceModel(options.standardModel ?? standardModelFor(options.sdkVersion), manifest);
      const workspace = new LocalWorkspace(db, schemaName, model, lock.release, { created, templateCreatedMs, openMs: 0, dir: options.dir });
      workspace.modelProblems = problems;
      workspace.standardModel = options.standardModel ?? null;
      await workspace.migrate({ allowDestructive: created });
      workspace.info.openMs = Date.now() - started;
      return workspace;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /**
   * Brings the tables to the model. Additive steps run at once; destructive ones (a removed field or
   * object, a changed type) run only with `allowDestructive`, else they wait in `pendingDestructive`
   * for the user to confirm, and the tables keep the columns.
   */
  async migrate(options: { allowDestructive?: boolean } = {}): Promise<{ applied: MigrationStep[]; pending: MigrationStep[] }> {
    await this.db.exec(`create schema if not exists ${quoteIdent(this.schemaName)}`);
    const steps = planMigration(this.model, await readExistingColumns(this.db, this.schemaName), this.schemaName);
    const applied = steps.filter((step) => !step.destructive || options.allowDestructive);
    const pending = steps.filter((step) => step.destructive && !options.allowDestructive);
    if (applied.length > 0) await applyMigration(this.db, this.schemaName, applied);
    this.pendingDestructive = pending;
    return { applied, pending };
  }

  /** The app's model changed (an object or field added, renamed, removed): rebuild, then migrate. */
  async updateModel(manifest: AppManifestPart, sdkVersion?: string | null, options: { allowDestructive?: boolean; standardModel?: StandardModelFile | null } = {}) {
    if (options.standardModel !== undefined) this.standardModel = options.standardModel;
    const { model, problems } = buildWorkspaceModel(this.standardModel ?? standardModelFor(sdkVersion), manifest);
    const changed = JSON.stringify(model) !== JSON.stringify(this.model);
    this.model = model;
    this.modelProblems = problems;
    if (changed) {
      this.repository = new RecordRepository(this.db, this.schemaName, model);
      this.schemaCache = null;
      this.documents.clear();
    }
    const result = await this.migrate(options);
    return { changed, ...result };
  }

  get graphqlSchema(): GraphQLSchema {
    if (!this.schemaCache) {
      const schema = buildCoreGraphqlSchema(this.model);
      this.schemaCache = { schema, sdl: printSchema(schema) };
    }
    return this.schemaCache.schema;
  }

  /** The Core API's SDL: what `applicationCoreGraphqlSchema` answers and client generation reads. */
  get sdl(): string {
    void this.graphqlSchema;
    return this.schemaCache!.sdl;
  }

  onChanges(listener: WorkspaceChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Committed changes, to the event layer (and the Workspace window's activity). */
  publish(changes: RecordChange[], runId: string | null): void {
    if (changes.length === 0) return;
    for (const listener of this.listeners) listener(changes, { runId });
  }

  /** Runs a Core API request with the server's error shapes; writes are published once the request is done. */
  async executeGraphql(request: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null }, actor: WriteActor, runId: string | null = null): Promise<GraphqlResponse> {
    let document = this.documents.get(request.query);
    if (!document) {
      try {
        document = parse(request.query);
      } catch (error) {
        return { errors: [{ message: (error as GraphQLError).message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] };
      }
      const validation = validate(this.graphqlSchema, document);
      if (validation.length > 0) return { errors: validation.map((error) => ({ message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })) };
      // Only small documents are kept (an app sends the same few queries); at most 500 of them.
      if (this.documents.size > 500) this.documents.clear();
      if (request.query.length <= 20_000) this.documents.set(request.query, document);
    }
    const writes: WriteResult[] = [];
    const context: CoreGraphqlContext = { repository: this.repository, actor, onWrite: (result) => writes.push(result), loaders: new Map() };
    const result = await execute({ schema: this.graphqlSchema, document, variableValues: request.variables ?? undefined, operationName: request.operationName ?? undefined, contextValue: context });
    this.publish(writes.flatMap((write) => write.changes), runId);
    const response: GraphqlResponse = { data: (result.data as Record<string, unknown> | null | undefined) ?? null };
    if (result.errors?.length) response.errors = result.errors.map(formatGraphqlError);
    return response;
  }

  /** `graphql()` for callers that hold a schema of their own (the metadata API). */
  static run = graphql;

  async status() {
    return {
      kind: this.db.kind,
      dir: this.info.dir,
      twentyVersion: this.model.twentyVersion,
      objects: this.model.objects.length,
      appObjects: this.model.objects.filter((object) => object.source === 'app').map((object) => object.nameSingular),
      counts: await this.repository.counts(),
      pendingDestructive: this.pendingDestructive.map((step) => step.description),
      problems: this.modelProblems,
    };
  }

  /** Empties every object's table (the schema stays). */
  async clear(): Promise<void> {
    const tables = this.model.objects.map((object) => `${quoteIdent(this.schemaName)}.${quoteIdent(object.nameSingular)}`);
    await this.db.exec(`truncate ${tables.join(', ')} cascade`);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    await this.db.close().catch(() => undefined);
    await this.releaseLock();
  }

  /** Deletes the workspace's data folder (the user asked to reset it). */
  static async destroyData(dir: string): Promise<void> {
    await rm(join(dir, 'pgdata'), { recursive: true, force: true });
  }
}

