import { describe, expect, it } from 'vitest';

import { formatLocalMinute, formatOffset, getZoneOffsetMinutes, isValidTimeZone } from './time-zone';

describe('time-zone helpers', () => {
  it.each([
    ['UTC', true],
    ['Europe/Paris', true],
    ['America/New_York', true],
    ['Mars/Olympus', false],
    ['', false],
  ])('isValidTimeZone(%j) = %s', (zone, expected) => {
    expect(isValidTimeZone(zone)).toBe(expected);
  });

  it.each([
    ['2025-01-15T12:00:00Z', 'Europe/Paris', 60],
    ['2025-07-15T12:00:00Z', 'Europe/Paris', 120],
    ['2025-07-15T12:00:00Z', 'America/New_York', -240],
    ['2025-07-15T12:00:00Z', 'Asia/Kolkata', 330],
    ['2025-07-15T12:00:00Z', 'UTC', 0],
    ['2025-03-30T00:59:59Z', 'Europe/Paris', 60],
    ['2025-03-30T01:00:00Z', 'Europe/Paris', 120],
  ])('offset at %s in %s = %i', (iso, zone, minutes) => {
    expect(getZoneOffsetMinutes(new Date(iso), zone)).toBe(minutes);
  });

  it.each([
    [0, '+00:00'],
    [120, '+02:00'],
    [-300, '-05:00'],
    [345, '+05:45'],
    [-570, '-09:30'],
  ])('formatOffset(%i) = %s', (minutes, text) => {
    expect(formatOffset(minutes)).toBe(text);
  });

  it('formats the wall clock minute, including midnight', () => {
    expect(formatLocalMinute(new Date('2025-01-01T23:30:00Z'), 'Europe/Paris')).toBe('2025-01-02 00:30');
    expect(formatLocalMinute(new Date('2025-01-01T00:00:00Z'), 'UTC')).toBe('2025-01-01 00:00');
  });
});
