/** Issue 15 item 2: every run the window starts runs what the editor shows (or saves it first). */
import { describe, expect, it } from 'vitest';
import { FakeStudioApi } from '../../api/fake-studio-api';
import { createEditorStore } from './editor-store';
import { withUnsavedBuffers } from './unsaved-buffers';

const file = 'src/logic-functions/hello.ts';

async function setup() {
  const fake = new FakeStudioApi(null, { [file]: 'export const a = 1;\n' });
  const buffered = withUnsavedBuffers(fake, 60_000);
  const editor = createEditorStore(buffered.api);
  buffered.attach(editor);
  await editor.getState().openFile(file);
  editor.getState().edit(file, 'export const a = 2;\n');
  return { fake, buffered, editor };
}

describe('withUnsavedBuffers', () => {
  it('sends the unsaved buffers before a run, the composer and saved payloads alike, and an empty set once saved', async () => {
    const { fake, buffered, editor } = await setup();
    expect(fake.buffers).toEqual({});
    await buffered.api.call('run.start', { universalIdentifier: 'u1' });
    expect(fake.buffers).toEqual({ [file]: 'export const a = 2;\n' });
    const order = fake.calls.map((call) => call.name).filter((name) => name === 'editor.buffers' || name === 'run.start');
    expect(order).toEqual(['editor.buffers', 'run.start']);
    expect(fake.files.get(file)?.content).toBe('export const a = 1;\n');

    await editor.getState().save(file);
    await buffered.api.call('routes.request', { method: 'GET', path: '/hello' } as never).catch(() => undefined);
    expect(fake.buffers).toEqual({});
    buffered.detach();
  });

  it('saves first when the run settings say so', async () => {
    const { fake, buffered } = await setup();
    fake.runSettings = { ...fake.runSettings, unsavedEdits: 'save-first' };
    await buffered.api.call('run.start', { universalIdentifier: 'u1' });
    expect(fake.files.get(file)?.content).toBe('export const a = 2;\n');
    expect(fake.buffers).toEqual({});
    buffered.detach();
  });
});
