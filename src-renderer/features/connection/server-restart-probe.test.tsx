// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionState } from '../../api/ws-client';
import { useServerRestarted } from './server-restart-probe';

describe('useServerRestarted', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('probes only while reconnecting and reports a 401 as a restart', async () => {
    let status = 0;
    const probe = vi.fn(async () => status);
    const { result, rerender } = renderHook(({ state }: { state: ConnectionState }) => useServerRestarted(state, probe), { initialProps: { state: 'open' as ConnectionState } });
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(probe).not.toHaveBeenCalled();

    rerender({ state: 'reconnecting' });
    await act(() => vi.advanceTimersByTimeAsync(3_100));
    expect(probe).toHaveBeenCalledTimes(1);
    expect(result.current).toBe(false);

    status = 401;
    await act(() => vi.advanceTimersByTimeAsync(5_100));
    expect(result.current).toBe(true);

    rerender({ state: 'open' });
    expect(result.current).toBe(false);
  });
});
