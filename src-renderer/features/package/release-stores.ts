import type { StudioApi } from '../../../src-shared/contract';
import type { EditorStore } from '../editor/editor-store';
import { createInstallSimulatorStore } from '../install-simulator/install-simulator-store';
import { createPackageStore } from './package-store';
import { createReleaseViewStore } from './release-view-store';

/**
 * The release side of the window (install simulator, Package panel) with its events wired. The
 * panels cover the editor, so opening a file anywhere (a problem, a stack frame, a failed typecheck's
 * location) brings the editor back.
 */
export function createReleaseStores(api: StudioApi, editor: EditorStore) {
  const view = createReleaseViewStore();
  const install = createInstallSimulatorStore(api);
  const packaging = createPackageStore(api);
  const unsubscribers = [
    api.on('install.progress', (event) => install.getState().progress(event)),
    api.on('package.progress', (progress) => packaging.getState().progressed(progress)),
    editor.subscribe((state, previous) => {
      if (state.reveal !== previous.reveal || state.activeTab !== previous.activeTab) view.getState().close();
    }),
  ];
  return {
    view,
    install,
    packaging,
    /** Another app is open: nothing of the previous one's simulations or packages applies. */
    reset: (): void => {
      view.getState().close();
      install.getState().reset();
      packaging.getState().reset();
    },
    dispose: (): void => {
      for (const unsubscribe of unsubscribers) unsubscribe();
    },
  };
}

export type ReleaseStores = ReturnType<typeof createReleaseStores>;
