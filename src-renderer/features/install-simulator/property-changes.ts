export interface PropertyChange {
  property: string;
  before?: unknown;
  after?: unknown;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The leaves that really changed: `postInstallLogicFunction: {…} → {…}` becomes
 * `postInstallLogicFunction.shouldRunOnVersionUpgrade: false → true`, which a person can read.
 * Arrays and scalars stay whole.
 */
export function changedLeaves(change: PropertyChange): PropertyChange[] {
  const { property, before, after } = change;
  if (!isPlainObject(before) || !isPlainObject(after)) return [change];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .flatMap((key) => changedLeaves({ property: `${property}.${key}`, before: before[key], after: after[key] }));
}
