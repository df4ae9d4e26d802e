import { ACTOR_SOURCES, COMPOSITE_TYPES, isRelationField, subfieldColumn } from '../../../../src-shared/twenty/workspace-model/composite-types';
import type { WorkspaceField, WorkspaceObject } from '../../../../src-shared/twenty/workspace-model/model-types';
import { READ_ONLY_FIELD_NAMES } from '../../../../src-shared/twenty/workspace-model/system-fields';
import { badInput } from '../workspace-error';
import { fieldColumns, objectColumns, type ColumnSpec } from './table-layout';

export type WorkspaceRecord = Record<string, unknown>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

function toNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}

function toIso(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
}

function readColumn(spec: ColumnSpec, value: unknown): unknown {
  if (spec.subfieldKind) {
    if (spec.subfieldKind === 'NUMERIC') return toNumber(value);
    // Twenty's composite text subfields default to '' and come back as ''.
    if (spec.subfieldKind === 'TEXT' || spec.subfieldKind === 'ACTOR_SOURCE') return value ?? '';
    return value ?? null;
  }
  switch (spec.field.type) {
    case 'NUMBER': case 'NUMERIC': case 'POSITION': return toNumber(value);
    case 'DATE_TIME': return toIso(value);
    case 'DATE': return value instanceof Date ? value.toISOString().slice(0, 10) : value ?? null;
    case 'TS_VECTOR': return value ?? null;
    default: return value ?? null;
  }
}

/** A row of the object's table as the API shows the record: composites as objects, relations by join column. */
export function rowToRecord(object: WorkspaceObject, row: Record<string, unknown>): WorkspaceRecord {
  const record: WorkspaceRecord = {};
  for (const spec of objectColumns(object)) {
    const value = readColumn(spec, row[spec.column]);
    if (spec.subfield) {
      const composite = (record[spec.field.name] ??= {}) as Record<string, unknown>;
      composite[spec.subfield] = value;
    } else {
      record[spec.column] = value;
    }
  }
  return record;
}

/** Values written to a column, as the SQL parameter (with the cast the statement uses). */
export interface ColumnValue { column: string; sqlType: string; value: unknown }

function coerceScalar(object: WorkspaceObject, field: WorkspaceField, value: unknown, where: string): unknown {
  if (value === null) return null;
  const wrong = (expected: string) => badInput(`Invalid value for field "${where}" of ${object.nameSingular}: expected ${expected}, got ${JSON.stringify(value)?.slice(0, 80)}`);
  switch (field.type) {
    case 'UUID':
      if (!isUuid(value)) throw badInput(`Invalid UUID "${String(value).slice(0, 80)}" for field "${where}"`);
      return value;
    case 'TEXT': case 'RATING':
      if (typeof value !== 'string') throw wrong('a string');
      if (field.type === 'RATING' && field.options && !field.options.some((option) => option.value === value)) throw wrong(`one of ${field.options.map((option) => option.value).join(', ')}`);
      return value;
    case 'NUMBER': case 'NUMERIC': case 'POSITION': {
      // position: "first" / "last" are placed by the repository.
      if (field.type === 'POSITION' && (value === 'first' || value === 'last')) return value;
      const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
      if (!Number.isFinite(number)) throw wrong('a number');
      return number;
    }
    case 'BOOLEAN':
      if (typeof value !== 'boolean') throw wrong('a boolean');
      return value;
    case 'DATE_TIME': case 'DATE': {
      const date = new Date(String(value));
      if (typeof value !== 'string' || Number.isNaN(date.getTime())) throw wrong(field.type === 'DATE' ? 'a date (YYYY-MM-DD)' : 'an ISO 8601 date-time');
      return field.type === 'DATE' ? String(value).slice(0, 10) : date.toISOString();
    }
    case 'SELECT': {
      if (typeof value !== 'string') throw wrong('a string');
      if (field.options && !field.options.some((option) => option.value === value)) throw badInput(`Invalid value "${value}" for SELECT field "${where}": allowed values are ${field.options.map((option) => option.value).join(', ')}`);
      return value;
    }
    case 'MULTI_SELECT': case 'ARRAY': {
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) throw wrong('a list of strings');
      if (field.type === 'MULTI_SELECT' && field.options) {
        const bad = value.find((item) => !field.options!.some((option) => option.value === item));
        if (bad !== undefined) throw badInput(`Invalid value "${bad}" for MULTI_SELECT field "${where}": allowed values are ${field.options.map((option) => option.value).join(', ')}`);
      }
      return value;
    }
    case 'RAW_JSON': case 'FILES':
      return JSON.stringify(value);
    default:
      return value;
  }
}

function coerceSubfield(object: WorkspaceObject, field: WorkspaceField, spec: ColumnSpec, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  const where = `${field.name}.${spec.subfield}`;
  switch (spec.subfieldKind) {
    case 'TEXT':
      if (typeof value !== 'string') throw badInput(`Invalid value for field "${where}" of ${object.nameSingular}: expected a string`);
      return value;
    case 'NUMERIC': {
      const number = typeof value === 'number' ? value : Number(value);
      if (!Number.isFinite(number)) throw badInput(`Invalid value for field "${where}" of ${object.nameSingular}: expected a number`);
      return number;
    }
    case 'UUID':
      if (!isUuid(value)) throw badInput(`Invalid UUID "${String(value)}" for field "${where}"`);
      return value;
    case 'ACTOR_SOURCE':
      if (!(ACTOR_SOURCES as readonly string[]).includes(String(value))) throw badInput(`Invalid actor source "${String(value)}": allowed values are ${ACTOR_SOURCES.join(', ')}`);
      return value;
    case 'RAW_JSON':
      return JSON.stringify(value);
    default:
      return value;
  }
}

