import { expect, test } from './fixtures';

test.use({ fixtureApp: 'runner-app' });

test('Run on echo streams its output to the console and shows SUCCESS with the data', async ({ studio }) => {
  await studio.run.runFromExplorer('echo');
  await expect(studio.run.status).toHaveText('SUCCESS', { timeout: 30_000 });
  await expect(studio.run.data).toContainText('payload');
  await expect(studio.run.data).toContainText('workspaceId');
  await expect(studio.run.root.getByTestId('run-node-version')).toHaveText(/^Node \d+\./);
  await expect.poll(() => studio.console.visibleText()).toContain('payload keys:');
  await expect.poll(() => studio.console.visibleText()).toMatch(/✔ echo SUCCESS in \d+ ms/);

  // Ctrl+Enter in the editor runs the function of the active file: a new run replaces the first.
  const firstRunId = await studio.run.root.getAttribute('data-run-id');
  await studio.explorer.openFunction('echo');
  await expect(studio.editor.tab('src/logic-functions/echo.ts')).toHaveAttribute('data-active', 'true');
  await studio.page.getByTestId('code-editor').locator('.view-lines').click();
  await studio.page.keyboard.press('Control+Enter');
  await expect(studio.run.root).not.toHaveAttribute('data-run-id', firstRunId!);
  await expect(studio.run.status).toHaveText('SUCCESS', { timeout: 30_000 });
  // The key ran the function and left the file alone.
  await expect(studio.editor.tab('src/logic-functions/echo.ts')).not.toHaveAttribute('data-dirty', 'true');
});

test('Run with payload refuses invalid JSON, keeps the text, then runs the fixed payload', async ({ studio }) => {
  await studio.run.runWithPayloadFromExplorer('echo');
  await expect(studio.run.payloadText).toBeVisible();
  await studio.run.payloadText.fill('{ "name": "Ada", }');
  await expect(studio.run.payloadError).toContainText('Line 1, column');
  await expect(studio.run.payloadRun).toBeDisabled();
  await expect(studio.run.payloadText).toHaveValue('{ "name": "Ada", }');
  await studio.run.payloadText.fill('{ "name": "Ada" }');
  await studio.run.payloadRun.click();
  await expect(studio.run.status).toHaveText('SUCCESS', { timeout: 30_000 });
  await expect(studio.run.data).toContainText('"Ada"');

  // The history lists it; "Run again" reuses the same payload.
  await studio.page.getByTestId('panel-tab-history').click();
  const row = studio.page.getByTestId('history-row').first();
  await expect(row).toHaveAttribute('data-function', 'echo');
  await row.getByTestId('history-run-again').click();
  // The run just started takes the run pane, and the console comes forward for its output.
  await expect(studio.page.getByTestId('panel-tab-console')).toHaveAttribute('aria-selected', 'true');
  await expect(studio.run.status).toHaveText('SUCCESS', { timeout: 30_000 });
  await expect(studio.run.data).toContainText('"Ada"');
  await studio.page.getByTestId('panel-tab-history').click();
  await expect(studio.page.getByTestId('history-row')).toHaveCount(2);
});

test('a thrown TypeError shows as ERROR with a stack frame that opens the file at its line', async ({ studio }) => {
  await studio.run.runFromExplorer('throw-type-error');
  await expect(studio.run.status).toHaveText('ERROR', { timeout: 30_000 });
  await expect(studio.run.errorType).toHaveText('TypeError');
  const frame = studio.run.stackFrames.first();
  await expect(frame).toHaveText(/^src\/logic-functions\/throw-type-error\.ts:6:\d+$/);
  await frame.click();
  await expect(studio.editor.tab('src/logic-functions/throw-type-error.ts')).toHaveAttribute('data-active', 'true');
  await expect(studio.page.getByTestId('code-editor').locator('.line-numbers.active-line-number')).toHaveText('6');
});

test('Cancel ends a run that never resolves, at once, as ERROR', async ({ studio }) => {
  // wait-for-cancel's own timeout is 60 s (never-resolve's 2 s raced the click on a loaded machine):
  // only Cancel can end it within the 10 s allowed below, and the CancelledError says it did.
  await studio.run.runFromExplorer('wait-for-cancel');
  await expect(studio.run.status).toHaveText('RUNNING');
  await studio.run.cancel.click();
  await expect(studio.run.status).toHaveText('ERROR', { timeout: 10_000 });
  await expect(studio.run.errorType).toHaveText('CancelledError');
});

test('200 000 lines of output leave the window responsive and the run ends SUCCESS', async ({ studio }) => {
  const page = studio.page;
  await studio.run.runFromExplorer('print-lines');
  await expect(studio.run.status).toHaveText('RUNNING');
  // While the output pours in, the window still answers clicks promptly.
  for (const tab of ['problems', 'history', 'console'] as const) {
    const started = Date.now();
    await page.getByTestId(`panel-tab-${tab}`).click({ timeout: 3_000 });
    await expect(page.getByTestId(`panel-tab-${tab}`)).toHaveAttribute('aria-selected', 'true', { timeout: 3_000 });
    expect(Date.now() - started).toBeLessThan(3_000);
  }
  await expect(studio.run.status).toHaveText('SUCCESS', { timeout: 60_000 });
  await expect(studio.run.data).toContainText('200000');
  await expect.poll(() => studio.console.visibleText(), { timeout: 15_000 }).toContain('line 199999');
  // The level filter redraws the kept output: only the studio's lines that frame the run remain.
  await page.getByTestId('console-filter-level').selectOption('SYSTEM');
  await expect.poll(() => studio.console.visibleText()).toMatch(/✔ print-lines SUCCESS/);
  await expect.poll(() => studio.console.visibleText()).not.toContain('line 199999');
});
