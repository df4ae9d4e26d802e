import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { runRecordSchema, runSummarySchema, type RunRecord, type RunSummary } from '../../../src-shared/contract/run';
import { compareCodeUnits } from '../code-unit-order';
import { writeJsonFile } from '../user-data/json-file';

/** Runs kept per app; older ones are removed. */
const MAX_RUNS = 300;
/** Logs kept per run in history (the full output streamed live; a million-line run stays readable). */
const MAX_LOG_CHARS = 1024 * 1024;
/** The index: one summary per run, newest first. Records are read only when a run is opened. */
const INDEX_FILE = 'index.json';
/** Rebuilding a missing index reads each record; a record file larger than this is left out of it (and removed). */
const MAX_RECORD_FILE_BYTES = 64 * 1024 * 1024;

const indexSchema = z.object({ version: z.literal(1), runs: z.array(runSummarySchema) });

function summarize(record: RunRecord): RunSummary {
  return {
    runId: record.runId,
    universalIdentifier: record.universalIdentifier,
    functionName: record.functionName,
    origin: record.origin,
    startedAt: record.startedAt,
    status: record.result ? record.result.status : 'RUNNING',
    duration: record.result?.duration ?? null,
    ...(record.debug ? { debug: true } : {}),
  };
}

/**
 * Run history of one app, in the user data folder so it survives restarts: one JSON file per run
 * (payload, result with logs capped; results are capped by the runner) and `index.json` with the
 * summaries. Opening the app reads only the index; a record is read when it is opened.
 */
export class RunHistoryStore {
  private summaries: Promise<RunSummary[]> | null = null;
  /** Writes of the index, one after the other. */
  private indexWrites: Promise<void> = Promise.resolve();

  constructor(private readonly directory: string) {}

  private load(): Promise<RunSummary[]> {
    this.summaries ??= this.readIndex();
    return this.summaries;
  }

  private async readIndex(): Promise<RunSummary[]> {
    try {
      const parsed = indexSchema.safeParse(JSON.parse(await readFile(join(this.directory, INDEX_FILE), 'utf8')));
      if (parsed.success) return parsed.data.runs;
    } catch {
      // Missing (history written before the index existed) or damaged: rebuilt from the records.
    }
    const summaries = await this.rebuildIndex();
    this.writeIndex(summaries);
    return summaries;
  }

  private async rebuildIndex(): Promise<RunSummary[]> {
    const summaries: RunSummary[] = [];
    let names: string[] = [];
    try {
      names = (await readdir(this.directory)).filter((name) => name.endsWith('.json') && name !== INDEX_FILE);
    } catch {
      names = [];
    }
    for (const name of names) {
      const path = join(this.directory, name);
      const size = await stat(path).then((info) => info.size, () => 0);
      if (size > MAX_RECORD_FILE_BYTES) {
        // A huge result kept before results were capped: reading it would stall the start.
        await rm(path, { force: true });
        continue;
      }
      const record = await this.readRecord(path);
      if (record) summaries.push(summarize(record));
    }
    // Newest first: ISO timestamps sort by time in code-unit order.
    return summaries.sort((a, b) => compareCodeUnits(b.startedAt, a.startedAt));
  }

  private writeIndex(summaries: RunSummary[]): Promise<void> {
    const write = this.indexWrites.then(() => writeJsonFile(join(this.directory, INDEX_FILE), { version: 1, runs: summaries }));
    this.indexWrites = write.catch(() => undefined);
    return write;
  }

  private async readRecord(path: string): Promise<RunRecord | null> {
    try {
      const parsed = runRecordSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  private fileName(runId: string): string {
    const name = runId.replace(/[^\w-]/g, '_');
    return join(this.directory, `${name === 'index' ? '_index' : name}.json`);
  }

  async save(record: RunRecord): Promise<void> {
    const capped: RunRecord = record.result && record.result.logs.length > MAX_LOG_CHARS
      ? { ...record, result: { ...record.result, logs: `${record.result.logs.slice(0, MAX_LOG_CHARS)}\n[twenty-studio] history keeps the first ${MAX_LOG_CHARS} characters of the logs]\n` } }
      : record;
    // The record and the index are written at once: a run's result waits for both (a one-shot exec
    // exits after them). An index naming a record not yet written reads as a run without details.
    const [, removed] = await Promise.all([writeJsonFile(this.fileName(record.runId), capped), this.index(capped)]);
    await Promise.all(removed.map((old) => rm(this.fileName(old.runId), { force: true })));
  }

  /** Puts a run at the top of the index and writes it; returns the runs that fell off its end. */
  private async index(record: RunRecord): Promise<RunSummary[]> {
    const summaries = await this.load();
    const index = summaries.findIndex((summary) => summary.runId === record.runId);
    if (index >= 0) summaries.splice(index, 1);
    summaries.unshift(summarize(record));
    const removed = summaries.splice(MAX_RUNS);
    await this.writeIndex([...summaries]);
    return removed;
  }

  async list(filter: { universalIdentifier?: string; status?: RunSummary['status'] } = {}): Promise<RunSummary[]> {
    return (await this.load()).filter((summary) =>
      (!filter.universalIdentifier || summary.universalIdentifier === filter.universalIdentifier) && (!filter.status || summary.status === filter.status));
  }

  get(runId: string): Promise<RunRecord | null> {
    return this.readRecord(this.fileName(runId));
  }
}
