import { useEffect, useState } from 'react';
import type { OperationParams, SavedPayloadEntry } from '../../../src-shared/contract';
import { describeError } from '../../api/studio-error';
import { useStudio } from '../../app/studio-context';
import { RunStatusBadge } from '../run/run-status';
import type { ComposerFunction } from '../composer/composer-function';
import type { ComposerTrigger } from '../composer/composer-store';
import { copyText } from './copy-command';
import { inputsFromPayload } from './payload-inputs';
import { SavePayloadForm } from './save-payload-form';
import { SavedPayloadRow } from './saved-payload-row';
import { useSavedPayloads } from './use-saved-payloads';

type ExportParams = OperationParams<'payload.export'>;

/** The last command copied; when the clipboard refused it, it is shown to copy by hand. */
interface Copied {
  command: string;
  onClipboard: boolean;
}

/** A command for what the composer holds now: curl for a route, the exec command for anything. */
async function currentExport(studio: ReturnType<typeof useStudio>, kind: 'curl' | 'exec'): Promise<ExportParams> {
  const active = studio.composer.getState().active;
  const snapshot = await active?.snapshot();
  if (!active || !snapshot) throw new Error('The composer input is not valid yet.');
  if (kind === 'exec') return { kind, universalIdentifier: active.universalIdentifier, payload: snapshot.payload };
  const inputs = snapshot.inputs;
  return {
    kind,
    request: {
      method: String(inputs.method ?? 'GET'),
      url: String(inputs.url ?? '/s/'),
      headers: (inputs.headers as { name: string; value: string }[] | undefined) ?? [],
      body: typeof inputs.body === 'string' ? inputs.body : null,
      authenticated: inputs.authenticated === true,
    },
  };
}

/**
 * Saved payloads of the function (`.twenty-studio/payloads/<function>/`), the last 20 used, and the
 * copy-as-command actions.
 */
export function SavedPayloadsPanel({ fn, trigger, auto = false }: { fn: ComposerFunction; trigger: ComposerTrigger | null; auto?: boolean }) {
  const studio = useStudio();
  const { entries, recent, error, loaded } = useSavedPayloads(fn.universalIdentifier);
  const [saving, setSaving] = useState(false);
  const [copied, setCopied] = useState<Copied | null>(null);
  const [copyError, setCopyError] = useState<string | null>(null);

  // With a Remote target, curl can also go to that server's /s/ (its token stays a shell variable).
  const [remoteBase, setRemoteBase] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    studio.api.call('target.get', {}).then(
      ({ target }) => live && setRemoteBase(target.kind === 'remote' ? target.url : null),
      () => live && setRemoteBase(null),
    );
    return () => {
      live = false;
    };
  }, [studio]);

  const copy = async (params: ExportParams | Promise<ExportParams>) => {
    setCopyError(null);
    try {
      const { command } = await studio.api.call('payload.export', await params);
      setCopied({ command, onClipboard: await copyText(command) });
    } catch (caught) {
      setCopied(null);
      setCopyError(describeError(caught));
    }
  };

  const open = (entry: SavedPayloadEntry) => {
    if (!entry.content) return;
    studio.composer.getState().load({ universalIdentifier: fn.universalIdentifier, trigger: entry.content.trigger, inputs: entry.content.inputs, payload: entry.content.payload });
  };

  return (
    <aside className="saved-payloads" data-testid="saved-payloads" data-auto={auto} aria-label="Saved payloads">
      <div className="saved-toolbar">
        <button type="button" className="button small" data-testid="save-payload" disabled={!trigger} title={trigger ? 'Save the composer input as a named payload' : 'Functions without a trigger cannot be saved'} onClick={() => setSaving(true)}>
          Save…
        </button>
        {trigger === 'route' && (
          <button type="button" className="button small" data-testid="copy-curl" title="Copy as curl (against the local route server)" onClick={() => void copy(currentExport(studio, 'curl'))}>
            Copy as curl
          </button>
        )}
        {trigger === 'route' && remoteBase && (
          <button
            type="button"
            className="button small"
            data-testid="copy-curl-remote"
            title={`Copy as curl against ${remoteBase}/s (the token as $TWENTY_API_KEY)`}
            onClick={() => void copy(currentExport(studio, 'curl').then((params) => ({ ...params, baseUrl: remoteBase }) as ExportParams))}
          >
            Copy as curl (remote)
          </button>
        )}
        <button type="button" className="button small" data-testid="copy-exec" title="Copy as yarn twenty dev:function:exec" onClick={() => void copy(currentExport(studio, 'exec'))}>
          Copy as exec
        </button>
      </div>
      {copied && (
        <div className="copied" data-testid="copied-command" data-clipboard={copied.onClipboard}>
          {copied.onClipboard ? (
            <span className="muted">Copied to the clipboard.</span>
          ) : (
            <span className="muted">The clipboard is not available: copy it from here.</span>
          )}
          <textarea className="composer-code copied-text" readOnly rows={3} value={copied.command} data-testid="copied-command-text" onFocus={(event) => event.currentTarget.select()} />
        </div>
      )}
      {copyError && <div className="notice error">{copyError}</div>}
      {saving && trigger && <SavePayloadForm fn={fn} trigger={trigger} entries={entries} onDone={() => setSaving(false)} />}

      <h4 className="preview-heading">Saved</h4>
      {error && <div className="notice error">{error}</div>}
      {loaded && entries.length === 0 && !error && <div className="muted saved-empty">None yet. Saved payloads go to .twenty-studio/payloads/{fn.name}/ for the team to share.</div>}
      <ul className="saved-list" data-testid="saved-payload-list">
        {entries.map((entry) => (
          <SavedPayloadRow key={entry.path} entry={entry} onOpen={open} onCopy={(params) => void copy(params)} />
        ))}
      </ul>

      <h4 className="preview-heading">Recent</h4>
      {recent.length === 0 && <div className="muted saved-empty">Runs of this function show here.</div>}
      <ul className="recent-payloads" data-testid="recent-payloads">
        {recent.map((item) => (
          <li key={item.runId}>
            <button
              type="button"
              className="recent-payload"
              data-testid="recent-payload"
              disabled={!trigger}
              title={`${item.origin}, ${new Date(item.startedAt).toLocaleString()}: open in the composer`}
              onClick={() => trigger && studio.composer.getState().load({ universalIdentifier: fn.universalIdentifier, trigger, inputs: inputsFromPayload(trigger, item.payload), payload: item.payload })}
            >
              <RunStatusBadge status={item.status} />
              <span className="recent-when">{new Date(item.startedAt).toLocaleTimeString()}</span>
              <span className="muted">{item.origin}</span>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
