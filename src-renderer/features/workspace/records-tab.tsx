import { useMemo, useState } from 'react';
import type { WorkspaceFieldInfo, WorkspaceObjectInfo } from '../../../src-shared/contract';
import { Icon } from '../../app/icons';
import { useStudio } from '../../app/studio-context';
import { RecordTimeline } from './record-timeline';
import { ConfirmButton } from './confirm-button';
import { RecordForm } from './record-form';
import { displayValue, filterOperators, filterTargets, isRelation, isSortable, recordKey, recordLabel, tableFields, type FilterOperator, type WorkspaceRecord } from './record-fields';
import { useWorkspace } from './use-workspace';

/** The side list: the app's objects first, then the standard ones, system objects folded away. */
function ObjectList() {
  const store = useStudio().workspace.window;
  const objects = useWorkspace((state) => state.objects);
  const selected = useWorkspace((state) => state.selectedObject);
  const [query, setQuery] = useState('');
  const [systemOpen, setSystemOpen] = useState(false);
  const groups = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const matches = (objects ?? []).filter(
      (object) => !needle || object.nameSingular.toLowerCase().includes(needle) || object.labelPlural.toLowerCase().includes(needle),
    );
    const byLabel = (a: WorkspaceObjectInfo, b: WorkspaceObjectInfo) => a.labelPlural.localeCompare(b.labelPlural);
    return {
      app: matches.filter((object) => object.source === 'app').sort(byLabel),
      standard: matches.filter((object) => object.source === 'standard' && !object.isSystem).sort(byLabel),
      system: matches.filter((object) => object.source === 'standard' && object.isSystem).sort(byLabel),
    };
  }, [objects, query]);

  const row = (object: WorkspaceObjectInfo) => (
    <li key={object.nameSingular}>
      <button
        type="button"
        className="ws-object"
        aria-current={object.nameSingular === selected}
        data-testid="ws-object"
        data-name={object.nameSingular}
        data-source={object.source}
        title={`${object.nameSingular} (${object.source})`}
        onClick={() => void store.getState().selectObject(object.nameSingular)}
      >
        <span className="ws-object-label">{object.labelPlural}</span>
        {object.source === 'app' && <span className="badge ws-app-badge">app</span>}
        <span className="ws-object-count" data-testid="ws-object-count">
          {object.count}
        </span>
      </button>
    </li>
  );

  return (
    <nav className="ws-objects" aria-label="Objects" data-testid="ws-objects">
      <input className="text-input ws-object-filter" placeholder="Filter objects" value={query} data-testid="ws-object-filter" onChange={(event) => setQuery(event.target.value)} />
      <div className="ws-object-scroll">
        {groups.app.length > 0 && (
          <>
            <div className="ws-group-title">App objects</div>
            <ul className="ws-object-list">{groups.app.map(row)}</ul>
          </>
        )}
        <div className="ws-group-title">Standard</div>
        <ul className="ws-object-list">{groups.standard.map(row)}</ul>
        <button type="button" className="ws-group-title ws-group-toggle" data-testid="ws-system-toggle" aria-expanded={systemOpen || query.trim() !== ''} onClick={() => setSystemOpen(!systemOpen)}>
          <Icon name={systemOpen || query.trim() ? 'chevronDown' : 'chevronRight'} /> System ({groups.system.length})
        </button>
        {(systemOpen || query.trim() !== '') && <ul className="ws-object-list">{groups.system.map(row)}</ul>}
      </div>
    </nav>
  );
}

function FilterBar({ object }: { object: WorkspaceObjectInfo }) {
  const store = useStudio().workspace.window;
  const filter = useWorkspace((state) => state.filter);
  const targets = useMemo(() => filterTargets(object), [object]);
  const [path, setPath] = useState(filter?.path ?? targets[0]?.path ?? 'id');
  const [operator, setOperator] = useState<FilterOperator>(filter?.operator ?? 'contains');
  const [value, setValue] = useState(filter?.value ?? '');
  const noValue = operator === 'isNull' || operator === 'isNotNull';
  const apply = () => store.getState().setFilter({ path, operator, value });
  return (
    <form
      className="ws-filter"
      data-testid="ws-filter"
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
    >
      <select className="release-select" aria-label="Filter field" data-testid="ws-filter-field" value={path} onChange={(event) => setPath(event.target.value)}>
        {targets.map((target) => (
          <option key={target.path} value={target.path}>
            {target.label}
          </option>
        ))}
      </select>
      <select className="release-select" aria-label="Filter operator" data-testid="ws-filter-operator" value={operator} onChange={(event) => setOperator(event.target.value as FilterOperator)}>
        {filterOperators.map((item) => (
          <option key={item.value} value={item.value}>
            {item.label}
          </option>
        ))}
      </select>
      {!noValue && <input className="text-input ws-filter-value" aria-label="Filter value" data-testid="ws-filter-value" value={value} onChange={(event) => setValue(event.target.value)} />}
      <button type="submit" className="button" data-testid="ws-filter-apply">
        Filter
      </button>
      {filter && (
        <button
          type="button"
          className="button"
          data-testid="ws-filter-clear"
          onClick={() => {
            setValue('');
            store.getState().setFilter(null);
          }}
        >
          Clear
        </button>
      )}
    </form>
  );
}

