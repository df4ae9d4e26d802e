import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ComposerPane } from './pages/composer-pane';
import { expectLaidOut } from './pages/layout-check';

test.use({ fixtureApp: 'logic-layer-app' });

const PARTS = ['[data-testid="top-bar"]', 'aside[aria-label="Explorer"]', 'main.center-column', 'aside[aria-label="Inspector"]'];

/** The window is laid out and the inspector's form fits its panel (no sideways scroll). */
async function expectFormFits(page: Page): Promise<void> {
  await expectLaidOut(page, PARTS);
  const overflow = await page.locator('aside[aria-label="Inspector"] .inspector').evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
}

test('the logic layer: explorer groups and one form of each kind, at 1440x900 and 1024x700', async ({ studio, page }, testInfo) => {
  // Two window sizes, five forms each: longer than the default minute on a loaded machine.
  test.setTimeout(180_000);
  const explorer = studio.explorer.root;
  const inspector = page.getByTestId('inspector');

  for (const [width, height] of [[1440, 900], [1024, 700]] as const) {
    await page.setViewportSize({ width, height });
    const size = `${width}x${height}`;

    // Explorer: server routes, batch events, hooks with the health check and uninstall, AI, connections.
    await expect(explorer.getByTestId('trigger-group-serverRoutes').locator('.entity-row[data-name="webhook-resolver"]')).toContainText('POST /webhooks/server');
    await expect(explorer.getByTestId('trigger-group-databaseEvents').locator('.entity-row[data-name="on-people-changed"]')).toContainText('person.updated (batch)');
    await expect(explorer.getByTestId('explorer-install-hooks').locator('.entity-row[data-name="health-check"]')).toBeVisible();
    await expect(explorer.getByTestId('explorer-install-hooks').locator('.entity-row[data-name="uninstall"]')).toBeVisible();
    await expect(explorer.getByTestId('explorer-group-skills').locator('.entity-row[data-name="Triage"]')).toBeVisible();
    await expect(explorer.getByTestId('explorer-group-agents').locator('.entity-row[data-name="Triage agent"]')).toContainText('gpt-4o-mini');
    await expect(explorer.getByTestId('explorer-connection-providers').locator('.entity-row[data-name="GitHub"]')).toContainText('oauth · 2 scopes');
    await expectLaidOut(page, PARTS);
    await page.screenshot({ path: testInfo.outputPath(`explorer-${size}.png`) });

    // Server route form: its public URL and the methods the SDK allows.
    await explorer.getByTestId('trigger-group-serverRoutes').locator('.entity-row[data-name="webhook-resolver"]').click();
    await expect(inspector.getByTestId('section-serverRoute')).toBeVisible();
    await expect(inspector.getByTestId('server-route-url')).toContainText('/webhooks/server/2bb78bdc-8291-4443-973a-4731da512290');
    await expect(inspector.getByTestId('input-server-route-method-POST')).toBeChecked();
    await expectFormFits(page);
    await page.screenshot({ path: testInfo.outputPath(`server-route-${size}.png`) });

    // Health check: its form (general section), in the install hooks.
    await explorer.getByTestId('explorer-install-hooks').locator('.entity-row[data-name="health-check"]').click();
    await expect(inspector).toHaveAttribute('data-file', 'src/logic-functions/health-check.ts');
    await expect(inspector.getByTestId('trigger-form')).toBeVisible();
    await expectFormFits(page);

    // Skill: Markdown content with a preview.
    await explorer.getByTestId('explorer-group-skills').locator('.entity-row[data-name="Triage"]').click();
    await expect(inspector.getByTestId('entity-form')).toHaveAttribute('data-kind', 'defineSkill');
    await inspector.getByTestId('entity-input-content-preview').click();
    await expect(inspector.getByTestId('entity-input-content-rendered').locator('strong')).toHaveText('priority');
    await inspector.getByTestId('entity-input-content-edit').click();
    await expectFormFits(page);
    await page.screenshot({ path: testInfo.outputPath(`skill-${size}.png`) });

    // Agent: prompt, and a role written as a constant shown read-only with "Edit in code".
    await explorer.getByTestId('explorer-group-agents').locator('.entity-row[data-name="Triage agent"]').click();
    await expect(inspector.getByTestId('entity-form')).toHaveAttribute('data-kind', 'defineAgent');
    await expect(inspector.getByTestId('entity-field-roleUniversalIdentifier')).toHaveAttribute('data-kind', 'not-literal');
    await expect(inspector.getByTestId('entity-field-roleUniversalIdentifier').getByTestId('edit-in-code')).toBeVisible();
    await expectFormFits(page);

    // Connection provider: the OAuth section.
    await explorer.getByTestId('explorer-connection-providers').locator('.entity-row[data-name="GitHub"]').click();
    await expect(inspector.getByTestId('entity-form')).toHaveAttribute('data-kind', 'defineConnectionProvider');
    await expect(inspector.getByTestId('entity-section-oauth')).toBeVisible();
    await expectFormFits(page);
    await page.screenshot({ path: testInfo.outputPath(`connection-provider-${size}.png`) });
  }
});

