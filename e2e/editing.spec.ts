import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';

const helloPath = 'src/logic-functions/hello.ts';

test('Ctrl+S writes the edited file to disk', async ({ studio }) => {
  await studio.explorer.openFile(helloPath);
  const tab = studio.editor.tab(helloPath);
  await expect(tab).toHaveAttribute('data-active', 'true');
  await studio.editor.typeAtEnd('\n// edited in the studio\n');
  await expect(tab).toHaveAttribute('data-dirty', 'true');
  await studio.editor.save();
  await expect(tab).toHaveAttribute('data-dirty', 'false');
  const onDisk = await readFile(path.join(studio.server.appDir, helloPath), 'utf8');
  expect(onDisk).toContain('// edited in the studio');
});

test('an unsaved buffer survives a reload, still unsaved', async ({ studio }) => {
  await studio.explorer.openFile(helloPath);
  await studio.editor.typeAtEnd('\n// not saved yet\n');
  await expect(studio.editor.tab(helloPath)).toHaveAttribute('data-dirty', 'true');
  // The session is written after a short pause in typing.
  await studio.page.waitForTimeout(800);
  await studio.reload();
  const tab = studio.editor.tab(helloPath);
  await expect(tab).toHaveAttribute('data-dirty', 'true');
  await expect(tab).toHaveAttribute('data-active', 'true');
  await studio.editor.typeAtEnd('');
  await expect.poll(() => studio.editor.visibleText()).toContain('// not saved yet');
  const onDisk = await readFile(path.join(studio.server.appDir, helloPath), 'utf8');
  expect(onDisk).not.toContain('// not saved yet');
});

test('a change on disk under unsaved edits asks before anything is overwritten', async ({ studio }) => {
  const file = path.join(studio.server.appDir, helloPath);
  await studio.explorer.openFile(helloPath);
  await studio.editor.typeAtEnd('\n// mine\n');
  await writeFile(file, `${await readFile(file, 'utf8')}\n// theirs\n`);
  await expect(studio.editor.conflictPrompt).toBeVisible();
  await expect(studio.editor.tab(helloPath)).toHaveAttribute('data-dirty', 'true');

  await studio.page.getByTestId('conflict-compare').click();
  await expect(studio.page.getByTestId('diff-view')).toBeVisible();

  await studio.page.getByTestId('conflict-keep-mine').click();
  await expect(studio.editor.conflictPrompt).toBeHidden();
  await expect(studio.editor.tab(helloPath)).toHaveAttribute('data-dirty', 'false');
  const onDisk = await readFile(file, 'utf8');
  expect(onDisk).toContain('// mine');
  expect(onDisk).not.toContain('// theirs');
});