function Cell({ field, record, objects }: { field: WorkspaceFieldInfo; record: WorkspaceRecord; objects: WorkspaceObjectInfo[] }) {
  const store = useStudio().workspace.window;
  const value = record[recordKey(field)];
  if (isRelation(field) && field.relation?.type === 'MANY_TO_ONE') {
    if (typeof value !== 'string' || !value) return <td className="ws-cell ws-empty" />;
    const target = field.relation.targetObject;
    const known = objects.some((object) => object.nameSingular === target);
    return (
      <td className="ws-cell">
        {known ? (
          <button
            type="button"
            className="link ws-relation"
            title={`Open ${target} ${value}`}
            data-testid="ws-relation-link"
            data-target={target}
            onClick={(event) => {
              event.stopPropagation();
              void store.getState().selectObject(target, value);
            }}
          >
            {value.slice(0, 8)}…
          </button>
        ) : (
          <span className="mono">{value}</span>
        )}
      </td>
    );
  }
  const text = displayValue(field, value);
  return (
    <td className={`ws-cell ${text === '' ? 'ws-empty' : ''} ${field.type === 'UUID' || field.name === 'id' ? 'mono' : ''}`} title={text}>
      {field.type === 'BOOLEAN' ? (value === true ? '✓' : value === false ? '✗' : '') : text}
    </td>
  );
}

