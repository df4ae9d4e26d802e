import { describe, expect, it } from 'vitest';
import { appRelativePath, stackSegments } from './stack-frames';

describe('stack frames', () => {
  it('links frames in the app, absolute, file:// or relative', () => {
    expect(appRelativePath('/apps/a/src/x.ts', '/apps/a')).toBe('src/x.ts');
    expect(appRelativePath('/apps/a/src/my%20file.ts', '/apps/a/')).toBe('src/my file.ts');
    expect(appRelativePath('src/lib/format.ts', '/apps/a')).toBe('src/lib/format.ts');
    expect(appRelativePath('C:\\apps\\a\\src\\x.ts', 'c:\\apps\\a')).toBe('src/x.ts');
  });

  it('leaves Node internals, node_modules and other folders as text', () => {
    expect(appRelativePath('node:internal/modules/run', '/apps/a')).toBeNull();
    expect(appRelativePath('/apps/a/node_modules/x/index.js', '/apps/a')).toBeNull();
    expect(appRelativePath('/apps/ab/src/x.ts', '/apps/a')).toBeNull();
  });

  it('splits a stack into text and frames without losing a character', () => {
    const stack = 'Error: boom\n    at handler (file:///apps/a/src/x.ts:6:51)\n    at /apps/a/src/lib/y.ts:2:3\n    at node:internal/x:1:1';
    const segments = stackSegments(stack, '/apps/a');
    expect(segments.filter((segment) => segment.kind === 'frame')).toEqual([
      { kind: 'frame', text: 'src/x.ts:6:51', file: 'src/x.ts', line: 6, column: 51 },
      { kind: 'frame', text: 'src/lib/y.ts:2:3', file: 'src/lib/y.ts', line: 2, column: 3 },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(
      'Error: boom\n    at handler (src/x.ts:6:51)\n    at src/lib/y.ts:2:3\n    at node:internal/x:1:1',
    );
  });
});
