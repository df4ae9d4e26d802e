import { COMPOSITE_TYPES, subfieldColumn } from '../../../../src-shared/twenty/workspace-model/composite-types';
import type { WorkspaceModel, WorkspaceObject } from '../../../../src-shared/twenty/workspace-model/model-types';
import { badInput, WorkspaceApiError } from '../workspace-error';
import { duplicateFilter } from './duplicate-filter';
import { dimensionValue, parseGroupBy, type GroupDimension } from './group-by';
import { filterMentionsDeletedAt, filterToSql, SqlParams, toManyRefusal, type RelationScope } from './filter-sql';
import { defaultColumns, inputFieldFor, inputToColumns, isUuid, missingRequired, rowToRecord, type ColumnValue, type WorkspaceRecord } from './record-codec';
import { isPostgresError, quoteIdent, type SqlClient, type SqlDatabase } from './sql-database';
import { fieldColumns, objectColumns, tableRef, uniqueColumns } from './table-layout';

/** Twenty's QUERY_MAX_RECORDS as of the 2.4x servers the studio targets: the page size when `first` is absent. */
export const DEFAULT_PAGE_SIZE = 200;
/** A bound of the emulator's own (the server has none for GraphQL `first`): keeps one query from loading a whole table. */
export const MAX_PAGE_SIZE = 10_000;

export type OrderDirection = 'AscNullsFirst' | 'AscNullsLast' | 'DescNullsFirst' | 'DescNullsLast';
const DIRECTIONS = new Set<OrderDirection>(['AscNullsFirst', 'AscNullsLast', 'DescNullsFirst', 'DescNullsLast']);

export interface FindManyArgs {
  filter?: unknown;
  orderBy?: unknown;
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
  offset?: number | null;
  /**
   * The caller will read totalCount: on a first page (no cursor) it comes from the same statement
   * (`count(*) over ()`), one scan instead of two.
   */
  withTotal?: boolean;
}

export interface RecordPage {
  records: WorkspaceRecord[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: () => Promise<number>;
}

/** Who writes: stamped into createdBy/updatedBy and the events. */
export interface WriteActor {
  source: 'APPLICATION' | 'API' | 'MANUAL' | 'WORKFLOW' | 'IMPORT' | 'SYSTEM';
  name: string;
  workspaceMemberId: string | null;
}

export type RecordOperation = 'created' | 'updated' | 'deleted' | 'restored' | 'destroyed' | 'upserted';

/** One record changed by a committed write: what the event layer turns into database events. */
export interface RecordChange {
  objectName: string;
  operation: RecordOperation;
  recordId: string;
  before?: WorkspaceRecord;
  after?: WorkspaceRecord;
  diff?: Record<string, { before: unknown; after: unknown }>;
  updatedFields?: string[];
}

export interface WriteResult {
  records: WorkspaceRecord[];
  changes: RecordChange[];
}

export type RecordSelector = { ids: string[] } | { filter: unknown };

/** Records shown per group by `<plural>GroupBy` when its edges are selected (the local workspace's bound). */
export const GROUP_RECORDS_LIMIT = 60;

export interface GroupByArgs {
  groupBy: unknown;
  filter?: unknown;
  orderBy?: unknown;
  orderByForRecords?: unknown;
  limit?: number | null;
  /** Read each group's records (only when the query selects edges). */
  withRecords?: boolean;
}

export interface RecordGroup {
  dimensionValues: (string | null)[];
  page: RecordPage;
}

/**
 * One key of the order: a column of the table, or (through a many-to-one relation) a column of the
 * related record, selected as `alias` so its value can go into the cursor.
 */
interface OrderLeaf { column: string; direction: OrderDirection; path: string[]; sql: string; sqlType?: string; alias?: string }

const encodeCursor = (value: Record<string, unknown>): string => Buffer.from(JSON.stringify(value)).toString('base64url');
function decodeCursor(cursor: string): Record<string, unknown> {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw badInput(`Invalid cursor: ${cursor}`);
}

const FIELD_DIFF_IGNORED = new Set(['updatedAt', 'updatedBy', 'searchVector']);

/** The fields whose values differ, as the server's event diff has them (relations by join column). */
export function recordDiff(before: WorkspaceRecord, after: WorkspaceRecord): Record<string, { before: unknown; after: unknown }> {
  const diff: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of Object.keys(after)) {
    if (FIELD_DIFF_IGNORED.has(key)) continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) diff[key] = { before: before[key] ?? null, after: after[key] ?? null };
  }
  return diff;
}