function RecordsTable({ object }: { object: WorkspaceObjectInfo }) {
  const store = useStudio().workspace.window;
  const objects = useWorkspace((state) => state.objects) ?? [];
  const records = useWorkspace((state) => state.records);
  const sort = useWorkspace((state) => state.sort);
  const pane = useWorkspace((state) => state.pane);
  const fields = useMemo(() => tableFields(object), [object]);
  const selectedId = pane && pane.kind !== 'create' ? pane.id : null;
  return (
    <div className="ws-table-scroll" data-testid="ws-table-scroll">
      <table className="ws-table" data-testid="ws-table" data-object={object.nameSingular}>
        <thead>
          <tr>
            {fields.map((field) => {
              const key = recordKey(field);
              const sortable = isSortable(field);
              const direction = sort?.key === key ? sort.direction : null;
              return (
                <th key={key} aria-sort={direction === 'AscNullsFirst' ? 'ascending' : direction === 'DescNullsLast' ? 'descending' : 'none'} title={`${field.name}: ${field.type}`}>
                  {sortable ? (
                    <button type="button" className="ws-sort" data-testid="ws-column-sort" data-field={key} onClick={() => store.getState().cycleSort(key)}>
                      {field.label}
                      <span className="ws-sort-mark">{direction === 'AscNullsFirst' ? '▲' : direction === 'DescNullsLast' ? '▼' : ''}</span>
                    </button>
                  ) : (
                    <span className="ws-th">{field.label}</span>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {records.map((record) => {
            const id = String(record.id);
            return (
              <tr
                key={id}
                className={`ws-row ${record.deletedAt ? 'ws-deleted' : ''}`}
                aria-selected={id === selectedId}
                data-testid="ws-record-row"
                data-id={id}
                data-label={recordLabel(object, record)}
                onClick={() => store.getState().setPane({ kind: 'json', id })}
              >
                {fields.map((field) => (
                  <Cell key={recordKey(field)} field={field} record={record} objects={objects} />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A record's JSON, with what can be done to it. */
function RecordDetail({ object, record }: { object: WorkspaceObjectInfo; record: WorkspaceRecord }) {
  const store = useStudio().workspace.window;
  const writing = useWorkspace((state) => state.writing);
  const id = String(record.id);
  const deleted = Boolean(record.deletedAt);
  const json = useMemo(() => JSON.stringify(record, null, 2), [record]);
  const objects = useWorkspace((state) => state.objects) ?? [];
  return (
    <div className="ws-detail" data-testid="ws-record-detail" data-id={id}>
      <div className="ws-pane-title">
        <span className="ws-pane-name" title={id}>
          {recordLabel(object, record)}
        </span>
        {deleted && <span className="badge warning-badge">deleted</span>}
        <span className="toolbar-spacer" />
        <button type="button" className="icon-button" title="Close" data-testid="ws-pane-close" onClick={() => store.getState().setPane(null)}>
          <Icon name="close" />
        </button>
      </div>
      <div className="ws-detail-actions">
        <button type="button" className="button" data-testid="ws-record-edit" disabled={writing} onClick={() => store.getState().setPane({ kind: 'edit', id })}>
          <Icon name="edit" /> Edit
        </button>
        {deleted ? (
          <button type="button" className="button" data-testid="ws-record-restore" disabled={writing} onClick={() => void store.getState().write('restore', { id })}>
            <Icon name="refresh" /> Restore
          </button>
        ) : (
          <button type="button" className="button" data-testid="ws-record-delete" disabled={writing} onClick={() => void store.getState().write('delete', { id })}>
            <Icon name="trash" /> Delete
          </button>
        )}
        <ConfirmButton
          label="Destroy"
          question="Remove it for good?"
          confirmLabel="Destroy"
          testId="ws-record-destroy"
          disabled={writing}
          className="button danger"
          onConfirm={() => void store.getState().write('destroy', { id })}
        />
      </div>
      <pre className="ws-json" data-testid="ws-record-json">
        {json}
      </pre>
      <RecordTimeline object={object} objects={objects} recordId={id} version={record.updatedAt} />
    </div>
  );
}

function RecordPaneView({ object }: { object: WorkspaceObjectInfo }) {
  const pane = useWorkspace((state) => state.pane);
  const records = useWorkspace((state) => state.records);
  if (!pane) return null;
  if (pane.kind === 'create') return <RecordForm key={`create-${object.nameSingular}`} object={object} record={null} />;
  const record = records.find((candidate) => String(candidate.id) === pane.id);
  if (!record) {
    return (
      <div className="ws-detail muted ws-pane-missing" data-testid="ws-record-missing">
        The record {pane.id} is not among the rows loaded (it may be deleted: tick “Show deleted”).
      </div>
    );
  }
  if (pane.kind === 'edit') return <RecordForm key={`edit-${pane.id}`} object={object} record={record} />;
  return <RecordDetail object={object} record={record} />;
}

/** Objects, the chosen object's records, and a record's JSON or form. */
export function RecordsTab() {
  const store = useStudio().workspace.window;
  const objects = useWorkspace((state) => state.objects);
  const objectsError = useWorkspace((state) => state.objectsError);
  const loadingObjects = useWorkspace((state) => state.loadingObjects);
  const selected = useWorkspace((state) => state.selectedObject);
  const total = useWorkspace((state) => state.totalCount);
  const shown = useWorkspace((state) => state.records.length);
  const hasNextPage = useWorkspace((state) => state.hasNextPage);
  const loadingRecords = useWorkspace((state) => state.loadingRecords);
  const recordsError = useWorkspace((state) => state.recordsError);
  const writeError = useWorkspace((state) => state.writeError);
  const showDeleted = useWorkspace((state) => state.showDeleted);
  const pane = useWorkspace((state) => state.pane);
  const object = objects?.find((candidate) => candidate.nameSingular === selected) ?? null;

  if (!objects) {
    return (
      <div className="ws-opening" data-testid="ws-opening">
        {objectsError ? (
          <div className="ws-error" data-testid="ws-objects-error">
            {objectsError}
            <div className="ws-error-actions">
              <button type="button" className="button" data-testid="ws-objects-retry" onClick={() => void store.getState().loadObjects()}>
                Try again
              </button>
              <ConfirmButton label="Reset the workspace" question="Delete its data and start an empty one?" confirmLabel="Reset" className="button danger" testId="ws-error-reset" onConfirm={() => void store.getState().resetWorkspace()} />
            </div>
          </div>
        ) : (
          <>
            <span className="spinner" /> {loadingObjects ? 'Opening the Local workspace… (the first time on this machine builds its database template, about 15 s)' : 'Loading…'}
          </>
        )}
      </div>
    );
  }

  return (
    <div className={`ws-records ${pane ? 'has-pane' : ''}`} data-testid="ws-records">
      <ObjectList />
      <section className="ws-table-area" aria-label="Records">
        {object ? (
          <>
            <div className="ws-toolbar">
              <span className="ws-object-title" data-testid="ws-object-title">
                {object.labelPlural}
              </span>
              <span className="muted" data-testid="ws-record-count">
                {shown} of {total}
              </span>
              {loadingRecords && <span className="spinner" />}
              <span className="toolbar-spacer" />
              <label className="ws-check">
                <input type="checkbox" data-testid="ws-show-deleted" checked={showDeleted} onChange={(event) => store.getState().setShowDeleted(event.target.checked)} />
                Show deleted
              </label>
              <button type="button" className="icon-button" title="Reload" data-testid="ws-records-reload" onClick={() => void store.getState().loadRecords()}>
                <Icon name="refresh" />
              </button>
              <button type="button" className="button primary" data-testid="ws-record-create" onClick={() => store.getState().setPane({ kind: 'create' })}>
                + New {object.labelSingular.toLowerCase()}
              </button>
            </div>
            <FilterBar key={object.nameSingular} object={object} />
            {(recordsError || (writeError && pane?.kind === 'json')) && (
              <div className="ws-error" data-testid="ws-records-error">
                {recordsError ?? writeError}
              </div>
            )}
            <RecordsTable object={object} />
            <div className="ws-table-footer">
              {shown === 0 && !loadingRecords && !recordsError && <span className="muted" data-testid="ws-no-records">No records.</span>}
              {hasNextPage && (
                <button type="button" className="button" data-testid="ws-load-more" disabled={loadingRecords} onClick={() => void store.getState().loadMore()}>
                  Load more
                </button>
              )}
            </div>
          </>
        ) : (
          <div className="muted ws-opening">Choose an object.</div>
        )}
      </section>
      {object && pane && (
        <aside className="ws-pane" aria-label="Record">
          <RecordPaneView object={object} />
        </aside>
      )}
    </div>
  );
}
