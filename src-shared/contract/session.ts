import { z } from 'zod';

/** What the window restores for an app: layout, tabs and buffers not yet saved. Kept in the user data folder. */
export const sessionStateSchema = z.object({
  layout: z.object({
    explorerWidth: z.number(),
    inspectorWidth: z.number(),
    consoleHeight: z.number(),
  }),
  openTabs: z.array(z.string()),
  activeTab: z.string().nullable(),
  /** Unsaved editor contents by path, with the version they were based on. */
  unsavedBuffers: z.record(z.string(), z.object({ content: z.string(), baseVersion: z.string().nullable() })),
});
export type SessionState = z.infer<typeof sessionStateSchema>;

export { defaultSessionState } from './session-defaults';

/** An app in the recent apps list (the user data folder's recent-apps.json). */
export const recentAppSchema = z.object({ appDir: z.string(), name: z.string(), openedAt: z.string() });
export type RecentApp = z.infer<typeof recentAppSchema>;
