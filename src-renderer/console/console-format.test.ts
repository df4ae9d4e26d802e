import { describe, expect, it } from 'vitest';
import { groupDigits } from './console-format';

describe('groupDigits', () => {
  it('separates thousands with commas', () => {
    expect(groupDigits(0)).toBe('0');
    expect(groupDigits(999)).toBe('999');
    expect(groupDigits(50_000)).toBe('50,000');
    expect(groupDigits(1_234_567)).toBe('1,234,567');
  });
});
