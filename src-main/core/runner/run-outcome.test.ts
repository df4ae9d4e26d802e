import { describe, expect, it } from 'vitest';
import { buildRunResult, type RunFacts } from './run-outcome';

const facts = (overrides: Partial<RunFacts>): RunFacts => ({
  runId: 'r',
  nodeVersion: 'v20.0.0',
  stale: false,
  logs: '',
  calls: [],
  durationMs: 5,
  reported: null,
  timeoutMs: null,
  cancelled: false,
  exitCode: null,
  signal: null,
  exitNotice: null,
  memoryLimitMb: 1024,
  memoryExceeded: null,
  stderrTail: '',
  startError: null,
  ...overrides,
});

describe('buildRunResult', () => {
  it('reports a run killed for its resident memory as out of memory, whatever the child said', () => {
    const result = buildRunResult(facts({ memoryLimitMb: 64, memoryExceeded: { rssMb: 400, limitMb: 320 }, reported: { type: 'result', ok: true, json: '1' } }));
    expect(result.status).toBe('ERROR');
    expect(result.error!.errorType).toBe('OutOfMemoryError');
    expect(result.error!.errorMessage).toContain('400 MB of resident memory');
    expect(result.error!.errorMessage).toContain('64 MB memory limit');
  });

  it('lets the timeout win over a result that arrived while the run was being killed', () => {
    const result = buildRunResult(facts({ timeoutMs: 1000, reported: { type: 'result', ok: true, json: '1' } }));
    expect(result.error).toEqual({ errorType: 'TimeoutError', errorMessage: 'Timed out after 1000ms', stackTrace: '' });
  });

  it('treats exit code 0 without a result as the server does: SUCCESS with null data', () => {
    expect(buildRunResult(facts({ exitCode: 0 }))).toMatchObject({ status: 'SUCCESS', data: null });
    expect(buildRunResult(facts({ exitCode: 0, exitNotice: { type: 'exit', code: 0, stack: '' } }))).toMatchObject({ status: 'SUCCESS', data: null });
  });

  it('recognises V8 running out of heap from its fatal message', () => {
    const result = buildRunResult(
      facts({ signal: 'SIGABRT', memoryLimitMb: 64, stderrTail: 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory' }),
    );
    expect(result.error!.errorType).toBe('OutOfMemoryError');
    expect(result.error!.errorMessage).toContain('--max-old-space-size=64');
  });

  it('names the signal of a process killed from outside', () => {
    expect(buildRunResult(facts({ signal: 'SIGTERM' })).error!.errorMessage).toBe('Killed by SIGTERM before the handler returned');
  });

  it('parses the data the child serialised', () => {
    expect(buildRunResult(facts({ reported: { type: 'result', ok: true, json: '{"a":[1,null]}' }, exitCode: 0 })).data).toEqual({ a: [1, null] });
  });
});
