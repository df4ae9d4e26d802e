import { memo, useMemo, useState } from 'react';
import type { WorkspaceActivity } from '../../../src-shared/contract';
import { useStudio } from '../../app/studio-context';
import { clockTime } from '../../app/clock-time';
import { activityKinds, filterActivity, linkedRuns, requestHint, type ActivityKind } from './activity-store';
import { useActivity } from './use-workspace';

/**
 * Rows drawn at once: thousands of entries stay cheap, "Show more" draws the next ones. 100 (three
 * screens at 1440x900): while a stream replaces every drawn row each frame, the frame's render and
 * layout grow with this number (300 made frames of 100-400 ms on a loaded 2-core machine).
 */
export const renderedActivityRows = 100;

const kindLabels: Partial<Record<ActivityKind, string>> = { request: 'Requests', event: 'Events', trigger: 'Triggers', kv: 'Key-value', warning: 'Warnings', job: 'Jobs', agent: 'Agents', message: 'Messages', connection: 'Connections' };
const kindLabel = (kind: ActivityKind): string => kindLabels[kind] ?? kind;

function time(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : clockTime(date, true);
}

function pretty(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2) ?? String(value);
}

/** What a request, an event or a trigger carries, laid out for reading (the rest as JSON). */
function ActivityDetail({ entry }: { entry: WorkspaceActivity }) {
  const { query, variables, errors, ...rest } = entry.detail;
  const facts = Object.entries(rest).filter(([, value]) => value === null || ['string', 'number', 'boolean'].includes(typeof value));
  const others = Object.entries(rest).filter(([, value]) => value !== null && typeof value === 'object');
  return (
    <div className="ws-activity-detail" data-testid="ws-activity-detail">
      <dl className="ws-facts">
        {facts.map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd className="mono">{value === null ? '—' : String(value)}</dd>
          </div>
        ))}
      </dl>
      {typeof query === 'string' && (
        <>
          <div className="ws-detail-label">Query</div>
          <pre className="ws-json">{query}</pre>
        </>
      )}
      {variables !== undefined && variables !== null && (
        <>
          <div className="ws-detail-label">Variables</div>
          <pre className="ws-json">{pretty(variables)}</pre>
        </>
      )}
      {Array.isArray(errors) && errors.length > 0 && (
        <>
          <div className="ws-detail-label">Errors</div>
          <pre className="ws-json ws-json-error">{pretty(errors)}</pre>
        </>
      )}
      {others.map(([key, value]) => (
        <div key={key}>
          <div className="ws-detail-label">{key}</div>
          <pre className="ws-json">{pretty(value)}</pre>
        </div>
      ))}
    </div>
  );
}

interface RowProps {
  entry: WorkspaceActivity;
  expanded: boolean;
  onToggle: (seq: number) => void;
  onOpenRun: (runId: string) => void;
  onOpenRecord: (object: string, recordId: string) => void;
}

const ActivityRow = memo(function ActivityRow({ entry, expanded, onToggle, onOpenRun, onOpenRecord }: RowProps) {
  const status = typeof entry.detail.status === 'number' ? entry.detail.status : null;
  const hint = requestHint(entry);
  const { object, recordId, operation } = entry.detail;
  const record = entry.kind === 'event' && typeof object === 'string' && typeof recordId === 'string' && operation !== 'destroyed' ? { object, recordId } : null;
  return (
    <li className={`ws-activity ws-kind-${entry.kind} ${status !== null && status >= 400 ? 'is-failed' : ''}`} data-testid="ws-activity-entry" data-kind={entry.kind} data-seq={entry.seq}>
      <div className="ws-activity-line">
        <button type="button" className="ws-activity-toggle" aria-expanded={expanded} data-testid="ws-activity-toggle" onClick={() => onToggle(entry.seq)}>
          <span className="ws-activity-time mono">{time(entry.time)}</span>
          <span className={`ws-kind ws-kind-badge-${entry.kind}`}>{entry.kind}</span>
          <span className="ws-activity-summary" title={entry.summary}>
            {entry.summary}
            {hint && <span className="ws-activity-hint"> {hint}</span>}
          </span>
        </button>
        {record && (
          <button type="button" className="link ws-run-link" data-testid="ws-activity-record" title={`Show ${record.object} ${record.recordId} in Records`} onClick={() => onOpenRecord(record.object, record.recordId)}>
            record
          </button>
        )}
        {linkedRuns(entry).map((link) => (
          <button key={`${link.label}-${link.runId}`} type="button" className="link ws-run-link" data-testid="ws-activity-run" data-run-id={link.runId} title={`Show run ${link.runId} in the run pane`} onClick={() => onOpenRun(link.runId)}>
            {link.label} …{link.runId.slice(-6)}
          </button>
        ))}
      </div>
      {expanded && <ActivityDetail entry={entry} />}
    </li>
  );
});

