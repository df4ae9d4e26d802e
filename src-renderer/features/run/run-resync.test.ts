import { describe, expect, it } from 'vitest';
import { FakeStudioApi } from '../../api/fake-studio-api';
import { createRunStore, resyncRuns } from './run-store';

const result = { data: 1, logs: '', duration: 3, status: 'SUCCESS' as const, calls: [], nodeVersion: 'v20', stale: false };

describe('resyncRuns', () => {
  it('ends the runs that finished while the window was disconnected, and keeps the live ones', async () => {
    const api = new FakeStudioApi();
    const store = createRunStore(api);
    for (const universalIdentifier of ['f1', 'f2']) {
      const { runId } = await api.call('run.start', { universalIdentifier });
      store.getState().started({ runId, universalIdentifier, functionName: universalIdentifier, origin: 'manual', payload: {}, startedAt: new Date(0).toISOString() });
    }
    expect(store.getState().running).toEqual({ f1: 'run-1', f2: 'run-2' });
    // run-1 ends while the window is away: its run.finished never arrives.
    api.runs[0].result = { runId: 'run-1', ...result };
    await resyncRuns(api, store);
    expect(store.getState().running).toEqual({ f2: 'run-2' });
    expect(store.getState().known['run-1']?.result?.status).toBe('SUCCESS');
  });
});
