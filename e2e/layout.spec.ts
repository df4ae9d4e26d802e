import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { ComposerPane } from './pages/composer-pane';
import { expectControlsApart, expectLaidOut } from './pages/layout-check';

test.use({ fixtureApp: 'payloads-app' });

const windowParts = [
  '[data-testid="top-bar"]',
  '[data-testid="explorer-panel"]',
  '[data-testid="editor-area"]',
  '[data-testid="bottom-panel"]',
  '[data-testid="inspector-panel"]',
  '[data-testid="status-bar"]',
];

/**
 * The window is laid out (no page scroll, panels apart, every control whole), and a screenshot is
 * kept to look at. What is wrong is collected, so one run reports every step's faults.
 */
async function checkLayout(page: Page, testInfo: TestInfo, faults: string[], step: string): Promise<void> {
  const { width, height } = page.viewportSize()!;
  const screenshot = await page.screenshot({ path: testInfo.outputPath(`${width}x${height}-${step}.png`) });
  await testInfo.attach(`${width}x${height}-${step}`, { body: screenshot, contentType: 'image/png' });
  for (const check of [() => expectLaidOut(page, windowParts), () => expectControlsApart(page)]) {
    try {
      await check();
    } catch (error) {
      faults.push(`${step}: ${(error as Error).message}`);
    }
  }
}

for (const size of [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
]) {
  test(`the main flows hold together at ${size.width}x${size.height}`, async ({ studio, page }, testInfo) => {
    // Eight layouts checked, three runs: longer than one flow on a busy machine.
    test.setTimeout(180_000);
    await page.setViewportSize(size);
    const composer = new ComposerPane(page);
    const faults: string[] = [];

    // Explorer, editor and the inspector's trigger form.
    await studio.explorer.openFunction('receive-webhook');
    await expect(page.getByTestId('trigger-form')).toBeVisible();
    await expect(studio.editor.tab('src/logic-functions/receive-webhook.ts')).toBeVisible();
    await checkLayout(page, testInfo, faults, 'explorer-editor-inspector');

    // A run from the explorer: the run pane beside the console, or its own tab when narrow.
    await studio.run.runFromExplorer('format-amount');
    await expect(studio.run.status).toHaveText('SUCCESS', { timeout: 30_000 });
    await expect(studio.run.root.getByTestId('run-result')).toBeInViewport();
    await checkLayout(page, testInfo, faults, 'run');

    // The console and the problems list.
    await studio.console.tab.click();
    await expect(studio.console.terminal).toBeVisible();
    await checkLayout(page, testInfo, faults, 'console');
    await studio.problems.show();
    await expect(page.getByTestId('problems-panel')).toBeVisible();
    await checkLayout(page, testInfo, faults, 'problems');

    // The composer on a route, with the run pane open, then sent.
    await composer.open('receive-webhook');
    await expect(composer.send).toBeVisible();
    await checkLayout(page, testInfo, faults, 'composer');
    await composer.send.click();
    await expect(composer.responseStatus).toHaveText(/^200\b/, { timeout: 30_000 });
    // The answer of the request just sent is in view, and the run pane (beside, or its tab) has that run, not the earlier one.
    await expect(composer.responseStatus).toBeInViewport();
    if (await page.getByTestId('panel-tab-run').isVisible()) await page.getByTestId('panel-tab-run').click();
    await expect(studio.run.root.getByTestId('run-function')).toHaveText('receive-webhook');
    await composer.tab.click();
    await checkLayout(page, testInfo, faults, 'composer-sent');

    // A database-event composer and a tool's form.
    await composer.open('on-company-batch');
    await checkLayout(page, testInfo, faults, 'event-composer');
    await composer.open('format-amount');
    await checkLayout(page, testInfo, faults, 'tool-composer');

    // The composer is at least usable width-wise.
    expect((await composer.root.boundingBox())!.width).toBeGreaterThan(400);
    expect(faults).toEqual([]);
  });
}
