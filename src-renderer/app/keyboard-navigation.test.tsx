// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeStudioApi } from '../api/fake-studio-api';
import { fakeEntity, fakeProjectModel } from '../api/fake-project-model';
import { CommandPalette } from '../features/command-palette/command-palette';
import { JsonField } from '../features/composer/forms/json-field';
import { ExplorerPanel } from '../features/explorer/explorer-panel';
import { QuickOpen } from '../features/quick-open/quick-open';
import { useKeyboardShortcuts } from './keyboard-shortcuts';
import { createStudio } from './studio';
import { StudioProvider, useStudio, useStudioStore } from './studio-context';

const alwaysOpen = { connectionState: 'open' as const, onConnectionState: () => () => undefined };
const syncId = '11111111-1111-4111-8111-111111111111';

function studioWith(ui: React.ReactNode) {
  const model = fakeProjectModel({
    files: ['package.json', 'src/logic-functions/sync-deals.ts', 'src/objects/invoice.ts', 'src/logic-functions/post-install.ts'],
    entities: [
      fakeEntity('defineLogicFunction', 'src/logic-functions/sync-deals.ts', { universalIdentifier: syncId, name: 'pull-crm', cronTriggerSettings: { pattern: '0 3 * * *' } }),
      fakeEntity('defineObject', 'src/objects/invoice.ts', { universalIdentifier: '33333333-3333-4333-8333-333333333333', nameSingular: 'ledgerEntry', labelSingular: 'Ledger entry' }, { section: 'objects', line: 5 }),
      fakeEntity('definePostInstallLogicFunction', 'src/logic-functions/post-install.ts', { universalIdentifier: '22222222-2222-4222-8222-222222222222', name: 'seed-demo' }),
    ],
  });
  const api = new FakeStudioApi(model, Object.fromEntries(model.files.map((file) => [file, 'export default 1;\n'])));
  const studio = createStudio(api, alwaysOpen);
  studio.project.getState().setModel(model);
  render(<StudioProvider studio={studio}>{ui}</StudioProvider>);
  return { api, studio };
}

/** The shell's shortcuts and the two dialogs they open. */
function Dialogs() {
  const studio = useStudio();
  useKeyboardShortcuts(studio);
  const dialog = useStudioStore('layout', (state) => state.dialog);
  return (
    <>
      {dialog === 'quick-open' && <QuickOpen />}
      {dialog === 'command-palette' && <CommandPalette />}
    </>
  );
}

describe('keyboard', () => {
  afterEach(cleanup);

  it('quick open finds a function, an object and a hook by name, and opens the entity at its definition', async () => {
    const { studio } = studioWith(<Dialogs />);
    act(() => studio.layout.getState().openDialog('quick-open'));
    const input = screen.getByTestId('quick-open-input');
    // Names that are not in any file's path: only the entities can match them.
    for (const [query, kind, file] of [
      ['pull-crm', 'function', 'sync-deals.ts'],
      ['ledger', 'object', 'invoice.ts'],
      ['seed-demo', 'hook', 'post-install.ts'],
    ] as const) {
      fireEvent.change(input, { target: { value: query } });
      const first = screen.getAllByTestId('quick-open-item')[0]!;
      expect(first.dataset.kind).toBe(kind);
      expect(first.textContent).toContain(file);
    }
    fireEvent.change(input, { target: { value: 'ledger' } });
    await act(async () => {
      fireEvent.keyDown(input, { key: 'Enter' });
    });
    expect(studio.project.getState().selectedFile).toBe('src/objects/invoice.ts');
    expect(studio.editor.getState().activeTab).toBe('src/objects/invoice.ts');
  });

  it('Ctrl+Shift+P opens the command palette, which lists every action and runs the one picked', async () => {
    const { api, studio } = studioWith(<Dialogs />);
    fireEvent.keyDown(window, { key: 'P', ctrlKey: true, shiftKey: true });
    expect(studio.layout.getState().dialog).toBe('command-palette');
    const labels = screen.getAllByTestId('command-palette-item').map((item) => item.dataset.command);
    for (const id of ['app.open', 'go.quickOpen', 'panel.toggle', 'panel.console', 'panel.problems', 'panel.history', 'run.settings', 'function.new', 'cron.preview', 'workspace.toggle', 'release.install', 'release.package', `run:${syncId}`, `runWith:${syncId}`]) {
      expect(labels).toContain(id);
    }
    const input = screen.getByTestId('command-palette-input');
    fireEvent.change(input, { target: { value: 'run pull-crm' } });
    expect(screen.getAllByTestId('command-palette-item')[0]!.dataset.command).toBe(`run:${syncId}`);
    fireEvent.change(input, { target: { value: 'zzzz-nothing' } });
    expect(screen.queryAllByTestId('command-palette-item')).toHaveLength(0);
    fireEvent.change(input, { target: { value: 'run pull-crm' } });
    await act(async () => {
      fireEvent.keyDown(input, { key: 'Enter' });
    });
    expect(studio.layout.getState().dialog).toBeNull();
    expect(api.callsOf('run.start')).toEqual([{ universalIdentifier: syncId }]);
  });

  it('the explorer tree is one tab stop, walked with the arrow keys', () => {
    studioWith(<ExplorerPanel />);
    const tree = screen.getByTestId('explorer');
    const rows = Array.from(tree.querySelectorAll<HTMLElement>('button.explorer-section-header, button.tree-row'));
    expect(rows.length).toBeGreaterThan(4);
    expect(rows.filter((row) => row.tabIndex === 0)).toHaveLength(1);
    // Run buttons in the rows are no stops of their own.
    for (const action of Array.from(tree.querySelectorAll<HTMLElement>('.row-actions button'))) expect(action.tabIndex).toBe(-1);
    const first = rows.find((row) => row.tabIndex === 0)!;
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    const second = document.activeElement as HTMLElement;
    expect(second).not.toBe(first);
    expect(second.tabIndex).toBe(0);
    expect(first.tabIndex).toBe(-1);
    fireEvent.keyDown(second, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(first);
    // Left on an open section header folds it; Right opens it again.
    const section = tree.querySelector<HTMLElement>('button.explorer-section-header')!;
    section.focus();
    fireEvent.keyDown(section, { key: 'ArrowLeft' });
    expect(section.getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(section, { key: 'ArrowRight' });
    expect(section.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(section, { key: 'End' });
    expect(document.activeElement).toBe(Array.from(tree.querySelectorAll('button.explorer-section-header, button.tree-row')).pop());
  });

  it('Tab indents in a JSON field; after Escape, Tab leaves it', () => {
    function Field() {
      const [text, setText] = useState('{}');
      return <JsonField label="Body" value={text} onChange={setText} testId="body" />;
    }
    render(<Field />);
    const area = screen.getByTestId('body-text');
    area.focus();
    // fireEvent returns false when the handler prevented the default (the focus stays).
    expect(fireEvent.keyDown(area, { key: 'Tab' })).toBe(false);
    fireEvent.keyDown(area, { key: 'Escape' });
    expect(fireEvent.keyDown(area, { key: 'Tab' })).toBe(true);
    // Typing again gives Tab back to indenting.
    fireEvent.keyDown(area, { key: 'a' });
    expect(fireEvent.keyDown(area, { key: 'Tab' })).toBe(false);
  });
});
