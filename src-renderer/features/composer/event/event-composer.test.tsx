// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ComposeEventResult } from '../../../../src-shared/contract';
import { personUpdatedId, renderComposer } from '../composer-test-studio';

afterEach(cleanup);

const whoFires = (run: boolean): ComposeEventResult => ({
  payload: { name: 'person.updated', recordId: 'r-1', properties: { updatedFields: ['name'] } },
  payloads: [],
  warnings: [],
  functions: [
    {
      universalIdentifier: personUpdatedId,
      name: 'on-person-name-updated',
      eventName: 'person.updated',
      batchMode: false,
      fires: true,
      reason: 'name changed, which updatedFields watches',
      selfTriggerWarning: 'The handler writes name, which it watches: each run fires the next.',
      payloads: [{}],
      ...(run
        ? {
            results: [
              {
                runId: 'run-1',
                universalIdentifier: personUpdatedId,
                functionName: 'on-person-name-updated',
                origin: 'event',
                payload: {},
                startedAt: new Date(0).toISOString(),
                result: { runId: 'run-1', data: { firstName: 'Ada' }, logs: '', duration: 4, status: 'SUCCESS', calls: [], nodeVersion: 'v22.0.0', stale: false },
              },
            ],
          }
        : {}),
    },
    { universalIdentifier: 'any-created', name: 'on-any-created', eventName: '*.created', batchMode: false, fires: false, reason: '"*.created" does not match person.updated', payloads: [] },
  ],
});

describe('database-event composer', () => {
  it('lists who fires with the reason and the self-trigger warning, then runs the firing functions', async () => {
    const { api } = renderComposer('src/logic-functions/on-person-name-updated.ts', (api) => {
      api.handle('payload.objects', () => ({ objects: [{ nameSingular: 'person', namePlural: 'people', universalIdentifier: null, source: 'standard', labelSingular: 'Person', fields: [{ name: 'name', type: null, universalIdentifier: null }, { name: 'jobTitle', type: null, universalIdentifier: null }] }] }));
      api.handle('payload.event', ({ run }) => whoFires(run === true));
    });
    const rows = await screen.findAllByTestId('who-fires-row');
    expect(rows.map((row) => [row.dataset.name, row.dataset.fires])).toEqual([
      ['on-person-name-updated', 'true'],
      ['on-any-created', 'false'],
    ]);
    expect(within(rows[0]!).getByTestId('who-fires-reason').textContent).toContain('updatedFields watches');
    expect(within(rows[0]!).getByTestId('who-fires-self-trigger').textContent).toContain('each run fires the next');

    // The composer starts from an event that fires the function: its watched field changes.
    const preview = api.callsOf('payload.event')[0]!;
    expect(preview).toMatchObject({ object: 'person', operation: 'updated', run: false, before: { name: 'before' }, after: { name: 'after' } });

    fireEvent.click(screen.getByTestId('event-send'));
    const result = await screen.findByTestId('who-fires-result');
    expect(result.dataset.status).toBe('SUCCESS');
    expect(api.callsOf('payload.event').at(-1)).toMatchObject({ run: true });
  });

  it('keeps an invalid record as typed and refuses to send it', async () => {
    renderComposer('src/logic-functions/on-person-name-updated.ts', (api) => {
      api.handle('payload.objects', () => ({ objects: [] }));
      api.handle('payload.event', () => whoFires(false));
    });
    await screen.findAllByTestId('who-fires-row');
    const after = screen.getByTestId('event-after-text') as HTMLTextAreaElement;
    fireEvent.change(after, { target: { value: '{ "name": ' } });
    expect(after.value).toBe('{ "name": ');
    expect(screen.getByTestId('event-after-error').textContent).toMatch(/^Line 1, column/);
    await waitFor(() => expect(screen.getByTestId('event-send')).toHaveProperty('disabled', true));
  });

  it('adds a field of the object to a record without rewriting the text', async () => {
    renderComposer('src/logic-functions/on-person-name-updated.ts', (api) => {
      api.handle('payload.objects', () => ({ objects: [{ nameSingular: 'person', namePlural: 'people', universalIdentifier: null, source: 'standard', labelSingular: 'Person', fields: [{ name: 'name', type: null, universalIdentifier: null }, { name: 'jobTitle', type: null, universalIdentifier: null }] }] }));
      api.handle('payload.event', () => whoFires(false));
    });
    const adder = await screen.findByTestId('event-after-add-field');
    fireEvent.change(adder, { target: { value: 'jobTitle' } });
    fireEvent.keyDown(adder, { key: 'Enter' });
    const after = screen.getByTestId('event-after-text') as HTMLTextAreaElement;
    expect(JSON.parse(after.value)).toMatchObject({ name: 'after', jobTitle: null });
  });
});
