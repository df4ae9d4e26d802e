import { afterEach, describe, expect, it, vi } from 'vitest';
import { studioSocketUrl, WsStudioClient } from './ws-client';
import { StudioError } from './studio-error';

/** Just enough of a WebSocket for the client: records sends, lets the test open, answer and drop it. */
class FakeSocket {
  static readonly OPEN = 1;
  readyState = 0;
  readonly sent: unknown[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {}
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.drop();
  }
  open() {
    this.readyState = FakeSocket.OPEN;
    this.onopen?.();
  }
  receive(message: unknown) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  drop() {
    this.readyState = 3;
    this.onclose?.();
  }
}

function setup() {
  vi.stubGlobal('WebSocket', FakeSocket);
  const sockets: FakeSocket[] = [];
  const client = new WsStudioClient({
    url: 'ws://127.0.0.1:1/ws?token=t',
    initialDelayMs: 10,
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket as unknown as WebSocket;
    },
  });
  return { client, sockets };
}

describe('studioSocketUrl', () => {
  it('carries the page token to the socket', () => {
    expect(studioSocketUrl({ protocol: 'http:', host: '127.0.0.1:4000', search: '?token=abc' })).toBe('ws://127.0.0.1:4000/ws?token=abc');
    expect(studioSocketUrl({ protocol: 'https:', host: 'h', search: '' })).toBe('wss://h/ws');
  });
});

describe('WsStudioClient', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('queues requests until the socket opens and resolves them by id', async () => {
    const { client, sockets } = setup();
    const answer = client.call('app.recent', {});
    sockets[0]!.open();
    expect(sockets[0]!.sent).toEqual([{ type: 'request', id: 1, op: 'app.recent', params: {} }]);
    sockets[0]!.receive({ type: 'response', id: 1, ok: true, result: { apps: [] } });
    await expect(answer).resolves.toEqual({ apps: [] });
  });

  it('rejects with the core’s error code', async () => {
    const { client, sockets } = setup();
    sockets[0]!.open();
    const answer = client.call('file.read', { path: 'x' });
    sockets[0]!.receive({ type: 'response', id: 1, ok: false, error: { code: 'not-found', message: 'x does not exist' } });
    await expect(answer).rejects.toMatchObject({ code: 'not-found', message: 'x does not exist' });
  });

  it('delivers events to listeners', () => {
    const { client, sockets } = setup();
    sockets[0]!.open();
    const seen: unknown[] = [];
    client.on('task.state', (task) => seen.push(task.state));
    sockets[0]!.receive({ type: 'event', event: 'task.state', payload: { id: 'i', label: 'install', state: 'running', exitCode: null } });
    expect(seen).toEqual(['running']);
  });

  it('fails requests in flight on a drop, then reconnects with backoff', async () => {
    vi.useFakeTimers();
    const { client, sockets } = setup();
    const states: string[] = [];
    client.onConnectionState((state) => states.push(state));
    sockets[0]!.open();
    const inFlight = client.call('app.current', {});
    sockets[0]!.drop();
    await expect(inFlight).rejects.toBeInstanceOf(StudioError);
    expect(states).toEqual(['open', 'reconnecting']);
    await vi.advanceTimersByTimeAsync(10);
    expect(sockets).toHaveLength(2);
    sockets[1]!.open();
    expect(states.at(-1)).toBe('open');
  });
});
