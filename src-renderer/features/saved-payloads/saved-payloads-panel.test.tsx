// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SavedPayloadEntry } from '../../../src-shared/contract';
import type { FakeStudioApi } from '../../api/fake-studio-api';
import { renderComposer, webhookId, webhookPreview } from '../composer/composer-test-studio';

afterEach(cleanup);

const entry = (name: string, overrides: Partial<SavedPayloadEntry> = {}): SavedPayloadEntry => ({
  name,
  functionFolder: 'receive-webhook',
  path: `.twenty-studio/payloads/receive-webhook/${name}.json`,
  content: {
    version: 1,
    function: { universalIdentifier: webhookId, name: 'receive-webhook' },
    trigger: 'route',
    inputs: { method: 'POST', url: `/s/webhooks/incoming?case=${name}`, headers: [{ name: 'x-signature', value: 'sha256=abc' }], body: '{"event":"x"}' },
    payload: { headers: { 'x-signature': 'sha256=abc' } },
    expect: { status: 'SUCCESS' },
  },
  stale: false,
  ...overrides,
});

/** A fake folder of saved payloads that answers the saved-payload operations and plays payload.saved.changed. */
function savedFolder(api: FakeStudioApi, initial: SavedPayloadEntry[]) {
  let entries = initial;
  const changed = () => api.emit('payload.saved.changed', { functionFolder: 'receive-webhook' });
  api.handle('routes.request', () => webhookPreview());
  api.handle('payload.saved.list', () => ({ payloads: entries }));
  api.handle('payload.saved.rename', ({ name, newName }) => {
    entries = entries.map((item) => (item.name === name ? entry(newName) : item));
    queueMicrotask(changed);
    return entry(newName);
  });
  api.handle('payload.saved.duplicate', ({ name }) => {
    entries = [...entries, entry(`${name} copy`)];
    queueMicrotask(changed);
    return entry(`${name} copy`);
  });
  api.handle('payload.saved.delete', ({ name }) => {
    entries = entries.filter((item) => item.name !== name);
    queueMicrotask(changed);
    return { deleted: true };
  });
  api.handle('payload.saved.save', ({ name, content }) => {
    entries = [...entries, entry(name, { content: { ...content, version: 1, inputs: content.inputs ?? {} } })];
    queueMicrotask(changed);
    return entries.at(-1)!;
  });
  api.handle('payload.saved.check', ({ name }) => ({
    entry: entries.find((item) => item.name === name)!,
    passed: false,
    mismatches: [{ path: '$.data.received.body.event', expected: 'x', actual: 'y', message: '$.data.received.body.event: expected "x", got "y"' }],
  }));
  api.handle('payload.export', (params) => ({ command: params.kind === 'curl' ? `curl -X POST http://127.0.0.1:4321${params.request.url}` : 'yarn twenty dev:function:exec -n receive-webhook' }));
}

const names = () => screen.getAllByTestId('saved-payload').map((row) => row.dataset.name);
const row = (name: string) => screen.getAllByTestId('saved-payload').find((item) => item.dataset.name === name)!;

