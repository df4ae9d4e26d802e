/**
 * The metadata migration of APPLY_MANIFEST, shown as a diff of the installed manifest and the new one.
 * The server syncs every entity by universalIdentifier (create / update / delete what the app owns), so
 * that is the key here too. Destructive changes are the ones that lose records or values.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonRecord = { [key: string]: Json };

/** A manifest as the studio holds it (ProjectModel.manifest) or as manifest.json has it, split the same way. */
export interface DiffableManifest {
  application: JsonRecord | null;
  objects: JsonRecord[];
  fields: JsonRecord[];
  roles: JsonRecord[];
  logicFunctions: JsonRecord[];
  /** Every other list section (views, viewFields, indexes, skills, ...). */
  other?: Record<string, JsonRecord[]>;
}

export type DiffEntityKind = 'application' | 'object' | 'field' | 'role' | 'logicFunction' | (string & {});

export interface PropertyChange {
  property: string;
  before?: Json;
  after?: Json;
}

export interface DiffEntry {
  kind: DiffEntityKind;
  /** Manifest section (objects, fields, roles, logicFunctions, views, ...; 'application' for the app itself). */
  section: string;
  universalIdentifier: string;
  /** A readable name: nameSingular, object.field, label, name... */
  name: string;
  /** For fields: the object they belong to. */
  objectUniversalIdentifier?: string;
  /** Updated entries: what changed, property by property. */
  changes?: PropertyChange[];
}

export type DestructiveChangeKind = 'object-deleted' | 'field-deleted' | 'field-type-changed' | 'field-became-required' | 'select-option-removed';

export interface DestructiveChange {
  change: DestructiveChangeKind;
  kind: 'object' | 'field';
  universalIdentifier: string;
  name: string;
  /** What data would be lost, in a sentence for the user. */
  dataLoss: string;
}

export interface ManifestDiff {
  created: DiffEntry[];
  updated: DiffEntry[];
  deleted: DiffEntry[];
  destructive: DestructiveChange[];
}

/** Properties that describe a build rather than the app: they differ between any two builds. */
const IGNORED_PROPERTIES: Record<string, readonly string[]> = {
  application: ['packageJsonChecksum', 'yarnLockChecksum'],
  logicFunctions: ['builtHandlerPath', 'builtHandlerChecksum'],
  frontComponents: ['builtComponentPath', 'builtComponentChecksum'],
};

const SECTION_KIND: Record<string, DiffEntityKind> = {
  objects: 'object', fields: 'field', roles: 'role', logicFunctions: 'logicFunction', indexes: 'index',
  permissionFlags: 'permissionFlag', skills: 'skill', agents: 'agent', connectionProviders: 'connectionProvider',
  frontComponents: 'frontComponent', publicAssets: 'publicAsset', views: 'view', viewFields: 'viewField',
  navigationMenuItems: 'navigationMenuItem', pageLayouts: 'pageLayout', pageLayoutTabs: 'pageLayoutTab',
  pageLayoutWidgets: 'pageLayoutWidget', commandMenuItems: 'commandMenuItem', timelineActivityTypes: 'timelineActivityType',
  settingsMenuItems: 'settingsMenuItem',
};

const kindOfSection = (section: string): DiffEntityKind => SECTION_KIND[section] ?? section.replace(/s$/, '');

const str = (value: Json | undefined): string | undefined => (typeof value === 'string' ? value : undefined);

export function jsonEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => jsonEqual(item, b[index]));
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!jsonEqual(a[key], b[key])) return false;
    return true;
  }
  return false;
}

function propertyChanges(before: JsonRecord, after: JsonRecord, ignored: readonly string[]): PropertyChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !ignored.includes(key)).sort();
  const changes: PropertyChange[] = [];
  for (const key of keys) {
    if (jsonEqual(before[key], after[key])) continue;
    changes.push({ property: key, ...(key in before ? { before: before[key] } : {}), ...(key in after ? { after: after[key] } : {}) });
  }
  return changes;
}

interface FlatField {
  field: JsonRecord;
  objectUniversalIdentifier?: string;
  objectName?: string;
}

