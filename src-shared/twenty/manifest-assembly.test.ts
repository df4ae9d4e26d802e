import { describe, expect, it } from 'vitest';
import { assembleManifest, type EvaluatedEntityInput } from './manifest-assembly';

/** Deterministic stand-in: the real v5 lives in src-main (it needs SHA-1). */
const fakeUuidV5 = (name: string, namespace: string) => `v5(${namespace},${name})`;
const appFiles = { readme: null, requiredServerVersionRange: '>=2.40.0', packageJsonChecksum: 'p', yarnLockChecksum: null };
const APP = '3f0e2a3c-7a34-4c6b-9d1e-7c0b5a6d8e01';
const ROLE = '5b1e2a3c-7a34-4c6b-9d1e-7c0b5a6d8e02';

function entity(file: string, defineFunction: EvaluatedEntityInput['defineFunction'], section: EvaluatedEntityInput['section'], config: Record<string, unknown>, sourceText = ''): EvaluatedEntityInput {
  return { file, defineFunction, section, config: config as EvaluatedEntityInput['config'], sourceText };
}

const base = [
  entity('src/application-config.ts', 'defineApplication', 'application', { universalIdentifier: APP, displayName: 'A' }),
  entity('src/roles/default-role.ts', 'defineApplicationRole', 'roles', { universalIdentifier: ROLE, label: 'Default' }),
];

describe('assembleManifest', () => {
  it('builds the application entry as twenty dev:build does', () => {
    const { application, problems } = assembleManifest(base, appFiles, fakeUuidV5);
    expect(problems).toEqual([]);
    expect(application).toEqual({
      universalIdentifier: APP, displayName: 'A', galleryImages: [], defaultRoleUniversalIdentifier: ROLE,
      yarnLockChecksum: null, packageJsonChecksum: 'p', requiredServerVersionRange: '>=2.40.0',
    });
  });

  it('attaches install hooks with their flag defaults', () => {
    const { application } = assembleManifest([
      ...base,
      entity('src/post.ts', 'definePostInstallLogicFunction', 'logicFunctions', { universalIdentifier: 'p1', handler: { __function: 'handler' } }),
      entity('src/pre.ts', 'definePreInstallLogicFunction', 'logicFunctions', { universalIdentifier: 'p2', shouldRunOnVersionUpgrade: true, handler: { __function: 'h' } }),
    ], appFiles, fakeUuidV5);
    expect(application?.postInstallLogicFunction).toEqual({ universalIdentifier: 'p1', shouldRunOnVersionUpgrade: false, shouldRunSynchronously: false });
    expect(application?.preInstallLogicFunction).toEqual({ universalIdentifier: 'p2', shouldRunOnVersionUpgrade: true });
  });

  it('writes logic function entries without the handler and with the handler name and source path', () => {
    const { sections } = assembleManifest([...base, entity('src/f.ts', 'defineLogicFunction', 'logicFunctions', { universalIdentifier: 'f', handler: { __function: 'handler' }, cronTriggerSettings: { pattern: '* * * * *' } })], appFiles, fakeUuidV5);
    expect(sections.logicFunctions).toEqual([{ universalIdentifier: 'f', cronTriggerSettings: { pattern: '* * * * *' }, handlerName: 'default.config.handler', sourceHandlerPath: 'src/f.ts' }]);
  });

  it('infers a tool input schema from the first parameter when none is given', () => {
    const source = 'const handler = async (input: { city: string; days: number; unit: "c" | "f" }) => input;\nexport default defineLogicFunction({ handler, toolTriggerSettings: {} });';
    const { sections } = assembleManifest([...base, entity('src/t.ts', 'defineLogicFunction', 'logicFunctions', { universalIdentifier: 't', handler: { __function: 'handler' }, toolTriggerSettings: {} }, source)], appFiles, fakeUuidV5);
    expect(sections.logicFunctions[0].toolTriggerSettings).toEqual({
      inputSchema: { type: 'object', properties: { city: { type: 'string' }, days: { type: 'number' }, unit: { type: 'string', enum: ['c', 'f'] } } },
    });
  });

  it.each([
    ['two post-install hooks', [
      entity('src/a.ts', 'definePostInstallLogicFunction', 'logicFunctions', { universalIdentifier: '11111111-1111-4111-8111-111111111111' }),
      entity('src/b.ts', 'definePostInstallLogicFunction', 'logicFunctions', { universalIdentifier: '22222222-2222-4222-8222-222222222222' }),
    ], 'Only one post install logic function is allowed per application', ['src/a.ts', 'src/b.ts']],
    ['a duplicate identifier', [
      entity('src/a.ts', 'defineLogicFunction', 'logicFunctions', { universalIdentifier: '11111111-1111-4111-8111-111111111111' }),
      entity('src/b.ts', 'defineLogicFunction', 'logicFunctions', { universalIdentifier: '11111111-1111-4111-8111-111111111111' }),
    ], 'Duplicate universal identifiers: 11111111-1111-4111-8111-111111111111', ['src/a.ts', 'src/b.ts']],
    ['an identifier that is not a UUID', [
      entity('src/a.ts', 'defineLogicFunction', 'logicFunctions', { universalIdentifier: 'not-a-uuid' }),
    ], 'Invalid universal identifiers: Universal identifier "not-a-uuid" is not a valid UUID.', ['src/a.ts']],
    ['a UUID v1', [
      entity('src/a.ts', 'defineLogicFunction', 'logicFunctions', { universalIdentifier: 'c232ab00-9414-11ec-b3c8-9f6bdeced846' }),
    ], 'Invalid universal identifiers: Universal identifier "c232ab00-9414-11ec-b3c8-9f6bdeced846" is UUID version 1. Only UUID version 4 or higher is allowed.', ['src/a.ts']],
  ])('reports %s with the SDK wording and the files concerned', (_label, extra, message, files) => {
    const { problems } = assembleManifest([...base, ...extra], appFiles, fakeUuidV5);
    expect(problems).toContainEqual(expect.objectContaining({ message, files }));
  });

  it('requires a default role and an application', () => {
    expect(assembleManifest([base[0]], appFiles, fakeUuidV5).problems[0].message).toMatch(/^Application must declare a default role/);
    expect(assembleManifest([base[1]], appFiles, fakeUuidV5).problems[0].message).toBe('Cannot build application, please export default defineApplication() to define an application');
  });

  it('adds the default name field to an object without one', () => {
    const object = { universalIdentifier: '6c1e2a3c-7a34-4c6b-9d1e-7c0b5a6d8e09', nameSingular: 'card', fields: [{ universalIdentifier: 'f1', name: 'title', type: 'TEXT' }] };
    const { sections } = assembleManifest([...base, entity('src/o.ts', 'defineObject', 'objects', object)], appFiles, fakeUuidV5);
    const fields = sections.objects[0].fields as { name: string; universalIdentifier: string }[];
    expect(fields.map((field) => field.name)).toEqual(['title', 'name']);
    expect(sections.objects[0].labelIdentifierFieldMetadataUniversalIdentifier).toBe(fields[1].universalIdentifier);
  });
});
