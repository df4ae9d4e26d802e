import { previewCron, type CronError, type CronRunInZone } from '../../../src-shared/twenty/cron';

export interface CronZoneCell {
  /** `YYYY-MM-DD HH:mm` on that zone's clock. */
  local: string;
  /** `HH:mm` on that zone's clock. */
  time: string;
  /** Days between the zone's date and the UTC date of the run (-1, 0, +1). */
  dayShift: number;
  offset: string;
  /** The zone's UTC offset changed since the previous run: a daylight-saving transition. */
  dstTransition: boolean;
}

export interface CronPreviewRow {
  /** The run, `YYYY-MM-DD HH:mm` in UTC (the server's zone in Twenty's images). */
  utc: string;
  /** `Sun 22 Nov 01:00` in UTC: the compact form the table shows. */
  utcShort: string;
  iso: string;
  local: CronZoneCell | null;
  zone: CronZoneCell | null;
}

export type CronPreviewTable =
  | { valid: true; description: string; warnings: string[]; rows: CronPreviewRow[] }
  | { valid: false; error: CronError; warnings: string[] };

const DAY_MS = 86_400_000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const cell = (run: CronRunInZone | undefined): CronZoneCell | null => {
  if (!run) return null;
  const zoneDay = Date.UTC(Number(run.local.slice(0, 4)), Number(run.local.slice(5, 7)) - 1, Number(run.local.slice(8, 10)));
  const utcDay = Date.UTC(Number(run.iso.slice(0, 4)), Number(run.iso.slice(5, 7)) - 1, Number(run.iso.slice(8, 10)));
  return {
    local: run.local,
    time: run.local.slice(11, 16),
    dayShift: Math.round((zoneDay - utcDay) / DAY_MS),
    offset: run.offset,
    dstTransition: run.dstTransition === true,
  };
};

const shortUtc = (iso: string): string => {
  const date = new Date(iso);
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${iso.slice(11, 16)}`;
};

/** The zone this window runs in (the "local" column). */
export function localTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** IANA zone names for the zone picker (the runtime's list, or a few common ones). */
export function knownTimeZones(): string[] {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  if (supported) {
    try {
      return supported('timeZone');
    } catch {
      // fall through
    }
  }
  return ['UTC', 'Europe/London', 'Europe/Paris', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo', 'Australia/Sydney'];
}

/**
 * The previewer's table: the next runs as the server fires them (UTC), and the same instants on the
 * local clock and on a chosen zone's clock, daylight-saving transitions marked.
 */
export function cronPreviewTable(pattern: string, options: { from?: Date; count?: number; localZone: string; zone: string }): CronPreviewTable {
  const count = options.count ?? 10;
  const inZone = previewCron(pattern, { count, from: options.from, timeZone: options.zone });
  if (!inZone.valid) return inZone;
  const inLocal = previewCron(pattern, { count, from: options.from, timeZone: options.localZone });
  const localRuns = inLocal.valid ? inLocal.nextInZone : undefined;
  // Each call warns about its own unknown zone; keep the pattern's warnings once and both zones' notes.
  const warnings = [...new Set([...inZone.warnings, ...(inLocal.valid ? inLocal.warnings : [])])];
  return {
    valid: true,
    description: inZone.description,
    warnings,
    rows: inZone.next.map((iso, index) => ({
      iso,
      utc: iso.slice(0, 16).replace('T', ' '),
      utcShort: shortUtc(iso),
      local: cell(localRuns?.[index]),
      zone: cell(inZone.nextInZone?.[index]),
    })),
  };
}

/** The pattern's fields as written, to mark the one an error is about. */
export function patternFields(pattern: string): string[] {
  return pattern.trim().split(/\s+/).filter(Boolean);
}
