import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OfflineApiCall } from '../../../src-shared/contract';

export const OFFLINE_API_MESSAGE =
  'No Twenty server is configured for this app in Twenty App Studio, so this call went to the studio\'s offline endpoint. Choose a Remote target (a server from ~/.twenty/config.json or a URL and API key) to call a real workspace.';

/**
 * The Offline target: TWENTY_API_URL points here. Every request is recorded and answered with a
 * GraphQL-shaped error saying that no server is configured, so the function's own error handling is
 * exercised and the developer sees why. Loopback only.
 */
export class OfflineApiServer {
  private server: Server | null = null;
  private readonly calls: OfflineApiCall[] = [];
  url = '';

  constructor(private readonly onCall: (call: OfflineApiCall) => void = () => undefined) {}

  async start(): Promise<string> {
    if (this.server) return this.url;
    this.server = createServer((request, response) => {
      // Tokens are per run: the run id rides in the token so a call can be attributed to its run.
      const token = (request.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
      const runId = token.startsWith('offline-') ? token.slice('offline-'.length) : null;
      const call: OfflineApiCall = { runId, method: request.method ?? 'GET', path: request.url ?? '/', time: new Date().toISOString() };
      this.calls.push(call);
      if (this.calls.length > 1000) this.calls.shift();
      this.onCall(call);
      request.resume();
      request.on('end', () => {
        response.writeHead(503, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errors: [{ message: OFFLINE_API_MESSAGE, extensions: { code: 'TWENTY_STUDIO_OFFLINE' } }] }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  callsOf(runId: string): OfflineApiCall[] {
    return this.calls.filter((call) => call.runId === runId);
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
