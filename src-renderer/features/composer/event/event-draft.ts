import type { ComposeEventParams } from '../../../../src-shared/contract';
import { DATABASE_EVENT_OPERATION_NAMES } from '../../../../src-shared/contract/event-operation-names';
import { readJsonField } from '../forms/json-field';

export type EventOperation = (typeof DATABASE_EVENT_OPERATION_NAMES)[number];
export const EVENT_OPERATIONS = DATABASE_EVENT_OPERATION_NAMES;

/** The event composer's inputs as typed: the records stay text until they parse. */
export interface EventDraft {
  object: string;
  operation: EventOperation;
  recordId: string;
  before: string;
  after: string;
  batch: boolean;
  /** With `batch`: a JSON array of `{ recordId?, before?, after? }`. */
  batchText: string;
}

const SAMPLE_RECORD_ID = '20202020-0000-4000-8000-000000000001';

/** Which record images an operation carries (platform §4: created has only after, destroyed only before). */
export function recordSides(operation: EventOperation): { before: boolean; after: boolean } {
  if (operation === 'created') return { before: false, after: true };
  if (operation === 'destroyed') return { before: true, after: false };
  return { before: true, after: true };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const json = (value: unknown): string => JSON.stringify(value, null, 2);

/**
 * A starting event that fires the function: its trigger's object and operation (`*` -> person /
 * updated) and, for a watched-fields filter, a change to those fields.
 */
export function initialEventDraft(settings: unknown): EventDraft {
  const trigger = isRecord(settings) ? settings : {};
  const [objectPart = '*', operationPart = '*'] = (typeof trigger.eventName === 'string' ? trigger.eventName : '*.*').split('.');
  const operation = (EVENT_OPERATIONS as readonly string[]).includes(operationPart) ? (operationPart as EventOperation) : 'updated';
  const watched = Array.isArray(trigger.updatedFields) ? trigger.updatedFields.filter((field): field is string => typeof field === 'string') : [];
  const before: Record<string, unknown> = { id: SAMPLE_RECORD_ID };
  const after: Record<string, unknown> = { id: SAMPLE_RECORD_ID };
  for (const field of watched) {
    before[field] = 'before';
    after[field] = 'after';
  }
  if (watched.length === 0 && operation !== 'created') after.updatedAt = '2024-01-01T00:00:00.000Z';
  return {
    object: objectPart === '*' ? 'person' : objectPart,
    operation,
    recordId: SAMPLE_RECORD_ID,
    before: json(before),
    after: json(after),
    batch: false,
    batchText: '',
  };
}

/** Two records built from the single-record fields, to start a batch from. */
export function batchTextFrom(draft: EventDraft): string {
  const read = (text: string) => {
    const parsed = readJsonField(text, true);
    return parsed.ok && isRecord(parsed.value) ? parsed.value : {};
  };
  const sides = recordSides(draft.operation);
  const record = (recordId: string) => ({
    recordId,
    ...(sides.before ? { before: { ...read(draft.before), id: recordId } } : {}),
    ...(sides.after ? { after: { ...read(draft.after), id: recordId } } : {}),
  });
  return json([record(draft.recordId || SAMPLE_RECORD_ID), record(SAMPLE_RECORD_ID.replace(/1$/, '2'))]);
}

export type EventParamsResult = { ok: true; params: ComposeEventParams } | { ok: false; problem: string };

/** The `payload.event` params, or the first input that does not parse. */
export function eventParamsOf(draft: EventDraft): EventParamsResult {
  const sides = recordSides(draft.operation);
  const params: ComposeEventParams = { object: draft.object, operation: draft.operation, ...(draft.recordId.trim() ? { recordId: draft.recordId.trim() } : {}) };
  if (draft.batch) {
    const parsed = readJsonField(draft.batchText);
    if (!parsed.ok) return { ok: false, problem: `Records: line ${parsed.line}, column ${parsed.column}: ${parsed.message}` };
    if (!Array.isArray(parsed.value) || !parsed.value.every(isRecord)) return { ok: false, problem: 'Records: a JSON array of { "recordId", "before", "after" } objects.' };
    return { ok: true, params: { ...params, batch: parsed.value as ComposeEventParams['batch'] } };
  }
  for (const side of ['before', 'after'] as const) {
    if (!sides[side]) continue;
    const parsed = readJsonField(draft[side], true);
    if (!parsed.ok) return { ok: false, problem: `${side}: line ${parsed.line}, column ${parsed.column}: ${parsed.message}` };
    if (parsed.value !== undefined && !isRecord(parsed.value)) return { ok: false, problem: `${side}: a record is a JSON object.` };
    if (parsed.value !== undefined) params[side] = parsed.value as Record<string, unknown>;
  }
  return { ok: true, params };
}

/** What a saved payload keeps of the draft (`object` and `operation` are what staleness reads). */
export function eventInputsOf(params: ComposeEventParams): Record<string, unknown> {
  const { run: _run, ...inputs } = params;
  return inputs;
}

/** A draft from a saved payload's inputs. */
export function eventDraftFromInputs(inputs: Record<string, unknown>, fallback: EventDraft): EventDraft {
  const operation = (EVENT_OPERATIONS as readonly string[]).includes(String(inputs.operation)) ? (inputs.operation as EventOperation) : fallback.operation;
  const batch = Array.isArray(inputs.batch);
  return {
    object: typeof inputs.object === 'string' ? inputs.object : fallback.object,
    operation,
    recordId: typeof inputs.recordId === 'string' ? inputs.recordId : fallback.recordId,
    before: isRecord(inputs.before) ? json(inputs.before) : '',
    after: isRecord(inputs.after) ? json(inputs.after) : '',
    batch,
    batchText: batch ? json(inputs.batch) : '',
  };
}
