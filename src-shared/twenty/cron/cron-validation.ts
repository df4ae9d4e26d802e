/**
 * Cron pattern validation the way the Twenty server experiences it.
 *
 * The server (cron-trigger.cron.job.ts + utils/should-run-now.utils.ts in twentyhq/twenty) calls
 * `CronExpressionParser.parse(pattern, { currentDate: now })` inside a try/catch every minute, so a
 * pattern cron-parser rejects is swallowed and never runs. `valid` here is therefore exactly
 * "cron-parser accepts it"; the studio only adds a field-located message and warnings.
 *
 * Located messages are found by re-parsing each field on its own with cron-parser (all the other
 * fields set to `*`), so the located field always agrees with what cron-parser rejects.
 */
import { CronExpressionParser } from 'cron-parser';
import { BoundedCache } from '../../bounded-cache';

export type CronUnit = 'second' | 'minute' | 'hour' | 'dayOfMonth' | 'month' | 'dayOfWeek';

export type CronUnitInfo = { unit: CronUnit; label: string; min: number; max: number };

export const CRON_UNITS: readonly CronUnitInfo[] = [
  { unit: 'second', label: 'second', min: 0, max: 59 },
  { unit: 'minute', label: 'minute', min: 0, max: 59 },
  { unit: 'hour', label: 'hour', min: 0, max: 23 },
  { unit: 'dayOfMonth', label: 'day of month', min: 1, max: 31 },
  { unit: 'month', label: 'month', min: 1, max: 12 },
  { unit: 'dayOfWeek', label: 'day of week', min: 0, max: 7 },
];

/** cron-parser's predefined expressions (matched on the untrimmed pattern, as cron-parser does). */
export const CRON_PREDEFINED: Readonly<Record<string, string>> = {
  '@yearly': '0 0 0 1 1 *',
  '@annually': '0 0 0 1 1 *',
  '@monthly': '0 0 0 1 * *',
  '@weekly': '0 0 0 * * 0',
  '@daily': '0 0 0 * * *',
  '@hourly': '0 0 * * * *',
  '@minutely': '0 * * * * *',
  '@secondly': '* * * * * *',
  '@weekdays': '0 0 0 * * 1-5',
  '@weekends': '0 0 0 * * 0,6',
};

export type CronPreset = { id: string; label: string; pattern: string };

export const CRON_PRESETS: readonly CronPreset[] = [
  { id: 'every-minute', label: 'Every minute', pattern: '* * * * *' },
  { id: 'every-5-minutes', label: 'Every 5 minutes', pattern: '*/5 * * * *' },
  { id: 'hourly', label: 'Every hour, on the hour', pattern: '0 * * * *' },
  { id: 'daily-9', label: 'Every day at 09:00', pattern: '0 9 * * *' },
  { id: 'weekdays-9', label: 'Weekdays (Monday to Friday) at 09:00', pattern: '0 9 * * 1-5' },
  { id: 'weekly', label: 'Every Monday at 09:00', pattern: '0 9 * * 1' },
  { id: 'monthly', label: 'On the 1st of every month at 09:00', pattern: '0 9 1 * *' },
];

export type CronError = { message: string; field?: number };

/** One field of the pattern as written, with the unit cron-parser reads it as. */
export type CronFieldView = { field: number; value: string } & CronUnitInfo;

export type CronValidation =
  | {
      valid: true;
      /** The pattern as cron-parser reads it: six fields, seconds first. */
      normalized: string;
      /** Fields as written (after expanding an `@` preset), located 1-based. */
      fields: CronFieldView[];
      /** Number of fields as written (0 for an `@` preset). */
      fieldCount: number;
      warnings: string[];
    }
  | { valid: false; error: CronError; warnings: string[] };

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const DEFAULT_FIELDS = ['0', '*', '*', '*', '*', '*'];

/** cron-parser accepts the pattern (no options other than what the server passes). */
export const cronParserAccepts = (pattern: string): boolean => {
  try {
    CronExpressionParser.parse(pattern);
    return true;
  } catch {
    return false;
  }
};

