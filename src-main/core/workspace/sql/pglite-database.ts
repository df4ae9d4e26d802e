import { cp, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PGlite as PGliteInstance, Transaction } from '@electric-sql/pglite';
import { userCacheDir } from '../../user-data/user-data-paths';
import type { SqlClient, SqlDatabase, SqlRow } from './sql-database';

/**
 * PGlite's first `initdb` takes many seconds (18 s on a 2-core machine). It is paid once per machine
 * and PGlite version: a freshly initialised data folder is kept in the user's cache folder and copied
 * for each new workspace (a copy and an open take ~1 s).
 */
export function defaultTemplateCacheDir(): string {
  return join(userCacheDir(), 'pglite-template');
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

async function loadPglite(): Promise<typeof import('@electric-sql/pglite')> {
  return import('@electric-sql/pglite');
}

/** The pre-initialised data folder for this PGlite version, created when missing (atomically: temp + rename). */
export async function ensurePgliteTemplate(cacheDir = defaultTemplateCacheDir()): Promise<{ dir: string; createdMs: number | null }> {
  const { PGlite } = await loadPglite();
  const version = (PGlite as unknown as { version?: string }).version ?? 'pglite';
  const dir = join(cacheDir, String(version).replace(/[^\w.-]/g, '_'));
  if (await exists(join(dir, 'PG_VERSION'))) return { dir, createdMs: null };
  await mkdir(cacheDir, { recursive: true });
  const temp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  const started = Date.now();
  const db = await PGlite.create(temp);
  await db.close();
  try {
    await rename(temp, dir);
  } catch {
    // Another process made it first: theirs is as good.
    await rm(temp, { recursive: true, force: true });
  }
  return { dir, createdMs: Date.now() - started };
}

class PgliteClient implements SqlClient {
  constructor(protected readonly db: PGliteInstance | Transaction) {}
  async query<T extends SqlRow = SqlRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.db.query<T>(sql, params)).rows;
  }
  async exec(sql: string): Promise<void> {
    await this.db.exec(sql);
  }
}

class PgliteDatabase extends PgliteClient implements SqlDatabase {
  readonly kind = 'pglite' as const;
  constructor(private readonly instance: PGliteInstance) {
    super(instance);
  }
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
    return this.instance.transaction((tx) => work(new PgliteClient(tx)));
  }
  close(): Promise<void> {
    return this.instance.close();
  }
}

/**
 * Opens (or creates from the template) a PGlite database in `dataDir`. A folder that is not a
 * PGlite data folder is never wiped: the error says what it is.
 */
export async function openPgliteDatabase(dataDir: string, options: { templateCacheDir?: string } = {}): Promise<{ db: SqlDatabase; created: boolean; templateCreatedMs: number | null }> {
  const { PGlite } = await loadPglite();
  let created = false;
  let templateCreatedMs: number | null = null;
  if (!(await exists(join(dataDir, 'PG_VERSION')))) {
    const nonEmpty = (await exists(dataDir)) && (await readdir(dataDir)).length > 0;
    if (nonEmpty) {
      throw Object.assign(new Error(`${dataDir} is not an empty folder nor a workspace database (no PG_VERSION): reset the workspace to start a new one.`), { code: 'WORKSPACE_DATA_INVALID' });
    }
    const template = await ensurePgliteTemplate(options.templateCacheDir);
    templateCreatedMs = template.createdMs;
    await mkdir(dirname(dataDir), { recursive: true });
    await rm(dataDir, { recursive: true, force: true });
    await cp(template.dir, dataDir, { recursive: true });
    created = true;
  }
  let instance: PGliteInstance;
  try {
    instance = await PGlite.create(dataDir);
  } catch (error) {
    throw Object.assign(new Error(`The workspace database in ${dataDir} cannot be opened (${(error as Error).message}). It may be damaged or from another PGlite version: reset the workspace, or export it with a matching studio first.`), { code: 'WORKSPACE_DATA_INVALID' });
  }
  return { db: new PgliteDatabase(instance), created, templateCreatedMs };
}
