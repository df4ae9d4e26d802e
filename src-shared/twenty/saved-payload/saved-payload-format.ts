/**
 * The saved-payload file format: one JSON file per payload under
 * `.twenty-studio/payloads/<function-name>/<payload-name>.json` in the app folder. Teams commit these
 * files, so the text is deterministic (keys sorted at every level, 2-space indent, trailing newline):
 * saving the same payload twice gives the same bytes and a diff shows only what changed.
 */

export const SAVED_PAYLOAD_VERSION = 1;
export const SAVED_PAYLOADS_DIR = '.twenty-studio/payloads';

/** `manual`: a function with no trigger, run only by `exec` (`twenty dev:function:exec`) with any JSON payload. */
export const SAVED_PAYLOAD_TRIGGERS = ['route', 'databaseEvent', 'cron', 'tool', 'workflowAction', 'preInstall', 'postInstall', 'uninstall', 'manual'] as const;
export type SavedPayloadTrigger = (typeof SAVED_PAYLOAD_TRIGGERS)[number];

export type SavedPayloadExpectation = {
  status?: 'SUCCESS' | 'ERROR';
  /** A subset of the returned data: every key given must match, others are ignored. */
  data?: unknown;
  /** Routes only: the HTTP answer the server would send (headers and body matched as subsets). */
  response?: { status?: number; headers?: Record<string, string>; body?: unknown };
};

export type SavedPayload = {
  version: typeof SAVED_PAYLOAD_VERSION;
  function: { universalIdentifier: string; name: string };
  trigger: SavedPayloadTrigger;
  /** What the composer was given (route request, record before/after, ...), so it can be reopened. */
  inputs: Record<string, unknown>;
  payload: unknown;
  expect?: SavedPayloadExpectation;
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy with object keys sorted at every level (arrays keep their order). */
export const sortKeysDeep = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (!isPlainObject(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    if (value[key] !== undefined) sorted[key] = sortKeysDeep(value[key]);
  }
  return sorted;
};

/** The exact file text: sorted keys, 2-space indent, trailing newline. */
export const serializeSavedPayload = (saved: SavedPayload): string => `${JSON.stringify(sortKeysDeep(saved), null, 2)}\n`;

export type ParseSavedPayloadResult = { ok: true; value: SavedPayload } | { ok: false; error: string };

/** Reads a file's text; says what is wrong rather than throwing (a teammate may have hand-edited it). */
export const parseSavedPayload = (text: string): ParseSavedPayloadResult => {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `Not valid JSON: ${(error as Error).message}` };
  }
  if (!isPlainObject(raw)) return { ok: false, error: 'A saved payload is a JSON object.' };
  if (raw.version !== SAVED_PAYLOAD_VERSION) return { ok: false, error: `Unsupported version ${JSON.stringify(raw.version)} (expected ${SAVED_PAYLOAD_VERSION}).` };
  const fn = raw.function;
  if (!isPlainObject(fn) || typeof fn.universalIdentifier !== 'string' || typeof fn.name !== 'string') {
    return { ok: false, error: '"function" must be { "universalIdentifier": string, "name": string }.' };
  }
  if (typeof raw.trigger !== 'string' || !(SAVED_PAYLOAD_TRIGGERS as readonly string[]).includes(raw.trigger)) {
    return { ok: false, error: `"trigger" must be one of ${SAVED_PAYLOAD_TRIGGERS.join(', ')}.` };
  }
  if (raw.inputs !== undefined && !isPlainObject(raw.inputs)) return { ok: false, error: '"inputs" must be an object.' };
  if (!('payload' in raw)) return { ok: false, error: '"payload" is missing.' };
  const expectation = raw.expect;
  if (expectation !== undefined) {
    if (!isPlainObject(expectation)) return { ok: false, error: '"expect" must be an object.' };
    if (expectation.status !== undefined && expectation.status !== 'SUCCESS' && expectation.status !== 'ERROR') {
      return { ok: false, error: '"expect.status" must be "SUCCESS" or "ERROR".' };
    }
    const response = expectation.response;
    if (response !== undefined) {
      if (!isPlainObject(response)) return { ok: false, error: '"expect.response" must be an object.' };
      if (response.status !== undefined && (typeof response.status !== 'number' || !Number.isInteger(response.status))) {
        return { ok: false, error: '"expect.response.status" must be an integer.' };
      }
      if (response.headers !== undefined && (!isPlainObject(response.headers) || Object.values(response.headers).some((v) => typeof v !== 'string'))) {
        return { ok: false, error: '"expect.response.headers" must map header names to strings.' };
      }
    }
  }
  return {
    ok: true,
    value: {
      version: SAVED_PAYLOAD_VERSION,
      function: { universalIdentifier: fn.universalIdentifier, name: fn.name },
      trigger: raw.trigger as SavedPayloadTrigger,
      inputs: (raw.inputs as Record<string, unknown> | undefined) ?? {},
      payload: raw.payload,
      ...(expectation !== undefined ? { expect: expectation as SavedPayloadExpectation } : {}),
    },
  };
};

/**
 * A function name as a folder name: characters that are unsafe in paths on any OS become '-'.
 * Functions without a name use their universalIdentifier.
 */
export const functionFolderName = (fn: { name?: string | null; universalIdentifier: string }): string => {
  const base = (fn.name ?? '').trim() || fn.universalIdentifier;
  const safe = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '');
  return safe === '' ? fn.universalIdentifier : safe;
};

/** Null when the name can be a file name on every OS, else why not. */
export const payloadNameProblem = (name: string): string | null => {
  if (name.trim() === '') return 'A payload name cannot be empty.';
  if (name.length > 100) return 'A payload name has at most 100 characters.';
  if (!/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/.test(name)) {
    return 'A payload name starts with a letter or digit and contains only letters, digits, spaces, ".", "_" and "-".';
  }
  if (name.endsWith('.') || name.endsWith(' ')) return 'A payload name cannot end with "." or a space.';
  return null;
};

/** `.twenty-studio/payloads/<function-folder>/<payload-name>.json`, relative to the app folder. */
export const savedPayloadPath = (functionFolder: string, payloadName: string): string =>
  `${SAVED_PAYLOADS_DIR}/${functionFolder}/${payloadName}.json`;

/** "name", "name copy", "name copy 2", ... the first not in `taken`. */
export const nextCopyName = (name: string, taken: readonly string[]): string => {
  const base = `${name} copy`;
  if (!taken.includes(base)) return base;
  for (let i = 2; ; i++) if (!taken.includes(`${base} ${i}`)) return `${base} ${i}`;
};