const cronParserError = (pattern: string): string | null => {
  try {
    CronExpressionParser.parse(pattern);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
};

const quote = (pattern: string): string => `Cron pattern ${JSON.stringify(pattern)}`;

const listNames = (names: string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;

/**
 * Splits a pattern the way cron-parser does and locates each field (1-based as written) on its unit.
 * Returns null for more than six fields.
 */
export const splitCronFields = (pattern: string): { fields: CronFieldView[]; normalized: string[]; fieldCount: number } | null => {
  const predefined = Object.hasOwn(CRON_PREDEFINED, pattern) ? CRON_PREDEFINED[pattern] : undefined;
  const expression = predefined ?? (pattern === '' ? '0 * * * * *' : pattern);
  const atoms = expression.trim().split(/\s+/);
  if (atoms.length > 6) return null;
  const shift = 6 - atoms.length;
  const normalized = [...DEFAULT_FIELDS.slice(0, shift), ...atoms];
  const fields = atoms.map((value, index) => ({ field: index + 1, value, ...CRON_UNITS[shift + index] }));
  return { fields, normalized, fieldCount: predefined || pattern === '' ? 0 : atoms.length };
};

/** Turns a cron-parser message about one field into a readable one. */
const describeFieldProblem = (info: CronUnitInfo, value: string, parserMessage: string): string => {
  const { label, min, max } = info;
  let m: RegExpMatchArray | null;
  if (/expected range/.test(parserMessage)) {
    const suffix = info.unit === 'month' ? ' (or JAN-DEC)' : info.unit === 'dayOfWeek' ? ' (0 and 7 are Sunday, or SUN-SAT)' : '';
    return `${label} must be ${min}-${max}${suffix}`;
  }
  if ((m = parserMessage.match(/Invalid range: (\d+)-(\d+), min/))) {
    return `${label} range ${m[1]}-${m[2]} goes backwards (the first value must not be larger than the second)`;
  }
  if (/cannot repeat at every/.test(parserMessage) || /Invalid step/.test(parserMessage)) {
    return `${label} step in ${JSON.stringify(value)} must be a whole number of at least 1`;
  }
  if ((m = parserMessage.match(/cannot resolve alias "([^"]*)"/))) {
    return `${label} has an unknown name ${JSON.stringify(m[1])}${info.unit === 'month' ? ' (use JAN-DEC)' : ' (use SUN-SAT)'}`;
  }
  if (/Invalid characters/.test(parserMessage)) {
    return `${label} ${JSON.stringify(value)} is not a valid value`;
  }
  if (/Invalid list value format/.test(parserMessage)) {
    return `${label} has an empty item in the list ${JSON.stringify(value)}`;
  }
  if ((m = parserMessage.match(/duplicate values found: (\S+)/))) {
    const sundayHint = info.unit === 'dayOfWeek' && m[1] === '0' ? ' (0 and 7 are both Sunday)' : '';
    return `${label} lists ${m[1]} more than once${sundayHint}`;
  }
  if (/occurrence number/.test(parserMessage)) {
    return `${label} "#" must be followed by an occurrence 1-5 (e.g. 1#2 for the second Monday)`;
  }
  if (/incompatible/.test(parserMessage)) {
    return `${label} "#" cannot be combined with lists, ranges, steps or L`;
  }
  if (/Invalid wildcard/.test(parserMessage)) {
    return `${label} ${JSON.stringify(value)} uses * or ? where only a whole list item may be a wildcard`;
  }
  if (/Invalid repeat/.test(parserMessage)) {
    return `${label} ${JSON.stringify(value)} has more than one "/" step`;
  }
  if (/too many values/.test(parserMessage)) {
    return `${label} ${JSON.stringify(value)} expands to too many values`;
  }
  return `${label}: ${parserMessage}`;
};

/** Builds a pattern that isolates one field (the others wildcards) in cron-parser's 6-field form. */
const isolate = (unitIndex: number, value: string): string => {
  const parts = ['0', '*', '*', '*', '*', '*'];
  parts[unitIndex] = value;
  return parts.join(' ');
};

const unitIndexOf = (unit: CronUnit): number => CRON_UNITS.findIndex((u) => u.unit === unit);

/** Values cron-parser expands a field to (using an isolated parse), or null when it cannot. */
const expandField = (unit: CronUnit, value: string): (number | string)[] | null => {
  try {
    const expression = CronExpressionParser.parse(isolate(unitIndexOf(unit), value), { hashSeed: 'studio' });
    return [...(expression.fields[unit].values as (number | string)[])];
  } catch {
    return null;
  }
};

const locateError = (pattern: string, parserMessage: string): CronError => {
  const split = splitCronFields(pattern);
  if (!split) {
    const count = pattern.trim().split(/\s+/).length;
    return {
      message: `${quote(pattern)}: ${count} fields; at most 6 are allowed (an optional seconds field, then minute hour day-of-month month day-of-week)`,
    };
  }
  for (const field of split.fields) {
    const message = cronParserError(isolate(unitIndexOf(field.unit), field.value));
    if (message !== null) {
      return { message: `${quote(pattern)}: ${describeFieldProblem(field, field.value, message)} (field ${field.field})`, field: field.field };
    }
  }
  if (/Invalid explicit day of month/.test(parserMessage)) {
    const dom = split.fields.find((f) => f.unit === 'dayOfMonth');
    const month = split.fields.find((f) => f.unit === 'month');
    const days = dom ? (expandField('dayOfMonth', dom.value) ?? []) : [];
    const months = month ? (expandField('month', month.value) ?? []) : [];
    const firstDay = days.filter((d): d is number => typeof d === 'number').sort((a, b) => a - b)[0];
    const monthNames = months.filter((m): m is number => typeof m === 'number').map((m) => MONTH_NAMES[m - 1]);
    if (dom && firstDay !== undefined && monthNames.length > 0) {
      return {
        message: `${quote(pattern)}: day of month ${firstDay} never occurs in ${listNames(monthNames)}, so it can never run (field ${dom.field})`,
        field: dom.field,
      };
    }
  }
  if (/too long/.test(parserMessage)) return { message: `${quote(pattern)}: ${parserMessage}` };
  return { message: `${quote(pattern)}: ${parserMessage}` };
};

const stepWarnings = (fields: CronFieldView[]): string[] => {
  const warnings: string[] = [];
  for (const field of fields) {
    for (const item of field.value.split(',')) {
      const m = item.match(/^(\*|\?|\d+|\d+-\d+)\/(\d+)$/);
      if (!m) continue;
      const step = Number(m[2]);
      let lo = field.min;
      let hi = field.unit === 'dayOfWeek' ? 7 : field.max;
      if (m[1].includes('-')) {
        [lo, hi] = m[1].split('-').map(Number) as [number, number];
      } else if (/^\d+$/.test(m[1])) {
        lo = Number(m[1]);
      } else if (field.unit === 'dayOfWeek') {
        hi = 6;
      }
      if (step > 0 && hi >= lo && step > hi - lo) {
        warnings.push(
          `${field.label} step ${step} in ${JSON.stringify(item)} is larger than its range ${lo}-${hi}: it only matches ${field.label} ${lo} (field ${field.field})`,
        );
      }
    }
  }
  return warnings;
};

/** Pattern -> its validation (cron-parser is slow and the model is rebuilt on every edit). */
const validations = new BoundedCache<string, CronValidation>(2_000);

/**
 * Validates a cron pattern for `cronTriggerSettings.pattern`.
 * `valid` is true exactly when cron-parser accepts it (and it is not empty, which the SDK refuses).
 */
export const validateCronPattern = (pattern: string): CronValidation => {
  if (typeof pattern !== 'string') return checkCronPattern(pattern);
  // A copy: callers may change what they get.
  return structuredClone(validations.get(pattern, checkCronPattern));
};

const checkCronPattern = (pattern: string): CronValidation => {
  const warnings: string[] = [];
  if (typeof pattern !== 'string' || pattern === '') {
    return { valid: false, error: { message: 'Cron trigger must have a pattern' }, warnings };
  }
  const parserMessage = cronParserError(pattern);
  if (parserMessage !== null) {
    warnings.push('cron-parser rejects this pattern, and the server swallows that error: the function would never run.');
    return { valid: false, error: locateError(pattern, parserMessage), warnings };
  }
  const split = splitCronFields(pattern);
  if (!split) {
    // Unreachable: cron-parser refuses more than six fields.
    return { valid: false, error: { message: `${quote(pattern)}: too many fields` }, warnings };
  }
  const { fields, normalized, fieldCount } = split;

  if (fieldCount > 0 && fieldCount < 5) {
    const first = fields[0];
    warnings.push(
      `Only ${fieldCount} field${fieldCount === 1 ? '' : 's'}: Twenty patterns have 5 (minute hour day-of-month month day-of-week). ` +
        `cron-parser fills in the missing leading fields, so this runs as "${normalized.slice(1).join(' ')}" — field 1 is read as the ${first.label}.`,
    );
  }
  const secondsValue = normalized[0];
  if (fieldCount === 6 || (fieldCount === 0 && secondsValue !== '0')) {
    warnings.push(
      `The sixth field is read as seconds (${JSON.stringify(secondsValue)}): the server checks cron triggers once a minute, ` +
        'so this still runs at most once a minute, at the first check after a matching second.',
    );
  }
  warnings.push(...stepWarnings(fields));

  const dom = normalized[3];
  const dow = normalized[5];
  const isWild = (v: string) => v === '*' || v === '?';
  if (!isWild(dom) && !isWild(dow)) {
    warnings.push(
      `Day of month (${dom}) and day of week (${dow}) are both set: cron runs when EITHER matches, not only when both do.`,
    );
  }
  if (/H/.test(normalized.join(' '))) {
    warnings.push(
      '"H" picks a random value each time the pattern is parsed; the server parses it again every minute, so runs are unpredictable.',
    );
  }
  return { valid: true, normalized: normalized.join(' '), fields, fieldCount, warnings };
};
