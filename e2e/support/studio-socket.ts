import WebSocket from 'ws';

/**
 * The contract over the studio's WebSocket, from the test process (not the page): for seeding a
 * workspace through the API, as a script or the CLI would, without going through the window.
 */
export class StudioSocket {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as { type: string; id?: number; ok?: boolean; result?: unknown; error?: { message: string } };
      if (message.type !== 'response' || message.id === undefined) return;
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.ok) waiter?.resolve(message.result);
      else waiter?.reject(new Error(message.error?.message ?? 'request failed'));
    });
  }

  static async connect(studioUrl: string): Promise<StudioSocket> {
    const url = new URL(studioUrl);
    const socket = new WebSocket(`ws://${url.host}/ws?token=${url.searchParams.get('token')}`);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new StudioSocket(socket);
  }

  call<T = unknown>(op: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.socket.send(JSON.stringify({ type: 'request', id, op, params }));
    });
  }

  /** Runs `count` calls with at most `parallel` in flight. */
  async many(count: number, parallel: number, make: (index: number) => [string, unknown]): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < count) {
        const index = next++;
        const [op, params] = make(index);
        await this.call(op, params);
      }
    };
    await Promise.all(Array.from({ length: parallel }, worker));
  }

  close(): void {
    this.socket.close();
  }
}
