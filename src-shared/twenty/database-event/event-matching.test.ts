import { describe, expect, it } from 'vitest';

import { matchDatabaseEvent, matchesEventName, selfTriggerWarning, whoFires } from './event-matching';

describe('matchesEventName (the four exact forms)', () => {
  it.each([
    ['person.created', 'person.created', true],
    ['*.created', 'person.created', true],
    ['person.*', 'person.created', true],
    ['*.*', 'person.created', true],
    ['*.*', 'company.destroyed', true],
    ['person.*', 'company.created', false],
    ['*.updated', 'person.created', false],
    ['company.created', 'person.created', false],
    ['Person.created', 'person.created', false],
    ['person.create', 'person.created', false],
    ['per*.created', 'person.created', false],
    ['*', 'person.created', false],
    ['person.created ', 'person.created', false],
    ['workspaceMember.updated', 'workspaceMember.updated', true],
  ])('%s vs %s -> %s', (trigger, event, expected) => {
    expect(matchesEventName(trigger, event)).toBe(expected);
  });
});

describe('matchDatabaseEvent', () => {
  it.each([
    // [trigger, event, fires, reason]
    [{ eventName: 'person.created' }, { name: 'person.created' }, true, '"person.created" matches person.created; every created event fires'],
    [{ eventName: 'company.*' }, { name: 'person.created' }, false, '"company.*" does not match person.created (only person.created, *.created, person.* or *.* do)'],
    [{ eventName: 'person.updated' }, { name: 'person.updated', updatedFields: ['name'] }, true, '"person.updated" matches person.updated; no updatedFields filter, so every update fires'],
    [{ eventName: 'person.updated', updatedFields: [] }, { name: 'person.updated', updatedFields: ['name'] }, true, '"person.updated" matches person.updated; no updatedFields filter, so every update fires'],
    [{ eventName: 'person.updated', updatedFields: ['email', 'name'] }, { name: 'person.updated', updatedFields: ['name', 'city'] }, true, '"person.updated" matches person.updated; name changed, which updatedFields watches'],
    [{ eventName: 'person.*', updatedFields: ['email'] }, { name: 'person.updated', updatedFields: ['name', 'city'] }, false, '"person.*" matches person.updated; none of the watched fields (email) changed; changed: name, city'],
    [{ eventName: '*.updated', updatedFields: ['email'] }, { name: 'person.updated', updatedFields: [] }, false, '"*.updated" matches person.updated; the event lists no updated fields, and updatedFields watches email'],
    [{ eventName: 'person.*', updatedFields: ['email'] }, { name: 'person.created' }, true, '"person.*" matches person.created; updatedFields only filters updates, so every created event fires'],
    [{ eventName: 'person.*', updatedFields: ['email'] }, { name: 'person.deleted', updatedFields: ['deletedAt'] }, true, '"person.*" matches person.deleted; updatedFields only filters updates, so every deleted event fires'],
  ])('%j / %j', (trigger, event, fires, reason) => {
    const result = matchDatabaseEvent(trigger, event);
    expect(result.fires).toBe(fires);
    expect(result.reason).toBe(reason);
  });

  describe('upserts', () => {
    const trigger = { eventName: 'person.upserted', updatedFields: ['email'] };
    it('newer servers filter upserts by updatedFields and say older ones would fire', () => {
      expect(matchDatabaseEvent(trigger, { name: 'person.upserted', updatedFields: ['name'] })).toEqual({
        fires: false,
        eventNameMatches: true,
        reason: '"person.upserted" matches person.upserted; none of the watched fields (email) changed; changed: name',
        olderServerFires: true,
      });
    });
    it('older servers fire every upsert', () => {
      expect(matchDatabaseEvent(trigger, { name: 'person.upserted', updatedFields: ['name'] }, { upsertFiltering: 'legacy' })).toEqual({
        fires: true,
        eventNameMatches: true,
        reason: '"person.upserted" matches person.upserted; updatedFields is ignored for upserts on older servers, so every upsert fires',
      });
    });
    it('no difference when the watched field changed', () => {
      const result = matchDatabaseEvent(trigger, { name: 'person.upserted', updatedFields: ['email'] });
      expect(result.fires).toBe(true);
      expect(result).not.toHaveProperty('olderServerFires');
    });
    it('an upsert that created the record lists no updated fields: filtered out on newer servers', () => {
      expect(matchDatabaseEvent(trigger, { name: 'person.upserted' })).toMatchObject({ fires: false, olderServerFires: true });
    });
  });
});

describe('whoFires', () => {
  it('lists every database-event function with its decision, in order', () => {
    const result = whoFires(
      [
        { universalIdentifier: 'a', name: 'on-any', databaseEventTriggerSettings: { eventName: '*.*' } },
        { universalIdentifier: 'b', name: 'on-company', databaseEventTriggerSettings: { eventName: 'company.updated' } },
        { universalIdentifier: 'c', name: 'route-only' },
        { universalIdentifier: 'd', name: 'batched', databaseEventTriggerSettings: { eventName: 'person.*', batchMode: true, updatedFields: ['city'] } },
      ],
      { name: 'person.updated', updatedFields: ['city'] },
    );
    expect(result.map((r) => [r.universalIdentifier, r.fires, r.batchMode])).toEqual([
      ['a', true, false],
      ['b', false, false],
      ['d', true, true],
    ]);
    expect(result[1]).toMatchObject({ name: 'on-company', eventName: 'company.updated', eventNameMatches: false });
  });
});

describe('selfTriggerWarning', () => {
  it.each([
    [{ eventName: 'person.updated', updatedFields: ['score'] }, ['score'], true],
    [{ eventName: 'person.updated', updatedFields: ['email'] }, ['score'], false],
    [{ eventName: 'person.updated' }, ['score'], true],
    [{ eventName: '*.*' }, ['score'], true],
    [{ eventName: 'person.created' }, ['score'], false],
    [{ eventName: 'company.updated' }, ['score'], false],
    [{ eventName: 'person.updated' }, [], false],
  ])('%j writing %j -> %s', (trigger, written, expected) => {
    expect(selfTriggerWarning(trigger, 'person', written) !== null).toBe(expected);
  });
  it('upserts loop on older servers even with a filter', () => {
    const trigger = { eventName: 'person.upserted', updatedFields: ['email'] };
    expect(selfTriggerWarning(trigger, 'person', ['score'])).toBeNull();
    expect(selfTriggerWarning(trigger, 'person', ['score'], { upsertFiltering: 'legacy' })).toBe(
      'This function writes score on person and fires on person.upserted: each run triggers the next (a self-trigger loop).',
    );
  });
});
