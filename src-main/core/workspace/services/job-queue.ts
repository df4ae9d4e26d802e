import { randomUUID } from 'node:crypto';
import type { RunRecord } from '../../../../src-shared/contract';
import { quoteIdent, type SqlDatabase } from '../sql/sql-database';
import { badInput, WorkspaceApiError } from '../workspace-error';

/*
 * The server's bounds for `enqueueJob(s)` (twenty-server application-job constants): the retry limit an
 * app asks for is 0..10 and defaults to 0, but the trigger job caps the retries it grants at
 * LOGIC_FUNCTION_APPLICATION_RETRY_LIMIT (maxRetries = min(3, retryLimit)); a delay is 0..7 days;
 * 200 jobs per enqueue and per getJobs; a job id matches /^[\w.-]+$/, at most 128 characters.
 */
export const ENQUEUE_JOB_DEFAULT_RETRY_LIMIT = 0;
export const ENQUEUE_JOB_MAX_RETRY_LIMIT = 10;
export const LOGIC_FUNCTION_APPLICATION_RETRY_LIMIT = 3;
export const ENQUEUE_JOB_MAX_DELAY_MS = 7 * 24 * 60 * 60 * 1000;
export const MAX_JOBS_PER_ENQUEUE = 200;
export const MAX_JOBS_PER_STATUS_READ = 200;
export const ENQUEUE_JOB_ID_PATTERN = /^[\w.-]+$/;
export const ENQUEUE_JOB_ID_MAX_LENGTH = 128;
/** The server's retry backoff: exponential from 1 s (BullMQ: initial * 2^(attempt-1)). */
export const JOB_RETRY_BACKOFF_MS = 1_000;
export const RETRYABLE_ERROR_TYPE = 'RetryableLogicFunctionError';
export const CANCELLED_REASON = 'Cancelled in Twenty App Studio';
/**
 * BullMQ runs lower priorities first. The server gives app-enqueued jobs ENQUEUE_JOB_PRIORITY (the
 * logic-function queue's default) and a server route's dispatched target SERVER_ROUTE_DISPATCH_JOB_PRIORITY
 * (1: an inbound webhook is waiting on it), on the same queue.
 */
export const ENQUEUE_JOB_PRIORITY = 4;

/** A job a server-route resolver dispatched (the handoff its runs record). */
export interface JobDispatch {
  runId: string;
  universalIdentifier: string;
  functionName: string;
  workspaceId: string;
}

export type JobState = 'WAITING' | 'DELAYED' | 'ACTIVE' | 'COMPLETED' | 'FAILED';

/** What `getJobs` answers (the server's JobStatus). */
export interface JobStatus {
  jobId: string;
  state: JobState;
  attemptsMade: number;
  failedReason: string | null;
  enqueuedAt: number;
  startedAt: number | null;
  finishedAt: number | null;
}

/** A job as the studio keeps it: the status plus what the window shows (its runs, its last outcome). */
export interface StudioJob extends JobStatus {
  logicFunctionUniversalIdentifier: string;
  functionName: string | null;
  payload: unknown;
  retryLimit: number;
  /** The retry count the next attempt's context carries. */
  retryCount: number;
  /** When it is due (epoch ms). */
  runAt: number;
  runIds: string[];
  /** The last attempt's run outcome: a function error completes the job, as on the server. */
  lastRunStatus: 'SUCCESS' | 'ERROR' | null;
  lastError: string | null;
  enqueuedByRunId: string | null;
  priority: number;
  dispatchedBy: JobDispatch | null;
}

export interface EnqueueRequest {
  logicFunctionUniversalIdentifier: string;
  payloads?: unknown[] | null;
  jobs?: { payload?: unknown; jobId?: string | null }[] | null;
  retryLimit?: number | null;
  delayMs?: number | null;
  /** Internal callers only (the server route dispatch); apps get ENQUEUE_JOB_PRIORITY. */
  priority?: number;
  dispatchedBy?: JobDispatch | null;
}

export interface JobQueueOptions {
  db: SqlDatabase;
  schema: string;
  /** Starts a run of the job's function (origin 'job'); a throw fails the job. */
  startRun(job: StudioJob, context: { retryCount: number; maxRetries: number }): Promise<{ runId: string; done: Promise<RunRecord> }>;
  cancelRun(runId: string): void;
  /** The function's name when the app has it, else null (an unknown target). */
  functionName(universalIdentifier: string): string | null;
  onActivity(entry: { runId: string | null; summary: string; detail: Record<string, unknown> }): void;
  /** Jobs running at once (the runner queues beyond its own limit anyway). */
  concurrency?: number;
  backoffMs?: number;
}

