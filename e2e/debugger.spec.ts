import { expect, test } from './fixtures';
import { ComposerPane } from './pages/composer-pane';
import { expectLaidOut } from './pages/layout-check';

test.use({ fixtureApp: 'basic-app' });

const FILE = 'src/logic-functions/hello.ts';

test('debugs a route function from the composer: breakpoint, paused line, locals, step, evaluate, continue to the response', async ({ studio }, testInfo) => {
  test.setTimeout(180_000);
  const page = studio.page;
  const composer = new ComposerPane(page);
  await composer.open('hello');
  // The function's file, opened from the inspector.
  await page.getByRole('button', { name: `${FILE}:` }).click();
  await expect(studio.editor.tab(FILE)).toHaveAttribute('aria-selected', 'true');

  // A breakpoint on line 4 (`const name = ...`).
  const editor = page.getByTestId('code-editor');
  await studio.editor.breakpointNearTop(4);
  await expect(editor.locator('.debug-glyph-breakpoint')).toHaveCount(1);
  await page.getByTestId('side-tab-debug').click();
  await expect(page.getByTestId('debug-breakpoint')).toHaveAttribute('data-line', '4');

  // Debug from the composer.
  await composer.url.fill('/s/hello/Ada');
  await composer.root.getByTestId('route-debug').click();
  const status = page.getByTestId('debug-status');
  await expect(status).toHaveText('Paused on a breakpoint at hello.ts:4', { timeout: 30_000 });
  await expect(editor.locator('.debug-paused-line')).toHaveCount(1);
  await expect(page.getByTestId('debug-timeout-suspended')).toBeVisible();
  await expect(page.getByTestId('debug-devtools-link')).toHaveAttribute('href', /^devtools:\/\/devtools\/bundled\/js_app\.html\?.*ws=127\.0\.0\.1:\d+\//);
  // The runner's frames are hidden: the stack starts at the handler.
  await expect(page.getByTestId('debug-frame').first()).toContainText('handler');
  await expect(page.getByTestId('debug-frame').first()).toContainText('hello.ts:4');

  const local = page.getByTestId('debug-scope').filter({ has: page.getByText('Local', { exact: true }) });
  const variable = (name: string) => local.locator(`[data-testid="debug-variable"][data-name="${name}"]`).first();
  await expect(variable('event').getByTestId('debug-variable-value')).toContainText('pathParameters');
  // Objects load their properties when opened.
  await variable('event').click();
  await expect(local.locator('[data-testid="debug-variable"][data-name="pathParameters"]').getByTestId('debug-variable-value')).toHaveText('{name: "Ada"}');

  // Step over: line 5, with `name` set.
  await page.getByTestId('debug-stepOver').click();
  await expect(status).toHaveText('Paused after a step at hello.ts:5');
  await expect(variable('name').getByTestId('debug-variable-value')).toHaveText('"Ada"');

  // A watch and the console evaluate in the paused frame.
  await page.getByTestId('debug-watch-input').fill('name.length');
  await page.getByTestId('debug-watch-input').press('Enter');
  await expect(page.getByTestId('debug-watch').getByTestId('debug-variable-value')).toHaveText('3');
  await page.getByTestId('debug-console-input').fill('name.toUpperCase() + "!"');
  await page.getByTestId('debug-console-input').press('Enter');
  await expect(page.getByTestId('debug-console-entry').last()).toHaveText('"ADA!"');

  await page.screenshot({ path: testInfo.outputPath('debugger-paused-1440x900.png') });
  await expectLaidOut(page, ['[data-testid="debug-pane"]', '[data-testid="code-editor"]', '[data-testid="composer"]']);
  await page.setViewportSize({ width: 1024, height: 700 });
  await expectLaidOut(page, ['[data-testid="debug-pane"]', '[data-testid="code-editor"]', '[data-testid="composer"]']);
  await page.screenshot({ path: testInfo.outputPath('debugger-paused-1024x700.png') });
  await page.setViewportSize({ width: 1440, height: 900 });

  // Continue: the request gets its answer.
  await page.getByTestId('debug-continue').click();
  await expect(composer.responseStatus).toHaveText(/^200\b/, { timeout: 30_000 });
  await expect(composer.response.getByTestId('route-response-json')).toContainText('Hello, Ada!');
  await expect(status).toHaveText('hello: The run finished.');
  await expect(editor.locator('.debug-paused-line')).toHaveCount(0);

  // The run is marked as debugged in the history.
  await page.getByTestId('panel-tab-history').click();
  await expect(page.getByTestId('history-row').first().getByTestId('history-debug')).toBeVisible();

  // The breakpoint is kept for the app (user data folder): still there after a reload.
  await studio.reload();
  await page.getByTestId('side-tab-debug').click();
  await expect(page.getByTestId('debug-breakpoint')).toHaveAttribute('data-line', '4');
});
