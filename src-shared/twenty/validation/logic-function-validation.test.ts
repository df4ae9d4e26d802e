import { describe, expect, it } from 'vitest';

import { describeConfigLiteral } from '../source-edit/config-literal';
import { validateConfigLiteral, validateLogicFunction, type ConfigIssue, type LogicFunctionUnderValidation } from './logic-function-validation';

const UID = 'e1db774f-7534-414b-9ab3-8adda2920644';
const OBJECTS = [
  { nameSingular: 'person', namePlural: 'people', fields: ['name', 'emails', 'city'] },
  { nameSingular: 'company', namePlural: 'companies', fields: ['name', 'domainName'] },
];
const base = { universalIdentifier: UID, handler: () => null };

const issuesOf = (fn: LogicFunctionUnderValidation, context = {}): Pick<ConfigIssue, 'path' | 'severity'>[] =>
  validateLogicFunction(fn, { objects: OBJECTS, ...context }).map(({ path, severity }) => ({ path, severity }));

const messagesOf = (fn: LogicFunctionUnderValidation, context = {}): string[] => validateLogicFunction(fn, { objects: OBJECTS, ...context }).map((i) => i.message);

describe('validateLogicFunction: the SDK’s own messages', () => {
  const ROWS: [string, Record<string, unknown>, ConfigIssue][] = [
    ['universalIdentifier', { handler: () => 1 }, { path: 'universalIdentifier', severity: 'error', message: 'Logic function must have a universalIdentifier' }],
    ['handler', { universalIdentifier: UID }, { path: 'handler', severity: 'error', message: 'Logic function must have a handler' }],
    ['route path', { ...base, httpRouteTriggerSettings: { httpMethod: 'GET', isAuthRequired: true } }, { path: 'httpRouteTriggerSettings.path', severity: 'error', message: 'Route trigger must have a path' }],
    ['route method', { ...base, httpRouteTriggerSettings: { path: '/x', isAuthRequired: true } }, { path: 'httpRouteTriggerSettings.httpMethod', severity: 'error', message: 'Route trigger must have an httpMethod' }],
    ['cron pattern', { ...base, cronTriggerSettings: {} }, { path: 'cronTriggerSettings.pattern', severity: 'error', message: 'Cron trigger must have a pattern' }],
    ['event name', { ...base, databaseEventTriggerSettings: {} }, { path: 'databaseEventTriggerSettings.eventName', severity: 'error', message: 'Database event trigger must have an eventName' }],
  ];
  for (const [name, config, issue] of ROWS) {
    it(`missing ${name}`, () => expect(validateLogicFunction({ config })).toEqual([issue]));
  }

  it('a value that is code is present: not reported missing, not checked', () => {
    const fn = { config: { ...base, httpRouteTriggerSettings: { httpMethod: 'GET', isAuthRequired: true } }, codePaths: ['httpRouteTriggerSettings.path'] };
    expect(validateLogicFunction(fn)).toEqual([]);
  });
});

