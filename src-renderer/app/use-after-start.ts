import { useEffect, useState } from 'react';
import { useStudioStore } from './studio-context';

/** How long a busy page may keep a deferred part waiting once the app is shown. */
const idleTimeoutMs = 2_000;

/**
 * Whether a heavy part of the window (Monaco, xterm: each its own chunk) should load and mount now:
 * at once when `needed` (a tab is open, say), else once the app is shown and the page is idle, so it
 * is warm for the first use without competing with the first paint and the explorer for the main
 * thread (studio_open_ms, bench/studio-open.bench.mjs). Latched: once true it stays true, since those
 * parts own state (Monaco's services and undo history, the terminal's scrollback).
 */
export function useAfterStart(needed = false): boolean {
  const appShown = useStudioStore('project', (state) => !state.loading);
  const [ready, setReady] = useState(needed);
  useEffect(() => {
    if (needed) setReady(true);
  }, [needed]);
  useEffect(() => {
    if (!appShown || ready) return;
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(() => setReady(true), { timeout: idleTimeoutMs });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(() => setReady(true), 200);
    return () => clearTimeout(timer);
  }, [appShown, ready]);
  return needed || ready;
}
