/**
 * The status the server derives from a health check run (twentyhq/twenty,
 * application-health/application-health-check.service): `{ status: 'OK' }` is OK without title; a
 * reported SUCCESS, INFO, WARNING, ERROR or NEUTRAL is kept with its title, description and action,
 * but only when it has a title; an error, an unknown status or a missing title is UNKNOWN.
 */
export const HEALTH_STATUSES = ['OK', 'SUCCESS', 'INFO', 'WARNING', 'ERROR', 'NEUTRAL', 'UNKNOWN'] as const;
export type HealthStatus = (typeof HEALTH_STATUSES)[number];

export interface DerivedHealth {
  status: HealthStatus;
  title: string | null;
  description: string | null;
  action: { label: string; location?: string } | null;
  /** Why the server would show UNKNOWN (null otherwise). */
  reason: string | null;
}

const REPORTED_BANNER_STATUSES: readonly string[] = ['SUCCESS', 'INFO', 'WARNING', 'ERROR', 'NEUTRAL'];

const unknown = (reason: string): DerivedHealth => ({ status: 'UNKNOWN', title: null, description: null, action: null, reason });

export function deriveHealthStatus(run: { status: 'SUCCESS' | 'ERROR'; data?: unknown; error?: { errorMessage: string } }): DerivedHealth {
  if (run.status !== 'SUCCESS') return unknown(`the health check failed: ${run.error?.errorMessage ?? 'error'}`);
  const data = run.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return unknown('the result is not an object with a status');
  const result = data as Record<string, unknown>;
  if (result.status === 'OK') return { status: 'OK', title: null, description: null, action: null, reason: null };
  if (typeof result.status !== 'string' || !REPORTED_BANNER_STATUSES.includes(result.status)) {
    return unknown(`status ${JSON.stringify(result.status)} is not one of ${['OK', ...REPORTED_BANNER_STATUSES].join(', ')}`);
  }
  if (typeof result.title !== 'string' || result.title.length === 0) return unknown(`a ${result.status} result needs a title`);
  const action = result.action as { label?: unknown; location?: unknown } | undefined;
  return {
    status: result.status as HealthStatus,
    title: result.title,
    description: typeof result.description === 'string' ? result.description : null,
    action: action && typeof action.label === 'string' ? { label: action.label, ...(typeof action.location === 'string' ? { location: action.location } : {}) } : null,
    reason: null,
  };
}
