import type { LiteralValue } from '../../../src-shared/twenty/source-edit/literal-values';

/** JSON Schema types the builder offers for a property. */
export const SCHEMA_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array'] as const;

export interface SchemaPropertyRow {
  name: string;
  /** '' when the property has no (single) type the builder understands. */
  type: string;
  required: boolean;
  description: string;
}

type LiteralObject = { [key: string]: LiteralValue };

const isObject = (value: unknown): value is LiteralObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The rows the builder shows for an object schema's properties. */
export function schemaRows(schema: unknown): SchemaPropertyRow[] {
  if (!isObject(schema) || !isObject(schema.properties)) return [];
  const required = Array.isArray(schema.required) ? schema.required.filter((name): name is string => typeof name === 'string') : [];
  return Object.entries(schema.properties).map(([name, property]) => ({
    name,
    type: isObject(property) && typeof property.type === 'string' ? property.type : '',
    required: required.includes(name),
    description: isObject(property) && typeof property.description === 'string' ? property.description : '',
  }));
}

/**
 * The schema with its properties replaced by `rows`, keeping everything the builder does not show
 * (other keywords of each property, `additionalProperties`, ...): the builder never drops what a
 * person wrote by hand. Properties are matched by position, so a rename keeps its keywords.
 */
export function schemaWithRows(schema: unknown, rows: readonly SchemaPropertyRow[]): LiteralObject {
  const base: LiteralObject = isObject(schema) ? { ...schema } : {};
  const oldProperties = isObject(base.properties) ? Object.values(base.properties) : [];
  const properties: LiteralObject = {};
  rows.forEach((row, index) => {
    const previous = oldProperties[index];
    const property: LiteralObject = isObject(previous) ? { ...previous } : {};
    if (row.type) property.type = row.type;
    else delete property.type;
    if (row.description) property.description = row.description;
    else delete property.description;
    properties[row.name] = property;
  });
  const required = rows.filter((row) => row.required).map((row) => row.name);
  const next: LiteralObject = { ...base, type: 'object', properties };
  if (required.length > 0) next.required = required;
  else delete next.required;
  return next;
}

/** A property name not taken yet: `field`, `field2`, ... */
export function freshPropertyName(rows: readonly SchemaPropertyRow[]): string {
  const taken = new Set(rows.map((row) => row.name));
  for (let n = 1; ; n++) {
    const name = n === 1 ? 'field' : `field${n}`;
    if (!taken.has(name)) return name;
  }
}

/** Parses the raw JSON view; only an object is a schema. */
export function parseSchemaText(text: string): { ok: true; value: LiteralObject } | { ok: false; reason: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  return isObject(parsed) ? { ok: true, value: parsed } : { ok: false, reason: 'A JSON Schema is an object' };
}
