const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Same acceptance as the `uuid` package's validate(), which the SDK uses (nil and max UUIDs included). */
export function isValidUuid(value: string): boolean {
  return UUID_PATTERN.test(value) || value === '00000000-0000-0000-0000-000000000000' || value.toLowerCase() === 'ffffffff-ffff-ffff-ffff-ffffffffffff';
}

export function uuidVersion(value: string): number {
  return parseInt(value.slice(14, 15), 16);
}

/** The SDK's whole-app check (twenty-sdk 2.43): the exact sentences `twenty dev:build` prints. */
export function universalIdentifierProblems(identifier: string): string | null {
  if (!isValidUuid(identifier)) return `Universal identifier "${identifier}" is not a valid UUID.`;
  const version = uuidVersion(identifier);
  if (version < 4) return `Universal identifier "${identifier}" is UUID version ${version}. Only UUID version 4 or higher is allowed.`;
  return null;
}
