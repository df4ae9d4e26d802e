import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useStudio } from '../../app/studio-context';

/**
 * The local route server (`/s/<path>` on 127.0.0.1): where it listens and a start/stop switch, so
 * curl, an API client or a webhook tunnel can call the functions being written.
 */
export function RouteServerControl() {
  const studio = useStudio();
  const { server, busy, error } = useStore(studio.routeServer);
  useEffect(() => {
    void studio.routeServer.getState().refresh();
  }, [studio]);
  const running = server?.running === true;
  return (
    <div className="route-server" data-testid="route-server" data-running={running}>
      <span className={`route-server-dot ${running ? 'on' : 'off'}`} aria-hidden="true" />
      {running && server?.url ? (
        <span className="route-server-url" title={`The local route server answers /s/ requests on port ${server.port}`}>
          <span className="muted">Route server</span>{' '}
          <span className="mono" data-testid="route-server-url">
            {server.url}
          </span>
        </span>
      ) : (
        <span className="muted">Route server stopped</span>
      )}
      <button
        type="button"
        className="button small"
        data-testid={running ? 'route-server-stop' : 'route-server-start'}
        disabled={busy || server === null}
        onClick={() => void (running ? studio.routeServer.getState().stop() : studio.routeServer.getState().start())}
      >
        {busy && <span className="spinner" aria-hidden="true" />}
        {running ? 'Stop' : 'Start'}
      </button>
      {running && (
        <label
          className={`route-server-external ${server?.acceptExternalCallers ? 'warning-text' : 'muted'}`}
          title="Off: only curl and tools on this machine may call /s/ (no web page, no other host name). On: for a webhook tunnel; any site you visit can then run your functions."
        >
          <input
            type="checkbox"
            data-testid="route-server-external"
            checked={server?.acceptExternalCallers === true}
            disabled={busy}
            onChange={(event) => void studio.routeServer.getState().setAcceptExternalCallers(event.target.checked)}
          />{' '}
          {server?.acceptExternalCallers ? 'Accepting external callers' : 'External callers'}
        </label>
      )}
      {(error ?? server?.error) && (
        <span className="error-text" data-testid="route-server-error" title={error ?? server?.error}>
          {error ?? server?.error}
        </span>
      )}
    </div>
  );
}
