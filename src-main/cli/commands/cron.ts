import { parseArgs } from 'node:util';
import { isValidTimeZone, previewCron, type CronPreview } from '../../../src-shared/twenty/cron';
import { UsageError, type CliIo } from '../cli-io';

export const cronHelp = `Usage: twenty-studio cron "<pattern>" [--next N] [--from <ISO>] [--tz <Zone>] [--json]

Previews a cronTriggerSettings pattern the way the Twenty server evaluates it: cron-parser, in UTC
(the server's zone in Twenty's images), checked once a minute.

  --next N       how many runs to list (default 10, at most 1000)
  --from <ISO>   list the runs after this instant (default: now)
  --tz <Zone>    also show the runs in this IANA zone, daylight-saving transitions marked
  --json         print { valid, description, next: [ISO UTC...], nextInZone?, warnings }
                 or { valid: false, error: { message, field? }, warnings }

Exit code 0 when the pattern is valid, 1 when the server would never run it.`;

const formatUtc = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

const renderTable = (pattern: string, preview: Extract<CronPreview, { valid: true }>, timeZone: string | undefined): string => {
  const lines: string[] = [];
  lines.push(`Pattern      ${pattern}`);
  lines.push(`Description  ${preview.description}`);
  lines.push(`Evaluated    in UTC, checked once a minute (as on the Twenty server)`);
  lines.push('');
  if (preview.next.length === 0) {
    lines.push('No upcoming runs.');
  } else {
    const width = String(preview.next.length).length;
    const zoneHeader = timeZone && preview.nextInZone ? `  ${timeZone}` : '';
    lines.push(`${'#'.padStart(width)}  ${'UTC'.padEnd(16)}${zoneHeader}`);
    preview.next.forEach((iso, index) => {
      const zoned = preview.nextInZone?.[index];
      const zoneCell = zoned ? `  ${zoned.local} (${zoned.offset})${zoned.dstTransition ? '  <- offset changed (daylight saving)' : ''}` : '';
      lines.push(`${String(index + 1).padStart(width)}  ${formatUtc(iso).padEnd(16)}${zoneCell}`);
    });
  }
  if (preview.warnings.length > 0) {
    lines.push('');
    lines.push('Warnings:');
    for (const warning of preview.warnings) lines.push(`  - ${warning}`);
  }
  return `${lines.join('\n')}\n`;
};

const parseCronArgs = (argv: string[]) => {
  try {
    return parseArgs({
      args: argv,
      options: { next: { type: 'string' }, from: { type: 'string' }, tz: { type: 'string' }, json: { type: 'boolean' } },
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
};

export async function cronCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCronArgs(argv);
  if (positionals.length !== 1) {
    throw new UsageError('cron needs exactly one "<pattern>" (quote it: twenty-studio cron "*/5 * * * *").');
  }
  const pattern = positionals[0];

  let count = 10;
  if (values.next !== undefined) {
    if (!/^\d+$/.test(values.next) || Number(values.next) < 1 || Number(values.next) > 1000) {
      throw new UsageError(`--next must be a whole number from 1 to 1000, got ${JSON.stringify(values.next)}.`);
    }
    count = Number(values.next);
  }
  let from: Date | undefined;
  if (values.from !== undefined) {
    from = new Date(values.from);
    if (Number.isNaN(from.getTime())) throw new UsageError(`--from must be an ISO date, got ${JSON.stringify(values.from)}.`);
  }
  if (values.tz !== undefined && !isValidTimeZone(values.tz)) {
    throw new UsageError(`--tz must be an IANA time zone such as Europe/Paris, got ${JSON.stringify(values.tz)}.`);
  }

  const preview = previewCron(pattern, { count, from, timeZone: values.tz });
  if (values.json) {
    io.stdout(`${JSON.stringify(preview, null, 2)}\n`);
    return preview.valid ? 0 : 1;
  }
  if (!preview.valid) {
    io.stderr(`error: ${preview.error.message}\n`);
    for (const warning of preview.warnings) io.stderr(`  - ${warning}\n`);
    return 1;
  }
  io.stdout(renderTable(pattern, preview, values.tz));
  return 0;
}
