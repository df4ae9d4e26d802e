import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test } from './fixtures';
import { ComposerPane } from './pages/composer-pane';

test.use({ fixtureApp: 'payloads-app' });

test('a POST with a header the route does not forward: listed as dropped, then sent, and the route server answers the same', async ({ studio }) => {
  const composer = new ComposerPane(studio.page);
  await composer.open('receive-webhook');
  await expect(composer.method).toHaveValue('POST');
  await composer.url.fill('/s/webhooks/incoming?source=stripe');
  // The table starts with the forwarded x-signature row.
  await composer.headers.getByTestId('route-headers-row').first().getByLabel('Headers value').fill('sha256=abc');
  await composer.addHeader('X-Trace-Id', 'trace-7');
  await composer.setJsonBody('{ "event": "invoice.paid", "amount": 1200 }');

  // Preview: the function matches, x-trace-id is dropped, x-signature forwarded.
  await expect(composer.root.getByTestId('route-preview-match')).toContainText('receive-webhook');
  await expect(composer.droppedHeaders.and(studio.page.locator('[data-name="x-trace-id"]'))).toContainText('not in forwardedRequestHeaders');
  await expect(composer.root.getByTestId('route-payload-headers')).toContainText('"x-signature":"sha256=abc"');
  await expect(composer.root.getByTestId('route-payload-headers')).not.toContainText('x-trace-id');
  await expect(composer.root.getByTestId('route-payload-queryStringParameters')).toContainText('"source":"stripe"');

  // Invalid JSON keeps the text and disables Send; fixing it enables Send again.
  await composer.root.getByTestId('route-body-text').fill('{ "event": "invoice.paid", }');
  await expect(composer.root.getByTestId('route-body-error')).toContainText('Line 1, column');
  await expect(composer.send).toBeDisabled();
  await expect(composer.root.getByTestId('route-body-text')).toHaveValue('{ "event": "invoice.paid", }');
  await composer.root.getByTestId('route-body-text').fill('{ "event": "invoice.paid", "amount": 1200 }');
  await expect(composer.send).toBeEnabled();

  // Ctrl+Enter from inside the composer sends.
  await composer.url.focus();
  await studio.page.keyboard.press('Control+Enter');
  await expect(composer.responseStatus).toHaveText(/^200\b/, { timeout: 30_000 });
  await expect(composer.responseHeaders).toContainText('content-type');
  await expect(composer.response.getByTestId('route-response-json')).toContainText('invoice.paid');

  // The same request through the local route server, with a real HTTP client.
  await expect(composer.routeServerUrl).toHaveText(/^http:\/\/127\.0\.0\.1:\d+/);
  const base = (await composer.routeServerUrl.textContent())!.replace(/\/+$/, '');
  const response = await fetch(`${base}/s/webhooks/incoming?source=stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-signature': 'sha256=abc', 'x-trace-id': 'trace-7' },
    body: JSON.stringify({ event: 'invoice.paid', amount: 1200 }),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/json');
  const body = (await response.json()) as { received: { headers: Record<string, string>; body: unknown; queryStringParameters: unknown } };
  expect(body.received.headers).toEqual({ 'x-signature': 'sha256=abc' });
  expect(body.received.body).toEqual({ event: 'invoice.paid', amount: 1200 });
  expect(body.received.queryStringParameters).toEqual({ source: 'stripe' });

  // "Forward this header" edits the route's source through the trigger editor; once saved, the preview forwards it.
  await composer.root.getByTestId('route-view-preview').click();
  await composer.droppedHeaders.and(studio.page.locator('[data-name="x-trace-id"]')).getByTestId('route-forward-header').click();
  await expect(composer.root.getByTestId('route-forward-outcome')).toContainText('save the file');
  await expect(studio.editor.tab('src/logic-functions/receive-webhook.ts')).toHaveAttribute('data-dirty', 'true');
  await studio.page.keyboard.press('Control+s');
  await expect(composer.root.getByTestId('route-payload-headers')).toContainText('"x-trace-id":"trace-7"', { timeout: 30_000 });
});

test('a response with its own status and headers shows the ones /s/ drops', async ({ studio }) => {
  const composer = new ComposerPane(studio.page);
  await composer.open('download-report');
  await composer.send.click();
  await expect(composer.responseStatus).toHaveText(/^201\b/, { timeout: 30_000 });
  await expect(composer.responseHeaders).toContainText('text/csv');
  await expect(composer.root.getByTestId('route-response-dropped')).toContainText('x-report-id');
  await expect(composer.root.getByTestId('route-response-text')).toContainText('Acme,12');
});

test('an authenticated route answers 401 without the Authorization toggle', async ({ studio }) => {
  const composer = new ComposerPane(studio.page);
  await composer.open('get-item');
  await composer.root.getByTestId('route-auth').uncheck();
  await expect(composer.root.getByTestId('route-preview-answer')).toContainText('401');
  await composer.root.getByTestId('route-auth').check();
  await expect(composer.root.getByTestId('route-payload-pathParameters')).toContainText('"id":"1"');
  await expect(composer.root.getByTestId('route-payload-userWorkspaceId')).not.toContainText('null');
});

test('who fires for a person update, and Send runs the firing functions', async ({ studio }) => {
  const composer = new ComposerPane(studio.page);
  await composer.open('on-person-name-updated');
  const row = (name: string) => composer.root.locator(`[data-testid="who-fires-row"][data-name="${name}"]`);
  await expect(row('on-person-name-updated')).toHaveAttribute('data-fires', 'true');
  await expect(row('on-any-created')).toHaveAttribute('data-fires', 'false');
  await expect(row('on-company-batch')).toHaveAttribute('data-fires', 'false');
  await expect(row('on-person-name-updated').getByTestId('who-fires-self-trigger')).toBeVisible();
  await composer.root.getByTestId('event-send').click();
  await expect(row('on-person-name-updated').getByTestId('who-fires-result')).toHaveAttribute('data-status', 'SUCCESS', { timeout: 30_000 });
  await expect(row('on-person-name-updated').getByTestId('who-fires-result')).toContainText('updatedFields');
});

test('a saved payload survives a reload and a restart of the studio, and checks', async ({ studio, studioServer }) => {
  const composer = new ComposerPane(studio.page);
  await composer.open('receive-webhook');
  await composer.showSaved();
  // The fixture's own saved payload is listed and passes its check.
  await expect(composer.savedPayload('signed-invoice')).toBeVisible();
  await composer.savedPayload('signed-invoice').getByTestId('saved-payload-check').click();
  await expect(composer.savedPayload('signed-invoice').getByTestId('saved-payload-check-result')).toHaveAttribute('data-passed', 'true', { timeout: 30_000 });

  await composer.url.fill('/s/webhooks/incoming?source=e2e');
  await composer.save('from-e2e', 'SUCCESS');
  await expect(composer.savedPayload('from-e2e')).toBeVisible();

  await studio.reload();
  await composer.open('receive-webhook');
  await composer.showSaved();
  await expect(composer.savedPayload('from-e2e')).toBeVisible();
  await composer.savedPayload('from-e2e').getByTestId('saved-payload-open').click();
  await expect(composer.url).toHaveValue('/s/webhooks/incoming?source=e2e');
  await composer.savedPayload('from-e2e').getByTestId('saved-payload-check').click();
  await expect(composer.savedPayload('from-e2e').getByTestId('saved-payload-check-result')).toHaveAttribute('data-passed', 'true', { timeout: 30_000 });

  // A second studio process on the same app folder (a restart) finds it on disk.
  const child = spawn(process.execPath, ['out/main/cli.js', 'serve', studioServer.appDir, '--port', '0', '--data-dir', `${studioServer.dataDir}-restarted`], {
    cwd: path.resolve(__dirname, '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(output);
        if (match) resolve(match[0]);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
    });
    const page = await studio.page.context().newPage();
    await page.goto(url);
    const restarted = new ComposerPane(page);
    await restarted.open('receive-webhook');
    await restarted.showSaved();
    await expect(restarted.savedPayload('from-e2e')).toBeVisible();
    await page.close();
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
  }
});