/** The input names a field accepts: its name, and for a MANY_TO_ONE also the join column (`companyId`). */
export function inputFieldFor(object: WorkspaceObject, key: string): { field: WorkspaceField; viaJoinColumn: boolean } | null {
  for (const field of object.fields) {
    if (field.name === key) return { field, viaJoinColumn: false };
    if (isRelationField(field) && field.relation?.type === 'MANY_TO_ONE' && (field.relation.joinColumn ?? `${field.name}Id`) === key) return { field, viaJoinColumn: true };
  }
  return null;
}

/**
 * An API input (`data` of create/update) as column values, checked field by field: an unknown field, a
 * value of the wrong type, a SELECT value not among the options, a malformed UUID are the server's
 * BAD_USER_INPUT errors. `allowSystem` lets import and seed write createdAt and friends.
 */
export function inputToColumns(object: WorkspaceObject, data: Record<string, unknown>, options: { allowSystem?: boolean } = {}): ColumnValue[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw badInput(`Expected an object for the ${object.nameSingular} data`);
  const values: ColumnValue[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    const found = inputFieldFor(object, key);
    if (!found) throw badInput(`Object ${object.nameSingular} doesn't have any "${key}" field.`);
    const { field, viaJoinColumn } = found;
    if (!options.allowSystem && READ_ONLY_FIELD_NAMES.has(field.name)) throw badInput(`Field "${key}" of ${object.nameSingular} is read-only.`);
    if (isRelationField(field)) {
      if (field.relation?.type !== 'MANY_TO_ONE') throw badInput(`One-to-many relation ${key} field does not support write operations.`);
      const column = field.relation.joinColumn ?? `${field.name}Id`;
      let id: unknown = value;
      if (!viaJoinColumn) {
        // `company: { connect: { where: { id } } }` or `{ disconnect: true }`, as the server's RelationInput.
        // `company: null` is a disconnect.
        const relation = value as { connect?: { where?: { id?: unknown } }; disconnect?: boolean } | null;
        id = relation === null || relation.disconnect ? null : relation.connect?.where?.id;
        if (id === undefined) throw badInput(`Relation "${key}" requires connect or disconnect operation`);
      }
      if (id !== null && !isUuid(id)) throw badInput(`Invalid UUID "${String(id)}" for field "${column}"`);
      values.push({ column, sqlType: 'uuid', value: id });
      continue;
    }
    const specs = fieldColumns(field);
    if (COMPOSITE_TYPES[field.type]) {
      if (value === null) {
        for (const spec of specs) if (!(field.type === 'ACTOR' && spec.subfield === 'source')) values.push({ column: spec.column, sqlType: spec.sqlType, value: null });
        continue;
      }
      if (typeof value !== 'object' || Array.isArray(value)) throw badInput(`Invalid value for field "${key}" of ${object.nameSingular}: expected an object with ${specs.map((spec) => spec.subfield).join(', ')}`);
      for (const [subKey, subValue] of Object.entries(value as Record<string, unknown>)) {
        const spec = specs.find((candidate) => candidate.subfield === subKey);
        if (!spec) throw badInput(`Field "${key}" of ${object.nameSingular} has no subfield "${subKey}" (it has ${specs.map((candidate) => candidate.subfield).join(', ')}).`);
        if (subValue === undefined) continue;
        values.push({ column: spec.column, sqlType: spec.sqlType, value: coerceSubfield(object, field, spec, subValue) });
      }
      continue;
    }
    const [spec] = specs;
    values.push({ column: spec.column, sqlType: spec.sqlType, value: coerceScalar(object, field, value, key) });
  }
  return values;
}

/** The server's defaults for a new record, for the columns the input left out. */
export function defaultColumns(object: WorkspaceObject, given: Set<string>, now: string): ColumnValue[] {
  const values: ColumnValue[] = [];
  for (const field of object.fields) {
    for (const spec of fieldColumns(field)) {
      if (given.has(spec.column)) continue;
      let value: unknown;
      if (field.defaultValue === 'uuid' && field.type === 'UUID') continue; // the table generates it
      if (field.defaultValue === 'now' && (field.type === 'DATE_TIME' || field.type === 'DATE')) value = now;
      else if (spec.subfield && field.defaultValue && typeof field.defaultValue === 'object') value = (field.defaultValue as Record<string, unknown>)[spec.subfield];
      else if (!spec.subfield) value = field.defaultValue;
      if (value === undefined) continue;
      if (spec.sqlType === 'jsonb') value = JSON.stringify(value);
      values.push({ column: spec.column, sqlType: spec.sqlType, value });
    }
  }
  return values;
}

/** The fields a record must have (not nullable, no default), named as the server names them. */
export function missingRequired(object: WorkspaceObject, columns: Set<string>): string[] {
  const missing: string[] = [];
  for (const field of object.fields) {
    if (field.isNullable !== false || field.defaultValue !== undefined || field.isSystem) continue;
    const specs = fieldColumns(field);
    if (specs.length === 0) continue;
    if (!specs.some((spec) => columns.has(spec.column))) missing.push(field.relation?.joinColumn ?? field.name);
  }
  return missing;
}

export { subfieldColumn };
