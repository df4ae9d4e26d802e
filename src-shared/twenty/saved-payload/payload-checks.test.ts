import { describe, expect, it } from 'vitest';
import { checkExpectation, subsetMismatches } from './expectation-check';
import { buildCurlCommand, buildExecCommand, routeUrl, shellQuote } from './export-commands';
import { validateInputPayload } from './input-validation';
import { payloadTemplate } from './payload-template';
import type { SavedPayload } from './saved-payload-format';
import { functionTriggers, savedPayloadStaleness, type FunctionShape } from './staleness';

describe('checkExpectation', () => {
  it.each([
    ['equal scalars', 1, 1, []],
    ['a subset of an object', { a: 1 }, { a: 1, b: 2 }, []],
    ['a nested subset', { a: { b: [1, { c: 2 }] } }, { a: { b: [1, { c: 2, d: 3 }], e: 1 } }, []],
    ['a different value', { a: 1 }, { a: 2 }, ['$.a: expected 1, got 2']],
    ['a missing key', { a: { b: 1 } }, { a: {} }, ['$.a.b: expected 1, but it is missing']],
    ['an array of another length', [1, 2], [1], ['$: expected 2 items, got 1']],
    ['an array element', [{ id: 'x' }], [{ id: 'y' }], ['$[0].id: expected "x", got "y"']],
    ['an odd key', { 'x-y': 1 }, {}, ['$["x-y"]: expected 1, but it is missing']],
    ['null vs object', { a: null }, { a: {} }, ['$.a: expected null, got {}']],
  ])('%s', (_label, expected, actual, messages) => {
    expect(subsetMismatches(expected, actual, '$').map((m) => m.message)).toEqual(messages);
  });

  it('checks status, data, and the HTTP response (header names case-insensitive, media type without parameters)', () => {
    const actual = {
      status: 'SUCCESS' as const,
      data: { ok: true, n: 2 },
      response: { status: 201, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: '{"ok":true,"n":2}' },
    };
    expect(checkExpectation({ status: 'SUCCESS', data: { ok: true }, response: { status: 201, headers: { 'content-type': 'application/json' }, body: { n: 2 } } }, actual)).toEqual([]);
    const mismatches = checkExpectation({ status: 'ERROR', response: { status: 200, headers: { 'cache-control': 'no-store' }, body: { n: 3 } } }, actual);
    expect(mismatches.map((m) => m.path)).toEqual(['$.status', '$.response.status', '$.response.headers["cache-control"]', '$.response.body.n']);
    expect(mismatches[3]).toMatchObject({ expected: 3, actual: 2 });
  });

  it('explains an ERROR with the error message, and a response expectation on a run that is not a route', () => {
    const [status, response] = checkExpectation({ status: 'SUCCESS', response: { status: 200 } }, { status: 'ERROR', data: null, error: { errorType: 'TypeError', errorMessage: 'boom' } });
    expect(status.message).toBe('$.status: expected SUCCESS, got ERROR (TypeError: boom)');
    expect(response.path).toBe('$.response');
  });

  it('compares a text body as a string', () => {
    expect(checkExpectation({ response: { body: 'a,b\n' } }, { status: 'SUCCESS', data: null, response: { status: 200, headers: {}, body: 'a,b\n' } })).toEqual([]);
  });
});

