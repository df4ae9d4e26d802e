import { useSyncExternalStore } from 'react';
import { useStudio } from '../../app/studio-context';

/** Browser mode only: the page outlives the studio process, so say when the link is down. */
export function ConnectionBar() {
  const { connection } = useStudio();
  const state = useSyncExternalStore(
    (onChange) => connection.onConnectionState(onChange),
    () => connection.connectionState,
  );
  if (state !== 'reconnecting') return null;
  return (
    <div className="connection-bar" role="alert" data-testid="connection-bar">
      Disconnected — reconnecting…
    </div>
  );
}
