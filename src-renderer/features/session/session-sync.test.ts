import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeStudioApi } from '../../api/fake-studio-api';
import { fakeProjectModel } from '../../api/fake-project-model';
import { createStudio } from '../../app/studio';

const path = 'src/hello.ts';
const alwaysOpen = { connectionState: 'open' as const, onConnectionState: () => () => undefined };

function newWindow(api: FakeStudioApi) {
  return createStudio(api, alwaysOpen);
}

describe('session persistence', () => {
  afterEach(() => vi.useRealTimers());

  it('writes unsaved buffers after a pause in typing, once', async () => {
    const api = new FakeStudioApi(fakeProjectModel({ files: [path] }), { [path]: 'disk\n' });
    const studio = newWindow(api);
    await studio.start();
    vi.useFakeTimers();
    await studio.editor.getState().openFile(path);
    studio.editor.getState().edit(path, 'd');
    studio.editor.getState().edit(path, 'di');
    studio.editor.getState().edit(path, 'dirty\n');
    studio.layout.getState().resize({ explorerWidth: 333 });
    expect(api.callsOf('session.set')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(350);
    expect(api.callsOf('session.set')).toHaveLength(1);
    expect(api.session).toEqual({
      layout: { explorerWidth: 333, inspectorWidth: 320, consoleHeight: 220 },
      openTabs: [path],
      activeTab: path,
      unsavedBuffers: { [path]: { content: 'dirty\n', baseVersion: 'v1' } },
    });
    studio.stop();
  });

  it('restores tabs, layout and unsaved buffers, still dirty, in a new window', async () => {
    const api = new FakeStudioApi(fakeProjectModel({ files: [path, 'src/other.ts'] }), { [path]: 'disk\n', 'src/other.ts': 'other\n' });
    api.session = {
      layout: { explorerWidth: 300, inspectorWidth: 250, consoleHeight: 180 },
      openTabs: ['src/other.ts', path],
      activeTab: path,
      unsavedBuffers: { [path]: { content: 'unsaved\n', baseVersion: 'v1' } },
    };
    const studio = newWindow(api);
    await studio.start();
    const editor = studio.editor.getState();
    expect(editor.tabs).toEqual(['src/other.ts', path]);
    expect(editor.activeTab).toBe(path);
    expect(editor.buffers[path]).toMatchObject({ content: 'unsaved\n', savedContent: 'disk\n', dirty: true, baseVersion: 'v1' });
    expect(editor.buffers['src/other.ts']).toMatchObject({ content: 'other\n', dirty: false });
    expect(editor.conflicts[path]).toBeUndefined();
    expect(studio.layout.getState()).toMatchObject({ explorerWidth: 300, inspectorWidth: 250, consoleHeight: 180 });
    studio.stop();
  });

  it('restores an unsaved buffer whose file changed meanwhile as a conflict, edits intact', async () => {
    const api = new FakeStudioApi(fakeProjectModel({ files: [path] }), { [path]: 'disk\n' });
    api.writeFromOutside(path, 'changed elsewhere\n');
    api.session = { ...api.session, openTabs: [path], activeTab: path, unsavedBuffers: { [path]: { content: 'unsaved\n', baseVersion: 'v1' } } };
    const studio = newWindow(api);
    await studio.start();
    expect(studio.editor.getState().buffers[path]).toMatchObject({ content: 'unsaved\n', dirty: true });
    expect(studio.editor.getState().conflicts[path]).toMatchObject({ diskContent: 'changed elsewhere\n', diskVersion: 'v2' });
    studio.stop();
  });

  it('writes the session before switching apps', async () => {
    const api = new FakeStudioApi(fakeProjectModel({ files: [path] }), { [path]: 'disk\n' });
    api.apps.set('/apps/other', fakeProjectModel({ appDir: '/apps/other' }));
    const studio = newWindow(api);
    await studio.start();
    await studio.editor.getState().openFile(path);
    studio.editor.getState().edit(path, 'typed just now\n');
    await studio.openApp('/apps/other');
    const order = api.calls.map((call) => call.name).filter((name) => name === 'session.set' || name === 'app.open');
    expect(order.slice(0, 2)).toEqual(['session.set', 'app.open']);
    expect(api.callsOf('session.set')[0]!.unsavedBuffers).toEqual({ [path]: { content: 'typed just now\n', baseVersion: 'v1' } });
    expect(studio.project.getState().model?.appDir).toBe('/apps/other');
    studio.stop();
  });
});
