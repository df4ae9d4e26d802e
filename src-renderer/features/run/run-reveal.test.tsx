// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BottomPanel } from '../layout/bottom-panel';
import { echoId, renderWithStudio, throwId } from './test-studio';

// xterm needs a real canvas: the console is not what these tests look at.
vi.mock('../console/console-panel', () => ({ ConsolePanel: () => <div data-testid="console-stub" /> }));

const done = { logs: '', duration: 5, calls: [], nodeVersion: 'v20.20.2', stale: false, status: 'SUCCESS' as const, data: { ok: true } };

// jsdom has no ResizeObserver and no layout (every width is 0): the tests set the panel's width class themselves.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

describe('a run the user just started comes into view', () => {
  afterEach(cleanup);

  it('a Run from the explorer shows that run, on the console, whatever tab or composer was showing', async () => {
    const { studio } = renderWithStudio(<BottomPanel />);
    act(() => {
      studio.layout.getState().setBottomNarrow(false);
      studio.layout.getState().showBottomTab('problems');
      studio.composer.getState().show();
    });
    await act(async () => {
      await studio.runs.getState().run(echoId, 'echo');
    });
    expect(studio.composer.getState().shown).toBe(false);
    expect(studio.layout.getState().bottomTab).toBe('console');
    expect(screen.getByTestId('run-function').textContent).toBe('echo');
  });

  it('a narrow panel shows the run on its Run tab', async () => {
    const { studio } = renderWithStudio(<BottomPanel />);
    act(() => studio.layout.getState().setBottomNarrow(true));
    await act(async () => {
      await studio.runs.getState().run(echoId, 'echo');
    });
    expect(screen.getByTestId('panel-tab-run').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('run-panel').dataset.status).toBe('RUNNING');
  });

  it('a request the composer sends takes the pane from an older run, and the composer stays', async () => {
    const { api, studio } = renderWithStudio(<BottomPanel />);
    act(() => studio.layout.getState().setBottomNarrow(false));
    let older = '';
    await act(async () => {
      older = (await studio.runs.getState().run(throwId, 'throw-type-error'))!;
      api.finishRun(older, done);
    });
    act(() => studio.composer.getState().show());
    act(() => {
      studio.runs.getState().follow(echoId);
      // The core starts the route's run: only run.started tells the window.
      api.emit('run.started', { runId: 'route-run', universalIdentifier: echoId, functionName: 'echo', origin: 'route', payload: {}, startedAt: new Date(0).toISOString() });
    });
    expect(screen.getByTestId('run-panel').dataset.runId).toBe('route-run');
    expect(studio.composer.getState().shown).toBe(true);
  });

  it('a new result is scrolled to the top of the run pane', async () => {
    const { api, studio } = renderWithStudio(<BottomPanel />);
    act(() => studio.layout.getState().setBottomNarrow(false));
    let first = '';
    await act(async () => {
      first = (await studio.runs.getState().run(echoId, 'echo'))!;
      api.finishRun(first, done);
    });
    const body = document.querySelector<HTMLElement>('.run-body')!;
    body.scrollTop = 500;
    await act(async () => {
      await studio.runs.getState().run(throwId, 'throw-type-error');
    });
    expect(document.querySelector<HTMLElement>('.run-body')!.scrollTop).toBe(0);
  });
});
