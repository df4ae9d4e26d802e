/** The stand-ins the Node builds use for semver and cron-parser behave as the packages do (the unit tests otherwise get the packages themselves). */
import { describe, expect, it } from 'vitest';
import { CronExpressionParser } from './lazy-cron-parser';
import semver from './lazy-semver';

describe('lazily required packages', () => {
  it('semver: the functions the studio calls', () => {
    expect(semver.coerce('v20.19.1')?.version).toBe('20.19.1');
    expect(semver.satisfies(semver.coerce('v20.19.1')!, '>=20')).toBe(true);
    expect(semver.satisfies('18.0.0', '>=20')).toBe(false);
    expect(semver.validRange('not a range')).toBeNull();
    expect(semver.gte('2.43.0', '2.40.0')).toBe(true);
    expect(semver.major('2.43.0')).toBe(2);
    expect(semver.minor('2.43.0')).toBe(43);
    expect(semver.lt('2.4.0', '2.43.0')).toBe(true);
    expect(semver.valid('1.2')).toBeNull();
    // A name not taken from its own file: the whole package.
    expect(semver.compare('1.0.0', '2.0.0')).toBe(-1);
  });

  it('cron-parser: the static parser, whose private static helpers need the real class as `this`', () => {
    const expression = CronExpressionParser.parse('*/5 * * * *', { currentDate: new Date('2026-01-01T00:01:00Z'), tz: 'UTC' });
    expect(expression.next().toDate().toISOString()).toBe('2026-01-01T00:05:00.000Z');
    expect(() => CronExpressionParser.parse('61 * * * *')).toThrow();
  });
});
