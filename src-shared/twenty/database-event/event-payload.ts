/**
 * Database-event payloads as the server sends them (twenty-sdk 2.43 `DatabaseEventPayload`,
 * `DatabaseEventBatchPayload`, `ObjectRecord*Event`; twentyhq/twenty
 * transform-event-batch-to-event-payloads.ts spreads `{ name, workspaceId, objectMetadata }` and the
 * event `{ recordId, userId?, userWorkspaceId?, workspaceMemberId?, properties }`).
 * `diff` follows the server's objectRecordChangedValues: keys of `after`, skipping updatedAt,
 * searchVector and relation fields, deep-equal values left out; `updatedFields` = the diff's keys.
 */
import { type DatabaseEventOperation, isDatabaseEventOperation } from './event-name-validation';
import { type DatabaseEventTriggerSettings, matchDatabaseEvent, type UpsertFiltering } from './event-matching';

export type RecordValue = Record<string, unknown>;
export type RecordDiff = Record<string, { before: unknown; after: unknown }>;

/** What a function reads of `objectMetadata` (twenty-sdk's SimplifiedFlatObjectMetadata). */
export type EventObjectMetadata = {
  id: string;
  nameSingular: string;
  namePlural: string;
  labelSingular: string;
  labelPlural: string;
  description: string | null;
  icon: string | null;
  universalIdentifier: string;
  applicationId: string | null;
  dataSourceId: string | null;
  overrides: null;
  isCustom: boolean;
  isRemote: boolean;
  isActive: boolean;
  isSystem: boolean;
  isUIEditable: boolean;
  isUICreatable: boolean;
  isAuditLogged: boolean;
  isSearchable: boolean;
  duplicateCriteria: string[] | null;
  shortcut: string | null;
  labelIdentifierFieldMetadataId: string;
  imageIdentifierFieldMetadataId: string | null;
  isLabelSyncedWithName: boolean;
  createdAt: string;
  updatedAt: string;
  fieldIds: string[];
  indexMetadataIds: string[];
  viewIds: string[];
  applicationUniversalIdentifier: string | null;
  labelIdentifierFieldMetadataUniversalIdentifier: string;
  imageIdentifierFieldMetadataUniversalIdentifier: string | null;
  fieldUniversalIdentifiers: string[];
  indexMetadataUniversalIdentifiers: string[];
  viewUniversalIdentifiers: string[];
};

export type ObjectMetadataInput = { nameSingular: string } & Partial<EventObjectMetadata>;

const NIL_UUID = '00000000-0000-0000-0000-000000000000';
const STUDIO_TIMESTAMP = '2024-01-01T00:00:00.000Z';

