import { createStore } from 'zustand/vanilla';
import type { SessionState } from '../../../src-shared/contract';
import { defaultSessionState } from '../../../src-shared/contract/session-defaults';

/** `run` is a tab only while the bottom panel is too narrow to show the run pane beside the others. */
export type BottomTab = 'console' | 'problems' | 'history' | 'run';
export type DialogName = 'open-app' | 'quick-open' | 'run-settings' | 'command-palette';

export interface LayoutState {
  explorerWidth: number;
  inspectorWidth: number;
  consoleHeight: number;
  bottomPanelOpen: boolean;
  bottomTab: BottomTab;
  /** The bottom panel is too narrow for the run pane beside the console: it becomes a tab. Set by the panel as it is measured. */
  bottomNarrow: boolean;
  /** The one modal dialog showing, if any. */
  dialog: DialogName | null;
  resize(sizes: Partial<SessionState['layout']>): void;
  restore(layout: SessionState['layout']): void;
  toggleBottomPanel(): void;
  showBottomTab(tab: BottomTab): void;
  setBottomNarrow(narrow: boolean): void;
  /**
   * Brings a run the user just started or opened into view: the panel opens on the console (its
   * output), with the run pane beside it, or on the Run tab when the panel is narrow.
   */
  revealRun(): void;
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

/** The editor column keeps at least this much of the window: the side panels give way first. */
export const CENTER_MIN_WIDTH = 480;

/**
 * The widths the side panels get in a window `windowWidth` wide. The stored widths are the user's
 * preference; when the window is too narrow for them and the center column, both shrink in
 * proportion (down to their minimums), and they come back as the window grows.
 */
export function fitSidePanels(explorerWidth: number, inspectorWidth: number, windowWidth: number): { explorer: number; inspector: number } {
  const room = windowWidth - CENTER_MIN_WIDTH;
  const wanted = explorerWidth + inspectorWidth;
  if (wanted <= room) return { explorer: explorerWidth, inspector: inspectorWidth };
  const minExplorer = layoutBounds.explorerWidth.min;
  const minInspector = layoutBounds.inspectorWidth.min;
  const spare = Math.max(0, room - minExplorer - minInspector);
  const extraWanted = explorerWidth - minExplorer + (inspectorWidth - minInspector);
  const share = extraWanted > 0 ? spare / extraWanted : 0;
  return {
    explorer: Math.floor(minExplorer + (explorerWidth - minExplorer) * share),
    inspector: Math.floor(minInspector + (inspectorWidth - minInspector) * share),
  };
}

export type LayoutStore = ReturnType<typeof createLayoutStore>;

export function createLayoutStore() {
  return createStore<LayoutState>()((set, get) => ({
    ...defaultSessionState.layout,
    bottomPanelOpen: true,
    bottomTab: 'console',
    bottomNarrow: false,
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
    setBottomNarrow: (narrow) => {
      if (narrow !== get().bottomNarrow) set({ bottomNarrow: narrow });
    },
    revealRun: () => set({ bottomPanelOpen: true, bottomTab: get().bottomNarrow ? 'run' : 'console' }),
    openDialog: (dialog) => set({ dialog }),
    closeDialog: () => set({ dialog: null }),
  }));
}

/** The tab whose body shows: `run` only exists as a tab in a narrow panel. */
export function shownBottomTab(state: Pick<LayoutState, 'bottomTab' | 'bottomNarrow'>): BottomTab {
  return state.bottomTab === 'run' && !state.bottomNarrow ? 'console' : state.bottomTab;
}

export function layoutSnapshot(state: LayoutState): SessionState['layout'] {
  return { explorerWidth: state.explorerWidth, inspectorWidth: state.inspectorWidth, consoleHeight: state.consoleHeight };
}
