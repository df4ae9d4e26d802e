import { describe, expect, it } from 'vitest';
import { FakeStudioApi } from '../../api/fake-studio-api';
import { fakeProjectModel } from '../../api/fake-project-model';
import { createEditorStore, editorSessionSnapshot } from './editor-store';

const path = 'src/logic-functions/hello.ts';

async function setup(content = 'original\n') {
  const api = new FakeStudioApi(fakeProjectModel(), { [path]: content });
  const editor = createEditorStore(api);
  await editor.getState().openFile(path);
  return { api, editor, buffer: () => editor.getState().buffers[path]! };
}

/** Lets the store's pending file.read calls settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('editor store', () => {
  it('opens a file clean, and tracks dirtiness against the saved content', async () => {
    const { editor, buffer } = await setup();
    expect(buffer()).toMatchObject({ status: 'ready', content: 'original\n', dirty: false, baseVersion: 'v1' });
    editor.getState().edit(path, 'changed\n');
    expect(buffer().dirty).toBe(true);
    editor.getState().edit(path, 'original\n');
    expect(buffer().dirty).toBe(false);
  });

  it('saves with the base version and moves it forward', async () => {
    const { api, editor, buffer } = await setup();
    editor.getState().edit(path, 'mine\n');
    await editor.getState().save(path);
    expect(api.callsOf('file.write')).toEqual([{ path, content: 'mine\n', baseVersion: 'v1', force: false }]);
    expect(buffer()).toMatchObject({ dirty: false, baseVersion: api.files.get(path)!.version });
  });

  it('reloads a clean tab silently when the file changes on disk', async () => {
    const { api, editor, buffer } = await setup();
    const version = api.writeFromOutside(path, 'theirs\n');
    editor.getState().handleFileChanges([{ path, kind: 'change', version }]);
    await settle();
    expect(buffer()).toMatchObject({ content: 'theirs\n', dirty: false, baseVersion: version, externalRevision: 2 });
    expect(editor.getState().conflicts[path]).toBeUndefined();
  });

  it('turns a disk change under unsaved edits into a conflict, keeping the edits', async () => {
    const { api, editor, buffer } = await setup();
    editor.getState().edit(path, 'mine\n');
    const version = api.writeFromOutside(path, 'theirs\n');
    editor.getState().handleFileChanges([{ path, kind: 'change', version }]);
    await settle();
    expect(buffer()).toMatchObject({ content: 'mine\n', dirty: true, baseVersion: 'v1' });
    expect(editor.getState().conflicts[path]).toMatchObject({ diskContent: 'theirs\n', diskVersion: version });
  });

  it('ignores the echo of its own save', async () => {
    const { editor } = await setup();
    editor.getState().edit(path, 'mine\n');
    const saving = editor.getState().save(path);
    // The watcher reports the write before the write's answer arrives.
    editor.getState().handleFileChanges([{ path, kind: 'change', version: 'v2' }]);
    await saving;
    await settle();
    expect(editor.getState().conflicts[path]).toBeUndefined();
    expect(editor.getState().buffers[path]).toMatchObject({ dirty: false, baseVersion: 'v2' });
  });

  it('resolves a conflict with "keep mine" by forcing the write', async () => {
    const { api, editor, buffer } = await setup();
    editor.getState().edit(path, 'mine\n');
    api.writeFromOutside(path, 'theirs\n');
    await editor.getState().save(path);
    expect(editor.getState().conflicts[path]).toMatchObject({ diskContent: 'theirs\n' });
    await editor.getState().keepMine(path);
    expect(api.files.get(path)!.content).toBe('mine\n');
    expect(api.callsOf('file.write').at(-1)).toMatchObject({ force: true });
    expect(buffer().dirty).toBe(false);
    expect(editor.getState().conflicts[path]).toBeUndefined();
  });

  it('resolves a conflict with "take theirs" by loading the disk content', async () => {
    const { api, editor, buffer } = await setup();
    editor.getState().edit(path, 'mine\n');
    const version = api.writeFromOutside(path, 'theirs\n');
    editor.getState().handleFileChanges([{ path, kind: 'change', version }]);
    await settle();
    await editor.getState().takeTheirs(path);
    expect(buffer()).toMatchObject({ content: 'theirs\n', dirty: false, baseVersion: version });
    expect(editor.getState().conflicts[path]).toBeUndefined();
  });

  it('keeps a dirty buffer whose file was deleted, as a conflict', async () => {
    const { editor, buffer } = await setup();
    editor.getState().edit(path, 'mine\n');
    editor.getState().handleFileChanges([{ path, kind: 'unlink', version: null }]);
    expect(buffer().content).toBe('mine\n');
    expect(editor.getState().conflicts[path]).toEqual({ diskContent: null, diskVersion: null, comparing: false });
  });

  it('asks before closing a dirty tab', async () => {
    const { editor } = await setup();
    editor.getState().edit(path, 'mine\n');
    editor.getState().closeTab(path);
    expect(editor.getState().tabs).toEqual([path]);
    expect(editor.getState().pendingClose).toBe(path);
    editor.getState().closeTab(path, { discard: true });
    expect(editor.getState().tabs).toEqual([]);
  });

  it('keeps the buffer dirty when the write fails', async () => {
    const { api, editor, buffer } = await setup();
    editor.getState().edit(path, 'mine\n');
    api.call = async () => {
      throw new Error('disk full');
    };
    await editor.getState().save(path);
    expect(buffer()).toMatchObject({ content: 'mine\n', dirty: true, saving: false, error: 'Not saved: disk full' });
  });

  it('snapshots only dirty buffers for the session', async () => {
    const { editor } = await setup();
    expect(editorSessionSnapshot(editor.getState())).toEqual({ openTabs: [path], activeTab: path, unsavedBuffers: {} });
    editor.getState().edit(path, 'mine\n');
    expect(editorSessionSnapshot(editor.getState()).unsavedBuffers).toEqual({ [path]: { content: 'mine\n', baseVersion: 'v1' } });
  });
});