const capitalize = (s: string): string => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** Naive English plural for a default `namePlural` (person -> people, company -> companies). */
export const defaultPlural = (singular: string): string => {
  if (singular === 'person') return 'people';
  if (/[^aeiou]y$/.test(singular)) return `${singular.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(singular)) return `${singular}es`;
  return `${singular}s`;
};

/** A complete objectMetadata from what is known, with deterministic defaults for the rest. */
export const buildEventObjectMetadata = (input: ObjectMetadataInput): EventObjectMetadata => {
  const namePlural = input.namePlural ?? defaultPlural(input.nameSingular);
  return {
    id: input.id ?? input.universalIdentifier ?? NIL_UUID,
    nameSingular: input.nameSingular,
    namePlural,
    labelSingular: input.labelSingular ?? capitalize(input.nameSingular),
    labelPlural: input.labelPlural ?? capitalize(namePlural),
    description: input.description ?? null,
    icon: input.icon ?? null,
    universalIdentifier: input.universalIdentifier ?? NIL_UUID,
    applicationId: input.applicationId ?? null,
    dataSourceId: input.dataSourceId ?? null,
    overrides: null,
    isCustom: input.isCustom ?? false,
    isRemote: input.isRemote ?? false,
    isActive: input.isActive ?? true,
    isSystem: input.isSystem ?? false,
    isUIEditable: input.isUIEditable ?? true,
    isUICreatable: input.isUICreatable ?? true,
    isAuditLogged: input.isAuditLogged ?? true,
    isSearchable: input.isSearchable ?? false,
    duplicateCriteria: input.duplicateCriteria ?? null,
    shortcut: input.shortcut ?? null,
    labelIdentifierFieldMetadataId: input.labelIdentifierFieldMetadataId ?? NIL_UUID,
    imageIdentifierFieldMetadataId: input.imageIdentifierFieldMetadataId ?? null,
    isLabelSyncedWithName: input.isLabelSyncedWithName ?? false,
    createdAt: input.createdAt ?? STUDIO_TIMESTAMP,
    updatedAt: input.updatedAt ?? STUDIO_TIMESTAMP,
    fieldIds: input.fieldIds ?? [],
    indexMetadataIds: input.indexMetadataIds ?? [],
    viewIds: input.viewIds ?? [],
    applicationUniversalIdentifier: input.applicationUniversalIdentifier ?? null,
    labelIdentifierFieldMetadataUniversalIdentifier: input.labelIdentifierFieldMetadataUniversalIdentifier ?? NIL_UUID,
    imageIdentifierFieldMetadataUniversalIdentifier: input.imageIdentifierFieldMetadataUniversalIdentifier ?? null,
    fieldUniversalIdentifiers: input.fieldUniversalIdentifiers ?? [],
    indexMetadataUniversalIdentifiers: input.indexMetadataUniversalIdentifiers ?? [],
    viewUniversalIdentifiers: input.viewUniversalIdentifiers ?? [],
  };
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Structural equality on JSON-like values (what `deep-equal` decides for record values). */
export const deepEqual = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return false;
};

const DIFF_SKIPPED_KEYS = new Set(['updatedAt', 'searchVector']);

/** The server's diff: changed keys of `after`, skipping updatedAt, searchVector and relation fields. */
export const computeRecordDiff = (
  before: RecordValue | undefined,
  after: RecordValue | undefined,
  { relationFieldNames = [] }: { relationFieldNames?: readonly string[] } = {},
): RecordDiff => {
  const diff: RecordDiff = {};
  if (!after) return diff;
  const previous = before ?? {};
  for (const key of Object.keys(after)) {
    if (DIFF_SKIPPED_KEYS.has(key) || relationFieldNames.includes(key)) continue;
    if (deepEqual(previous[key], after[key])) continue;
    diff[key] = { before: previous[key], after: after[key] };
  }
  return diff;
};

export type EventActor = { userId?: string | null; userWorkspaceId?: string | null; workspaceMemberId?: string | null };

export type DatabaseEventInput = {
  /** Record id; defaults to `after.id`, then `before.id`. */
  recordId?: string;
  before?: RecordValue;
  after?: RecordValue;
  actor?: EventActor;
};

export type BuildDatabaseEventInput = {
  objectMetadata: ObjectMetadataInput;
  operation: DatabaseEventOperation;
  workspaceId?: string;
  /** Fields that hold relations (left out of diffs, as on the server). */
  relationFieldNames?: readonly string[];
  /** Timestamp used to fill `deletedAt` when an `after` is derived for deleted/restored (default: now). */
  now?: string;
} & DatabaseEventInput;

export type DatabaseEventRecordEvent = {
  recordId: string;
  userId?: string;
  userWorkspaceId?: string;
  workspaceMemberId?: string;
  properties: Record<string, unknown>;
};

export type DatabaseEventPayload = {
  name: string;
  workspaceId: string;
  objectMetadata: EventObjectMetadata;
} & DatabaseEventRecordEvent;

export type DatabaseEventBatchPayload = {
  name: string;
  workspaceId: string;
  objectMetadata: EventObjectMetadata;
  events: DatabaseEventRecordEvent[];
};

export const STUDIO_WORKSPACE_ID = '20202020-0000-4000-8000-000000000000';

const changeProperties = (before: RecordValue, after: RecordValue, relationFieldNames: readonly string[]) => {
  const diff = computeRecordDiff(before, after, { relationFieldNames });
  return { before, after, updatedFields: Object.keys(diff), diff };
};

/** One record event `{ recordId, actor fields, properties }` for an operation. */
export const buildRecordEvent = (
  operation: DatabaseEventOperation,
  event: DatabaseEventInput,
  { relationFieldNames = [], now }: { relationFieldNames?: readonly string[]; now?: string } = {},
): { event: DatabaseEventRecordEvent; warnings: string[] } => {
  const warnings: string[] = [];
  const timestamp = now ?? new Date().toISOString();
  let { before, after } = event;

  let properties: Record<string, unknown>;
  switch (operation) {
    case 'created':
      if (!after) warnings.push('A created event needs the record after the change.');
      if (before) warnings.push('A created event has no "before": it is left out.');
      properties = { after: after ?? {} };
      break;
    case 'destroyed':
      if (!before) warnings.push('A destroyed event needs the record before the change.');
      properties = { before: before ?? {} };
      break;
    case 'deleted':
      if (!before && !after) warnings.push('A deleted event needs the record before (and after) the soft delete.');
      before = before ?? { ...after, deletedAt: null };
      after = after ?? { ...before, deletedAt: timestamp };
      if (!after.deletedAt) warnings.push('After a soft delete, the record has deletedAt set.');
      properties = changeProperties(before, after, relationFieldNames);
      break;
    case 'restored':
      if (!before && !after) warnings.push('A restored event needs the record before (and after) the restore.');
      before = before ?? { ...after, deletedAt: timestamp };
      after = after ?? { ...before, deletedAt: null };
      if (after.deletedAt) warnings.push('After a restore, the record has deletedAt null.');
      properties = changeProperties(before, after, relationFieldNames);
      break;
    case 'updated':
      if (!before || !after) warnings.push('An updated event needs the record before and after the change.');
      properties = changeProperties(before ?? {}, after ?? {}, relationFieldNames);
      if ((properties.updatedFields as string[]).length === 0) warnings.push('Nothing changed between before and after: updatedFields is empty.');
      break;
    case 'upserted':
      if (!after) warnings.push('An upserted event needs the record after the change.');
      properties = before ? changeProperties(before, after ?? {}, relationFieldNames) : { after: after ?? {} };
      break;
  }

  const recordId = event.recordId ?? (after?.id as string | undefined) ?? (before?.id as string | undefined);
  if (typeof recordId !== 'string' || recordId === '') warnings.push('No record id: give one, or an "id" in the record.');

  // Key order as the server spreads it: recordId, actor fields, properties.
  const actor = event.actor ?? {};
  const ordered: DatabaseEventRecordEvent = {
    recordId: typeof recordId === 'string' ? recordId : '',
    ...(actor.userId ? { userId: actor.userId } : {}),
    ...(actor.userWorkspaceId ? { userWorkspaceId: actor.userWorkspaceId } : {}),
    ...(actor.workspaceMemberId ? { workspaceMemberId: actor.workspaceMemberId } : {}),
    properties,
  };
  return { event: ordered, warnings };
};

/** The payload of one (non-batch) execution. */
export const buildDatabaseEventPayload = (input: BuildDatabaseEventInput): { payload: DatabaseEventPayload; warnings: string[] } => {
  if (!isDatabaseEventOperation(input.operation)) throw new Error(`Unknown operation ${JSON.stringify(input.operation)}`);
  const objectMetadata = buildEventObjectMetadata(input.objectMetadata);
  const { event, warnings } = buildRecordEvent(input.operation, input, { relationFieldNames: input.relationFieldNames, now: input.now });
  return {
    payload: {
      name: `${objectMetadata.nameSingular}.${input.operation}`,
      workspaceId: input.workspaceId ?? STUDIO_WORKSPACE_ID,
      objectMetadata,
      ...event,
    },
    warnings,
  };
};

export const MAX_EVENTS_PER_BATCH = 200;

export type BuildDatabaseEventBatchInput = {
  objectMetadata: ObjectMetadataInput;
  operation: DatabaseEventOperation;
  workspaceId?: string;
  relationFieldNames?: readonly string[];
  now?: string;
  events: DatabaseEventInput[];
  /** When given, events the trigger's updatedFields filter rejects are left out first, as on the server. */
  trigger?: DatabaseEventTriggerSettings;
  upsertFiltering?: UpsertFiltering;
};

const actorKey = (actor: EventActor | undefined): string =>
  JSON.stringify([actor?.userId ?? null, actor?.userWorkspaceId ?? null, actor?.workspaceMemberId ?? null]);

/**
 * `batchMode: true` payloads: events filtered by the trigger first, grouped by actor, at most 200 per
 * call. Usually a single payload.
 */
export const buildDatabaseEventBatchPayloads = (
  input: BuildDatabaseEventBatchInput,
): { payloads: DatabaseEventBatchPayload[]; filteredOut: number; warnings: string[] } => {
  const objectMetadata = buildEventObjectMetadata(input.objectMetadata);
  const name = `${objectMetadata.nameSingular}.${input.operation}`;
  const warnings: string[] = [];
  const groups = new Map<string, DatabaseEventRecordEvent[]>();
  let filteredOut = 0;
  input.events.forEach((raw, index) => {
    const { event, warnings: eventWarnings } = buildRecordEvent(input.operation, raw, {
      relationFieldNames: input.relationFieldNames,
      now: input.now,
    });
    warnings.push(...eventWarnings.map((w) => `Event ${index + 1}: ${w}`));
    if (input.trigger) {
      const decision = matchDatabaseEvent(
        input.trigger,
        { name, updatedFields: event.properties.updatedFields as string[] | undefined },
        { upsertFiltering: input.upsertFiltering },
      );
      if (!decision.fires) {
        filteredOut++;
        return;
      }
    }
    const key = actorKey(raw.actor);
    const group = groups.get(key) ?? [];
    group.push(event);
    groups.set(key, group);
  });
  const payloads: DatabaseEventBatchPayload[] = [];
  for (const events of groups.values()) {
    for (let i = 0; i < events.length; i += MAX_EVENTS_PER_BATCH) {
      payloads.push({
        name,
        workspaceId: input.workspaceId ?? STUDIO_WORKSPACE_ID,
        objectMetadata,
        events: events.slice(i, i + MAX_EVENTS_PER_BATCH),
      });
    }
  }
  if (groups.size > 1) warnings.push(`The events come from ${groups.size} different actors: the server sends one batch per actor.`);
  if (input.events.length - filteredOut > MAX_EVENTS_PER_BATCH) {
    warnings.push(`More than ${MAX_EVENTS_PER_BATCH} events: the server splits them into batches of at most ${MAX_EVENTS_PER_BATCH}.`);
  }
  return { payloads, filteredOut, warnings };
};
