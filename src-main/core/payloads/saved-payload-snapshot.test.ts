import { describe, expect, it } from 'vitest';
import type { RunRecord, SavedPayloadEntry } from '../../../src-shared/contract';
import type { RunService } from '../runs/run-service';
import { checkSavedPayload } from './saved-payload-check';

const entry = (snapshot?: string): SavedPayloadEntry => ({
  name: 'acme', functionFolder: 'create-company', path: '.twenty-studio/payloads/create-company/acme.json', stale: false,
  content: {
    version: 1, function: { universalIdentifier: 'uid-1', name: 'create-company' }, trigger: 'tool', inputs: {}, payload: { name: 'Acme' },
    expect: { status: 'SUCCESS' }, ...(snapshot ? { snapshot } : {}),
  },
});

/** A run service that records the order of what happened. */
const fakeRuns = (events: string[]) => ({
  execute: async (): Promise<RunRecord> => {
    events.push('run');
    return { runId: 'r1', universalIdentifier: 'uid-1', functionName: 'create-company', origin: 'test', payload: {}, startedAt: new Date(0).toISOString(), result: { runId: 'r1', data: {}, logs: '', duration: 1, status: 'SUCCESS', calls: [], nodeVersion: 'v20', stale: false } };
  },
}) as unknown as RunService;

describe('saved payloads that name a workspace snapshot', () => {
  it('restore the snapshot before the run', async () => {
    const events: string[] = [];
    const check = await checkSavedPayload(fakeRuns(events), entry('four-people'), { restoreSnapshot: async (name) => events.push(`restore ${name}`) });
    expect(check.passed).toBe(true);
    expect(events).toEqual(['restore four-people', 'run']);
  });

  it('fail with the reason, without running, when the snapshot cannot be restored or there is no workspace', async () => {
    const events: string[] = [];
    const missing = await checkSavedPayload(fakeRuns(events), entry('gone'), { restoreSnapshot: async () => { throw new Error('No snapshot named "gone"'); } });
    expect(missing).toMatchObject({ passed: false, error: expect.stringContaining('the workspace snapshot "gone" could not be restored: No snapshot named "gone"') });
    const noWorkspace = await checkSavedPayload(fakeRuns(events), entry('four-people'));
    expect(noWorkspace).toMatchObject({ passed: false, error: expect.stringContaining('no Local workspace') });
    expect(events).toEqual([]);
  });

  it('run as before when no snapshot is named', async () => {
    const events: string[] = [];
    expect((await checkSavedPayload(fakeRuns(events), entry())).passed).toBe(true);
    expect(events).toEqual(['run']);
  });
});
