import { describe, expect, it } from 'vitest';
import { discoverEntity, isDiscoverableSourcePath } from './entity-discovery';

describe('discoverEntity (the SDK discovery rule)', () => {
  const cases: [string, string, string | null][] = [
    ['export default of a define call', "import { defineLogicFunction } from 'twenty-sdk/define';\nexport default defineLogicFunction({ universalIdentifier: 'x', handler: () => 1 });", 'defineLogicFunction'],
    ['named export is ignored', "export const f = defineLogicFunction({ handler: () => 1 });", null],
    ['member call is ignored', "import * as sdk from 'twenty-sdk/define';\nexport default sdk.defineLogicFunction({});", null],
    ['export default of an identifier is ignored', 'const config = defineLogicFunction({});\nexport default config;', null],
    ['re-exports are ignored', "export { default } from './hello';\nexport * from './other';", null],
    ['a shim-imported define is recognised by name', "import { defineObject } from '../sdk-shim';\nexport default defineObject({});", 'defineObject'],
    ['an unknown define-like name is ignored', 'export default defineSomethingElse({});', null],
    ['post-install hook', 'export default definePostInstallLogicFunction({ handler: async () => {} });', 'definePostInstallLogicFunction'],
    ['application', 'export default defineApplication({ universalIdentifier: "a" });', 'defineApplication'],
    ['satisfies-wrapped argument still lists properties', 'export default defineLogicFunction({ name: "n" } satisfies object);', 'defineLogicFunction'],
  ];
  it.each(cases)('%s', (_label, source, expected) => {
    expect(discoverEntity('src/file.ts', source).entity?.defineFunction ?? null).toBe(expected);
  });

  it('locates the call and each top-level property, 1-based', () => {
    const source = "import x from 'y';\n\nexport default defineLogicFunction({\n  universalIdentifier: 'abc',\n  cronTriggerSettings: { pattern: '* * * * *' },\n});\n";
    const { entity } = discoverEntity('src/a.ts', source);
    expect(entity?.call).toMatchObject({ line: 3, column: 16 });
    expect(entity?.properties.universalIdentifier).toMatchObject({ line: 4, column: 3 });
    expect(entity?.properties.cronTriggerSettings).toMatchObject({ line: 5, column: 3 });
    expect(entity?.section).toBe('logicFunctions');
  });

  it('reports syntax errors with their position and still finds the entity when it can', () => {
    const { entity, syntaxErrors } = discoverEntity('src/b.ts', 'export default defineLogicFunction({ name: "x", });\nconst = 3;\n');
    expect(entity?.defineFunction).toBe('defineLogicFunction');
    expect(syntaxErrors[0]).toMatchObject({ line: 2 });
  });
});

describe('isDiscoverableSourcePath', () => {
  it.each([
    ['src/logic-functions/a.ts', true],
    ['src/components/b.tsx', true],
    ['src/types.d.ts', false],
    ['node_modules/x/index.ts', false],
    ['dist/a.ts', false],
    ['.twenty/output/a.ts', false],
    ['README.md', false],
  ])('%s -> %s', (path, expected) => {
    expect(isDiscoverableSourcePath(path)).toBe(expected);
  });
});
