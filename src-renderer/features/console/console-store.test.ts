import { describe, expect, it } from 'vitest';
import type { ConsoleEntry } from '../../../src-shared/contract';
import { formatConsoleLine, lineMatchesFilter } from '../../console/console-format';
import { createConsoleStore } from './console-store';

const entry = (text: string, level: ConsoleEntry['level'] = 'INFO'): ConsoleEntry => ({
  source: 'run-1',
  label: 'hello',
  level,
  text,
  time: '2025-01-01T00:00:00.000Z',
});

describe('console store', () => {
  it('keeps at most its capacity of lines, dropping the oldest', () => {
    const store = createConsoleStore(1000);
    const batch = Array.from({ length: 300 }, (_, i) => entry(`line ${i}\nline ${i} again\n`));
    for (let i = 0; i < 5; i++) store.getState().append(batch);
    const lines = [...store.feed.ring];
    expect(lines).toHaveLength(1000);
    expect(store.feed.ring.size).toBe(1000);
    expect(lines.at(-1)!.text).toBe('line 299 again');
    expect(lines[0]!.text).toBe('line 100');
  });

  it('hands each batch to the terminal in one call and counts unseen lines', () => {
    const store = createConsoleStore(10);
    const received: number[] = [];
    store.feed.onLines((lines) => received.push(lines.length));
    store.getState().append([entry('a\nb'), entry('c\n')]);
    expect(received).toEqual([3]);
    expect(store.getState().unseen).toBe(3);
  });

  it('while the console shows, a flood of batches changes no state (nothing re-renders), and the ring counts what it forgot', () => {
    const store = createConsoleStore(100);
    store.getState().setVisible(true);
    // The first batch names a new function for the filter: that one is an update.
    store.getState().append([entry('first\n')]);
    let updates = 0;
    store.subscribe(() => (updates += 1));
    for (let i = 0; i < 50; i++) store.getState().append([entry(`line ${i}\nmore ${i}\nand ${i}\n`)]);
    expect(updates).toBe(0);
    expect(store.getState().unseen).toBe(0);
    expect(store.feed.ring.forgotten).toBe(51);
    store.getState().setVisible(false);
    store.getState().append([entry('new\n')]);
    expect(store.getState().unseen).toBe(1);
  });

  it('redraws on clear and on a new filter', () => {
    const store = createConsoleStore(10);
    store.getState().append([entry('x')]);
    store.getState().setFilter('err');
    store.getState().clear();
    expect(store.getState().generation).toBe(2);
    expect(store.feed.ring.size).toBe(0);
  });
});

describe('console lines', () => {
  it('tags each line with a dim label and marks errors in red', () => {
    expect(formatConsoleLine({ source: 'r', label: 'hello', level: 'ERROR', text: 'boom' })).toBe(
      '\x1b[2m[hello]\x1b[0m \x1b[31mERROR\x1b[0m boom\x1b[0m\r\n',
    );
  });

  it('filters on the visible text, colours aside', () => {
    const line = { source: 'r', label: 'hello', level: 'INFO' as const, text: '\x1b[32mready\x1b[0m' };
    expect(lineMatchesFilter(line, 'READY')).toBe(true);
    expect(lineMatchesFilter(line, '32m')).toBe(false);
    expect(lineMatchesFilter(line, 'hello')).toBe(true);
  });
});
