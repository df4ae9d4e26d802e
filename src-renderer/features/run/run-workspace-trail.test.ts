import { describe, expect, it } from 'vitest';
import type { WorkspaceActivity } from '../../../src-shared/contract';
import { workspaceTrailOf } from './run-workspace-trail';

const entry = (seq: number, runId: string | null, kind: WorkspaceActivity['kind'], detail: Record<string, unknown>): WorkspaceActivity => ({ seq, time: new Date(seq).toISOString(), kind, runId, summary: '', detail });

describe('workspaceTrailOf', () => {
  it('gathers the records a run read, per field, and the records its writes changed, ignoring other runs', () => {
    const entries = [
      entry(1, 'r1', 'request', { reads: [{ field: 'companies', ids: ['a', 'b'], count: 2 }] }),
      entry(2, 'r1', 'request', { reads: [{ field: 'companies', ids: ['b', 'c'], count: 2 }, { field: 'person', ids: ['p'], count: 1 }] }),
      entry(3, 'r1', 'event', { name: 'company.created', object: 'company', operation: 'created', recordId: 'n1' }),
      entry(4, 'r2', 'event', { name: 'note.created', object: 'note', operation: 'created', recordId: 'x' }),
      entry(5, 'r1', 'kv', { key: 'k' }),
    ];
    expect(workspaceTrailOf(entries, 'r1')).toEqual({
      reads: [{ field: 'companies', ids: ['a', 'b', 'c'], count: 4 }, { field: 'person', ids: ['p'], count: 1 }],
      changes: [{ object: 'company', operation: 'created', recordId: 'n1' }],
    });
    expect(workspaceTrailOf(entries, 'r3')).toEqual({ reads: [], changes: [] });
  });
});
