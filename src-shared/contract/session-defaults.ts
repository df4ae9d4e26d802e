import type { SessionState } from './session';

/**
 * The session of an app opened for the first time. Apart from session.ts (its zod schema) so the
 * window's layout store reads it without bringing zod into the renderer's first chunk.
 */
export const defaultSessionState: SessionState = {
  layout: { explorerWidth: 280, inspectorWidth: 320, consoleHeight: 220 },
  openTabs: [],
  activeTab: null,
  unsavedBuffers: {},
};