/** Fields declared inside objects and fields declared on their own (defineField on any object), by identifier. */
function flattenFields(manifest: DiffableManifest): Map<string, FlatField> {
  const fields = new Map<string, FlatField>();
  for (const object of manifest.objects) {
    for (const field of Array.isArray(object.fields) ? object.fields : []) {
      if (!field || typeof field !== 'object' || Array.isArray(field)) continue;
      const id = str(field.universalIdentifier);
      if (id) fields.set(id, { field, objectUniversalIdentifier: str(object.universalIdentifier), objectName: str(object.nameSingular) });
    }
  }
  for (const field of manifest.fields) {
    const id = str(field.universalIdentifier);
    // Standalone fields name their object by identifier (often a standard object's).
    if (id) fields.set(id, { field, objectUniversalIdentifier: str(field.objectUniversalIdentifier), objectName: str(field.objectName) ?? str(field.objectNameSingular) });
  }
  return fields;
}

function byIdentifier(records: JsonRecord[]): Map<string, JsonRecord> {
  const map = new Map<string, JsonRecord>();
  for (const record of records) {
    const id = str(record.universalIdentifier);
    if (id) map.set(id, record);
  }
  return map;
}

function displayName(section: string, record: JsonRecord): string {
  if (section === 'objects') return str(record.nameSingular) ?? str(record.labelSingular) ?? str(record.universalIdentifier) ?? '?';
  return str(record.name) ?? str(record.label) ?? str(record.displayName) ?? str(record.universalIdentifier) ?? '?';
}

const fieldName = (flat: FlatField): string => `${flat.objectName ?? flat.objectUniversalIdentifier ?? '?'}.${str(flat.field.name) ?? str(flat.field.universalIdentifier) ?? '?'}`;

/** The server's default for a field's isNullable is true: only an explicit `false` makes it required. */
const isRequired = (field: JsonRecord): boolean => field.isNullable === false;

const optionValues = (field: JsonRecord): string[] =>
  (Array.isArray(field.options) ? field.options : [])
    .map((option) => (option && typeof option === 'object' && !Array.isArray(option) ? str(option.value) : undefined))
    .filter((value): value is string => value !== undefined);

/** Diffs a list section by identifier; `withoutFields` leaves object fields to the field diff. */
function diffSection(section: string, before: JsonRecord[], after: JsonRecord[], diff: ManifestDiff, withoutFields = false): void {
  const kind = kindOfSection(section);
  const ignored = [...(IGNORED_PROPERTIES[section] ?? []), ...(withoutFields ? ['fields'] : [])];
  const oldById = byIdentifier(before);
  const newById = byIdentifier(after);
  for (const [id, record] of newById) {
    const old = oldById.get(id);
    if (!old) {
      diff.created.push({ kind, section, universalIdentifier: id, name: displayName(section, record) });
      continue;
    }
    const changes = propertyChanges(old, record, ignored);
    if (changes.length > 0) diff.updated.push({ kind, section, universalIdentifier: id, name: displayName(section, record), changes });
  }
  for (const [id, record] of oldById) {
    if (!newById.has(id)) diff.deleted.push({ kind, section, universalIdentifier: id, name: displayName(section, record) });
  }
}

