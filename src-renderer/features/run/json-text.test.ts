import { describe, expect, it } from 'vitest';
import { lineAndColumn, parseJsonText } from './json-text';

describe('parseJsonText', () => {
  it('parses any JSON value', () => {
    expect(parseJsonText(' [1, {"a": null}] ')).toEqual({ ok: true, value: [1, { a: null }] });
    expect(parseJsonText('"text"')).toEqual({ ok: true, value: 'text' });
  });

  it('locates the error by line and column', () => {
    const result = parseJsonText('{\n  "a": 1,\n  b: 2\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect([result.line, result.column]).toEqual([3, 3]);
      expect(result.message).not.toMatch(/position|line \d+ column/);
    }
  });

  it('refuses an empty text', () => {
    expect(parseJsonText('  ').ok).toBe(false);
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('', 0)).toEqual({ line: 1, column: 1 });
  });
});
