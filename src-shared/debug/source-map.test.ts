import { describe, expect, it } from 'vitest';
import { logMessageExpression, protocolCondition } from './logpoint';
import { formatRemoteObject } from './remote-value';
import { SourceMapFormatError, SourceMapIndex, decodeMappings } from './source-map';

/** Encodes segments the way a bundler writes them (base64 VLQ, fields relative). */
const encodeVlq = (value: number): string => {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let vlq = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = vlq & 31;
    vlq >>>= 5;
    if (vlq > 0) digit |= 32;
    out += chars[digit];
  } while (vlq > 0);
  return out;
};
const encode = (lines: [number, number, number, number][][]): string => {
  let source = 0;
  let originalLine = 0;
  let originalColumn = 0;
  return lines.map((segments) => {
    let column = 0;
    return segments.map(([generatedColumn, s, line, col]) => {
      const text = [generatedColumn - column, s - source, line - originalLine, col - originalColumn].map(encodeVlq).join('');
      column = generatedColumn;
      source = s;
      originalLine = line;
      originalColumn = col;
      return text;
    }).join(',');
  }).join(';');
};

// Generated line 0: banner (unmapped); line 1: original line 4 of a.ts; line 2: lines 6 and 7 of
// a.ts on one line; line 3: line 2 of lib.js (another source).
const map = {
  version: 3,
  sources: ['../src/a.ts', '../node_modules/lib/lib.js'],
  sourcesContent: ['a', null],
  mappings: encode([[], [[2, 0, 4, 2], [10, 0, 4, 9]], [[0, 0, 6, 0], [20, 0, 7, 4]], [[4, 1, 2, 0]]]),
};

describe('source maps', () => {
  it('decodes base64 VLQ mappings, negative deltas and multi-digit values included', () => {
    const segments = decodeMappings(encode([[[0, 0, 40, 3]], [[100, 0, 2, 0]]]));
    expect(segments).toEqual([
      { generatedLine: 0, generatedColumn: 0, source: 0, originalLine: 40, originalColumn: 3 },
      { generatedLine: 1, generatedColumn: 100, source: 0, originalLine: 2, originalColumn: 0 },
    ]);
    expect(() => decodeMappings('AA!A')).toThrow(SourceMapFormatError);
  });

  it('maps a breakpoint line to the first generated position of that line', () => {
    const index = new SourceMapIndex(map);
    expect(index.breakpointLocation(0, 4)).toEqual({ line: 4, generated: { line: 1, column: 2 } });
    expect(index.breakpointLocation(0, 7)).toEqual({ line: 7, generated: { line: 2, column: 20 } });
  });

  it('moves a breakpoint on a line without code to the next line with code, and gives up past the last', () => {
    const index = new SourceMapIndex(map);
    expect(index.breakpointLocation(0, 5)).toEqual({ line: 6, generated: { line: 2, column: 0 } });
    expect(index.breakpointLocation(0, 0)?.line).toBe(4);
    expect(index.breakpointLocation(0, 8)).toBeNull();
    expect(index.linesWithCode(0)).toEqual([4, 6, 7]);
  });

  it('maps a paused position back to the original line, per source', () => {
    const index = new SourceMapIndex(map);
    expect(index.originalPositionFor(1, 12)).toEqual({ source: 0, line: 4, column: 9 });
    expect(index.originalPositionFor(2, 19)).toEqual({ source: 0, line: 6, column: 0 });
    expect(index.originalPositionFor(2, 25)).toEqual({ source: 0, line: 7, column: 4 });
    expect(index.originalPositionFor(3, 4)).toEqual({ source: 1, line: 2, column: 0 });
    // Before the first segment of a line: that segment; an unmapped line: nothing.
    expect(index.originalPositionFor(1, 0)).toEqual({ source: 0, line: 4, column: 2 });
    expect(index.originalPositionFor(0, 5)).toBeNull();
  });

  it('refuses what is not a version 3 map', () => {
    expect(() => new SourceMapIndex({ version: 2, sources: [], mappings: '' })).toThrow(SourceMapFormatError);
  });
});

describe('logpoints and conditions', () => {
  it('turns a log message into a console.log of a template, text escaped', () => {
    expect(logMessageExpression('x is {x}, sum {a + b}')).toBe('console.log(`x is ${x}, sum ${a + b}`)');
    expect(logMessageExpression('a `tick`, a \\ and ${unclosed')).toBe('console.log(`a \\`tick\\`, a \\\\ and \\${unclosed`)');
  });

  it('makes a logpoint a condition that prints and is never true', () => {
    expect(protocolCondition({ condition: ' n > 1 ' })).toBe('n > 1');
    expect(protocolCondition({})).toBeUndefined();
    const logpoint = protocolCondition({ logMessage: 'n={n}', condition: 'n > 1' })!;
    const logged: string[] = [];
    const run = (n: number) => new Function('n', 'console', `return ${logpoint};`)(n, { log: (text: string) => logged.push(text) });
    expect(run(2)).toBe(false);
    expect(run(0)).toBe(false);
    expect(logged).toEqual(['n=2']);
  });
});

describe('values', () => {
  it('shows primitives, objects with a preview, arrays, functions and null', () => {
    expect(formatRemoteObject({ type: 'string', value: 'hi' }).display).toBe('"hi"');
    expect(formatRemoteObject({ type: 'number', value: 42, description: '42' }).display).toBe('42');
    expect(formatRemoteObject({ type: 'number', unserializableValue: 'NaN', description: 'NaN' }).display).toBe('NaN');
    expect(formatRemoteObject({ type: 'object', subtype: 'null', value: null }).display).toBe('null');
    expect(formatRemoteObject({
      type: 'object', className: 'Object', description: 'Object', objectId: '1',
      preview: { properties: [{ name: 'a', type: 'number', value: '1' }, { name: 'b', type: 'string', value: 'x' }] },
    })).toEqual({ type: 'object', objectId: '1', display: '{a: 1, b: "x"}' });
    expect(formatRemoteObject({
      type: 'object', subtype: 'array', description: 'Array(3)', objectId: '2',
      preview: { properties: [{ name: '0', type: 'number', value: '1' }, { name: '1', type: 'number', value: '2' }], overflow: true },
    }).display).toBe('Array(3) [1, 2, …]');
    expect(formatRemoteObject({ type: 'function', description: 'async function handler(payload) {\n  ...\n}', objectId: '3' }).display).toBe('ƒ async handler(payload)');
  });
});
