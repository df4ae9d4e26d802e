import type { FSWatcher } from 'chokidar';
import { toAppPath, isIgnoredAppPath } from './app-files';

export interface WatchedChange { path: string; kind: 'add' | 'change' | 'unlink' }

/** Editors save in bursts (write temp, rename, touch); changes within this window are handled as one. */
const SETTLE_MS = 20;

/**
 * Watches an app folder (node_modules, .git and .twenty ignored) and reports changes in batches of
 * relative paths, so one save re-evaluates once.
 */
export class AppWatcher {
  private watcher: FSWatcher | null = null;
  private pending = new Map<string, WatchedChange['kind']>();
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly appDir: string,
    private readonly onChanges: (changes: WatchedChange[]) => void,
    /** A watch error (a symlink loop's ELOOP, EACCES, too many watchers) is reported, never thrown. */
    private readonly onError: (message: string) => void = () => undefined,
  ) {}

  async start(): Promise<void> {
    // Imported on first use: a process that never watches (a one-shot CLI call) does not load chokidar.
    const { watch } = await import('chokidar');
    if (this.closed) return;
    this.watcher = watch(this.appDir, {
      ignoreInitial: true,
      ignored: (path: string) => {
        const relative = toAppPath(this.appDir, path);
        return relative !== '' && (isIgnoredAppPath(relative) || /(^|\/)\.[^/]+\.[0-9a-f]{12}\.tmp$/.test(relative));
      },
    });
    const record = (kind: WatchedChange['kind']) => (path: string) => {
      this.pending.set(toAppPath(this.appDir, path), kind);
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => this.flush(), SETTLE_MS);
    };
    this.watcher.on('add', record('add')).on('change', record('change')).on('unlink', record('unlink'));
    const reported = new Set<string>();
    this.watcher.on('error', (error: unknown) => {
      const { code, path, message } = error as NodeJS.ErrnoException;
      const text = code === 'ELOOP' ? `Not watching ${path ? toAppPath(this.appDir, path) : 'a path'}: it is a symbolic link loop.` : `File watcher: ${message}`;
      // A loop reports itself on every rescan; say it once.
      if (reported.has(text)) return;
      reported.add(text);
      this.onError(text);
    });
    return new Promise((resolve) => this.watcher!.once('ready', () => resolve()));
  }

  private flush(): void {
    this.timer = null;
    const changes = [...this.pending.entries()].map(([path, kind]) => ({ path, kind }));
    this.pending.clear();
    if (changes.length > 0) this.onChanges(changes);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.watcher?.close();
    this.watcher = null;
  }
}
