/**
 * The one interface the workspace's SQL layer talks to, whatever holds the data: PGlite (Postgres
 * compiled to WASM, in-process, the default) or a real Postgres server through `pg`.
 */
export type SqlRow = Record<string, unknown>;

export interface SqlClient {
  query<T extends SqlRow = SqlRow>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Several statements, no parameters (DDL). */
  exec(sql: string): Promise<void>;
}

export interface SqlDatabase extends SqlClient {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A Postgres error as both drivers report it: SQLSTATE code, constraint and column when known. */
export interface PostgresError {
  code?: string;
  constraint?: string;
  column?: string;
  detail?: string;
  message: string;
}

export const isPostgresError = (error: unknown): error is PostgresError =>
  !!error && typeof error === 'object' && typeof (error as PostgresError).code === 'string' && /^[0-9A-Z]{5}$/.test((error as PostgresError).code!);

/** Double quotes an identifier (every table and column name goes through this). */
export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