interface JobRow {
  jobId: string;
  functionUid: string;
  payload: unknown;
  state: string;
  retryLimit: number;
  retryCount: number;
  attemptsMade: number;
  failedReason: string | null;
  lastError: string | null;
  lastRunStatus: string | null;
  enqueuedAt: number;
  runAt: number;
  startedAt: number | null;
  finishedAt: number | null;
  runIds: unknown;
  enqueuedByRunId: string | null;
  priority: number | null;
  dispatchedBy: unknown;
}

const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

const parseDispatch = (value: unknown): JobDispatch | null => {
  const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  return parsed && typeof parsed === 'object' ? (parsed as JobDispatch) : null;
};

/**
 * The app's background job queue (`enqueueJob`, `enqueueJobs`, `getJobs` of twenty-sdk), persisted in the
 * workspace database (`_studio_jobs`) so jobs survive a restart. A loop starts due jobs as runs of
 * their function with `{ retryCount, maxRetries }` in the context, and retries an attempt that failed
 * with RetryableLogicFunctionError, with the server's backoff, as its logic-function queue does; any
 * other outcome (success or another error) completes the job.
 */
export class JobQueue {
  private ready: Promise<void> | null = null;
  private running = false;
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;
  private again = false;
  private readonly active = new Map<string, { runId: string | null; cancelled: boolean }>();
  private readonly pending = new Set<Promise<void>>();
  /** Who waits for a job's first attempt to start (null: it could not start now) and for its end. */
  private readonly startWaiters = new Map<string, ((runId: string | null) => void)[]>();
  private readonly endWaiters = new Map<string, ((job: StudioJob | null) => void)[]>();

  constructor(private readonly options: JobQueueOptions) {}

  private get table() {
    return `${quoteIdent(this.options.schema)}."_studio_jobs"`;
  }

  private get concurrency() {
    return this.options.concurrency ?? 4;
  }

  ensure(): Promise<void> {
    this.ready ??= this.options.db.exec(`create schema if not exists ${quoteIdent(this.options.schema)};
      create table if not exists ${this.table} (
        seq bigserial, "jobId" text primary key, "functionUid" text not null, payload jsonb, state text not null,
        "retryLimit" integer not null, "retryCount" integer not null default 0, "attemptsMade" integer not null default 0,
        "failedReason" text, "lastError" text, "lastRunStatus" text,
        "enqueuedAt" double precision not null, "runAt" double precision not null, "startedAt" double precision, "finishedAt" double precision,
        "runIds" jsonb not null default '[]'::jsonb, "enqueuedByRunId" text);
      alter table ${this.table} add column if not exists priority integer not null default ${ENQUEUE_JOB_PRIORITY};
      alter table ${this.table} add column if not exists "dispatchedBy" jsonb;
      create index if not exists "_studio_jobs_due" on ${this.table} (state, "runAt")`);
    return this.ready;
  }

  /** Opens the queue: jobs a previous process left ACTIVE go back to WAITING, then due jobs start. */
  async start(): Promise<void> {
    await this.ensure();
    await this.options.db.query(`update ${this.table} set state = 'WAITING', "runAt" = least("runAt", $1) where state = 'ACTIVE'`, [Date.now()]);
    this.running = true;
    this.poke();
  }

