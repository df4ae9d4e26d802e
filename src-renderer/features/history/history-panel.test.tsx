// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { echoId, renderWithStudio, throwId } from '../run/test-studio';
import { HistoryPanel } from './history-panel';

const base = { logs: '', duration: 5, calls: [], nodeVersion: 'v20.20.2', stale: false, data: null };

describe('HistoryPanel', () => {
  afterEach(cleanup);

  async function setup() {
    const rendered = renderWithStudio(<HistoryPanel />);
    const { api, studio } = rendered;
    const runs = studio.runs.getState();
    const first = (await runs.run(echoId, 'echo', { n: 1 }))!;
    api.finishRun(first, { ...base, status: 'SUCCESS', data: { n: 1 } });
    const second = (await runs.run(throwId, 'throw-type-error'))!;
    api.finishRun(second, { ...base, status: 'ERROR', error: { errorType: 'TypeError', errorMessage: 'x', stackTrace: '' } });
    await runs.run(echoId, 'echo', { n: 3 });
    api.runs.forEach((run) => (run.functionName = run.universalIdentifier === echoId ? 'echo' : 'throw-type-error'));
    await act(() => studio.history.getState().refresh());
    return rendered;
  }

  it('lists runs newest first and filters them by function and status', async () => {
    const { api } = await setup();
    const statuses = () => screen.getAllByTestId('history-row').map((row) => `${row.dataset.function}:${row.dataset.status}`);
    expect(statuses()).toEqual(['echo:RUNNING', 'throw-type-error:ERROR', 'echo:SUCCESS']);

    fireEvent.change(screen.getByTestId('history-filter-function'), { target: { value: echoId } });
    await waitFor(() => expect(statuses()).toEqual(['echo:RUNNING', 'echo:SUCCESS']));
    fireEvent.change(screen.getByTestId('history-filter-status'), { target: { value: 'SUCCESS' } });
    await waitFor(() => expect(statuses()).toEqual(['echo:SUCCESS']));
    expect(api.callsOf('run.history').at(-1)).toEqual({ universalIdentifier: echoId, status: 'SUCCESS' });

    fireEvent.change(screen.getByTestId('history-filter-function'), { target: { value: throwId } });
    await waitFor(() => expect(screen.getByTestId('history-empty').textContent).toContain('No run matches'));
  });

  it('opens a past run and runs it again with the same payload or an edited one', async () => {
    const { api, studio } = await setup();
    const successRow = screen.getAllByTestId('history-row').find((row) => row.dataset.status === 'SUCCESS')!;
    await act(async () => {
      fireEvent.click(successRow.querySelector('.history-open')!);
    });
    expect(studio.runs.getState().shown?.result?.data).toEqual({ n: 1 });

    await act(async () => {
      fireEvent.click(successRow.querySelector('[data-testid="history-run-again"]')!);
    });
    expect(api.callsOf('run.start').at(-1)).toEqual({ universalIdentifier: echoId, payload: { n: 1 } });

    await act(async () => {
      fireEvent.click(successRow.querySelector('[data-testid="history-run-again-edited"]')!);
    });
    expect(studio.runs.getState().draft).toMatchObject({ universalIdentifier: echoId, text: '{\n  "n": 1\n}', origin: 'history' });
  });
});
