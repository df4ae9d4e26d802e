import type { RunRecord } from '../../../src-shared/contract';

/** What `run.finished` keeps of a log: its last lines, within a size a window parses in a few milliseconds. */
export const finishedLogLines = 2000;
export const finishedLogChars = 256 * 1024;

/**
 * The record as `run.finished` sends it: a long log is cut to its last `maxLines` lines (and at most
 * `maxChars`, at a line start when one fits), with `logsOmitted` saying what came before. The whole
 * record (history, CLI, `run.get`) is untouched; `run.logs` has the whole log.
 */
export function withLogTail(record: RunRecord, maxLines = finishedLogLines, maxChars = finishedLogChars): RunRecord {
  const result = record.result;
  if (!result) return record;
  const logs = result.logs;
  // The start of the last `maxLines` lines (a final line break does not begin a line).
  let start = logs.length;
  for (let kept = 0; kept < maxLines && start > 0; kept += 1) start = logs.lastIndexOf('\n', start - 2) + 1;
  if (logs.length - start > maxChars) {
    const floor = logs.length - maxChars;
    const lineStart = logs.indexOf('\n', floor - 1) + 1;
    start = lineStart > 0 && lineStart < logs.length ? lineStart : floor;
  }
  if (start === 0) return record;
  let lines = 0;
  for (let at = logs.indexOf('\n'); at !== -1 && at < start; at = logs.indexOf('\n', at + 1)) lines += 1;
  return { ...record, result: { ...result, logs: logs.slice(start), logsOmitted: { lines, chars: start } } };
}
