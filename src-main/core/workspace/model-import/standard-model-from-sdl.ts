import {
  buildSchema, getNamedType, GraphQLEnumType, GraphQLInputObjectType, GraphQLNonNull, GraphQLObjectType, GraphQLScalarType,
  isListType, isNonNullType, type GraphQLField, type GraphQLOutputType, type GraphQLSchema,
} from 'graphql';
import type {
  StandardModelFile, WorkspaceField, WorkspaceFieldType, WorkspaceObject,
} from '../../../../src-shared/twenty/workspace-model/model-types';
import { SYSTEM_FIELD_NAMES } from '../../../../src-shared/twenty/workspace-model/system-fields';

/** Why an SDL could not become a model: the caller shows it and keeps the shipped model. */
export class SdlImportError extends Error {
  readonly code = 'SDL_IMPORT_FAILED';
}

export interface SdlImportResult {
  model: StandardModelFile;
  /** Fields left out (a type the importer cannot map), relations without a pair, and similar notes. */
  notes: string[];
}

export interface SdlImportOptions {
  /** Where the SDL came from, for messages and the model's `sources`. */
  origin: string;
  twentyVersion: string;
  /**
   * The shipped model of the same line: names match, so its universal identifiers, labels, system flags,
   * label identifiers, onDelete and duplicate criteria are kept (an SDL carries none of them, and an app's
   * manifest adds fields to standard objects by universal identifier).
   */
  reference?: StandardModelFile;
  /** The app's own objects (nameSingular): they are in a generated SDL too, and come from the manifest. */
  excludeObjects?: Iterable<string>;
  /** Fields the app adds to standard objects, `<objectSingular>.<field>`: from the manifest too. */
  excludeFields?: Iterable<string>;
}

/** Twenty's composite GraphQL types (2.4x names; `RichText` is the emulator's own older name). */
const COMPOSITE_BY_TYPE: Record<string, WorkspaceFieldType> = {
  FullName: 'FULL_NAME', Links: 'LINKS', Emails: 'EMAILS', Phones: 'PHONES', Address: 'ADDRESS',
  Currency: 'CURRENCY', Actor: 'ACTOR', RichTextV2: 'RICH_TEXT', RichText: 'RICH_TEXT',
};

const SCALAR_TYPES: Record<string, WorkspaceFieldType> = {
  UUID: 'UUID', String: 'TEXT', Boolean: 'BOOLEAN', Float: 'NUMBER', Int: 'NUMBER', BigFloat: 'NUMERIC',
  DateTime: 'DATE_TIME', Date: 'DATE', JSON: 'RAW_JSON', RawJSONScalar: 'RAW_JSON', Position: 'POSITION', TSVector: 'TS_VECTOR',
};

const RATING_VALUES = /^RATING_\d+$/;
const lowerFirst = (name: string) => `${name[0].toLowerCase()}${name.slice(1)}`;

/** The node type of a `<X>Connection { edges { node } }`, or null when the type is not a connection. */
function connectionNode(type: GraphQLOutputType): GraphQLObjectType | null {
  const named = getNamedType(type);
  if (!(named instanceof GraphQLObjectType) || !named.name.endsWith('Connection')) return null;
  const edges = named.getFields().edges;
  if (!edges) return null;
  const edge = getNamedType(edges.type);
  if (!(edge instanceof GraphQLObjectType)) return null;
  const node = edge.getFields().node;
  const nodeType = node ? getNamedType(node.type) : null;
  return nodeType instanceof GraphQLObjectType ? nodeType : null;
}

function parseSdl(sdl: string, origin: string): GraphQLSchema {
  if (typeof sdl !== 'string' || sdl.trim() === '') throw new SdlImportError(`The schema at ${origin} is empty.`);
  try {
    // As twenty-client-sdk's generator reads it (assumeValidSDL): a server's SDL may use directives it does not declare.
    return buildSchema(sdl, { assumeValidSDL: true });
  } catch (error) {
    throw new SdlImportError(`The schema at ${origin} is not GraphQL SDL: ${(error as Error).message}`);
  }
}

/**
 * Builds the standard model from a Core API SDL, the schema a Twenty server generates for a workspace
 * (what `applicationCoreGraphqlSchema` returns, and what `twenty dev` leaves in
 * `node_modules/twenty-client-sdk/dist/core/generated/schema.graphql`). Objects are the node types of the
 * plural connection queries; field types come from the SDL's types: composites by their type names,
 * SELECT / MULTI_SELECT (and RATING) from enums with their values as options, relations from object-typed
 * fields (many-to-one, with their `<field>Id` join column) and connections (one-to-many), paired both ways.
 */
