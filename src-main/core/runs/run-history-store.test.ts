import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunRecord } from '../../../src-shared/contract';
import { RunHistoryStore } from './run-history-store';

let dir: string;

const record = (runId: string, startedAt: string, data: unknown = { ok: true }): RunRecord => ({
  runId, universalIdentifier: 'fn-1', functionName: 'fn', origin: 'manual', payload: { n: 1 }, startedAt,
  result: { runId, data, logs: '', duration: 3, status: 'SUCCESS', calls: [], nodeVersion: 'v20.0.0', stale: false },
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'run-history-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('RunHistoryStore', () => {
  it('lists history from its index without reading the records; a record is read when opened', async () => {
    const store = new RunHistoryStore(dir);
    await store.save(record('run-a', '2024-01-01T00:00:00.000Z'));
    await store.save(record('run-b', '2024-01-02T00:00:00.000Z', 'x'.repeat(1000)));
    expect(existsSync(join(dir, 'index.json'))).toBe(true);
    // A record the next start must not read: listing works from the index alone.
    await writeFile(join(dir, 'run-b.json'), 'not json: this record is never read to list the history');
    const reopened = new RunHistoryStore(dir);
    expect((await reopened.list()).map((summary) => summary.runId)).toEqual(['run-b', 'run-a']);
    expect((await reopened.get('run-a'))?.result?.data).toEqual({ ok: true });
  });

  it('rebuilds a missing index from the records (history written before the index existed)', async () => {
    const store = new RunHistoryStore(dir);
    await store.save(record('run-a', '2024-01-01T00:00:00.000Z'));
    await store.save(record('run-b', '2024-01-02T00:00:00.000Z'));
    await rm(join(dir, 'index.json'));
    const reopened = new RunHistoryStore(dir);
    expect((await reopened.list()).map((summary) => summary.runId)).toEqual(['run-b', 'run-a']);
    await new Promise((done) => setTimeout(done, 50));
    expect(JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')).runs).toHaveLength(2);
  });

  it('keeps concurrent saves in the index', async () => {
    const store = new RunHistoryStore(dir);
    await Promise.all(Array.from({ length: 20 }, (_, index) => store.save(record(`run-${index}`, `2024-01-01T00:00:${String(index).padStart(2, '0')}.000Z`))));
    const reopened = new RunHistoryStore(dir);
    expect(await reopened.list()).toHaveLength(20);
  });
});
