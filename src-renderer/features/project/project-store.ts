import { createStore } from 'zustand/vanilla';
import type { Entity, ProjectModel } from '../../../src-shared/contract';

export interface ProjectState {
  model: ProjectModel | null;
  /** True until the first answer to app.current. */
  loading: boolean;
  /** The selected entity, by its file: the SDK allows one entity per file. */
  selectedFile: string | null;
  setModel(model: ProjectModel | null): void;
  select(file: string | null): void;
}

export type ProjectStore = ReturnType<typeof createProjectStore>;

export function createProjectStore() {
  return createStore<ProjectState>()((set, get) => ({
    model: null,
    loading: true,
    selectedFile: null,
    setModel: (model) => {
      // Models arrive from several places (start-up, events, reconnects); an older revision of the same app never replaces a newer one.
      const current = get().model;
      if (model && current && model.appDir === current.appDir && model.revision < current.revision) return;
      const sameApp = model?.appDir === current?.appDir;
      set({ model, loading: false, selectedFile: sameApp ? get().selectedFile : null });
    },
    select: (file) => set({ selectedFile: file }),
  }));
}

export function selectedEntity(state: Pick<ProjectState, 'model' | 'selectedFile'>): Entity | null {
  if (!state.model || !state.selectedFile) return null;
  return state.model.entities.find((entity) => entity.file === state.selectedFile) ?? null;
}
