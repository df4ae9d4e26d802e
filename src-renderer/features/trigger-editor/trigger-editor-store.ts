import { createStore } from 'zustand/vanilla';
import { isLogicFunctionDefine } from '../../../src-shared/twenty/source-edit/config-paths';
import type { EditorStore } from '../editor/editor-store';
import type { ProjectStore } from '../project/project-store';

export type TriggerEditorDialog = 'cron' | 'new-function';

export interface TriggerEditorState {
  /** The trigger editor's own dialogs (the layout store's set belongs to the shell). */
  dialog: TriggerEditorDialog | null;
  /** The pattern the Cron dialog opens with. */
  cronPattern: string;
  openCron(pattern?: string): void;
  openNewFunction(): void;
  close(): void;
}

export type TriggerEditorStore = ReturnType<typeof createTriggerEditorStore>;

export function createTriggerEditorStore() {
  return createStore<TriggerEditorState>()((set) => ({
    dialog: null,
    cronPattern: '*/15 * * * *',
    openCron: (pattern) => set((state) => ({ dialog: 'cron', cronPattern: pattern ?? state.cronPattern })),
    openNewFunction: () => set({ dialog: 'new-function' }),
    close: () => set({ dialog: null }),
  }));
}

/**
 * The inspector shows the function whose file has the cursor: switching to the tab of a logic
 * function's file selects that function, as a click in the explorer does.
 */
export function followActiveTab(editor: EditorStore, project: ProjectStore): () => void {
  const follow = (path: string | null): void => {
    if (!path) return;
    const entity = project.getState().model?.entities.find((candidate) => candidate.file === path);
    if (entity && isLogicFunctionDefine(entity.defineFunction) && project.getState().selectedFile !== path) project.getState().select(path);
  };
  const unsubscribeEditor = editor.subscribe((state, previous) => {
    if (state.activeTab !== previous.activeTab) follow(state.activeTab);
  });
  // A new function's file is open before its entity exists: select it when the model lists it.
  const unsubscribeProject = project.subscribe((state, previous) => {
    if (state.model !== previous.model && !state.selectedFile) follow(editor.getState().activeTab);
  });
  return () => {
    unsubscribeEditor();
    unsubscribeProject();
  };
}
