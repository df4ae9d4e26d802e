import { describe, expect, it } from 'vitest';

import { describeConfigLiteral, literalConfigValues, type ConfigLiteral } from './config-literal';

const describeOk = (text: string): ConfigLiteral => {
  const result = describeConfigLiteral(text, 'src/logic-functions/f.ts');
  if (!result.ok) throw new Error(result.reason);
  return result.config;
};

const SYNC = `import { defineLogicFunction, type RoutePayload } from 'twenty-sdk/define';
import { SYNC_EVERY_MINUTES, SYNC_ROUTE_PATH } from 'src/constants';

export default defineLogicFunction({
  universalIdentifier: '4d1033a8-cd17-4ec4-96d0-7e7377ae362b',
  name: 'sync',
  timeoutSeconds: -1,
  httpRouteTriggerSettings: {
    path: SYNC_ROUTE_PATH,
    httpMethod: 'POST',
    isAuthRequired: true,
    forwardedRequestHeaders: ['x-a', \`x-b\`],
  },
  cronTriggerSettings: {
    pattern: \`*/\${SYNC_EVERY_MINUTES} * * * *\`,
  },
  handler: async (payload: Partial<RoutePayload>) => ({ ok: true }),
} satisfies Parameters<typeof defineLogicFunction>[0]);
`;

describe('describeConfigLiteral', () => {
  it('describes literals, code and absent properties', () => {
    const config = describeOk(SYNC);
    expect(config.defineFunction).toBe('defineLogicFunction');
    expect(config.properties.name).toMatchObject({ kind: 'literal', value: 'sync' });
    expect(config.properties.timeoutSeconds).toMatchObject({ kind: 'literal', value: -1 });
    expect(config.properties.description).toEqual({ kind: 'absent' });
    expect(config.properties['httpRouteTriggerSettings.forwardedRequestHeaders']).toMatchObject({ kind: 'literal', value: ['x-a', 'x-b'] });
    const path = config.properties['httpRouteTriggerSettings.path'];
    expect(path).toMatchObject({ kind: 'not-literal', text: 'SYNC_ROUTE_PATH', reason: 'the identifier SYNC_ROUTE_PATH' });
    if (path.kind === 'not-literal') expect(SYNC.slice(path.codeRange.start, path.codeRange.end)).toBe('SYNC_ROUTE_PATH');
    expect(config.properties['cronTriggerSettings.pattern']).toMatchObject({ kind: 'not-literal', reason: 'a template literal with substitutions' });
    expect(config.sections.httpRouteTriggerSettings.kind).toBe('object');
    expect(config.sections.databaseEventTriggerSettings.kind).toBe('absent');
    expect(config.otherKeys).toEqual(['handler']);
    expect(config.quote).toBe("'");
  });

  it('gives the value range an edit replaces', () => {
    const config = describeOk(SYNC);
    const method = config.properties['httpRouteTriggerSettings.httpMethod'];
    if (method.kind !== 'literal') throw new Error('expected a literal');
    expect(SYNC.slice(method.range.start, method.range.end)).toBe("'POST'");
    expect(SYNC.slice(method.propertyRange.start, method.propertyRange.end)).toBe("httpMethod: 'POST'");
  });

  it('follows a const argument, shows a shorthand and a spread as code', () => {
    const text = `import { defineLogicFunction } from './sdk-shim';
const name = 'n';
const base = { description: 'from base' };
const config = ({ ...base, universalIdentifier: 'u', name, handler() { return 1; } }) as const;
export default defineLogicFunction(config);
`;
    const config = describeOk(text);
    expect(config.variable?.name).toBe('config');
    expect(config.properties.universalIdentifier).toMatchObject({ kind: 'literal', value: 'u' });
    expect(config.properties.name).toMatchObject({ kind: 'not-literal', reason: 'a shorthand property (name)' });
    expect(config.properties.description).toMatchObject({ kind: 'not-literal', reason: 'description may come from ...base' });
    expect(config.otherKeys).toEqual(['handler']);
  });

  it('reads JSON-like schemas and the legacy tool form', () => {
    const config = describeOk(`import { defineLogicFunction } from "twenty-sdk/define";
export default defineLogicFunction({
  universalIdentifier: "u",
  isTool: true,
  toolInputSchema: { type: "object", properties: { "a-b": { type: "string", enum: ["x", null] } }, required: [] },
  workflowActionTriggerSettings: { inputSchema: [{ type: "record", objectUniversalIdentifier: STANDARD_OBJECT.company.universalIdentifier }] },
  handler: () => 1,
} as any);
`);
    expect(config.hasLegacyToolForm).toBe(true);
    expect(config.quote).toBe('"');
    expect(config.properties.toolInputSchema).toMatchObject({
      kind: 'literal',
      value: { type: 'object', properties: { 'a-b': { type: 'string', enum: ['x', null] } }, required: [] },
    });
    expect(config.properties['workflowActionTriggerSettings.inputSchema']).toMatchObject({ kind: 'not-literal', reason: 'a property access' });
  });

  it('explains what it cannot describe', () => {
    expect(describeConfigLiteral("export const x = defineLogicFunction({});\n", 'f.ts')).toMatchObject({ ok: false });
    expect(describeConfigLiteral("export default defineObject({});\n", 'f.ts')).toMatchObject({ ok: false, reason: 'defineObject does not define a logic function' });
    expect(describeConfigLiteral("export default defineLogicFunction(build());\n", 'f.ts')).toMatchObject({ ok: false, reason: 'The config is not an object literal: edit in code' });
  });

  it('turns the literals into a config for validation', () => {
    const { values, codePaths } = literalConfigValues(describeOk(SYNC));
    expect(values).toEqual({
      universalIdentifier: '4d1033a8-cd17-4ec4-96d0-7e7377ae362b',
      name: 'sync',
      timeoutSeconds: -1,
      httpRouteTriggerSettings: { httpMethod: 'POST', isAuthRequired: true, forwardedRequestHeaders: ['x-a', 'x-b'] },
      cronTriggerSettings: {},
    });
    expect(codePaths).toEqual(['httpRouteTriggerSettings.path', 'cronTriggerSettings.pattern']);
  });
});
