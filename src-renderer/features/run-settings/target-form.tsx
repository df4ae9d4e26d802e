import { useEffect, useState } from 'react';
import type { ApiTarget, OperationResult } from '../../../src-shared/contract';
import { describeError } from '../../api/studio-error';
import { useStudio } from '../../app/studio-context';
import { RemoteActions } from './remote-actions';

type Remote = OperationResult<'target.get'>['remotes'][number];

/** 'local' = the Local workspace, '' = Offline, `remote:<name>` = a server of ~/.twenty/config.json, 'url' = a URL and key typed here. */
type Choice = 'local' | '' | `remote:${string}` | 'url';

function choiceOf(target: ApiTarget): Choice {
  if (target.kind === 'local') return 'local';
  if (target.kind === 'offline') return '';
  return target.remoteName ? `remote:${target.remoteName}` : 'url';
}

function validUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Where a run's TWENTY_API_URL points. Offline records the calls and answers that no server is set;
 * a remote is one the `twenty` CLI already knows (its key stays in the CLI's config) or a URL with
 * an API key, kept in the studio's user data folder.
 */
export function TargetForm() {
  const studio = useStudio();
  const [remotes, setRemotes] = useState<Remote[] | null>(null);
  const [choice, setChoice] = useState<Choice>('local');
  const [url, setUrl] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [hasSavedKey, setHasSavedKey] = useState(false);
  const [status, setStatus] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);
  /** The target the core has: Check and Generate act on it, so they show once a Remote is saved. */
  const [savedKind, setSavedKind] = useState<ApiTarget['kind']>('local');

  useEffect(() => {
    let alive = true;
    studio.api.call('target.get', {}).then(
      ({ target, remotes }) => {
        if (!alive) return;
        setRemotes(remotes);
        setChoice(choiceOf(target));
        setSavedKind(target.kind);
        if (target.kind === 'remote' && !target.remoteName) {
          setUrl(target.url);
          setHasSavedKey(Boolean(target.apiKey));
        }
      },
      (error) => alive && setStatus({ tone: 'error', text: describeError(error) }),
    );
    return () => {
      alive = false;
    };
  }, [studio]);

  if (!remotes) return <p className="muted">{status?.text ?? 'Loading the API target…'}</p>;

  const remote = choice.startsWith('remote:') ? remotes.find((candidate) => `remote:${candidate.name}` === choice) : undefined;
  const urlInvalid = choice === 'url' && !validUrl(url);
  const target = (): ApiTarget | null => {
    if (choice === 'local') return { kind: 'local' };
    if (choice === '') return { kind: 'offline' };
    if (remote) return { kind: 'remote', url: remote.apiUrl, remoteName: remote.name };
    if (urlInvalid) return null;
    // An empty key field keeps the saved key; the studio never shows it back.
    return { kind: 'remote', url, ...(apiKey ? { apiKey } : {}) };
  };
  const save = async () => {
    const next = target();
    if (!next) return;
    try {
      if (next.kind === 'remote' && !next.remoteName && !next.apiKey && hasSavedKey) {
        // Keep the saved key: target.set replaces the whole target, so send it back as the core has it.
        const { target: saved } = await studio.api.call('target.get', {});
        if (saved.kind === 'remote' && saved.apiKey) next.apiKey = saved.apiKey;
      }
      await studio.api.call('target.set', next);
      setApiKey('');
      setSavedKind(next.kind);
      setHasSavedKey(next.kind === 'remote' && Boolean(next.apiKey));
      setStatus({ tone: 'ok', text: next.kind === 'local' ? 'Runs use the Local workspace.' : next.kind === 'offline' ? 'Runs use the offline endpoint.' : `Runs call ${next.url}.` });
    } catch (error) {
      setStatus({ tone: 'error', text: describeError(error) });
    }
  };

  return (
    <form
      className="target-form"
      data-testid="target-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <select id="target-choice" aria-label="Twenty API target" className="text-input" data-testid="target-choice" value={choice} onChange={(event) => setChoice(event.target.value as Choice)}>
        <option value="local">Local workspace (records in an embedded Postgres)</option>
        <option value="">Offline (record calls, no server)</option>
        {remotes.map((candidate) => (
          <option key={candidate.name} value={`remote:${candidate.name}`}>
            {candidate.name} — {candidate.apiUrl}
            {candidate.hasCredentials ? '' : ' (no credentials)'}
          </option>
        ))}
        <option value="url">Another server (URL and API key)…</option>
      </select>
      {choice === 'local' && <div className="muted field-note">TWENTY_API_URL points at the studio's Local workspace: Twenty's Core API (GraphQL, REST) and /metadata on an embedded Postgres, so reads and writes work offline and writes fire the app's database-event functions.</div>}
      {choice === '' && <div className="muted field-note">TWENTY_API_URL points at a studio endpoint that records each call and answers that no Twenty server is configured.</div>}
      {remote && !remote.hasCredentials && <div className="field-error">This remote has no credentials in ~/.twenty/config.json: run `twenty auth:login` first.</div>}
      {choice === 'url' && (
        <>
          <label className="field-label" htmlFor="target-url">
            Server URL
          </label>
          <input id="target-url" className="text-input" data-testid="target-url" placeholder="https://api.twenty.com" spellCheck={false} value={url} onChange={(event) => setUrl(event.target.value)} />
          {url && urlInvalid && <div className="field-error">Enter an http(s) URL.</div>}
          <label className="field-label" htmlFor="target-key">
            API key
          </label>
          <input
            id="target-key"
            className="text-input"
            data-testid="target-api-key"
            type="password"
            autoComplete="new-password"
            placeholder={hasSavedKey ? '•••••••• (saved; type to replace)' : 'API key from Settings → APIs'}
            value={apiKey}
            onChange={(event) => setApiKey(event.target.value)}
          />
        </>
      )}
      <div className="dialog-actions">
        {status && <span className={status.tone === 'error' ? 'field-error' : 'muted'} data-testid="target-status">{status.text}</span>}
        <button type="submit" className="button primary" data-testid="target-save" disabled={target() === null}>
          Save target
        </button>
      </div>
      {savedKind === 'remote' && choice !== '' && choice !== 'local' && <RemoteActions />}
    </form>
  );
}