describe('saved payloads', () => {
  it('lists, renames, duplicates and deletes, refreshing on payload.saved.changed', async () => {
    renderComposer('src/logic-functions/receive-webhook.ts', (api) => savedFolder(api, [entry('signed'), entry('old', { stale: true, staleReason: 'The route path is now /hooks.' })]));
    await waitFor(() => expect(names()).toEqual(['signed', 'old']));
    expect(within(row('old')).getByTestId('saved-payload-stale').getAttribute('title')).toBe('The route path is now /hooks.');
    expect(row('old').textContent).toContain('The route path is now /hooks.');

    fireEvent.click(within(row('signed')).getByTestId('saved-payload-rename'));
    const input = screen.getByTestId('saved-payload-rename-input');
    fireEvent.change(input, { target: { value: 'signed-2' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(names()).toEqual(['signed-2', 'old']));

    fireEvent.click(within(row('signed-2')).getByTestId('saved-payload-duplicate'));
    await waitFor(() => expect(names()).toEqual(['signed-2', 'old', 'signed-2 copy']));

    fireEvent.click(within(row('old')).getByTestId('saved-payload-delete'));
    fireEvent.click(within(row('old')).getByTestId('saved-payload-delete-confirm'));
    await waitFor(() => expect(names()).toEqual(['signed-2', 'signed-2 copy']));
  });

  it('checks a payload and shows the mismatches; opens one into the composer', async () => {
    renderComposer('src/logic-functions/receive-webhook.ts', (api) => savedFolder(api, [entry('signed')]));
    await waitFor(() => expect(names()).toEqual(['signed']));
    fireEvent.click(within(row('signed')).getByTestId('saved-payload-check'));
    const outcome = await screen.findByTestId('saved-payload-check-result');
    expect(outcome.dataset.passed).toBe('false');
    // The path once (issue 15 item 13): the core's message already starts with it.
    expect(screen.getByTestId('saved-payload-mismatch').textContent).toBe('$.data.received.body.event: expected "x", got "y"');

    fireEvent.click(within(row('signed')).getByTestId('saved-payload-open'));
    await waitFor(() => expect((screen.getByTestId('route-url') as HTMLInputElement).value).toBe('/s/webhooks/incoming?case=signed'));
  });

  it('saves the composer input with an expectation', async () => {
    const { api } = renderComposer('src/logic-functions/receive-webhook.ts', (api) => savedFolder(api, []));
    fireEvent.click(screen.getByTestId('save-payload'));
    fireEvent.change(screen.getByTestId('save-payload-name'), { target: { value: 'my payload' } });
    fireEvent.change(screen.getByTestId('save-payload-status'), { target: { value: 'SUCCESS' } });
    fireEvent.change(screen.getByTestId('save-payload-http-status'), { target: { value: '200' } });
    fireEvent.click(screen.getByTestId('save-payload-submit'));
    await waitFor(() => expect(names()).toEqual(['my payload']));
    const saved = api.callsOf('payload.saved.save')[0]!;
    expect(saved.content).toMatchObject({
      trigger: 'route',
      function: { universalIdentifier: webhookId, name: 'receive-webhook' },
      inputs: { method: 'POST', url: '/s/webhooks/incoming' },
      payload: { headers: { 'x-signature': 'sha256=abc' } },
      expect: { status: 'SUCCESS', response: { status: 200 } },
    });
  });

  it('copies as curl, and shows the command to copy by hand without a clipboard', async () => {
    renderComposer('src/logic-functions/receive-webhook.ts', (api) => savedFolder(api, [entry('signed')]));
    await waitFor(() => expect(names()).toEqual(['signed']));
    fireEvent.click(within(row('signed')).getByTestId('saved-payload-copy-curl'));
    const copied = await screen.findByTestId('copied-command');
    // jsdom has no clipboard: the fallback text box holds the command.
    expect(copied.dataset.clipboard).toBe('false');
    expect((screen.getByTestId('copied-command-text') as HTMLTextAreaElement).value).toBe('curl -X POST http://127.0.0.1:4321/s/webhooks/incoming?case=signed');
  });

  it('offers curl against the Remote target, with its /s/ base', async () => {
    const exported: unknown[] = [];
    renderComposer('src/logic-functions/receive-webhook.ts', (api) => {
      savedFolder(api, [entry('signed')]);
      api.handle('target.get', () => ({ target: { kind: 'remote', url: 'https://crm.example.com' }, remotes: [] }));
      api.handle('payload.export', (params) => {
        exported.push(params);
        return { command: 'curl https://crm.example.com/s/webhooks/incoming' };
      });
    });
    fireEvent.click(await screen.findByTestId('copy-curl-remote'));
    await screen.findByTestId('copied-command');
    expect(exported[0]).toMatchObject({ kind: 'curl', baseUrl: 'https://crm.example.com' });
  });

  it('offers no remote curl with the Offline target', async () => {
    renderComposer('src/logic-functions/receive-webhook.ts', (api) => savedFolder(api, [entry('signed')]));
    await waitFor(() => expect(names()).toEqual(['signed']));
    expect(screen.queryByTestId('copy-curl-remote')).toBeNull();
  });
});
