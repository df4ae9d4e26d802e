import { CronExpressionParser } from 'cron-parser';
import { describe, expect, it } from 'vitest';

import { CRON_PRESETS, cronParserAccepts, splitCronFields, validateCronPattern } from './cron-validation';

const parses = (pattern: string): boolean => {
  try {
    CronExpressionParser.parse(pattern);
    return true;
  } catch {
    return false;
  }
};

describe('validateCronPattern: valid agrees with cron-parser', () => {
  const patterns = [
    '* * * * *', '*/5 * * * *', '0 9 * * 1-5', '0 0 1 * *', '*/61 * * * *', '*/90 * * * *', '61 * * * *', '60 * * * *',
    '0 24 * * *', '0 0 0 * *', '0 0 32 * *', '0 0 * 13 *', '0 0 * 0 *', '0 0 * * 8', '0 0 * * 7', '0 0 * * 0,7',
    '1,1 * * * *', '1,,2 * * * *', '5-2 * * * *', '*/0 * * * *', 'a * * * *', '0 0 1 foo *', '0 0 * * MON-FRI',
    '0 0 1 JAN,feb *', '0 9 30 2 *', '0 0 31 2,4 *', '0 0 30,31 2 *', '0 0 31 */2 *', '0 0 31 2 1', '0 0 29 2 *',
    '0 0 L * *', '0 0 * * 5L', '0 0 LW * *', '0 0 1W * *', '0 0 * * 1#2', '0 0 * * 1#6', '0 0 * * 1-2#2', '0 0 ? * *',
    '* * * * * *', '30 0 9 * * *', '* * * * * * *', '* * * *', '0 9 * *', '*', '5', '@daily', '@weekly', '@secondly',
    ' @daily', '@sometimes', 'H * * * *', 'H(0-10) * * * *', 'H/15 * * * *', '*/5/2 * * * *', '1-2-3 * * * *',
    '** * * * *', '0 0 * * sun,mon', '0 0 * * 1/2', '1-5/2 * * * *', '5/15 * * * *', '0 0 1-5,3 * *', '  0 9 * * *  ',
    '0\t9 * * *', '0 0 13 * 5', '0-59 * * * *', '-1 * * * *', '1.5 * * * *', '0 0 * * 7-1',
  ];
  it.each(patterns)('%j', (pattern) => {
    expect(validateCronPattern(pattern).valid).toBe(parses(pattern));
    expect(cronParserAccepts(pattern)).toBe(parses(pattern));
  });

  it('refuses the empty pattern as the SDK does, although cron-parser would read it as every minute', () => {
    expect(parses('')).toBe(true);
    expect(validateCronPattern('')).toEqual({ valid: false, error: { message: 'Cron trigger must have a pattern' }, warnings: [] });
  });
});

describe('validateCronPattern: located errors', () => {
  const table: [string, string, number | undefined][] = [
    ['61 * * * *', 'Cron pattern "61 * * * *": minute must be 0-59 (field 1)', 1],
    ['0 24 * * *', 'Cron pattern "0 24 * * *": hour must be 0-23 (field 2)', 2],
    ['0 0 32 * *', 'Cron pattern "0 0 32 * *": day of month must be 1-31 (field 3)', 3],
    ['0 0 * 13 *', 'Cron pattern "0 0 * 13 *": month must be 1-12 (or JAN-DEC) (field 4)', 4],
    ['0 0 * * 8', 'Cron pattern "0 0 * * 8": day of week must be 0-7 (0 and 7 are Sunday, or SUN-SAT) (field 5)', 5],
    ['60 * * * * *', 'Cron pattern "60 * * * * *": second must be 0-59 (field 1)', 1],
    ['0 60 * * * *', 'Cron pattern "0 60 * * * *": minute must be 0-59 (field 2)', 2],
    ['5-2 * * * *', 'Cron pattern "5-2 * * * *": minute range 5-2 goes backwards (the first value must not be larger than the second) (field 1)', 1],
    ['*/0 * * * *', 'Cron pattern "*/0 * * * *": minute step in "*/0" must be a whole number of at least 1 (field 1)', 1],
    ['0 0 1 foo *', 'Cron pattern "0 0 1 foo *": month has an unknown name "foo" (use JAN-DEC) (field 4)', 4],
    ['a * * * *', 'Cron pattern "a * * * *": minute "a" is not a valid value (field 1)', 1],
    ['1,,2 * * * *', 'Cron pattern "1,,2 * * * *": minute has an empty item in the list "1,,2" (field 1)', 1],
    ['0 0 * * 0,7', 'Cron pattern "0 0 * * 0,7": day of week lists 0 more than once (0 and 7 are both Sunday) (field 5)', 5],
    ['0 0 * * 1#6', 'Cron pattern "0 0 * * 1#6": day of week "#" must be followed by an occurrence 1-5 (e.g. 1#2 for the second Monday) (field 5)', 5],
    ['0 9 30 2 *', 'Cron pattern "0 9 30 2 *": day of month 30 never occurs in February, so it can never run (field 3)', 3],
    ['0 0 31 2,4 *', 'Cron pattern "0 0 31 2,4 *": day of month 31 never occurs in February or April, so it can never run (field 3)', 3],
    ['0 0 30,31 2 *', 'Cron pattern "0 0 30,31 2 *": day of month 30 never occurs in February, so it can never run (field 3)', 3],
    ['* 99 * *', 'Cron pattern "* 99 * *": day of month must be 1-31 (field 2)', 2],
    ['* * * * * * *', 'Cron pattern "* * * * * * *": 7 fields; at most 6 are allowed (an optional seconds field, then minute hour day-of-month month day-of-week)', undefined],
  ];
  it.each(table)('%j', (pattern, message, field) => {
    const result = validateCronPattern(pattern);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.error.message).toBe(message);
    expect(result.error.field).toBe(field);
    expect(result.warnings).toContain(
      'cron-parser rejects this pattern, and the server swallows that error: the function would never run.',
    );
  });
});

