import { useEffect, useState } from 'react';
import { useStudioStore } from '../../app/studio-context';

/** How long an idle page may keep Monaco waiting once the app is shown. */
const idleTimeoutMs = 2_000;

/**
 * Whether the window should load and mount Monaco now: at once when a tab is open (the user wants to
 * read a file), else once the app is shown and the page is idle, so the editor is warm for the first
 * click without competing with the first paint and the explorer for the main thread.
 */
export function useEditorWanted(): boolean {
  const tabOpen = useStudioStore('editor', (state) => state.activeTab !== null);
  const appShown = useStudioStore('project', (state) => !state.loading);
  // Latched: once mounted, the editor stays (it owns Monaco's services and every file's undo history).
  const [idleReached, setIdleReached] = useState(false);
  useEffect(() => {
    if (tabOpen) setIdleReached(true);
  }, [tabOpen]);
  useEffect(() => {
    if (!appShown || idleReached) return;
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(() => setIdleReached(true), { timeout: idleTimeoutMs });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(() => setIdleReached(true), 200);
    return () => clearTimeout(timer);
  }, [appShown, idleReached]);
  return tabOpen || idleReached;
}
