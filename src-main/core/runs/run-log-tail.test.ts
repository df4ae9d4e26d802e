import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../../src-shared/contract';
import { withLogTail } from './run-log-tail';

const record = (logs: string): RunRecord => ({
  runId: 'r1',
  universalIdentifier: 'u1',
  functionName: 'fn',
  origin: 'manual',
  payload: {},
  startedAt: '2026-01-01T00:00:00.000Z',
  result: { runId: 'r1', data: null, logs, duration: 1, status: 'SUCCESS', calls: [], nodeVersion: 'v22.0.0', stale: false },
});
const lines = (count: number): string => Array.from({ length: count }, (_, index) => `INFO line ${index}\n`).join('');

describe('withLogTail', () => {
  it('leaves a short log and a run without result as they are', () => {
    const short = record(lines(10));
    expect(withLogTail(short, 20, 1000)).toBe(short);
    const running = { ...short, result: null };
    expect(withLogTail(running)).toBe(running);
  });

  it('keeps the last lines and says how many lines and characters came before', () => {
    const logs = lines(100);
    const tail = withLogTail(record(logs), 10, 10_000).result!;
    expect(tail.logs).toBe(logs.slice(logs.indexOf('INFO line 90\n')));
    expect(tail.logsOmitted).toEqual({ lines: 90, chars: logs.indexOf('INFO line 90\n') });
    expect(tail.logs.split('\n').length - 1 + tail.logsOmitted!.lines).toBe(100);
  });

  it('keeps at most maxChars, from a line start', () => {
    const logs = lines(1000);
    const tail = withLogTail(record(logs), 500, 200).result!;
    expect(tail.logs.length).toBeLessThanOrEqual(200);
    expect(tail.logs.startsWith('INFO line ')).toBe(true);
    expect(tail.logs.endsWith('INFO line 999\n')).toBe(true);
    expect(logs.slice(0, tail.logsOmitted!.chars) + tail.logs).toBe(logs);
    expect(logs.slice(0, tail.logsOmitted!.chars).split('\n').length - 1).toBe(tail.logsOmitted!.lines);
  });

  it('counts a last line without a line break', () => {
    const tail = withLogTail(record(`${lines(5)}last`), 2, 1000).result!;
    expect(tail.logs).toBe('INFO line 4\nlast');
    expect(tail.logsOmitted).toEqual({ lines: 4, chars: lines(4).length });
  });
});
