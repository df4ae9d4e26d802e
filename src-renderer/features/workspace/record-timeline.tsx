import { useEffect, useState } from 'react';
import type { WorkspaceObjectInfo } from '../../../src-shared/contract';
import { describeError } from '../../api/studio-error';
import { useStudio } from '../../app/studio-context';

type TimelineRow = Record<string, unknown>;

/**
 * The column a timeline activity names its target record in: the `timelineActivities` relation's
 * inverse (`targetCompany`, `targetDealReview`), whose join column is `target<Object>Id`, the server's
 * rule for standard and app objects alike. Null when the object has no timeline.
 */
export function timelineTargetColumn(object: WorkspaceObjectInfo, timeline: WorkspaceObjectInfo | undefined): string | null {
  const relation = object.fields.find((field) => field.name === 'timelineActivities' && field.relation?.targetObject === 'timelineActivity');
  if (!relation || !timeline) return null;
  const inverse = timeline.fields.find((field) => field.relation?.targetObject === object.nameSingular && field.relation.joinColumn && field.name.startsWith('target'));
  return inverse?.relation?.joinColumn ?? null;
}

const label = (row: TimelineRow): string => {
  const snapshot = row.timelineActivityTypeSnapshot as { label?: unknown; name?: unknown } | null | undefined;
  return typeof snapshot?.label === 'string' ? snapshot.label : typeof snapshot?.name === 'string' ? snapshot.name : typeof row.name === 'string' ? row.name : 'activity';
};

/** The timeline activities that target a record (newest first), read through the same API as the table. */
export function RecordTimeline({ object, objects, recordId, version }: { object: WorkspaceObjectInfo; objects: WorkspaceObjectInfo[]; recordId: string; version: unknown }) {
  const api = useStudio().api;
  const column = timelineTargetColumn(object, objects.find((candidate) => candidate.nameSingular === 'timelineActivity'));
  const [rows, setRows] = useState<TimelineRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!column) return;
    let current = true;
    api
      .call('workspace.records', { object: 'timelineActivity', filter: { [column]: { eq: recordId } }, orderBy: [{ happensAt: 'DescNullsLast' }, { createdAt: 'DescNullsLast' }], first: 50, withDeleted: false })
      .then((page) => {
        if (!current) return;
        setRows(page.records);
        setError(null);
      })
      .catch((failure: unknown) => current && setError(describeError(failure)));
    return () => {
      current = false;
    };
  }, [api, column, recordId, version]);

  if (!column) return null;
  return (
    <section className="ws-record-timeline" data-testid="ws-record-timeline" data-column={column}>
      <div className="ws-detail-label">Timeline</div>
      {error && <div className="ws-error">{error}</div>}
      {rows?.length === 0 && <div className="muted">No timeline activities on this record.</div>}
      <ul className="ws-activity-list">
        {(rows ?? []).map((row) => (
          <li key={String(row.id)} className="ws-activity" data-testid="ws-record-timeline-entry" data-id={String(row.id)}>
            <strong>{label(row)}</strong> <span className="muted">{typeof row.happensAt === 'string' ? new Date(row.happensAt).toLocaleString() : ''}</span>
            {row.properties !== null && row.properties !== undefined && <pre className="ws-json">{JSON.stringify(row.properties, null, 2)}</pre>}
          </li>
        ))}
      </ul>
    </section>
  );
}
