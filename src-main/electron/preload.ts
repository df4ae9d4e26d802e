import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

// The only bridge between the sandboxed renderer and the core: `window.studio.call` and `.on`, on two
// fixed channels. Nothing generic (no raw ipcRenderer, no channel names from the page) is exposed.
const REQUEST_CHANNEL = 'studio:request';
const EVENT_CHANNEL = 'studio:event';

type Listener = (payload: unknown) => void;
const listeners = new Map<string, Set<Listener>>();

ipcRenderer.on(EVENT_CHANNEL, (_event: IpcRendererEvent, message: { event: string; payload: unknown }) => {
  for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
});

contextBridge.exposeInMainWorld('studio', {
  async call(name: string, params: unknown) {
    const outcome = (await ipcRenderer.invoke(REQUEST_CHANNEL, String(name), params)) as
      | { ok: true; result: unknown }
      | { ok: false; error: { code: string; message: string } };
    if (outcome.ok) return outcome.result;
    const error = new Error(outcome.error.message) as Error & { code: string };
    error.code = outcome.error.code;
    throw error;
  },
  on(name: string, listener: Listener) {
    const set = listeners.get(String(name)) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(String(name), set);
    return () => set.delete(listener);
  },
});
