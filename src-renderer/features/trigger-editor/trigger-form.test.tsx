// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeEntity } from '../../api/fake-project-model';
import { renderWithStudio } from '../run/test-studio';
import { InspectorPanel } from '../inspector/inspector-panel';
import { ConfigSourceProvider } from './config-source';
import { MemoryConfigSource } from './memory-config-source';
import { SOURCE_DEBOUNCE_MS } from './use-config-literal';

// The inspector loads the form's chunk lazily (it parses with TypeScript): loaded once here, so the
// tests' waits are about the form, not about the first import of TypeScript on a busy box.
beforeAll(async () => {
  await import('./trigger-form');
});

const file = 'src/logic-functions/hello.ts';
const id = 'e1db774f-7534-414b-9ab3-8adda2920644';

const helloSource = `import { defineLogicFunction } from 'twenty-sdk/define';
import { ROUTE_PATH } from './constants';

export default defineLogicFunction({
  universalIdentifier: '${id}',
  name: 'hello', // shown in the explorer
  timeoutSeconds: 5,
  handler: async () => ({ ok: true }),
  httpRouteTriggerSettings: {
    path: ROUTE_PATH,
    httpMethod: 'GET',
    isAuthRequired: false,
  },
  cronTriggerSettings: { pattern: '*/15 * * * *' },
});
`;

function renderForm(text = helloSource) {
  const source = new MemoryConfigSource({ [file]: text });
  const entity = fakeEntity('defineLogicFunction', file, {
    universalIdentifier: id,
    name: 'hello',
    timeoutSeconds: 5,
    handler: { __function: 'handler' },
    httpRouteTriggerSettings: { path: '/hello/:name', httpMethod: 'GET', isAuthRequired: false },
    cronTriggerSettings: { pattern: '*/15 * * * *' },
  });
  const rendered = renderWithStudio(
    <ConfigSourceProvider value={source}>
      <InspectorPanel />
    </ConfigSourceProvider>,
    { entities: [entity] },
  );
  act(() => rendered.studio.project.getState().select(file));
  return { ...rendered, source };
}

afterEach(cleanup);

describe('the trigger form', () => {
  it('turns a form change into the smallest source edit', async () => {
    const { source } = renderForm();
    // The first form of the file: its first source parse may be slow on a busy box.
    const method = await screen.findByTestId('input-httpMethod', {}, { timeout: 10_000 });
    expect((method as HTMLSelectElement).value).toBe('GET');
    await act(async () => {
      fireEvent.change(method, { target: { value: 'POST' } });
    });
    expect(source.opened).toEqual([file]);
    expect(source.applied).toHaveLength(1);
    expect(source.applied[0].edits).toEqual([{ start: helloSource.indexOf("'GET'"), end: helloSource.indexOf("'GET'") + 5, newText: "'POST'" }]);
    expect(source.read(file)).toBe(helloSource.replace("'GET'", "'POST'"));
    expect((screen.getByTestId('input-httpMethod') as HTMLSelectElement).value).toBe('POST');
  });

  it('writes a text field on Enter, keeping the comment beside it', async () => {
    const { source } = renderForm();
    const name = await screen.findByTestId('input-name');
    fireEvent.change(name, { target: { value: 'greet' } });
    await act(async () => {
      fireEvent.keyDown(name, { key: 'Enter' });
    });
    expect(source.read(file)).toContain("name: 'greet', // shown in the explorer");
  });

  it('shows a computed value read-only, with its evaluated value and "edit in code"', async () => {
    const { studio, source } = renderForm();
    const field = await screen.findByTestId('field-httpRouteTriggerSettings-path');
    expect(field.dataset.kind).toBe('not-literal');
    expect(within(field).queryByRole('textbox')).toBeNull();
    expect(within(field).getByTestId('evaluated-value').textContent).toContain('"/hello/:name"');
    expect(within(field).getByText('ROUTE_PATH')).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(field).getByTestId('edit-in-code'));
    });
    const line = helloSource.slice(0, helloSource.indexOf('ROUTE_PATH,')).split('\n').length;
    expect(studio.editor.getState().reveal).toMatchObject({ path: file, line, column: 11 });
    expect(source.applied).toHaveLength(0);
  });

  it('follows typing in the editor after a short pause', async () => {
    const { source } = renderForm();
    const pattern = await screen.findByTestId('input-cron-pattern');
    expect((pattern as HTMLInputElement).value).toBe('*/15 * * * *');
    act(() => source.setText(file, helloSource.replace('*/15 * * * *', '0 9 * * 1-5')));
    await waitFor(() => expect((screen.getByTestId('input-cron-pattern') as HTMLInputElement).value).toBe('0 9 * * 1-5'), {
      timeout: SOURCE_DEBOUNCE_MS + 500,
    });
  });

  it('shows a refused edit with its reason and leaves the file as it was', async () => {
    const { source } = renderForm();
    const timeout = await screen.findByTestId('input-timeoutSeconds');
    fireEvent.change(timeout, { target: { value: 'five' } });
    await act(async () => {
      fireEvent.keyDown(timeout, { key: 'Enter' });
    });
    expect(screen.getByTestId('edit-refused').textContent).toContain('timeoutSeconds takes a number value');
    expect(source.applied).toHaveLength(0);
    expect(source.read(file)).toBe(helloSource);
  });

  it('shows validation issues at their field', async () => {
    renderForm(helloSource.replace('timeoutSeconds: 5', 'timeoutSeconds: 901'));
    const issues = await screen.findByTestId('field-issues-timeoutSeconds');
    expect(issues.textContent).toContain('timeoutSeconds must be between 1 and 900');
  });

  it('adds and removes trigger sections', async () => {
    const { source } = renderForm();
    await act(async () => {
      fireEvent.click(await screen.findByTestId('add-trigger-databaseEvent'));
    });
    expect(source.read(file)).toContain("databaseEventTriggerSettings: {\n    eventName: 'person.created',\n  },");
    await act(async () => {
      fireEvent.click(screen.getByTestId('remove-trigger-cron'));
    });
    expect(source.read(file)).not.toContain('cronTriggerSettings');
  });

  it('offers the rewrite of the legacy tool form', async () => {
    const legacy = helloSource.replace('  handler:', "  isTool: true,\n  toolInputSchema: { type: 'object', properties: {} },\n  handler:");
    const { source } = renderForm(legacy);
    await act(async () => {
      fireEvent.click(await screen.findByTestId('rewrite-legacy-tool'));
    });
    expect(source.read(file)).toContain('toolTriggerSettings');
    expect(source.read(file)).not.toContain('isTool');
  });
});
