import { join } from 'node:path';
import { breakpointStoreStateSchema, type Breakpoint, type BreakpointStoreState, type ExceptionMode, type FileBreakpoints } from '../../../src-shared/contract/breakpoints';
import { readJsonFile, writeJsonFile } from '../user-data/json-file';

const EMPTY: BreakpointStoreState = { files: [], exceptions: 'none' };

/** One breakpoint per line, in line order; a file without breakpoints is dropped. */
const normalize = (breakpoints: Breakpoint[]): Breakpoint[] => {
  const byLine = new Map<number, Breakpoint>();
  for (const breakpoint of breakpoints) {
    const clean: Breakpoint = { line: breakpoint.line, enabled: breakpoint.enabled };
    if (breakpoint.condition?.trim()) clean.condition = breakpoint.condition.trim();
    if (breakpoint.logMessage?.trim()) clean.logMessage = breakpoint.logMessage.trim();
    byLine.set(breakpoint.line, clean);
  }
  return [...byLine.values()].sort((a, b) => a.line - b.line);
};

/**
 * The app's breakpoints and exception mode, kept in the user data folder (`breakpoints.json` in the
 * app's folder there): they are the developer's, not the app's, so they stay out of the app's git.
 */
export class BreakpointStore {
  private state: Promise<BreakpointStoreState> | null = null;
  private writes: Promise<void> = Promise.resolve();

  constructor(private readonly appDataDir: string) {}

  private get path(): string {
    return join(this.appDataDir, 'breakpoints.json');
  }

  get(): Promise<BreakpointStoreState> {
    this.state ??= readJsonFile(this.path, breakpointStoreStateSchema, EMPTY);
    return this.state;
  }

  async forFile(file: string): Promise<Breakpoint[]> {
    return (await this.get()).files.find((entry) => entry.file === file)?.breakpoints ?? [];
  }

  async setFile(entry: FileBreakpoints): Promise<BreakpointStoreState> {
    const current = await this.get();
    const breakpoints = normalize(entry.breakpoints);
    const files = current.files.filter((existing) => existing.file !== entry.file);
    if (breakpoints.length > 0) files.push({ file: entry.file, breakpoints });
    files.sort((a, b) => a.file.localeCompare(b.file));
    return this.save({ ...current, files });
  }

  async setExceptions(mode: ExceptionMode): Promise<BreakpointStoreState> {
    return this.save({ ...(await this.get()), exceptions: mode });
  }

  private save(next: BreakpointStoreState): Promise<BreakpointStoreState> {
    this.state = Promise.resolve(next);
    // Writes one after the other: the file always holds the latest state.
    this.writes = this.writes.then(() => writeJsonFile(this.path, next)).catch(() => undefined);
    return this.writes.then(() => next);
  }
}
