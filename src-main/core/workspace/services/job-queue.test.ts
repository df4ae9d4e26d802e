import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunRecord } from '../../../../src-shared/contract';
import { openTempWorkspace, type TempWorkspace } from '../test-support/temp-workspace';
import { JobQueue, type JobQueueOptions, type StudioJob } from './job-queue';

let temp: TempWorkspace;

beforeAll(async () => {
  temp = await openTempWorkspace();
}, 60_000);

afterAll(async () => {
  await temp.cleanup();
});

const KNOWN = '11111111-1111-4111-8111-111111111111';
let schemaCount = 0;

/** A queue over its own schema whose runs are scripted: each attempt answers with the next outcome. */
function queueWith(outcomes: ('ok' | 'retryable' | 'error' | 'throw')[], extra: Partial<JobQueueOptions> = {}) {
  const started: { job: StudioJob; context: { retryCount: number; maxRetries: number } }[] = [];
  const activity: string[] = [];
  const queue = new JobQueue({
    db: temp.workspace.db,
    schema: `jobs_${++schemaCount}_${Math.random().toString(36).slice(2, 8)}`,
    startRun: async (job, context) => {
      started.push({ job, context });
      const outcome = outcomes.shift() ?? 'ok';
      if (outcome === 'throw') throw new Error('bundle missing');
      const runId = `run-${started.length}`;
      const result: RunRecord['result'] = {
        runId, data: null, logs: '', duration: 1, calls: [], nodeVersion: 'v22', stale: false,
        status: outcome === 'ok' ? 'SUCCESS' : 'ERROR',
        ...(outcome === 'retryable' ? { error: { errorType: 'RetryableLogicFunctionError', errorMessage: 'busy', stackTrace: '' } } : {}),
        ...(outcome === 'error' ? { error: { errorType: 'TypeError', errorMessage: 'boom', stackTrace: '' } } : {}),
      };
      return { runId, done: Promise.resolve({ runId, universalIdentifier: job.logicFunctionUniversalIdentifier, functionName: 'fn', origin: 'job', payload: job.payload, startedAt: new Date().toISOString(), result }) };
    },
    cancelRun: () => undefined,
    functionName: (uid) => (uid === KNOWN ? 'fn' : null),
    onActivity: (entry) => activity.push(entry.summary),
    backoffMs: 5,
    ...extra,
  });
  return { queue, started, activity };
}

