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