describe('validateLogicFunction: what the SDK lets through', () => {
  it('timeoutSeconds outside 1..900', () => {
    expect(issuesOf({ config: { ...base, timeoutSeconds: 0 } })).toEqual([{ path: 'timeoutSeconds', severity: 'error' }]);
    expect(issuesOf({ config: { ...base, timeoutSeconds: 901 } })).toEqual([{ path: 'timeoutSeconds', severity: 'error' }]);
    expect(issuesOf({ config: { ...base, timeoutSeconds: 900 } })).toEqual([]);
    expect(messagesOf({ config: { ...base, timeoutSeconds: '30' } })).toEqual(['timeoutSeconds must be a number']);
  });

  it('an invalid universalIdentifier (the whole-app build message)', () => {
    expect(messagesOf({ config: { ...base, universalIdentifier: 'nope' } })).toEqual(['Universal identifier "nope" is not a valid UUID.']);
  });

  it('a route path path-to-regexp cannot parse, an unknown method, bad header names', () => {
    const config = { ...base, httpRouteTriggerSettings: { path: '/users/:', httpMethod: 'FETCH', isAuthRequired: true, forwardedRequestHeaders: ['x-ok', 'bad header'] } };
    const issues = validateLogicFunction({ config });
    expect(issues.map((i) => [i.path, i.severity])).toEqual([
      ['httpRouteTriggerSettings.path', 'error'],
      ['httpRouteTriggerSettings.httpMethod', 'error'],
      ['httpRouteTriggerSettings.forwardedRequestHeaders', 'error'],
    ]);
    expect(issues[0].message).toMatch(/^Route path "\/users\/:" cannot be parsed by path-to-regexp: /);
    expect(issues[2].message).toBe('"bad header" is not a valid header name');
  });

  it('the same method and path as another function: an error when this one never runs', () => {
    const other = { universalIdentifier: 'de94d27e-f75a-4288-b80a-309bb5d3f8ea', name: 'first', httpRouteTriggerSettings: { path: '/hello/:id', httpMethod: 'GET' } };
    const config = { ...base, name: 'second', httpRouteTriggerSettings: { path: '/hello/:name', httpMethod: 'GET', isAuthRequired: false } };
    const issues = validateLogicFunction({ config }, { functions: [other] });
    expect(issues).toEqual([
      { path: 'httpRouteTriggerSettings.path', severity: 'error', message: '2 functions answer GET /hello/:id: "first" wins and "second" never runs.' },
    ]);
    // Listed first (manifest order), it wins: only a warning.
    const self = { universalIdentifier: UID, name: 'second', httpRouteTriggerSettings: config.httpRouteTriggerSettings };
    expect(issuesOf({ config }, { functions: [self, other] })).toEqual([{ path: 'httpRouteTriggerSettings.path', severity: 'warning' }]);
    expect(issuesOf({ config: { ...config, httpRouteTriggerSettings: { ...config.httpRouteTriggerSettings, httpMethod: 'POST' } } }, { functions: [other] })).toEqual([]);
  });

  it('event names: the four forms, known operations, known objects, existing fields', () => {
    const event = (settings: Record<string, unknown>) => ({ config: { ...base, databaseEventTriggerSettings: settings } });
    expect(issuesOf(event({ eventName: 'person.updated', updatedFields: ['name'] }))).toEqual([]);
    expect(issuesOf(event({ eventName: '*.*' }))).toEqual([]);
    expect(messagesOf(event({ eventName: 'person' }))).toEqual(['Event name "person" must be <object>.<operation>, *.<operation>, <object>.* or *.*']);
    expect(messagesOf(event({ eventName: 'person.update' }))[0]).toMatch(/^Unknown operation "update" .*did you mean "person.updated"/);
    expect(messagesOf(event({ eventName: 'people.created' }))).toEqual(['Unknown object "people": event names use the singular name, "person"']);
    expect(messagesOf(event({ eventName: 'person.updated', updatedFields: ['nmae'] }))).toEqual([
      'Field "nmae" does not exist on person (did you mean "name"?): it never matches',
    ]);
    expect(issuesOf(event({ eventName: 'person.created', updatedFields: ['name'] }))).toEqual([{ path: 'databaseEventTriggerSettings.updatedFields', severity: 'warning' }]);
    expect(messagesOf(event({ eventName: 'person.updated', batchMode: 'yes' }))).toEqual(['batchMode must be a boolean']);
  });

  it('a cron pattern that would never run', () => {
    const issues = validateLogicFunction({ config: { ...base, cronTriggerSettings: { pattern: '61 * * * *' } } });
    expect(issues[0]).toEqual({ path: 'cronTriggerSettings.pattern', severity: 'error', message: 'Cron pattern "61 * * * *": minute must be 0-59 (field 1)' });
    expect(issues.slice(1).every((i) => i.severity === 'warning')).toBe(true);
    const february = validateLogicFunction({ config: { ...base, cronTriggerSettings: { pattern: '0 0 31 2 *' } } });
    expect(february[0].severity).toBe('error');
    expect(february[0].message).toMatch(/day of month 31 never occurs in February, so it can never run \(field 3\)/);
  });

  it('triggers on an install hook, and the legacy tool form', () => {
    expect(issuesOf({ defineFunction: 'definePostInstallLogicFunction', config: { ...base, cronTriggerSettings: { pattern: '0 * * * *' } } })).toEqual([
      { path: 'cronTriggerSettings', severity: 'warning' },
    ]);
    expect(issuesOf({ config: { ...base, isTool: true } })).toEqual([{ path: 'isTool', severity: 'warning' }]);
  });
});