describe('validateCronPattern: warnings', () => {
  const warningsOf = (pattern: string): string[] => validateCronPattern(pattern).warnings;

  it('accepts */61 (cron-parser does) and warns that the step is larger than the range', () => {
    const result = validateCronPattern('*/61 * * * *');
    expect(result.valid).toBe(true);
    expect(result.warnings).toEqual([
      'minute step 61 in "*/61" is larger than its range 0-59: it only matches minute 0 (field 1)',
    ]);
  });

  it.each([
    ['*/90 * * * *', 'minute step 90 in "*/90" is larger than its range 0-59: it only matches minute 0 (field 1)'],
    ['0 */24 * * *', 'hour step 24 in "*/24" is larger than its range 0-23: it only matches hour 0 (field 2)'],
    ['0 0 10-20/15 * *', 'day of month step 15 in "10-20/15" is larger than its range 10-20: it only matches day of month 10 (field 3)'],
    ['50/20 * * * *', 'minute step 20 in "50/20" is larger than its range 50-59: it only matches minute 50 (field 1)'],
    ['0 0 * */12 *', 'month step 12 in "*/12" is larger than its range 1-12: it only matches month 1 (field 4)'],
  ])('step warning for %j', (pattern, warning) => {
    expect(warningsOf(pattern)).toContain(warning);
  });

  it.each(['*/30 * * * *', '*/59 * * * *', '0 */12 * * *', '0 0 * * */3'])('no step warning for %j', (pattern) => {
    expect(warningsOf(pattern).filter((w) => w.includes('step'))).toEqual([]);
  });

  it('warns about fewer than five fields and says how cron-parser shifts them', () => {
    expect(warningsOf('0 9 * *')).toEqual([
      'Only 4 fields: Twenty patterns have 5 (minute hour day-of-month month day-of-week). cron-parser fills in the missing leading fields, so this runs as "* 0 9 * *" — field 1 is read as the hour.',
    ]);
    expect(warningsOf('5')[0]).toMatch(/^Only 1 field: .* field 1 is read as the day of week\.$/);
  });

  it('warns that a seconds field does not make it run more than once a minute', () => {
    for (const pattern of ['* * * * * *', '30 0 9 * * *', '@secondly']) {
      expect(warningsOf(pattern).some((w) => w.startsWith('The sixth field is read as seconds'))).toBe(true);
    }
    expect(warningsOf('@daily')).toEqual([]);
    expect(warningsOf('0 9 * * *')).toEqual([]);
  });

  it('warns when day of month and day of week are both set (OR semantics)', () => {
    expect(warningsOf('0 0 13 * 5')).toEqual([
      'Day of month (13) and day of week (5) are both set: cron runs when EITHER matches, not only when both do.',
    ]);
    expect(warningsOf('0 0 13 * ?')).toEqual([]);
  });

  it('warns about H (random on every server check)', () => {
    expect(warningsOf('H * * * *').some((w) => w.startsWith('"H" picks a random value'))).toBe(true);
  });
});

describe('splitCronFields', () => {
  it('locates fields as written on the unit cron-parser reads', () => {
    expect(splitCronFields('0 9 * * 1')?.fields.map((f) => [f.field, f.unit])).toEqual([
      [1, 'minute'], [2, 'hour'], [3, 'dayOfMonth'], [4, 'month'], [5, 'dayOfWeek'],
    ]);
    expect(splitCronFields('30 0 9 * * *')?.fields[0].unit).toBe('second');
    expect(splitCronFields('@weekly')).toMatchObject({ fieldCount: 0, normalized: ['0', '0', '0', '*', '*', '0'] });
    expect(splitCronFields('1 2 3 4 5 6 7')).toBeNull();
  });
});

describe('CRON_PRESETS', () => {
  it.each(CRON_PRESETS.map((p) => [p.id, p.pattern]))('%s (%s) is valid with no warnings', (_id, pattern) => {
    expect(validateCronPattern(pattern)).toMatchObject({ valid: true, warnings: [] });
  });
  it('covers the usual schedules', () => {
    expect(CRON_PRESETS.map((p) => p.pattern)).toEqual([
      '* * * * *', '*/5 * * * *', '0 * * * *', '0 9 * * *', '0 9 * * 1-5', '0 9 * * 1', '0 9 1 * *',
    ]);
  });
});
