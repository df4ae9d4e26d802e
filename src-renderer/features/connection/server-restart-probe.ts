import { useEffect, useState } from 'react';
import type { ConnectionState } from '../../api/ws-client';

/** Long enough for a few reconnect attempts (250, 500, 1000 ms, ...) to have failed. */
const firstProbeMs = 3000;
const probeEveryMs = 5000;

/**
 * True once the studio server answers 401 to this page: it restarted with a new token, so the
 * WebSocket (and the page's cookie) can never get in again. Only probed while reconnecting.
 */
export function useServerRestarted(state: ConnectionState, probe: () => Promise<number> = probeStatus): boolean {
  const [restarted, setRestarted] = useState(false);
  useEffect(() => {
    if (state !== 'reconnecting') {
      setRestarted(false);
      return;
    }
    let alive = true;
    let timer: ReturnType<typeof setTimeout>;
    const check = async (): Promise<void> => {
      const status = await probe().catch(() => 0);
      if (!alive) return;
      if (status === 401) setRestarted(true);
      else timer = setTimeout(() => void check(), probeEveryMs);
    };
    timer = setTimeout(() => void check(), firstProbeMs);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [state, probe]);
  return restarted;
}

async function probeStatus(): Promise<number> {
  const response = await fetch('/', { credentials: 'same-origin', cache: 'no-store' });
  return response.status;
}
