import { COMPOSITE_TYPES, isRelationField, subfieldColumn } from '../../../../src-shared/twenty/workspace-model/composite-types';
import type { WorkspaceField, WorkspaceObject } from '../../../../src-shared/twenty/workspace-model/model-types';
import { badInput } from '../workspace-error';
import { isUuid } from './record-codec';
import { quoteIdent } from './sql-database';
import { fieldColumns } from './table-layout';

/** Collects positional parameters while a statement is built. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return cast ? `$${this.values.length}::${cast}` : `$${this.values.length}`;
  }
}

type Filter = Record<string, unknown>;
const SCALAR_OPERATORS = new Set(['eq', 'neq', 'in', 'gt', 'gte', 'lt', 'lte', 'like', 'ilike', 'startsWith', 'endsWith', 'regex', 'iregex', 'is', 'containsAny', 'containsExactly', 'containsIlike', 'contains', 'notContains', 'not_contains', 'isEmptyArray', 'search']);

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * How the server treats empty values of a column (its null-equivalent values): text columns and text
 * subfields hold '' and NULL as the same value; arrays '{}' and NULL; JSON array subfields '[]' and NULL.
 */
export type NullEquivalence = 'text' | 'array' | 'jsonArray' | 'none';

function nullEquivalenceOf(sqlType: string, fieldType: string, subfield?: string): NullEquivalence {
  if (sqlType === 'text' && (subfield !== undefined || fieldType === 'TEXT')) return 'text';
  if (sqlType === 'text[]') return 'array';
  if (sqlType === 'jsonb' && subfield !== undefined && /^(additionalEmails|secondaryLinks|additionalPhones)$/.test(subfield)) return 'jsonArray';
  return 'none';
}

function isNullEquivalentValue(value: unknown, kind: NullEquivalence): boolean {
  if (kind === 'text') return value === '';
  if (kind === 'array' || kind === 'jsonArray') return Array.isArray(value) && value.length === 0;
  return false;
}

const emptyLiteral = (kind: NullEquivalence): string | null => (kind === 'text' ? "''" : kind === 'array' ? "'{}'" : kind === 'jsonArray' ? "'[]'::jsonb" : null);

