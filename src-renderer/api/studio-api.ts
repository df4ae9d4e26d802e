import type { StudioApi } from '../../src-shared/contract';
import { studioSocketUrl, WsStudioClient, type ConnectionState } from './ws-client';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    studio?: StudioApi;
  }
}

/** The transport's health, for the "Disconnected — reconnecting" bar. IPC never disconnects. */
export interface StudioConnection {
  readonly connectionState: ConnectionState;
  onConnectionState(listener: (state: ConnectionState) => void): () => void;
}

export interface StudioClient {
  api: StudioApi;
  connection: StudioConnection;
}

const alwaysOpen: StudioConnection = { connectionState: 'open', onConnectionState: () => () => undefined };

/** Electron's preload bridge when present, otherwise the WebSocket of browser mode. */
export function createStudioClient(): StudioClient {
  if (window.studio) return { api: window.studio, connection: alwaysOpen };
  const client = new WsStudioClient({ url: studioSocketUrl(window.location) });
  return { api: client, connection: client };
}