  /** Stops starting jobs (running ones finish; their outcome is still recorded). */
  stop(): void {
    this.running = false;
    for (const jobId of [...this.startWaiters.keys()]) this.wake(this.startWaiters, jobId, null);
    for (const jobId of [...this.endWaiters.keys()]) this.wake(this.endWaiters, jobId, null);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private toJob(row: JobRow, now = Date.now()): StudioJob {
    const queued = row.state === 'WAITING' || row.state === 'DELAYED';
    const runAt = Number(row.runAt);
    const state: JobState = queued ? (runAt > now ? 'DELAYED' : 'WAITING') : (row.state as JobState);
    const runIds = Array.isArray(row.runIds) ? row.runIds.map(String) : typeof row.runIds === 'string' ? (JSON.parse(row.runIds) as string[]) : [];
    return {
      jobId: row.jobId, state, attemptsMade: Number(row.attemptsMade), failedReason: row.failedReason ?? null,
      enqueuedAt: Number(row.enqueuedAt), startedAt: num(row.startedAt), finishedAt: num(row.finishedAt),
      logicFunctionUniversalIdentifier: row.functionUid, functionName: this.options.functionName(row.functionUid),
      payload: row.payload ?? null, retryLimit: Number(row.retryLimit), retryCount: Number(row.retryCount), runAt,
      runIds, lastRunStatus: (row.lastRunStatus as StudioJob['lastRunStatus']) ?? null, lastError: row.lastError ?? null,
      enqueuedByRunId: row.enqueuedByRunId ?? null,
      priority: row.priority === null || row.priority === undefined ? ENQUEUE_JOB_PRIORITY : Number(row.priority),
      dispatchedBy: parseDispatch(row.dispatchedBy),
    };
  }

  /** `enqueueJob(s)`: validated as the server's DTOs are; an unknown target is the server's NOT_FOUND. */
  async enqueue(request: EnqueueRequest, enqueuedByRunId: string | null): Promise<string[]> {
    await this.ensure();
    const uid = request.logicFunctionUniversalIdentifier;
    const name = this.options.functionName(uid);
    if (name === null) throw new WorkspaceApiError('NOT_FOUND', `Logic function ${uid} not found in this application`);
    const retryLimit = request.retryLimit ?? ENQUEUE_JOB_DEFAULT_RETRY_LIMIT;
    if (!Number.isInteger(retryLimit) || retryLimit < 0) throw badInput('retryLimit must not be less than 0');
    if (retryLimit > ENQUEUE_JOB_MAX_RETRY_LIMIT) throw badInput(`retryLimit must not be greater than ${ENQUEUE_JOB_MAX_RETRY_LIMIT}`);
    const delayMs = request.delayMs ?? 0;
    if (!Number.isInteger(delayMs) || delayMs < 0) throw badInput('delayMs must not be less than 0');
    if (delayMs > ENQUEUE_JOB_MAX_DELAY_MS) throw badInput(`delayMs must not be greater than ${ENQUEUE_JOB_MAX_DELAY_MS}`);
    const hasJobs = request.jobs !== null && request.jobs !== undefined;
    const hasPayloads = request.payloads !== null && request.payloads !== undefined;
    if (hasJobs && hasPayloads) throw badInput('Provide either jobs or payloads, not both');
    if (!hasJobs && !hasPayloads) throw badInput('Either jobs or payloads must be provided');
    const items = hasJobs ? request.jobs! : request.payloads!.map((payload) => ({ payload, jobId: null }));
    if (items.length === 0) throw badInput('Either jobs or payloads must be provided');
    if (items.length > MAX_JOBS_PER_ENQUEUE) throw badInput(`Cannot enqueue more than ${MAX_JOBS_PER_ENQUEUE} jobs at once`);
    const supplied = items.map((item) => item.jobId).filter((id): id is string => typeof id === 'string');
    if (new Set(supplied).size !== supplied.length) throw badInput('Job ids must be unique within a batch');
    for (const id of supplied) {
      if (id.length < 1 || id.length > ENQUEUE_JOB_ID_MAX_LENGTH) throw badInput(`jobId must be shorter than or equal to ${ENQUEUE_JOB_ID_MAX_LENGTH} characters`);
      if (!ENQUEUE_JOB_ID_PATTERN.test(id)) throw badInput(`jobId must match ${ENQUEUE_JOB_ID_PATTERN} regular expression`);
    }
    for (const item of items) {
      const payload = item.payload ?? {};
      if (typeof payload !== 'object' || Array.isArray(payload)) throw badInput('payload must be an object');
    }
    const now = Date.now();
    const ids = items.map((item) => item.jobId ?? randomUUID());
    await this.options.db.transaction(async (tx) => {
      for (const [index, item] of items.entries()) {
        // A job id already in the queue is kept as it is (BullMQ ignores a second add with the same id).
        await tx.query(`insert into ${this.table} ("jobId", "functionUid", payload, state, "retryLimit", "enqueuedAt", "runAt", "enqueuedByRunId", priority, "dispatchedBy")
          values ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9, $10::jsonb) on conflict ("jobId") do nothing`,
        [ids[index], uid, JSON.stringify(item.payload ?? {}), delayMs > 0 ? 'DELAYED' : 'WAITING', retryLimit, now, now + delayMs, enqueuedByRunId,
          request.priority ?? ENQUEUE_JOB_PRIORITY, request.dispatchedBy ? JSON.stringify(request.dispatchedBy) : null]);
      }
    });
    this.options.onActivity({
      runId: enqueuedByRunId,
      summary: request.dispatchedBy
        ? `server route ${request.dispatchedBy.functionName} queued ${name} (job ${ids[0]}, retryLimit ${retryLimit})`
        : `enqueue ${ids.length} job${ids.length === 1 ? '' : 's'} of ${name}${delayMs > 0 ? ` (in ${delayMs} ms)` : ''}`,
      detail: { action: 'enqueue', function: name, universalIdentifier: uid, jobIds: ids, retryLimit, delayMs, ...(request.dispatchedBy ? { dispatchedBy: request.dispatchedBy } : {}) },
    });
    this.poke();
    return ids;
  }

  /**
   * Resolves with the run id of the job's first attempt once it starts, or null when it cannot start
   * now (the queue is full, it is delayed, or it failed before a run).
   */
  firstRun(jobId: string): Promise<string | null> {
    return new Promise((resolve) => this.startWaiters.set(jobId, [...(this.startWaiters.get(jobId) ?? []), resolve]));
  }

  /** Resolves with the job once it is COMPLETED or FAILED (null if the queue is stopped first). */
  settled(jobId: string): Promise<StudioJob | null> {
    return new Promise((resolve) => this.endWaiters.set(jobId, [...(this.endWaiters.get(jobId) ?? []), resolve]));
  }

  private wake<T>(waiters: Map<string, ((value: T) => void)[]>, jobId: string, value: T): void {
    const list = waiters.get(jobId);
    waiters.delete(jobId);
    for (const resolve of list ?? []) resolve(value);
  }

  /** `getJobs`: the jobs it knows, in the asked order; unknown ids are left out, as on the server. */
  async getJobs(jobIds: string[]): Promise<JobStatus[]> {
    if (jobIds.length > MAX_JOBS_PER_STATUS_READ) throw badInput(`Cannot read more than ${MAX_JOBS_PER_STATUS_READ} jobs at once`);
    await this.ensure();
    const rows = await this.options.db.query<JobRow & Record<string, unknown>>(`select * from ${this.table} where "jobId" = any($1::text[])`, [jobIds]);
    const now = Date.now();
    const byId = new Map(rows.map((row) => [row.jobId, this.toJob(row, now)]));
    return jobIds.flatMap((id) => {
      const job = byId.get(id);
      return job ? [{ jobId: job.jobId, state: job.state, attemptsMade: job.attemptsMade, failedReason: job.failedReason, enqueuedAt: job.enqueuedAt, startedAt: job.startedAt, finishedAt: job.finishedAt }] : [];
    });
  }

  async get(jobId: string): Promise<StudioJob | null> {
    await this.ensure();
    const [row] = await this.options.db.query<JobRow & Record<string, unknown>>(`select * from ${this.table} where "jobId" = $1`, [jobId]);
    return row ? this.toJob(row) : null;
  }

  /** A page of jobs, newest first (the window's queue view). */
  async list(params: { state?: JobState; offset?: number; limit?: number } = {}): Promise<{ jobs: StudioJob[]; total: number }> {
    await this.ensure();
    const now = Date.now();
    const where = params.state === 'WAITING' ? `state in ('WAITING', 'DELAYED') and "runAt" <= $1`
      : params.state === 'DELAYED' ? `state in ('WAITING', 'DELAYED') and "runAt" > $1`
        : params.state ? `state = '${params.state}' and $1::double precision is not null` : '$1::double precision is not null';
    const limit = Math.min(Math.max(params.limit ?? 100, 1), 1000);
    const rows = await this.options.db.query<JobRow & Record<string, unknown>>(`select * from ${this.table} where ${where} order by seq desc limit ${limit} offset ${Math.max(params.offset ?? 0, 0)}`, [now]);
    const [count] = await this.options.db.query<{ count: unknown }>(`select count(*) as count from ${this.table} where ${where}`, [now]);
    return { jobs: rows.map((row) => this.toJob(row, now)), total: Number(count?.count ?? 0) };
  }

  /** Makes a waiting or delayed job due now. */
  async runNow(jobId: string): Promise<boolean> {
    await this.ensure();
    const rows = await this.options.db.query(`update ${this.table} set "runAt" = $2, state = 'WAITING' where "jobId" = $1 and state in ('WAITING', 'DELAYED') returning "jobId"`, [jobId, Date.now()]);
    if (rows.length > 0) this.activity(jobId, 'run now', null);
    this.poke();
    return rows.length > 0;
  }

  /** Cancels a queued job (it becomes FAILED) or the run of an active one. */
  async cancel(jobId: string): Promise<boolean> {
    await this.ensure();
    const live = this.active.get(jobId);
    if (live) {
      live.cancelled = true;
      if (live.runId) this.options.cancelRun(live.runId);
      this.activity(jobId, 'cancel', live.runId);
      return true;
    }
    const rows = await this.options.db.query(`update ${this.table} set state = 'FAILED', "failedReason" = $2, "finishedAt" = $3 where "jobId" = $1 and state in ('WAITING', 'DELAYED') returning "jobId"`, [jobId, CANCELLED_REASON, Date.now()]);
    if (rows.length > 0) this.activity(jobId, 'cancel', null);
    return rows.length > 0;
  }

  /** Queues a finished (completed or failed) job again, from a retry count of 0. */
  async retry(jobId: string): Promise<boolean> {
    await this.ensure();
    const rows = await this.options.db.query(`update ${this.table} set state = 'WAITING', "runAt" = $2, "retryCount" = 0, "failedReason" = null, "finishedAt" = null where "jobId" = $1 and state in ('COMPLETED', 'FAILED') returning "jobId"`, [jobId, Date.now()]);
    if (rows.length > 0) this.activity(jobId, 'retry', null);
    this.poke();
    return rows.length > 0;
  }

  /** Removes finished jobs (the window's "clear"). */
  async clearFinished(): Promise<number> {
    await this.ensure();
    const rows = await this.options.db.query(`delete from ${this.table} where state in ('COMPLETED', 'FAILED') returning "jobId"`);
    return rows.length;
  }

  private activity(jobId: string, action: string, runId: string | null) {
    this.options.onActivity({ runId, summary: `${action} job ${jobId}`, detail: { action, jobId } });
  }

  /** True while a job runs or one is due (what `settle` waits for). */
  async busy(): Promise<boolean> {
    if (this.active.size > 0 || this.ticking) return true;
    if (!this.running) return false;
    await this.ensure();
    const [row] = await this.options.db.query<{ due: unknown }>(`select count(*) as due from ${this.table} where state in ('WAITING', 'DELAYED') and "runAt" <= $1`, [Date.now()]);
    return Number(row?.due ?? 0) > 0;
  }

  /** Looks for due jobs soon (after an enqueue, a finished run, a timer). */
  poke(): void {
    if (!this.running) return;
    if (this.ticking) {
      this.again = true;
      return;
    }
    this.ticking = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.tick()).catch(() => undefined).finally(() => {
      this.ticking = null;
      if (this.again) {
        this.again = false;
        this.poke();
      }
    });
  }

