import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentVersion } from '../project/app-files';
import { FileStore } from './file-store';

describe('FileStore', () => {
  let dir: string;
  let store: FileStore;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'file-store-'));
    store = new FileStore(dir);
    await writeFile(join(dir, 'a.ts'), 'one');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads with a content version and writes atomically, leaving no temp file', async () => {
    const file = await store.read('a.ts');
    expect(file.version).toBe(contentVersion('one'));
    expect(await store.write({ path: 'a.ts', content: 'two', baseVersion: file.version })).toEqual({ ok: true, version: contentVersion('two') });
    expect(await readFile(join(dir, 'a.ts'), 'utf8')).toBe('two');
    expect(await readdir(dir)).toEqual(['a.ts']);
  });

  it('refuses to overwrite a file that changed on disk since it was read, and keeps it intact', async () => {
    const file = await store.read('a.ts');
    await writeFile(join(dir, 'a.ts'), 'changed elsewhere');
    const result = await store.write({ path: 'a.ts', content: 'mine', baseVersion: file.version });
    expect(result).toEqual({ ok: false, conflict: { diskContent: 'changed elsewhere', diskVersion: contentVersion('changed elsewhere') } });
    expect(await readFile(join(dir, 'a.ts'), 'utf8')).toBe('changed elsewhere');
    expect(await store.write({ path: 'a.ts', content: 'mine', baseVersion: file.version, force: true })).toMatchObject({ ok: true });
    expect(await readFile(join(dir, 'a.ts'), 'utf8')).toBe('mine');
  });

  it('treats a file created meanwhile as a conflict for a new file', async () => {
    expect(await store.write({ path: 'b.ts', content: 'x', baseVersion: null })).toMatchObject({ ok: true });
    expect(await store.write({ path: 'b.ts', content: 'y', baseVersion: null })).toMatchObject({ ok: false });
  });

  it.each(['../outside.ts', '/etc/passwd', 'src/../../x'])('refuses the path %s', async (path) => {
    await expect(store.read(path)).rejects.toMatchObject({ code: 'PATH_OUTSIDE_APP' });
    await expect(store.write({ path, content: 'x', baseVersion: null })).rejects.toMatchObject({ code: 'PATH_OUTSIDE_APP' });
  });
});
