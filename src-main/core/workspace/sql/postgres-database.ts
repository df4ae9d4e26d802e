import type { SqlClient, SqlDatabase, SqlRow } from './sql-database';

/**
 * A real Postgres server (a team's, or Debian's in CI) through `pg`, for big data sets; the same
 * schema and behaviour as PGlite. One small pool; each workspace lives in its own schema.
 */
export async function openPostgresDatabase(connectionString: string): Promise<SqlDatabase> {
  const pg = await import('pg');
  const Pool = (pg.default ?? pg).Pool;
  const pool = new Pool({ connectionString, max: 4 });
  // An idle client that loses its server must not take the studio down.
  pool.on('error', () => undefined);
  await pool.query('select 1');
  const client = (run: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }>): SqlClient => ({
    query: async <T extends SqlRow = SqlRow>(sql: string, params: unknown[] = []) => (await run(sql, params)).rows as T[],
    exec: async (sql: string) => void (await run(sql)),
  });
  return {
    kind: 'postgres',
    ...client((sql, params) => pool.query(sql, params as unknown[])),
    async transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
      const connection = await pool.connect();
      try {
        await connection.query('begin');
        const result = await work(client((sql, params) => connection.query(sql, params as unknown[])));
        await connection.query('commit');
        return result;
      } catch (error) {
        await connection.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
}
