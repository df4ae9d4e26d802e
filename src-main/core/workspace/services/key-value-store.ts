import { quoteIdent, type SqlDatabase } from '../sql/sql-database';

export type KeyValueScope = 'WORKSPACE' | 'SERVER';
export interface AppKeyValue { key: string; value: unknown; scope: KeyValueScope }

/**
 * The app's key-value store (`kv.get/set/delete` of twenty-sdk/logic-function), both scopes, values
 * as JSON, in the workspace database so it survives restarts and goes with snapshots.
 */
export class KeyValueStore {
  private ready: Promise<void> | null = null;
  constructor(private readonly db: SqlDatabase, private readonly schema: string, private readonly onWrite: (entry: AppKeyValue, deleted: boolean) => void = () => undefined) {}

  private get table() {
    return `${quoteIdent(this.schema)}."_studio_kv"`;
  }

  private ensure(): Promise<void> {
    this.ready ??= this.db.exec(`create schema if not exists ${quoteIdent(this.schema)}; create table if not exists ${this.table} (scope text not null, key text not null, value jsonb, "updatedAt" timestamptz not null default now(), primary key (scope, key))`);
    return this.ready;
  }

  async get(key: string, scope: KeyValueScope): Promise<AppKeyValue | null> {
    await this.ensure();
    const [row] = await this.db.query<{ value: unknown }>(`select value from ${this.table} where scope = $1 and key = $2`, [scope, key]);
    return row ? { key, value: row.value ?? null, scope } : null;
  }

  async set(key: string, value: unknown, scope: KeyValueScope): Promise<AppKeyValue> {
    await this.ensure();
    await this.db.query(`insert into ${this.table} (scope, key, value, "updatedAt") values ($1, $2, $3::jsonb, now()) on conflict (scope, key) do update set value = excluded.value, "updatedAt" = now()`, [scope, key, JSON.stringify(value)]);
    const entry = { key, value, scope };
    this.onWrite(entry, false);
    return entry;
  }

  async delete(key: string, scope: KeyValueScope): Promise<boolean> {
    await this.ensure();
    const rows = await this.db.query(`delete from ${this.table} where scope = $1 and key = $2 returning key`, [scope, key]);
    if (rows.length > 0) this.onWrite({ key, value: null, scope }, true);
    return rows.length > 0;
  }

  async list(): Promise<(AppKeyValue & { updatedAt: string })[]> {
    await this.ensure();
    const rows = await this.db.query<{ scope: KeyValueScope; key: string; value: unknown; updatedAt: Date | string }>(`select scope, key, value, "updatedAt" from ${this.table} order by scope, key`);
    return rows.map((row) => ({ key: row.key, value: row.value, scope: row.scope, updatedAt: new Date(row.updatedAt).toISOString() }));
  }
}
