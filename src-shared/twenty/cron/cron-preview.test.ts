import { CronExpressionParser } from 'cron-parser';
import { describe, expect, it } from 'vitest';

import { computeServerRuns, getMatchingTriggerTimestamp, previewCron, toServerTick } from './cron-preview';

const FROM = new Date('2025-01-01T00:00:00.000Z');

const cronParserNext = (pattern: string, from: Date, count: number): string[] => {
  const expression = CronExpressionParser.parse(pattern, { currentDate: from, tz: 'UTC' });
  return Array.from({ length: count }, () => expression.next().toDate().toISOString());
};

describe('previewCron: next runs agree with cron-parser for 5-field patterns (UTC)', () => {
  const patterns = [
    '* * * * *', '*/5 * * * *', '0 * * * *', '0 9 * * *', '0 9 * * 1-5', '0 9 * * 1', '0 9 1 * *', '15 14 1 * *',
    '0 22 * * 1-5', '23 0-20/2 * * *', '5 4 * * sun', '0 0,12 1 */2 *', '0 0 L * *', '0 0 * * 1#2', '0 0 13 * 5',
    '*/61 * * * *', '0 0 31 */2 *',
  ];
  it.each(patterns)('%j', (pattern) => {
    const preview = previewCron(pattern, { from: FROM });
    expect(preview.valid).toBe(true);
    if (!preview.valid) return;
    expect(preview.next).toEqual(cronParserNext(pattern, FROM, 10));
  });
});

describe('previewCron: the server fires at minute ticks', () => {
  it('fires a seconds match at the next minute tick', () => {
    const preview = previewCron('30 0 9 * * *', { from: FROM, count: 2 });
    expect(preview).toMatchObject({ valid: true, next: ['2025-01-01T09:01:00.000Z', '2025-01-02T09:01:00.000Z'] });
  });
  it('runs every-second patterns once a minute', () => {
    const preview = previewCron('* * * * * *', { from: FROM, count: 3 });
    expect(preview).toMatchObject({
      valid: true,
      next: ['2025-01-01T00:01:00.000Z', '2025-01-01T00:02:00.000Z', '2025-01-01T00:03:00.000Z'],
    });
  });
  it('toServerTick keeps exact minutes and rounds up the rest', () => {
    expect(toServerTick(new Date('2025-01-01T09:00:00.000Z')).toISOString()).toBe('2025-01-01T09:00:00.000Z');
    expect(toServerTick(new Date('2025-01-01T09:00:00.001Z')).toISOString()).toBe('2025-01-01T09:01:00.000Z');
  });
});

