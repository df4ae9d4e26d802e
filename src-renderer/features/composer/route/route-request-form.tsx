import { Icon } from '../../../app/icons';
import { JsonField } from '../forms/json-field';
import { KeyValueTable } from '../forms/key-value-table';
import { HTTP_METHODS, implicitContentType, queryRows, withQueryRows, type BodyMode, type HeaderRow, type RouteDraft } from './route-draft';

const BODY_MODES: { mode: BodyMode; label: string; hint: string }[] = [
  { mode: 'none', label: 'None', hint: 'No body' },
  { mode: 'json', label: 'JSON', hint: 'Validated; sent with content-type: application/json unless a header says otherwise' },
  { mode: 'text', label: 'Text', hint: 'Sent with content-type: text/plain unless a header says otherwise' },
  { mode: 'raw', label: 'Raw', hint: 'Sent exactly as typed, with only the headers in the table' },
];

interface RouteRequestFormProps {
  draft: RouteDraft;
  onChange(draft: RouteDraft): void;
  onSend(): void;
  /** Sends with the matched function under the debugger. */
  onDebug?(): void;
  sendDisabled: string | null;
  sending: boolean;
}

/** Method, URL with its query table, headers, body and the Authorization toggle. */
export function RouteRequestForm({ draft, onChange, onSend, onDebug, sendDisabled, sending }: RouteRequestFormProps) {
  const patch = (changes: Partial<RouteDraft>) => onChange({ ...draft, ...changes });
  const contentType = implicitContentType(draft);
  return (
    <div className="composer-form" data-testid="route-request-form">
      <div className="route-line">
        <select className="composer-select route-method" aria-label="Method" data-testid="route-method" value={draft.method} onChange={(event) => patch({ method: event.target.value })}>
          {HTTP_METHODS.map((method) => (
            <option key={method}>{method}</option>
          ))}
        </select>
        <input
          className="composer-input route-url"
          aria-label="URL"
          data-testid="route-url"
          spellCheck={false}
          placeholder="/s/path?query"
          value={draft.url}
          onChange={(event) => patch({ url: event.target.value })}
        />
        <button type="button" className="button primary" data-testid="route-send" disabled={sendDisabled !== null || sending} title={sendDisabled ?? 'Send (Ctrl+Enter)'} onClick={onSend}>
          {sending ? <span className="spinner" aria-hidden="true" /> : <Icon name="play" />} Send
        </button>
        {onDebug && (
          <button type="button" className="button" data-testid="route-debug" disabled={sendDisabled !== null || sending} title={sendDisabled ?? 'Send with the function under the debugger: it stops at its breakpoints'} onClick={onDebug}>
            <Icon name="bug" /> Debug
          </button>
        )}
      </div>
      {!draft.url.startsWith('/s/') && draft.url !== '/s' && <div className="composer-hint warning-text">Route URLs start with /s/: the server serves logic functions there.</div>}
      <KeyValueTable
        label="Query string"
        testId="route-query"
        rows={queryRows(draft.url)}
        newRow={() => ({ name: '', value: '' })}
        onChange={(rows) => patch({ url: withQueryRows(draft.url, rows) })}
      />
      <KeyValueTable<HeaderRow>
        label="Headers"
        testId="route-headers"
        toggleable
        namePlaceholder="header"
        rows={draft.headers}
        newRow={() => ({ name: '', value: '', enabled: true })}
        onChange={(headers) => patch({ headers })}
        implicit={contentType ? [{ name: 'content-type', value: contentType, note: 'Added because of the body type; add a content-type header to override it' }] : []}
      />
      <label className="composer-toggle" title="Adds Authorization: Bearer <studio token> when no Bearer token is in the headers">
        <input type="checkbox" data-testid="route-auth" checked={draft.authenticated} onChange={(event) => patch({ authenticated: event.target.checked })} />
        Authorization (send as a signed-in user)
      </label>
      <fieldset className="composer-body">
        <legend>Body</legend>
        <div className="segmented" role="radiogroup" aria-label="Body type">
          {BODY_MODES.map(({ mode, label, hint }) => (
            <label key={mode} className="segment" title={hint} data-checked={draft.bodyMode === mode}>
              <input type="radio" name="route-body-mode" value={mode} checked={draft.bodyMode === mode} data-testid={`route-body-mode-${mode}`} onChange={() => patch({ bodyMode: mode })} />
              {label}
            </label>
          ))}
        </div>
        {draft.bodyMode === 'json' && <JsonField label="JSON body" testId="route-body" value={draft.body} onChange={(body) => patch({ body })} optional />}
        {(draft.bodyMode === 'text' || draft.bodyMode === 'raw') && (
          <label className="composer-label">
            <span>{draft.bodyMode === 'raw' ? 'Raw body' : 'Text body'}</span>
            <textarea className="composer-code" rows={8} spellCheck={false} data-testid="route-body-text" value={draft.body} onChange={(event) => patch({ body: event.target.value })} />
          </label>
        )}
      </fieldset>
    </div>
  );
}