test('form edits of a server route, a skill and a connection provider reach the files, nothing else changes', async ({ studio, page }) => {
  const explorer = studio.explorer.root;
  const inspector = page.getByTestId('inspector');
  const fixtureDir = path.resolve(__dirname, '..', 'test', 'fixtures', 'apps', 'logic-layer-app');
  const original = (file: string) => readFile(path.join(fixtureDir, file), 'utf8');
  const onDisk = (file: string) => readFile(path.join(studio.server.appDir, file), 'utf8');

  const resolver = 'src/logic-functions/webhook-resolver.ts';
  await explorer.getByTestId('trigger-group-serverRoutes').locator('.entity-row[data-name="webhook-resolver"]').click();
  await inspector.getByTestId('input-server-route-method-GET').check();
  await expect(studio.editor.tab(resolver)).toHaveAttribute('data-dirty', 'true');
  await studio.editor.save();
  await expect(studio.editor.tab(resolver)).toHaveAttribute('data-dirty', 'false');
  expect(await onDisk(resolver)).toBe((await original(resolver)).replace("httpMethods: ['POST']", "httpMethods: ['GET', 'POST']"));

  const skill = 'src/ai/triage-skill.ts';
  await explorer.getByTestId('explorer-group-skills').locator('.entity-row[data-name="Triage"]').click();
  const content = inspector.getByTestId('entity-input-content');
  await content.fill('# Triage\n\nRead the issue first.');
  await content.blur();
  await expect(studio.editor.tab(skill)).toHaveAttribute('data-dirty', 'true');
  await studio.editor.save();
  await expect(studio.editor.tab(skill)).toHaveAttribute('data-dirty', 'false');
  expect(await onDisk(skill)).toBe(
    (await original(skill)).replace("content: '# Triage\\n\\n1. Read the issue.\\n2. Pick a **priority**: low, medium or high.\\n',", "content: '# Triage\\n\\nRead the issue first.',"),
  );

  const provider = 'src/connections/github.ts';
  await explorer.getByTestId('explorer-connection-providers').locator('.entity-row[data-name="GitHub"]').click();
  await inspector.getByTestId('entity-input-oauth-usePkce').check();
  await expect(studio.editor.tab(provider)).toHaveAttribute('data-dirty', 'true');
  await studio.editor.save();
  await expect(studio.editor.tab(provider)).toHaveAttribute('data-dirty', 'false');
  expect(await onDisk(provider)).toBe((await original(provider)).replace("    tokenRequestContentType: 'json',\n", "    tokenRequestContentType: 'json',\n    usePkce: true,\n"));
});

