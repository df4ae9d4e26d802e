import { monaco } from './monaco-environment';

/** One Monaco model per app file, at `file:///<relative path>` so imports between app files resolve. */
export function fileUri(path: string): monaco.Uri {
  return monaco.Uri.parse(`file:///${path}`);
}

export function pathOfUri(uri: monaco.Uri): string | null {
  return uri.scheme === 'file' ? uri.path.replace(/^\//, '') : null;
}

export function existingModel(path: string): monaco.editor.ITextModel | null {
  return monaco.editor.getModel(fileUri(path));
}

/** The model for a file, created with `content` if it does not exist yet; the language follows the extension. */
export function ensureModel(path: string, content: string): monaco.editor.ITextModel {
  return existingModel(path) ?? monaco.editor.createModel(content, undefined, fileUri(path));
}

/** Replaces a model's text as one undoable edit, so "take theirs" can be undone like any change. */
export function replaceModelText(model: monaco.editor.ITextModel, content: string): void {
  if (model.getValue() === content) return;
  model.pushEditOperations([], [{ range: model.getFullModelRange(), text: content }], () => null);
}
