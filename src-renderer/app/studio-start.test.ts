import { describe, expect, it } from 'vitest';
import type { ConnectionState } from '../api/ws-client';
import { FakeStudioApi } from '../api/fake-studio-api';
import { fakeProjectModel } from '../api/fake-project-model';
import { createStudio } from './studio';

/** A connection whose state the test drives, as the socket client reports it. */
function drivenConnection() {
  const listeners = new Set<(state: ConnectionState) => void>();
  let state: ConnectionState = 'connecting';
  return {
    get connectionState() {
      return state;
    },
    onConnectionState(listener: (state: ConnectionState) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next: ConnectionState) {
      state = next;
      for (const listener of listeners) listener(next);
    },
  };
}

describe('the window at start', () => {
  it('asks for the app once when the socket first opens, and catches up after a reconnect', async () => {
    const api = new FakeStudioApi(fakeProjectModel({ files: ['src/hello.ts'] }), { 'src/hello.ts': 'x\n' });
    const connection = drivenConnection();
    const studio = createStudio(api, connection);
    const started = studio.start();
    connection.set('open');
    await started;
    expect(api.callsOf('app.current')).toHaveLength(1);
    expect(studio.project.getState().model).not.toBeNull();

    connection.set('reconnecting');
    connection.set('open');
    await Promise.resolve();
    expect(api.callsOf('app.current')).toHaveLength(2);
    studio.stop();
  });
});