describe('validateConfigLiteral', () => {
  it('validates what the source says, skipping what is code', () => {
    const described = describeConfigLiteral(
      `import { defineLogicFunction } from 'twenty-sdk/define';
import { PATH } from './constants';
export default defineLogicFunction({
  universalIdentifier: '${UID}',
  timeoutSeconds: 1000,
  httpRouteTriggerSettings: { path: PATH, httpMethod: 'GET', isAuthRequired: false },
  databaseEventTriggerSettings: { eventName: 'company.updated', updatedFields: ['domain'] },
  handler,
});
`,
      'f.ts',
    );
    if (!described.ok) throw new Error(described.reason);
    expect(validateConfigLiteral(described.config, { objects: OBJECTS }).map(({ path, message }) => [path, message])).toEqual([
      ['timeoutSeconds', 'timeoutSeconds must be between 1 and 900 (the server refuses 1000)'],
      ['databaseEventTriggerSettings.updatedFields', 'Field "domain" does not exist on company (did you mean "domainName"?): it never matches'],
    ]);
  });
});

describe('validateLogicFunction: duplicate names (issue 15 item 6)', () => {
  const OTHER = '9f0c1f7e-5d0a-4d7e-9a55-3c1b0f6e8a12';
  it('warns at `name` when another function has the same name, not when only this one has it', () => {
    const issues = validateLogicFunction({ config: { ...base, name: 'hello' } }, { functions: [{ universalIdentifier: UID, name: 'hello' }, { universalIdentifier: OTHER, name: 'hello' }] });
    expect(issues).toEqual([{ path: 'name', severity: 'warning', message: expect.stringContaining(`Another logic function is also named "hello" (${OTHER})`) }]);
    expect(validateLogicFunction({ config: { ...base, name: 'hello' } }, { functions: [{ universalIdentifier: UID, name: 'hello' }, { universalIdentifier: OTHER, name: 'bye' }] })).toEqual([]);
  });
});

describe('validateLogicFunction: updatedFields by the server event diff (issue 15 item 4)', () => {
  const objects = [{ nameSingular: 'opportunity', namePlural: 'opportunities', fields: ['name', 'amount', 'pointOfContact', 'company', 'updatedAt'], relations: { pointOfContact: 'pointOfContactId', company: 'companyId', taskTargets: null } }];
  const check = (updatedFields: string[]) => validateLogicFunction({ config: { ...base, databaseEventTriggerSettings: { eventName: 'opportunity.updated', updatedFields } } }, { objects });
  it('accepts a relation join column, the name the diff uses', () => {
    expect(check(['pointOfContactId', 'amount'])).toEqual([]);
  });
  it('flags the relation name itself, one-to-many relations and keys the diff never lists', () => {
    expect(check(['pointOfContact']).map((issue) => issue.message)).toEqual([expect.stringContaining('use "pointOfContactId"')]);
    expect(check(['taskTargets'])).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('one-to-many') })]);
    expect(check(['updatedAt'])).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('never lists "updatedAt"') })]);
  });
});