export function standardModelFromSdl(sdl: string, options: SdlImportOptions): SdlImportResult {
  const schema = parseSdl(sdl, options.origin);
  const query = schema.getQueryType();
  if (!query) throw new SdlImportError(`The schema at ${options.origin} has no Query type: it is not a Twenty Core API schema.`);
  const mutation = schema.getMutationType();
  const notes: string[] = [];
  const excludedObjects = new Set(options.excludeObjects ?? []);
  const excludedFields = new Set(options.excludeFields ?? []);

  // Objects: every plural query returning a connection whose node is a record type with an id.
  const byType = new Map<string, { type: GraphQLObjectType; nameSingular: string; namePlural: string }>();
  for (const field of Object.values(query.getFields())) {
    const node = connectionNode(field.type);
    if (!node || !node.getFields().id || byType.has(node.name)) continue;
    if (!field.args.some((arg) => arg.name === 'filter')) continue;
    const singular = Object.values(query.getFields()).find((candidate) => getNamedType(candidate.type) === node && !connectionNode(candidate.type) && candidate.args.some((arg) => arg.name === 'filter'));
    byType.set(node.name, { type: node, nameSingular: singular?.name ?? lowerFirst(node.name), namePlural: field.name });
  }
  if (byType.size === 0) throw new SdlImportError(`The schema at ${options.origin} has no record queries (a plural query returning a <Type>Connection): it is not a Twenty Core API schema.`);

  const reference = new Map((options.reference?.objects ?? []).map((object) => [object.nameSingular, object]));
  const objects: WorkspaceObject[] = [];
  const pendingRelations: { object: WorkspaceObject; field: WorkspaceField; target: string; kind: 'MANY_TO_ONE' | 'ONE_TO_MANY' }[] = [];

  for (const { type, nameSingular, namePlural } of byType.values()) {
    if (excludedObjects.has(nameSingular)) continue;
    const known = reference.get(nameSingular);
    const createInput = mutation && schema.getType(`${type.name}CreateInput`);
    const createFields = createInput instanceof GraphQLInputObjectType ? createInput.getFields() : {};
    const sdlFields = type.getFields();
    const object: WorkspaceObject = {
      nameSingular, namePlural,
      labelSingular: known?.labelSingular ?? type.description ?? type.name,
      labelPlural: known?.labelPlural ?? namePlural,
      ...(known?.universalIdentifier ? { universalIdentifier: known.universalIdentifier } : {}),
      ...(known?.isSystem ? { isSystem: true } : {}),
      labelIdentifierField: known?.labelIdentifierField ?? (sdlFields.name ? 'name' : 'id'),
      source: 'standard',
      ...(known?.duplicateCriteria ? { duplicateCriteria: known.duplicateCriteria } : {}),
      fields: [],
    };
    const systemPresent = Object.keys(sdlFields).filter((name) => SYSTEM_FIELD_NAMES.has(name));
    if (systemPresent.length < SYSTEM_FIELD_NAMES.size) object.systemFields = systemPresent;
    const joinColumns = new Set<string>();
    for (const sdlField of Object.values(sdlFields)) {
      const named = getNamedType(sdlField.type);
      if (named instanceof GraphQLObjectType && byType.has(named.name) && sdlFields[`${sdlField.name}Id`]) joinColumns.add(`${sdlField.name}Id`);
    }

    for (const sdlField of Object.values(sdlFields)) {
      const name = sdlField.name;
      if (SYSTEM_FIELD_NAMES.has(name) || joinColumns.has(name)) continue;
      if (excludedFields.has(`${nameSingular}.${name}`)) continue;
      const knownField = known?.fields.find((candidate) => candidate.name === name);
      const field = fieldFromSdl(object, sdlField, byType, createFields, notes);
      if (!field) continue;
      if (knownField) {
        // What an SDL cannot tell apart: FILES and RAW_JSON are both JSON; a SELECT whose values are not
        // GraphQL names is a String; nullability shows only in a server's create input.
        if ((field.type === 'RAW_JSON' && knownField.type === 'FILES') || (field.type === 'TEXT' && knownField.type === 'SELECT' && knownField.options)) {
          field.type = knownField.type;
          if (knownField.options) field.options = knownField.options;
        }
        if (field.isNullable === undefined && knownField.isNullable === false) field.isNullable = false;
        if (knownField.universalIdentifier) field.universalIdentifier = knownField.universalIdentifier;
        if (knownField.label) field.label = knownField.label;
        if (knownField.isSystem) field.isSystem = true;
        if (knownField.isUnique) field.isUnique = true;
        if (knownField.defaultValue !== undefined && field.type === knownField.type) field.defaultValue = knownField.defaultValue;
        if (knownField.settings && field.type === knownField.type) field.settings = knownField.settings;
        // Option labels and colors are not in an SDL enum (only the values, maybe a description).
        if (field.options && knownField.options) {
          field.options = field.options.map((option) => {
            const same = knownField.options!.find((candidate) => candidate.value === option.value);
            return same ? { ...option, label: same.label, ...(same.color ? { color: same.color } : {}) } : option;
          });
        }
        if (field.relation && knownField.relation?.onDelete) field.relation.onDelete = knownField.relation.onDelete;
        if (field.relation && knownField.relation?.morphId) {
          field.relation.morphId = knownField.relation.morphId;
          field.type = 'MORPH_RELATION';
        }
      }
      object.fields.push(field);
      if (field.relation) pendingRelations.push({ object, field, target: field.relation.targetObject, kind: field.relation.type });
    }
    objects.push(object);
  }

  // Relations both ways: a many-to-one pairs with a one-to-many of its target that points back.
  const byName = new Map(objects.map((object) => [object.nameSingular, object]));
  const paired = new Set<WorkspaceField>();
  for (const pending of pendingRelations) {
    if (!byName.has(pending.target)) {
      notes.push(`${pending.object.nameSingular}.${pending.field.name}: relation to ${pending.target}, which is not imported (an app object, or not a record type); left out.`);
      pending.object.fields.splice(pending.object.fields.indexOf(pending.field), 1);
      paired.add(pending.field);
    }
  }
  for (const pending of pendingRelations) {
    if (paired.has(pending.field) || pending.kind !== 'MANY_TO_ONE') continue;
    const target = byName.get(pending.target)!;
    const candidates = target.fields.filter((field) => field.relation?.type === 'ONE_TO_MANY' && field.relation.targetObject === pending.object.nameSingular && !paired.has(field));
    const referenceInverse = reference.get(pending.object.nameSingular)?.fields.find((field) => field.name === pending.field.name)?.relation?.inverseField;
    const inverse = candidates.find((field) => field.name === referenceInverse)
      ?? candidates.find((field) => field.name === pending.object.namePlural)
      ?? (candidates.length === 1 ? candidates[0] : undefined);
    if (!inverse) {
      notes.push(`${pending.object.nameSingular}.${pending.field.name}: no one-to-many field of ${target.nameSingular} points back${candidates.length > 1 ? ` unambiguously (${candidates.map((field) => field.name).join(', ')})` : ''}.`);
      continue;
    }
    pending.field.relation!.inverseField = inverse.name;
    inverse.relation!.inverseField = pending.field.name;
    paired.add(pending.field).add(inverse);
  }
  for (const pending of pendingRelations) {
    if (!paired.has(pending.field) && pending.kind === 'ONE_TO_MANY') notes.push(`${pending.object.nameSingular}.${pending.field.name}: one-to-many with no many-to-one of ${pending.target} pointing back.`);
  }

  return {
    model: {
      twentyVersion: options.twentyVersion,
      sources: [`Imported from the Core API SDL at ${options.origin}: objects, fields, types, options and relations from the SDL; universal identifiers, labels, system flags and onDelete from the shipped ${options.reference?.twentyVersion ?? '(none)'} model where names match.`],
      objects,
    },
    notes,
  };
}

