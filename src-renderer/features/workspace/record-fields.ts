import type { WorkspaceFieldInfo, WorkspaceObjectInfo } from '../../../src-shared/contract';

/**
 * How the Records tab reads an object's fields: which key of a record holds a field, how a value
 * shows in a cell, which subfield a composite sorts and filters on, and how the form's text turns
 * into the Core API's input. Pure functions, tested without a window.
 */

export type WorkspaceRecord = Record<string, unknown>;

/** ONE_TO_MANY relations have no column of their own; search vectors are not for people. */
export function isShownField(field: WorkspaceFieldInfo): boolean {
  if (field.type === 'TS_VECTOR') return false;
  if (field.relation?.type === 'ONE_TO_MANY') return false;
  return true;
}

export function isRelation(field: WorkspaceFieldInfo): boolean {
  return field.type === 'RELATION' || field.type === 'MORPH_RELATION';
}

/** The key a record carries the field's value under: a MANY_TO_ONE relation is its join column. */
export function recordKey(field: WorkspaceFieldInfo): string {
  if (isRelation(field) && field.relation?.type === 'MANY_TO_ONE') return field.relation.joinColumn ?? `${field.name}Id`;
  return field.name;
}

const systemOrder = ['id', 'createdAt', 'updatedAt', 'deletedAt', 'createdBy', 'updatedBy', 'position'];

/** The table's columns: the label identifier first, the object's own fields, then the system ones. */
export function tableFields(object: WorkspaceObjectInfo): WorkspaceFieldInfo[] {
  const shown = object.fields.filter(isShownField);
  const identifier = shown.find((field) => field.name === object.labelIdentifierField);
  const rank = (field: WorkspaceFieldInfo): number => {
    if (field === identifier) return -1;
    const system = systemOrder.indexOf(field.name);
    if (system >= 0) return 1000 + system;
    return field.isSystem ? 500 : 0;
  };
  return shown.map((field, index) => ({ field, index })).sort((a, b) => rank(a.field) - rank(b.field) || a.index - b.index).map(({ field }) => field);
}

/** The subfield a composite is sorted and filtered by (the one a person reads first). */
export const primarySubfield: Record<string, string> = {
  FULL_NAME: 'firstName',
  LINKS: 'primaryLinkUrl',
  EMAILS: 'primaryEmail',
  PHONES: 'primaryPhoneNumber',
  ADDRESS: 'addressCity',
  CURRENCY: 'amountMicros',
  ACTOR: 'name',
  RICH_TEXT: 'markdown',
};

const isComposite = (field: WorkspaceFieldInfo): boolean => (field.subfields?.length ?? 0) > 0;

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

function truncate(value: string, max = 120): string {
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** A cell's text: composites the way Twenty shows them, lists joined, JSON compact. */
export function displayValue(field: WorkspaceFieldInfo, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isComposite(field) && typeof value === 'object' && !Array.isArray(value)) {
    const composite = value as Record<string, unknown>;
    switch (field.type) {
      case 'FULL_NAME':
        return `${text(composite.firstName)} ${text(composite.lastName)}`.trim();
      case 'LINKS':
        return text(composite.primaryLinkUrl) || text(composite.primaryLinkLabel);
      case 'EMAILS':
        return text(composite.primaryEmail);
      case 'PHONES':
        return `${text(composite.primaryPhoneCallingCode)} ${text(composite.primaryPhoneNumber)}`.trim();
      case 'CURRENCY': {
        if (composite.amountMicros === null || composite.amountMicros === undefined || composite.amountMicros === '') return '';
        const amount = Number(composite.amountMicros) / 1e6;
        return `${amount.toLocaleString('en-US', { maximumFractionDigits: 6 })} ${text(composite.currencyCode)}`.trim();
      }
      case 'ADDRESS':
        return [composite.addressCity, composite.addressCountry].map(text).filter(Boolean).join(', ');
      case 'ACTOR': {
        const name = text(composite.name);
        const source = text(composite.source);
        return name && source ? `${name} (${source})` : name || source;
      }
      case 'RICH_TEXT':
        return truncate(text(composite.markdown));
      default:
        return truncate(JSON.stringify(value));
    }
  }
  if (Array.isArray(value)) return truncate(value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join(', '));
  if (typeof value === 'object') return truncate(JSON.stringify(value));
  if (field.type === 'SELECT') return field.options?.find((option) => option.value === value)?.label ?? String(value);
  return truncate(String(value));
}

export type SortDirection = 'AscNullsFirst' | 'DescNullsLast';
export interface RecordSort {
  /** The record key (a join column for a relation). */
  key: string;
  direction: SortDirection;
}

/** Whether the Core API can order by the field (ONE_TO_MANY and free-form values cannot). */
export function isSortable(field: WorkspaceFieldInfo): boolean {
  if (isComposite(field)) return field.type in primarySubfield && field.type !== 'RICH_TEXT';
  return !['RAW_JSON', 'ARRAY', 'MULTI_SELECT', 'FILES', 'TS_VECTOR', 'MORPH_RELATION'].includes(field.type);
}

