import { describe, expect, it } from 'vitest';
import { writtenFields } from './written-fields';

const person = { nameSingular: 'person', namePlural: 'people' };

describe('writtenFields (self-trigger heuristic)', () => {
  it.each([
    ['a genql mutation', `client.mutation({ updatePerson: { __args: { id, data: { name: n, 'jobTitle': t } }, id: true } })`, ['name', 'jobTitle']],
    ['a plural mutation with an array', `client.mutation({ updatePeople: { __args: { data: [{ city }] } } })`, ['city']],
    ['an update<Object> call', `await api.updatePerson({ id, data: { emails } })`, ['emails']],
    ['an upsert call', `upsertPerson({ data: { phones: x } })`, ['phones']],
    ['a generic updateOne naming the object', `repo.updateOne('person', { id, data: { name } })`, ['name']],
    ['a generic updateOne with objectName', `db.updateOne({ objectName: 'people', data: { avatarUrl: u } })`, ['avatarUrl']],
  ])('finds %s', (_label, source, fields) => {
    expect(writtenFields(source, person)).toEqual(fields);
  });

  it.each([
    ['another object', `client.mutation({ updateCompany: { __args: { data: { name } } } })`],
    ['a generic update of another object', `repo.updateOne('company', { data: { name } })`],
    ['data built elsewhere', `const data = { name }; await api.updatePerson({ id, data })`],
    ['a read', `client.query({ person: { __args: { filter: { name: { eq: 'x' } } }, name: true } })`],
    ['spread only', `api.updatePerson({ data: { ...changes } })`],
  ])('ignores %s', (_label, source) => {
    expect(writtenFields(source, person)).toEqual([]);
  });
});
