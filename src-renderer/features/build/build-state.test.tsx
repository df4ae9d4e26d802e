// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Problem } from '../../../src-shared/contract';
import { ExplorerPanel } from '../explorer/explorer-panel';
import { ProblemsPanel } from '../problems/problems-panel';
import { renderWithStudio } from '../run/test-studio';

const syntax: Problem = { file: 'src/logic-functions/echo.ts', line: 4, column: 3, message: 'Expected ","', severity: 'error', source: 'syntax' };

describe('build state', () => {
  afterEach(cleanup);

  it('adds build problems to the Problems list without repeating the model ones', () => {
    const { api, studio } = renderWithStudio(<ProblemsPanel />);
    act(() => studio.project.getState().setModel({ ...studio.project.getState().model!, problems: [syntax], revision: 2 }));
    act(() =>
      api.emit('build.state', {
        ok: false,
        durationMs: 12,
        staleFiles: [],
        problems: [
          { ...syntax, column: 9, source: 'build' },
          { file: 'src/logic-functions/throw-type-error.ts', line: 2, column: 1, message: 'Could not resolve "nope"', severity: 'error', source: 'build' },
        ],
      }),
    );
    const rows = screen.getAllByTestId('problem-row');
    expect(rows.map((row) => within(row).getByTestId('problem-location').textContent)).toEqual([
      'src/logic-functions/echo.ts:4:3',
      'src/logic-functions/throw-type-error.ts:2:1',
    ]);
  });

  it('marks a function whose bundle is stale in the explorer', () => {
    const { api } = renderWithStudio(<ExplorerPanel />);
    expect(screen.queryByTestId('stale-marker')).toBeNull();
    act(() => api.emit('build.state', { ok: false, durationMs: 5, problems: [], staleFiles: ['src/logic-functions/echo.ts'] }));
    const row = document.querySelector('[data-testid="explorer-function"][data-name="echo"]')!;
    expect(row.getAttribute('data-stale-bundle')).toBe('true');
    expect(within(row as HTMLElement).getByTestId('stale-marker')).toBeTruthy();
    act(() => api.emit('build.state', { ok: true, durationMs: 5, problems: [], staleFiles: [] }));
    expect(screen.queryByTestId('stale-marker')).toBeNull();
  });

  it('puts Run buttons on runnable rows that run without a payload', async () => {
    const { api } = renderWithStudio(<ExplorerPanel />);
    const button = document.querySelector('[data-testid="run-function"][data-name="echo"]') as HTMLButtonElement;
    await act(async () => {
      button.click();
    });
    expect(api.callsOf('run.start')).toEqual([{ universalIdentifier: '327e3c9d-108e-45f0-97e3-1109976ffe8e' }]);
  });
});