/** An explicit null on a non-nullable field that has no default: the server's data-arg check. */
function assertNoNullOnRequired(object: WorkspaceObject, data: Record<string, unknown>): void {
  if (!data || typeof data !== 'object') return;
  for (const [key, value] of Object.entries(data)) {
    if (value !== null) continue;
    const found = inputFieldFor(object, key);
    if (!found || found.field.isSystem || found.field.isNullable !== false || found.field.defaultValue !== undefined) continue;
    throw Object.assign(badInput(`Field ${key} is not nullable and has no default value.`), { extensions: { userFriendlyMessage: 'A required field is missing.' } });
  }
}

/**
 * The SQL layer of the local workspace: reads and writes records of any object of the model with the
 * server's semantics (soft delete, keyset cursors, upsert on unique fields, new records first,
 * createdBy/updatedBy), and reports what each committed write changed. It knows nothing of GraphQL.
 */
export class RecordRepository {
  private readonly objects: Map<string, WorkspaceObject>;

  constructor(private readonly db: SqlDatabase, private readonly schema: string, readonly model: WorkspaceModel) {
    this.objects = new Map();
    for (const object of model.objects) {
      this.objects.set(object.nameSingular, object);
      this.objects.set(object.namePlural, object);
    }
  }

  object(name: string): WorkspaceObject {
    const object = this.objects.get(name);
    if (!object) throw new WorkspaceApiError('NOT_FOUND', `Object "${name}" not found`);
    return object;
  }

  private table(object: WorkspaceObject): string {
    return tableRef(this.schema, object);
  }

  private readonly scope: RelationScope = { object: (name) => this.object(name), table: (object) => this.table(object) };

  /** The leaves of one object's order input (`{ name: Asc… }`, `{ emails: { primaryEmail: Asc… } }`). */
  private ownLeaves(object: WorkspaceObject, key: string, value: unknown, path: string[], column: (name: string) => string): { column: string; sqlType: string; direction: OrderDirection; path: string[] }[] {
    const field = object.fields.find((candidate) => candidate.name === key)
      ?? object.fields.find((candidate) => candidate.relation?.type === 'MANY_TO_ONE' && (candidate.relation.joinColumn ?? `${candidate.name}Id`) === key);
    if (!field) throw badInput(`Object ${object.nameSingular} doesn't have any "${key}" field.`);
    if (COMPOSITE_TYPES[field.type] && value && typeof value === 'object') {
      const specs = fieldColumns(field);
      return Object.entries(value as Record<string, unknown>).map(([sub, direction]) => {
        if (!DIRECTIONS.has(direction as OrderDirection)) throw badInput(`Invalid order direction "${String(direction)}" for ${key}.${sub}`);
        const spec = specs.find((candidate) => candidate.subfield === sub);
        if (!spec) throw badInput(`Field "${key}" has no subfield "${sub}"`);
        return { column: column(subfieldColumn(field.name, sub)), sqlType: spec.sqlType, direction: direction as OrderDirection, path: [...path, key, sub] };
      });
    }
    if (!DIRECTIONS.has(value as OrderDirection)) throw badInput(`Invalid order direction "${String(value)}" for ${key}`);
    const [spec] = fieldColumns(field);
    if (!spec) throw toManyRefusal(key);
    return [{ column: column(spec.column), sqlType: spec.sqlType, direction: value as OrderDirection, path: [...path, spec.column] }];
  }