  private async tick(): Promise<void> {
    if (!this.running) return;
    await this.ensure();
    const free = this.concurrency - this.active.size;
    const now = Date.now();
    if (free > 0) {
      const due = await this.options.db.query<JobRow & Record<string, unknown>>(`select * from ${this.table} where state in ('WAITING', 'DELAYED') and "runAt" <= $1 order by priority, "runAt", seq limit ${free}`, [now]);
      for (const row of due) await this.launch(this.toJob(row, now));
    }
    // A waiter on a job that did not get a slot now (the queue is full, or it is delayed) is told so.
    if (this.active.size >= this.concurrency || free <= 0) {
      for (const jobId of [...this.startWaiters.keys()]) if (!this.active.has(jobId)) this.wake(this.startWaiters, jobId, null);
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.active.size >= this.concurrency) return;
    const [next] = await this.options.db.query<{ next: unknown }>(`select min("runAt") as next from ${this.table} where state in ('WAITING', 'DELAYED')`);
    if (next?.next === null || next?.next === undefined) return;
    const wait = Math.max(0, Math.min(Number(next.next) - Date.now(), 2 ** 31 - 1));
    this.timer = setTimeout(() => {
      this.timer = null;
      this.poke();
    }, wait);
    this.timer.unref?.();
  }

