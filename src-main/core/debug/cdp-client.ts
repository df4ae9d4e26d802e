import type WebSocket from 'ws';
import { requireHere } from '../lazy-require';

type Listener = (params: Record<string, unknown>) => void;

/** A protocol request the debugged process did not answer: it ended, or the socket broke. */
export class CdpClosedError extends Error {
  constructor(method: string) {
    super(`The debugged process is gone (no answer to ${method}).`);
  }
}

/**
 * A Chrome DevTools Protocol client over one WebSocket to a Node inspector: requests answered by
 * id, events by method name. The inspector is on loopback; nothing here listens, it only connects.
 */
export class CdpClient {
  private nextId = 1;
  private readonly pending = new Map<number, { method: string; resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly closeListeners = new Set<() => void>();
  private isClosed = false;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => this.receive(String(data)));
    socket.on('close', () => this.markClosed());
    // After the open, an error always comes with a close; listening keeps it from throwing.
    socket.on('error', () => undefined);
  }

  /** Connects, or rejects within `timeoutMs` (the inspector's process may die before we get there). */
  static async connect(url: string, timeoutMs = 5_000): Promise<CdpClient> {
    const parsed = new URL(url);
    if (parsed.protocol !== 'ws:' || !['127.0.0.1', '[::1]', 'localhost'].includes(parsed.hostname)) {
      throw new Error(`Refusing to attach to ${url}: the inspector must be on loopback.`);
    }
    // Required on first use: only a debug session needs it, and a one-shot CLI call should not load it.
    // (require, not import(): code with import() is not compiled from the CLI's code cache, code-cache.ts.)
    const WebSocketClass = requireHere('ws') as typeof WebSocket;
    return new Promise((resolve, reject) => {
      const socket = new WebSocketClass(url, { perMessageDeflate: false, handshakeTimeout: timeoutMs });
      const timer = setTimeout(() => {
        socket.terminate();
        reject(new Error(`Could not attach to the inspector at ${url} within ${timeoutMs} ms.`));
      }, timeoutMs);
      socket.once('open', () => {
        clearTimeout(timer);
        resolve(new CdpClient(socket));
      });
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`Could not attach to the inspector at ${url}: ${error.message}`));
      });
    });
  }

  get closed(): boolean {
    return this.isClosed;
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    if (this.isClosed) return Promise.reject(new CdpClosedError(method));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { method, resolve: resolve as (value: unknown) => void, reject });
      this.socket.send(JSON.stringify({ id, method, params }), (error) => {
        if (!error) return;
        this.pending.delete(id);
        reject(new CdpClosedError(method));
      });
    });
  }

  on(method: string, listener: Listener): () => void {
    let set = this.listeners.get(method);
    if (!set) this.listeners.set(method, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  onClose(listener: () => void): void {
    if (this.isClosed) listener();
    else this.closeListeners.add(listener);
  }

  close(): void {
    if (this.isClosed) return;
    this.socket.close();
    // Whatever the other side does, requests in flight fail now rather than hang.
    this.markClosed();
  }

  private receive(text: string): void {
    let message: { id?: number; method?: string; params?: Record<string, unknown>; result?: unknown; error?: { message?: string } };
    try {
      message = JSON.parse(text) as typeof message;
    } catch {
      return; // Not ours to crash on: a garbled frame is dropped.
    }
    if (typeof message.id === 'number') {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message ?? 'failed'}`));
      else waiting.resolve(message.result ?? {});
      return;
    }
    if (typeof message.method === 'string') {
      for (const listener of this.listeners.get(message.method) ?? []) {
        try {
          listener(message.params ?? {});
        } catch {
          // One listener's bug does not stop the others.
        }
      }
    }
  }

  private markClosed(): void {
    if (this.isClosed) return;
    this.isClosed = true;
    for (const [, waiting] of this.pending) waiting.reject(new CdpClosedError(waiting.method));
    this.pending.clear();
    for (const listener of this.closeListeners) listener();
    this.closeListeners.clear();
  }
}