describe('previewCron: options', () => {
  it('defaults to 10 runs and honours count', () => {
    expect(previewCron('* * * * *', { from: FROM })).toMatchObject({ valid: true });
    const ten = previewCron('* * * * *', { from: FROM });
    const three = previewCron('* * * * *', { from: FROM, count: 3 });
    expect(ten.valid && ten.next.length).toBe(10);
    expect(three.valid && three.next.length).toBe(3);
  });

  it('describes the pattern with cronstrue', () => {
    expect(previewCron('0 9 * * 1-5', { from: FROM })).toMatchObject({ description: 'At 09:00, Monday through Friday' });
    expect(previewCron('*/5 * * * *', { from: FROM })).toMatchObject({ description: 'Every 5 minutes' });
    expect(previewCron('@daily', { from: FROM })).toMatchObject({ description: 'At 00:00' });
    // a 4-field pattern is described as cron-parser reads it
    expect(previewCron('0 9 * *', { from: FROM })).toMatchObject({
      description: 'Every minute, between 00:00 and 00:59, on day 9 of the month',
    });
  });

  it('lists runs in a zone with their offset and marks daylight-saving transitions', () => {
    const preview = previewCron('0 2 * * *', { from: new Date('2025-03-29T00:00:00Z'), count: 3, timeZone: 'Europe/Paris' });
    expect(preview).toMatchObject({
      valid: true,
      next: ['2025-03-29T02:00:00.000Z', '2025-03-30T02:00:00.000Z', '2025-03-31T02:00:00.000Z'],
      nextInZone: [
        { iso: '2025-03-29T02:00:00.000Z', local: '2025-03-29 03:00', offset: '+01:00' },
        { iso: '2025-03-30T02:00:00.000Z', local: '2025-03-30 04:00', offset: '+02:00', dstTransition: true },
        { iso: '2025-03-31T02:00:00.000Z', local: '2025-03-31 04:00', offset: '+02:00' },
      ],
    });
    if (preview.valid) {
      expect(preview.nextInZone?.[0]).not.toHaveProperty('dstTransition');
    }
  });

  it('handles fractional and negative offsets', () => {
    const kathmandu = previewCron('0 0 * * *', { from: FROM, count: 1, timeZone: 'Asia/Kathmandu' });
    expect(kathmandu).toMatchObject({ nextInZone: [{ local: '2025-01-02 05:45', offset: '+05:45' }] });
    const ny = previewCron('0 0 * * *', { from: FROM, count: 1, timeZone: 'America/New_York' });
    expect(ny).toMatchObject({ nextInZone: [{ local: '2025-01-01 19:00', offset: '-05:00' }] });
  });

  it('omits nextInZone without a zone, and warns about an unknown zone', () => {
    const plain = previewCron('0 0 * * *', { from: FROM, count: 1 });
    expect(plain).not.toHaveProperty('nextInZone');
    const unknown = previewCron('0 0 * * *', { from: FROM, count: 1, timeZone: 'Mars/Olympus' });
    expect(unknown.warnings).toContain('Unknown time zone "Mars/Olympus": runs are shown in UTC only.');
    expect(unknown).not.toHaveProperty('nextInZone');
  });

  it('evaluates in another server zone when asked (the server uses its local zone)', () => {
    const preview = previewCron('0 9 * * *', { from: FROM, count: 1, serverTimeZone: 'Europe/Paris' });
    expect(preview).toMatchObject({ next: ['2025-01-01T08:00:00.000Z'] });
  });

  it('warns when the next run is more than a year away', () => {
    const preview = previewCron('0 0 * 2 1#5', { from: FROM, count: 1 });
    expect(preview).toMatchObject({ valid: true, next: ['2044-02-29T00:00:00.000Z'] });
    expect(preview.warnings).toContain('The next run is more than a year away (2044-02-29T00:00:00.000Z).');
  });

  it('returns the validation error for an invalid pattern', () => {
    expect(previewCron('*/5 * * 13 *', { from: FROM })).toEqual({
      valid: false,
      error: { message: 'Cron pattern "*/5 * * 13 *": month must be 1-12 (or JAN-DEC) (field 4)', field: 4 },
      warnings: ['cron-parser rejects this pattern, and the server swallows that error: the function would never run.'],
    });
  });
});

describe('getMatchingTriggerTimestamp (the server rule)', () => {
  const at = (iso: string) => new Date(iso);
  it.each([
    ['*/5 * * * *', '2025-01-01T10:05:00.300Z', Date.parse('2025-01-01T10:05:00.000Z')],
    ['*/5 * * * *', '2025-01-01T10:06:00.300Z', null],
    ['0 9 * * *', '2025-01-01T09:00:02.000Z', Date.parse('2025-01-01T09:00:00.000Z')],
    ['30 0 9 * * *', '2025-01-01T09:01:00.100Z', Date.parse('2025-01-01T09:00:30.000Z')],
    ['61 * * * *', '2025-01-01T09:01:00.100Z', null],
  ])('%s at %s', (pattern, now, expected) => {
    expect(getMatchingTriggerTimestamp(pattern, at(now))).toBe(expected);
  });
});

describe('computeServerRuns', () => {
  it('returns nothing for count 0', () => {
    expect(computeServerRuns('* * * * *', { count: 0, from: FROM })).toEqual({ runs: [], exhausted: false });
  });
});

describe('previewCron: JSON shape', () => {
  it('keys in the documented order', () => {
    expect(Object.keys(previewCron('* * * * *', { from: FROM, count: 1, timeZone: 'UTC' }))).toEqual([
      'valid', 'description', 'next', 'nextInZone', 'warnings',
    ]);
    expect(Object.keys(previewCron('* * * * *', { from: FROM, count: 1 }))).toEqual(['valid', 'description', 'next', 'warnings']);
    expect(Object.keys(previewCron('61 * * * *'))).toEqual(['valid', 'error', 'warnings']);
  });
});
