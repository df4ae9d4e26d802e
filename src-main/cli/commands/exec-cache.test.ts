/**
 * Issue 15 item 17: one-shot `exec` calls reuse the evaluated model and the function build of the
 * last call (kept in the user data folder, keyed by content). A source edited between two calls is
 * never served from those caches: not an imported helper, not the entity file, not its config, even
 * when the edit keeps the file's size and modification time.
 */
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIo, useFixtureAppAndDataDir } from '../../../test/helpers/cli-test-kit';
import { execCommand } from './exec';

const app = useFixtureAppAndDataDir('runner-app');

const exec = async (...args: string[]) => {
  const io = captureIo();
  const code = await execCommand([app.dir, '--data-dir', app.dataDir, '--target', 'offline', '-p', '{"n":1}', '--json', ...args], io);
  return { code, ...io, result: code === 0 ? (JSON.parse(io.out) as { data: Record<string, unknown>; logs: string }) : null };
};

/** Rewrites a file of the app and gives it back its modification time: only its content says it changed. */
async function editKeepingMtime(path: string, edit: (text: string) => string): Promise<void> {
  const file = join(app.dir, path);
  const before = await stat(file);
  const text = await readFile(file, 'utf8');
  const edited = edit(text);
  expect(edited).not.toBe(text);
  await writeFile(file, edited);
  await utimes(file, before.atime, before.mtime);
}

describe('exec between edits', () => {
  it('runs the edited sources, never a cached build or model of the earlier ones', async () => {
    const first = await exec('-n', 'echo');
    expect(first.code, first.err).toBe(0);
    expect(first.result!.logs).toContain('payload keys: n');
    expect(first.result!.data).not.toHaveProperty('edited');

    // An unchanged app: the second call is served from the caches, with the same output.
    const again = await exec('-n', 'echo');
    expect(again.code, again.err).toBe(0);
    expect(again.result!.logs).toContain('payload keys: n');

    // A helper the function imports (not an entity file), edited to the same length.
    await editKeepingMtime('src/lib/format.ts', (text) => text.replace('payload keys:', 'PAYLOAD KEYS:'));
    const helperEdited = await exec('-n', 'echo');
    expect(helperEdited.code, helperEdited.err).toBe(0);
    expect(helperEdited.result!.logs).toContain('PAYLOAD KEYS: n');
    expect(helperEdited.result!.logs).not.toContain('payload keys: n');

    // The entity file's handler.
    await editKeepingMtime('src/logic-functions/echo.ts', (text) => text.replace('return { payload, context };', 'return { payload, context, edited: true };'));
    const handlerEdited = await exec('-n', 'echo');
    expect(handlerEdited.code, handlerEdited.err).toBe(0);
    expect(handlerEdited.result!.data).toMatchObject({ edited: true });

    // Its config (the evaluated model): the old name is gone, the new one runs.
    await editKeepingMtime('src/logic-functions/echo.ts', (text) => text.replace("name: 'echo',", "name: 'echo-renamed',"));
    const oldName = await exec('-n', 'echo');
    expect(oldName.code).toBe(1);
    expect(oldName.err).toContain('echo-renamed');
    const renamed = await exec('-n', 'echo-renamed');
    expect(renamed.code, renamed.err).toBe(0);
    expect(renamed.result!.data).toMatchObject({ edited: true });
    expect(renamed.result!.logs).toContain('PAYLOAD KEYS: n');
  }, 120_000);
});
