import { describe, expect, it } from 'vitest';
import { describeConfigLiteral } from '../../../src-shared/twenty/source-edit/config-literal';
import { normalizeFolder, planNewFunction } from './new-function-plan';

const uuid = '2f0c1f7e-5d0a-4d7e-9a55-3c1b0f6e8a11';

describe('planNewFunction', () => {
  it('names the file after the function and fills the template', () => {
    const plan = planNewFunction({ name: 'Import Leads', folder: 'src/logic-functions', triggers: ['cron', 'httpRoute'] }, uuid, []);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.path).toBe('src/logic-functions/import-leads.ts');
    const described = describeConfigLiteral(plan.content, plan.path);
    if (!described.ok) throw new Error(described.reason);
    expect(described.config.properties.universalIdentifier).toMatchObject({ kind: 'literal', value: uuid });
    expect(described.config.sections.httpRouteTriggerSettings.kind).toBe('object');
    expect(described.config.sections.cronTriggerSettings.kind).toBe('object');
  });

  it('refuses an existing file, an empty name and a folder outside the app', () => {
    expect(planNewFunction({ name: 'hello', folder: 'src/logic-functions', triggers: [] }, uuid, ['src/logic-functions/hello.ts'])).toEqual({
      ok: false,
      reason: 'src/logic-functions/hello.ts already exists',
    });
    expect(planNewFunction({ name: '  ', folder: 'src', triggers: [] }, uuid, []).ok).toBe(false);
    expect(planNewFunction({ name: 'x', folder: '../elsewhere', triggers: [] }, uuid, []).ok).toBe(false);
  });

  it('refuses a name another logic function has, whatever its file (issue 15 item 6)', () => {
    const plan = planNewFunction({ name: 'hello', folder: 'src/other', triggers: [] }, uuid, ['src/logic-functions/greet.ts'], [{ name: 'hello', file: 'src/logic-functions/greet.ts' }]);
    expect(plan).toEqual({ ok: false, reason: expect.stringContaining('src/logic-functions/greet.ts already defines a logic function named "hello"') });
    expect(planNewFunction({ name: 'hello2', folder: 'src/other', triggers: [] }, uuid, [], [{ name: 'hello', file: 'src/logic-functions/greet.ts' }]).ok).toBe(true);
  });

  it('normalises folders', () => {
    expect(normalizeFolder('./src//logic-functions/')).toBe('src/logic-functions');
  });
});

describe('planNewEntity', () => {
  it('creates every kind of the logic layer from its template, in dev:add\'s folder', async () => {
    const { planNewEntity, defaultFolderFor, NEW_ENTITY_CHOICES } = await import('./new-function-plan');
    const { discoverEntity } = await import('../../../src-shared/twenty/entity-discovery');
    for (const choice of NEW_ENTITY_CHOICES) {
      const plan = planNewEntity({ kind: choice.kind, name: 'Release Notes', folder: defaultFolderFor(choice.kind), triggers: ['httpRoute'] }, uuid, []);
      if (!plan.ok) throw new Error(`${choice.kind}: ${plan.reason}`);
      expect(discoverEntity(plan.path, plan.content).entity?.defineFunction).toBe(choice.define);
    }
    expect(defaultFolderFor('connectionProvider')).toBe('src/connection-providers');
    const serverRoute = planNewEntity({ kind: 'logicFunction', name: 'hook', folder: 'src', triggers: ['serverRoute', 'cron'] }, uuid, []);
    expect(serverRoute).toEqual({ ok: false, reason: 'A server route resolver is a function of its own: it cannot be combined with other triggers' });
  });
});
