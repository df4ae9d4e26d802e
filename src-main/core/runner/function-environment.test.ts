import { describe, expect, it } from 'vitest';
import { buildBaseProcessEnvironment, buildFunctionEnvironment, serializeVariableValue } from './function-environment';

describe('serializeVariableValue', () => {
  it.each([
    ['text', 'text'],
    ['', ''],
    [true, 'true'],
    [false, 'false'],
    [42, '42'],
    [null, ''],
    [undefined, ''],
    [['a', 1, null], '["a",1,null]'],
    [{ nested: { ok: true } }, '{"nested":{"ok":true}}'],
  ])('%j -> %j', (value, expected) => {
    expect(serializeVariableValue(value)).toBe(expected);
  });
});

describe('buildFunctionEnvironment', () => {
  const base = {
    apiUrl: 'https://api.example',
    appAccessToken: 'a',
    applicationAccessToken: 'b',
    apiKey: 'c',
    functionsUrl: 'https://functions.example',
    applicationId: 'app',
  };

  it('lets workspace applicationVariables win over serverVariables', () => {
    const env = buildFunctionEnvironment({ ...base, serverVariables: { SAME: 'server', ONLY_SERVER: 1 }, applicationVariables: { SAME: 'workspace' } });
    expect(env.SAME).toBe('workspace');
    expect(env.ONLY_SERVER).toBe('1');
  });

  it('never lets a variable replace an injected name or smuggle NODE_OPTIONS in', () => {
    const env = buildFunctionEnvironment({ ...base, applicationVariables: { TWENTY_API_URL: 'evil', APPLICATION_ID: 'evil', NODE_OPTIONS: '--require x' } });
    expect(env.TWENTY_API_URL).toBe('https://api.example');
    expect(env.APPLICATION_ID).toBe('app');
    expect(env).not.toHaveProperty('NODE_OPTIONS');
  });
});

describe('buildBaseProcessEnvironment', () => {
  it('holds only PATH, HOME and TMPDIR, with the node binary reachable on PATH', () => {
    if (process.platform === 'win32') return;
    const env = buildBaseProcessEnvironment('/opt/node/bin/node', '/tmp/run-1', '/home/someone');
    expect(Object.keys(env).sort()).toEqual(['HOME', 'PATH', 'TMPDIR']);
    expect(env.PATH.split(':')[0]).toBe('/opt/node/bin');
    expect(env.TMPDIR).toBe('/tmp/run-1');
  });
});