/** One column's comparison (`{ eq: 'x' }`, `{ in: [...] }`, `{ is: 'NULL' }`) as SQL, with the server's semantics. */
function columnCondition(column: string, sqlType: string, operators: unknown, params: SqlParams, where: string, check: (value: unknown) => unknown, nullEquivalence: NullEquivalence = 'none'): string {
  if (!operators || typeof operators !== 'object' || Array.isArray(operators)) throw badInput(`Invalid filter for "${where}": expected an object of operators`);
  const parts: string[] = [];
  const col = quoteIdent(column);
  const cast = sqlType === 'text[]' ? 'text' : sqlType;
  const empty = emptyLiteral(nullEquivalence);
  const isTimestamp = sqlType === 'timestamptz';
  // DATE_TIME compares on a 1 ms window, as the server does: eq is [v, v+1ms), gt is >= v+1ms, lte is < v+1ms.
  const nextMs = (value: unknown) => `(${params.add(check(value), 'timestamptz')} + interval '1 millisecond')`;
  const needsList = (operator: string, value: unknown): unknown[] => {
    if (!Array.isArray(value) || value.length === 0) throw badInput(`Invalid filter value for field ${where}. Expected non-empty array`);
    return value;
  };
  for (const [operator, value] of Object.entries(operators as Record<string, unknown>)) {
    if (value === undefined) continue;
    if (!SCALAR_OPERATORS.has(operator)) throw badInput(`Operator "${operator}" is not supported`);
    switch (operator) {
      case 'eq':
        if (value === null) parts.push(`${col} is null`);
        else if (empty && isNullEquivalentValue(value, nullEquivalence)) parts.push(`(${col} = ${empty} or ${col} is null)`);
        else if (isTimestamp) parts.push(`(${col} >= ${params.add(check(value), cast)} and ${col} < ${nextMs(value)})`);
        else parts.push(`${col} = ${params.add(check(value), cast)}`);
        break;
      case 'neq':
        if (value === null) parts.push(`${col} is not null`);
        else if (empty && isNullEquivalentValue(value, nullEquivalence)) parts.push(`(${col} <> ${empty} and ${col} is not null)`);
        else parts.push(`${col} <> ${params.add(check(value), cast)}`);
        break;
      case 'gt': parts.push(isTimestamp ? `${col} >= ${nextMs(value)}` : `${col} > ${params.add(check(value), cast)}`); break;
      case 'gte': parts.push(`${col} >= ${params.add(check(value), cast)}`); break;
      case 'lt': parts.push(`${col} < ${params.add(check(value), cast)}`); break;
      case 'lte': parts.push(isTimestamp ? `${col} < ${nextMs(value)}` : `${col} <= ${params.add(check(value), cast)}`); break;
      case 'in': {
        if (!Array.isArray(value) || value.length === 0) throw badInput(`Invalid filter value for field ${where}. Expected non-empty array`);
        parts.push(`${col} = any(${params.add(value.map(check), `${cast}[]`)})`);
        break;
      }
      case 'like': case 'ilike': {
        const condition = `${col}::text ${operator} ${params.add(String(value))}`;
        parts.push(value === '' ? `(${condition} or ${col} is null)` : condition);
        break;
      }
      // A prefix / suffix test, not LIKE: % and _ are literal.
      case 'startsWith': parts.push(`${col}::text like ${params.add(`${escapeLike(String(value))}%`)}`); break;
      case 'endsWith': parts.push(`${col}::text like ${params.add(`%${escapeLike(String(value))}`)}`); break;
      case 'regex': parts.push(`${col}::text ~ ${params.add(String(value))}`); break;
      case 'iregex': parts.push(`${col}::text ~* ${params.add(String(value))}`); break;
      case 'is': {
        const normalised = String(value).toUpperCase().replace('NOTNULL', 'NOT_NULL');
        if (normalised !== 'NULL' && normalised !== 'NOT_NULL') throw badInput(`Filter "is" on "${where}" takes NULL or NOT_NULL`);
        if (normalised === 'NULL') parts.push(empty ? `(${col} is null or ${col} = ${empty})` : `${col} is null`);
        else parts.push(`${col} is not null`);
        break;
      }
      case 'containsAny': {
        if (!Array.isArray(value)) throw badInput(`Filter "${operator}" on "${where}" needs a list`);
        parts.push(`${col} && ${params.add(value.map(String), 'text[]')}`);
        break;
      }
      case 'contains': parts.push(`${col} @> ${params.add(needsList(operator, value).map(String), 'text[]')}`); break;
      case 'notContains': case 'not_contains':
        parts.push(`not coalesce(${col} && ${params.add(needsList(operator, value).map(String), 'text[]')}, false)`);
        break;
      case 'containsExactly': {
        if (!Array.isArray(value)) throw badInput(`Filter "containsExactly" on "${where}" needs a list`);
        parts.push(`(${col} @> ${params.add(value.map(String), 'text[]')} and ${col} <@ ${params.add(value.map(String), 'text[]')})`);
        break;
      }
      case 'containsIlike': parts.push(`exists (select 1 from unnest(${col}) as item where item ilike ${params.add(String(value))})`); break;
      case 'isEmptyArray': parts.push(value ? `coalesce(cardinality(${col}), 0) = 0` : `cardinality(${col}) > 0`); break;
      case 'search': parts.push(`${col}::text ilike ${params.add(`%${escapeLike(String(value))}%`)}`); break;
    }
  }
  return parts.length === 0 ? 'true' : parts.join(' and ');
}

function checkFor(field: WorkspaceField, where: string): (value: unknown) => unknown {
  if (field.type === 'UUID' || isRelationField(field)) {
    return (value) => {
      if (!isUuid(value)) throw badInput(`Invalid UUID "${String(value)}" in filter on "${where}"`);
      return value;
    };
  }
  if (field.type === 'DATE_TIME') {
    return (value) => {
      if (Number.isNaN(new Date(String(value)).getTime())) throw badInput(`Invalid date "${String(value)}" in filter on "${where}"`);
      return value;
    };
  }
  return (value) => value;
}

/** Whether a filter mentions deletedAt anywhere: the server then shows soft-deleted records too. */
export function filterMentionsDeletedAt(filter: unknown): boolean {
  if (!filter || typeof filter !== 'object') return false;
  if (Array.isArray(filter)) return filter.some(filterMentionsDeletedAt);
  return Object.entries(filter as Filter).some(([key, value]) => key === 'deletedAt' || ((key === 'and' || key === 'or' || key === 'not') && filterMentionsDeletedAt(value)));
}

/** How a filter reaches the records of a related object (a to-one relation's fields). */
export interface RelationScope {
  object(name: string): WorkspaceObject;
  /** The schema-qualified table of an object. */
  table(object: WorkspaceObject): string;
}

/** The server's refusal of a filter or order through a to-many relation. */
export const toManyRefusal = (alias: string) => badInput(`Cannot filter or order through ${alias}: only to-one relations are supported`);

