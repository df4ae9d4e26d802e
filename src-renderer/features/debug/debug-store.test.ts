import { describe, expect, it, vi } from 'vitest';
import type { DebugSession } from '../../../src-shared/contract';
import { FakeStudioApi } from '../../api/fake-studio-api';
import { createDebugStore } from './debug-store';
import { expressionAt } from './hover-expression';

const FILE = 'src/logic-functions/hello.ts';

const session = (patch: Partial<DebugSession>): DebugSession => ({
  sessionId: 'run-1', universalIdentifier: 'u', functionName: 'hello', file: FILE, status: 'running', paused: null,
  inspectorUrl: null, devtoolsUrl: null, timeoutSuspended: false, breakpoints: [], notices: [], ...patch,
});

describe('debug store', () => {
  it('toggles breakpoints, moves them with edits and writes them once typing settles', async () => {
    vi.useFakeTimers();
    try {
      const api = new FakeStudioApi();
      const store = createDebugStore(api);
      store.getState().toggleBreakpoint(FILE, 4);
      store.getState().toggleBreakpoint(FILE, 9);
      store.getState().toggleBreakpoint(FILE, 9);
      store.getState().toggleBreakpoint(FILE, 6);
      // Two lines inserted above: both breakpoints move down.
      store.getState().moveBreakpoints(FILE, [{ from: 4, to: 6 }, { from: 6, to: 8 }]);
      expect(store.getState().breakpoints[FILE]!.map((breakpoint) => breakpoint.line)).toEqual([6, 8]);
      expect(api.callsOf('debug.breakpoints.set')).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(300);
      expect(api.callsOf('debug.breakpoints.set')).toHaveLength(1);
      expect(api.breakpoints.files).toEqual([{ file: FILE, breakpoints: [{ line: 6, enabled: true }, { line: 8, enabled: true }] }]);
      // A line joined onto another: the two breakpoints become one.
      store.getState().moveBreakpoints(FILE, [{ from: 8, to: 6 }]);
      expect(store.getState().breakpoints[FILE]).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('follows sessions: a new one takes the pane, a pause opens its frame and refreshes the watches', async () => {
    const api = new FakeStudioApi();
    api.handle('debug.evaluate', ({ expression }) => ({ value: { type: 'number', display: expression === 'name.length' ? '3' : '?' } }));
    const opened: string[] = [];
    const store = createDebugStore(api, (frame) => opened.push(`${frame.file}:${frame.line}`));
    store.getState().addWatch('name.length');
    store.getState().sessionChanged(session({ status: 'starting' }));
    expect(store.getState()).toMatchObject({ current: 'run-1', paneShown: true });
    store.getState().sessionChanged(session({
      status: 'paused',
      timeoutSuspended: true,
      paused: { reason: 'breakpoint', frames: [{ id: 'f0', functionName: 'handler', kind: 'app', file: FILE, line: 5, column: 3, scopes: [] }], hiddenFrames: 1, at: 1 },
    }));
    expect(opened).toEqual([`${FILE}:5`]);
    await vi.waitFor(() => expect(store.getState().watchValues['name.length']?.value?.display).toBe('3'));
    expect(api.callsOf('debug.evaluate')[0]).toMatchObject({ sessionId: 'run-1', frameId: 'f0', purpose: 'watch' });
    store.getState().sessionChanged(session({ status: 'ended', endedReason: 'The run finished.' }));
    expect(store.getState().consoleEntries.at(-1)).toEqual({ kind: 'info', text: 'hello: The run finished.' });
  });
});

describe('hover expressions', () => {
  it('takes the word under the mouse with the property chain before it', () => {
    const line = '  const name = event.pathParameters.name ?? payload?.user.id;';
    expect(expressionAt(line, line.indexOf('pathParameters') + 3)).toBe('event.pathParameters');
    expect(expressionAt(line, line.indexOf('name ??') + 1)).toBe('event.pathParameters.name');
    expect(expressionAt(line, line.indexOf('id;') + 1)).toBe('payload?.user.id');
    expect(expressionAt(line, line.indexOf('??') + 1)).toBeNull();
  });
});
