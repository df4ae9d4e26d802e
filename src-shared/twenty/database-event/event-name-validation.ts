/**
 * Checks for `databaseEventTriggerSettings` that the SDK does not make (it only requires a non-empty
 * eventName). The server matches eventName by exact string equality against four forms, so anything
 * else silently never fires.
 */

export const DATABASE_EVENT_OPERATIONS = ['created', 'updated', 'deleted', 'destroyed', 'restored', 'upserted'] as const;
export type DatabaseEventOperation = (typeof DATABASE_EVENT_OPERATIONS)[number];

export const isDatabaseEventOperation = (value: string): value is DatabaseEventOperation =>
  (DATABASE_EVENT_OPERATIONS as readonly string[]).includes(value);

export type KnownObject = {
  nameSingular: string;
  namePlural?: string;
  fields?: readonly string[];
  /**
   * Relation fields by name -> their join column (`company` -> `companyId`), null for ONE_TO_MANY. The
   * server's event diff (objectRecordChangedValues) skips RELATION fields and lists the record's join
   * column key instead, so `updatedFields` must name `companyId`, never `company`.
   */
  relations?: Readonly<Record<string, string | null>>;
};

/** Keys the server's event diff never lists (objectRecordChangedValues skips them). */
const NEVER_IN_DIFF = new Set(['updatedAt', 'searchVector']);

export type EventNameValidation = {
  valid: boolean;
  /** Parsed parts when the name has the `<object>.<operation>` shape. */
  object?: string;
  operation?: string;
  errors: string[];
  warnings: string[];
};

const OPERATION_TYPOS: Record<string, DatabaseEventOperation> = {
  create: 'created',
  insert: 'created',
  inserted: 'created',
  update: 'updated',
  delete: 'deleted',
  remove: 'deleted',
  removed: 'deleted',
  softdeleted: 'deleted',
  destroy: 'destroyed',
  restore: 'restored',
  upsert: 'upserted',
};

const FORMS = '<object>.<operation>, *.<operation>, <object>.* or *.*';

const levenshtein = (a: string, b: string): number => {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
};

/** The closest candidate within a small edit distance, or null. */
export const suggestClosest = (value: string, candidates: readonly string[]): string | null => {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = levenshtein(value.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === null) return null;
  return bestDistance <= Math.max(2, Math.floor(best.length / 2)) ? best : null;
};

/** Splits `person.updated` into its parts (null unless exactly one dot). */
export const parseEventName = (eventName: string): { object: string; operation: string } | null => {
  const parts = eventName.split('.');
  if (parts.length !== 2) return null;
  return { object: parts[0], operation: parts[1] };
};

/**
 * Validates an eventName. With `objects`, the object part is checked against them (app objects and
 * standard objects, by `nameSingular`).
 */
