import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runRecordSchema, type RunRecord, type RunSummary } from '../../../src-shared/contract';
import { writeJsonFile } from '../user-data/json-file';

/** Runs kept per app; older ones are removed. */
const MAX_RUNS = 300;
/** Logs kept per run in history (the full output streamed live; a million-line run stays readable). */
const MAX_LOG_CHARS = 1024 * 1024;

function summarize(record: RunRecord): RunSummary {
  return {
    runId: record.runId,
    universalIdentifier: record.universalIdentifier,
    functionName: record.functionName,
    origin: record.origin,
    startedAt: record.startedAt,
    status: record.result ? record.result.status : 'RUNNING',
    duration: record.result?.duration ?? null,
  };
}

/** Run history of one app: one JSON file per run in the user data folder, so it survives restarts. */
export class RunHistoryStore {
  private summaries: RunSummary[] | null = null;

  constructor(private readonly directory: string) {}

  private async load(): Promise<RunSummary[]> {
    if (this.summaries) return this.summaries;
    const summaries: RunSummary[] = [];
    let names: string[] = [];
    try {
      names = (await readdir(this.directory)).filter((name) => name.endsWith('.json'));
    } catch {
      names = [];
    }
    for (const name of names) {
      const record = await this.readRecord(join(this.directory, name));
      if (record) summaries.push(summarize(record));
    }
    this.summaries = summaries.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
    return this.summaries;
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
    return join(this.directory, `${runId.replace(/[^\w-]/g, '_')}.json`);
  }

  async save(record: RunRecord): Promise<void> {
    const capped: RunRecord = record.result && record.result.logs.length > MAX_LOG_CHARS
      ? { ...record, result: { ...record.result, logs: `${record.result.logs.slice(0, MAX_LOG_CHARS)}\n[twenty-studio] history keeps the first ${MAX_LOG_CHARS} characters of the logs]\n` } }
      : record;
    await writeJsonFile(this.fileName(record.runId), capped);
    const summaries = await this.load();
    const index = summaries.findIndex((summary) => summary.runId === record.runId);
    if (index >= 0) summaries.splice(index, 1);
    summaries.unshift(summarize(capped));
    for (const old of summaries.splice(MAX_RUNS)) await rm(this.fileName(old.runId), { force: true });
  }

  async list(filter: { universalIdentifier?: string; status?: RunSummary['status'] } = {}): Promise<RunSummary[]> {
    return (await this.load()).filter((summary) =>
      (!filter.universalIdentifier || summary.universalIdentifier === filter.universalIdentifier) && (!filter.status || summary.status === filter.status));
  }

  get(runId: string): Promise<RunRecord | null> {
    return this.readRecord(this.fileName(runId));
  }
}
