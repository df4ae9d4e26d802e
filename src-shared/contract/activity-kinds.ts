/**
 * The kinds of workspace activity (workspace.ts's schema takes them from here). Plain values, apart
 * from the schema, so the window lists them without bringing zod into its first chunk.
 */
export const WORKSPACE_ACTIVITY_KINDS = ['request', 'event', 'trigger', 'kv', 'warning', 'job', 'agent', 'message', 'connection'] as const;
