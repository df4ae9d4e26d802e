// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderComposer, webhookPreview } from '../composer-test-studio';

afterEach(cleanup);

describe('route composer', () => {
  it('previews the request with a dry run and lists the dropped header', async () => {
    const { api } = renderComposer('src/logic-functions/receive-webhook.ts', (api) => api.handle('routes.request', () => webhookPreview()));
    const dropped = await screen.findByTestId('route-dropped-header');
    expect(dropped.dataset.name).toBe('x-trace-id');
    expect(dropped.textContent).toContain('not in forwardedRequestHeaders');
    // No trigger editor registered yet: the button says what it waits for.
    const forward = within(dropped).getByTestId('route-forward-header');
    expect(forward).toHaveProperty('disabled', true);
    expect(forward.getAttribute('title')).toBe('Coming with the trigger editor');
    expect(screen.getByTestId('route-preview-match').textContent).toContain('receive-webhook');
    const request = api.callsOf('routes.request')[0]!;
    expect(request).toMatchObject({ method: 'POST', url: '/s/webhooks/incoming', dryRun: true });
  });

  it('calls the trigger editor to forward a header once it registers', async () => {
    const { studio } = renderComposer('src/logic-functions/receive-webhook.ts', (api) => api.handle('routes.request', () => webhookPreview()));
    const forwarded: string[] = [];
    studio.composer.getState().setForwardHeader(async (uid, header) => void forwarded.push(`${uid}:${header}`));
    const button = await screen.findByTestId('route-forward-header');
    await waitFor(() => expect(button).toHaveProperty('disabled', false));
    fireEvent.click(button);
    expect(forwarded).toEqual(['bb981a40-ef50-4f09-88e6-e11de6f44980:x-trace-id']);
  });

  it('keeps an invalid JSON body as typed, says where it breaks and disables Send', async () => {
    const { api, studio } = renderComposer('src/logic-functions/receive-webhook.ts', (api) => api.handle('routes.request', () => webhookPreview()));
    const body = screen.getByTestId('route-body-text') as HTMLTextAreaElement;
    fireEvent.change(body, { target: { value: '{ "a": 1,\n  "b": }' } });
    expect(body.value).toBe('{ "a": 1,\n  "b": }');
    expect(screen.getByTestId('route-body-error').textContent).toMatch(/^Line 2, column \d+/);
    expect(screen.getByTestId('route-send')).toHaveProperty('disabled', true);
    // Ctrl+Enter does not send either.
    fireEvent.keyDown(body, { key: 'Enter', ctrlKey: true });
    studio.composer.getState().active?.send();
    expect(api.callsOf('routes.request').some((call) => call.dryRun === false)).toBe(false);

    fireEvent.change(body, { target: { value: '{ "a": 1 }' } });
    expect(screen.queryByTestId('route-body-error')).toBeNull();
    expect(screen.getByTestId('route-send')).toHaveProperty('disabled', false);
  });

  it('sends with Ctrl+Enter and shows the status, the filtered headers and the dropped ones', async () => {
    renderComposer('src/logic-functions/receive-webhook.ts', (api) =>
      api.handle('routes.request', ({ dryRun }) =>
        dryRun
          ? webhookPreview()
          : webhookPreview({
              runId: 'run-9',
              response: { status: 201, headers: { 'content-type': 'text/html' }, body: '<h1>hi</h1>', bodyKind: 'text', droppedHeaders: [{ name: 'x-internal', value: '1' }], warnings: [] },
            }),
      ),
    );
    fireEvent.keyDown(screen.getByTestId('route-url'), { key: 'Enter', ctrlKey: true });
    expect((await screen.findByTestId('route-response-status')).textContent).toBe('201 Created');
    expect(screen.getByTestId('route-response-headers').textContent).toContain('text/html');
    expect(screen.getByTestId('route-response-dropped-header').textContent).toBe('x-internal');
    const frame = screen.getByTestId('route-response-html');
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toBe('<h1>hi</h1>');
  });

  it('edits the query string through its table', async () => {
    const { api } = renderComposer('src/logic-functions/receive-webhook.ts', (api) => api.handle('routes.request', () => webhookPreview()));
    fireEvent.change(screen.getByTestId('route-url'), { target: { value: '/s/webhooks/incoming?tag=a&tag=b' } });
    const rows = screen.getAllByTestId('route-query-row');
    expect(rows).toHaveLength(2);
    fireEvent.change(within(rows[1]!).getByLabelText('Query string value'), { target: { value: 'c d' } });
    expect((screen.getByTestId('route-url') as HTMLInputElement).value).toBe('/s/webhooks/incoming?tag=a&tag=c%20d');
    await waitFor(() => expect(api.callsOf('routes.request').at(-1)?.url).toBe('/s/webhooks/incoming?tag=a&tag=c%20d'));
  });
});
