import type { OperationName, RunSettings, StudioApi } from '../../../src-shared/contract';
import type { EditorStore } from './editor-store';

/** Operations that run the app's functions (directly, or through the events and jobs they cause). */
export const RUN_OPERATIONS: ReadonlySet<OperationName> = new Set<OperationName>([
  'run.start', 'routes.request', 'payload.event', 'payload.saved.check', 'workspace.write', 'workspace.jobs.act', 'workspace.jobs.enqueue',
]);

type UnsavedEdits = NonNullable<RunSettings['unsavedEdits']>;

/** The unsaved buffers, as `editor.buffers` takes them. */
export function unsavedBuffers(editor: EditorStore): Record<string, string> {
  const buffers: Record<string, string> = {};
  for (const buffer of Object.values(editor.getState().buffers)) {
    if (buffer.status === 'ready' && buffer.dirty && buffer.content !== null) buffers[buffer.path] = buffer.content;
  }
  return buffers;
}

/**
 * What runs is what the user sees. Every operation that runs functions first tells the core the
 * editor's unsaved buffers (it builds from them), or, when the run settings say "save first",
 * saves them. The buffers also follow edits after a short pause, so a call the studio did not
 * start (a route called from curl) runs them too. Wraps the window's one StudioApi, so every Run
 * button, shortcut, composer and saved payload goes through it without knowing.
 */
export function withUnsavedBuffers(api: StudioApi, pushDelayMs = 300) {
  let editor: EditorStore | null = null;
  let sent = '{}';
  let mode: UnsavedEdits | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unsubscribe: (() => void) | null = null;

  const push = async (): Promise<void> => {
    clearTimeout(timer);
    if (!editor) return;
    const buffers = unsavedBuffers(editor);
    const text = JSON.stringify(buffers);
    if (text === sent) return;
    sent = text;
    try {
      await api.call('editor.buffers', { buffers });
    } catch {
      // No app open yet, or the connection dropped: sent again on the next run.
      sent = '';
    }
  };

  const currentMode = async (): Promise<UnsavedEdits> => {
    if (mode === null) mode = (await api.call('run.settings.get', {}).catch(() => null))?.unsavedEdits ?? 'run-buffer';
    return mode;
  };

  const beforeRun = async (): Promise<void> => {
    if (!editor) return;
    if ((await currentMode()) === 'save-first') {
      const dirty = Object.keys(unsavedBuffers(editor));
      await Promise.all(dirty.map((path) => editor!.getState().save(path)));
    }
    await push();
  };

  const wrapped: StudioApi = {
    call: async (name, params) => {
      if (RUN_OPERATIONS.has(name)) await beforeRun();
      const result = await api.call(name, params);
      if (name === 'run.settings.set') mode = (result as RunSettings).unsavedEdits ?? 'run-buffer';
      if (name === 'app.open') {
        // Another app: its settings and an empty buffer set on the core's side.
        mode = null;
        sent = '{}';
      }
      return result;
    },
    on: (name, listener) => api.on(name, listener),
  };

  return {
    api: wrapped,
    /** Follows this editor's buffers from now on. */
    attach(store: EditorStore): void {
      editor = store;
      unsubscribe?.();
      unsubscribe = store.subscribe((state, previous) => {
        if (state.buffers === previous.buffers) return;
        clearTimeout(timer);
        timer = setTimeout(() => void push(), pushDelayMs);
      });
    },
    detach(): void {
      clearTimeout(timer);
      unsubscribe?.();
      unsubscribe = null;
    },
  };
}
