import { useEffect, useMemo, useState } from 'react';
import { Icon } from '../../app/icons';
import { useStudio } from '../../app/studio-context';
import { ConfirmButton } from './confirm-button';
import { ModelSourceCard } from './model-source-card';
import { useServices, useWorkspace } from './use-workspace';

function Fact({ label, value, testId }: { label: string; value: string | null | undefined; testId?: string }) {
  return (
    <div className="ws-fact">
      <dt>{label}</dt>
      <dd className="mono" data-testid={testId}>
        {value ?? '—'}
      </dd>
    </div>
  );
}

/** Named snapshots of the workspace's data: save one, restore one (after a confirm). */
function SnapshotsCard() {
  const studio = useStudio();
  const store = studio.workspace.services;
  const snapshots = useServices((state) => state.snapshots);
  const busy = useServices((state) => state.snapshotBusy);
  const message = useServices((state) => state.snapshotsMessage);
  const error = useServices((state) => state.snapshotsError);
  const [name, setName] = useState('');
  useEffect(() => {
    void store.getState().loadSnapshots();
  }, [store]);
  return (
    <section className="ws-card" data-testid="ws-snapshots">
      <div className="ws-card-title">Snapshots</div>
      {(message || error) && (
        <div className={error ? 'ws-error' : 'ws-message'} data-testid="ws-snapshots-message">
          {error ?? message}
        </div>
      )}
      <form
        className="ws-seed-row"
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.trim()) return;
          void store
            .getState()
            .saveSnapshot(name.trim())
            .then((ok) => ok && setName(''));
        }}
      >
        <input className="text-input" aria-label="Snapshot name" placeholder="before-import" data-testid="ws-snapshot-name" value={name} onChange={(event) => setName(event.target.value)} />
        <button type="submit" className="button primary" data-testid="ws-snapshot-save" disabled={!name.trim() || busy}>
          Save snapshot
        </button>
        {busy && <span className="spinner" />}
      </form>
      <ul className="ws-snapshot-list">
        {(snapshots ?? []).map((snapshot) => (
          <li key={snapshot.name} className="ws-snapshot" data-testid="ws-snapshot" data-name={snapshot.name}>
            <span className="mono">{snapshot.name}</span>
            <span className="muted">
              {new Date(snapshot.savedAt).toLocaleString()} · {Math.max(1, Math.round(snapshot.bytes / 1024))} KB
            </span>
            <span className="toolbar-spacer" />
            <ConfirmButton
              label="Restore"
              question="Replace the current data?"
              confirmLabel="Restore"
              testId="ws-snapshot-restore"
              disabled={busy}
              onConfirm={() =>
                void store
                  .getState()
                  .restoreSnapshot(snapshot.name)
                  .then((ok) => {
                    if (!ok) return;
                    void studio.workspace.window.getState().refreshStatus();
                    void studio.workspace.window.getState().loadObjects();
                  })
              }
            />
          </li>
        ))}
        {snapshots?.length === 0 && <li className="muted">No snapshots yet.</li>}
      </ul>
    </section>
  );
}

