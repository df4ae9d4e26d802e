import { parseArgs } from 'node:util';
import { DATABASE_EVENT_OPERATION_NAMES } from '../../../src-shared/contract';
import { TARGET_HELP } from '../target-option';
import { UsageError, type CliIo } from '../cli-io';
import { valueOrFile, withStudioApp } from './request';

export const eventHelp = `Usage: twenty-studio event [appDir] <object>.<operation> [--before <json>|@file] [--after <json>|@file]
                          [--record-id <id>] [--dry-run] [--json] [--data-dir DIR]

Builds the database event the Twenty server would send for a record change, says which of the app's
database-event functions fire and why (eventName forms, updatedFields), and runs the firing ones
(batchMode functions get the batch payload). operation: ${DATABASE_EVENT_OPERATION_NAMES.join(', ')}.

  --before, --after  the record before / after the change, as JSON or @file.json
  --record-id        the record id (default: the "id" of after, then before)
  --dry-run          build the payload and say who fires, without running anything
  --json             print { payload, functions: [{ universalIdentifier, name, fires, reason, result? }] }
${TARGET_HELP}

Exit code 1 when a firing function ends in ERROR.`;

const parseRecord = async (raw: string | undefined, what: string): Promise<Record<string, unknown> | undefined> => {
  const text = await valueOrFile(raw, what);
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--${what} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`--${what} must be a JSON object (the record).`);
  return value as Record<string, unknown>;
};

export async function eventCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      before: { type: 'string' },
      after: { type: 'string' },
      'record-id': { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      'data-dir': { type: 'string' }, target: { type: 'string' },
    },
  });
  if (positionals.length < 1 || positionals.length > 2) throw new UsageError('event takes [appDir] <object>.<operation>.');
  const [appDir, eventName] = positionals.length === 2 ? positionals : ['.', positionals[0]];
  const match = /^([A-Za-z_]\w*)\.(\w+)$/.exec(eventName);
  const operation = match?.[2] as (typeof DATABASE_EVENT_OPERATION_NAMES)[number] | undefined;
  if (!match || !operation || !DATABASE_EVENT_OPERATION_NAMES.includes(operation)) {
    throw new UsageError(`"${eventName}" is not <object>.<operation> with operation one of ${DATABASE_EVENT_OPERATION_NAMES.join(', ')}.`);
  }
  const before = await parseRecord(values.before, 'before');
  const after = await parseRecord(values.after, 'after');

  return withStudioApp(appDir, { dataDir: values['data-dir'], target: values.target }, async (studio) => {
    const composed = await studio.handlers['payload.event']({
      object: match[1],
      operation,
      recordId: values['record-id'],
      before,
      after,
      run: values['dry-run'] !== true,
    });
    const failed = composed.functions.some((fn) => fn.results?.some((record) => record.result?.status !== 'SUCCESS'));
    if (values.json) {
      io.stdout(`${JSON.stringify({
        payload: composed.payload,
        functions: composed.functions.map((fn) => {
          const results = (fn.results ?? []).map((record) => {
            const run = record.result;
            return run ? { data: run.data, logs: run.logs, duration: run.duration, status: run.status, ...(run.error ? { error: run.error } : {}) } : null;
          });
          return {
            universalIdentifier: fn.universalIdentifier,
            name: fn.name,
            fires: fn.fires,
            reason: fn.reason,
            ...(fn.selfTriggerWarning ? { selfTriggerWarning: fn.selfTriggerWarning } : {}),
            // One execution per event; a batchMode function could get several batches (one per actor).
            ...(results.length === 1 ? { result: results[0] } : results.length > 1 ? { result: results } : {}),
          };
        }),
      }, null, 2)}\n`);
      return failed ? 1 : 0;
    }
    for (const warning of composed.warnings) io.stdout(`warning: ${warning}\n`);
    // objectMetadata is ~35 keys of metadata; the readable view names it, --json prints it whole.
    const { objectMetadata, ...shown } = composed.payload as { objectMetadata?: { nameSingular?: string } };
    io.stdout(`payload: ${JSON.stringify({ ...shown, objectMetadata: `<${objectMetadata?.nameSingular ?? '?'} metadata: see --json>` }, null, 2)}\n`);
    if (composed.functions.length === 0) io.stdout('The app has no database-event function.\n');
    for (const fn of composed.functions) {
      io.stdout(`${fn.fires ? 'fires   ' : 'skipped '} ${fn.name ?? fn.universalIdentifier} (${fn.eventName}${fn.batchMode ? ', batchMode' : ''}): ${fn.reason}\n`);
      if (fn.selfTriggerWarning) io.stdout(`  warning: ${fn.selfTriggerWarning}\n`);
      for (const record of fn.results ?? []) {
        const run = record.result;
        if (!run) continue;
        io.stdout(`  ${run.status} in ${run.duration} ms${run.error ? ` — ${run.error.errorType}: ${run.error.errorMessage}` : ''}\n`);
        if (run.status === 'SUCCESS') io.stdout(`  data: ${JSON.stringify(run.data)}\n`);
      }
    }
    return failed ? 1 : 0;
  });
}
