import { describe, expect, it } from 'vitest';

import {
  buildDatabaseEventBatchPayloads,
  buildDatabaseEventPayload,
  buildEventObjectMetadata,
  computeRecordDiff,
  deepEqual,
  defaultPlural,
  STUDIO_WORKSPACE_ID,
} from './event-payload';

const PERSON = { nameSingular: 'person', universalIdentifier: '20202020-e674-48e5-a542-72570eee7213' };
const NOW = '2025-06-01T12:00:00.000Z';
const before = { id: 'r1', name: 'Ada', email: 'a@x.io', city: 'Paris', updatedAt: '2025-01-01', company: { id: 'c1' } };
const after = { id: 'r1', name: 'Ada', email: 'ada@x.io', city: 'Lyon', updatedAt: '2025-06-01', company: { id: 'c2' } };

describe('computeRecordDiff', () => {
  it('keeps changed keys of after, skipping updatedAt, searchVector and relation fields', () => {
    expect(computeRecordDiff(before, { ...after, searchVector: 'x' }, { relationFieldNames: ['company'] })).toEqual({
      email: { before: 'a@x.io', after: 'ada@x.io' },
      city: { before: 'Paris', after: 'Lyon' },
    });
  });
  it('compares nested values structurally', () => {
    expect(computeRecordDiff({ emails: { primaryEmail: 'a' } }, { emails: { primaryEmail: 'a' } })).toEqual({});
    expect(computeRecordDiff({ tags: ['a'] }, { tags: ['a', 'b'] })).toEqual({ tags: { before: ['a'], after: ['a', 'b'] } });
  });
  it('a key only in before is not part of the diff (the server walks after)', () => {
    expect(computeRecordDiff({ a: 1, gone: 2 }, { a: 1 })).toEqual({});
  });
  it('a key new in after is', () => {
    expect(computeRecordDiff({}, { a: 1 })).toEqual({ a: { before: undefined, after: 1 } });
  });
});

describe('deepEqual', () => {
  it.each([
    [1, 1, true],
    [null, undefined, false],
    [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }, true],
    [{ a: 1 }, { a: 1, b: undefined }, false],
    [[1, 2], [2, 1], false],
    [Number.NaN, Number.NaN, true],
  ])('%j == %j -> %s', (a, b, expected) => {
    expect(deepEqual(a, b)).toBe(expected);
  });
});

describe('buildDatabaseEventPayload: properties per operation', () => {
  const base = { objectMetadata: PERSON, workspaceId: 'ws-1', now: NOW, relationFieldNames: ['company'] };

  it('created -> { after }', () => {
    const { payload, warnings } = buildDatabaseEventPayload({ ...base, operation: 'created', after });
    expect(payload).toMatchObject({ name: 'person.created', workspaceId: 'ws-1', recordId: 'r1', properties: { after } });
    expect(Object.keys(payload.properties)).toEqual(['after']);
    expect(Object.keys(payload)).toEqual(['name', 'workspaceId', 'objectMetadata', 'recordId', 'properties']);
    expect(warnings).toEqual([]);
  });

  it('updated -> { before, after, updatedFields, diff }', () => {
    const { payload } = buildDatabaseEventPayload({ ...base, operation: 'updated', before, after });
    expect(payload.properties).toEqual({
      before,
      after,
      updatedFields: ['email', 'city'],
      diff: { email: { before: 'a@x.io', after: 'ada@x.io' }, city: { before: 'Paris', after: 'Lyon' } },
    });
  });

  it('deleted (soft) derives after with deletedAt when only before is given', () => {
    const { payload } = buildDatabaseEventPayload({ ...base, operation: 'deleted', before: { id: 'r1', name: 'Ada', deletedAt: null } });
    expect(payload.properties).toEqual({
      before: { id: 'r1', name: 'Ada', deletedAt: null },
      after: { id: 'r1', name: 'Ada', deletedAt: NOW },
      updatedFields: ['deletedAt'],
      diff: { deletedAt: { before: null, after: NOW } },
    });
  });

  it('restored derives after with deletedAt null', () => {
    const { payload } = buildDatabaseEventPayload({ ...base, operation: 'restored', before: { id: 'r1', deletedAt: NOW } });
    expect(payload.properties).toEqual({
      before: { id: 'r1', deletedAt: NOW },
      after: { id: 'r1', deletedAt: null },
      updatedFields: ['deletedAt'],
      diff: { deletedAt: { before: NOW, after: null } },
    });
  });

  it('destroyed -> { before }', () => {
    const { payload } = buildDatabaseEventPayload({ ...base, operation: 'destroyed', before });
    expect(payload.properties).toEqual({ before });
    expect(payload.recordId).toBe('r1');
  });

  it('upserted with a before -> { before, after, updatedFields, diff }; without -> { after }', () => {
    expect(buildDatabaseEventPayload({ ...base, operation: 'upserted', before, after }).payload.properties).toMatchObject({
      before,
      after,
      updatedFields: ['email', 'city'],
    });
    expect(buildDatabaseEventPayload({ ...base, operation: 'upserted', after }).payload.properties).toEqual({ after });
  });

  it('actor fields appear only when set, before properties', () => {
    const { payload } = buildDatabaseEventPayload({
      ...base,
      operation: 'created',
      after,
      recordId: 'explicit',
      actor: { userId: 'u1', userWorkspaceId: 'uw1', workspaceMemberId: null },
    });
    expect(payload.recordId).toBe('explicit');
    expect(Object.keys(payload)).toEqual(['name', 'workspaceId', 'objectMetadata', 'recordId', 'userId', 'userWorkspaceId', 'properties']);
  });

  it('warns about missing pieces', () => {
    expect(buildDatabaseEventPayload({ ...base, operation: 'updated', before, after: before }).warnings).toContain(
      'Nothing changed between before and after: updatedFields is empty.',
    );
    expect(buildDatabaseEventPayload({ objectMetadata: PERSON, operation: 'created', after: { name: 'x' } }).warnings).toContain(
      'No record id: give one, or an "id" in the record.',
    );
  });

  it('defaults the workspace id', () => {
    expect(buildDatabaseEventPayload({ objectMetadata: PERSON, operation: 'created', after }).payload.workspaceId).toBe(STUDIO_WORKSPACE_ID);
  });
});

