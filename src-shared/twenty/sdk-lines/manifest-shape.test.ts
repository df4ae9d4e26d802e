import { describe, expect, it } from 'vitest';
import { assembleManifest, type EvaluatedEntityInput } from '../manifest-assembly';
import { manifestShapeFor, NEWEST_SHAPE, SDK_MANIFEST_SHAPES } from './manifest-shape';

const fakeUuidV5 = (name: string, namespace: string) => `v5(${namespace},${name})`;
const APP = '3f0e2a3c-7a34-4c6b-9d1e-7c0b5a6d8e01';
const ROLE = '5b1e2a3c-7a34-4c6b-9d1e-7c0b5a6d8e02';
const OBJECT = '7c1e2a3c-7a34-4c6b-9d1e-7c0b5a6d8e03';

function entity(file: string, defineFunction: EvaluatedEntityInput['defineFunction'], section: EvaluatedEntityInput['section'], config: Record<string, unknown>): EvaluatedEntityInput {
  return { file, defineFunction, section, config: config as EvaluatedEntityInput['config'], sourceText: '' };
}

const app = (extra: Record<string, unknown> = {}) => [
  entity('src/application-config.ts', 'defineApplication', 'application', {
    universalIdentifier: APP, displayName: 'A', logoUrl: 'https://x/logo.png', screenshots: ['https://x/1.png'], aboutDescription: 'config text', ...extra,
  }),
  entity('src/roles/default-role.ts', 'defineApplicationRole', 'roles', {
    universalIdentifier: ROLE, label: 'Default',
    objectPermissions: [{ objectUniversalIdentifier: OBJECT, canReadObjectRecords: true }],
    permissionFlags: ['WORKFLOWS'],
  }),
  entity('src/objects/card.ts', 'defineObject', 'objects', {
    universalIdentifier: OBJECT, nameSingular: 'card', namePlural: 'cards', labelSingular: 'Card', labelPlural: 'Cards', fields: [],
  }),
  entity('src/uninstall.ts', 'defineUninstallLogicFunction', 'logicFunctions', { universalIdentifier: '9d1e2a3c-7a34-4c6b-9d1e-7c0b5a6d8e04', handler: { __function: 'h' } }),
];
const files = (readme: string | null) => ({ readme, requiredServerVersionRange: '>=2.4.0', packageJsonChecksum: 'p', yarnLockChecksum: 'y' });

describe('manifestShapeFor', () => {
  it('picks the line a version belongs to', () => {
    expect(manifestShapeFor('2.4.0')).toEqual({ shape: SDK_MANIFEST_SHAPES[0], note: null });
    expect(manifestShapeFor('2.13.0').shape.fromVersion).toBe('2.13.0');
    expect(manifestShapeFor('2.20.1').shape.fromVersion).toBe('2.13.0');
    expect(manifestShapeFor('2.40.0').shape.fromVersion).toBe('2.26.0');
    expect(manifestShapeFor('2.43.0')).toEqual({ shape: NEWEST_SHAPE, note: null });
    expect(manifestShapeFor('2.43.2-canary.1').note).toBeNull();
  });

  it('falls back to 2.43 when the version is unknown, and says so', () => {
    expect(manifestShapeFor(null)).toEqual({ shape: NEWEST_SHAPE, note: 'twenty-sdk version unknown: the manifest is assembled as twenty-sdk 2.43.0 builds it.' });
    expect(manifestShapeFor('workspace:*').note).toBe('twenty-sdk version "workspace:*" is not a version: the manifest is assembled as twenty-sdk 2.43.0 builds it.');
  });

  it('says when the version is outside the known lines', () => {
    expect(manifestShapeFor('2.50.0')).toEqual({ shape: NEWEST_SHAPE, note: 'twenty-sdk 2.50.0 is newer than the newest known line: the manifest is assembled as twenty-sdk 2.43.0 builds it.' });
    expect(manifestShapeFor('3.0.0').note).toContain('newer than the newest known line');
    expect(manifestShapeFor('2.1.0')).toEqual({ shape: SDK_MANIFEST_SHAPES[0], note: 'twenty-sdk 2.1.0 is older than every known line: the manifest is assembled as twenty-sdk 2.4.0 builds it.' });
  });
});

