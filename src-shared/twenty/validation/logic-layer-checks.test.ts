import { describe, expect, it } from 'vitest';
import { checkLogicLayer, connectionCalls, type LogicLayerEntity } from './logic-layer-checks';

const APP_ROLE = '11111111-1111-4111-8111-111111111111';
const AGENT_ROLE = '22222222-2222-4222-8222-222222222222';
const FN = '33333333-3333-4333-8333-333333333333';

const application = {
  universalIdentifier: '44444444-4444-4444-8444-444444444444',
  serverVariables: { GH_ID: {}, GH_SECRET: { isSecret: true } },
};

const base = (): LogicLayerEntity[] => [
  { file: 'src/roles/app.ts', defineFunction: 'defineApplicationRole', config: { universalIdentifier: APP_ROLE, label: 'App', canReadAllObjectRecords: true } },
  { file: 'src/roles/agent.ts', defineFunction: 'defineRole', config: { universalIdentifier: AGENT_ROLE, label: 'Agent', canReadAllObjectRecords: true } },
  { file: 'src/fn.ts', defineFunction: 'defineLogicFunction', config: { universalIdentifier: FN, name: 'fn' } },
  { file: 'src/skill-a.ts', defineFunction: 'defineSkill', config: { universalIdentifier: 'a', name: 'triage', label: 'A', content: 'x' } },
  {
    file: 'src/agent.ts',
    defineFunction: 'defineAgent',
    config: { universalIdentifier: 'b', name: 'agent', label: 'B', prompt: 'p', roleUniversalIdentifier: AGENT_ROLE, responseFormat: { type: 'text' } },
  },
  {
    file: 'src/github.ts',
    defineFunction: 'defineConnectionProvider',
    config: {
      universalIdentifier: 'c', name: 'github', displayName: 'GitHub', type: 'oauth',
      oauth: { authorizationEndpoint: 'a', tokenEndpoint: 't', scopes: [], clientIdVariable: 'GH_ID', clientSecretVariable: 'GH_SECRET' },
      onConnectLogicFunction: { universalIdentifier: FN },
    },
  },
];

describe('checkLogicLayer', () => {
  it('finds nothing in a consistent app', () => {
    expect(checkLogicLayer(base(), application)).toEqual([]);
  });

  it('reports the second skill, agent and provider with a name already used, in the server words', () => {
    const entities = base();
    entities.push({ file: 'src/skill-b.ts', defineFunction: 'defineSkill', config: { universalIdentifier: 'd', name: 'triage', label: 'B', content: 'y' } });
    entities.push({ file: 'src/agent-2.ts', defineFunction: 'defineAgent', config: { universalIdentifier: 'e', name: 'agent', label: 'B', prompt: 'p' } });
    entities.push({ file: 'src/gh2.ts', defineFunction: 'defineConnectionProvider', config: { universalIdentifier: 'f', name: 'github', displayName: 'G', type: 'oauth' } });
    const issues = checkLogicLayer(entities, application);
    expect(issues).toContainEqual({ file: 'src/skill-b.ts', property: 'name', message: 'Skill with name "triage" already exists', severity: 'error' });
    expect(issues).toContainEqual({ file: 'src/agent-2.ts', property: 'name', message: 'Agent with name "agent" already exists', severity: 'error' });
    expect(issues).toContainEqual({ file: 'src/gh2.ts', property: 'name', message: 'Connection provider with name github already exists for this application', severity: 'error' });
    // Both files of a pair: either can be the fix.
    expect(issues.filter((issue) => issue.message.startsWith('Skill')).map((issue) => issue.file)).toEqual(['src/skill-a.ts', 'src/skill-b.ts']);
  });

  it('reports an agent role that is not in the app, or grants more than the application role', () => {
    const unknownRole = base();
    (unknownRole[4].config as Record<string, unknown>).roleUniversalIdentifier = '55555555-5555-4555-8555-555555555555';
    expect(checkLogicLayer(unknownRole, application)).toEqual([
      {
        file: 'src/agent.ts', property: 'roleUniversalIdentifier', severity: 'error',
        message: 'Agent "agent" references role "55555555-5555-4555-8555-555555555555", which is not defined by this application.',
      },
    ]);
    const wider = base();
    Object.assign(wider[1].config!, { canDestroyAllObjectRecords: true });
    const [issue] = checkLogicLayer(wider, application);
    expect(issue.message).toContain('grants more than the application role "App": destroy all object records');
  });

  it('checks the response format as the server does', () => {
    const entities = base();
    (entities[4].config as Record<string, unknown>).responseFormat = { type: 'json', schema: { type: 'object', properties: { 'bad key': { type: 'string' } } } };
    expect(checkLogicLayer(entities, application).map((issue) => issue.message)).toEqual([
      'Output field names must use only letters, numbers, underscores, dots or hyphens and be at most 64 characters: bad key',
    ]);
    (entities[4].config as Record<string, unknown>).responseFormat = { type: 'json' };
    expect(checkLogicLayer(entities, application).map((issue) => issue.message)).toEqual(['Response format with type "json" must include a schema']);
  });

  it('reports OAuth variables that are not server variables and hooks that are not functions of the app', () => {
    const entities = base();
    const provider = entities[5].config as Record<string, Record<string, unknown>>;
    provider.oauth.clientSecretVariable = 'MISSING_SECRET';
    provider.onConnectLogicFunction = { universalIdentifier: '66666666-6666-4666-8666-666666666666' };
    const issues = checkLogicLayer(entities, application);
    expect(issues.map((issue) => [issue.property, issue.message.split(':')[0]])).toEqual([
      ['oauth', 'oauth.clientSecretVariable "MISSING_SECRET" is not a serverVariable of defineApplication'],
      ['onConnectLogicFunction', 'onConnectLogicFunction.universalIdentifier "66666666-6666-4666-8666-666666666666" is not a logic function of this app.'],
    ]);
  });

  it('refuses an authenticated server-route resolver and warns about an empty method list', () => {
    const entities = base();
    entities[2].config = { ...entities[2].config, serverRouteTriggerSettings: { httpMethods: [] }, httpRouteTriggerSettings: { path: '/x', httpMethod: 'GET', isAuthRequired: true } };
    const issues = checkLogicLayer(entities, application);
    expect(issues.map((issue) => issue.severity)).toEqual(['error', 'warning']);
    expect(issues[0].message).toContain('403');
  });

  it('warns when a function lists the connections of a provider the app does not define', () => {
    const entities = base();
    entities[2].sourceText = "import { listConnections } from 'twenty-sdk/logic-function';\nconst a = await listConnections({ providerName: 'gitlab' });\n";
    const [issue] = checkLogicLayer(entities, application);
    expect(issue.message).toBe('listConnections asks for provider "gitlab" (line 2), which is not a connection provider of this app (github): it always gets an empty list.');
  });
});

describe('connectionCalls', () => {
  it('finds getConnection and listConnections calls with their literal provider name', () => {
    const text = "const c = await getConnection(id);\nconst all = await sdk.listConnections({ providerName: 'github', visibility: 'user' });\nlistConnections();\n";
    expect(connectionCalls('fn.ts', text)).toEqual([
      { helper: 'getConnection', providerName: null, line: 1, column: 17 },
      { helper: 'listConnections', providerName: 'github', line: 2, column: 19 },
      { helper: 'listConnections', providerName: null, line: 3, column: 1 },
    ]);
  });
});
