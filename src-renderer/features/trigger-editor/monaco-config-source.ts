import type { StudioApi } from '../../../src-shared/contract';
import { ensureModel, existingModel, pathOfUri } from '../../monaco/file-models';
import { monaco } from '../../monaco/monaco-environment';
import type { EditorStore } from '../editor/editor-store';
import type { ConfigSource } from './config-source';

/**
 * The trigger form's ConfigSource in the window: Monaco's model of the file. A file no tab shows is
 * read into a background model (model-sync keeps such models in step with the disk); an edit first
 * opens the file in a tab, because only a tab's buffer is dirty-tracked and saved.
 */
export function createMonacoConfigSource(api: StudioApi, editor: EditorStore): ConfigSource {
  /** Resolves once the file's buffer is no longer loading (or after 10 s, for the caller to report). */
  const loaded = (path: string): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        unsubscribe();
        resolve();
      }, 10_000);
      const check = (state: ReturnType<EditorStore['getState']>) => {
        if (state.buffers[path]?.status === 'loading') return;
        clearTimeout(timer);
        unsubscribe();
        resolve();
      };
      const unsubscribe = editor.subscribe(check);
      check(editor.getState());
    });

  const whenReady = async (path: string): Promise<monaco.editor.ITextModel> => {
    const state = editor.getState();
    if (!state.tabs.includes(path) || state.buffers[path]?.status === 'error') await state.openFile(path);
    // A tab opened a moment ago (the explorer click that selected the entity) may still be loading.
    if (editor.getState().buffers[path]?.status === 'loading') await loaded(path);
    const buffer = editor.getState().buffers[path];
    if (buffer?.status !== 'ready') throw new Error(buffer?.error ?? `${path} could not be opened`);
    // model-sync creates the tab's model synchronously when the buffer becomes ready.
    const model = existingModel(path);
    if (!model) throw new Error(`${path} has no editor model`);
    return model;
  };

  return {
    read: (path) => existingModel(path)?.getValue() ?? null,

    load: async (path) => {
      const model = existingModel(path);
      if (model) return model.getValue();
      const disk = await api.call('file.read', { path });
      // A tab may have opened it while the read travelled: its model wins.
      return ensureModel(path, disk.content).getValue();
    },

    subscribe: (path, onChange) => {
      let listener: monaco.IDisposable | null = existingModel(path)?.onDidChangeContent(onChange) ?? null;
      const created = monaco.editor.onDidCreateModel((model) => {
        if (pathOfUri(model.uri) !== path) return;
        listener?.dispose();
        listener = model.onDidChangeContent(onChange);
        onChange();
      });
      const disposed = monaco.editor.onWillDisposeModel((model) => {
        if (pathOfUri(model.uri) !== path) return;
        listener?.dispose();
        listener = null;
      });
      return () => {
        listener?.dispose();
        created.dispose();
        disposed.dispose();
      };
    },

    openForEdit: async (path) => (await whenReady(path)).getValue(),

    applyEdits: (path, edits) => {
      const model = existingModel(path);
      if (!model) throw new Error(`${path} is not open`);
      const operations = edits.map((edit) => ({
        range: monaco.Range.fromPositions(model.getPositionAt(edit.start), model.getPositionAt(edit.end)),
        text: edit.newText,
      }));
      // Stack elements around the edit: one form change is one undo step, never merged with typing.
      model.pushStackElement();
      model.pushEditOperations(null, operations, () => null);
      model.pushStackElement();
    },
  };
}
