import type { FileChange, StudioApi } from '../../src-shared/contract';
import type { EditorStore, EditorState } from '../features/editor/editor-store';
import type { ProjectStore } from '../features/project/project-store';
import { ensureModel, existingModel, pathOfUri, replaceModelText } from './file-models';
import { monaco } from './monaco-environment';

/** The TypeScript service sees every .ts file of the app up to this many; beyond it, only open files. */
export const backgroundModelLimit = 200;

export function isTypeScriptPath(path: string): boolean {
  return /\.(ts|tsx)$/.test(path) && !path.endsWith('.d.ts');
}

/**
 * Keeps Monaco's models in step with the editor store (open tabs, edited by the user) and with
 * the disk (the app's other .ts files, which the TypeScript service needs to resolve imports).
 * The store is the truth for open tabs: the widget only copies in content the store replaced
 * from outside (`externalRevision`), and reports the user's edits back.
 */
export function startModelSync(api: StudioApi, editor: EditorStore, project: ProjectStore): () => void {
  const appliedRevision = new Map<string, number>();
  const applying = new Set<string>();
  const watched = new Set<string>();
  const reading = new Set<string>();

  const backgroundFiles = (): Set<string> =>
    new Set((project.getState().model?.files ?? []).filter(isTypeScriptPath).slice(0, backgroundModelLimit));

  const watch = (path: string, model: monaco.editor.ITextModel): void => {
    if (watched.has(path)) return;
    watched.add(path);
    model.onDidChangeContent(() => {
      if (applying.has(path)) return;
      if (editor.getState().buffers[path]?.status === 'ready') editor.getState().edit(path, model.getValue());
    });
    model.onWillDispose(() => {
      watched.delete(path);
      appliedRevision.delete(path);
    });
  };

  const setText = (path: string, model: monaco.editor.ITextModel, content: string): void => {
    applying.add(path);
    try {
      replaceModelText(model, content);
    } finally {
      applying.delete(path);
    }
  };

  const readIntoModel = async (path: string): Promise<void> => {
    if (reading.has(path)) return;
    reading.add(path);
    try {
      const disk = await api.call('file.read', { path });
      // An open tab owns its model; the read only serves files nobody is editing.
      if (editor.getState().buffers[path]) return;
      const model = existingModel(path);
      if (model) setText(path, model, disk.content);
      else watch(path, ensureModel(path, disk.content));
    } catch {
      // Gone or unreadable: the TypeScript service will report the missing import, which is the truth.
    } finally {
      reading.delete(path);
    }
  };

  /** A closed tab's model goes back to the disk's text (the service still needs it) or away. */
  const release = (path: string): void => {
    const model = existingModel(path);
    if (!model) return;
    if (backgroundFiles().has(path)) void readIntoModel(path);
    else model.dispose();
  };

  const syncTabs = (state: EditorState): void => {
    for (const path of state.tabs) {
      const buffer = state.buffers[path];
      if (!buffer || buffer.status !== 'ready') continue;
      const model = ensureModel(path, buffer.content);
      watch(path, model);
      if (appliedRevision.get(path) !== buffer.externalRevision) {
        appliedRevision.set(path, buffer.externalRevision);
        setText(path, model, buffer.content);
      }
    }
    for (const path of [...appliedRevision.keys()]) {
      if (state.buffers[path]) continue;
      appliedRevision.delete(path);
      release(path);
    }
  };

  const syncBackground = async (): Promise<void> => {
    const pending = [...backgroundFiles()].filter((path) => !existingModel(path));
    // A few reads at a time: the core is busy evaluating at start-up too.
    for (let i = 0; i < pending.length; i += 8) await Promise.all(pending.slice(i, i + 8).map(readIntoModel));
  };

  const onDiskChange = (change: FileChange): void => {
    if (editor.getState().buffers[change.path]) return;
    const model = existingModel(change.path);
    if (change.kind === 'unlink') model?.dispose();
    else if (model || backgroundFiles().has(change.path)) void readIntoModel(change.path);
  };

  syncTabs(editor.getState());
  void syncBackground();
  const unsubscribeEditor = editor.subscribe((state, previous) => {
    if (state.buffers !== previous.buffers || state.tabs !== previous.tabs) syncTabs(state);
  });
  const unsubscribeProject = project.subscribe((state, previous) => {
    if (state.model?.appDir !== previous.model?.appDir) {
      // Another app: none of the previous app's files may linger in the TypeScript service.
      for (const model of monaco.editor.getModels()) {
        const path = pathOfUri(model.uri);
        if (path !== null && !editor.getState().buffers[path]) model.dispose();
      }
    }
    if (state.model?.files !== previous.model?.files) void syncBackground();
  });
  const unsubscribeChanges = api.on('file.changed', ({ changes }) => changes.forEach(onDiskChange));

  return () => {
    unsubscribeEditor();
    unsubscribeProject();
    unsubscribeChanges();
  };
}
