import { describe, expect, it } from 'vitest';
import { redactUrl } from './http-call-recorder';

describe('redactUrl', () => {
  it.each([
    ['https://user:pass@example.com/a', 'https://***:***@example.com/a'],
    ['https://example.com/a?token=abc&page=2', 'https://example.com/a?token=***&page=2'],
    ['https://example.com/a?api_key=1&apiKey=2&X-Amz-Signature=3', 'https://example.com/a?api_key=***&apiKey=***&X-Amz-Signature=***'],
    ['https://example.com/search?q=twenty', 'https://example.com/search?q=twenty'],
    ['not a url //user:pw@host', 'not a url //***@host'],
  ])('%s -> %s', (input, expected) => {
    expect(redactUrl(input)).toBe(expected);
  });
});