/** Status, pending destructive changes, seed and reset, and where the Core API listens. */
export function DataTab() {
  const store = useStudio().workspace.window;
  const status = useWorkspace((state) => state.status);
  const objects = useWorkspace((state) => state.objects);
  const busy = useWorkspace((state) => state.dataBusy);
  const message = useWorkspace((state) => state.dataMessage);
  const error = useWorkspace((state) => state.dataError);
  const [count, setCount] = useState('10');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set());
  const seedable = useMemo(() => (objects ?? []).filter((object) => !object.isSystem).sort((a, b) => (a.source === b.source ? a.labelPlural.localeCompare(b.labelPlural) : a.source === 'app' ? -1 : 1)), [objects]);
  const countValue = Number(count);
  const countValid = Number.isInteger(countValue) && countValue >= 1 && countValue <= 1000;

  return (
    <div className="ws-data" data-testid="ws-data">
      {(message || error) && (
        <div className={error ? 'ws-error' : 'ws-message'} data-testid="ws-data-message">
          {error ?? message}
        </div>
      )}
      <section className="ws-card">
        <div className="ws-card-title">
          Status
          <span className="toolbar-spacer" />
          <button type="button" className="icon-button" title="Refresh" data-testid="ws-status-refresh" onClick={() => void store.getState().refreshStatus()}>
            <Icon name="refresh" />
          </button>
        </div>
        <dl className="ws-facts ws-status-facts">
          <Fact label="State" value={status?.state} testId="ws-status-state" />
          <Fact label="Storage" value={status?.storage} testId="ws-status-storage" />
          <Fact label="Folder" value={status?.dir} testId="ws-status-dir" />
          <Fact label="Records" value={status ? String(status.totalRecords) : null} testId="ws-status-records" />
          <Fact label="Opened in" value={status?.openMs !== null && status?.openMs !== undefined ? `${status.openMs} ms` : null} />
          <Fact label="Twenty" value={status?.twentyVersion} />
          <Fact label="Core API" value={status?.url ? `${status.url}/graphql` : null} testId="ws-status-url" />
          <Fact label="REST" value={status?.url ? `${status.url}/rest` : null} />
        </dl>
        {status?.error && (
          <div className="ws-error" data-testid="ws-status-error">
            {status.error}
          </div>
        )}
        {status && status.modelProblems.length > 0 && (
          <div className="ws-warning">
            <strong>Model problems</strong>
            <ul>
              {status.modelProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
        {status && status.pendingDestructive.length > 0 && (
          <div className="ws-warning" data-testid="ws-pending">
            <strong>Model changes that drop data are waiting:</strong>
            <ul>
              {status.pendingDestructive.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ul>
            <ConfirmButton label="Apply (drops data)" question="Drop the data these changes remove?" confirmLabel="Apply" className="button danger" testId="ws-migrate" disabled={busy !== null} onConfirm={() => void store.getState().migrate()} />
          </div>
        )}
      </section>

      <ModelSourceCard />

      <section className="ws-card">
        <div className="ws-card-title">Seed</div>
        <p className="muted">Plausible records (composites and relations filled) through the same repository as the API. No database events fire.</p>
        <div className="ws-seed-row">
          <label className="ws-check" htmlFor="ws-seed-count">
            Records per object
          </label>
          <input id="ws-seed-count" className="text-input ws-seed-count" data-testid="ws-seed-count" value={count} inputMode="numeric" onChange={(event) => setCount(event.target.value)} />
          <button type="button" className="button primary" data-testid="ws-seed" disabled={!countValid || busy !== null} onClick={() => void store.getState().seed(countValue, [...chosen])}>
            Seed
          </button>
          {busy === 'seed' && <span className="spinner" />}
        </div>
        <div className="muted ws-seed-hint">{chosen.size === 0 ? 'Objects: the usual CRM ones and the app’s (tick to choose).' : `Objects: ${[...chosen].join(', ')}`}</div>
        <div className="ws-seed-objects">
          {seedable.map((object) => (
            <label key={object.nameSingular} className="ws-check">
              <input
                type="checkbox"
                data-testid="ws-seed-object"
                data-name={object.nameSingular}
                checked={chosen.has(object.nameSingular)}
                onChange={() =>
                  setChosen((current) => {
                    const next = new Set(current);
                    if (next.has(object.nameSingular)) next.delete(object.nameSingular);
                    else next.add(object.nameSingular);
                    return next;
                  })
                }
              />
              {object.labelPlural}
            </label>
          ))}
        </div>
      </section>

      <section className="ws-card">
        <div className="ws-card-title">Reset</div>
        <p className="muted">Deletes every record and key-value entry of this app&apos;s Local workspace and starts an empty one.</p>
        <ConfirmButton label="Reset the workspace" question="Delete all of its data?" confirmLabel="Reset" className="button danger" testId="ws-reset" disabled={busy !== null} onConfirm={() => void store.getState().resetWorkspace()} />
        {busy === 'reset' && <span className="spinner" />}
      </section>

      <SnapshotsCard />
    </div>
  );
}
