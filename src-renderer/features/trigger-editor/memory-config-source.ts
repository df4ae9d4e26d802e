import { applyTextEdits, type TextEdit } from '../../../src-shared/twenty/source-edit/text-edit';
import type { ConfigSource } from './config-source';

/** A ConfigSource over plain strings: the "model text" of unit tests, with the edits it received. */
export class MemoryConfigSource implements ConfigSource {
  readonly texts = new Map<string, string>();
  readonly applied: { path: string; edits: TextEdit[] }[] = [];
  readonly opened: string[] = [];
  private readonly listeners = new Map<string, Set<() => void>>();

  constructor(files: Record<string, string> = {}) {
    for (const [path, text] of Object.entries(files)) this.texts.set(path, text);
  }

  read(path: string): string | null {
    return this.texts.get(path) ?? null;
  }

  async load(path: string): Promise<string> {
    const text = this.texts.get(path);
    if (text === undefined) throw new Error(`${path} does not exist`);
    return text;
  }

  subscribe(path: string, onChange: () => void): () => void {
    const set = this.listeners.get(path) ?? new Set();
    set.add(onChange);
    this.listeners.set(path, set);
    return () => set.delete(onChange);
  }

  async openForEdit(path: string): Promise<string> {
    if (!this.opened.includes(path)) this.opened.push(path);
    return this.load(path);
  }

  applyEdits(path: string, edits: readonly TextEdit[]): void {
    this.applied.push({ path, edits: [...edits] });
    this.setText(path, applyTextEdits(this.read(path) ?? '', edits));
  }

  /** What typing in the editor does. */
  setText(path: string, text: string): void {
    this.texts.set(path, text);
    for (const listener of this.listeners.get(path) ?? []) listener();
  }
}