  private orderLeaves(object: WorkspaceObject, orderBy: unknown): OrderLeaf[] {
    const items = orderBy === undefined || orderBy === null ? [] : Array.isArray(orderBy) ? orderBy : [orderBy];
    const leaves: OrderLeaf[] = [];
    for (const item of items) {
      if (!item || typeof item !== 'object') throw badInput(`Invalid orderBy for ${object.nameSingular}`);
      for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
        const relation = object.fields.find((candidate) => candidate.name === key && candidate.relation);
        if (relation && value && typeof value === 'object') {
          // `{ company: { name: AscNullsFirst } }`: the related record's value, by a scalar subquery on the join column.
          if (relation.relation!.type !== 'MANY_TO_ONE') throw toManyRefusal(key);
          const target = this.object(relation.relation!.targetObject);
          const join = `${this.table(object)}.${quoteIdent(relation.relation!.joinColumn ?? `${relation.name}Id`)}`;
          for (const [targetKey, targetValue] of Object.entries(value as Record<string, unknown>)) {
            if (target.fields.find((candidate) => candidate.name === targetKey)?.relation) throw badInput(`Cannot order ${object.nameSingular} through more than one relation ("${key}.${targetKey}")`);
            for (const leaf of this.ownLeaves(target, targetKey, targetValue, [key], (name) => name)) {
              const alias = `__studioOrder${leaves.length}`;
              leaves.push({ ...leaf, column: alias, alias, sql: `(select related.${quoteIdent(leaf.column)} from ${this.table(target)} as related where related."id" = ${join})` });
            }
          }
          continue;
        }
        for (const leaf of this.ownLeaves(object, key, value, [], (name) => name)) leaves.push({ ...leaf, sql: quoteIdent(leaf.column) });
      }
    }
    // The server always ends with id, so every order is total and cursors are stable.
    if (!leaves.some((leaf) => leaf.column === 'id')) leaves.push({ column: 'id', direction: 'AscNullsFirst', path: ['id'], sql: '"id"' });
    return leaves;
  }

  private static orderSql(leaves: OrderLeaf[], reverse: boolean): string {
    return leaves.map((leaf) => {
      let asc = leaf.direction.startsWith('Asc');
      let nullsFirst = leaf.direction.endsWith('NullsFirst');
      if (reverse) {
        asc = !asc;
        nullsFirst = !nullsFirst;
      }
      return `${leaf.sql} ${asc ? 'asc' : 'desc'} nulls ${nullsFirst ? 'first' : 'last'}`;
    }).join(', ');
  }

  /** Keyset condition: rows strictly after (or before) the cursor's position in the order. */
  private static cursorSql(leaves: OrderLeaf[], cursor: Record<string, unknown>, after: boolean, params: SqlParams): string {
    const valueOf = (leaf: OrderLeaf): unknown => leaf.path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), cursor) ?? null;
    const alternatives: string[] = [];
    for (let index = 0; index < leaves.length; index += 1) {
      const equalities = leaves.slice(0, index).map((leaf) => {
        const value = valueOf(leaf);
        return value === null ? `${leaf.sql} is null` : `${leaf.sql} = ${params.add(value)}`;
      });
      const leaf = leaves[index];
      const value = valueOf(leaf);
      let asc = leaf.direction.startsWith('Asc');
      let nullsFirst = leaf.direction.endsWith('NullsFirst');
      if (!after) {
        asc = !asc;
        nullsFirst = !nullsFirst;
      }
      const col = leaf.sql;
      let beyond: string;
      if (value === null) beyond = nullsFirst ? `${col} is not null` : 'false';
      else {
        const compare = `${col} ${asc ? '>' : '<'} ${params.add(value)}`;
        beyond = nullsFirst ? compare : `(${compare} or ${col} is null)`;
      }
      alternatives.push([...equalities, beyond].join(' and '));
    }
    return alternatives.map((alternative) => `(${alternative})`).join(' or ');
  }

  /**
   * The cursor of a row: its stored order values (not the API's view of them: an empty composite text
   * subfield reads as '' but is stored NULL, and the keyset condition compares stored values), then id.
   */
  private static cursorFor(object: WorkspaceObject, row: Record<string, unknown>, leaves: OrderLeaf[]): string {
    const value: Record<string, unknown> = {};
    const sqlTypes = new Map(objectColumns(object).map((spec) => [spec.column, spec.sqlType]));
    for (const leaf of leaves) {
      if (leaf.column === 'id') continue;
      let stored = row[leaf.column] ?? null;
      const sqlType = leaf.sqlType ?? sqlTypes.get(leaf.column);
      if (stored instanceof Date) stored = stored.toISOString();
      else if (stored !== null && (sqlType === 'numeric' || sqlType === 'double precision')) stored = Number(stored);
      // Nested as the server's cursor: `{ name: { firstName } }`, `{ company: { name } }`.
      let node = value;
      for (const key of leaf.path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
      node[leaf.path[leaf.path.length - 1]] = stored;
    }
    value.id = row.id;
    return encodeCursor(value);
  }

  private baseWhere(object: WorkspaceObject, filter: unknown, params: SqlParams): string {
    const condition = filterToSql(object, filter, params, this.scope);
    const hasDeletedAt = object.fields.some((field) => field.name === 'deletedAt');
    return hasDeletedAt && !filterMentionsDeletedAt(filter) ? `(${condition}) and "deletedAt" is null` : condition;
  }

  async findMany(objectName: string, args: FindManyArgs = {}, client: SqlClient = this.db): Promise<RecordPage> {
    const object = this.object(objectName);
    if (args.first != null && args.last != null) throw badInput('Cannot provide both first and last');
    if (args.before != null && args.after != null) throw badInput('Cannot provide both before and after');
    if (args.before != null && args.first != null) throw badInput('Cannot provide both before and first');
    if (args.after != null && args.last != null) throw badInput('Cannot provide both after and last');
    if (args.first != null && args.first < 0) throw badInput('First argument must be non-negative');
    if (args.last != null && args.last < 0) throw badInput('Last argument must be non-negative');
    const limit = args.first ?? args.last ?? DEFAULT_PAGE_SIZE;
    if (limit > MAX_PAGE_SIZE) throw badInput(`The local workspace returns at most ${MAX_PAGE_SIZE} records per page: page through with "after".`);
    const backward = args.last != null || args.before != null;
    const leaves = this.orderLeaves(object, args.orderBy);
    const params = new SqlParams();
    const where = [this.baseWhere(object, args.filter, params)];
    const cursor = args.after ?? args.before;
    if (cursor != null) where.push(RecordRepository.cursorSql(leaves, decodeCursor(cursor), args.after != null, params));
    const offset = args.offset != null && args.offset > 0 ? ` offset ${Math.floor(args.offset)}` : '';
    const inlineTotal = args.withTotal === true && cursor == null;
    const orderColumns = leaves.filter((leaf) => leaf.alias).map((leaf) => `, ${leaf.sql} as ${quoteIdent(leaf.alias!)}`).join('');
    const rows = await client.query(`select *${orderColumns}${inlineTotal ? ', count(*) over () as "__studioTotal"' : ''} from ${this.table(object)} where ${where.map((part) => `(${part})`).join(' and ')} order by ${RecordRepository.orderSql(leaves, backward)} limit ${limit + 1}${offset}`, params.values);
    const more = rows.length > limit;
    const knownTotal = inlineTotal && rows.length > 0 ? Number(rows[0].__studioTotal) : null;
    const pageRows = rows.slice(0, limit);
    if (backward) pageRows.reverse();
    const page = pageRows.map((row) => rowToRecord(object, row));
    const countParams = new SqlParams();
    const countWhere = this.baseWhere(object, args.filter, countParams);
    let counted: Promise<number> | null = knownTotal !== null ? Promise.resolve(knownTotal) : null;
    return {
      records: page,
      cursors: pageRows.map((row) => RecordRepository.cursorFor(object, row, leaves)),
      hasNextPage: !backward && more,
      hasPreviousPage: backward && more,
      totalCount: () => (counted ??= client.query<{ count: number | string }>(`select count(*) as count from ${this.table(object)} where ${countWhere}`, countParams.values).then((result) => Number(result[0]?.count ?? 0))),
    };
  }

  async findOne(objectName: string, filter: unknown, client: SqlClient = this.db): Promise<WorkspaceRecord | null> {
    const page = await this.findMany(objectName, { filter, first: 1 }, client);
    return page.records[0] ?? null;
  }

  /**
   * `<singular>Duplicates(ids | data)`: for each record given (by id, or as create data), the records
   * that match it on one of the object's duplicate criteria groups, itself excluded; one page each.
   */
  async findDuplicates(objectName: string, args: { ids?: string[] | null; data?: Record<string, unknown>[] | null }, client: SqlClient = this.db): Promise<RecordPage[]> {
    const object = this.object(objectName);
    if (!args.ids && !args.data) throw badInput('You have to provide either "data" or "ids" argument');
    if (args.ids && args.data) throw badInput('You cannot provide both "data" and "ids" arguments');
    if (!args.ids && args.data!.length === 0) throw badInput('The "data" condition can not be empty when "ids" input not provided');
    let sources: Record<string, unknown>[];
    if (args.ids) {
      for (const id of args.ids) if (!isUuid(id)) throw badInput(`Value "${id}" is not a valid UUID`);
      const found = new Map((await this.findByColumn(objectName, 'id', args.ids, client)).map((record) => [String(record.id), record]));
      sources = args.ids.map((id) => found.get(id)).filter((record): record is WorkspaceRecord => record !== undefined);
    } else sources = args.data!;
    const empty: RecordPage = { records: [], cursors: [], hasNextPage: false, hasPreviousPage: false, totalCount: async () => 0 };
    const pages: RecordPage[] = [];
    for (const source of sources) {
      const filter = duplicateFilter(object, source, source.id);
      pages.push(filter ? { ...(await this.findMany(objectName, { filter, first: DEFAULT_PAGE_SIZE, withTotal: true }, client)), hasNextPage: false } : empty);
    }
    return pages;
  }

  /** The SQL order of groups: `{ aggregate: { totalCount } }` or a groupBy field's direction (a date's `{ orderBy, granularity }`). */
  private static groupOrder(dimensions: GroupDimension[], orderBy: unknown): string {
    const items = orderBy === undefined || orderBy === null ? [] : Array.isArray(orderBy) ? orderBy : [orderBy];
    const parts: string[] = [];
    const direction = (value: unknown, where: string) => {
      if (!DIRECTIONS.has(value as OrderDirection)) throw badInput(`Invalid order direction "${String(value)}" for ${where}`);
      const text = value as OrderDirection;
      return `${text.startsWith('Asc') ? 'asc' : 'desc'} nulls ${text.endsWith('NullsFirst') ? 'first' : 'last'}`;
    };
    const dimensionAt = (path: string[]) => {
      const index = dimensions.findIndex((dimension) => dimension.path.join('.') === path.join('.'));
      if (index < 0) throw badInput(`Cannot order groups by "${path.join('.')}": it is not among the groupBy fields`);
      return index;
    };
    for (const item of items) {
      if (!item || typeof item !== 'object') throw badInput('Invalid orderBy for groupBy');
      for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
        if (key === 'aggregate') {
          for (const [aggregate, dir] of Object.entries((value ?? {}) as Record<string, unknown>)) {
            if (aggregate !== 'totalCount') throw badInput(`The local workspace orders groups by the totalCount aggregate only, not "${aggregate}"`);
            parts.push(`"__studioCount" ${direction(dir, 'aggregate.totalCount')}`);
          }
        } else if (value && typeof value === 'object' && 'orderBy' in (value as Record<string, unknown>)) {
          parts.push(`"__studioDim${dimensionAt([key])}" ${direction((value as Record<string, unknown>).orderBy, key)}`);
        } else if (value && typeof value === 'object') {
          for (const [sub, dir] of Object.entries(value as Record<string, unknown>)) parts.push(`"__studioDim${dimensionAt([key, sub])}" ${direction(dir, `${key}.${sub}`)}`);
        } else parts.push(`"__studioDim${dimensionAt([key])}" ${direction(value, key)}`);
      }
    }
    if (parts.length === 0) parts.push(...dimensions.map((_dimension, index) => `"__studioDim${index}" asc nulls last`));
    return parts.join(', ');
  }

  /**
   * `<plural>GroupBy`: the records matching the filter, grouped by the groupBy fields (date buckets in
   * UTC), each group with its dimension values, its count, and (when asked) its first records in the
   * `orderByForRecords` order.
   */
  async groupBy(objectName: string, args: GroupByArgs, client: SqlClient = this.db): Promise<RecordGroup[]> {
    const object = this.object(objectName);
    const dimensions = parseGroupBy(object, args.groupBy);
    if (args.limit != null && args.limit < 0) throw badInput('Limit argument must be non-negative');
    const params = new SqlParams();
    const where = this.baseWhere(object, args.filter, params);
    const select = dimensions.map((dimension, index) => `${dimension.sql} as "__studioDim${index}"`).join(', ');
    const rows = await client.query(
      `select ${select}, count(*) as "__studioCount" from ${this.table(object)} where ${where} group by ${dimensions.map((_dimension, index) => index + 1).join(', ')} order by ${RecordRepository.groupOrder(dimensions, args.orderBy)}${args.limit != null ? ` limit ${Math.floor(args.limit)}` : ''}`,
      params.values,
    );
    const leaves = this.orderLeaves(object, args.orderByForRecords);
    const groups: RecordGroup[] = [];
    for (const row of rows) {
      const count = Number(row.__studioCount);
      let records: WorkspaceRecord[] = [];
      let cursors: string[] = [];
      let more = false;
      if (args.withRecords) {
        const recordParams = new SqlParams();
        const conditions = [this.baseWhere(object, args.filter, recordParams), ...dimensions.map((dimension, index) => `${dimension.sql} is not distinct from ${recordParams.add(row[`__studioDim${index}`])}`)];
        const orderColumns = leaves.filter((leaf) => leaf.alias).map((leaf) => `, ${leaf.sql} as ${quoteIdent(leaf.alias!)}`).join('');
        const found = await client.query(`select *${orderColumns} from ${this.table(object)} where ${conditions.map((part) => `(${part})`).join(' and ')} order by ${RecordRepository.orderSql(leaves, false)} limit ${GROUP_RECORDS_LIMIT + 1}`, recordParams.values);
        more = found.length > GROUP_RECORDS_LIMIT;
        const shown = found.slice(0, GROUP_RECORDS_LIMIT);
        records = shown.map((found) => rowToRecord(object, found));
        cursors = shown.map((found) => RecordRepository.cursorFor(object, found, leaves));
      }
      groups.push({
        dimensionValues: dimensions.map((dimension, index) => dimensionValue(row[`__studioDim${index}`], dimension.granularity)),
        page: { records, cursors, hasNextPage: more, hasPreviousPage: false, totalCount: async () => count },
      });
    }
    return groups;
  }

  /** Records whose `column` is among `values` (relation loading); soft-deleted ones excluded. */
  async findByColumn(objectName: string, column: string, values: string[], client: SqlClient = this.db, limitPerValue?: number): Promise<WorkspaceRecord[]> {
    const object = this.object(objectName);
    if (values.length === 0) return [];
    const hasDeletedAt = object.fields.some((field) => field.name === 'deletedAt');
    const rows = await client.query(
      `select * from ${this.table(object)} where ${quoteIdent(column)} = any($1::uuid[])${hasDeletedAt ? ' and "deletedAt" is null' : ''} order by "position" asc nulls first, id asc${limitPerValue ? ` limit ${limitPerValue * values.length + 1}` : ''}`,
      [values],
    ).catch(async (error) => {
      // Objects without a position column order by id alone.
      if (isPostgresError(error) && error.code === '42703') {
        return client.query(`select * from ${this.table(object)} where ${quoteIdent(column)} = any($1::uuid[])${hasDeletedAt ? ' and "deletedAt" is null' : ''} order by id asc`, [values]);
      }
      throw error;
    });
    return rows.map((row) => rowToRecord(object, row));
  }

  private actorValue(actor: WriteActor): Record<string, unknown> {
    return { source: actor.source, name: actor.name, workspaceMemberId: actor.workspaceMemberId, context: {} };
  }

  private actorColumns(object: WorkspaceObject, fieldName: 'createdBy' | 'updatedBy', actor: WriteActor): ColumnValue[] {
    if (!object.fields.some((field) => field.name === fieldName)) return [];
    return inputToColumns(object, { [fieldName]: this.actorValue(actor) }, { allowSystem: true });
  }

  private static translateError(object: WorkspaceObject, error: unknown): never {
    if (error instanceof WorkspaceApiError) throw error;
    if (isPostgresError(error)) {
      if (error.code === '23505') {
        const field = object.fields.find((candidate) => error.constraint === `uq_${object.nameSingular}_${candidate.name}`.slice(0, 63));
        const userFriendlyMessage = field
          ? `This ${field.label ?? field.name} value is already in use. Please check your data and try again.`
          : 'This record already exists. Please check your data and try again.';
        throw Object.assign(badInput('A duplicate entry was detected'), { extensions: { userFriendlyMessage, conflictingObjectNameSingular: object.nameSingular } });
      }
      if (error.code === '23503') throw badInput(`A related record does not exist (${error.detail ?? error.constraint ?? 'foreign key'})`);
      if (error.code === '23502') throw badInput(`Field "${error.column}" of ${object.nameSingular} cannot be null`);
      if (error.code === '22P02') throw badInput(`Invalid value: ${error.message}`);
    }
    throw error;
  }

  private async insertRow(tx: SqlClient, object: WorkspaceObject, columns: ColumnValue[]): Promise<WorkspaceRecord> {
    const params = new SqlParams();
    const names = columns.map((value) => quoteIdent(value.column));
    const placeholders = columns.map((value) => params.add(value.value, value.sqlType));
    const [row] = await tx.query(`insert into ${this.table(object)} (${names.join(', ')}) values (${placeholders.join(', ')}) returning *`, params.values);
    return rowToRecord(object, row);
  }

  /** The existing record an upsert updates: same id, or same value of a unique field. */
  private async upsertTarget(tx: SqlClient, object: WorkspaceObject, columns: ColumnValue[]): Promise<Record<string, unknown> | null> {
    const byColumn = new Map(columns.map((value) => [value.column, value.value]));
    // The conflicting field groups: id, then each unique field (a composite by its key subfields).
    const groups: { name: string; columns: string[] }[] = [
      { name: 'id', columns: ['id'] },
      ...object.fields.map((field) => ({ name: field.name, columns: uniqueColumns(field) })).filter((group) => group.columns.length > 0),
    ];
    const matches = new Map<string, Record<string, unknown>>();
    const matchedGroups: string[] = [];
    for (const group of groups) {
      // A group is used only when every one of its values is present in the input row.
      if (!group.columns.every((column) => byColumn.get(column) !== undefined && byColumn.get(column) !== null && byColumn.get(column) !== '')) continue;
      const params = new SqlParams();
      const where = group.columns.map((column) => `${quoteIdent(column)} = ${params.add(byColumn.get(column))}`).join(' and ');
      // Soft-deleted rows match too: the upsert revives them.
      const rows = await tx.query(`select * from ${this.table(object)} where ${where} order by "deletedAt" desc nulls first, id for update`, params.values);
      for (const row of rows.slice(0, 1)) {
        matches.set(String(row.id), row);
        matchedGroups.push(group.name);
      }
    }
    if (matches.size > 1) {
      throw badInput(`Multiple records found with the same unique field values for ${matchedGroups.join(', ')}. Cannot determine which record to update.`);
    }
    return matches.values().next().value ?? null;
  }

  async create(objectName: string, inputs: Record<string, unknown>[], options: { upsert?: boolean; actor: WriteActor; allowSystem?: boolean }): Promise<WriteResult> {
    const object = this.object(objectName);
    if (inputs.length > MAX_PAGE_SIZE) throw badInput(`Maximum number of records to upsert is ${MAX_PAGE_SIZE}.`);
    try {
      return await this.db.transaction(async (tx) => {
        const records: WorkspaceRecord[] = [];
        const changes: RecordChange[] = [];
        const now = new Date().toISOString();
        const hasPosition = object.fields.some((field) => field.name === 'position');
        let nextPosition: number | null = null;
        let lastPosition: number | null = null;
        for (const input of inputs) {
          assertNoNullOnRequired(object, input);
          const given = inputToColumns(object, input, { allowSystem: options.allowSystem });
          const positionValue = given.find((value) => value.column === 'position');
          if (positionValue && (positionValue.value === 'first' || positionValue.value === 'last')) {
            if (positionValue.value === 'first') {
              // The same as no position: before every record, and before the batch's earlier ones.
              given.splice(given.indexOf(positionValue), 1);
            } else {
              if (lastPosition === null) {
                const [row] = await tx.query<{ max: number | null }>(`select max("position") as max from ${this.table(object)}`);
                lastPosition = row?.max === null || row?.max === undefined ? 0 : Number(row.max);
              }
              lastPosition += 1;
              positionValue.value = lastPosition;
            }
          }
          if (options.upsert) {
            const existing = await this.upsertTarget(tx, object, given);
            if (existing) {
              const before = rowToRecord(object, existing);
              const updated = await this.updateRow(tx, object, before.id as string, [...given.filter((value) => value.column !== 'id'), ...this.actorColumns(object, 'updatedBy', options.actor), { column: 'deletedAt', sqlType: 'timestamptz', value: null }].filter((value) => object.fields.some((field) => fieldColumns(field).some((spec) => spec.column === value.column))), now);
              records.push(updated);
              const diff = recordDiff(before, updated);
              if (Object.keys(diff).length > 0) {
                for (const operation of ['updated', 'upserted'] as const) changes.push({ objectName: object.nameSingular, operation, recordId: String(updated.id), before, after: updated, diff, updatedFields: Object.keys(diff) });
              }
              continue;
            }
          }
          const givenNames = new Set(given.map((value) => value.column));
          const columns = [...given];
          if (hasPosition && !givenNames.has('position')) {
            // New records go first, as the server places them.
            if (nextPosition === null) {
              const [row] = await tx.query<{ min: number | null }>(`select min("position") as min from ${this.table(object)}`);
              nextPosition = (row?.min === null || row?.min === undefined ? 1 : Number(row.min)) - 1;
            } else nextPosition -= 1;
            columns.push({ column: 'position', sqlType: 'double precision', value: nextPosition });
            givenNames.add('position');
          }
          for (const value of [...this.actorColumns(object, 'createdBy', options.actor), ...this.actorColumns(object, 'updatedBy', options.actor)]) {
            if (givenNames.has(value.column)) continue;
            columns.push(value);
            givenNames.add(value.column);
          }
          columns.push(...defaultColumns(object, givenNames, now));
          const present = new Set(columns.filter((value) => value.value !== null && value.value !== undefined).map((value) => value.column));
          const missing = missingRequired(object, present);
          if (missing.length > 0) throw badInput(`Missing required field${missing.length > 1 ? 's' : ''} ${missing.map((name) => `"${name}"`).join(', ')} for ${object.nameSingular}`);
          const record = await this.insertRow(tx, object, columns);
          records.push(record);
          for (const operation of ['created', 'upserted'] as const) changes.push({ objectName: object.nameSingular, operation, recordId: String(record.id), after: record });
        }
        return { records, changes };
      });
    } catch (error) {
      RecordRepository.translateError(object, error);
    }
  }

  private async updateRow(tx: SqlClient, object: WorkspaceObject, id: string, columns: ColumnValue[], now: string): Promise<WorkspaceRecord> {
    const params = new SqlParams();
    const sets = columns.map((value) => `${quoteIdent(value.column)} = ${params.add(value.value, value.sqlType)}`);
    if (object.fields.some((field) => field.name === 'updatedAt')) sets.push(`"updatedAt" = ${params.add(now, 'timestamptz')}`);
    const [row] = await tx.query(`update ${this.table(object)} set ${sets.join(', ')} where id = ${params.add(id, 'uuid')} returning *`, params.values);
    return rowToRecord(object, row);
  }

  /** The rows a mutation acts on, locked for the transaction (no lost updates under concurrent runs). */
  private async selectForWrite(tx: SqlClient, object: WorkspaceObject, selector: RecordSelector, deleted: 'live' | 'deleted' | 'any'): Promise<WorkspaceRecord[]> {
    const params = new SqlParams();
    let where: string;
    if ('ids' in selector) {
      for (const id of selector.ids) if (!isUuid(id)) throw badInput(`Value "${id}" is not a valid UUID`);
      where = `id = any(${params.add(selector.ids, 'uuid[]')})`;
    } else where = filterToSql(object, selector.filter, params, this.scope);
    const hasDeletedAt = object.fields.some((field) => field.name === 'deletedAt');
    if (hasDeletedAt && deleted === 'live') where = `(${where}) and "deletedAt" is null`;
    if (hasDeletedAt && deleted === 'deleted') where = `(${where}) and "deletedAt" is not null`;
    const rows = await tx.query(`select * from ${this.table(object)} where ${where} order by id for update`, params.values);
    if ('ids' in selector && rows.length === 0) throw new WorkspaceApiError('NOT_FOUND', 'Record not found');
    return rows.map((row) => rowToRecord(object, row));
  }

  async update(objectName: string, selector: RecordSelector, data: Record<string, unknown>, options: { actor: WriteActor }): Promise<WriteResult> {
    const object = this.object(objectName);
    try {
      return await this.db.transaction(async (tx) => {
        assertNoNullOnRequired(object, data);
        const given = inputToColumns(object, data).filter((value) => value.column !== 'id');
        const now = new Date().toISOString();
        const records: WorkspaceRecord[] = [];
        const changes: RecordChange[] = [];
        for (const before of await this.selectForWrite(tx, object, selector, 'live')) {
          const after = await this.updateRow(tx, object, String(before.id), [...given, ...this.actorColumns(object, 'updatedBy', options.actor)], now);
          records.push(after);
          const diff = recordDiff(before, after);
          // An update that changes nothing emits no event.
          if (Object.keys(diff).length === 0) continue;
          for (const operation of ['updated', 'upserted'] as const) changes.push({ objectName: object.nameSingular, operation, recordId: String(after.id), before, after, diff, updatedFields: Object.keys(diff) });
        }
        return { records, changes };
      });
    } catch (error) {
      RecordRepository.translateError(object, error);
    }
  }

  /** Soft delete (`delete*`) and restore (`restore*`): deletedAt set or cleared. */
  async setDeleted(objectName: string, selector: RecordSelector, deleted: boolean, options: { actor: WriteActor }): Promise<WriteResult> {
    const object = this.object(objectName);
    if (!object.fields.some((field) => field.name === 'deletedAt')) throw badInput(`${object.nameSingular} records cannot be soft-deleted`);
    try {
      return await this.db.transaction(async (tx) => {
        const now = new Date().toISOString();
        const records: WorkspaceRecord[] = [];
        const changes: RecordChange[] = [];
        for (const before of await this.selectForWrite(tx, object, selector, deleted ? 'live' : 'deleted')) {
          const after = await this.updateRow(tx, object, String(before.id), [{ column: 'deletedAt', sqlType: 'timestamptz', value: deleted ? now : null }, ...this.actorColumns(object, 'updatedBy', options.actor)], now);
          records.push(after);
          const diff = recordDiff(before, after);
          changes.push({ objectName: object.nameSingular, operation: deleted ? 'deleted' : 'restored', recordId: String(after.id), before, after, diff, updatedFields: Object.keys(diff) });
        }
        return { records, changes };
      });
    } catch (error) {
      RecordRepository.translateError(object, error);
    }
  }

  /** Hard delete (`destroy*`): soft-deleted records included; relations follow their onDelete. */
  async destroy(objectName: string, selector: RecordSelector): Promise<WriteResult> {
    const object = this.object(objectName);
    try {
      return await this.db.transaction(async (tx) => {
        const rows = await this.selectForWrite(tx, object, selector, 'any');
        if (rows.length > 0) await tx.query(`delete from ${this.table(object)} where id = any($1::uuid[])`, [rows.map((row) => row.id)]);
        return { records: rows, changes: rows.map((before) => ({ objectName: object.nameSingular, operation: 'destroyed' as const, recordId: String(before.id), before })) };
      });
    } catch (error) {
      RecordRepository.translateError(object, error);
    }
  }

  /** Counts per object (the Workspace window's side list, `workspace status`). */
  async counts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const object of this.model.objects) {
      const [row] = await this.db.query<{ count: string | number }>(`select count(*) as count from ${this.table(object)}`);
      counts[object.nameSingular] = Number(row?.count ?? 0);
    }
    return counts;
  }

  /** Every row of an object, raw (export). */
  async allRecords(objectName: string): Promise<WorkspaceRecord[]> {
    const object = this.object(objectName);
    const rows = await this.db.query(`select * from ${this.table(object)} order by id`);
    return rows.map((row) => rowToRecord(object, row));
  }

  columnsOf(objectName: string) {
    return objectColumns(this.object(objectName));
  }
}
