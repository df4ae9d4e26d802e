import type {
  EventName,
  EventPayload,
  OperationName,
  OperationParams,
  OperationResult,
  StudioApi,
  WireMessage,
} from '../../src-shared/contract';
import { StudioError } from './studio-error';

export type ConnectionState = 'connecting' | 'open' | 'reconnecting';

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

type SocketFactory = (url: string) => WebSocket;

export interface WsClientOptions {
  url: string;
  createSocket?: SocketFactory;
  /** First reconnect delay; doubles up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

/** The ws URL for the page: same host, `/ws`, carrying the page's `?token=` when it has one. */
export function studioSocketUrl(location: Pick<Location, 'protocol' | 'host' | 'search'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const token = new URLSearchParams(location.search).get('token');
  return `${scheme}//${location.host}/ws${token ? `?token=${encodeURIComponent(token)}` : ''}`;
}

/**
 * Browser mode's StudioApi over one WebSocket. Requests made while disconnected wait for the next
 * connection; requests in flight when the socket drops fail, because the core may or may not have
 * acted on them and only the caller knows whether retrying is safe.
 */
export class WsStudioClient implements StudioApi {
  private socket: WebSocket | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Requests waiting for a connection; everything else in `pending` has been sent. */
  private readonly queued = new Map<number, string>();
  private readonly eventListeners = new Map<string, Set<(payload: unknown) => void>>();
  private readonly stateListeners = new Set<(state: ConnectionState) => void>();
  private state: ConnectionState = 'connecting';
  private delayMs: number;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  private readonly createSocket: SocketFactory;

  constructor(private readonly options: WsClientOptions) {
    this.createSocket = options.createSocket ?? ((url) => new WebSocket(url));
    this.delayMs = options.initialDelayMs ?? 250;
    this.connect();
  }

  call<N extends OperationName>(name: N, params: OperationParams<N>): Promise<OperationResult<N>> {
    const id = this.nextId++;
    const message = JSON.stringify({ type: 'request', id, op: name, params });
    return new Promise<OperationResult<N>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
      if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(message);
      else this.queued.set(id, message);
    });
  }

  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void {
    let listeners = this.eventListeners.get(name);
    if (!listeners) this.eventListeners.set(name, (listeners = new Set()));
    const untyped = listener as (payload: unknown) => void;
    listeners.add(untyped);
    return () => listeners.delete(untyped);
  }

  get connectionState(): ConnectionState {
    return this.state;
  }

  onConnectionState(listener: (state: ConnectionState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  close(): void {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.socket?.close();
  }

  private connect(): void {
    const socket = this.createSocket(this.options.url);
    this.socket = socket;
    socket.onopen = () => {
      this.delayMs = this.options.initialDelayMs ?? 250;
      this.setState('open');
      for (const message of this.queued.values()) socket.send(message);
      this.queued.clear();
    };
    socket.onmessage = (event) => this.receive(String(event.data));
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.failInFlight();
      if (this.closed) return;
      this.setState('reconnecting');
      this.reconnectTimer = setTimeout(() => this.connect(), this.delayMs);
      this.delayMs = Math.min(this.delayMs * 2, this.options.maxDelayMs ?? 5000);
    };
    // An error is always followed by close, which does the recovery.
    socket.onerror = () => undefined;
  }

  private receive(data: string): void {
    let message: WireMessage;
    try {
      message = JSON.parse(data) as WireMessage;
    } catch {
      console.warn('studio: ignoring a message that is not JSON');
      return;
    }
    if (message.type === 'response') {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.ok) pending.resolve(message.result);
      else pending.reject(new StudioError(message.error.code, message.error.message));
    } else if (message.type === 'event') {
      for (const listener of this.eventListeners.get(message.event) ?? []) {
        try {
          listener(message.payload);
        } catch (error) {
          // One broken listener must not starve the others of the same event.
          console.error(`studio: listener for ${message.event} failed`, error);
        }
      }
    }
  }

  private failInFlight(): void {
    const error = new StudioError('disconnected', 'The connection to the studio was lost before it answered.');
    for (const [id, pending] of this.pending) {
      if (this.queued.has(id)) continue;
      pending.reject(error);
      this.pending.delete(id);
    }
  }

  private setState(state: ConnectionState): void {
    if (this.state === state) return;
    this.state = state;
    for (const listener of this.stateListeners) listener(state);
  }
}
