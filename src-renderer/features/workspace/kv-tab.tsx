import { useEffect, useState } from 'react';
import { Icon } from '../../app/icons';
import { useStudio } from '../../app/studio-context';
import { parseJsonText } from '../run/json-text';
import { ConfirmButton } from './confirm-button';
import { useWorkspace } from './use-workspace';
import { WorkspaceNotice, WorkspaceToolbar } from './ws-toolbar';
import type { KvScope } from './workspace-store';

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

/** The app's key-value store (the SDK's kv helpers), both scopes, values as JSON. */
export function KvTab() {
  const store = useStudio().workspace.window;
  const entries = useWorkspace((state) => state.kv);
  const error = useWorkspace((state) => state.kvError);
  const [key, setKey] = useState('');
  const [scope, setScope] = useState<KvScope>('WORKSPACE');
  const [text, setText] = useState('');
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    if (!entries) void store.getState().loadKv();
  }, [entries, store]);

  const parsed = text.trim() === '' ? null : parseJsonText(text);
  const invalid = parsed && !parsed.ok ? `Line ${parsed.line}, column ${parsed.column}: ${parsed.message}` : null;
  const canSave = key.trim() !== '' && parsed !== null && parsed.ok;

  const edit = (entry: { key: string; scope: KvScope; value: unknown }) => {
    setKey(entry.key);
    setScope(entry.scope);
    setText(JSON.stringify(entry.value, null, 2) ?? '');
    setSaved(null);
  };

  return (
    <div className="ws-kv" data-testid="ws-kv">
      <section className="ws-kv-list" aria-label="Entries">
        <WorkspaceToolbar title="Key-value store" onRefresh={() => void store.getState().loadKv()} refreshTestId="ws-kv-reload" refreshTitle="Reload">
          <span className="muted">
            {entries?.length ?? 0} {entries?.length === 1 ? 'entry' : 'entries'}
          </span>
        </WorkspaceToolbar>
        <WorkspaceNotice error={error} testId="ws-kv-error" />
        <div className="ws-table-scroll">
          <table className="ws-table">
            <thead>
              <tr>
                {['Key', 'Scope', 'Value', 'Updated', ''].map((label) => (
                  <th key={label}>
                    <span className="ws-th">{label}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {(entries ?? []).map((entry) => (
                <tr
                  key={`${entry.scope}:${entry.key}`}
                  className="ws-row"
                  aria-selected={entry.key === key && entry.scope === scope}
                  data-testid="ws-kv-row"
                  data-key={entry.key}
                  data-scope={entry.scope}
                  onClick={() => edit(entry)}
                >
                  <td className="ws-cell mono">{entry.key}</td>
                  <td className="ws-cell">{entry.scope}</td>
                  <td className="ws-cell mono" data-testid="ws-kv-value" title={preview(entry.value)}>
                    {preview(entry.value)}
                  </td>
                  <td className="ws-cell muted">{new Date(entry.updatedAt).toLocaleString()}</td>
                  <td className="ws-cell" onClick={(event) => event.stopPropagation()}>
                    <ConfirmButton label={<Icon name="trash" />} className="icon-button" question="Delete?" confirmLabel="Delete" testId="ws-kv-delete" onConfirm={() => void store.getState().deleteKv(entry.key, entry.scope)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {entries?.length === 0 && <div className="muted ws-opening">No entries. Functions write them with the SDK&apos;s kv.set; add one here.</div>}
        </div>
      </section>
      <form
        className="ws-pane ws-kv-editor"
        data-testid="ws-kv-editor"
        onSubmit={(event) => {
          event.preventDefault();
          if (!canSave || !parsed?.ok) return;
          void store
            .getState()
            .setKv(key.trim(), parsed.value, scope)
            .then((ok) => setSaved(ok ? `Saved ${key.trim()}` : null));
        }}
      >
        <div className="ws-pane-title">
          <span className="ws-pane-name">{entries?.some((entry) => entry.key === key && entry.scope === scope) ? 'Edit entry' : 'New entry'}</span>
          <span className="toolbar-spacer" />
          <button
            type="button"
            className="button"
            data-testid="ws-kv-new"
            onClick={() => {
              setKey('');
              setText('');
              setSaved(null);
            }}
          >
            New
          </button>
        </div>
        <div className="ws-form-fields">
          <div className="ws-form-row">
            <label htmlFor="ws-kv-key">Key</label>
            <input id="ws-kv-key" className="text-input" data-testid="ws-kv-key" value={key} onChange={(event) => setKey(event.target.value)} />
          </div>
          <div className="ws-form-row">
            <label htmlFor="ws-kv-scope">Scope</label>
            <select id="ws-kv-scope" className="release-select" data-testid="ws-kv-scope" value={scope} onChange={(event) => setScope(event.target.value as KvScope)}>
              <option value="WORKSPACE">WORKSPACE</option>
              <option value="SERVER">SERVER</option>
            </select>
          </div>
          <div className="ws-form-row">
            <label htmlFor="ws-kv-value">Value (JSON)</label>
            <textarea id="ws-kv-value" className="ws-textarea ws-kv-text" data-testid="ws-kv-value-input" spellCheck={false} value={text} placeholder='{"count": 1}' onChange={(event) => setText(event.target.value)} />
          </div>
          {invalid && (
            <div className="ws-error" data-testid="ws-kv-invalid">
              {invalid}
            </div>
          )}
        </div>
        <div className="ws-form-actions">
          <button type="submit" className="button primary" data-testid="ws-kv-save" disabled={!canSave}>
            Save
          </button>
          {saved && (
            <span className="muted" data-testid="ws-kv-saved">
              {saved}
            </span>
          )}
        </div>
      </form>
    </div>
  );
}
