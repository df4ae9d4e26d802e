import { describe, expect, it } from 'vitest';

import { parseEventName, suggestClosest, validateEventName, validateUpdatedFields } from './event-name-validation';

const OBJECTS = [
  { nameSingular: 'person', namePlural: 'people', fields: ['name', 'emails', 'city', 'jobTitle'] },
  { nameSingular: 'company', namePlural: 'companies' },
  { nameSingular: 'workspaceMember', namePlural: 'workspaceMembers' },
];

describe('validateEventName', () => {
  it.each(['person.created', '*.updated', 'person.*', '*.*', 'workspaceMember.restored', 'company.upserted', 'person.destroyed', 'person.deleted'])(
    '%s is valid',
    (name) => {
      expect(validateEventName(name, { objects: OBJECTS })).toMatchObject({ valid: true, errors: [], warnings: [] });
    },
  );

  it.each([
    ['', 'Database event trigger must have an eventName'],
    ['person', 'Event name "person" must be <object>.<operation>, *.<operation>, <object>.* or *.*'],
    ['person.created.now', 'Event name "person.created.now" must be <object>.<operation>, *.<operation>, <object>.* or *.*'],
    ['person.create', 'Unknown operation "create" in "person.create": use created, updated, deleted, destroyed, restored, upserted or * (did you mean "person.created"?)'],
    ['person.updatd', 'Unknown operation "updatd" in "person.updatd": use created, updated, deleted, destroyed, restored, upserted or * (did you mean "person.updated"?)'],
    ['person.softDeleted', 'Unknown operation "softDeleted" in "person.softDeleted": use created, updated, deleted, destroyed, restored, upserted or * (did you mean "person.deleted"?)'],
    ['per*.created', 'Event name "per*.created": only a whole "*" matches every object; partial wildcards never match'],
    ['.created', 'Event name ".created" has no object: use <object>.<operation>, *.<operation>, <object>.* or *.*'],
    ['Person.created', 'Unknown object "Person": event names are case-sensitive, use "person"'],
    ['people.created', 'Unknown object "people": event names use the singular name, "person"'],
    ['compny.created', 'Unknown object "compny" (did you mean "company"?)'],
    ['invoice.created', 'Unknown object "invoice"'],
  ])('%j -> error', (name, error) => {
    const result = validateEventName(name, { objects: OBJECTS });
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([error]);
  });

  it('does not check the object without a list of objects', () => {
    expect(validateEventName('invoice.created').valid).toBe(true);
  });

  it('parseEventName', () => {
    expect(parseEventName('person.created')).toEqual({ object: 'person', operation: 'created' });
    expect(parseEventName('a.b.c')).toBeNull();
  });
});

describe('validateUpdatedFields', () => {
  const fields = OBJECTS[0].fields;
  it('accepts known fields on updated', () => {
    expect(validateUpdatedFields('person.updated', ['name', 'city'], { fields })).toEqual([]);
  });
  it('an absent or empty list has nothing to check', () => {
    expect(validateUpdatedFields('person.created', undefined)).toEqual([]);
    expect(validateUpdatedFields('person.created', [])).toEqual([]);
  });
  it('flags unknown fields with a suggestion', () => {
    expect(validateUpdatedFields('person.updated', ['emial', 'zzz'], { fields })).toEqual([
      { field: 'emial', severity: 'error', message: 'Field "emial" does not exist on person (did you mean "emails"?): it never matches' },
      { field: 'zzz', severity: 'error', message: 'Field "zzz" does not exist on person: it never matches' },
    ]);
  });
  it('warns when the operation is not filtered', () => {
    expect(validateUpdatedFields('person.created', ['name'])).toEqual([
      { severity: 'warning', message: 'updatedFields only filters updated and upserted events; "person.created" always fires, whatever the fields.' },
    ]);
    expect(validateUpdatedFields('person.upserted', ['name'])).toEqual([]);
    expect(validateUpdatedFields('person.upserted', ['name'], { upsertFiltering: 'legacy' })).toEqual([
      { severity: 'warning', message: 'updatedFields only filters updated events; "person.upserted" always fires, whatever the fields.' },
      { severity: 'warning', message: 'Older servers ignore updatedFields for upserts: every upsert fires.' },
    ]);
  });
  it('warns about duplicates', () => {
    expect(validateUpdatedFields('person.updated', ['name', 'name'])).toEqual([
      { field: 'name', severity: 'warning', message: 'Field "name" is listed twice' },
    ]);
  });
  it('suggestClosest', () => {
    expect(suggestClosest('compnay', ['company', 'person'])).toBe('company');
    expect(suggestClosest('xyz', ['company', 'person'])).toBeNull();
  });
});
