import { describe, expect, it } from 'vitest';
import { diffManifests, type DiffableManifest } from './manifest-diff';

const field = (universalIdentifier: string, name: string, type: string, extra: Record<string, unknown> = {}) => ({ universalIdentifier, name, type, label: name, ...extra });
const ticket = (fields: ReturnType<typeof field>[], extra: Record<string, unknown> = {}) => ({
  universalIdentifier: 'obj-ticket', nameSingular: 'ticket', namePlural: 'tickets', labelSingular: 'Ticket', fields, ...extra,
});
const manifest = (overrides: Partial<DiffableManifest> = {}): DiffableManifest => ({
  application: { universalIdentifier: 'app', displayName: 'App', packageJsonChecksum: 'a' },
  objects: [ticket([field('f-title', 'title', 'TEXT'), field('f-code', 'legacyCode', 'TEXT')])],
  fields: [],
  roles: [{ universalIdentifier: 'role', label: 'Default', canReadAllObjectRecords: true }],
  logicFunctions: [{ universalIdentifier: 'fn', name: 'sync', timeoutSeconds: 10, builtHandlerChecksum: 'x' }],
  other: { views: [{ universalIdentifier: 'view', name: 'All tickets' }] },
  ...overrides,
});

const names = (entries: { kind: string; name: string }[]) => entries.map((entry) => `${entry.kind}:${entry.name}`);

describe('diffManifests', () => {
  it('a fresh install creates everything and destroys nothing', () => {
    const diff = diffManifests(null, manifest());
    expect(names(diff.created)).toEqual(['application:App', 'object:ticket', 'field:ticket.title', 'field:ticket.legacyCode', 'role:Default', 'logicFunction:sync', 'view:All tickets']);
    expect(diff.updated).toEqual([]);
    expect(diff.deleted).toEqual([]);
    expect(diff.destructive).toEqual([]);
  });

  it('identical manifests, build checksums aside, have no difference', () => {
    const after = manifest({ application: { universalIdentifier: 'app', displayName: 'App', packageJsonChecksum: 'b' }, logicFunctions: [{ universalIdentifier: 'fn', name: 'sync', timeoutSeconds: 10, builtHandlerChecksum: 'y' }] });
    expect(diffManifests(manifest(), after)).toEqual({ created: [], updated: [], deleted: [], destructive: [] });
  });

  it.each([
    ['a removed field', manifest({ objects: [ticket([field('f-title', 'title', 'TEXT')])] }), 'field-deleted', 'Every value of ticket.legacyCode is deleted.'],
    ['a changed field type', manifest({ objects: [ticket([field('f-title', 'title', 'TEXT'), field('f-code', 'legacyCode', 'NUMBER')])] }), 'field-type-changed', /from TEXT to NUMBER/],
    ['a field becoming required', manifest({ objects: [ticket([field('f-title', 'title', 'TEXT', { isNullable: false }), field('f-code', 'legacyCode', 'TEXT')])] }), 'field-became-required', /ticket\.title becomes required/],
    ['a removed object', manifest({ objects: [] }), 'object-deleted', 'Every ticket record is deleted, with the values of its 2 fields.'],
  ])('flags %s as destructive', (_name, after, change, dataLoss) => {
    const diff = diffManifests(manifest(), after);
    expect(diff.destructive).toHaveLength(1);
    expect(diff.destructive[0].change).toBe(change);
    expect(diff.destructive[0].dataLoss).toMatch(dataLoss);
  });

  it('a removed object is one deletion, not one per field', () => {
    const diff = diffManifests(manifest(), manifest({ objects: [] }));
    expect(names(diff.deleted)).toEqual(['object:ticket']);
  });

  it('a field that was already required, or becomes optional, is not destructive', () => {
    const required = manifest({ objects: [ticket([field('f-title', 'title', 'TEXT', { isNullable: false }), field('f-code', 'legacyCode', 'TEXT')])] });
    expect(diffManifests(required, manifest()).destructive).toEqual([]);
    expect(diffManifests(required, required).destructive).toEqual([]);
  });

  it('a removed SELECT option loses the records holding it', () => {
    const status = (values: string[]) => field('f-status', 'status', 'SELECT', { options: values.map((value, position) => ({ value, label: value, position })) });
    const before = manifest({ objects: [ticket([status(['OPEN', 'DONE', 'WONTFIX'])])] });
    const after = manifest({ objects: [ticket([status(['OPEN', 'DONE', 'LATER'])])] });
    const diff = diffManifests(before, after);
    expect(diff.destructive).toEqual([expect.objectContaining({ change: 'select-option-removed', name: 'ticket.status' })]);
    expect(diff.destructive[0].dataLoss).toMatch(/WONTFIX/);
  });

  it('reports what changed, property by property', () => {
    const after = manifest({
      objects: [ticket([field('f-title', 'title', 'TEXT', { label: 'Subject' }), field('f-code', 'legacyCode', 'TEXT')], { labelSingular: 'Issue' })],
      logicFunctions: [{ universalIdentifier: 'fn', name: 'sync', timeoutSeconds: 60 }],
    });
    const diff = diffManifests(manifest(), after);
    expect(diff.updated).toEqual([
      { kind: 'object', section: 'objects', universalIdentifier: 'obj-ticket', name: 'ticket', changes: [{ property: 'labelSingular', before: 'Ticket', after: 'Issue' }] },
      { kind: 'field', section: 'fields', universalIdentifier: 'f-title', name: 'ticket.title', objectUniversalIdentifier: 'obj-ticket', changes: [{ property: 'label', before: 'title', after: 'Subject' }] },
      { kind: 'logicFunction', section: 'logicFunctions', universalIdentifier: 'fn', name: 'sync', changes: [{ property: 'timeoutSeconds', before: 10, after: 60 }] },
    ]);
    expect(diff.destructive).toEqual([]);
  });

  it('diffs roles, functions and other sections by universalIdentifier', () => {
    const after = manifest({
      roles: [{ universalIdentifier: 'role-2', label: 'Reader' }],
      logicFunctions: [],
      other: { views: [{ universalIdentifier: 'view', name: 'Open tickets' }], viewFields: [{ universalIdentifier: 'vf', name: 'title column' }] },
    });
    const diff = diffManifests(manifest(), after);
    expect(names(diff.created)).toEqual(['role:Reader', 'viewField:title column']);
    expect(names(diff.deleted)).toEqual(['role:Default', 'logicFunction:sync']);
    expect(names(diff.updated)).toEqual(['view:Open tickets']);
    expect(diff.destructive).toEqual([]);
  });

  it('handles standalone fields on other objects (defineField)', () => {
    const standalone = { universalIdentifier: 'f-tier', name: 'partnerTier', type: 'TEXT', objectUniversalIdentifier: 'std-company' };
    const diff = diffManifests(manifest({ fields: [standalone] }), manifest());
    expect(diff.destructive).toEqual([expect.objectContaining({ change: 'field-deleted', name: 'std-company.partnerTier' })]);
  });
});
