/** The outcome of reading what the user typed in a JSON field. */
export type JsonTextResult =
  | { ok: true; value: unknown }
  | { ok: false; message: string; line: number; column: number; position: number };

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(position, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/**
 * Parses JSON and, when it fails, says where. Engines word the error differently ("at position 12",
 * "(line 1 column 13)", or nothing for a truncated text, which fails at its end); the position is
 * what they share, so line and column are computed here from it.
 */
export function parseJsonText(text: string): JsonTextResult {
  if (text.trim() === '') return { ok: false, message: 'Enter a JSON value (for example {}).', line: 1, column: 1, position: 0 };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const match = /position (\d+)/.exec(raw);
    const position = match ? Number(match[1]) : text.length;
    const { line, column } = lineAndColumn(text, position);
    // The engine's own location suffix would repeat (or contradict) ours.
    const message = raw.replace(/\s*\(line \d+ column \d+\)/, '').replace(/\s+at position \d+/, '').replace(/^JSON\.parse: /, '');
    return { ok: false, message, line, column, position };
  }
}

/** Pretty JSON for an editor; `undefined` (no payload recorded) becomes `{}`. */
export function formatJson(value: unknown): string {
  return JSON.stringify(value === undefined ? {} : value, null, 2) ?? '{}';
}