/** `orderBy` in the Core API's shape: `[{ name: { firstName: 'AscNullsFirst' } }]` for a composite. */
export function orderByFor(object: WorkspaceObjectInfo, sort: RecordSort | null): Record<string, unknown>[] | undefined {
  if (!sort) return undefined;
  const field = object.fields.find((candidate) => recordKey(candidate) === sort.key);
  if (!field) return undefined;
  if (isComposite(field)) {
    const sub = primarySubfield[field.type];
    return sub ? [{ [field.name]: { [sub]: sort.direction } }] : undefined;
  }
  return [{ [sort.key]: sort.direction }];
}

export const filterOperators = [
  { value: 'eq', label: '=' },
  { value: 'neq', label: '≠' },
  { value: 'contains', label: 'contains' },
  { value: 'startsWith', label: 'starts with' },
  { value: 'gt', label: '>' },
  { value: 'gte', label: '≥' },
  { value: 'lt', label: '<' },
  { value: 'lte', label: '≤' },
  { value: 'isNull', label: 'is empty' },
  { value: 'isNotNull', label: 'is not empty' },
] as const;
export type FilterOperator = (typeof filterOperators)[number]['value'];

export interface RecordFilter {
  /** `field` or `field.subfield` (a composite's subfield), or a join column. */
  path: string;
  operator: FilterOperator;
  value: string;
}

/** What a filter can target: each stored field, each subfield of a composite (except JSON ones). */
export function filterTargets(object: WorkspaceObjectInfo): { path: string; label: string }[] {
  const targets: { path: string; label: string }[] = [];
  for (const field of tableFields(object)) {
    if (['RAW_JSON', 'FILES', 'MORPH_RELATION'].includes(field.type)) continue;
    if (isComposite(field)) {
      for (const sub of field.subfields!) {
        if (jsonSubfields.has(sub) || sub === 'blocknote') continue;
        targets.push({ path: `${field.name}.${sub}`, label: `${field.label} › ${sub}` });
      }
    } else targets.push({ path: recordKey(field), label: isRelation(field) ? `${field.label} (id)` : field.label });
  }
  return targets;
}

function fieldAt(object: WorkspaceObjectInfo, path: string): { field: WorkspaceFieldInfo; sub: string | null } | null {
  const [name, sub] = path.split('.');
  const field = object.fields.find((candidate) => recordKey(candidate) === name || candidate.name === name);
  return field ? { field, sub: sub ?? null } : null;
}

function typedValue(field: WorkspaceFieldInfo, sub: string | null, raw: string): unknown {
  if (sub) return numericSubfields.has(sub) ? Number(raw) : raw;
  if (['NUMBER', 'NUMERIC', 'POSITION'].includes(field.type)) return Number(raw);
  if (field.type === 'BOOLEAN') return raw.trim().toLowerCase() === 'true';
  return raw;
}

/** The filter as the Core API takes it (`{ name: { ilike: '%acme%' } }`, `{ name: { firstName: { eq } } }`). */
export function filterFor(object: WorkspaceObjectInfo, filter: RecordFilter | null): Record<string, unknown> | undefined {
  if (!filter) return undefined;
  const target = fieldAt(object, filter.path);
  if (!target) return undefined;
  const value = typedValue(target.field, target.sub, filter.value);
  let operators: Record<string, unknown>;
  switch (filter.operator) {
    case 'contains':
      operators = { ilike: `%${filter.value}%` };
      break;
    case 'isNull':
      operators = { is: 'NULL' };
      break;
    case 'isNotNull':
      operators = { is: 'NOT_NULL' };
      break;
    default:
      operators = { [filter.operator]: value };
  }
  if (target.sub) return { [target.field.name]: { [target.sub]: operators } };
  return { [recordKey(target.field)]: operators };
}

/** Composite subfields holding JSON (lists of secondary links, emails, phones; an actor's context). */
const jsonSubfields = new Set(['secondaryLinks', 'additionalEmails', 'additionalPhones', 'context']);
/** Composite subfields that are numbers. */
const numericSubfields = new Set(['amountMicros', 'addressLat', 'addressLng']);
/** Subfields the server sets itself. */
const readOnlySubfields = new Set(['workspaceMemberId', 'name']);

/** An input of the record form: one per scalar field, one per editable composite subfield. */
export interface FormInput {
  /** `field` or `field.subfield`; a relation's join column. */
  path: string;
  label: string;
  kind: 'text' | 'textarea' | 'number' | 'boolean' | 'select' | 'multi' | 'json' | 'uuid' | 'date' | 'datetime' | 'amount';
  options?: { value: string; label: string }[];
  required: boolean;
  field: WorkspaceFieldInfo;
}

