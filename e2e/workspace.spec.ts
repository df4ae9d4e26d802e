import { expect, test } from './fixtures';
import { expectLaidOut } from './pages/layout-check';
import { WorkspaceWindow } from './pages/workspace-window';

test.use({ fixtureApp: 'workspace-app' });
// The first open of a Local workspace on a machine builds its PGlite template (~15 s); later ones take 2-3 s.
test.setTimeout(240_000);

test('the Workspace window creates, edits, deletes and restores records, shows the triggered run, and keeps kv values', async ({ studio }, testInfo) => {
  const page = studio.page;
  const workspace = new WorkspaceWindow(page);
  await workspace.open();
  await expect(workspace.object('dealReview')).toHaveAttribute('data-source', 'app');

  // Create a company through the form: its company.created event runs note-new-company.
  await workspace.showObject('company');
  await workspace.root.getByTestId('ws-record-create').click();
  for (const [path, value] of Object.entries({ name: 'Acme Studio', 'domainName.primaryLinkUrl': 'https://acme.example', 'address.addressCity': 'Lyon' })) await workspace.input(path).fill(value);
  await page.screenshot({ path: testInfo.outputPath('workspace-create-form-1440x900.png') });
  await workspace.form.getByTestId('ws-form-submit').click();
  const acme = workspace.row('Acme Studio');
  await expect(acme).toBeVisible();
  await expect(acme).toContainText('https://acme.example');
  await expect(acme).toContainText('Lyon');
  await expect(workspace.detail.getByTestId('ws-record-json')).toContainText('"name": "Acme Studio"');
  const companyId = await acme.getAttribute('data-id');

  // Activity: the event, the trigger and the run's own API calls.
  await workspace.tab('activity').click();
  await expect(workspace.activity('event', `company.created ${companyId}`)).toHaveCount(1);
  const trigger = workspace.activity('trigger', 'note-new-company');
  await expect(trigger).toHaveCount(1, { timeout: 30_000 });
  await expect(workspace.activity('event', 'note.created').first()).toBeVisible({ timeout: 30_000 });
  await expect(workspace.activity('event', 'noteTarget.created').first()).toBeVisible({ timeout: 30_000 });
  // The run's own API calls, attributed to it, with their query and variables.
  const request = workspace.activity('request', /mutation createNote(?!Target)/).first();
  await expect(request).toBeVisible();
  await request.getByTestId('ws-activity-toggle').click();
  await expect(request.getByTestId('ws-activity-detail')).toContainText('NoteCreateInput');
  await expect(request.getByTestId('ws-activity-detail')).toContainText('Welcome Acme Studio');
  await workspace.root.getByTestId('ws-activity-filter').fill('note-new-company');
  await expect(workspace.activityEntries).toHaveCount(1);
  await workspace.root.getByTestId('ws-activity-filter').fill('');
  await testInfo.attach('activity', { body: await page.screenshot(), contentType: 'image/png' });
  await page.screenshot({ path: testInfo.outputPath('workspace-activity-1440x900.png') });

  // The triggered run opens in the run pane (the window steps aside), then the window comes back as it was.
  const triggeredRunId = await trigger.getByTestId('ws-activity-run').filter({ hasText: 'started run' }).getAttribute('data-run-id');
  await trigger.getByTestId('ws-activity-run').filter({ hasText: 'started run' }).click();
  await expect(workspace.root).toBeHidden();
  await expect(studio.run.root).toHaveAttribute('data-run-id', triggeredRunId!);
  await expect(studio.run.status).toHaveText('SUCCESS', { timeout: 30_000 });
  await page.keyboard.press('Control+Shift+D');
  await expect(workspace.root).toBeVisible();
  await expect(workspace.tab('activity')).toHaveAttribute('aria-selected', 'true');

  // The note the run wrote is in the Notes table.
  await workspace.showObject('note');
  await expect(workspace.row('Welcome Acme Studio')).toBeVisible();
  await expect(workspace.row('Welcome Acme Studio')).toContainText('New company **Acme Studio**');

  // Edit the company.
  await workspace.showObject('company');
  await workspace.row('Acme Studio').click();
  await workspace.detail.getByTestId('ws-record-edit').click();
  await expect(workspace.input('name')).toHaveValue('Acme Studio');
  await workspace.submitForm({ name: 'Acme Renamed' });
  await expect(workspace.row('Acme Renamed')).toBeVisible();
  await expect(workspace.row('Acme Studio')).toHaveCount(0);

  // Sort by name both ways.
  await workspace.root.locator('[data-testid="ws-column-sort"][data-field="name"]').click();
  await expect(workspace.root.locator('th[aria-sort="ascending"]')).toHaveCount(1);

  // Delete (soft), see it with "Show deleted", restore it.
  await workspace.row('Acme Renamed').click();
  await workspace.detail.getByTestId('ws-record-delete').click();
  await expect(workspace.row('Acme Renamed')).toHaveCount(0);
  await workspace.root.getByTestId('ws-show-deleted').check();
  await expect(workspace.row('Acme Renamed')).toHaveClass(/ws-deleted/);
  await workspace.row('Acme Renamed').click();
  await workspace.detail.getByTestId('ws-record-restore').click();
  await expect(workspace.row('Acme Renamed')).not.toHaveClass(/ws-deleted/);
  await workspace.root.getByTestId('ws-show-deleted').uncheck();
  await expect(workspace.row('Acme Renamed')).toBeVisible();

  // An invalid value comes back from the core as a readable error in the form.
  await workspace.row('Acme Renamed').click();
  await workspace.detail.getByTestId('ws-record-edit').click();
  await workspace.submitForm({ accountOwnerId: 'not-a-uuid' });
  await expect(workspace.form.getByTestId('ws-form-error')).toContainText(/uuid/i);
  await workspace.form.getByTestId('ws-form-close').click();

  // Key-value: set a value, see it listed.
  await workspace.tab('kv').click();
  await workspace.root.getByTestId('ws-kv-key').fill('greeting');
  await workspace.root.getByTestId('ws-kv-value-input').fill('{"hello": ');
  await expect(workspace.root.getByTestId('ws-kv-invalid')).toBeVisible();
  await workspace.root.getByTestId('ws-kv-value-input').fill('{"hello": "world"}');
  await workspace.root.getByTestId('ws-kv-save').click();
  const kvRow = workspace.root.locator('[data-testid="ws-kv-row"][data-key="greeting"]');
  await expect(kvRow).toHaveAttribute('data-scope', 'WORKSPACE');
  await expect(kvRow.getByTestId('ws-kv-value')).toHaveText('{"hello":"world"}');
  await page.screenshot({ path: testInfo.outputPath('workspace-kv-1440x900.png') });
  await workspace.tab('activity').click();
  await expect(workspace.activity('kv', 'greeting').first()).toBeVisible();

  // An event's record link opens it in Records.
  await workspace.activity('event', 'note.created').first().getByTestId('ws-activity-record').click();
  await expect(workspace.tab('records')).toHaveAttribute('aria-selected', 'true');
  await expect(workspace.table).toHaveAttribute('data-object', 'note');
  await expect(workspace.detail).toContainText('Welcome Acme Studio');

  // Data: the status and where the Core API listens.
  await workspace.tab('data').click();
  await expect(workspace.root.getByTestId('ws-status-state')).toHaveText('ready');
  await expect(workspace.root.getByTestId('ws-status-url')).toHaveText(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
  await page.screenshot({ path: testInfo.outputPath('workspace-data-1440x900.png') });

  // Layout at both sizes: no page scroll, the window's parts side by side.
  await workspace.showObject('company');
  await workspace.row('Acme Renamed').click();
  const parts = ['[data-testid="ws-objects"]', '.ws-table-area', '.ws-pane'];
  for (const [width, height] of [[1440, 900], [1024, 700]] as const) {
    await page.setViewportSize({ width, height });
    await expect(workspace.detail).toBeVisible();
    await expectLaidOut(page, ['[data-testid="top-bar"]', ...parts]);
    await page.screenshot({ path: testInfo.outputPath(`workspace-records-${width}x${height}.png`) });
    await workspace.tab('activity').click();
    await expectLaidOut(page, ['[data-testid="top-bar"]', '[data-testid="ws-activity-scroll"]']);
    await page.screenshot({ path: testInfo.outputPath(`workspace-activity-${width}x${height}.png`) });
    await workspace.tab('records').click();
  }
});
