// New skills, agents and connection providers (the New entity dialog): the SDK discovers them,
// the forms read them, and they typecheck against the real twenty-sdk types.
import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverEntity } from '../../src-shared/twenty/entity-discovery';
import { describeEntityLiteral } from '../../src-shared/twenty/source-edit/entity-edits';
import { createEntitySource, NEW_ENTITY_FOLDERS, type NewEntityKind } from '../../src-shared/twenty/source-edit/entity-templates';
import { copyFixtureApp, type TempApp } from '../helpers/temp-app';

const KINDS: [NewEntityKind, string][] = [['skill', 'defineSkill'], ['agent', 'defineAgent'], ['connectionProvider', 'defineConnectionProvider']];
const uid = '5b0f3c1e-8a1d-4d7e-9c2a-6f4b3e2d1c0a';

let app: TempApp;
beforeAll(async () => {
  app = await copyFixtureApp('basic-app');
});
afterAll(async () => {
  await app?.cleanup();
});

describe('entity templates', () => {
  it.each(KINDS)('%s: discovered by the SDK rule and read by its form', (kind, define) => {
    const text = createEntitySource(kind, { name: 'Release Notes', universalIdentifier: uid });
    expect(discoverEntity('x.ts', text).entity?.defineFunction).toBe(define);
    const described = describeEntityLiteral(text, 'x.ts');
    expect(described.ok).toBe(true);
    if (!described.ok) return;
    // The identifier is the exported constant (code), as dev:add writes it; the name is a literal.
    expect(described.literal.fields.universalIdentifier.kind).toBe('not-literal');
    expect(described.literal.fields.name).toMatchObject({ kind: 'literal', value: 'release-notes' });
  });

  it('typechecks against the real SDK types', async () => {
    const files: string[] = [];
    for (const [kind] of KINDS) {
      const file = join(app.dir, NEW_ENTITY_FOLDERS[kind], 'release-notes.ts');
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, createEntitySource(kind, { name: 'Release Notes', universalIdentifier: uid }));
      files.push(file);
    }
    const program = ts.createProgram(files, { strict: true, noEmit: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, skipLibCheck: true, types: [] });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  }, 60_000);
});
