import { z } from 'zod';

// A connection as the Local workspace stores it, apart from workspace.ts: the connection store is on
// every run's path and needs this one schema, not the Workspace window's operations.

export const workspaceConnectionSchema = z.object({
  id: z.string(),
  providerName: z.string(),
  name: z.string(),
  handle: z.string(),
  visibility: z.enum(['user', 'workspace']),
  userWorkspaceId: z.string(),
  workspaceMemberId: z.string().nullable(),
  accessToken: z.string(),
  scopes: z.array(z.string()),
  authFailedAt: z.string().nullable(),
  authFailedReason: z.string().nullable(),
  expired: z.boolean(),
  createdAt: z.string(),
  /** 'oauth' for a connection made by "Connect with OAuth" (its refresh token stays in the core). */
  source: z.enum(['manual', 'oauth']).optional(),
  expiresAt: z.string().nullable().optional(),
  hasRefreshToken: z.boolean().optional(),
});
