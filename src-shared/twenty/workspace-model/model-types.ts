/**
 * The data model of a local Twenty workspace: objects, their fields and relations, in the terms of
 * Twenty's field metadata (FieldMetadataType, RelationType, onDelete). Pure data: the SQL layer makes
 * tables of it, the API layer makes the GraphQL schema and REST routes of it.
 */

/** Field types of Twenty's field metadata that a workspace stores (FieldMetadataType of twenty-shared). */
export const WORKSPACE_FIELD_TYPES = [
  'UUID', 'TEXT', 'NUMBER', 'NUMERIC', 'BOOLEAN', 'DATE_TIME', 'DATE', 'SELECT', 'MULTI_SELECT', 'RATING',
  'RAW_JSON', 'ARRAY', 'POSITION', 'TS_VECTOR', 'FILES',
  // composite types: one column per subfield, named `<field><Subfield>`
  'FULL_NAME', 'LINKS', 'EMAILS', 'PHONES', 'ADDRESS', 'CURRENCY', 'ACTOR', 'RICH_TEXT',
  // relations: MANY_TO_ONE owns a `<field>Id` join column, ONE_TO_MANY is its inverse and has none
  'RELATION', 'MORPH_RELATION',
] as const;
export type WorkspaceFieldType = (typeof WORKSPACE_FIELD_TYPES)[number];

export interface WorkspaceFieldOption {
  value: string;
  label: string;
  color?: string;
  position: number;
}

export interface WorkspaceRelation {
  type: 'MANY_TO_ONE' | 'ONE_TO_MANY';
  /** nameSingular of the object on the other side. */
  targetObject: string;
  /** Name of the field on the target object that points back. */
  inverseField: string;
  /** MANY_TO_ONE only: the UUID column, `<field>Id`. */
  joinColumn?: string;
  /** MANY_TO_ONE only. */
  onDelete?: 'CASCADE' | 'RESTRICT' | 'SET_NULL' | 'NO_ACTION';
  /** MORPH_RELATION fields of one group share this id. */
  morphId?: string;
}

export interface WorkspaceField {
  name: string;
  type: WorkspaceFieldType;
  label?: string;
  universalIdentifier?: string;
  /** Default true, as in Twenty's field metadata. */
  isNullable?: boolean;
  /**
   * A JSON literal of the stored value (a SELECT's option value, a boolean, a number, a composite object),
   * or the server's two generated defaults: "uuid" on a UUID field, "now" on a DATE_TIME field.
   */
  defaultValue?: unknown;
  isUnique?: boolean;
  isSystem?: boolean;
  /** SELECT / MULTI_SELECT / RATING options in display order. */
  options?: WorkspaceFieldOption[];
  relation?: WorkspaceRelation;
  /** NUMBER: decimals (0 = integer column). */
  settings?: Record<string, unknown>;
}

export interface WorkspaceObject {
  nameSingular: string;
  namePlural: string;
  labelSingular: string;
  labelPlural: string;
  universalIdentifier?: string;
  isSystem?: boolean;
  /** The field shown as the record's name (Twenty's labelIdentifierFieldMetadata). */
  labelIdentifierField?: string;
  /** Where the object comes from: Twenty's standard application or the app's manifest. */
  source: 'standard' | 'app';
  /** Duplicate criteria: each entry is a list of column names (`nameFirstName`, `emailsPrimaryEmail`). */
  duplicateCriteria?: string[][];
  /** The system fields the object has, when not all of them (STANDARD_OBJECT lists fewer for some objects). */
  systemFields?: string[];
  /** The object's own fields; system fields (id, createdAt, ...) are added by the model builder. */
  fields: WorkspaceField[];
}

/** One version's standard model, as shipped in `standard/<version>.json`. */
export interface StandardModelFile {
  twentyVersion: string;
  /** Where each fact came from, for people who maintain the file. */
  sources: string[];
  objects: WorkspaceObject[];
}

export interface WorkspaceModel {
  twentyVersion: string;
  objects: WorkspaceObject[];
}
