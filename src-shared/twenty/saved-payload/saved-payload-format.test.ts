import { describe, expect, it } from 'vitest';
import {
  functionFolderName, nextCopyName, parseSavedPayload, payloadNameProblem, savedPayloadPath, serializeSavedPayload, type SavedPayload,
} from './saved-payload-format';

const saved: SavedPayload = {
  version: 1,
  function: { universalIdentifier: 'u-1', name: 'hello' },
  trigger: 'route',
  inputs: { url: '/s/hello', method: 'GET' },
  payload: { z: 1, a: { d: [{ y: 1, b: 2 }], c: null } },
  expect: { status: 'SUCCESS' },
};

describe('serializeSavedPayload', () => {
  it('sorts keys at every level (arrays keep their order), indents by 2 and ends with a newline', () => {
    const text = serializeSavedPayload(saved);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual(['expect', 'function', 'inputs', 'payload', 'trigger', 'version']);
    expect(text).toContain('  "payload": {\n    "a": {\n      "c": null,\n      "d": [\n        {\n          "b": 2,\n          "y": 1');
  });

  it('gives the same bytes whatever the key order it was given, and leaves out undefined', () => {
    const shuffled = { payload: saved.payload, expect: saved.expect, trigger: saved.trigger, inputs: { method: 'GET', url: '/s/hello', gone: undefined }, function: { name: 'hello', universalIdentifier: 'u-1' }, version: 1 } as SavedPayload;
    expect(serializeSavedPayload(shuffled)).toBe(serializeSavedPayload(saved));
  });

  it('round-trips through parseSavedPayload', () => {
    const parsed = parseSavedPayload(serializeSavedPayload(saved));
    expect(parsed).toEqual({ ok: true, value: saved });
  });
});

describe('parseSavedPayload', () => {
  const base = JSON.parse(serializeSavedPayload(saved)) as Record<string, unknown>;
  it.each([
    ['not JSON', '{', /Not valid JSON/],
    ['an array', '[]', /JSON object/],
    ['another version', JSON.stringify({ ...base, version: 2 }), /Unsupported version 2/],
    ['no function name', JSON.stringify({ ...base, function: { universalIdentifier: 'u' } }), /"function"/],
    ['an unknown trigger', JSON.stringify({ ...base, trigger: 'webhook' }), /"trigger" must be one of/],
    ['inputs not an object', JSON.stringify({ ...base, inputs: [] }), /"inputs"/],
    ['no payload', JSON.stringify({ ...base, payload: undefined }), /"payload" is missing/],
    ['a bad expected status', JSON.stringify({ ...base, expect: { status: 'OK' } }), /"expect.status"/],
    ['a bad response status', JSON.stringify({ ...base, expect: { response: { status: '200' } } }), /"expect.response.status"/],
    ['non-string headers', JSON.stringify({ ...base, expect: { response: { headers: { a: 1 } } } }), /"expect.response.headers"/],
  ])('refuses %s', (_label, text, message) => {
    const parsed = parseSavedPayload(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('defaults missing inputs to {} and keeps a null payload', () => {
    const parsed = parseSavedPayload(JSON.stringify({ ...base, inputs: undefined, payload: null }));
    expect(parsed.ok && parsed.value.inputs).toEqual({});
    expect(parsed.ok && parsed.value.payload).toBeNull();
  });
});

describe('names and paths', () => {
  it.each([
    [{ name: 'hello', universalIdentifier: 'u' }, 'hello'],
    [{ name: 'Send email / notify', universalIdentifier: 'u' }, 'Send-email-notify'],
    [{ name: '../escape', universalIdentifier: 'u' }, 'escape'],
    [{ name: null, universalIdentifier: 'b1e2' }, 'b1e2'],
    [{ name: '   ', universalIdentifier: 'b1e2' }, 'b1e2'],
  ])('functionFolderName(%j) = %s', (fn, folder) => expect(functionFolderName(fn)).toBe(folder));

  it.each([
    ['signed invoice', null],
    ['v1.2_ok-name', null],
    ['', /empty/],
    ['../x', /starts with a letter or digit/],
    ['a/b', /only letters/],
    ['.hidden', /starts with a letter or digit/],
    ['trailing.', /cannot end/],
    ['x'.repeat(101), /at most 100/],
  ])('payloadNameProblem(%j)', (name, problem) => {
    const result = payloadNameProblem(name);
    if (problem === null) expect(result).toBeNull();
    else expect(result).toMatch(problem);
  });

  it('places a payload under .twenty-studio/payloads/<function>/<name>.json', () => {
    expect(savedPayloadPath('hello', 'signed invoice')).toBe('.twenty-studio/payloads/hello/signed invoice.json');
  });

  it('names copies "x copy", "x copy 2", ...', () => {
    expect(nextCopyName('a', [])).toBe('a copy');
    expect(nextCopyName('a', ['a copy', 'a copy 2'])).toBe('a copy 3');
  });
});
