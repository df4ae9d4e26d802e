/**
 * Which database-event functions fire for an event, as the server decides
 * (twentyhq/twenty, triggers/database-event/call-database-event-trigger-jobs.job.ts and
 * utils/transform-event-batch-to-event-payloads.ts):
 * - the trigger's eventName must equal one of `<object>.<op>`, `*.<op>`, `<object>.*`, `*.*`;
 * - `updatedFields` filters `updated` events (newer servers: `upserted` too); an absent or empty
 *   list lets every event through; otherwise an event fires only when its `properties.updatedFields`
 *   share a field with the list (an event without updatedFields does not fire);
 * - events are filtered before being batched.
 */
import { parseEventName } from './event-name-validation';

export type DatabaseEventTriggerSettings = { eventName: string; updatedFields?: string[]; batchMode?: boolean };

export type UpsertFiltering = 'current' | 'legacy';

export type EventToMatch = {
  /** `person.updated` */
  name: string;
  /** `properties.updatedFields` of the event (for updated/deleted/restored/upserted). */
  updatedFields?: readonly string[];
};

export type EventMatch = {
  fires: boolean;
  reason: string;
  eventNameMatches: boolean;
  /** Set when an older server (no updatedFields filter on upserts) would decide differently. */
  olderServerFires?: boolean;
};

/** The server's exact rule. */
export const matchesEventName = (triggerEventName: string, eventName: string): boolean => {
  const [object, operation] = eventName.split('.');
  return [`${object}.${operation}`, `*.${operation}`, `${object}.*`, '*.*'].includes(triggerEventName);
};

const list = (items: readonly string[]): string => items.join(', ');

const filterDecision = (
  operation: string,
  watched: readonly string[] | undefined,
  eventFields: readonly string[] | undefined,
  upsertFiltering: UpsertFiltering,
): { fires: boolean; reason: string } => {
  const filteredOps = upsertFiltering === 'current' ? ['updated', 'upserted'] : ['updated'];
  if (!filteredOps.includes(operation)) {
    if (watched && watched.length > 0) {
      return {
        fires: true,
        reason:
          operation === 'upserted'
            ? 'updatedFields is ignored for upserts on older servers, so every upsert fires'
            : `updatedFields only filters updates, so every ${operation} event fires`,
      };
    }
    return { fires: true, reason: `every ${operation} event fires` };
  }
  if (!watched || watched.length === 0) {
    return { fires: true, reason: `no updatedFields filter, so every ${operation === 'upserted' ? 'upsert' : 'update'} fires` };
  }
  if (!eventFields || eventFields.length === 0) {
    return { fires: false, reason: `the event lists no updated fields, and updatedFields watches ${list(watched)}` };
  }
  const hit = eventFields.filter((f) => watched.includes(f));
  if (hit.length > 0) return { fires: true, reason: `${list(hit)} changed, which updatedFields watches` };
  return { fires: false, reason: `none of the watched fields (${list(watched)}) changed; changed: ${list(eventFields)}` };
};

/** Decides whether a trigger fires for an event, with a human reason. */
export const matchDatabaseEvent = (
  trigger: DatabaseEventTriggerSettings,
  event: EventToMatch,
  { upsertFiltering = 'current' }: { upsertFiltering?: UpsertFiltering } = {},
): EventMatch => {
  const parsed = parseEventName(event.name);
  const object = parsed?.object ?? event.name;
  const operation = parsed?.operation ?? '';
  if (!matchesEventName(trigger.eventName, event.name)) {
    return {
      fires: false,
      eventNameMatches: false,
      reason: `"${trigger.eventName}" does not match ${event.name} (only ${object}.${operation}, *.${operation}, ${object}.* or *.* do)`,
    };
  }
  const current = filterDecision(operation, trigger.updatedFields, event.updatedFields, upsertFiltering);
  const result: EventMatch = { fires: current.fires, eventNameMatches: true, reason: `"${trigger.eventName}" matches ${event.name}; ${current.reason}` };
  if (operation === 'upserted' && upsertFiltering === 'current') {
    const legacy = filterDecision(operation, trigger.updatedFields, event.updatedFields, 'legacy');
    if (legacy.fires !== current.fires) result.olderServerFires = legacy.fires;
  }
  return result;
};

export type DatabaseEventFunction = {
  universalIdentifier: string;
  name?: string | null;
  databaseEventTriggerSettings?: DatabaseEventTriggerSettings | null;
};

export type WhoFiresEntry = {
  universalIdentifier: string;
  name: string | null;
  eventName: string;
  batchMode: boolean;
} & EventMatch;

/** "Who fires?": every database-event function, in order, with its decision. */
export const whoFires = (
  functions: readonly DatabaseEventFunction[],
  event: EventToMatch,
  options: { upsertFiltering?: UpsertFiltering } = {},
): WhoFiresEntry[] =>
  functions
    .filter((fn) => fn.databaseEventTriggerSettings && typeof fn.databaseEventTriggerSettings.eventName === 'string')
    .map((fn) => {
      const trigger = fn.databaseEventTriggerSettings as DatabaseEventTriggerSettings;
      return {
        universalIdentifier: fn.universalIdentifier,
        name: fn.name ?? null,
        eventName: trigger.eventName,
        batchMode: trigger.batchMode === true,
        ...matchDatabaseEvent(trigger, event, options),
      };
    });

/**
 * A function that writes a field it watches (or watches every update) re-triggers itself.
 * `writtenFields` comes from the caller's analysis of the function's source.
 */
export const selfTriggerWarning = (
  trigger: DatabaseEventTriggerSettings,
  objectNameSingular: string,
  writtenFields: readonly string[],
  { upsertFiltering = 'current' }: { upsertFiltering?: UpsertFiltering } = {},
): string | null => {
  if (writtenFields.length === 0) return null;
  const ops = ['updated', 'upserted'].filter((op) => matchesEventName(trigger.eventName, `${objectNameSingular}.${op}`));
  if (ops.length === 0) return null;
  const watched = trigger.updatedFields ?? [];
  for (const op of ops) {
    const filtered = op === 'updated' || upsertFiltering === 'current';
    const loops = !filtered || watched.length === 0 ? [...writtenFields] : writtenFields.filter((f) => watched.includes(f));
    if (loops.length > 0) {
      return `This function writes ${list(loops)} on ${objectNameSingular} and fires on ${objectNameSingular}.${op}${
        filtered && watched.length > 0 ? ' for those fields' : ''
      }: each run triggers the next (a self-trigger loop).`;
    }
  }
  return null;
};
