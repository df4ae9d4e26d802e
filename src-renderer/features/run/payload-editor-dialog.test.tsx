// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PayloadEditorDialog } from './payload-editor-dialog';
import { echoId, renderWithStudio } from './test-studio';

describe('PayloadEditorDialog', () => {
  afterEach(cleanup);

  it('prefills with run.payload, refuses invalid JSON without touching the text, runs valid JSON', async () => {
    const { api, studio } = renderWithStudio(<PayloadEditorDialog />);
    api.payloads.set(echoId, { name: 'Ada' });
    await act(() => studio.runs.getState().editPayload(echoId, 'echo'));
    const text = screen.getByTestId('payload-text') as HTMLTextAreaElement;
    expect(text.value).toBe('{\n  "name": "Ada"\n}');
    expect(screen.getByTestId('payload-hint').textContent).toContain('last payload');

    const broken = '{\n  "name": "Ada",\n}';
    fireEvent.change(text, { target: { value: broken } });
    const error = screen.getByTestId('payload-error');
    expect(error.textContent).toMatch(/^Line 3, column 1: /);
    expect((screen.getByTestId('payload-run') as HTMLButtonElement).disabled).toBe(true);
    expect(text.value).toBe(broken);
    fireEvent.click(screen.getByTestId('payload-run'));
    expect(api.callsOf('run.start')).toHaveLength(0);

    // Closing keeps what was typed for the next time.
    act(() => studio.runs.getState().closeDraft());
    expect(screen.queryByTestId('payload-text')).toBeNull();
    await act(() => studio.runs.getState().editPayload(echoId, 'echo'));
    expect((screen.getByTestId('payload-text') as HTMLTextAreaElement).value).toBe(broken);

    fireEvent.change(screen.getByTestId('payload-text'), { target: { value: '{ "name": "Grace" }' } });
    expect(screen.queryByTestId('payload-error')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByTestId('payload-run'));
    });
    expect(api.callsOf('run.start')).toEqual([{ universalIdentifier: echoId, payload: { name: 'Grace' } }]);
    expect(screen.queryByTestId('payload-editor')).toBeNull();
  });

  it('says a truncated text ends too early, at its end', async () => {
    const { studio } = renderWithStudio(<PayloadEditorDialog />);
    await act(() => studio.runs.getState().editPayload(echoId, 'echo'));
    fireEvent.change(screen.getByTestId('payload-text'), { target: { value: '{"a": [1, 2' } });
    expect(screen.getByTestId('payload-error').textContent).toMatch(/^Line 1, column 12: /);
  });
});
