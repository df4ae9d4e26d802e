/**
 * "Recent": the last payloads used for a function, read from the run history (which already keeps
 * every run's payload), newest first, the same payload listed once.
 */
import type { RunSummary } from '../../../src-shared/contract';
import type { RunService } from '../runs/run-service';

export type RecentPayload = { runId: string; startedAt: string; origin: string; status: RunSummary['status']; payload: unknown };

export const MAX_RECENT_PAYLOADS = 20;

export async function recentPayloads(runs: RunService, universalIdentifier: string, limit = MAX_RECENT_PAYLOADS): Promise<RecentPayload[]> {
  const summaries = await runs.listRuns({ universalIdentifier });
  const seen = new Set<string>();
  const recent: RecentPayload[] = [];
  for (const summary of summaries) {
    if (recent.length >= Math.min(limit, MAX_RECENT_PAYLOADS)) break;
    const record = await runs.history.get(summary.runId);
    if (!record) continue;
    const key = JSON.stringify(record.payload ?? null);
    if (seen.has(key)) continue;
    seen.add(key);
    recent.push({ runId: summary.runId, startedAt: summary.startedAt, origin: summary.origin, status: summary.status, payload: record.payload });
  }
  return recent;
}
