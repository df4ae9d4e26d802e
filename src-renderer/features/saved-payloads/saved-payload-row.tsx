import { useState } from 'react';
import type { OperationParams, SavedPayloadCheck, SavedPayloadEntry } from '../../../src-shared/contract';
import { describeError } from '../../api/studio-error';
import { Icon } from '../../app/icons';
import { useStudio } from '../../app/studio-context';
import { TRIGGER_LABELS } from '../composer/composer-function';

type ExportParams = OperationParams<'payload.export'>;

/** The `payload.export` request for a saved payload: curl for a route, the exec command for anything. */
export function exportParams(entry: SavedPayloadEntry, kind: 'curl' | 'exec'): ExportParams | null {
  const content = entry.content;
  if (!content) return null;
  if (kind === 'exec') return { kind, universalIdentifier: content.function.universalIdentifier, payload: content.payload };
  if (content.trigger !== 'route') return null;
  const inputs = content.inputs;
  const headers = Array.isArray(inputs.headers) ? (inputs.headers as { name: string; value: string }[]) : [];
  return {
    kind,
    request: {
      method: typeof inputs.method === 'string' ? inputs.method : 'GET',
      url: typeof inputs.url === 'string' ? inputs.url : '/s/',
      headers,
      body: typeof inputs.body === 'string' ? inputs.body : null,
      authenticated: inputs.authenticated === true,
    },
  };
}

/** The core's messages start with the JSON path, which the row already shows in its own style. */
function withoutPath(message: string, path: string): string {
  return message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
}

function CheckOutcome({ check }: { check: SavedPayloadCheck }) {
  return (
    <div className={`check-outcome ${check.passed ? 'check-pass' : 'check-fail'}`} data-testid="saved-payload-check-result" data-passed={check.passed}>
      <strong>{check.passed ? 'Pass' : 'Fail'}</strong>
      {check.result && <span className="muted"> · {check.result.status} in {Math.round(check.result.duration)} ms</span>}
      {check.response && <span className="muted"> · HTTP {check.response.status}</span>}
      {check.error && <div>{check.error}</div>}
      {check.mismatches.length > 0 && (
        <ul className="mismatches">
          {check.mismatches.map((mismatch, index) => (
            <li key={index} data-testid="saved-payload-mismatch">
              <span className="mono">{mismatch.path}</span>: {withoutPath(mismatch.message, mismatch.path)}
            </li>
          ))}
        </ul>
      )}
      {check.passed && !check.entry.content?.expect && <div className="muted">No expectation: the run only had to finish.</div>}
    </div>
  );
}

interface SavedPayloadRowProps {
  entry: SavedPayloadEntry;
  onOpen(entry: SavedPayloadEntry): void;
  onCopy(params: ExportParams): void;
}

/** One saved payload: open it, check it (or debug it: the same run under the debugger), copy it as a command, rename, duplicate or delete it. */
export function SavedPayloadRow({ entry, onOpen, onCopy }: SavedPayloadRowProps) {
  const studio = useStudio();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [check, setCheck] = useState<SavedPayloadCheck | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ref = { functionFolder: entry.functionFolder, name: entry.name };

  const act = async (label: string, action: () => Promise<unknown>) => {
    setBusy(label);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(null);
    }
  };

  const commitRename = () => {
    const newName = renaming?.trim();
    setRenaming(null);
    if (newName && newName !== entry.name) void act('rename', () => studio.api.call('payload.saved.rename', { ...ref, newName }));
  };

  const curl = exportParams(entry, 'curl');
  const exec = exportParams(entry, 'exec');
  return (
    <li className="saved-row" data-testid="saved-payload" data-name={entry.name} data-stale={entry.stale}>
      <div className="saved-row-head">
        {renaming !== null ? (
          <input
            className="composer-input saved-rename"
            aria-label={`New name for ${entry.name}`}
            data-testid="saved-payload-rename-input"
            autoFocus
            value={renaming}
            onChange={(event) => setRenaming(event.target.value)}
            onBlur={commitRename}
            onKeyDown={(event) => {
              if (event.key === 'Enter') commitRename();
              if (event.key === 'Escape') setRenaming(null);
            }}
          />
        ) : (
          <button type="button" className="saved-name" data-testid="saved-payload-open" disabled={!entry.content} title={entry.content ? 'Open in the composer' : entry.error} onClick={() => onOpen(entry)}>
            {entry.name}
          </button>
        )}
        {entry.content && <span className="badge">{TRIGGER_LABELS[entry.content.trigger]}</span>}
        {entry.content?.expect && <span className="badge accent-badge" title="Has an expectation: Check and twenty-studio test run it">expect</span>}
        {entry.content?.snapshot && (
          <span className="badge" data-testid="saved-payload-snapshot-badge" title={`Starts from the workspace snapshot "${entry.content.snapshot}" (restored before each check)`}>
            ⟲ {entry.content.snapshot}
          </span>
        )}
        {entry.stale && (
          <span className="badge warning-badge" data-testid="saved-payload-stale" title={entry.staleReason}>
            stale
          </span>
        )}
        {busy && <span className="spinner" aria-hidden="true" />}
      </div>
      {entry.stale && entry.staleReason && <div className="saved-reason warning-text">{entry.staleReason}</div>}
      {entry.error && <div className="saved-reason error-text">{entry.error}</div>}
      <div className="saved-actions">
        <button type="button" className="link" data-testid="saved-payload-check" disabled={!entry.content || busy !== null} onClick={() => void act('check', async () => setCheck(await studio.api.call('payload.saved.check', ref)))}>
          Check
        </button>
        <button
          type="button"
          className="link"
          data-testid="saved-payload-debug"
          disabled={!entry.content || busy !== null}
          title="Run it under the debugger (it stops at the breakpoints), then check it as Check does"
          onClick={() => void act('debug', async () => setCheck(await studio.api.call('payload.saved.check', { ...ref, debug: true })))}
        >
          Debug
        </button>
        {curl && (
          <button type="button" className="link" data-testid="saved-payload-copy-curl" onClick={() => onCopy(curl)}>
            curl
          </button>
        )}
        {exec && (
          <button type="button" className="link" data-testid="saved-payload-copy-exec" onClick={() => onCopy(exec)}>
            exec
          </button>
        )}
        <button type="button" className="link" data-testid="saved-payload-rename" onClick={() => setRenaming(entry.name)}>
          Rename
        </button>
        <button type="button" className="link" data-testid="saved-payload-duplicate" onClick={() => void act('duplicate', () => studio.api.call('payload.saved.duplicate', ref))}>
          Duplicate
        </button>
        {confirmDelete ? (
          <span className="saved-confirm">
            Delete?{' '}
            <button type="button" className="link danger-text" data-testid="saved-payload-delete-confirm" autoFocus onClick={() => void act('delete', () => studio.api.call('payload.saved.delete', ref))}>
              Yes
            </button>{' '}
            <button type="button" className="link" onClick={() => setConfirmDelete(false)}>
              No
            </button>
          </span>
        ) : (
          <button type="button" className="link" data-testid="saved-payload-delete" aria-label={`Delete ${entry.name}`} title="Delete" onClick={() => setConfirmDelete(true)}>
            <Icon name="trash" />
          </button>
        )}
      </div>
      {check && <CheckOutcome check={check} />}
      {error && <div className="notice error">{error}</div>}
    </li>
  );
}
