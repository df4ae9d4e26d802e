/**
 * Which role applies to a Core API request, as the server would decide it (reported, not enforced):
 * a run's token is the app's application token, so its requests run under the app's default role
 * (`defineApplication({ defaultRoleUniversalIdentifier })` or the `defineApplicationRole()` file); the
 * studio's own token (the Workspace window, `twenty-studio workspace query`, client generation) stands
 * for the workspace user, whose role in the local workspace is Admin (every permission).
 */
export type RolePrincipal = 'application' | 'user';

export interface AppliedRole {
  principal: RolePrincipal;
  /** The role's universal identifier (the app's role); null for the user's role or an app without one. */
  universalIdentifier: string | null;
  label: string;
  /** Whether the workspace enforces the role's permissions: not yet, every request is let through. */
  enforced: false;
  /** Why the role is what it is, for the activity entry. */
  note: string;
}

type Json = Record<string, unknown>;

/** The user of the local workspace: the studio's token acts as a workspace member with the Admin role. */
export const USER_ROLE_LABEL = 'Admin (workspace user)';

export interface ManifestRoles {
  application?: Json | null;
  roles?: Json[];
}

/** The app's application role from its manifest, or null when the app declares none. */
export function applicationRoleOf(manifest: ManifestRoles | null | undefined): { universalIdentifier: string; label: string } | null {
  const uid = manifest?.application?.defaultRoleUniversalIdentifier;
  if (typeof uid !== 'string' || uid === '') return null;
  const role = (manifest?.roles ?? []).find((candidate) => candidate?.universalIdentifier === uid);
  return { universalIdentifier: uid, label: typeof role?.label === 'string' ? role.label : uid };
}

export function appliedRole(principal: RolePrincipal, manifest: ManifestRoles | null | undefined): AppliedRole {
  if (principal === 'user') {
    return { principal, universalIdentifier: null, label: USER_ROLE_LABEL, enforced: false, note: 'the studio acts as the workspace user (window, CLI)' };
  }
  const role = applicationRoleOf(manifest);
  return role
    ? { principal, universalIdentifier: role.universalIdentifier, label: role.label, enforced: false, note: "a run's token is the app's application token: the app's default role applies" }
    : { principal, universalIdentifier: null, label: 'no application role', enforced: false, note: 'the app declares no default role (defineApplication defaultRoleUniversalIdentifier); the server would refuse to install it' };
}
