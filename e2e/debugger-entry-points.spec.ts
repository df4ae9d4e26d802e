import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ComposerPane } from './pages/composer-pane';
import { EditorPane } from './pages/editor-pane';

test.use({ fixtureApp: 'payloads-app' });

/** Opens the function's file from the inspector and sets a breakpoint on `line` with a click in the glyph margin. */
async function breakpointAt(page: Page, file: string, line: number): Promise<void> {
  await page.getByRole('button', { name: `${file}:` }).click();
  await new EditorPane(page).breakpointNearTop(line);
  await expect(page.getByTestId('code-editor').locator('.debug-glyph-breakpoint')).toHaveCount(1);
}

test('Debug from the database-event composer: the function pauses at its breakpoint with the event, then its result shows in Who fires?', async ({ studio }) => {
  test.setTimeout(180_000);
  const page = studio.page;
  const composer = new ComposerPane(page);
  await composer.open('on-person-name-updated');
  await breakpointAt(page, 'src/logic-functions/on-person-name-updated.ts', 9);
  const row = composer.root.locator('[data-testid="who-fires-row"][data-name="on-person-name-updated"]');
  await expect(row).toHaveAttribute('data-fires', 'true');

  await composer.root.getByTestId('event-debug').click();
  const status = page.getByTestId('debug-status');
  await expect(status).toHaveText('Paused on a breakpoint at on-person-name-updated.ts:9', { timeout: 30_000 });
  const local = page.getByTestId('debug-scope').filter({ has: page.getByText('Local', { exact: true }) });
  await expect(local.locator('[data-testid="debug-variable"][data-name="event"]').first().getByTestId('debug-variable-value')).toContainText('person.updated');

  await page.getByTestId('debug-continue').click();
  await expect(row.getByTestId('who-fires-result')).toHaveAttribute('data-status', 'SUCCESS', { timeout: 30_000 });
  await expect(status).toHaveText('on-person-name-updated: The run finished.');

  // "Debug triggered runs" is offered for the runs the Local workspace starts.
  await composer.root.getByTestId('event-debug-triggered').selectOption('next');
  await expect(composer.root.getByTestId('event-debug-triggered')).toHaveValue('next');
  await composer.root.getByTestId('event-debug-triggered').selectOption('off');
});

test('Debug on a saved payload: paused with the saved input, then checked against its expectation', async ({ studio }) => {
  test.setTimeout(180_000);
  const page = studio.page;
  const composer = new ComposerPane(page);
  await composer.open('format-amount');
  await breakpointAt(page, 'src/logic-functions/format-amount.ts', 4);

  await composer.showSaved();
  await composer.savedPayload('euros').getByTestId('saved-payload-debug').click();
  const status = page.getByTestId('debug-status');
  await expect(status).toHaveText('Paused on a breakpoint at format-amount.ts:4', { timeout: 30_000 });
  const local = page.getByTestId('debug-scope').filter({ has: page.getByText('Local', { exact: true }) });
  await expect(local.locator('[data-testid="debug-variable"][data-name="input"]').first().getByTestId('debug-variable-value')).toHaveText('{amountCents: 1234, currency: "EUR"}');
  await page.getByTestId('debug-console-input').fill('input.amountCents / 100');
  await page.getByTestId('debug-console-input').press('Enter');
  await expect(page.getByTestId('debug-console-entry').last()).toHaveText('12.34');

  await page.getByTestId('debug-continue').click();
  await expect(composer.savedPayload('euros').getByTestId('saved-payload-check-result')).toHaveAttribute('data-passed', 'true', { timeout: 30_000 });
});
