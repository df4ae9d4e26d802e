import { createStore } from 'zustand/vanilla';
import type { SessionState } from '../../../src-shared/contract';
import { defaultSessionState } from '../../../src-shared/contract';

export type BottomTab = 'console' | 'problems' | 'history';
export type DialogName = 'open-app' | 'quick-open' | 'run-settings';

export interface LayoutState {
  explorerWidth: number;
  inspectorWidth: number;
  consoleHeight: number;
  bottomPanelOpen: boolean;
  bottomTab: BottomTab;
  /** The one modal dialog showing, if any. */
  dialog: DialogName | null;
  resize(sizes: Partial<SessionState['layout']>): void;
  restore(layout: SessionState['layout']): void;
  toggleBottomPanel(): void;
  showBottomTab(tab: BottomTab): void;
  openDialog(dialog: DialogName): void;
  closeDialog(): void;
}

/** Bounds keep a panel reachable whatever a stored session or a wild drag says. */
export const layoutBounds = {
  explorerWidth: { min: 160, max: 640 },
  inspectorWidth: { min: 200, max: 720 },
  consoleHeight: { min: 80, max: 900 },
} as const;

function clamp(key: keyof typeof layoutBounds, value: number | undefined, fallback: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  const { min, max } = layoutBounds[key];
  return Math.round(Math.min(max, Math.max(min, value)));
}

export type LayoutStore = ReturnType<typeof createLayoutStore>;

export function createLayoutStore() {
  return createStore<LayoutState>()((set, get) => ({
    ...defaultSessionState.layout,
    bottomPanelOpen: true,
    bottomTab: 'console',
    dialog: null,
    resize: (sizes) =>
      set({
        explorerWidth: clamp('explorerWidth', sizes.explorerWidth, get().explorerWidth),
        inspectorWidth: clamp('inspectorWidth', sizes.inspectorWidth, get().inspectorWidth),
        consoleHeight: clamp('consoleHeight', sizes.consoleHeight, get().consoleHeight),
      }),
    restore: (layout) => get().resize(layout),
    toggleBottomPanel: () => set({ bottomPanelOpen: !get().bottomPanelOpen }),
    showBottomTab: (tab) => set({ bottomTab: tab, bottomPanelOpen: true }),
    openDialog: (dialog) => set({ dialog }),
    closeDialog: () => set({ dialog: null }),
  }));
}

export function layoutSnapshot(state: LayoutState): SessionState['layout'] {
  return { explorerWidth: state.explorerWidth, inspectorWidth: state.inspectorWidth, consoleHeight: state.consoleHeight };
}
