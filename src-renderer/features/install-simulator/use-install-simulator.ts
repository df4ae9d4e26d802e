import { useStore } from 'zustand';
import { useStudio } from '../../app/studio-context';
import type { InstallSimulatorState } from './install-simulator-store';

/** One slice of the install simulator's store; re-renders only when that slice changes. */
export function useInstallSimulator<U>(selector: (state: InstallSimulatorState) => U): U {
  return useStore(useStudio().release.install, selector);
}
