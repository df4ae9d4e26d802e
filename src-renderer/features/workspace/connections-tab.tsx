import { useEffect, useState } from 'react';
import { Icon } from '../../app/icons';
import { useStudio } from '../../app/studio-context';
import { ConfirmButton } from './confirm-button';
import { OAuthConnect } from './oauth-connect';
import { useServices } from './use-workspace';
import { WorkspaceNotice, WorkspaceToolbar } from './ws-toolbar';

/** The app's connection providers and local test connections (tokens masked by the core). */
export function ConnectionsTab() {
  const store = useStudio().workspace.services;
  const list = useServices((state) => state.connections);
  const error = useServices((state) => state.connectionsError);
  const providers = list?.providers ?? [];
  const [provider, setProvider] = useState('');
  const [name, setName] = useState('');
  const [handle, setHandle] = useState('');
  const [visibility, setVisibility] = useState<'user' | 'workspace'>('workspace');
  const [token, setToken] = useState('');
  const [scopes, setScopes] = useState('');

  useEffect(() => {
    void store.getState().loadConnections();
  }, [store]);

  const providerName = provider || providers[0]?.name || '';
  const canAdd = providerName !== '' && handle.trim() !== '' && token.trim() !== '';

  return (
    <div className="ws-kv ws-connections" data-testid="ws-connections">
      <section className="ws-kv-list" aria-label="Connections">
        <WorkspaceToolbar title="Connections" onRefresh={() => void store.getState().loadConnections()} refreshTestId="ws-connections-refresh">
          <span className="muted">Providers: {providers.map((item) => item.displayName || item.name).join(', ') || 'none'}</span>
        </WorkspaceToolbar>
        <WorkspaceNotice error={error} testId="ws-connections-error" />
        {(list?.connections ?? [])
          .filter((connection) => connection.authFailedAt)
          .map((connection) => (
            <div key={connection.id} className="ws-error ws-auth-banner" data-testid="ws-connection-failure-banner" data-handle={connection.handle}>
              <span>
                <strong>
                  {connection.providerName} · {connection.handle}: auth failed {new Date(connection.authFailedAt!).toLocaleString()}
                </strong>
                {connection.authFailedReason ? ` — ${connection.authFailedReason}` : ''}
              </span>
              <button type="button" className="button" data-testid="ws-connection-banner-clear" onClick={() => void store.getState().updateConnection(connection.id, { authFailedAt: null, authFailedReason: null })}>
                Clear auth failure
              </button>
            </div>
          ))}
        <div className="ws-table-scroll">
          <table className="ws-table">
            <thead>
              <tr>
                {['Provider', 'Name', 'Handle', 'Visibility', 'Token', 'Scopes', 'Expired', 'Auth failure', ''].map((label) => (
                  <th key={label}>
                    <span className="ws-th">{label}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {(list?.connections ?? []).map((connection) => (
                <tr key={connection.id} className={`ws-row ${connection.authFailedAt ? 'is-failed' : ''}`} data-testid="ws-connection-row" data-handle={connection.handle} data-expired={connection.expired}>
                  <td className="ws-cell">{connection.providerName}</td>
                  <td className="ws-cell">{connection.name}</td>
                  <td className="ws-cell mono">{connection.handle}</td>
                  <td className="ws-cell">{connection.visibility}</td>
                  <td className="ws-cell mono" data-testid="ws-connection-token" title={connection.expiresAt ? `expires ${new Date(connection.expiresAt).toLocaleString()}` : undefined}>
                    {connection.accessToken}
                    {connection.source === 'oauth' && (
                      <span className="muted" data-testid="ws-connection-oauth">
                        {' '}
                        OAuth{connection.hasRefreshToken ? ' · refreshable' : ''}
                        {connection.expiresAt ? ` · expires ${new Date(connection.expiresAt).toLocaleTimeString()}` : ''}
                      </span>
                    )}
                  </td>
                  <td className="ws-cell mono">{connection.scopes.join(' ')}</td>
                  <td className="ws-cell">
                    <label className="ws-check">
                      <input
                        type="checkbox"
                        role="switch"
                        data-testid="ws-connection-expired"
                        checked={connection.expired}
                        onChange={(event) => void store.getState().updateConnection(connection.id, { expired: event.target.checked })}
                      />
                      {connection.expired ? 'Expired' : 'Valid'}
                    </label>
                  </td>
                  <td className="ws-cell">
                    {connection.authFailedAt ? (
                      <span className="ws-auth-failed" data-testid="ws-connection-auth-failed" title={connection.authFailedReason ?? undefined}>
                        <strong>Failed {new Date(connection.authFailedAt).toLocaleString()}</strong> {connection.authFailedReason}
                        <button type="button" className="button" data-testid="ws-connection-clear-failure" onClick={() => void store.getState().updateConnection(connection.id, { authFailedAt: null, authFailedReason: null })}>
                          Clear auth failure
                        </button>
                      </span>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td className="ws-cell">
                    <ConfirmButton label={<Icon name="trash" />} className="icon-button" question="Remove?" confirmLabel="Remove" testId="ws-connection-remove" onConfirm={() => void store.getState().removeConnection(connection.id)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {list?.connections.length === 0 && <div className="muted ws-opening">No test connections. Add one for the app&apos;s functions to use.</div>}
        </div>
      </section>
      <form
        className="ws-pane ws-kv-editor"
        data-testid="ws-connection-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!canAdd) return;
          const scopeList = scopes.split(/[\s,]+/).filter(Boolean);
          void store
            .getState()
            .addConnection({ providerName, handle: handle.trim(), accessToken: token.trim(), visibility, ...(name.trim() ? { name: name.trim() } : {}), ...(scopeList.length > 0 ? { scopes: scopeList } : {}) })
            .then((ok) => {
              if (ok) {
                setHandle('');
                setName('');
                setToken('');
              }
            });
        }}
      >
        <div className="ws-pane-title">
          <span className="ws-pane-name">Add connection</span>
        </div>
        <div className="ws-form-fields">
          <div className="ws-form-row">
            <label htmlFor="ws-connection-provider">Provider</label>
            <select id="ws-connection-provider" className="release-select" data-testid="ws-connection-provider" value={providerName} onChange={(event) => setProvider(event.target.value)}>
              {providers.map((item) => (
                <option key={item.universalIdentifier} value={item.name}>
                  {item.displayName || item.name}
                </option>
              ))}
            </select>
          </div>
          <div className="ws-form-row">
            <label htmlFor="ws-connection-name">Name</label>
            <input id="ws-connection-name" className="text-input" data-testid="ws-connection-name" value={name} onChange={(event) => setName(event.target.value)} />
          </div>
          <div className="ws-form-row">
            <label htmlFor="ws-connection-handle">Handle</label>
            <input id="ws-connection-handle" className="text-input" data-testid="ws-connection-handle" value={handle} placeholder="me@example.com" onChange={(event) => setHandle(event.target.value)} />
          </div>
          <div className="ws-form-row">
            <label htmlFor="ws-connection-visibility">Visibility</label>
            <select id="ws-connection-visibility" className="release-select" data-testid="ws-connection-visibility" value={visibility} onChange={(event) => setVisibility(event.target.value as 'user' | 'workspace')}>
              <option value="workspace">workspace</option>
              <option value="user">user</option>
            </select>
          </div>
          <div className="ws-form-row">
            <label htmlFor="ws-connection-token">Access token</label>
            <input id="ws-connection-token" type="password" className="text-input" data-testid="ws-connection-token-input" value={token} onChange={(event) => setToken(event.target.value)} />
          </div>
          <div className="ws-form-row">
            <label htmlFor="ws-connection-scopes">Scopes</label>
            <input id="ws-connection-scopes" className="text-input" data-testid="ws-connection-scopes" value={scopes} placeholder={providers.find((item) => item.name === providerName)?.scopes.join(' ') ?? ''} onChange={(event) => setScopes(event.target.value)} />
          </div>
        </div>
        <div className="ws-form-actions">
          <button type="submit" className="button primary" data-testid="ws-connection-add" disabled={!canAdd}>
            Add
          </button>
        </div>
        <OAuthConnect providerName={providerName} visibility={visibility} onConnected={() => void store.getState().loadConnections()} />
      </form>
    </div>
  );
}
