import { useStore } from 'zustand';
import { useStudio } from '../../app/studio-context';
import type { PackageState } from './package-store';
import type { ReleaseViewState } from './release-view-store';

/** One slice of the Package panel's store. */
export function usePackage<U>(selector: (state: PackageState) => U): U {
  return useStore(useStudio().release.packaging, selector);
}

export function useReleaseView<U>(selector: (state: ReleaseViewState) => U): U {
  return useStore(useStudio().release.view, selector);
}
