import { useEffect, useRef, useState } from 'react';
import { describeError } from '../../api/studio-error';
import { useStudio } from '../../app/studio-context';

type FlowView = { flowId: string; authorizationUrl: string; status: 'pending' | 'connected' | 'failed'; message: string | null };

const POLL_MS = 500;

/**
 * "Connect with OAuth" for a provider that declares OAuth endpoints: the core builds the authorize URL
 * (PKCE, state), the studio opens it in a new tab or window, and the flow's outcome is polled until the
 * provider's redirect reaches the studio's loopback callback. If no window opened (a popup blocker, the
 * Electron window for a non-https provider), the URL is shown to open by hand.
 */
export function OAuthConnect({ providerName, visibility, onConnected }: { providerName: string; visibility: 'user' | 'workspace'; onConnected: () => void }) {
  const studio = useStudio();
  const [flow, setFlow] = useState<FlowView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const poll = (flowId: string, authorizationUrl: string) => {
    timer.current = setTimeout(async () => {
      try {
        const status = await studio.api.call('workspace.connections.oauth.status', { flowId });
        setFlow({ flowId, authorizationUrl, status: status.status, message: status.message });
        if (status.status === 'pending') poll(flowId, authorizationUrl);
        else if (status.status === 'connected') onConnected();
      } catch (failure) {
        setError(describeError(failure));
      }
    }, POLL_MS);
  };

  const start = async () => {
    if (timer.current) clearTimeout(timer.current);
    setError(null);
    try {
      const started = await studio.api.call('workspace.connections.oauth.start', { providerName, visibility });
      setFlow({ flowId: started.flowId, authorizationUrl: started.authorizationUrl, status: 'pending', message: null });
      window.open(started.authorizationUrl, '_blank', 'noopener');
      poll(started.flowId, started.authorizationUrl);
    } catch (failure) {
      setFlow(null);
      setError(describeError(failure));
    }
  };

  return (
    <div className="ws-oauth" data-testid="ws-oauth">
      <button type="button" className="button" data-testid="ws-oauth-connect" disabled={providerName === ''} onClick={() => void start()}>
        Connect with OAuth
      </button>
      {error && (
        <div className="ws-error" role="alert" data-testid="ws-oauth-error">
          {error}
        </div>
      )}
      {flow && (
        <div className={flow.status === 'failed' ? 'ws-error' : 'muted'} role="status" data-testid="ws-oauth-status" data-status={flow.status}>
          {flow.status === 'pending' ? (
            <>
              Waiting for the provider… If no window opened,{' '}
              <a href={flow.authorizationUrl} target="_blank" rel="noopener noreferrer" data-testid="ws-oauth-link">
                open the sign-in page
              </a>
              .
            </>
          ) : (
            flow.message
          )}
        </div>
      )}
    </div>
  );
}
