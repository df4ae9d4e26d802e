import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { TriggerFormPane } from './pages/trigger-form';

const helloPath = 'src/logic-functions/hello.ts';
const cronPath = 'src/logic-functions/sync-post-cards.ts';
const fixtureDir = path.resolve(__dirname, '..', 'test', 'fixtures', 'apps', 'basic-app');

test('changing the route method in the form changes exactly that in the file', async ({ studio }) => {
  const form = new TriggerFormPane(studio.page);
  await studio.explorer.openFunction('hello');
  await expect(form.input('input-httpMethod')).toHaveValue('GET');
  await form.input('input-httpMethod').selectOption('POST');
  const tab = studio.editor.tab(helloPath);
  await expect(tab).toHaveAttribute('data-dirty', 'true');
  await studio.editor.save();
  await expect(tab).toHaveAttribute('data-dirty', 'false');
  const original = await readFile(path.join(fixtureDir, helloPath), 'utf8');
  const onDisk = await readFile(path.join(studio.server.appDir, helloPath), 'utf8');
  expect(onDisk).toBe(original.replace("httpMethod: 'GET'", "httpMethod: 'POST'"));
  expect(onDisk).not.toBe(original);
});

test('typing in the editor moves the form', async ({ studio }) => {
  const form = new TriggerFormPane(studio.page);
  await studio.explorer.openFunction('sync-post-cards');
  await expect(form.input('input-cron-pattern')).toHaveValue('*/15 * * * *');
  // Select the pattern's "15" in the editor and type over it.
  await studio.page.getByTestId('code-editor').locator('.view-lines').click();
  await studio.page.keyboard.press('Control+h');
  const find = studio.page.locator('.find-widget');
  await find.locator('textarea').first().fill('*/15 * * * *');
  await find.locator('textarea').nth(1).fill('*/5 * * * *');
  await studio.page.keyboard.press('Control+Alt+Enter');
  await studio.page.keyboard.press('Escape');
  await expect(form.input('input-cron-pattern')).toHaveValue('*/5 * * * *');
  await expect(form.cronPreviewer.getByTestId('cron-description')).toContainText('Every 5 minutes');
  await expect(studio.editor.tab(cronPath)).toHaveAttribute('data-dirty', 'true');
});

test('an invalid cron pattern shows its field error', async ({ studio }) => {
  const form = new TriggerFormPane(studio.page);
  await studio.explorer.openFunction('sync-post-cards');
  await form.fillAndCommit('input-cron-pattern', '61 * * * *');
  const field = form.field('cronTriggerSettings.pattern');
  await expect(field.getByTestId('cron-error')).toContainText('minute must be 0-59 (field 1)');
  await expect(studio.editor.tab(cronPath)).toHaveAttribute('data-dirty', 'true');
  await expect(form.cronPreviewer.getByTestId('cron-run')).toHaveCount(0);
});

test('a new function from the dialog is written, opened and listed', async ({ studio }) => {
  const form = new TriggerFormPane(studio.page);
  await form.createFunction('Import Leads', ['httpRoute', 'cron']);
  const file = 'src/logic-functions/import-leads.ts';
  await expect(studio.editor.tab(file)).toHaveAttribute('data-active', 'true');
  await expect(studio.explorer.functionNamed('Import Leads').first()).toBeVisible();
  await expect(form.root).toHaveAttribute('data-file', file);
  await expect(form.input('input-route-path')).toHaveValue('/import-leads');
  const onDisk = await readFile(path.join(studio.server.appDir, file), 'utf8');
  expect(onDisk).toMatch(/universalIdentifier: '[0-9a-f-]{36}'/);
});
