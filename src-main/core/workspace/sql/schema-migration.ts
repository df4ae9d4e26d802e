import type { WorkspaceModel, WorkspaceObject } from '../../../../src-shared/twenty/workspace-model/model-types';
import { quoteIdent, type SqlClient } from './sql-database';
import { objectColumns, tableRef, uniqueColumns } from './table-layout';

export interface ExistingColumn { table: string; column: string; type: string }

export interface MigrationStep {
  description: string;
  sql: string;
  /** Drops data: a removed object or field, a column whose type changed. Asked before it runs. */
  destructive: boolean;
}

/** information_schema's udt names for the types the layout uses. */
const UDT: Record<string, string> = {
  uuid: 'uuid', text: 'text', 'double precision': 'float8', numeric: 'numeric', boolean: 'bool', timestamptz: 'timestamptz', date: 'date',
  'text[]': '_text', jsonb: 'jsonb', tsvector: 'tsvector',
};

/** Tables of the studio's own (kv, jobs, snapshots ...) start with `_studio` and are left alone here. */
const isStudioTable = (name: string) => name.startsWith('_studio');

export async function readExistingColumns(sql: SqlClient, schema: string): Promise<ExistingColumn[]> {
  const rows = await sql.query<{ table_name: string; column_name: string; udt_name: string }>(
    'select table_name, column_name, udt_name from information_schema.columns where table_schema = $1 order by table_name, ordinal_position',
    [schema],
  );
  return rows.map((row) => ({ table: row.table_name, column: row.column_name, type: row.udt_name }));
}

const foreignKeyName = (object: WorkspaceObject, column: string) => `fk_${object.nameSingular}_${column}`.slice(0, 63);
const uniqueIndexName = (object: WorkspaceObject, field: string) => `uq_${object.nameSingular}_${field}`.slice(0, 63);
const indexName = (object: WorkspaceObject, column: string) => `ix_${object.nameSingular}_${column}`.slice(0, 63);

/**
 * What it takes to bring the schema from `existing` to `model`, as the server's metadata migration
 * would: new tables and columns are additive; removed objects and fields and changed column types
 * are destructive and marked so the caller can ask first. Foreign keys carry the relations' onDelete.
 */
export function planMigration(model: WorkspaceModel, existing: ExistingColumn[], schema: string): MigrationStep[] {
  const steps: MigrationStep[] = [];
  const tables = new Map<string, Map<string, string>>();
  for (const column of existing) {
    if (isStudioTable(column.table)) continue;
    if (!tables.has(column.table)) tables.set(column.table, new Map());
    tables.get(column.table)!.set(column.column, column.type);
  }
  const fkSteps: MigrationStep[] = [];
  const wanted = new Set(model.objects.map((object) => object.nameSingular));
  for (const object of model.objects) {
    const table = tableRef(schema, object);
    const columns = objectColumns(object);
    const present = tables.get(object.nameSingular);
    const newColumns = new Set<string>();
    if (!present) {
      const definitions = columns.map((spec) => `${quoteIdent(spec.column)} ${spec.sqlType}${spec.column === 'id' ? ' primary key default gen_random_uuid()' : ''}`);
      steps.push({ description: `Create ${object.nameSingular}`, sql: `create table ${table} (${definitions.join(', ')})`, destructive: false });
      for (const spec of columns) newColumns.add(spec.column);
    } else {
      const wantedColumns = new Set(columns.map((spec) => spec.column));
      for (const spec of columns) {
        const type = present.get(spec.column);
        if (type === undefined) {
          steps.push({ description: `Add ${object.nameSingular}.${spec.column}`, sql: `alter table ${table} add column ${quoteIdent(spec.column)} ${spec.sqlType}`, destructive: false });
          newColumns.add(spec.column);
        } else if (type !== UDT[spec.sqlType]) {
          steps.push({
            description: `Change ${object.nameSingular}.${spec.column} from ${type} to ${spec.sqlType} (its values are dropped)`,
            sql: `alter table ${table} drop column ${quoteIdent(spec.column)}; alter table ${table} add column ${quoteIdent(spec.column)} ${spec.sqlType}`,
            destructive: true,
          });
          newColumns.add(spec.column);
        }
      }
      for (const column of present.keys()) {
        if (!wantedColumns.has(column)) {
          steps.push({ description: `Drop ${object.nameSingular}.${column} and its values`, sql: `alter table ${table} drop column ${quoteIdent(column)} cascade`, destructive: true });
        }
      }
    }
    for (const field of object.fields) {
      const unique = uniqueColumns(field);
      if (unique.length > 0 && unique.some((column) => newColumns.has(column))) {
        // Twenty's unique indexes ignore soft-deleted rows and empty values.
        const where = [`"deletedAt" is null`, ...unique.map((column) => `${quoteIdent(column)} is not null and ${quoteIdent(column)}::text <> ''`)].join(' and ');
        steps.push({ description: `Unique ${object.nameSingular}.${field.name}`, sql: `create unique index if not exists ${quoteIdent(uniqueIndexName(object, field.name))} on ${table} (${unique.map(quoteIdent).join(', ')}) where ${where}`, destructive: false });
      }
      const relation = field.relation;
      if (relation?.type === 'MANY_TO_ONE' && relation.joinColumn && newColumns.has(relation.joinColumn) && wanted.has(relation.targetObject)) {
        const onDelete = { CASCADE: 'cascade', SET_NULL: 'set null', RESTRICT: 'restrict', NO_ACTION: 'no action' }[relation.onDelete ?? 'SET_NULL'];
        fkSteps.push({
          description: `Relation ${object.nameSingular}.${field.name} -> ${relation.targetObject}`,
          sql: `alter table ${table} add constraint ${quoteIdent(foreignKeyName(object, relation.joinColumn))} foreign key (${quoteIdent(relation.joinColumn)}) references ${tableRef(schema, relation.targetObject)} (id) on delete ${onDelete}; create index if not exists ${quoteIdent(indexName(object, relation.joinColumn))} on ${table} (${quoteIdent(relation.joinColumn)})`,
          destructive: false,
        });
      }
    }
  }
  for (const table of tables.keys()) {
    if (!wanted.has(table)) steps.push({ description: `Drop object ${table} and its records`, sql: `drop table ${quoteIdent(schema)}.${quoteIdent(table)} cascade`, destructive: true });
  }
  return [...steps, ...fkSteps];
}

/** Applies the steps in one transaction (Postgres DDL is transactional): all or nothing. */
export async function applyMigration(sql: SqlClient & { transaction?: <T>(work: (tx: SqlClient) => Promise<T>) => Promise<T> }, schema: string, steps: MigrationStep[]): Promise<void> {
  const run = async (tx: SqlClient) => {
    await tx.exec(`create schema if not exists ${quoteIdent(schema)}`);
    for (const step of steps) await tx.exec(step.sql);
  };
  if (sql.transaction) await sql.transaction(run);
  else await run(sql);
}
