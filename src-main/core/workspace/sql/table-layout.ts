import { COMPOSITE_TYPES, isStoredField, subfieldColumn, type SubfieldKind } from '../../../../src-shared/twenty/workspace-model/composite-types';
import type { WorkspaceField, WorkspaceFieldType, WorkspaceModel, WorkspaceObject } from '../../../../src-shared/twenty/workspace-model/model-types';
import { quoteIdent } from './sql-database';

/** One column of an object's table, and the field (and subfield) it stores. */
export interface ColumnSpec {
  column: string;
  sqlType: string;
  field: WorkspaceField;
  subfield?: string;
  subfieldKind?: SubfieldKind;
}

const SCALAR_SQL: Partial<Record<WorkspaceFieldType, string>> = {
  UUID: 'uuid', TEXT: 'text', NUMBER: 'double precision', NUMERIC: 'numeric', BOOLEAN: 'boolean', DATE_TIME: 'timestamptz',
  DATE: 'date', SELECT: 'text', MULTI_SELECT: 'text[]', RATING: 'text', RAW_JSON: 'jsonb', ARRAY: 'text[]', POSITION: 'double precision',
  TS_VECTOR: 'tsvector', FILES: 'jsonb',
};
const SUBFIELD_SQL: Record<SubfieldKind, string> = { TEXT: 'text', NUMERIC: 'numeric', RAW_JSON: 'jsonb', UUID: 'uuid', ACTOR_SOURCE: 'text' };

/** The columns that hold a field: one for a scalar, one per subfield for a composite, the join column of a MANY_TO_ONE, none for a ONE_TO_MANY. */
export function fieldColumns(field: WorkspaceField): ColumnSpec[] {
  if (!isStoredField(field)) return [];
  if (field.type === 'RELATION' || field.type === 'MORPH_RELATION') {
    return [{ column: field.relation?.joinColumn ?? `${field.name}Id`, sqlType: 'uuid', field }];
  }
  const composite = COMPOSITE_TYPES[field.type];
  if (composite) {
    return composite.subfields.map((subfield) => ({
      column: subfieldColumn(field.name, subfield.name), sqlType: SUBFIELD_SQL[subfield.kind], field, subfield: subfield.name, subfieldKind: subfield.kind,
    }));
  }
  return [{ column: field.name, sqlType: SCALAR_SQL[field.type] ?? 'text', field }];
}

export function objectColumns(object: WorkspaceObject): ColumnSpec[] {
  return object.fields.flatMap(fieldColumns);
}

/** Every workspace lives in its own Postgres schema (so one server can hold many). */
export const DEFAULT_WORKSPACE_SCHEMA = 'workspace';

export const tableRef = (schema: string, object: WorkspaceObject | string): string =>
  `${quoteIdent(schema)}.${quoteIdent(typeof object === 'string' ? object : object.nameSingular)}`;

/** Unique fields: the column that carries the uniqueness (a composite's key subfield). */
export function uniqueColumns(field: WorkspaceField): string[] {
  if (!field.isUnique) return [];
  switch (field.type) {
    case 'LINKS': return [subfieldColumn(field.name, 'primaryLinkUrl')];
    case 'EMAILS': return [subfieldColumn(field.name, 'primaryEmail')];
    case 'PHONES': return ['primaryPhoneNumber', 'primaryPhoneCountryCode', 'primaryPhoneCallingCode'].map((sub) => subfieldColumn(field.name, sub));
    case 'FULL_NAME': return ['firstName', 'lastName'].map((sub) => subfieldColumn(field.name, sub));
    default: return fieldColumns(field).slice(0, 1).map((spec) => spec.column);
  }
}

export function modelObjectsByName(model: WorkspaceModel): Map<string, WorkspaceObject> {
  return new Map(model.objects.map((object) => [object.nameSingular, object]));
}