describe('buildEventObjectMetadata', () => {
  it('fills what a function reads, deterministically', () => {
    const metadata = buildEventObjectMetadata(PERSON);
    expect(metadata).toMatchObject({
      nameSingular: 'person',
      namePlural: 'people',
      labelSingular: 'Person',
      labelPlural: 'People',
      universalIdentifier: PERSON.universalIdentifier,
      isCustom: false,
      fieldIds: [],
    });
    expect(Object.keys(metadata)).toHaveLength(35);
    expect(buildEventObjectMetadata({ nameSingular: 'invoice', isCustom: true, namePlural: 'invoiceList' })).toMatchObject({
      namePlural: 'invoiceList',
      isCustom: true,
    });
  });
  it.each([
    ['person', 'people'],
    ['company', 'companies'],
    ['opportunity', 'opportunities'],
    ['address', 'addresses'],
    ['note', 'notes'],
  ])('defaultPlural(%s) = %s', (singular, plural) => {
    expect(defaultPlural(singular)).toBe(plural);
  });
});

describe('buildDatabaseEventBatchPayloads', () => {
  const events = [
    { before: { id: 'a', city: 'Paris' }, after: { id: 'a', city: 'Lyon' }, actor: { userId: 'u1' } },
    { before: { id: 'b', name: 'x' }, after: { id: 'b', name: 'y' }, actor: { userId: 'u1' } },
    { before: { id: 'c', city: 'Nice' }, after: { id: 'c', city: 'Nantes' }, actor: { userId: 'u2' } },
  ];

  it('builds { name, workspaceId, objectMetadata, events } per actor', () => {
    const { payloads, warnings, filteredOut } = buildDatabaseEventBatchPayloads({ objectMetadata: PERSON, operation: 'updated', events, now: NOW });
    expect(filteredOut).toBe(0);
    expect(payloads).toHaveLength(2);
    expect(Object.keys(payloads[0])).toEqual(['name', 'workspaceId', 'objectMetadata', 'events']);
    expect(payloads[0].events.map((e) => e.recordId)).toEqual(['a', 'b']);
    expect(payloads[0].events[0]).toEqual({
      recordId: 'a',
      userId: 'u1',
      properties: {
        before: { id: 'a', city: 'Paris' },
        after: { id: 'a', city: 'Lyon' },
        updatedFields: ['city'],
        diff: { city: { before: 'Paris', after: 'Lyon' } },
      },
    });
    expect(warnings).toEqual(['The events come from 2 different actors: the server sends one batch per actor.']);
  });

  it('filters by the trigger before batching', () => {
    const { payloads, filteredOut } = buildDatabaseEventBatchPayloads({
      objectMetadata: PERSON,
      operation: 'updated',
      events,
      trigger: { eventName: 'person.updated', updatedFields: ['city'], batchMode: true },
    });
    expect(filteredOut).toBe(1);
    expect(payloads.flatMap((p) => p.events.map((e) => e.recordId))).toEqual(['a', 'c']);
  });

  it('splits more than 200 events', () => {
    const many = Array.from({ length: 450 }, (_, i) => ({ after: { id: `r${i}` } }));
    const { payloads, warnings } = buildDatabaseEventBatchPayloads({ objectMetadata: PERSON, operation: 'created', events: many });
    expect(payloads.map((p) => p.events.length)).toEqual([200, 200, 50]);
    expect(warnings).toContain('More than 200 events: the server splits them into batches of at most 200.');
  });
});
