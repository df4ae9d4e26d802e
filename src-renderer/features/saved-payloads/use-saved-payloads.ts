import { useCallback, useEffect, useState } from 'react';
import type { OperationResult, SavedPayloadEntry } from '../../../src-shared/contract';
import { describeError } from '../../api/studio-error';
import { useStudio, useStudioStore } from '../../app/studio-context';

export type RecentPayload = OperationResult<'payload.recent'>['payloads'][number];

interface SavedPayloadsState {
  entries: SavedPayloadEntry[];
  recent: RecentPayload[];
  error: string | null;
  loaded: boolean;
}

/**
 * A function's saved payloads and its recent ones, read again when the files change
 * (`payload.saved.changed`), when the code changes (staleness depends on it) and after each run.
 */
export function useSavedPayloads(universalIdentifier: string): SavedPayloadsState & { refresh(): void } {
  const studio = useStudio();
  const revision = useStudioStore('project', (state) => state.model?.revision ?? 0);
  const [state, setState] = useState<SavedPayloadsState>({ entries: [], recent: [], error: null, loaded: false });

  const refresh = useCallback(() => {
    Promise.all([
      studio.api.call('payload.saved.list', { universalIdentifier }),
      studio.api.call('payload.recent', { universalIdentifier, limit: 20 }).catch(() => ({ payloads: [] as RecentPayload[] })),
    ]).then(
      ([saved, recent]) => setState({ entries: saved.payloads, recent: recent.payloads, error: null, loaded: true }),
      (error: unknown) => setState((current) => ({ ...current, error: describeError(error), loaded: true })),
    );
  }, [studio, universalIdentifier]);

  useEffect(() => {
    refresh();
  }, [refresh, revision]);

  useEffect(() => {
    const unsubscribers = [
      studio.api.on('payload.saved.changed', () => refresh()),
      studio.api.on('run.finished', (record) => {
        if (record.universalIdentifier === universalIdentifier) refresh();
      }),
    ];
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
  }, [studio, refresh, universalIdentifier]);

  return { ...state, refresh };
}
