import { useStore } from 'zustand';
import { useStudio } from '../../app/studio-context';
import type { ActivityState } from './activity-store';
import type { ServicesState } from './services-store';
import type { WorkspaceState } from './workspace-store';

/** One slice of the Workspace window's store. */
export function useWorkspace<U>(selector: (state: WorkspaceState) => U): U {
  return useStore(useStudio().workspace.window, selector);
}

/** One slice of the activity timeline. */
export function useActivity<U>(selector: (state: ActivityState) => U): U {
  return useStore(useStudio().workspace.activity, selector);
}

/** One slice of the Jobs, Connections and Agents tabs' store. */
export function useServices<U>(selector: (state: ServicesState) => U): U {
  return useStore(useStudio().workspace.services, selector);
}
