import type { Page } from '@playwright/test';
import { FakeOAuthProvider } from '../test/helpers/fake-oauth-provider';
import { pointAcmeMailAt } from '../test/helpers/oauth-fixture-app';
import { expect, test as studioTest } from './fixtures';
import { WorkspaceWindow } from './pages/workspace-window';

/**
 * "Connect with OAuth" as a person does it: client id and secret in Run settings → Variables, the
 * Workspace window's Connections tab, the provider's sign-in in the tab the studio opens, and back.
 * The provider is test/helpers/fake-oauth-provider.ts on 127.0.0.1; the app's copy points at its
 * port before the studio opens it (`prepareApp`), and the provider stops after the studio.
 */
const test = studioTest.extend<{ provider: FakeOAuthProvider }>({
  provider: async ({}, use) => {
    const provider = new FakeOAuthProvider();
    await provider.start();
    try {
      await use(provider);
    } finally {
      await provider.stop();
    }
  },
  prepareApp: async ({ provider }, use) => use((appDir) => pointAcmeMailAt(appDir, provider.url)),
});

test.use({ fixtureApp: 'workspace-app' });
// The first open of a Local workspace on a machine builds its PGlite template (~15 s).
test.setTimeout(240_000);

async function setVariables(page: Page, values: Record<string, string>): Promise<void> {
  await page.getByTestId('run-settings-button').click();
  for (const [name, value] of Object.entries(values)) await page.locator(`[data-testid="variable-field"][data-name="${name}"] [data-testid="variable-input"]`).fill(value);
  await page.getByTestId('variables-save').click();
  await expect(page.getByTestId('variables-status')).toHaveText(/^Saved/);
  await page.getByTestId('run-settings-close').click();
}

/** Clicks "Connect with OAuth" and returns the tab it opened, once the studio's callback page is in it. */
async function connect(page: Page, workspace: WorkspaceWindow): Promise<Page> {
  const opened = page.context().waitForEvent('page');
  await workspace.root.getByTestId('ws-oauth-connect').click();
  const signIn = await opened;
  // The provider's /authorize redirects straight to the studio's loopback callback (no consent form).
  await expect(signIn).toHaveURL(/\/oauth\/callback\?/);
  return signIn;
}

test('Connect with OAuth signs in at the provider, lists the connection masked with its scopes, and a function gets its token', async ({ studio, provider }) => {
  const page = studio.page;
  await setVariables(page, { ACME_CLIENT_ID: provider.clientId, ACME_CLIENT_SECRET: provider.clientSecret });
  const workspace = new WorkspaceWindow(page);
  await workspace.open();
  await workspace.tab('connections').click();
  const form = workspace.root.getByTestId('ws-connection-form');
  await expect(form.getByTestId('ws-connection-provider')).toHaveValue('acme-mail');

  const signIn = await connect(page, workspace);
  await expect(signIn.locator('h1')).toHaveAttribute('data-oauth-status', 'connected');
  await expect(signIn.locator('body')).toContainText('You can close this tab');
  await signIn.close();
  // The studio sent the authorize request with PKCE, and the code exchange with the secret.
  expect(provider.authorizeRequests).toHaveLength(1);
  expect(provider.authorizeRequests[0].get('code_challenge_method')).toBe('S256');
  expect(provider.tokenRequests.at(-1)).toMatchObject({ grant_type: 'authorization_code', client_id: provider.clientId, client_secret: provider.clientSecret });

  const status = workspace.root.getByTestId('ws-oauth-status');
  await expect(status).toHaveAttribute('data-status', 'connected');
  await expect(status).toContainText('Connected Acme Mail #1');
  const row = workspace.root.locator('[data-testid="ws-connection-row"][data-handle="Acme Mail #1"]');
  await expect(row).toBeVisible();
  await expect(row.getByTestId('ws-connection-token')).toContainText('••••••••');
  await expect(row.getByTestId('ws-connection-token')).not.toContainText('access-');
  await expect(row.getByTestId('ws-connection-oauth')).toContainText('OAuth · refreshable');
  await expect(row).toContainText('mail.read mail.send');

  // use-connection picks the workspace connection and reads it with getConnection: the real token.
  await page.keyboard.press('Escape');
  await expect(workspace.root).toBeHidden();
  await studio.run.runFromExplorer('use-connection');
  await expect(studio.run.status).toHaveText('SUCCESS', { timeout: 30_000 });
  await expect(studio.run.data).toContainText('Acme Mail #1');
  await expect(studio.run.data).toContainText(/access-\d+/);
  await expect(studio.run.data).toContainText('mail.send');
});

test('Connect with OAuth shows the provider\'s denial and a token endpoint\'s garbage as sentences, and adds no connection', async ({ studio, provider }) => {
  const page = studio.page;
  await setVariables(page, { ACME_CLIENT_ID: provider.clientId, ACME_CLIENT_SECRET: provider.clientSecret });
  const workspace = new WorkspaceWindow(page);
  await workspace.open();
  await workspace.tab('connections').click();
  const status = workspace.root.getByTestId('ws-oauth-status');

  // The person says no at the provider.
  provider.deny = true;
  let signIn = await connect(page, workspace);
  await expect(signIn.locator('h1')).toHaveAttribute('data-oauth-status', 'failed');
  await signIn.close();
  await expect(status).toHaveAttribute('data-status', 'failed');
  await expect(status).toHaveText('Acme Mail did not grant access: access_denied (The user said no).');
  expect(provider.tokenRequests).toHaveLength(0);

  // The provider grants, but its token endpoint answers an HTML error page.
  provider.deny = false;
  provider.tokenMode = 'garbage';
  signIn = await connect(page, workspace);
  await expect(signIn.locator('h1')).toHaveAttribute('data-oauth-status', 'failed');
  await signIn.close();
  await expect(status).toHaveAttribute('data-status', 'failed');
  await expect(status).toContainText("The code could not be exchanged for a token. The token endpoint's answer is not JSON: <html>Service temporarily unavailable</html>");
  await expect(workspace.root.getByTestId('ws-connection-row')).toHaveCount(0);
});
