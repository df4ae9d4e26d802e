import { describe, expect, it } from 'vitest';
import { uuidV5 } from './app-files';

describe('uuidV5', () => {
  // Reference values from the `uuid` package (RFC 4122 examples use the DNS namespace).
  it('matches RFC 4122 v5 for the DNS namespace', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});
