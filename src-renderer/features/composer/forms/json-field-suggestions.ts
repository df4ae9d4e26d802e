const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Suggested fields not already in the (parsed) object, in the suggestions' order. */
export function missingFields(value: unknown, suggestions: readonly string[]): string[] {
  const present = isRecord(value) ? value : value === undefined ? {} : null;
  if (!present) return [];
  return suggestions.filter((field) => !Object.hasOwn(present, field));
}

/**
 * Adds `"field": null` before the object's closing brace: a text insertion, so the user's layout
 * and comments-like spacing stay as typed. An empty text becomes a one-field object.
 */
export function insertProperty(text: string, field: string): string {
  const property = `${JSON.stringify(field)}: null`;
  const close = text.lastIndexOf('}');
  if (text.trim() === '' || close < 0) return `{\n  ${property}\n}`;
  const before = text.slice(0, close);
  const hasProperties = /[^\s{]/.test(before.slice(before.indexOf('{') + 1));
  const trimmed = before.replace(/\s*$/, '');
  return `${trimmed}${hasProperties ? ',' : ''}\n  ${property}\n${text.slice(close)}`;
}
