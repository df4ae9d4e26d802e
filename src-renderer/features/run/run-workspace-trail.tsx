import { useMemo } from 'react';
import type { WorkspaceActivity } from '../../../src-shared/contract';
import { useStore } from 'zustand';
import { useStudio } from '../../app/studio-context';

interface Read {
  field: string;
  ids: string[];
  count: number;
}

interface Change {
  object: string;
  operation: string;
  recordId: string;
}

/** The records a run read (from its requests' answers) and changed (its writes' database events), from the workspace activity. */
export function workspaceTrailOf(entries: readonly WorkspaceActivity[], runId: string): { reads: Read[]; changes: Change[] } {
  const reads = new Map<string, Read>();
  const changes: Change[] = [];
  for (const entry of entries) {
    if (entry.runId !== runId) continue;
    if (entry.kind === 'request' && Array.isArray(entry.detail.reads)) {
      for (const read of entry.detail.reads as Read[]) {
        const known = reads.get(read.field) ?? { field: read.field, ids: [], count: 0 };
        known.count += read.count;
        for (const id of read.ids) if (!known.ids.includes(id)) known.ids.push(id);
        reads.set(read.field, known);
      }
    } else if (entry.kind === 'event' && typeof entry.detail.object === 'string' && typeof entry.detail.recordId === 'string') {
      changes.push({ object: entry.detail.object, operation: String(entry.detail.operation ?? ''), recordId: entry.detail.recordId });
    }
  }
  return { reads: [...reads.values()], changes };
}

/** The run pane's "Workspace" section: what the run read and changed, each record one click from the Records tab. */
export function RunWorkspaceTrail({ runId }: { runId: string }) {
  const studio = useStudio();
  const entries = useStore(studio.workspace.activity, (state) => state.entries);
  const trail = useMemo(() => workspaceTrailOf(entries, runId), [entries, runId]);
  if (trail.reads.length === 0 && trail.changes.length === 0) return null;
  const open = (object: string, recordId?: string) => {
    const window = studio.workspace.window.getState();
    window.show('records');
    void window.selectObject(object, recordId);
  };
  return (
    <div className="run-trail" data-testid="run-workspace-trail">
      {trail.changes.length > 0 && (
        <ul className="run-trail-list">
          {trail.changes.map((change, index) => (
            <li key={index} data-testid="run-trail-change">
              <span className="badge">{change.operation}</span>{' '}
              <button type="button" className="link" title={`Show ${change.object} ${change.recordId} in the Workspace`} onClick={() => open(change.object, change.recordId)}>
                {change.object} <span className="mono muted">{change.recordId.slice(0, 8)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {trail.reads.length > 0 && (
        <ul className="run-trail-list">
          {trail.reads.map((read) => (
            <li key={read.field} data-testid="run-trail-read">
              <span className="badge">read</span> <span className="mono">{read.field}</span> <span className="muted">{read.count} {read.count === 1 ? 'record' : 'records'}</span>
              {read.ids.length > 0 && <span className="muted mono run-trail-ids"> {read.ids.map((id) => id.slice(0, 8)).join(', ')}{read.count > read.ids.length ? ', …' : ''}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