/** The fields a person may write: not the server's own (id, dates, actors), not the reverse side of a relation. */
export function formInputs(object: WorkspaceObjectInfo): FormInput[] {
  const inputs: FormInput[] = [];
  for (const field of tableFields(object)) {
    if (field.isReadOnly || field.isSystem || field.type === 'FILES' || field.type === 'POSITION' || field.type === 'MORPH_RELATION') continue;
    const required = !field.isNullable;
    if (isRelation(field)) {
      if (field.relation?.type === 'MANY_TO_ONE') inputs.push({ path: recordKey(field), label: `${field.label} (${field.relation.targetObject} id)`, kind: 'uuid', required, field });
      continue;
    }
    if (isComposite(field)) {
      if (field.type === 'ACTOR') continue;
      for (const sub of field.subfields!) {
        if (jsonSubfields.has(sub) || readOnlySubfields.has(sub) || sub === 'blocknote') continue;
        const kind: FormInput['kind'] = sub === 'amountMicros' ? 'amount' : numericSubfields.has(sub) ? 'number' : field.type === 'RICH_TEXT' ? 'textarea' : 'text';
        inputs.push({ path: `${field.name}.${sub}`, label: `${field.label} › ${sub === 'amountMicros' ? 'amount' : sub}`, kind, required: false, field });
      }
      continue;
    }
    const options = field.options?.map(({ value, label }) => ({ value, label }));
    const kind: FormInput['kind'] =
      field.type === 'BOOLEAN' ? 'boolean'
        : field.type === 'SELECT' || field.type === 'RATING' ? 'select'
          : field.type === 'MULTI_SELECT' || field.type === 'ARRAY' ? 'multi'
            : field.type === 'RAW_JSON' ? 'json'
              : field.type === 'NUMBER' || field.type === 'NUMERIC' ? 'number'
                : field.type === 'UUID' ? 'uuid'
                  : field.type === 'DATE' ? 'date'
                    : field.type === 'DATE_TIME' ? 'datetime'
                      : 'text';
    inputs.push({ path: field.name, label: field.label, kind, options, required, field });
  }
  return inputs;
}

export type FormValues = Record<string, string | boolean>;

function read(record: WorkspaceRecord | null, path: string): unknown {
  if (!record) return undefined;
  const [name, sub] = path.split('.');
  const value = record[name!];
  if (!sub) return value;
  return value && typeof value === 'object' ? (value as Record<string, unknown>)[sub] : undefined;
}

/** The form's text for a record (or an empty form for a new one). */
export function formValuesOf(inputs: FormInput[], record: WorkspaceRecord | null): FormValues {
  const values: FormValues = {};
  for (const input of inputs) {
    const value = read(record, input.path);
    if (input.kind === 'boolean') values[input.path] = value === true;
    else if (value === null || value === undefined) values[input.path] = '';
    else if (input.kind === 'amount') values[input.path] = value === '' ? '' : String(Number(value) / 1e6);
    else if (input.kind === 'multi') values[input.path] = Array.isArray(value) ? value.join(', ') : String(value);
    else if (input.kind === 'json') values[input.path] = JSON.stringify(value, null, 2);
    else values[input.path] = String(value);
  }
  return values;
}

/** A value the form cannot send, with the input it belongs to. */
export class FormValueError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

function parseInput(input: FormInput, raw: string | boolean): unknown {
  if (input.kind === 'boolean') return raw === true;
  const value = String(raw);
  if (value.trim() === '') return input.field.subfields ? '' : null;
  switch (input.kind) {
    case 'number': {
      const number = Number(value);
      if (!Number.isFinite(number)) throw new FormValueError(input.path, `${input.label}: "${value}" is not a number`);
      return number;
    }
    case 'amount': {
      const number = Number(value);
      if (!Number.isFinite(number)) throw new FormValueError(input.path, `${input.label}: "${value}" is not an amount`);
      return Math.round(number * 1e6);
    }
    case 'multi':
      return value.split(',').map((item) => item.trim()).filter(Boolean);
    case 'json':
      try {
        return JSON.parse(value) as unknown;
      } catch (error) {
        throw new FormValueError(input.path, `${input.label}: ${(error as Error).message}`);
      }
    case 'datetime': {
      const date = new Date(value);
      if (Number.isNaN(date.getTime())) throw new FormValueError(input.path, `${input.label}: "${value}" is not a date`);
      return date.toISOString();
    }
    default:
      return value;
  }
}

/**
 * The `data` of a create or update: for a new record the inputs that were filled, for an edit only
 * what changed (so nothing the person did not touch is rewritten). Composites are sent whole-subfield.
 */
export function formData(inputs: FormInput[], values: FormValues, initial: FormValues | null): WorkspaceRecord {
  const data: WorkspaceRecord = {};
  for (const input of inputs) {
    const raw = values[input.path] ?? '';
    if (initial ? initial[input.path] === raw : raw === '' || raw === false) continue;
    const value = parseInput(input, raw);
    const [name, sub] = input.path.split('.');
    if (sub) {
      const composite = (data[name!] ??= {}) as Record<string, unknown>;
      composite[sub] = numericSubfields.has(sub) && value === '' ? null : value;
    } else data[name!] = value;
  }
  return data;
}

/** What a record is called in a list: its label identifier, else its id. */
export function recordLabel(object: WorkspaceObjectInfo, record: WorkspaceRecord): string {
  const field = object.fields.find((candidate) => candidate.name === object.labelIdentifierField);
  const label = field ? displayValue(field, record[field.name]) : '';
  return label || String(record.id ?? '');
}
