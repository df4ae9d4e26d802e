/**
 * The declared shape of an SDK payload type (read from twenty-sdk's `define/index.d.ts` by
 * payload-shapes.ts) and what the payload composers do with it: complete a template with the keys the
 * type declares, and tell which keys a payload has that the type does not (or lacks that it requires).
 * Pure and free of the TypeScript compiler, so the saved-payload rules can use it anywhere.
 */
import type { DatabaseEventOperation } from '../database-event';

/** A coarse kind of a declared type: what an empty value of it looks like. */
export type ShapeKind = 'string' | 'number' | 'boolean' | 'null' | 'object' | 'array' | 'function' | 'unknown';

export type ShapeProperty = {
  optional: boolean;
  /** The type as declared in the d.ts (e.g. `Record<string, string | undefined>`, `TBody | null`). */
  type: string;
  kind: ShapeKind;
  /** The type admits null. */
  nullable: boolean;
  /** For an object type whose properties are known (a type literal, interface, class, alias of one). */
  shape?: Shape;
};

export type Shape = {
  /** The SDK's name for the type, when it has one (e.g. `RoutePayload`). */
  name?: string;
  properties: Record<string, ShapeProperty>;
};

export type PayloadShapes = {
  route?: Shape;
  /** A single database event (`DatabaseEventPayload` with its default, any `ObjectRecord*Event`). */
  databaseEvent?: Shape;
  /** A `batchMode: true` database event (`DatabaseEventBatchPayload`). */
  databaseEventBatch?: Shape;
  /** The `properties` of each operation's event (`ObjectRecordCreateEvent` for created, ...). */
  databaseEventProperties: Partial<Record<DatabaseEventOperation, Shape>>;
  install?: Shape;
  uninstall?: Shape;
};

/** The shapes of one installed twenty-sdk, and its version. */
export type SdkPayloadShapes = { version: string | null; shapes: PayloadShapes };

/** The payload triggers the SDK declares a type for. */
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The shape a payload for a trigger must have under these SDK types: for a database event, the batch
 * type when the payload has `events`, else the single-event type with the `properties` of the
 * operation its `name` ends with. Undefined when the SDK declares no type for the trigger.
 */
export const shapeForPayload = (shapes: PayloadShapes, trigger: string, payload: unknown): Shape | undefined => {
  switch (trigger) {
    case 'route':
      return shapes.route;
    case 'preInstall':
    case 'postInstall':
      return shapes.install;
    case 'uninstall':
      return shapes.uninstall;
    case 'databaseEvent': {
      if (isPlainObject(payload) && Array.isArray(payload.events)) return shapes.databaseEventBatch;
      const base = shapes.databaseEvent;
      if (!base) return undefined;
      const operation = isPlainObject(payload) && typeof payload.name === 'string' ? payload.name.split('.').pop() : undefined;
      const properties = operation ? shapes.databaseEventProperties[operation as DatabaseEventOperation] : undefined;
      const current = base.properties.properties;
      if (!properties || !current) return base;
      return { ...base, properties: { ...base.properties, properties: { ...current, kind: 'object', shape: properties } } };
    }
    default:
      return undefined;
  }
};

/** An empty value of a declared type: null for scalars and nullable types, [] for arrays, {} (with its required keys) for objects. */
export const emptyValueFor = (property: ShapeProperty): unknown => {
  if (property.nullable) return null;
  if (property.kind === 'array') return [];
  if (property.kind === 'object') return property.shape ? fillRequired({}, property.shape) : {};
  return null;
};

const fillRequired = (value: Record<string, unknown>, shape: Shape): Record<string, unknown> => {
  for (const [key, property] of Object.entries(shape.properties)) {
    if (!property.optional && !(key in value)) value[key] = emptyValueFor(property);
  }
  return value;
};

export type ShapeConformance = {
  /** The payload with every required key the type declares (added keys get an empty value). */
  payload: unknown;
  /** Dotted paths of the keys that were added. */
  added: string[];
  /** Dotted paths of the keys the payload has that the type does not declare. */
  undeclared: string[];
};

/**
 * Completes a payload to a declared shape, recursively through nested object types: keys the type
 * requires and the payload lacks are added (optional ones are left out); keys the type does not
 * declare are kept and reported. The input is not modified.
 */
export const conformToShape = (payload: unknown, shape: Shape): ShapeConformance => {
  const added: string[] = [];
  const undeclared: string[] = [];
  const walk = (value: unknown, current: Shape, path: string): unknown => {
    if (!isPlainObject(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const property = current.properties[key];
      if (!property) {
        undeclared.push(`${path}${key}`);
        out[key] = item;
      } else {
        out[key] = property.shape ? walk(item, property.shape, `${path}${key}.`) : item;
      }
    }
    for (const [key, property] of Object.entries(current.properties)) {
      if (property.optional || key in out) continue;
      out[key] = emptyValueFor(property);
      added.push(`${path}${key}`);
    }
    return out;
  };
  return { payload: walk(payload, shape, ''), added, undeclared };
};

/** The top-level keys of a payload that do not fit a shape: required keys it lacks, keys the type does not declare. */
export const topLevelMismatch = (payload: unknown, shape: Shape): { missing: string[]; undeclared: string[] } => {
  if (!isPlainObject(payload)) return { missing: [], undeclared: [] };
  const missing = Object.entries(shape.properties).filter(([key, property]) => !property.optional && !(key in payload)).map(([key]) => key);
  const undeclared = Object.keys(payload).filter((key) => !Object.hasOwn(shape.properties, key));
  return { missing, undeclared };
};