function fieldFromSdl(
  object: WorkspaceObject, sdlField: GraphQLField<unknown, unknown>, byType: Map<string, { nameSingular: string }>,
  createFields: Record<string, { type: unknown }>, notes: string[],
): WorkspaceField | null {
  const named = getNamedType(sdlField.type);
  const list = isListType(isNonNullType(sdlField.type) ? sdlField.type.ofType : sdlField.type);
  const where = `${object.nameSingular}.${sdlField.name}`;
  const base: Omit<WorkspaceField, 'type'> = {
    name: sdlField.name,
    label: sdlField.description ?? sdlField.name,
    ...(createFields[sdlField.name] && createFields[sdlField.name].type instanceof GraphQLNonNull ? { isNullable: false } : {}),
  };
  const target = connectionNode(sdlField.type);
  if (target) {
    const targetObject = byType.get(target.name);
    if (!targetObject) {
      notes.push(`${where}: a connection of ${target.name}, which is not a record type; left out.`);
      return null;
    }
    return { ...base, type: 'RELATION', relation: { type: 'ONE_TO_MANY', targetObject: targetObject.nameSingular, inverseField: '' } };
  }
  if (named instanceof GraphQLObjectType) {
    const composite = COMPOSITE_BY_TYPE[named.name];
    if (composite) return { ...base, type: composite };
    const targetObject = byType.get(named.name);
    if (targetObject) {
      return { ...base, type: 'RELATION', relation: { type: 'MANY_TO_ONE', targetObject: targetObject.nameSingular, inverseField: '', joinColumn: `${sdlField.name}Id`, onDelete: 'SET_NULL' } };
    }
    notes.push(`${where}: type ${named.name} is neither a composite type nor a record type; left out.`);
    return null;
  }
  if (named instanceof GraphQLEnumType) {
    const values = named.getValues();
    if (!list && values.length > 0 && values.every((value) => RATING_VALUES.test(value.name))) {
      return { ...base, type: 'RATING', options: values.map((value, position) => ({ value: value.name, label: value.description ?? value.name, position })) };
    }
    return { ...base, type: list ? 'MULTI_SELECT' : 'SELECT', options: values.map((value, position) => ({ value: value.name, label: value.description ?? value.name, position })) };
  }
  if (named instanceof GraphQLScalarType) {
    if (list && named.name === 'String') return { ...base, type: 'ARRAY' };
    const type = SCALAR_TYPES[named.name];
    if (!type) {
      notes.push(`${where}: scalar ${named.name} has no field type in the workspace; left out.`);
      return null;
    }
    return { ...base, type, ...(named.name === 'Int' ? { settings: { decimals: 0 } } : {}) };
  }
  notes.push(`${where}: type ${String(named)} cannot be stored; left out.`);
  return null;
}