describe('assembleManifest by line', () => {
  it('2.4: config aboutDescription, logoUrl and screenshots kept, flag names, role-namespace permission ids, system fields', () => {
    const { application, sections, problems } = assembleManifest(app(), files('# readme'), fakeUuidV5, manifestShapeFor('2.4.0').shape);
    expect(problems).toEqual([]);
    expect(application).toEqual({
      universalIdentifier: APP, displayName: 'A', logoUrl: 'https://x/logo.png', screenshots: ['https://x/1.png'], aboutDescription: 'config text',
      defaultRoleUniversalIdentifier: ROLE, yarnLockChecksum: 'y', packageJsonChecksum: 'p',
    });
    expect(sections.roles[0]).toEqual({
      universalIdentifier: ROLE, label: 'Default',
      objectPermissions: [{ objectUniversalIdentifier: OBJECT, canReadObjectRecords: true, universalIdentifier: `v5(b403ec59-4d80-4f22-85e6-717a192dc9cb,${ROLE}:${OBJECT})` }],
      fieldPermissions: [],
      permissionFlags: [{ universalIdentifier: `v5(b403ec59-4d80-4f22-85e6-717a192dc9cb,${ROLE}:WORKFLOWS)`, flag: 'WORKFLOWS' }],
    });
    const names = (sections.objects[0].fields as { name: string }[]).map((field) => field.name);
    expect(names).toEqual(['id', 'name', 'createdAt', 'updatedAt', 'deletedAt', 'createdBy', 'updatedBy', 'position', 'searchVector', 'timelineActivities', 'attachments', 'noteTargets', 'taskTargets']);
    expect(sections.objects[0].labelIdentifierFieldMetadataUniversalIdentifier).toBe(`v5(142046f0-4d80-48b5-ad56-26ad410e895c,${OBJECT}-name)`);
    expect(sections.fields.map((field) => [field.name, field.type, (field.universalSettings as { joinColumnName: string }).joinColumnName])).toEqual([
      ['targetCard', 'MORPH_RELATION', 'targetCardId'], ['targetCard', 'MORPH_RELATION', 'targetCardId'],
      ['targetCard', 'MORPH_RELATION', 'targetCardId'], ['targetCard', 'MORPH_RELATION', 'targetCardId'],
    ]);
  });

  it('2.4 to 2.23: no uninstall hook in the application (the line has none)', () => {
    expect(assembleManifest(app(), files(null), fakeUuidV5, manifestShapeFor('2.23.0').shape).application?.uninstallLogicFunction).toBeUndefined();
    expect(assembleManifest(app(), files(null), fakeUuidV5, manifestShapeFor('2.26.0').shape).application?.uninstallLogicFunction).toEqual({ universalIdentifier: '9d1e2a3c-7a34-4c6b-9d1e-7c0b5a6d8e04' });
  });

  it('2.23 and later: aboutDescription from README.md, or none, never the config value', () => {
    for (const version of ['2.23.0', '2.40.0', '2.43.0']) {
      const shape = manifestShapeFor(version).shape;
      expect(assembleManifest(app(), files('# readme'), fakeUuidV5, shape).application?.aboutDescription).toBe('# readme');
      expect(assembleManifest(app(), files(null), fakeUuidV5, shape).application).not.toHaveProperty('aboutDescription');
      expect(assembleManifest(app(), files(null), fakeUuidV5, shape).application).not.toHaveProperty('logoUrl');
    }
  });

  it('2.43: application-scoped permission ids, kept when given; 2.40: always derived under the role namespace', () => {
    const given = [...app(), entity('src/roles/other.ts', 'defineRole', 'roles', {
      universalIdentifier: '2a1e2a3c-7a34-4c6b-9d1e-7c0b5a6d8e05', label: 'Other', objectPermissions: [{ objectUniversalIdentifier: OBJECT, universalIdentifier: 'given' }],
    })];
    const ids = (version: string) => assembleManifest(given, files(null), fakeUuidV5, manifestShapeFor(version).shape).sections.roles
      .map((role) => (role.objectPermissions as { universalIdentifier: string }[])[0].universalIdentifier);
    // Roles come sorted by universalIdentifier: the other role (2a1e...) first.
    expect(ids('2.43.0')).toEqual(['given', `v5(${APP},objectPermission:${ROLE}:${OBJECT})`]);
    expect(ids('2.40.0')).toEqual([`v5(b403ec59-4d80-4f22-85e6-717a192dc9cb,2a1e2a3c-7a34-4c6b-9d1e-7c0b5a6d8e05:${OBJECT})`, `v5(b403ec59-4d80-4f22-85e6-717a192dc9cb,${ROLE}:${OBJECT})`]);
  });
});
