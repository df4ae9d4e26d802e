import type { AppVariable } from '../../../src-shared/contract';

/** How a variable's value is typed in: the SDK's field types map onto a few kinds of input. */
export type VariableInputKind = 'text' | 'number' | 'boolean' | 'json';

export function inputKind(type: string | null): VariableInputKind {
  switch (type) {
    case 'BOOLEAN':
      return 'boolean';
    case 'NUMBER':
    case 'NUMERIC':
      return 'number';
    case 'ARRAY':
    case 'MULTI_SELECT':
    case 'RAW_JSON':
      return 'json';
    default:
      return 'text';
  }
}

/** The text an input starts with; secrets never show their value (the core only sends a mask). */
export function initialText(variable: AppVariable): string {
  if (variable.isSecret) return '';
  const value = variable.displayValue;
  if (value === null || value === undefined) return '';
  if (inputKind(variable.type) === 'json' || typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Reads what was typed as the variable's type; a value that does not fit says why instead of guessing. */
export function parseVariableText(variable: AppVariable, text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  switch (inputKind(variable.type)) {
    case 'boolean':
      return { ok: true, value: text === 'true' };
    case 'number': {
      const value = Number(text);
      return text.trim() !== '' && Number.isFinite(value) ? { ok: true, value } : { ok: false, message: 'Enter a number.' };
    }
    case 'json':
      try {
        return { ok: true, value: JSON.parse(text) as unknown };
      } catch {
        return { ok: false, message: variable.type === 'RAW_JSON' ? 'Enter valid JSON.' : 'Enter a JSON array, e.g. ["a", "b"].' };
      }
    default:
      return { ok: true, value: text };
  }
}
