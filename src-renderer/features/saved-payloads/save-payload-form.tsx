import { useEffect, useState } from 'react';
import type { SavedPayloadContent, SavedPayloadEntry } from '../../../src-shared/contract';
import { payloadNameProblem } from '../../../src-shared/twenty/saved-payload/saved-payload-format';
import { describeError } from '../../api/studio-error';
import { useStudio } from '../../app/studio-context';
import type { ComposerFunction } from '../composer/composer-function';
import type { ComposerTrigger } from '../composer/composer-store';
import { JsonField, readJsonField } from '../composer/forms/json-field';

type Expectation = NonNullable<SavedPayloadContent['expect']>;

/** Saves what the composer holds now as `.twenty-studio/payloads/<function>/<name>.json`, with an optional expectation. */
export function SavePayloadForm({ fn, trigger, entries, onDone }: { fn: ComposerFunction; trigger: ComposerTrigger; entries: readonly SavedPayloadEntry[]; onDone(): void }) {
  const studio = useStudio();
  const [name, setName] = useState('');
  const [status, setStatus] = useState<'' | 'SUCCESS' | 'ERROR'>('');
  const [responseStatus, setResponseStatus] = useState('');
  const [dataText, setDataText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [startSnapshot, setStartSnapshot] = useState('');
  const [snapshots, setSnapshots] = useState<string[]>([]);
  useEffect(() => {
    let alive = true;
    // The named snapshots of the Local workspace; none (or no workspace) leaves the choice empty.
    studio.api.call('workspace.snapshots.list', {}).then(
      ({ snapshots: list }) => alive && setSnapshots(list.map((item) => item.name)),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [studio]);
  const nameProblem = name === '' ? null : payloadNameProblem(name);
  const data = readJsonField(dataText, true);
  const exists = entries.some((entry) => entry.name === name);
  const httpStatus = responseStatus.trim() === '' ? undefined : Number(responseStatus);
  const statusProblem = httpStatus !== undefined && !(Number.isInteger(httpStatus) && httpStatus >= 100 && httpStatus <= 599) ? 'An HTTP status is a number from 100 to 599.' : null;
  const blocked = name === '' ? 'Name the payload' : nameProblem ?? statusProblem ?? (data.ok ? null : 'The expected data does not parse');

  const save = async () => {
    if (blocked || saving) return;
    setSaving(true);
    setError(null);
    try {
      const snapshot = await studio.composer.getState().active?.snapshot();
      if (!snapshot) throw new Error('The composer input is not valid yet: fix it, then save.');
      const expect: Expectation = {
        ...(status ? { status } : {}),
        ...(data.ok && data.value !== undefined ? { data: data.value } : {}),
        ...(httpStatus !== undefined ? { response: { status: httpStatus } } : {}),
      };
      await studio.api.call('payload.saved.save', {
        name,
        overwrite: true,
        content: {
          version: 1,
          function: { universalIdentifier: fn.universalIdentifier, name: fn.name },
          trigger: snapshot.trigger,
          inputs: snapshot.inputs,
          payload: snapshot.payload,
          ...(Object.keys(expect).length > 0 ? { expect } : {}),
          ...(startSnapshot ? { snapshot: startSnapshot } : {}),
        },
      });
      onDone();
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="save-payload-form"
      data-testid="save-payload-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
    >
      <label className="composer-label">
        <span>Name</span>
        <input className="composer-input" data-testid="save-payload-name" autoFocus value={name} spellCheck={false} onChange={(event) => setName(event.target.value)} />
      </label>
      {nameProblem && <div className="composer-json-error-text">{nameProblem}</div>}
      <label className="composer-label" title="Restored before each check of this payload, so records are the same every time">
        <span>Start from workspace snapshot</span>
        <select className="composer-select" data-testid="save-payload-snapshot" value={startSnapshot} onChange={(event) => setStartSnapshot(event.target.value)}>
          <option value="">(the workspace as it is)</option>
          {snapshots.map((snapshot) => (
            <option key={snapshot}>{snapshot}</option>
          ))}
        </select>
      </label>
      <details className="save-expectation">
        <summary>Expectation (optional)</summary>
        <label className="composer-label">
          <span>Status</span>
          <select className="composer-select" data-testid="save-payload-status" value={status} onChange={(event) => setStatus(event.target.value as typeof status)}>
            <option value="">(any)</option>
            <option>SUCCESS</option>
            <option>ERROR</option>
          </select>
        </label>
        {trigger === 'route' && (
          <label className="composer-label">
            <span>HTTP status</span>
            <input className="composer-input" inputMode="numeric" data-testid="save-payload-http-status" value={responseStatus} onChange={(event) => setResponseStatus(event.target.value)} />
          </label>
        )}
        <JsonField label="Data contains (JSON subset)" testId="save-payload-data" value={dataText} onChange={setDataText} rows={4} optional />
      </details>
      {error && <div className="notice error">{error}</div>}
      <div className="composer-actions">
        <button type="submit" className="button primary" data-testid="save-payload-submit" disabled={blocked !== null || saving} title={blocked ?? undefined}>
          {exists ? 'Overwrite' : 'Save'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
