import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { revealInFolder } from './reveal-in-folder';

describe('revealInFolder', () => {
  it('hands an existing file to the host, and refuses a missing one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reveal-'));
    try {
      const file = join(dir, 'app-1.0.0.tgz');
      await writeFile(file, 'x');
      const shown: string[] = [];
      await revealInFolder(file, (path) => shown.push(path));
      expect(shown).toEqual([file]);
      await expect(revealInFolder(join(dir, 'missing.tgz'), () => undefined)).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