describe('export commands', () => {
  it.each([
    ['plain', 'plain'],
    ['/s/a?b=1', "'/s/a?b=1'"],
    ["it's", "'it'\\''s'"],
    ['$HOME', "'$HOME'"],
    ['', "''"],
  ])('shellQuote(%j) = %s', (value, quoted) => expect(shellQuote(value)).toBe(quoted));

  it.each([
    ['http://127.0.0.1:4000', '/s/items/1', 'http://127.0.0.1:4000/s/items/1'],
    ['https://crm.example.com/s/', '/s/items/1?x=1', 'https://crm.example.com/s/items/1?x=1'],
    ['https://crm.example.com/s', 'items/1', 'https://crm.example.com/s/items/1'],
  ])('routeUrl(%s, %s)', (base, url, full) => expect(routeUrl(base, url)).toBe(full));

  it('builds curl with method, quoted URL, headers, body and a token variable the shell expands', () => {
    const command = buildCurlCommand({
      method: 'post',
      url: '/s/hooks?a=1&b=2',
      headers: [{ name: 'content-type', value: 'application/json' }],
      body: `{"name":"O'Brien"}`,
      baseUrl: 'https://crm.example.com/s/',
      bearerTokenVariable: 'TWENTY_API_KEY',
    });
    expect(command).toBe(`curl -X POST 'https://crm.example.com/s/hooks?a=1&b=2' -H 'content-type: application/json' -H "Authorization: Bearer \${TWENTY_API_KEY}" --data-raw '{"name":"O'\\''Brien"}'`);
    expect(buildCurlCommand({ method: 'GET', url: '/s/x', baseUrl: 'http://127.0.0.1:1' })).toBe('curl http://127.0.0.1:1/s/x');
  });

  it('builds yarn twenty dev:function:exec with -n, or -u without a name', () => {
    expect(buildExecCommand({ name: 'hello', universalIdentifier: 'u', payload: { who: "it's me" } })).toBe(`yarn twenty dev:function:exec -n hello -p '{"who":"it'\\''s me"}'`);
    expect(buildExecCommand({ name: null, universalIdentifier: 'b1e2-3', payload: undefined })).toBe(`yarn twenty dev:function:exec -u b1e2-3 -p '{}'`);
  });
});

describe('validateInputPayload', () => {
  const tool = {
    type: 'object',
    properties: {
      amount: { type: 'integer' },
      currency: { type: 'string', enum: ['EUR', 'USD'] },
      tags: { type: 'array', items: { type: 'string' } },
      address: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
      'odd-key': { type: 'boolean' },
    },
    required: ['amount', 'currency'],
  };
  it.each([
    ['a valid input', { amount: 1, currency: 'EUR', tags: ['a'], address: { city: 'Paris' } }, []],
    ['missing required fields', {}, ['$.amount: required', '$.currency: required']],
    ['a wrong type', { amount: 1.5, currency: 'EUR' }, ['$.amount: expected integer, got number']],
    ['a value outside the enum', { amount: 1, currency: 'GBP' }, ['$.currency: must be one of "EUR", "USD", got "GBP"']],
    ['a wrong array item', { amount: 1, currency: 'EUR', tags: ['a', 2] }, ['$.tags[1]: expected string, got integer']],
    ['a nested required field', { amount: 1, currency: 'EUR', address: {} }, ['$.address.city: required']],
    ['an odd key', { amount: 1, currency: 'EUR', 'odd-key': 'yes' }, ['$["odd-key"]: expected boolean, got string']],
    ['not an object', 'x', ['$: expected object, got string']],
  ])('%s', (_label, payload, messages) => {
    expect(validateInputPayload(tool, payload).map((p) => p.message)).toEqual(messages);
  });

  it("reads a workflow action's field list (first entry) with its record types", () => {
    const workflow = [{ type: 'object', properties: { domain: { type: 'string' }, company: { type: 'record' }, people: { type: 'records' }, any: { type: 'unknown' } } }];
    expect(validateInputPayload(workflow, { domain: 'x.com', company: 'id-1', people: [], any: 3 })).toEqual([]);
    expect(validateInputPayload(workflow, { domain: 1, company: 2 }).map((p) => p.path)).toEqual(['$.domain', '$.company']);
  });

  it('accepts anything without a schema, and reports unknown keys only with additionalProperties: false', () => {
    expect(validateInputPayload(undefined, { x: 1 })).toEqual([]);
    expect(validateInputPayload({ type: 'object', properties: {}, additionalProperties: false }, { x: 1 }).map((p) => p.message)).toEqual(['$.x: not in the input schema']);
  });
});

