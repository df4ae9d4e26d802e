import { describe, expect, it } from 'vitest';
import { applyConfigEdit, type ConfigEdit } from './config-edits';
import { describeConfigLiteral } from './config-literal';

const RESOLVER = `import { defineLogicFunction } from 'twenty-sdk/define';

export default defineLogicFunction({
  universalIdentifier: '2bb78bdc-8291-4443-973a-4731da512290',
  name: 'webhook-resolver',
  handler,
  serverRouteTriggerSettings: {
    httpMethods: ['POST'], // the provider only POSTs
    forwardedRequestHeaders: ['x-signature'],
  },
});
`;

const apply = (text: string, edit: ConfigEdit): string => {
  const result = applyConfigEdit(text, 'resolver.ts', edit);
  if (!result.ok) throw new Error(result.reason);
  return result.newText;
};

describe('server route form edits', () => {
  it('reads the section like any trigger', () => {
    const described = describeConfigLiteral(RESOLVER, 'resolver.ts');
    expect(described.ok && described.config.sections.serverRouteTriggerSettings.kind).toBe('object');
    expect(described.ok && described.config.properties['serverRouteTriggerSettings.httpMethods']).toMatchObject({ kind: 'literal', value: ['POST'] });
  });

  it('adds GET next to POST, keeping the comment, and reads it back', () => {
    const text = apply(RESOLVER, { kind: 'set', path: 'serverRouteTriggerSettings.httpMethods', value: ['GET', 'POST'] });
    expect(text).toBe(RESOLVER.replace("httpMethods: ['POST'],", "httpMethods: ['GET', 'POST'],"));
    const back = describeConfigLiteral(text, 'resolver.ts');
    expect(back.ok && back.config.properties['serverRouteTriggerSettings.httpMethods']).toMatchObject({ kind: 'literal', value: ['GET', 'POST'] });
  });

  it('edits forwarded headers, removes the section and adds it back with the server default', () => {
    const headers = apply(RESOLVER, { kind: 'set', path: 'serverRouteTriggerSettings.forwardedRequestHeaders', value: ['x-signature', 'x-delivery'] });
    expect(headers).toContain("forwardedRequestHeaders: ['x-signature', 'x-delivery'],");
    const removed = apply(RESOLVER, { kind: 'remove-trigger', trigger: 'serverRoute' });
    expect(removed).not.toContain('serverRouteTriggerSettings');
    expect(removed).toContain('  handler,\n});');
    const added = apply(removed, { kind: 'add-trigger', trigger: 'serverRoute' });
    // Spread over lines like the rest of the multi-line config.
    expect(added).toContain("  handler,\n  serverRouteTriggerSettings: {\n    httpMethods: ['POST'],\n  },\n});");
  });
});
