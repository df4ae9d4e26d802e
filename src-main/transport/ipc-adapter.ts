import type { EventName, WireMessage } from '../../src-shared/contract';
import type { Studio } from '../core/studio';
import { createDispatcher } from './dispatcher';

/** The channel names the preload and the main process agree on; nothing else crosses the bridge. */
export const IPC_REQUEST_CHANNEL = 'studio:request';
export const IPC_EVENT_CHANNEL = 'studio:event';

/** The parts of Electron's ipcMain and WebContents the adapter uses, so tests can pass fakes. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: { url: string } | null; sender: { id: number } }, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}
export interface WebContentsLike {
  id: number;
  send(channel: string, message: WireMessage): void;
  isDestroyed(): boolean;
}

/**
 * Electron transport: requests arrive on one channel and are answered only for the studio's own window
 * and only when they come from our renderer's page (file:// or the dev server), never from a frame that
 * navigated elsewhere.
 */
export function attachIpcAdapter(studio: Studio, ipcMain: IpcMainLike, window: WebContentsLike, isTrustedUrl: (url: string) => boolean): () => void {
  const dispatch = createDispatcher(studio.handlers);
  ipcMain.handle(IPC_REQUEST_CHANNEL, async (event, op, params) => {
    const url = event.senderFrame?.url ?? '';
    if (event.sender.id !== window.id || !isTrustedUrl(url)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Request from an untrusted frame refused.' } };
    }
    return dispatch(String(op), params);
  });
  const unsubscribe = studio.onEvent((event: EventName, payload) => {
    if (!window.isDestroyed()) window.send(IPC_EVENT_CHANNEL, { type: 'event', event, payload });
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_REQUEST_CHANNEL);
  };
}
