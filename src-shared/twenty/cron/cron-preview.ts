/**
 * Cron previewer: description, next runs as the Twenty server would fire them, and the same runs in
 * a chosen zone with daylight-saving transitions marked.
 *
 * Server facts (twentyhq/twenty, cron-trigger.cron.job.ts and src/utils/should-run-now.utils.ts):
 * a root job runs every minute and fires a function when
 * `CronExpressionParser.parse(pattern, { currentDate: now }).prev()` is less than 60 s before `now`,
 * in the server process's local zone (UTC in Twenty's images). So a run happens at a minute tick:
 * a match that falls between two ticks (a seconds field) fires at the next tick, and several matches
 * within one minute fire once.
 */
import { CronExpressionParser } from 'cron-parser';
import cronstrue from 'cronstrue';

import { type CronError, validateCronPattern } from './cron-validation';
import { formatLocalMinute, formatOffset, getZoneOffsetMinutes, isValidTimeZone } from './time-zone';

export type CronPreviewOptions = {
  /** How many runs to list (default 10, at most 1000). */
  count?: number;
  /** Start after this instant (default: now). */
  from?: Date;
  /** Also list the runs on this zone's wall clock (IANA name). */
  timeZone?: string;
  /** Zone the server evaluates the pattern in (default 'UTC', as in Twenty's Docker images). */
  serverTimeZone?: string;
};

export type CronRunInZone = {
  /** The run, ISO 8601 in UTC. */
  iso: string;
  /** `YYYY-MM-DD HH:mm` on the zone's wall clock. */
  local: string;
  /** The zone's UTC offset at that run, `+02:00`. */
  offset: string;
  /** Present (true) when the zone's offset changed since the previous run (or since `from`). */
  dstTransition?: boolean;
};

export type CronPreview =
  | { valid: true; description: string; next: string[]; nextInZone?: CronRunInZone[]; warnings: string[] }
  | { valid: false; error: CronError; warnings: string[] };

const MINUTE_MS = 60_000;
const YEAR_MS = 366 * 24 * 3600 * 1000;

/** The minute tick at which the server's per-minute check fires a match at `date`. */
export const toServerTick = (date: Date): Date => {
  const t = date.getTime();
  const floored = Math.floor(t / MINUTE_MS) * MINUTE_MS;
  return new Date(floored === t ? t : floored + MINUTE_MS);
};

/** cronstrue's description of the pattern as cron-parser reads it (null when cronstrue cannot describe it). */
export const describeCron = (pattern: string, normalized: string, fieldCount: number): string | null => {
  // A 5- or 6-field pattern is described as written; shorter ones and @presets as cron-parser expands them.
  const source = fieldCount >= 5 ? pattern.trim() : normalized;
  try {
    return cronstrue.toString(source, {
      use24HourTimeFormat: true,
      throwExceptionOnParseError: true,
      verbose: false,
    });
  } catch {
    return null;
  }
};

/**
 * Server runs after `from` (exclusive), as minute ticks. Stops early when cron-parser finds no
 * further date (it gives up after a bounded search).
 */
export const computeServerRuns = (
  pattern: string,
  { count = 10, from = new Date(), serverTimeZone = 'UTC' }: { count?: number; from?: Date; serverTimeZone?: string } = {},
): { runs: Date[]; exhausted: boolean } => {
  const limit = Math.max(0, Math.min(1000, Math.floor(count)));
  const runs: Date[] = [];
  if (limit === 0) return { runs, exhausted: false };
  const expression = CronExpressionParser.parse(pattern, { currentDate: from, tz: serverTimeZone, hashSeed: pattern });
  // A seconds field can match up to 60 times per tick.
  const maxIterations = limit * 61 + 10;
  for (let i = 0; i < maxIterations && runs.length < limit; i++) {
    let date: Date;
    try {
      date = expression.next().toDate();
    } catch {
      return { runs, exhausted: true };
    }
    const tick = toServerTick(date);
    const last = runs[runs.length - 1];
    if (!last || last.getTime() !== tick.getTime()) runs.push(tick);
  }
  return { runs, exhausted: false };
};

/** Would the server fire the pattern at its per-minute check running at `now`? (the server's own rule) */
export const getMatchingTriggerTimestamp = (pattern: string, now: Date, serverTimeZone = 'UTC'): number | null => {
  try {
    const previous = CronExpressionParser.parse(pattern, { currentDate: now, tz: serverTimeZone }).prev().getTime();
    return Math.abs(previous - now.getTime()) < MINUTE_MS ? previous : null;
  } catch {
    return null;
  }
};

export const previewCron = (pattern: string, options: CronPreviewOptions = {}): CronPreview => {
  const validation = validateCronPattern(pattern);
  if (!validation.valid) return validation;

  const warnings = [...validation.warnings];
  const from = options.from ?? new Date();
  const serverTimeZone = options.serverTimeZone ?? 'UTC';
  if (!isValidTimeZone(serverTimeZone)) {
    return { valid: false, error: { message: `Unknown time zone ${JSON.stringify(serverTimeZone)}` }, warnings };
  }

  const { runs, exhausted } = computeServerRuns(pattern, { count: options.count ?? 10, from, serverTimeZone });
  if (runs.length === 0 && (exhausted || (options.count ?? 10) >= 1)) {
    warnings.push('This pattern never runs: cron-parser finds no date that matches it.');
  } else if (runs.length > 0 && runs[0].getTime() - from.getTime() > YEAR_MS) {
    warnings.push(`The next run is more than a year away (${runs[0].toISOString()}).`);
  }

  const description =
    describeCron(pattern, validation.normalized, validation.fieldCount) ?? `Custom schedule (${validation.normalized})`;
  const next = runs.map((d) => d.toISOString());
  let nextInZone: CronRunInZone[] | undefined;
  if (options.timeZone !== undefined) {
    if (!isValidTimeZone(options.timeZone)) {
      warnings.push(`Unknown time zone ${JSON.stringify(options.timeZone)}: runs are shown in UTC only.`);
    } else {
      const zone = options.timeZone;
      let previousOffset = getZoneOffsetMinutes(from, zone);
      nextInZone = runs.map((date) => {
        const offsetMinutes = getZoneOffsetMinutes(date, zone);
        const entry: CronRunInZone = {
          iso: date.toISOString(),
          local: formatLocalMinute(date, zone),
          offset: formatOffset(offsetMinutes),
        };
        if (offsetMinutes !== previousOffset) entry.dstTransition = true;
        previousOffset = offsetMinutes;
        return entry;
      });
    }
  }
  // Key order as documented for `twenty-studio cron --json`.
  const preview: CronPreview = nextInZone
    ? { valid: true, description, next, nextInZone, warnings }
    : { valid: true, description, next, warnings };
  return preview;
};
