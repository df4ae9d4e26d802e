import type { StandardModelFile, WorkspaceField, WorkspaceFieldType, WorkspaceModel, WorkspaceObject } from './model-types';
import { WORKSPACE_FIELD_TYPES } from './model-types';
import { SYSTEM_FIELDS, SYSTEM_FIELD_NAMES } from './system-fields';

type Json = Record<string, unknown>;

export interface ModelProblem {
  /** The app's object or field, for the message. */
  where: string;
  message: string;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Field defaults in the manifest are written as the server stores them: text and option values quoted
 * (`"'NEW'"`), functions as `'uuid'`/`'now'`. The model keeps plain JSON literals.
 */
export function normaliseDefault(value: unknown): unknown {
  if (typeof value === 'string' && value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1);
  if (Array.isArray(value)) return value.map(normaliseDefault);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normaliseDefault(item)]));
  return value;
}

function withSystemFields(object: WorkspaceObject): WorkspaceObject {
  const wanted = new Set(object.systemFields ?? SYSTEM_FIELDS.map((field) => field.name));
  const own = object.fields.filter((field) => !SYSTEM_FIELD_NAMES.has(field.name));
  return { ...object, fields: [...SYSTEM_FIELDS.filter((field) => wanted.has(field.name)), ...own] };
}

/**
 * The data model of one app's local workspace: the standard objects of the Twenty version it targets,
 * plus the app's own objects and the fields it adds to standard objects (from the manifest the studio
 * assembles), with relations resolved to names both ways. Problems (a relation to an unknown object,
 * a field type the workspace cannot store) are returned, never thrown: the rest of the model stands.
 */
export function buildWorkspaceModel(standard: StandardModelFile, manifest: { objects?: unknown[]; fields?: unknown[] }): { model: WorkspaceModel; problems: ModelProblem[] } {
  const problems: ModelProblem[] = [];
  const objects = standard.objects.map((object) => ({ ...object, fields: [...object.fields] }));
  const byUid = new Map<string, WorkspaceObject>();
  for (const object of objects) if (object.universalIdentifier) byUid.set(object.universalIdentifier, object);

  const appObjects = (manifest.objects ?? []).filter((item): item is Json => !!item && typeof item === 'object');
  for (const raw of appObjects) {
    const nameSingular = str(raw.nameSingular);
    const namePlural = str(raw.namePlural);
    if (!nameSingular || !namePlural) continue;
    if (objects.some((object) => object.nameSingular === nameSingular || object.namePlural === namePlural)) {
      problems.push({ where: nameSingular, message: `The app's object "${nameSingular}" has the name of a standard object; the workspace keeps the standard one.` });
      continue;
    }
    const object: WorkspaceObject = {
      nameSingular, namePlural,
      labelSingular: str(raw.labelSingular) ?? nameSingular,
      labelPlural: str(raw.labelPlural) ?? namePlural,
      universalIdentifier: str(raw.universalIdentifier),
      source: 'app',
      fields: [],
    };
    objects.push(object);
    if (object.universalIdentifier) byUid.set(object.universalIdentifier, object);
    const labelUid = str(raw.labelIdentifierFieldMetadataUniversalIdentifier);
    const labelField = (Array.isArray(raw.fields) ? raw.fields : []).find((field) => (field as Json)?.universalIdentifier === labelUid) as Json | undefined;
    object.labelIdentifierField = str(labelField?.name) ?? 'name';
  }

  // Fields: the app objects' own, then the fields the app adds to any object (manifest.fields).
  const pending: { object: WorkspaceObject; raw: Json }[] = [];
  for (const raw of appObjects) {
    const object = objects.find((candidate) => candidate.source === 'app' && candidate.nameSingular === raw.nameSingular);
    if (!object) continue;
    for (const field of Array.isArray(raw.fields) ? raw.fields : []) if (field && typeof field === 'object') pending.push({ object, raw: field as Json });
  }
  for (const raw of (manifest.fields ?? []).filter((item): item is Json => !!item && typeof item === 'object')) {
    const object = byUid.get(str(raw.objectUniversalIdentifier) ?? '');
    if (!object) {
      problems.push({ where: String(raw.name ?? raw.universalIdentifier), message: `Field "${String(raw.name)}" is added to an object the workspace does not have (${String(raw.objectUniversalIdentifier)}).` });
      continue;
    }
    pending.push({ object, raw });
  }

  const fieldByUid = new Map<string, { object: WorkspaceObject; field: WorkspaceField }>();
  for (const object of objects) for (const field of object.fields) if (field.universalIdentifier) fieldByUid.set(field.universalIdentifier, { object, field });
  const converted: { object: WorkspaceObject; raw: Json; field: WorkspaceField }[] = [];
  for (const { object, raw } of pending) {
    const name = str(raw.name);
    const type = str(raw.type) as WorkspaceFieldType | undefined;
    if (!name || !type) continue;
    // Older SDKs put the system fields into the manifest; the model adds its own.
    if (SYSTEM_FIELD_NAMES.has(name)) continue;
    if (!(WORKSPACE_FIELD_TYPES as readonly string[]).includes(type)) {
      problems.push({ where: `${object.nameSingular}.${name}`, message: `Field type ${type} is not stored by the local workspace; the field is left out.` });
      continue;
    }
    if (object.fields.some((field) => field.name === name)) {
      problems.push({ where: `${object.nameSingular}.${name}`, message: `${object.nameSingular} already has a field "${name}".` });
      continue;
    }
    const field: WorkspaceField = {
      name, type,
      label: str(raw.label) ?? name,
      universalIdentifier: str(raw.universalIdentifier),
      isNullable: raw.isNullable === false ? false : true,
      ...(raw.defaultValue !== undefined && raw.defaultValue !== null ? { defaultValue: normaliseDefault(raw.defaultValue) } : {}),
      ...(raw.isUnique === true ? { isUnique: true } : {}),
      ...(Array.isArray(raw.options) ? { options: (raw.options as Json[]).map((option, index) => ({ value: String(option.value), label: String(option.label ?? option.value), color: str(option.color), position: typeof option.position === 'number' ? option.position : index })) } : {}),
      ...(raw.settings && typeof raw.settings === 'object' ? { settings: raw.settings as Json } : {}),
    };
    object.fields.push(field);
    if (field.universalIdentifier) fieldByUid.set(field.universalIdentifier, { object, field });
    converted.push({ object, raw, field });
  }

  // Relations need both ends named: resolve after every field exists.
  for (const { object, raw, field } of converted) {
    if (field.type !== 'RELATION' && field.type !== 'MORPH_RELATION') continue;
    const settings = (raw.universalSettings ?? raw.settings ?? {}) as Json;
    const target = byUid.get(str(raw.relationTargetObjectMetadataUniversalIdentifier) ?? '');
    const inverse = fieldByUid.get(str(raw.relationTargetFieldMetadataUniversalIdentifier) ?? '');
    if (!target) {
      problems.push({ where: `${object.nameSingular}.${field.name}`, message: `Relation "${field.name}" points at an object the workspace does not have.` });
      object.fields.splice(object.fields.indexOf(field), 1);
      continue;
    }
    const relationType = settings.relationType === 'ONE_TO_MANY' ? 'ONE_TO_MANY' : 'MANY_TO_ONE';
    field.relation = {
      type: relationType,
      targetObject: target.nameSingular,
      inverseField: inverse?.field.name ?? '',
      ...(relationType === 'MANY_TO_ONE'
        ? { joinColumn: str(settings.joinColumnName) ?? `${field.name}Id`, onDelete: (str(settings.onDelete) as 'SET_NULL' | undefined) ?? 'SET_NULL' }
        : {}),
      ...(str(raw.morphId) ? { morphId: str(raw.morphId) } : {}),
    };
  }

  addTimelineTargets(objects);
  return { model: { twentyVersion: standard.twentyVersion, objects: objects.map(withSystemFields) }, problems };
}

