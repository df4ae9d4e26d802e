import { describe, expect, it } from 'vitest';
import { fakeEntity, fakeProjectModel } from '../../api/fake-project-model';
import { explorerGroups, functionTriggers } from './explorer-groups';

const uid = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe('functionTriggers', () => {
  it.each([
    [{ httpRouteTriggerSettings: { path: '/hello/:name', httpMethod: 'GET', isAuthRequired: false } }, [['routes', 'GET /hello/:name']]],
    [{ cronTriggerSettings: { pattern: '0 * * * *' } }, [['cron', '0 * * * *']]],
    [{ databaseEventTriggerSettings: { eventName: 'person.created' } }, [['databaseEvents', 'person.created']]],
    [{ toolTriggerSettings: {} }, [['aiTools', '']]],
    [{ isTool: true }, [['aiTools', '']]],
    [{ workflowActionTriggerSettings: { label: 'Enrich' } }, [['workflowActions', 'Enrich']]],
    [{}, [['noTrigger', '']]],
    [{ serverRouteTriggerSettings: {} }, [['serverRoutes', 'POST /webhooks/server']]],
    [{ serverRouteTriggerSettings: { httpMethods: ['GET', 'POST'] } }, [['serverRoutes', 'GET|POST /webhooks/server']]],
    [{ databaseEventTriggerSettings: { eventName: 'person.updated', batchMode: true } }, [['databaseEvents', 'person.updated (batch)']]],
    [
      { httpRouteTriggerSettings: { path: '/sync', httpMethod: 'POST' }, cronTriggerSettings: { pattern: '*/5 * * * *' } },
      [
        ['routes', 'POST /sync'],
        ['cron', '*/5 * * * *'],
      ],
    ],
  ])('%j', (config, expected) => {
    expect(functionTriggers({ universalIdentifier: uid(1), ...config }).map((t) => [t.key, t.detail])).toEqual(expected);
  });

  it('puts a function whose config did not evaluate under "No trigger"', () => {
    expect(functionTriggers(null)).toEqual([{ key: 'noTrigger', detail: '' }]);
  });
});

describe('explorerGroups', () => {
  const model = fakeProjectModel({
    entities: [
      fakeEntity('defineApplication', 'src/application-config.ts', { universalIdentifier: uid(0), displayName: 'Demo' }, { section: 'application' }),
      fakeEntity('defineLogicFunction', 'src/logic-functions/sync.ts', {
        universalIdentifier: uid(1),
        name: 'sync',
        httpRouteTriggerSettings: { path: '/sync', httpMethod: 'POST', isAuthRequired: true },
        cronTriggerSettings: { pattern: '0 3 * * *' },
      }),
      fakeEntity('definePostInstallLogicFunction', 'src/logic-functions/post-install.ts', {
        universalIdentifier: uid(2),
        name: 'seed',
        shouldRunOnVersionUpgrade: true,
        shouldRunSynchronously: true,
      }),
      fakeEntity('definePreInstallLogicFunction', 'src/logic-functions/pre-install.ts', { universalIdentifier: uid(3), name: 'check' }),
      fakeEntity('defineObject', 'src/objects/invoice.ts', {
        universalIdentifier: uid(4),
        nameSingular: 'invoice',
        labelSingular: 'Invoice',
        fields: [{ name: 'amount', label: 'Amount', type: 'CURRENCY' }],
      }),
      fakeEntity('defineField', 'src/fields/paid.ts', { objectUniversalIdentifier: uid(4), name: 'paid', label: 'Paid', type: 'BOOLEAN' }),
      fakeEntity('defineApplicationRole', 'src/roles/default-role.ts', { universalIdentifier: uid(5), label: 'Default role' }),
    ],
  });
  const groups = explorerGroups(model);

  it('lists a function with a route and a cron under both groups', () => {
    expect(groups.functionGroups.map((group) => [group.label, group.items.map((item) => `${item.name} ${item.detail}`)])).toEqual([
      ['Routes', ['sync POST /sync']],
      ['Cron', ['sync 0 3 * * *']],
    ]);
  });

  it('reads install hooks and their flags from the define function', () => {
    expect(groups.installHooks.map((hook) => [hook.name, hook.kind, hook.flags])).toEqual([
      ['check', 'pre-install', []],
      ['seed', 'post-install', ['on upgrade', 'sync']],
    ]);
  });

  it('attaches standalone fields to their object', () => {
    expect(groups.objects.map((object) => [object.name, object.fields.map((field) => `${field.name}:${field.type}`)])).toEqual([
      ['Invoice', ['Amount:CURRENCY', 'Paid:BOOLEAN']],
    ]);
  });

  it('names the application and lists roles', () => {
    expect(groups.application).toMatchObject({ displayName: 'Demo', universalIdentifier: uid(0) });
    expect(groups.roles.map((role) => role.name)).toEqual(['Default role']);
  });
});

describe('explorerGroups: the logic layer', () => {
  const groups = explorerGroups(fakeProjectModel({
    entities: [
      fakeEntity('defineHealthCheck', 'src/health.ts', { universalIdentifier: uid(1), name: 'health' }),
      fakeEntity('defineUninstallLogicFunction', 'src/uninstall.ts', { universalIdentifier: uid(2), name: 'cleanup' }),
      fakeEntity('defineSkill', 'src/skill.ts', { universalIdentifier: uid(3), name: 'triage', label: 'Triage' }, { section: 'skills' }),
      fakeEntity('defineAgent', 'src/agent.ts', { universalIdentifier: uid(4), name: 'triage-agent', label: 'Triage agent', modelId: 'gpt-4o' }, { section: 'agents' }),
      fakeEntity('defineConnectionProvider', 'src/github.ts', { universalIdentifier: uid(5), name: 'github', displayName: 'GitHub', type: 'oauth', oauth: { scopes: ['repo'] } }, { section: 'connectionProviders' }),
    ],
  }));

  it('lists the health check and the uninstall hook with the install hooks', () => {
    expect(groups.installHooks.map((hook) => [hook.name, hook.kind])).toEqual([['cleanup', 'uninstall'], ['health', 'health check']]);
  });

  it('gives skills, agents and connection providers their own groups', () => {
    expect(groups.skills.map((item) => [item.name, item.detail])).toEqual([['Triage', 'triage']]);
    expect(groups.agents.map((item) => [item.name, item.detail])).toEqual([['Triage agent', 'gpt-4o']]);
    expect(groups.connectionProviders.map((item) => [item.name, item.detail])).toEqual([['GitHub', 'oauth · 1 scope']]);
    expect(groups.others).toEqual([]);
  });
});