  private async launch(job: StudioJob): Promise<void> {
    const startedAt = Date.now();
    const claimed = await this.options.db.query(`update ${this.table} set state = 'ACTIVE', "startedAt" = $2 where "jobId" = $1 and state in ('WAITING', 'DELAYED') returning "jobId"`, [job.jobId, startedAt]);
    if (claimed.length === 0) return;
    const live = { runId: null as string | null, cancelled: false };
    this.active.set(job.jobId, live);
    const maxRetries = Math.min(LOGIC_FUNCTION_APPLICATION_RETRY_LIMIT, job.retryLimit);
    const work = (async () => {
      let record: RunRecord;
      try {
        const { runId, done } = await this.options.startRun(job, { retryCount: job.retryCount, maxRetries });
        live.runId = runId;
        this.wake(this.startWaiters, job.jobId, runId);
        await this.options.db.query(`update ${this.table} set "runIds" = "runIds" || $2::jsonb where "jobId" = $1`, [job.jobId, JSON.stringify([runId])]);
        this.options.onActivity({
          runId: job.enqueuedByRunId,
          summary: `job ${job.jobId} -> ${job.functionName ?? job.logicFunctionUniversalIdentifier} (run ${runId}${job.retryCount > 0 ? `, retry ${job.retryCount}/${maxRetries}` : ''})`,
          detail: { action: 'start', jobId: job.jobId, function: job.functionName, universalIdentifier: job.logicFunctionUniversalIdentifier, triggeredRunId: runId, retryCount: job.retryCount, maxRetries },
        });
        if (live.cancelled) this.options.cancelRun(runId);
        record = await done;
      } catch (error) {
        this.wake(this.startWaiters, job.jobId, null);
        await this.finish(job, 'FAILED', { failedReason: (error as Error).message, lastRunStatus: null, lastError: (error as Error).message }, live.runId);
        return;
      }
      const result = record.result;
      const error = result?.error;
      if (live.cancelled) {
        await this.finish(job, 'FAILED', { failedReason: CANCELLED_REASON, lastRunStatus: result?.status ?? null, lastError: error ? `${error.errorType}: ${error.errorMessage}` : null }, live.runId);
        return;
      }
      if (result?.status === 'ERROR' && error?.errorType === RETRYABLE_ERROR_TYPE && job.retryCount < maxRetries) {
        const attemptsMade = job.attemptsMade + 1;
        const delay = (this.options.backoffMs ?? JOB_RETRY_BACKOFF_MS) * 2 ** (attemptsMade - 1);
        await this.options.db.query(`update ${this.table} set state = 'DELAYED', "attemptsMade" = $2, "retryCount" = $3, "failedReason" = $4, "lastError" = $5, "lastRunStatus" = 'ERROR', "runAt" = $6 where "jobId" = $1`,
          [job.jobId, attemptsMade, job.retryCount + 1, error.errorMessage, `${error.errorType}: ${error.errorMessage}`, Date.now() + delay]);
        this.options.onActivity({
          runId: live.runId,
          summary: `job ${job.jobId} failed with ${RETRYABLE_ERROR_TYPE}: retry ${job.retryCount + 1}/${maxRetries} in ${delay} ms`,
          detail: { action: 'retry-scheduled', jobId: job.jobId, attemptsMade, retryCount: job.retryCount + 1, maxRetries, delayMs: delay, failedReason: error.errorMessage },
        });
        return;
      }
      // Any other outcome completes the job, as the server's runner returns without failing it.
      await this.finish(job, 'COMPLETED', { failedReason: undefined, lastRunStatus: result?.status ?? null, lastError: error ? `${error.errorType}: ${error.errorMessage}` : null }, live.runId);
    })().catch(() => undefined).finally(() => {
      this.active.delete(job.jobId);
      this.pending.delete(work);
      this.poke();
    });
    this.pending.add(work);
  }

  private async finish(job: StudioJob, state: 'COMPLETED' | 'FAILED', outcome: { failedReason: string | undefined; lastRunStatus: string | null; lastError: string | null }, runId: string | null) {
    const finishedAt = Date.now();
    await this.options.db.query(`update ${this.table} set state = $2, "attemptsMade" = "attemptsMade" + 1, "finishedAt" = $3, "failedReason" = coalesce($4, "failedReason"), "lastRunStatus" = $5, "lastError" = $6 where "jobId" = $1`,
      [job.jobId, state, finishedAt, outcome.failedReason ?? null, outcome.lastRunStatus, outcome.lastError]);
    this.options.onActivity({
      runId,
      summary: `job ${job.jobId} ${state.toLowerCase()}${outcome.lastError ? ` (${outcome.lastError})` : ''}`,
      detail: { action: state === 'COMPLETED' ? 'completed' : 'failed', jobId: job.jobId, state, runStatus: outcome.lastRunStatus, error: outcome.lastError, failedReason: outcome.failedReason ?? null },
    });
    if (this.endWaiters.has(job.jobId)) this.wake(this.endWaiters, job.jobId, await this.get(job.jobId));
  }

  /** Waits for running jobs to finish (dispose). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }
}