export const validateEventName = (eventName: string, { objects }: { objects?: readonly KnownObject[] } = {}): EventNameValidation => {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (typeof eventName !== 'string' || eventName === '') {
    return { valid: false, errors: ['Database event trigger must have an eventName'], warnings };
  }
  const parsed = parseEventName(eventName);
  if (!parsed) {
    return { valid: false, errors: [`Event name ${JSON.stringify(eventName)} must be ${FORMS}`], warnings };
  }
  const { object, operation } = parsed;

  if (operation !== '*' && !isDatabaseEventOperation(operation)) {
    const suggestion = OPERATION_TYPOS[operation.toLowerCase()] ?? suggestClosest(operation, DATABASE_EVENT_OPERATIONS);
    errors.push(
      `Unknown operation ${JSON.stringify(operation)} in ${JSON.stringify(eventName)}: use ${DATABASE_EVENT_OPERATIONS.join(', ')} or *` +
        (suggestion ? ` (did you mean "${object}.${suggestion}"?)` : ''),
    );
  }

  if (object === '') {
    errors.push(`Event name ${JSON.stringify(eventName)} has no object: use ${FORMS}`);
  } else if (object !== '*' && /[*?]/.test(object)) {
    errors.push(`Event name ${JSON.stringify(eventName)}: only a whole "*" matches every object; partial wildcards never match`);
  } else if (object !== '*' && objects) {
    const exact = objects.find((o) => o.nameSingular === object);
    if (!exact) {
      const caseInsensitive = objects.find((o) => o.nameSingular.toLowerCase() === object.toLowerCase());
      const plural = objects.find((o) => o.namePlural !== undefined && o.namePlural.toLowerCase() === object.toLowerCase());
      if (caseInsensitive) {
        errors.push(`Unknown object ${JSON.stringify(object)}: event names are case-sensitive, use "${caseInsensitive.nameSingular}"`);
      } else if (plural) {
        errors.push(`Unknown object ${JSON.stringify(object)}: event names use the singular name, "${plural.nameSingular}"`);
      } else {
        const suggestion = suggestClosest(object, objects.map((o) => o.nameSingular));
        errors.push(`Unknown object ${JSON.stringify(object)}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
      }
    }
  }
  if (eventName !== eventName.trim()) warnings.push(`Event name ${JSON.stringify(eventName)} has surrounding spaces: it never matches`);

  return { valid: errors.length === 0, object, operation, errors, warnings };
};

export type UpdatedFieldsIssue = { field?: string; severity: 'error' | 'warning'; message: string };

/**
 * Checks `updatedFields` against the eventName and the object's fields (when known).
 * `upsertFiltering: 'current'` (default) = newer servers, which also filter upserts.
 */
export const validateUpdatedFields = (
  eventName: string,
  updatedFields: readonly string[] | undefined,
  { fields, relations = {}, upsertFiltering = 'current' }: { fields?: readonly string[]; relations?: KnownObject['relations']; upsertFiltering?: 'current' | 'legacy' } = {},
): UpdatedFieldsIssue[] => {
  const issues: UpdatedFieldsIssue[] = [];
  if (!updatedFields || updatedFields.length === 0) return issues;
  const parsed = parseEventName(eventName);
  const operation = parsed?.operation;
  const filtered = upsertFiltering === 'current' ? ['updated', 'upserted', '*'] : ['updated', '*'];
  if (operation !== undefined && !filtered.includes(operation)) {
    issues.push({
      severity: 'warning',
      message:
        `updatedFields only filters updated${upsertFiltering === 'current' ? ' and upserted' : ''} events; ` +
        `"${eventName}" always fires, whatever the fields.`,
    });
  }
  if (operation === 'upserted' && upsertFiltering === 'legacy') {
    issues.push({ severity: 'warning', message: 'Older servers ignore updatedFields for upserts: every upsert fires.' });
  }
  const seen = new Set<string>();
  for (const field of updatedFields) {
    if (seen.has(field)) issues.push({ field, severity: 'warning', message: `Field ${JSON.stringify(field)} is listed twice` });
    seen.add(field);
    const joinColumns = new Set(Object.values(relations).filter((column): column is string => typeof column === 'string'));
    if (NEVER_IN_DIFF.has(field)) {
      issues.push({ field, severity: 'error', message: `The server's event diff never lists ${JSON.stringify(field)}: it never matches` });
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(relations, field)) {
      const column = relations[field];
      issues.push({
        field,
        severity: 'error',
        message: column
          ? `${JSON.stringify(field)} is a relation: the server's event diff lists its join column ${JSON.stringify(column)} instead, so ${JSON.stringify(field)} never matches (use ${JSON.stringify(column)})`
          : `${JSON.stringify(field)} is a one-to-many relation: the server's event diff never lists it, so it never matches`,
      });
      continue;
    }
    if (joinColumns.has(field)) continue;
    if (fields && !fields.includes(field)) {
      const suggestion = suggestClosest(field, fields);
      issues.push({
        field,
        severity: 'error',
        message: `Field ${JSON.stringify(field)} does not exist on ${parsed?.object ?? 'this object'}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}: it never matches`,
      });
    }
  }
  return issues;
};
