import { createStore } from 'zustand/vanilla';
import type { TaskState } from '../../../src-shared/contract';

export interface TaskStoreState {
  tasks: Record<string, TaskState>;
  update(task: TaskState): void;
}

export type TaskStore = ReturnType<typeof createTaskStore>;

/** Long-running work of the core (dependency installs, ...) as `task.state` reports it. */
export function createTaskStore() {
  return createStore<TaskStoreState>()((set, get) => ({
    tasks: {},
    update: (task) => set({ tasks: { ...get().tasks, [task.id]: task } }),
  }));
}
