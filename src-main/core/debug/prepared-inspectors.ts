import { CdpClient } from './cdp-client';

/** Scripts of the runner and of Node itself: blackboxed, so steps never stop there. */
export const BLACKBOX_PATTERNS = ['^node:', 'run-child[^/]*\\.[cm]?js$'];

/** A connection to a run child's inspector with the domains a session needs already enabled. */
export interface PreparedInspector {
  client: CdpClient;
  /** Scripts the child had parsed before a session took the connection (scriptId -> URL). */
  scriptUrls: Map<string, string>;
  /** Stops recording scriptParsed here (the session records them from then on). */
  release(): void;
}

/**
 * Everything a session sends before it can place breakpoints, sent together: the inspector answers
 * in order, and Debugger.enable (which reports every script Node has loaded) is the slow one.
 */
export function enableDomains(client: CdpClient): Promise<unknown> {
  return Promise.all([
    client.send('Runtime.enable'),
    client.send('Debugger.enable', { maxScriptsCacheSize: 10_000_000 }),
    client.send('Debugger.setAsyncCallStackDepth', { maxDepth: 16 }),
    client.send('Debugger.setBlackboxPatterns', { patterns: BLACKBOX_PATTERNS }),
  ]);
}

/**
 * Debug-ready children (FunctionRunner.warmInspected) are attached while idle: the WebSocket is
 * opened and the Runtime and Debugger domains enabled ahead of the Debug, so a debug run only
 * places its breakpoints before the function is handed over. One connection per inspector URL,
 * taken at most once; a child that dies idle takes its connection with it.
 */
export class PreparedInspectors {
  private readonly prepared = new Map<string, Promise<PreparedInspector | null>>();
  private disposed = false;

  constructor(private readonly connect: (url: string) => Promise<CdpClient> = (url) => CdpClient.connect(url)) {}

  /** Attaches to an idle child's inspector (ignored when already prepared or disposed). */
  prepare(url: string): void {
    if (this.disposed || this.prepared.has(url)) return;
    const preparing = this.connect(url).then(async (client) => {
      const scriptUrls = new Map<string, string>();
      const stop = client.on('Debugger.scriptParsed', (params) => {
        if (typeof params.scriptId === 'string' && typeof params.url === 'string') scriptUrls.set(params.scriptId, params.url);
      });
      client.onClose(() => {
        if (this.prepared.get(url) === preparing) this.prepared.delete(url);
      });
      await enableDomains(client);
      return { client, scriptUrls, release: stop };
    }).catch(() => {
      // The child went away before we got there: the Debug will start one of its own.
      if (this.prepared.get(url) === preparing) this.prepared.delete(url);
      return null;
    });
    this.prepared.set(url, preparing);
  }

  /** The prepared connection to this inspector, once (null when none is prepared or it failed). */
  async take(url: string): Promise<PreparedInspector | null> {
    const preparing = this.prepared.get(url);
    if (!preparing) return null;
    this.prepared.delete(url);
    const prepared = await preparing;
    return prepared && !prepared.client.closed ? prepared : null;
  }

  /** Connections prepared and not taken (tests). */
  get size(): number {
    return this.prepared.size;
  }

  dispose(): void {
    this.disposed = true;
    for (const preparing of this.prepared.values()) void preparing.then((prepared) => prepared?.client.close());
    this.prepared.clear();
  }
}
