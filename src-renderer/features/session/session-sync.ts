import type { SessionState, StudioApi } from '../../../src-shared/contract';
import { editorSessionSnapshot, type EditorStore } from '../editor/editor-store';
import { layoutSnapshot, type LayoutStore } from '../layout/layout-store';

export const sessionDebounceMs = 300;

export interface SessionSync {
  /** Writes any pending change now (before switching apps, before the page goes away). */
  flush(): Promise<void>;
  /** Stops writing until `resume`: while a session is being restored, the half-restored state is not worth keeping. */
  pause(): void;
  resume(): void;
  stop(): void;
}

export function sessionSnapshot(layout: LayoutStore, editor: EditorStore): SessionState {
  return { layout: layoutSnapshot(layout.getState()), ...editorSessionSnapshot(editor.getState()) };
}

/**
 * Keeps the core's copy of the session in step with the window, debounced: typing in a buffer
 * produces one `session.set` per pause, not one per key.
 */
export function startSessionSync(api: StudioApi, layout: LayoutStore, editor: EditorStore, debounceMs = sessionDebounceMs): SessionSync {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let paused = true;
  let lastWritten = '';

  const write = async (): Promise<void> => {
    timer = null;
    const snapshot = sessionSnapshot(layout, editor);
    const serialized = JSON.stringify(snapshot);
    if (serialized === lastWritten) return;
    try {
      await api.call('session.set', snapshot);
      lastWritten = serialized;
    } catch (error) {
      // Not recorded as written, so the next change (or flush) tries again with the latest state.
      console.warn('studio: could not save the session', error);
    }
  };

  const schedule = (): void => {
    if (paused) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void write(), debounceMs);
  };

  const unsubscribeLayout = layout.subscribe((state, previous) => {
    if (state.explorerWidth !== previous.explorerWidth || state.inspectorWidth !== previous.inspectorWidth || state.consoleHeight !== previous.consoleHeight) {
      schedule();
    }
  });
  const unsubscribeEditor = editor.subscribe((state, previous) => {
    if (state.tabs !== previous.tabs || state.activeTab !== previous.activeTab || state.buffers !== previous.buffers) schedule();
  });

  return {
    flush: async () => {
      if (paused) return;
      if (timer) clearTimeout(timer);
      await write();
    },
    pause: () => {
      paused = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
    resume: () => {
      paused = false;
      lastWritten = JSON.stringify(sessionSnapshot(layout, editor));
    },
    stop: () => {
      if (timer) clearTimeout(timer);
      unsubscribeLayout();
      unsubscribeEditor();
    },
  };
}
