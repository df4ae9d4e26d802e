import { useSyncExternalStore } from 'react';
import { useStudio } from '../../app/studio-context';
import { useServerRestarted } from './server-restart-probe';

/** Browser mode only: the page outlives the studio process, so say when the link is down. */
export function ConnectionBar() {
  const { connection } = useStudio();
  const state = useSyncExternalStore(
    (onChange) => connection.onConnectionState(onChange),
    () => connection.connectionState,
  );
  const restarted = useServerRestarted(state);
  if (state !== 'reconnecting') return null;
  if (restarted) {
    return (
      <div className="connection-bar" role="alert" data-testid="connection-bar" data-restarted="true">
        The studio server restarted: open the new URL it printed (with ?token=).
      </div>
    );
  }
  return (
    <div className="connection-bar" role="alert" data-testid="connection-bar">
      Disconnected — reconnecting…
    </div>
  );
}
