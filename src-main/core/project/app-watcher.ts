import { watch, type FSWatcher } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isIgnoredAppPath } from './app-files';

export interface WatchedChange { path: string; kind: 'add' | 'change' | 'unlink' }

/** Editors save in bursts (write temp, rename, touch); changes within this window are handled as one. */
const SETTLE_MS = 20;
/** The studio's own atomic saves write `.<name>.<12 hex>.tmp` beside the file first. */
const STUDIO_TEMP_FILE = /(^|\/)\.[^/]+\.[0-9a-f]{12}\.tmp$/;

const parentOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const isUnder = (path: string, folder: string): boolean => folder === '' || path.startsWith(`${folder}/`);

/**
 * Watches an app folder (node_modules, .git and .twenty ignored) and reports changes in batches of
 * relative paths, so one save re-evaluates once.
 *
 * One `fs.watch` per folder, and an event is answered by a `stat` of the one entry it names. chokidar
 * (used before) re-read the whole folder, an lstat per entry, on every event in it: 10 ms of CPU per
 * save in a 40-file folder and 20 ms in a 200-file one, measured on this 2-core machine, on the cores
 * the save's rebuild and model update need. Symbolic links are followed, as chokidar did; a link back
 * to a folder above it is reported once as a loop and not followed.
 */
export class AppWatcher {
  /** Known files, relative to the app. */
  private readonly files = new Set<string>();
  /** Watched folders ('' is the app folder) and their real paths (for loops). */
  private readonly folders = new Map<string, { watcher: FSWatcher | null; real: string }>();
  /** The latest check of each path: an older one that finishes later is ignored. */
  private readonly checks = new Map<string, number>();
  private readonly pending = new Map<string, WatchedChange['kind']>();
  private readonly reported = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly appDir: string,
    private readonly onChanges: (changes: WatchedChange[]) => void,
    /** A watch error (a symlink loop, EACCES, too many watchers) is reported, never thrown. */
    private readonly onError: (message: string) => void = () => undefined,
  ) {}

  /** Resolves once every folder is watched (changes after it are reported; what is there now is not). */
  async start(): Promise<void> {
    await this.addFolder('', false);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const { watcher } of this.folders.values()) watcher?.close();
    this.folders.clear();
  }

  private absolute(path: string): string {
    return path === '' ? this.appDir : join(this.appDir, path);
  }

  private ignored(path: string): boolean {
    return isIgnoredAppPath(path) || STUDIO_TEMP_FILE.test(path);
  }

  private report(message: string): void {
    // A loop or a limit would otherwise say so at every rescan.
    if (this.reported.has(message)) return;
    this.reported.add(message);
    this.onError(message);
  }

  private record(path: string, kind: WatchedChange['kind']): void {
    if (this.closed) return;
    // An add then a change within one batch is still an add; an unlink then an add is a change.
    const previous = this.pending.get(path);
    this.pending.set(path, previous === 'add' && kind === 'change' ? 'add' : previous === 'unlink' && kind === 'add' ? 'change' : kind);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), SETTLE_MS);
  }

  private flush(): void {
    this.timer = null;
    const changes = [...this.pending.entries()].map(([path, kind]) => ({ path, kind }));
    this.pending.clear();
    if (changes.length > 0 && !this.closed) this.onChanges(changes);
  }

  /** Watches a folder and everything under it; `report` says its files are new (an add each). */
  private async addFolder(path: string, report: boolean): Promise<void> {
    if (this.closed || this.folders.has(path)) return;
    let real: string;
    try {
      real = await realpath(this.absolute(path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ELOOP') this.report(`Not watching ${path}: it is a symbolic link loop.`);
      return;
    }
    for (let ancestor = path; ancestor !== ''; ) {
      ancestor = parentOf(ancestor);
      if (this.folders.get(ancestor)?.real === real) {
        this.report(`Not watching ${path}: it is a symbolic link loop.`);
        return;
      }
    }
    if (this.closed || this.folders.has(path)) return;
    let watcher: FSWatcher | null = null;
    try {
      watcher = watch(this.absolute(path), (_event, name) => this.onEvent(path, name === null ? null : String(name)));
      watcher.on('error', (error) => {
        // The folder went away (its parent's event removes it) or the system refused: stop watching it.
        watcher?.close();
        const entry = this.folders.get(path);
        if (entry?.watcher === watcher) entry.watcher = null;
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'EPERM') this.report(`File watcher: ${error.message}`);
      });
    } catch (error) {
      this.report(`File watcher: cannot watch ${path || 'the app folder'} (${(error as Error).message}).`);
    }
    this.folders.set(path, { watcher, real });
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(this.absolute(path), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = path === '' ? entry.name : `${path}/${entry.name}`;
      if (this.ignored(child)) continue;
      if (entry.isDirectory()) await this.addFolder(child, report);
      else if (entry.isSymbolicLink()) await this.check(child, report);
      else this.addFile(child, report);
    }
  }

  private addFile(path: string, report: boolean): void {
    if (this.files.has(path)) return;
    this.files.add(path);
    if (report) this.record(path, 'add');
  }

  private removeFolder(folder: string): void {
    for (const [path, { watcher }] of [...this.folders]) {
      if (path === folder || isUnder(path, folder)) {
        watcher?.close();
        this.folders.delete(path);
      }
    }
    for (const path of [...this.files]) {
      if (isUnder(path, folder)) {
        this.files.delete(path);
        this.record(path, 'unlink');
      }
    }
  }

  private onEvent(folder: string, name: string | null): void {
    if (this.closed) return;
    if (name === null) {
      void this.rescan(folder);
      return;
    }
    const path = folder === '' ? name : `${folder}/${name}`;
    if (this.ignored(path)) return;
    void this.check(path, true);
  }

  /** What one entry is now: a file (added or changed), a folder (watched), or gone. */
  private async check(path: string, report: boolean): Promise<void> {
    const generation = (this.checks.get(path) ?? 0) + 1;
    this.checks.set(path, generation);
    let kind: 'file' | 'folder' | 'missing';
    try {
      kind = (await stat(this.absolute(path))).isDirectory() ? 'folder' : 'file';
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ELOOP') this.report(`Not watching ${path}: it is a symbolic link loop.`);
      kind = 'missing';
    }
    if (this.checks.get(path) !== generation || this.closed) return;
    this.checks.delete(path);
    if (kind !== 'folder' && this.folders.has(path)) this.removeFolder(path);
    if (kind === 'missing') {
      if (this.files.delete(path)) this.record(path, 'unlink');
    } else if (kind === 'file') {
      if (this.files.has(path)) this.record(path, 'change');
      else this.addFile(path, report);
    } else {
      if (this.files.delete(path)) this.record(path, 'unlink');
      await this.addFolder(path, report);
    }
  }

  /** The system did not say which entry changed: compare the folder with what is known of it. */
  private async rescan(folder: string): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.absolute(folder));
    } catch {
      names = [];
    }
    const present = new Set(names.map((name) => (folder === '' ? name : `${folder}/${name}`)));
    const known = [...this.files, ...this.folders.keys()].filter((path) => path !== folder && parentOf(path) === folder);
    for (const path of new Set([...present, ...known])) {
      if (!this.ignored(path)) await this.check(path, true);
    }
  }
}
