import { describe, expect, it } from 'vitest';
import { LineQueue } from './line-queue';

describe('LineQueue', () => {
  it('hands items out oldest first, in slices', () => {
    const queue = new LineQueue<number>();
    for (let i = 0; i < 10; i++) queue.push(i);
    expect(queue.take(3)).toEqual([0, 1, 2]);
    expect(queue.size).toBe(7);
    expect(queue.take(100)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(queue.size).toBe(0);
    expect(queue.take(5)).toEqual([]);
  });

  it('drops the oldest past a limit and keeps order across compactions', () => {
    const queue = new LineQueue<number>();
    for (let i = 0; i < 5000; i++) queue.push(i);
    queue.keepLast(3000);
    expect(queue.size).toBe(3000);
    expect(queue.take(2)).toEqual([2000, 2001]);
    for (let i = 5000; i < 6000; i++) queue.push(i);
    queue.keepLast(1500);
    expect(queue.take(1)).toEqual([4500]);
    const rest = queue.take(10_000);
    expect(rest).toHaveLength(1499);
    expect(rest[0]).toBe(4501);
    expect(rest.at(-1)).toBe(5999);
    queue.push(1);
    queue.clear();
    expect(queue.size).toBe(0);
  });
});
