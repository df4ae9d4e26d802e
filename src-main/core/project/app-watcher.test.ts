import { mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppWatcher, type WatchedChange } from './app-watcher';

let dir: string;
let watcher: AppWatcher;
let batches: WatchedChange[][];
let errors: string[];

/** Every change reported so far, the last kind per path. */
const seen = (): Record<string, string> => Object.fromEntries(batches.flat().map((change) => [change.path, change.kind]));

async function startWatching(): Promise<void> {
  watcher = new AppWatcher(dir, (changes) => batches.push(changes), (message) => errors.push(message));
  await watcher.start();
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'app-watcher-'));
  await mkdir(join(dir, 'src', 'logic-functions'), { recursive: true });
  await writeFile(join(dir, 'src', 'logic-functions', 'hello.ts'), 'export const a = 1;\n');
  await writeFile(join(dir, 'package.json'), '{}\n');
  batches = [];
  errors = [];
});

afterEach(async () => {
  await watcher?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('AppWatcher', () => {
  it('reports nothing for what is there when it starts', async () => {
    await startWatching();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(batches).toEqual([]);
  });

  it('reports a change, an add and an unlink, by path relative to the app', async () => {
    await startWatching();
    await writeFile(join(dir, 'src', 'logic-functions', 'hello.ts'), 'export const a = 2;\n');
    await writeFile(join(dir, 'src', 'new.ts'), 'export {};\n');
    await rm(join(dir, 'package.json'));
    await expect.poll(seen).toEqual({ 'src/logic-functions/hello.ts': 'change', 'src/new.ts': 'add', 'package.json': 'unlink' });
  });

  it('reports an atomic save (temp file renamed over the file) as one change of the file, never the temp file', async () => {
    await startWatching();
    const temp = join(dir, 'src', 'logic-functions', '.hello.ts.0123456789ab.tmp');
    await writeFile(temp, 'export const a = 3;\n');
    await rename(temp, join(dir, 'src', 'logic-functions', 'hello.ts'));
    await expect.poll(seen).toEqual({ 'src/logic-functions/hello.ts': 'change' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(batches.flat()).toEqual([{ path: 'src/logic-functions/hello.ts', kind: 'change' }]);
  });

  it('watches a folder made after it started, with the files put in it', async () => {
    await startWatching();
    await mkdir(join(dir, 'src', 'objects', 'nested'), { recursive: true });
    await writeFile(join(dir, 'src', 'objects', 'nested', 'a.ts'), 'export {};\n');
    await expect.poll(seen).toEqual({ 'src/objects/nested/a.ts': 'add' });
    await writeFile(join(dir, 'src', 'objects', 'nested', 'a.ts'), 'export const b = 1;\n');
    await expect.poll(() => batches.flat().filter((change) => change.kind === 'change').map((change) => change.path)).toEqual(['src/objects/nested/a.ts']);
  });

  it('reports the files of a removed folder as unlinked, and a folder moved in as added', async () => {
    await mkdir(join(dir, 'elsewhere'));
    await writeFile(join(dir, 'elsewhere', 'b.ts'), 'export {};\n');
    await startWatching();
    await rm(join(dir, 'src', 'logic-functions'), { recursive: true });
    await rename(join(dir, 'elsewhere'), join(dir, 'src', 'moved'));
    await expect.poll(seen).toEqual({ 'src/logic-functions/hello.ts': 'unlink', 'elsewhere/b.ts': 'unlink', 'src/moved/b.ts': 'add' });
  });

  it('ignores node_modules, .git and .twenty', async () => {
    await mkdir(join(dir, 'node_modules', 'x'), { recursive: true });
    await mkdir(join(dir, '.twenty'), { recursive: true });
    await startWatching();
    await writeFile(join(dir, 'node_modules', 'x', 'index.js'), '');
    await writeFile(join(dir, '.twenty', 'build.json'), '{}');
    await mkdir(join(dir, '.git'));
    await writeFile(join(dir, '.git', 'HEAD'), 'ref');
    await writeFile(join(dir, 'src', 'after.ts'), '');
    await expect.poll(seen).toEqual({ 'src/after.ts': 'add' });
  });

  it('follows a symbolic link to a file, and reports a link loop once instead of following it', async () => {
    await writeFile(join(dir, 'real.ts'), 'export {};\n');
    await symlink('real.ts', join(dir, 'src', 'alias.ts'));
    await symlink('.', join(dir, 'src', 'loop'), 'dir');
    await symlink('b', join(dir, 'a'));
    await symlink('a', join(dir, 'b'));
    await startWatching();
    expect(errors.sort()).toEqual(['Not watching a: it is a symbolic link loop.', 'Not watching b: it is a symbolic link loop.', 'Not watching src/loop: it is a symbolic link loop.']);
    await writeFile(join(dir, 'src', 'touch.ts'), '');
    await expect.poll(seen).toEqual({ 'src/touch.ts': 'add' });
  });

  it('reports nothing after close', async () => {
    await startWatching();
    await watcher.close();
    await writeFile(join(dir, 'src', 'late.ts'), '');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(batches).toEqual([]);
  });
});
