import { createContext, useContext } from 'react';
import type { TextEdit } from '../../../src-shared/twenty/source-edit/text-edit';

/**
 * Where the trigger form reads a function file's text and writes its edits. In the window this is
 * Monaco (`monaco-config-source.ts`: the open model, or a background model for a file no tab shows);
 * in unit tests an in-memory text (`memory-config-source.ts`), so the form is tested without Monaco.
 */
export interface ConfigSource {
  /** The file's current text when it is loaded, else null. */
  read(path: string): string | null;
  /** Loads the file's text (from the open model, else from disk into a background model). */
  load(path: string): Promise<string>;
  /** Calls `onChange` whenever the text changes (typing, undo, a reload from disk). */
  subscribe(path: string, onChange: () => void): () => void;
  /**
   * Makes the file editable as a tab (so the edit is undoable, marks the tab dirty and is saved by the
   * usual save) and returns the text the edit must be computed on.
   */
  openForEdit(path: string): Promise<string>;
  /** Applies edits of the text `openForEdit` returned, as one undoable step. */
  applyEdits(path: string, edits: readonly TextEdit[]): void;
}

const ConfigSourceContext = createContext<ConfigSource | null>(null);

export const ConfigSourceProvider = ConfigSourceContext.Provider;

/** Null outside a provider: the inspector then shows the evaluated config read-only, as before. */
export function useConfigSource(): ConfigSource | null {
  return useContext(ConfigSourceContext);
}