/** Everything the workspace did, live: requests, database events, triggered runs, kv writes, warnings. */
export function ActivityTab() {
  const studio = useStudio();
  const store = studio.workspace.activity;
  const entries = useActivity((state) => state.entries);
  const kinds = useActivity((state) => state.kinds);
  const text = useActivity((state) => state.text);
  const newestFirst = useActivity((state) => state.newestFirst);
  const dropped = useActivity((state) => state.dropped);
  const error = useActivity((state) => state.error);
  const [limit, setLimit] = useState(renderedActivityRows);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set());

  const filtered = useMemo(() => filterActivity(entries, kinds, text), [entries, kinds, text]);
  const visible = useMemo(() => {
    const count = Math.min(limit, filtered.length);
    const slice = newestFirst ? filtered.slice(filtered.length - count).reverse() : filtered.slice(0, count);
    return slice;
  }, [filtered, limit, newestFirst]);
  const counts = useMemo(() => {
    const result: Partial<Record<ActivityKind, number>> = {};
    for (const entry of entries) result[entry.kind] = (result[entry.kind] ?? 0) + 1;
    return result;
  }, [entries]);

  const toggle = useMemo(
    () => (seq: number) =>
      setExpanded((current) => {
        const next = new Set(current);
        if (next.has(seq)) next.delete(seq);
        else next.add(seq);
        return next;
      }),
    [],
  );
  const openRun = useMemo(
    () => (runId: string) => {
      // The run pane sits under the window: step aside (the window keeps its state) and show the run.
      studio.workspace.window.getState().close();
      void studio.runs.getState().open(runId);
    },
    [studio],
  );

  const openRecord = useMemo(
    () => (object: string, recordId: string) => {
      const window = studio.workspace.window.getState();
      window.setTab('records');
      void window.selectObject(object, recordId);
    },
    [studio],
  );

  return (
    <div className="ws-activity-tab" data-testid="ws-activity">
      <div className="ws-toolbar">
        {/* The five kinds of this window always; the services' kinds once they appear. */}
        {activityKinds
          .filter((kind) => ['request', 'event', 'trigger', 'kv', 'warning'].includes(kind) || counts[kind] !== undefined)
          .map((kind) => (
            <label key={kind} className="ws-check">
              <input type="checkbox" data-testid={`ws-activity-kind-${kind}`} checked={kinds[kind] !== false} onChange={() => store.getState().toggleKind(kind)} />
              {kindLabel(kind)} <span className="muted">{counts[kind] ?? 0}</span>
            </label>
          ))}
        <input className="text-input ws-activity-filter" placeholder="Filter text or run id" value={text} data-testid="ws-activity-filter" onChange={(event) => store.getState().setText(event.target.value)} />
        <span className="toolbar-spacer" />
        <label className="ws-check">
          <input type="checkbox" data-testid="ws-activity-newest-first" checked={newestFirst} onChange={(event) => store.getState().setNewestFirst(event.target.checked)} />
          Newest first
        </label>
        <button type="button" className="button" data-testid="ws-activity-clear" onClick={() => store.getState().clear()}>
          Clear
        </button>
      </div>
      {error && (
        <div className="ws-error" data-testid="ws-activity-error">
          {error}
        </div>
      )}
      <div className="ws-activity-scroll" data-testid="ws-activity-scroll">
        {entries.length === 0 ? (
          <div className="muted ws-opening" data-testid="ws-activity-empty">
            Nothing yet: runs&apos; API calls, database events, triggered runs and key-value writes show here as they happen.
          </div>
        ) : (
          <ul className="ws-activity-list">
            {visible.map((entry) => (
              <ActivityRow key={entry.seq} entry={entry} expanded={expanded.has(entry.seq)} onToggle={toggle} onOpenRun={openRun} onOpenRecord={openRecord} />
            ))}
          </ul>
        )}
        <div className="ws-table-footer">
          <span className="muted" data-testid="ws-activity-count">
            {visible.length} shown of {filtered.length}
            {filtered.length !== entries.length ? ` matching (${entries.length} kept)` : ''}
            {dropped > 0 ? `, ${dropped} older dropped` : ''}
          </span>
          {filtered.length > visible.length && (
            <button type="button" className="button" data-testid="ws-activity-more" onClick={() => setLimit(limit + renderedActivityRows)}>
              Show {Math.min(renderedActivityRows, filtered.length - visible.length)} more
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