/** The server's name for timelineActivity's relation to an object (buildTimelineActivityRelatedMorphFieldMetadataName). */
export const timelineTargetFieldName = (nameSingular: string): string => `target${nameSingular.charAt(0).toUpperCase()}${nameSingular.slice(1)}`;

/**
 * As the server does for every custom object: timelineActivity gets a morph relation `target<Object>`
 * (join column `target<Object>Id`, the column twenty-sdk's createTimelineActivity writes, deleted with
 * the record), and the object its inverse `timelineActivities`. Standard objects already have theirs.
 */
function addTimelineTargets(objects: WorkspaceObject[]): void {
  const timeline = objects.find((object) => object.nameSingular === 'timelineActivity');
  if (!timeline) return;
  const morphId = timeline.fields.find((field) => field.type === 'MORPH_RELATION' && field.relation?.morphId)?.relation?.morphId;
  for (const object of objects) {
    if (object.source !== 'app') continue;
    const name = timelineTargetFieldName(object.nameSingular);
    if (timeline.fields.some((field) => field.name === name) || object.fields.some((field) => field.name === 'timelineActivities')) continue;
    timeline.fields.push({
      name, type: 'MORPH_RELATION', label: object.labelSingular, isNullable: true,
      relation: { type: 'MANY_TO_ONE', targetObject: object.nameSingular, inverseField: 'timelineActivities', joinColumn: `${name}Id`, onDelete: 'CASCADE', ...(morphId ? { morphId } : {}) },
    });
    object.fields.push({
      name: 'timelineActivities', type: 'RELATION', label: 'Timeline Activities', isNullable: true,
      relation: { type: 'ONE_TO_MANY', targetObject: 'timelineActivity', inverseField: name },
    });
  }
}

export function findObject(model: WorkspaceModel, name: string): WorkspaceObject | undefined {
  return model.objects.find((object) => object.nameSingular === name || object.namePlural === name);
}