async function until(queue: JobQueue, jobId: string, state: string) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const job = await queue.get(jobId);
    if (job?.state === state || Date.now() > deadline) return job;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('JobQueue', () => {
  it('validates as the server does', async () => {
    const { queue } = queueWith([]);
    await expect(queue.enqueue({ logicFunctionUniversalIdentifier: 'nope', payloads: [{}] }, null)).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Logic function nope not found in this application' });
    await expect(queue.enqueue({ logicFunctionUniversalIdentifier: KNOWN, payloads: [{}], jobs: [{}] }, null)).rejects.toThrow('Provide either jobs or payloads, not both');
    await expect(queue.enqueue({ logicFunctionUniversalIdentifier: KNOWN }, null)).rejects.toThrow('Either jobs or payloads must be provided');
    await expect(queue.enqueue({ logicFunctionUniversalIdentifier: KNOWN, jobs: [{ jobId: 'a' }, { jobId: 'a' }] }, null)).rejects.toThrow('Job ids must be unique within a batch');
    await expect(queue.enqueue({ logicFunctionUniversalIdentifier: KNOWN, jobs: [{ jobId: 'has space' }] }, null)).rejects.toThrow(/jobId must match/);
    await expect(queue.enqueue({ logicFunctionUniversalIdentifier: KNOWN, payloads: [{}], retryLimit: 11 }, null)).rejects.toThrow('retryLimit must not be greater than 10');
    await expect(queue.enqueue({ logicFunctionUniversalIdentifier: KNOWN, payloads: [[1, 2]] }, null)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: 'payload must be an object' });
    await expect(queue.enqueue({ logicFunctionUniversalIdentifier: KNOWN, payloads: Array.from({ length: 201 }, () => ({})) }, null)).rejects.toThrow('Cannot enqueue more than 200 jobs at once');
    await expect(queue.getJobs(Array.from({ length: 201 }, (_, index) => String(index)))).rejects.toThrow('Cannot read more than 200 jobs at once');
  });

  it('runs a dispatched job ahead of earlier app jobs, tells who waits when its first attempt starts and when it ends', async () => {
    const { queue, started } = queueWith(['ok', 'ok', 'retryable', 'ok'], { concurrency: 1 });
    const dispatchedBy = { runId: 'resolver-run', universalIdentifier: 'r', functionName: 'resolver', workspaceId: 'w' };
    // Enqueued while the queue is stopped, so both are due when it opens: priority decides, not order.
    const [appJob] = await queue.enqueue({ logicFunctionUniversalIdentifier: KNOWN, payloads: [{ app: true }] }, null);
    const [dispatched] = await queue.enqueue({ logicFunctionUniversalIdentifier: KNOWN, payloads: [{ dispatched: true }], retryLimit: 3, priority: 1, dispatchedBy }, 'resolver-run');
    await queue.start();
    await until(queue, appJob!, 'COMPLETED');
    expect(started.map((entry) => entry.job.jobId)).toEqual([dispatched, appJob]);
    expect(started[0]!.job).toMatchObject({ priority: 1, dispatchedBy, retryLimit: 3 });
    expect(started[1]!.job).toMatchObject({ priority: 4, dispatchedBy: null });

    const [next] = await queue.enqueue({ logicFunctionUniversalIdentifier: KNOWN, payloads: [{}], retryLimit: 3, priority: 1, dispatchedBy }, 'resolver-run');
    const ended = queue.settled(next!);
    expect(await queue.firstRun(next!)).toBe('run-3');
    expect(await ended).toMatchObject({ state: 'COMPLETED', attemptsMade: 2, runIds: ['run-3', 'run-4'] });
    queue.stop();
  });

  it('runs due jobs with the context, retries a retryable failure up to min(3, retryLimit), then completes', async () => {
    const { queue, started } = queueWith(['retryable', 'retryable', 'retryable', 'retryable', 'retryable']);
    await queue.start();
    const [jobId] = await queue.enqueue({ logicFunctionUniversalIdentifier: KNOWN, payloads: [{ n: 1 }], retryLimit: 10 }, 'parent-run');
    const job = await until(queue, jobId, 'COMPLETED');
    expect(started.map((entry) => entry.context)).toEqual([0, 1, 2, 3].map((retryCount) => ({ retryCount, maxRetries: 3 })));
    expect(job).toMatchObject({ state: 'COMPLETED', attemptsMade: 4, failedReason: 'busy', lastRunStatus: 'ERROR', enqueuedByRunId: 'parent-run', runIds: ['run-1', 'run-2', 'run-3', 'run-4'] });
    expect(await queue.getJobs([jobId, 'unknown'])).toEqual([{ jobId, state: 'COMPLETED', attemptsMade: 4, failedReason: 'busy', enqueuedAt: job!.enqueuedAt, startedAt: job!.startedAt, finishedAt: job!.finishedAt }]);
    queue.stop();
  });

  it('completes on a non-retryable error and fails when the run cannot start', async () => {
    const { queue } = queueWith(['error', 'throw']);
    await queue.start();
    const [first] = await queue.enqueue({ logicFunctionUniversalIdentifier: KNOWN, payloads: [{}], retryLimit: 3 }, null);
    expect(await until(queue, first, 'COMPLETED')).toMatchObject({ attemptsMade: 1, lastError: 'TypeError: boom', failedReason: null });
    const [second] = await queue.enqueue({ logicFunctionUniversalIdentifier: KNOWN, payloads: [{}] }, null);
    expect(await until(queue, second, 'FAILED')).toMatchObject({ attemptsMade: 1, failedReason: 'bundle missing' });
    queue.stop();
  });

  it('keeps a second enqueue of the same job id as it was', async () => {
    const { queue } = queueWith([]);
    const [id] = await queue.enqueue({ logicFunctionUniversalIdentifier: KNOWN, jobs: [{ jobId: 'same', payload: { v: 1 } }], delayMs: 60_000 }, null);
    await queue.enqueue({ logicFunctionUniversalIdentifier: KNOWN, jobs: [{ jobId: 'same', payload: { v: 2 } }] }, null);
    expect(await queue.get(id)).toMatchObject({ state: 'DELAYED', payload: { v: 1 } });
  });

  it('puts ACTIVE jobs back to WAITING when it opens again (a restart during a run)', async () => {
    const never = queueWith([], { startRun: () => new Promise(() => undefined) });
    await never.queue.start();
    const [jobId] = await never.queue.enqueue({ logicFunctionUniversalIdentifier: KNOWN, payloads: [{}] }, null);
    expect((await until(never.queue, jobId, 'ACTIVE'))?.state).toBe('ACTIVE');
    never.queue.stop();
    const schema = (never.queue as unknown as { options: JobQueueOptions }).options.schema;
    const again = queueWith(['ok'], { schema });
    await again.queue.start();
    expect(await until(again.queue, jobId, 'COMPLETED')).toMatchObject({ state: 'COMPLETED', attemptsMade: 1 });
    expect(again.started).toHaveLength(1);
    again.queue.stop();
  });

  it('lists, cancels and retries', async () => {
    const { queue } = queueWith(['ok']);
    await queue.start();
    const [jobId] = await queue.enqueue({ logicFunctionUniversalIdentifier: KNOWN, payloads: [{}], delayMs: 60_000 }, null);
    expect((await queue.list({ state: 'DELAYED' })).jobs.map((job) => job.jobId)).toContain(jobId);
    expect(await queue.cancel(jobId)).toBe(true);
    expect(await queue.get(jobId)).toMatchObject({ state: 'FAILED', failedReason: 'Cancelled in Twenty App Studio' });
    expect(await queue.cancel(jobId)).toBe(false);
    expect(await queue.retry(jobId)).toBe(true);
    expect((await until(queue, jobId, 'COMPLETED'))?.state).toBe('COMPLETED');
    expect(await queue.clearFinished()).toBeGreaterThanOrEqual(1);
    queue.stop();
  });
});
