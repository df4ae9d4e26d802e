import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConsoleEntry } from '../../../src-shared/contract';
import { ConsoleBatcher, splitBatches } from './console-batcher';

const entry = (text: string, level: ConsoleEntry['level'] = 'INFO'): ConsoleEntry => ({ source: 'run-1', label: 'fn', level, text, time: '2026-01-01T00:00:00.000Z' });
const lines = (from: number, count: number): string => Array.from({ length: count }, (_, index) => `line ${from + index}\n`).join('');
const textOf = (batches: ConsoleEntry[][]): string => batches.flat().map((item) => item.text).join('');

describe('splitBatches', () => {
  it('keeps small output in one batch', () => {
    const entries = [entry('a\n'), entry('b\n', 'ERROR')];
    expect(splitBatches(entries, 100)).toEqual([entries]);
  });

  it('cuts a long entry after line breaks, in order, with every batch within the limit', () => {
    const text = lines(0, 1000);
    const batches = splitBatches([entry(text), entry('done\n', 'ERROR')], 1000);
    expect(batches.length).toBeGreaterThan(5);
    expect(textOf(batches)).toBe(`${text}done\n`);
    for (const batch of batches) expect(batch.reduce((size, item) => size + item.text.length, 0)).toBeLessThanOrEqual(1000);
    for (const item of batches.flat().slice(0, -1)) expect(item.text.endsWith('\n')).toBe(true);
    expect(batches.flat().at(-1)).toMatchObject({ level: 'ERROR', text: 'done\n' });
  });

  it('never splits a line longer than a batch', () => {
    const long = `${'x'.repeat(500)}\n`;
    const batches = splitBatches([entry('a\n'), entry(`${long}b\n`), entry('x'.repeat(300))], 100);
    expect(textOf(batches)).toBe(`a\n${long}b\n${'x'.repeat(300)}`);
    expect(batches.flat().map((item) => item.text)).toContain(long);
    expect(batches.flat().map((item) => item.text)).toContain('x'.repeat(300));
  });
});

describe('ConsoleBatcher', () => {
  afterEach(() => vi.useRealTimers());

  it('delivers what was pushed within the interval together, split into batches of the size limit', () => {
    vi.useFakeTimers();
    const delivered: ConsoleEntry[][] = [];
    const batcher = new ConsoleBatcher((entries) => delivered.push(entries), 16, 100);
    batcher.push({ source: 's', label: 'l', level: 'INFO', text: lines(0, 50) });
    batcher.push({ source: 's', label: 'l', level: 'ERROR', text: 'last\n' });
    expect(delivered).toEqual([]);
    vi.advanceTimersByTime(16);
    expect(delivered.length).toBeGreaterThan(1);
    expect(textOf(delivered)).toBe(`${lines(0, 50)}last\n`);
  });
});