test('the route composer sends to a server route and draws the handoff: resolver -> target -> each attempt of its job, linked', async ({ studio, page }, testInfo) => {
  // Two runs and a queued retry after the server's 1 s backoff, on a loaded machine.
  test.setTimeout(120_000);
  const composer = new ComposerPane(page);
  await composer.open('webhook-resolver');
  await expect(composer.url).toHaveValue('/webhooks/server/2bb78bdc-8291-4443-973a-4731da512290');
  await expect(composer.method).toHaveValue('POST');
  // The target fails its first attempt with RetryableLogicFunctionError: the queue retries it.
  await composer.setJsonBody(JSON.stringify({ workspaceId: '00000000-0000-4000-8000-000000000000', failAttempts: 1 }));
  await composer.send.click();
  await expect(composer.responseStatus).toHaveText('200 OK', { timeout: 60_000 });
  const handoff = composer.root.getByTestId('route-handoff');
  await expect(handoff).toHaveAttribute('data-outcome', 'dispatch');
  await expect(handoff.getByTestId('route-handoff-resolver')).toContainText('webhook-resolver returned a dispatch');
  await expect(handoff.getByTestId('route-handoff-target')).toContainText('ingest-webhook');
  await expect(handoff.getByTestId('route-handoff-target')).toContainText('retried up to 3 times');
  const attempts = handoff.getByTestId('route-handoff-attempt');
  await expect(attempts).toHaveCount(2, { timeout: 60_000 });
  await expect(attempts.nth(0)).toHaveAttribute('data-status', 'ERROR');
  await expect(attempts.nth(1)).toHaveAttribute('data-status', 'SUCCESS', { timeout: 60_000 });
  await expectLaidOut(page, PARTS);
  await handoff.screenshot({ path: testInfo.outputPath('server-route-handoff.png') });

  // Each attempt opens its run, which names the resolver and the attempt.
  await attempts.nth(1).click();
  await expect(page.getByTestId('run-dispatched-by')).toContainText('Dispatched by the server route webhook-resolver');
  await expect(page.getByTestId('run-dispatch-attempt')).toContainText('attempt 2 of at most 4');
  await handoff.getByTestId('route-handoff-open-resolver').click();
  await expect(page.getByTestId('run-server-route')).toHaveAttribute('data-outcome', 'dispatch');
});

test('New connection provider: the provider file, and its client id and secret declared on defineApplication as dev:add does', async ({ studio, page }) => {
  await page.getByTestId('new-function-button').click();
  const dialog = page.getByTestId('new-function-dialog');
  await dialog.getByTestId('new-entity-kind').selectOption('connectionProvider');
  await expect(dialog.getByTestId('new-provider-variables-hint')).toBeVisible();
  await dialog.getByTestId('new-function-name').fill('Linear');
  await dialog.getByTestId('new-function-create').click();
  await expect(dialog).toBeHidden();
  const onDisk = (file: string) => readFile(path.join(studio.server.appDir, file), 'utf8');
  const original = await readFile(path.join(__dirname, '..', 'test', 'fixtures', 'apps', 'logic-layer-app', 'src', 'application-config.ts'), 'utf8');
  await expect.poll(() => onDisk('src/application-config.ts')).toContain('LINEAR_CLIENT_SECRET');
  // Only the two declarations were added, after the variables already there.
  const declared = (name: string, description: string, isSecret: boolean) =>
    `    ${name}: {\n      description: '${description}',\n      isSecret: ${isSecret},\n      isRequired: true,\n    },\n`;
  expect(await onDisk('src/application-config.ts')).toBe(
    original.replace(
      '  },\n});',
      declared('LINEAR_CLIENT_ID', 'OAuth client ID issued by the third-party provider. Filled in once by the server admin on the application registration.', false) +
        declared('LINEAR_CLIENT_SECRET', 'OAuth client secret issued by the third-party provider. Stored encrypted; never echoed in API responses.', true) +
        '  },\n});',
    ),
  );
  expect(await onDisk('src/connection-providers/linear.ts')).toContain("clientSecretVariable: 'LINEAR_CLIENT_SECRET',");
  // The studio evaluates the new provider and the variables: the explorer lists it.
  await expect(studio.explorer.root.getByTestId('explorer-connection-providers').locator('.entity-row[data-name="Linear"]')).toBeVisible();
});