/**
 * A Twenty filter (`{ and, or, not, <field>: { <op>: value }, <composite>: { <subfield>: { <op> } } }`)
 * as a SQL condition. Unknown fields and operators are BAD_USER_INPUT, as the server's schema would say.
 * A many-to-one relation filters on its join column (`companyId: { in }`) or, with a scope, on the
 * related record's fields (`company: { name: { ilike } }`): the join column is among the ids of the
 * matching related records (soft-deleted ones left out unless the nested filter names deletedAt).
 */
export function filterToSql(object: WorkspaceObject, filter: unknown, params: SqlParams, scope?: RelationScope): string {
  if (filter === undefined || filter === null) return 'true';
  if (typeof filter !== 'object' || Array.isArray(filter)) throw badInput(`Invalid filter for ${object.nameSingular}: expected an object`);
  const parts: string[] = [];
  for (const [key, value] of Object.entries(filter as Filter)) {
    if (value === undefined) continue;
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(value)) throw badInput(`Filter "${key}" of ${object.nameSingular} needs a list`);
      const inner = value.map((item) => `(${filterToSql(object, item, params, scope)})`);
      parts.push(inner.length === 0 ? 'true' : inner.join(key === 'and' ? ' and ' : ' or '));
      continue;
    }
    if (key === 'not') {
      // Plain SQL NOT: a row whose compared column is NULL stays out (three-valued logic), as on the server.
      parts.push(`not (${filterToSql(object, value, params, scope)})`);
      continue;
    }
    const field = object.fields.find((candidate) => candidate.name === key)
      ?? object.fields.find((candidate) => candidate.relation?.type === 'MANY_TO_ONE' && (candidate.relation.joinColumn ?? `${candidate.name}Id`) === key);
    if (!field) throw badInput(`Object ${object.nameSingular} doesn't have any "${key}" field.`);
    if (isRelationField(field)) {
      if (field.relation?.type !== 'MANY_TO_ONE') throw toManyRefusal(key);
      const column = field.relation.joinColumn ?? `${field.name}Id`;
      if (key === field.name) {
        if (!value || typeof value !== 'object' || Array.isArray(value)) throw badInput(`Invalid filter for "${key}": expected a filter on the fields of ${field.relation.targetObject}`);
        // `company: { id: { eq } }` alone is the same as `companyId: { eq }`.
        if (Object.keys(value as Filter).length === 1 && 'id' in (value as Filter)) {
          parts.push(columnCondition(column, 'uuid', (value as Filter).id, params, key, checkFor(field, key)));
          continue;
        }
        if (!scope) throw badInput(`Filtering on the fields of the related ${field.relation.targetObject} is not supported here`);
        const target = scope.object(field.relation.targetObject);
        const inner = filterToSql(target, value, params, scope);
        const hidesDeleted = target.fields.some((candidate) => candidate.name === 'deletedAt') && !filterMentionsDeletedAt(value);
        parts.push(`${quoteIdent(column)} in (select "id" from ${scope.table(target)} where (${inner})${hidesDeleted ? ' and "deletedAt" is null' : ''})`);
        continue;
      }
      parts.push(columnCondition(column, 'uuid', value, params, key, checkFor(field, key)));
      continue;
    }
    const composite = COMPOSITE_TYPES[field.type];
    if (composite) {
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw badInput(`Invalid filter for "${key}": expected its subfields`);
      const specs = fieldColumns(field);
      for (const [subKey, operators] of Object.entries(value as Filter)) {
        if (subKey === 'is') {
          // `is: NULL` on a composite: every subfield empty.
          const empty = specs.map((spec) => `(${quoteIdent(spec.column)} is null${spec.sqlType === 'text' ? ` or ${quoteIdent(spec.column)} = ''` : ''})`).join(' and ');
          parts.push(String(operators).toUpperCase() === 'NULL' ? `(${empty})` : `not (${empty})`);
          continue;
        }
        const spec = specs.find((candidate) => candidate.subfield === subKey);
        if (!spec) throw badInput(`Field "${key}" of ${object.nameSingular} has no subfield "${subKey}"`);
        parts.push(columnCondition(subfieldColumn(field.name, subKey), spec.sqlType, operators, params, `${key}.${subKey}`, (item) => item, nullEquivalenceOf(spec.sqlType, field.type, subKey)));
      }
      continue;
    }
    const [spec] = fieldColumns(field);
    parts.push(columnCondition(spec.column, spec.sqlType, value, params, key, checkFor(field, key), nullEquivalenceOf(spec.sqlType, field.type)));
  }
  return parts.length === 0 ? 'true' : parts.map((part) => `(${part})`).join(' and ');
}
