import { expect, test } from './fixtures';
import { expectLaidOut } from './pages/layout-check';
import { WorkspaceWindow } from './pages/workspace-window';

test.use({ fixtureApp: 'workspace-app' });
test.setTimeout(240_000);

test('the Workspace window enqueues a job, adds and expires a connection, and scripts an agent', async ({ studio }, testInfo) => {
  const page = studio.page;
  const workspace = new WorkspaceWindow(page);
  await workspace.open();

  // Jobs: enqueue record-job from the form; the queue runs it to COMPLETED.
  await workspace.tab('jobs').click();
  const enqueue = workspace.root.getByTestId('ws-enqueue');
  await enqueue.getByTestId('ws-enqueue-function').selectOption({ label: 'record-job' });
  await enqueue.getByTestId('ws-enqueue-payload').fill('{"tag": "from-window"}');
  await enqueue.getByTestId('ws-enqueue-submit').click();
  const jobRow = workspace.root.locator('[data-testid="ws-job-row"][data-function="record-job"]').first();
  await expect(jobRow).toBeVisible();
  await expect(jobRow).toHaveAttribute('data-state', 'COMPLETED', { timeout: 60_000 });
  await expect(jobRow.getByTestId('ws-job-retry')).toBeVisible();
  await expect(jobRow.getByTestId('ws-job-run').first()).toBeVisible();

  // Connections: add one for acme-mail, its token comes back masked; toggle Expired.
  await workspace.tab('connections').click();
  const form = workspace.root.getByTestId('ws-connection-form');
  await expect(form.getByTestId('ws-connection-provider')).toHaveValue('acme-mail');
  await form.getByTestId('ws-connection-name').fill('Test mailbox');
  await form.getByTestId('ws-connection-handle').fill('rep@acme.example');
  await form.getByTestId('ws-connection-token-input').fill('secret-token-12345');
  await form.getByTestId('ws-connection-scopes').fill('mail.read');
  await form.getByTestId('ws-connection-add').click();
  const connection = workspace.root.locator('[data-testid="ws-connection-row"][data-handle="rep@acme.example"]');
  await expect(connection).toBeVisible();
  await expect(connection.getByTestId('ws-connection-token')).not.toHaveText('secret-token-12345');
  await expect(connection).toHaveAttribute('data-expired', 'false');
  await connection.getByTestId('ws-connection-expired').click();
  await expect(connection).toHaveAttribute('data-expired', 'true');
  await expect(connection.getByTestId('ws-connection-expired')).toBeChecked();
  await connection.getByTestId('ws-connection-expired').click();
  await expect(connection).toHaveAttribute('data-expired', 'false');
  await expect(connection.getByTestId('ws-connection-expired')).not.toBeChecked();

  // Agents: a scripted text reply for the deal coach.
  await workspace.tab('agents').click();
  const agent = workspace.root.locator('[data-testid="ws-agent"][data-name="dealCoach"]');
  await expect(agent).toBeVisible();
  await expect(agent.getByTestId('ws-agent-script-state')).toHaveText('default echo');
  await agent.getByTestId('ws-agent-mode').selectOption('text');
  await agent.getByTestId('ws-agent-text').fill('Call them back tomorrow.');
  await agent.getByTestId('ws-agent-save').click();
  await expect(agent.getByTestId('ws-agent-script-state')).toHaveText('scripted');
  await expect(workspace.root.locator('[data-testid="ws-agent"][data-name="dealCoach"] [data-testid="ws-agent-text"]')).toHaveValue('Call them back tomorrow.');
  // Tool calls: an unknown tool is refused at the field; a tool of the app is saved with the script.
  const scripted = workspace.root.locator('[data-testid="ws-agent"][data-name="dealCoach"]');
  await scripted.getByTestId('ws-agent-tool-calls').fill('[{"tool": "no-such-tool"}]');
  await expect(scripted.getByTestId('ws-agent-invalid')).toContainText('no tool "no-such-tool"');
  await expect(scripted.getByTestId('ws-agent-save')).toBeDisabled();
  await scripted.getByTestId('ws-agent-tool-calls').fill('[{"tool": "lookup-deal", "input": {"name": "Acme"}}]');
  await scripted.getByTestId('ws-agent-save').click();
  await expect(workspace.root.getByTestId('ws-agents-message')).toContainText('Saved the script of dealCoach');
  await expect(workspace.root.locator('[data-testid="ws-agent"][data-name="dealCoach"] [data-testid="ws-agent-tool-calls"]')).toHaveValue(/lookup-deal/);
  // Model endpoint: saved without showing a key back, then back to the local echo.
  const model = workspace.root.getByTestId('ws-agent-model');
  await model.getByTestId('ws-agent-model-url').fill('not a url');
  await expect(model.getByTestId('ws-agent-model-save')).toBeDisabled();
  await model.getByTestId('ws-agent-model-url').fill('http://127.0.0.1:9/v1');
  await model.getByTestId('ws-agent-model-name').fill('local-model');
  await model.getByTestId('ws-agent-model-key').fill('sk-secret');
  await model.getByTestId('ws-agent-model-save').click();
  await expect(workspace.root.getByTestId('ws-agent-model-state')).toHaveText('local-model · key stored');
  await expect(workspace.root.getByTestId('ws-agent-model-key')).toHaveValue('');
  await workspace.root.getByTestId('ws-agent-model-clear').click();
  await expect(workspace.root.getByTestId('ws-agent-model-state')).toHaveText('local echo');

  // Layout at 1024x700: nothing overlaps, the page does not scroll.
  await page.setViewportSize({ width: 1024, height: 700 });
  for (const [tab, parts] of [
    ['jobs', ['.ws-jobs .ws-kv-list', '[data-testid="ws-enqueue"]']],
    ['connections', ['.ws-connections .ws-kv-list', '[data-testid="ws-connection-form"]']],
    ['agents', ['[data-testid="ws-agents"]']],
  ] as const) {
    await workspace.tab(tab).click();
    await expectLaidOut(page, ['[data-testid="top-bar"]', '.ws-header', ...parts]);
    await page.screenshot({ path: testInfo.outputPath(`workspace-${tab}-1024x700.png`) });
  }
  await workspace.tab('data').click();
  await expect(workspace.root.getByTestId('ws-snapshots')).toBeAttached();
  await expectLaidOut(page, ['[data-testid="top-bar"]', '[data-testid="ws-data"]']);
});
