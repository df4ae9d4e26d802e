import { describe, expect, it, vi } from 'vitest';
import { createLazyConfigSource } from './lazy-config-source';
import { MemoryConfigSource } from './memory-config-source';

const file = 'src/fn.ts';

describe('createLazyConfigSource', () => {
  it('does not load the implementation until the source is used', async () => {
    const load = vi.fn(async () => new MemoryConfigSource({ [file]: 'a' }));
    const source = createLazyConfigSource(load);
    expect(load).not.toHaveBeenCalled();
    expect(source.read(file)).toBeNull();
    expect(await source.load(file)).toBe('a');
    expect(source.read(file)).toBe('a');
    await source.openForEdit(file);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('subscribes once the implementation arrives, and tells the reader to read again', async () => {
    const memory = new MemoryConfigSource({ [file]: 'a' });
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    const source = createLazyConfigSource(async () => {
      await arrived;
      return memory;
    });
    const onChange = vi.fn();
    const unsubscribe = source.subscribe(file, onChange);
    release();
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    memory.setText(file, 'b');
    expect(onChange).toHaveBeenCalledTimes(2);
    unsubscribe();
    memory.setText(file, 'c');
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('a subscription dropped before the implementation arrives never fires', async () => {
    const memory = new MemoryConfigSource({ [file]: 'a' });
    const source = createLazyConfigSource(async () => memory);
    const onChange = vi.fn();
    source.subscribe(file, onChange)();
    await source.load(file);
    memory.setText(file, 'b');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('refuses an edit before the file was opened for editing, and tries a failed load again', async () => {
    let attempts = 0;
    const source = createLazyConfigSource(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('chunk not fetched');
      return new MemoryConfigSource({ [file]: 'a' });
    });
    expect(() => source.applyEdits(file, [{ start: 0, end: 1, newText: 'b' }])).toThrow(/not open/);
    await expect(source.load(file)).rejects.toThrow('chunk not fetched');
    expect(await source.openForEdit(file)).toBe('a');
    source.applyEdits(file, [{ start: 0, end: 1, newText: 'b' }]);
    expect(source.read(file)).toBe('b');
  });
});