const fn = (config: Record<string, unknown>, defineFunction = 'defineLogicFunction'): FunctionShape => ({ universalIdentifier: 'u-1', name: 'f', defineFunction, config });

const savedRoute = (inputs: Record<string, unknown>, payload: unknown = { pathParameters: { id: '1' } }): SavedPayload => ({
  version: 1, function: { universalIdentifier: 'u-1', name: 'f' }, trigger: 'route', inputs, payload,
});

describe('savedPayloadStaleness', () => {
  const route = fn({ httpRouteTriggerSettings: { path: '/items/:id', httpMethod: 'GET', isAuthRequired: false } });
  it.each([
    ['the request still matches', route, savedRoute({ method: 'GET', url: '/s/items/1?x=1' }), null],
    ['the function is gone', null, savedRoute({ method: 'GET', url: '/s/items/1' }), /no longer exists/],
    ['the trigger was removed', fn({ cronTriggerSettings: { pattern: '* * * * *' } }), savedRoute({ method: 'GET', url: '/s/items/1' }), /no longer has a HTTP route trigger \(now: cron\)/],
    ['the method changed', fn({ httpRouteTriggerSettings: { path: '/items/:id', httpMethod: 'POST' } }), savedRoute({ method: 'GET', url: '/s/items/1' }), /now answers POST, not GET/],
    ['the path changed', fn({ httpRouteTriggerSettings: { path: '/products/:id', httpMethod: 'GET' } }), savedRoute({ method: 'GET', url: '/s/items/1' }), /path is now \/products\/:id/],
    ['the path parameters were renamed', fn({ httpRouteTriggerSettings: { path: '/items/:itemId', httpMethod: 'GET' } }), savedRoute({ method: 'GET', url: '/s/items/1' }), /parameters are now itemId; the saved payload has id/],
    ['no inputs: read from the payload', route, savedRoute({}, { pathParameters: { id: '1' }, requestContext: { http: { method: 'GET', path: '/s/items/1' } } }), null],
  ])('%s', (_label, shape, saved, reason) => {
    const result = savedPayloadStaleness(saved, shape);
    if (reason === null) expect(result).toBeNull();
    else expect(result).toMatch(reason);
  });

  it('flags a database event the function no longer fires for, and a tool input that no longer fits', () => {
    const event: SavedPayload = { version: 1, function: { universalIdentifier: 'u-1', name: 'f' }, trigger: 'databaseEvent', inputs: { object: 'person', operation: 'updated' }, payload: { name: 'person.updated', properties: { updatedFields: ['name'] } } };
    expect(savedPayloadStaleness(event, fn({ databaseEventTriggerSettings: { eventName: 'person.*', updatedFields: ['name'] } }))).toBeNull();
    expect(savedPayloadStaleness(event, fn({ databaseEventTriggerSettings: { eventName: 'person.updated', updatedFields: ['emails'] } }))).toMatch(/none of the watched fields/);
    expect(savedPayloadStaleness(event, fn({ databaseEventTriggerSettings: { eventName: 'company.updated' } }))).toMatch(/does not match person.updated/);
    const tool: SavedPayload = { version: 1, function: { universalIdentifier: 'u-1', name: 'f' }, trigger: 'tool', inputs: {}, payload: { a: 1 } };
    expect(savedPayloadStaleness(tool, fn({ toolTriggerSettings: { inputSchema: { type: 'object', properties: { a: { type: 'number' } } } } }))).toBeNull();
    expect(savedPayloadStaleness(tool, fn({ toolTriggerSettings: { inputSchema: { type: 'object', properties: { a: { type: 'string' } }, required: ['b'] } } }))).toMatch(/\$\.b: required.*\$\.a: expected string/);
  });

  it('keeps a request to a resolver\'s /webhooks/server route while it still reaches the resolver', () => {
    const resolver = fn({ serverRouteTriggerSettings: { httpMethods: ['POST'] } });
    expect(functionTriggers(resolver)).toEqual(['route']);
    expect(savedPayloadStaleness(savedRoute({ method: 'POST', url: '/webhooks/server/u-1' }, {}), resolver)).toBeNull();
    expect(savedPayloadStaleness(savedRoute({ method: 'GET', url: '/webhooks/server/u-1' }, {}), resolver)).toBe('The server route now accepts POST, not GET.');
    expect(savedPayloadStaleness(savedRoute({ method: 'POST', url: '/webhooks/server/other' }, {}), resolver)).toMatch(/server route of other, not of this function/);
    expect(savedPayloadStaleness(savedRoute({ method: 'POST', url: '/s/items/1' }, {}), resolver)).toMatch(/not the function's server route \(\/webhooks\/server\/u-1\)/);
    expect(savedPayloadStaleness(savedRoute({ method: 'POST', url: '/webhooks/server/u-1' }, {}), fn({ httpRouteTriggerSettings: { path: '/x', httpMethod: 'POST' } }))).toBe('The function no longer has serverRouteTriggerSettings.');
    // Its template is the RoutePayload of a request to its server route.
    const template = payloadTemplate({ ...resolver, config: { ...resolver.config, universalIdentifier: 'u-1' } }, undefined, null);
    expect(template.trigger).toBe('route');
    expect(template.payload).toMatchObject({ pathParameters: {}, requestContext: { http: { method: 'POST', path: '/webhooks/server/u-1' } } });
  });

  it('knows install hooks by their define function', () => {
    expect(functionTriggers(fn({}, 'definePostInstallLogicFunction'))).toEqual(['postInstall']);
    expect(functionTriggers(fn({ httpRouteTriggerSettings: {}, cronTriggerSettings: {}, isTool: true }))).toEqual(['route', 'cron', 'tool']);
    const install: SavedPayload = { version: 1, function: { universalIdentifier: 'u-1', name: 'f' }, trigger: 'postInstall', inputs: {}, payload: {} };
    expect(savedPayloadStaleness(install, fn({}, 'definePostInstallLogicFunction'))).toMatch(/newVersion/);
  });
});

describe('payloadTemplate', () => {
  it.each([
    ['cron', fn({ cronTriggerSettings: { pattern: '0 * * * *' } }), undefined, {}],
    ['post-install', fn({}, 'definePostInstallLogicFunction'), undefined, { newVersion: '1.2.0' }],
    ['uninstall', fn({}, 'defineUninstallLogicFunction'), undefined, { version: '1.2.0' }],
    ['tool', fn({ toolTriggerSettings: { inputSchema: { type: 'object', properties: { n: { type: 'number' }, c: { type: 'string', enum: ['EUR'] } } } } }), undefined, { n: 1, c: 'EUR' }],
    ['workflow action', fn({ workflowActionTriggerSettings: { inputSchema: [{ type: 'object', properties: { ok: { type: 'boolean' } } }] } }), undefined, { ok: true }],
  ])('%s', (_label, shape, trigger, payload) => {
    expect(payloadTemplate(shape, trigger, '1.2.0').payload).toEqual(payload);
  });

  it('builds the trigger asked for on a function with several', () => {
    const shape = fn({ httpRouteTriggerSettings: { path: '/items/:id', httpMethod: 'GET' }, cronTriggerSettings: { pattern: '* * * * *' } });
    const route = payloadTemplate(shape, undefined, null);
    expect(route.trigger).toBe('route');
    expect(route.triggers).toEqual(['route', 'cron']);
    expect(route.payload).toMatchObject({ pathParameters: { id: 'example-id' }, requestContext: { http: { method: 'GET', path: '/s/items/example-id' } } });
    expect(payloadTemplate(shape, 'cron', null).payload).toEqual({});
  });
});
