import { applyConfigEdit, type ConfigEdit } from '../../../src-shared/twenty/source-edit/config-edits';
import type { ConfigSource } from './config-source';

export type ConfigEditOutcome = { ok: true; changed: boolean } | { ok: false; reason: string };

/**
 * One form change: computed on the text the file has right now (after it is open as a tab) and
 * applied only when applyConfigEdit accepts it, so a refused edit leaves the file exactly as it was.
 */
export async function runConfigEdit(source: ConfigSource, path: string, edit: ConfigEdit): Promise<ConfigEditOutcome> {
  let text: string;
  try {
    text = await source.openForEdit(path);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const result = applyConfigEdit(text, path, edit);
  if (!result.ok) return result;
  if (result.edits.length === 0) return { ok: true, changed: false };
  source.applyEdits(path, result.edits);
  return { ok: true, changed: true };
}

/** 1-based line and column of an offset, for revealing a range in the editor. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