/** Diffs two manifests (before = installed, after = the package being installed; null before = fresh install). */
export function diffManifests(before: DiffableManifest | null, after: DiffableManifest): ManifestDiff {
  const diff: ManifestDiff = { created: [], updated: [], deleted: [], destructive: [] };
  const empty: DiffableManifest = { application: null, objects: [], fields: [], roles: [], logicFunctions: [], other: {} };
  const old = before ?? empty;

  if (after.application) {
    const id = str(after.application.universalIdentifier) ?? '';
    const name = str(after.application.displayName) ?? id;
    if (!old.application) diff.created.push({ kind: 'application', section: 'application', universalIdentifier: id, name });
    else {
      const changes = propertyChanges(old.application, after.application, IGNORED_PROPERTIES.application);
      if (changes.length > 0) diff.updated.push({ kind: 'application', section: 'application', universalIdentifier: id, name, changes });
    }
  }

  diffSection('objects', old.objects, after.objects, diff, true);

  const deletedObjects = new Set(diff.deleted.filter((entry) => entry.kind === 'object').map((entry) => entry.universalIdentifier));
  const oldFields = flattenFields(old);
  const newFields = flattenFields(after);
  for (const [id, flat] of newFields) {
    const previous = oldFields.get(id);
    const entry = { kind: 'field', section: 'fields', universalIdentifier: id, name: fieldName(flat), ...(flat.objectUniversalIdentifier ? { objectUniversalIdentifier: flat.objectUniversalIdentifier } : {}) };
    if (!previous) {
      diff.created.push(entry);
      continue;
    }
    const changes = propertyChanges(previous.field, flat.field, ['objectUniversalIdentifier']);
    if (changes.length === 0) continue;
    diff.updated.push({ ...entry, changes });
    const name = fieldName(flat);
    const typeBefore = str(previous.field.type);
    const typeAfter = str(flat.field.type);
    if (typeBefore !== undefined && typeAfter !== undefined && typeBefore !== typeAfter) {
      diff.destructive.push({
        change: 'field-type-changed', kind: 'field', universalIdentifier: id, name,
        dataLoss: `${name} changes type from ${typeBefore} to ${typeAfter}: existing values that do not convert to ${typeAfter} are lost.`,
      });
    }
    if (!isRequired(previous.field) && isRequired(flat.field)) {
      diff.destructive.push({
        change: 'field-became-required', kind: 'field', universalIdentifier: id, name,
        dataLoss: `${name} becomes required (isNullable: false): records where it is empty no longer satisfy it; the migration fails on them or they are overwritten with the default value.`,
      });
    }
    if (typeBefore === typeAfter && (typeAfter === 'SELECT' || typeAfter === 'MULTI_SELECT')) {
      const kept = new Set(optionValues(flat.field));
      const removed = optionValues(previous.field).filter((value) => !kept.has(value));
      if (removed.length > 0) {
        diff.destructive.push({
          change: 'select-option-removed', kind: 'field', universalIdentifier: id, name,
          dataLoss: `${name} loses option${removed.length > 1 ? 's' : ''} ${removed.join(', ')}: records holding ${removed.length > 1 ? 'them' : 'it'} lose that value.`,
        });
      }
    }
  }
  for (const [id, flat] of oldFields) {
    if (newFields.has(id)) continue;
    // A deleted object takes its fields with it: one entry, one warning, for the object.
    if (flat.objectUniversalIdentifier && deletedObjects.has(flat.objectUniversalIdentifier)) continue;
    const name = fieldName(flat);
    diff.deleted.push({ kind: 'field', section: 'fields', universalIdentifier: id, name, ...(flat.objectUniversalIdentifier ? { objectUniversalIdentifier: flat.objectUniversalIdentifier } : {}) });
    diff.destructive.push({ change: 'field-deleted', kind: 'field', universalIdentifier: id, name, dataLoss: `Every value of ${name} is deleted.` });
  }
  for (const entry of diff.deleted.filter((item) => item.kind === 'object')) {
    const object = old.objects.find((record) => record.universalIdentifier === entry.universalIdentifier);
    const fieldCount = Array.isArray(object?.fields) ? object.fields.length : 0;
    diff.destructive.unshift({
      change: 'object-deleted', kind: 'object', universalIdentifier: entry.universalIdentifier, name: entry.name,
      dataLoss: `Every ${entry.name} record is deleted, with the values of its ${fieldCount} field${fieldCount === 1 ? '' : 's'}.`,
    });
  }

  diffSection('roles', old.roles, after.roles, diff);
  diffSection('logicFunctions', old.logicFunctions, after.logicFunctions, diff);
  const otherSections = [...new Set([...Object.keys(old.other ?? {}), ...Object.keys(after.other ?? {})])].sort();
  for (const section of otherSections) diffSection(section, old.other?.[section] ?? [], after.other?.[section] ?? [], diff);
  return diff;
}
