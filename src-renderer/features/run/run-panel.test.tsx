// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RunPanel } from './run-panel';
import { echoId, renderWithStudio, throwId } from './test-studio';

const base = { logs: '', duration: 42, calls: [], nodeVersion: 'v20.20.2', stale: false };

async function startRun(studio: ReturnType<typeof renderWithStudio>['studio'], id: string, name: string) {
  let runId: string | null = null;
  await act(async () => {
    runId = await studio.runs.getState().run(id, name);
  });
  return runId!;
}

describe('RunPanel', () => {
  afterEach(cleanup);

  it('shows a running run with Cancel, then SUCCESS with its data as a tree', async () => {
    const { api, studio } = renderWithStudio(<RunPanel />);
    const runId = await startRun(studio, echoId, 'echo');
    expect(screen.getByTestId('run-status').textContent).toContain('RUNNING');
    fireEvent.click(screen.getByTestId('run-cancel'));
    expect(api.callsOf('run.cancel')).toEqual([{ runId }]);

    act(() => {
      api.finishRun(runId, { ...base, status: 'SUCCESS', data: { payload: { hello: 'world' }, count: 3 } });
    });
    expect(screen.getByTestId('run-status').textContent).toBe('SUCCESS');
    expect(screen.getByTestId('run-duration').textContent).toBe('42 ms');
    expect(screen.getByTestId('run-node-version').textContent).toBe('Node 20.20.2');
    expect(screen.queryByTestId('run-cancel')).toBeNull();
    const tree = screen.getByTestId('run-data');
    expect(tree.textContent).toContain('"world"');
    expect(tree.textContent).toContain('count: 3');
    // Folding the root hides the fields.
    fireEvent.click(within(tree).getAllByRole('button')[0]!);
    expect(tree.textContent).not.toContain('"world"');
  });

  it('counts the log lines run.finished left out before the end it carries, and shows that end', async () => {
    const { api, studio } = renderWithStudio(<RunPanel />);
    const runId = await startRun(studio, echoId, 'echo');
    act(() => {
      api.finishRun(runId, { ...base, status: 'SUCCESS', data: null, logs: 'INFO line 98\nINFO line 99\n', logsOmitted: { lines: 98, chars: 1234 } });
    });
    const logs = screen.getByTestId('run-logs');
    expect(logs.textContent).toContain('100 lines');
    expect(logs.textContent).toContain('INFO line 99');
  });

  it('shows an ERROR with its type, message and the app frames as links that open the file', async () => {
    const { api, studio } = renderWithStudio(<RunPanel />);
    const runId = await startRun(studio, throwId, 'throw-type-error');
    act(() => {
      api.finishRun(runId, {
        ...base,
        status: 'ERROR',
        data: null,
        error: {
          errorType: 'TypeError',
          errorMessage: "Cannot read properties of undefined (reading 'field')",
          stackTrace:
            "TypeError: Cannot read properties of undefined (reading 'field')\n    at handler (/apps/runner/src/logic-functions/throw-type-error.ts:6:51)\n    at run (node:internal/process/task_queues:95:5)\n    at file:///home/me/.config/twenty-studio/build-cache/x/throw-type-error.mjs:3:9",
        },
      });
    });
    expect(screen.getByTestId('run-status').textContent).toBe('ERROR');
    expect(screen.getByTestId('run-error-type').textContent).toBe('TypeError');
    expect(screen.getByTestId('run-error-message').textContent).toContain("reading 'field'");
    const frames = screen.getAllByTestId('run-stack-frame');
    // Only the app's own file is a link; Node internals and the bundle cache stay text.
    expect(frames).toHaveLength(1);
    expect(frames[0]!.textContent).toBe('src/logic-functions/throw-type-error.ts:6:51');
    expect(screen.getByTestId('run-stack').textContent).toContain('node:internal/process/task_queues:95:5');
    await act(async () => {
      fireEvent.click(frames[0]!);
    });
    const editor = studio.editor.getState();
    expect(editor.activeTab).toBe('src/logic-functions/throw-type-error.ts');
    expect(editor.reveal).toMatchObject({ path: 'src/logic-functions/throw-type-error.ts', line: 6, column: 51 });
  });

  it('shows a returned Response as an HTTP response', async () => {
    const { api, studio } = renderWithStudio(<RunPanel />);
    const runId = await startRun(studio, echoId, 'echo');
    act(() => {
      api.finishRun(runId, {
        ...base,
        status: 'SUCCESS',
        data: { __twentyHttpResponse: true, body: '{"created":true}', status: 201, headers: { 'content-type': 'application/json' } },
      });
    });
    expect(screen.getByTestId('run-http-status').textContent).toBe('201');
    expect(screen.getByTestId('run-http-headers').textContent).toContain('content-type');
    expect(screen.getByTestId('run-http-headers').textContent).toContain('application/json');
    expect(screen.getByTestId('run-http-body').textContent).toBe('{\n  "created": true\n}');
    expect(screen.queryByTestId('run-data')).toBeNull();
  });

  it('explains the client stub error and points to the Remote target setting', async () => {
    const { api, studio } = renderWithStudio(<RunPanel />);
    const runId = await startRun(studio, echoId, 'echo');
    act(() => {
      api.finishRun(runId, {
        ...base,
        status: 'ERROR',
        data: null,
        error: { errorType: 'Error', errorMessage: 'CoreApiClient was not generated. Run `twenty dev:generate-client`.', stackTrace: '' },
      });
    });
    const help = screen.getByTestId('run-client-stub-help');
    expect(help.textContent).toContain('generated from a workspace');
    // Offline, generating says why it cannot; the link opens the setting that fixes it.
    await act(async () => {
      fireEvent.click(within(help).getByTestId('client-generate'));
    });
    expect(within(help).getByTestId('remote-actions-outcome').textContent).toContain('Offline target');
    fireEvent.click(within(help).getByText(/Remote target/));
    expect(studio.layout.getState().dialog).toBe('run-settings');
  });

  it('warns when the run used a stale bundle and lists outgoing calls', async () => {
    const { api, studio } = renderWithStudio(<RunPanel />);
    const runId = await startRun(studio, echoId, 'echo');
    act(() => {
      api.finishRun(runId, {
        ...base,
        stale: true,
        status: 'SUCCESS',
        data: 1,
        calls: [{ via: 'fetch', method: 'GET', url: 'http://127.0.0.1:1234/rest/people?token=***', status: 503, durationMs: 12, startedAtMs: 3 }],
      });
    });
    expect(screen.getByTestId('run-stale-warning')).toBeTruthy();
    const call = screen.getByTestId('run-call');
    expect(call.textContent).toContain('GET');
    expect(call.textContent).toContain('/rest/people');
    expect(call.textContent).toContain('503');
    expect(call.getAttribute('data-failed')).toBe('true');
  });
});
