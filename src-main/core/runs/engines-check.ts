import semver from 'semver';

/** `>=A[.B[.C]]` or `^A[.B[.C]]` (A >= 1): what apps' `engines.node` nearly always says. */
const SIMPLE_COMPARATOR = /^(>=|\^)(0|[1-9]\d{0,8})(?:\.(0|[1-9]\d{0,8})(?:\.(0|[1-9]\d{0,8}))?)?$/;
/** A Node release version (no pre-release or build part). */
const RELEASE_VERSION = /^v?(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$/;

type Triple = [number, number, number];
const compare = (a: Triple, b: Triple): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * Whether a Node release satisfies `engines.node`, for ranges made only of `>=` and `^` comparators
 * joined by `||`, as semver decides (its test runs this against semver); null for anything else, which
 * semver then answers. Loading semver (its files required, its patterns compiled: ~20-30 ms) sat between
 * a one-shot exec's result and its printed line.
 */
export function satisfiesSimpleRange(range: string, nodeVersion: string): boolean | null {
  const release = RELEASE_VERSION.exec(nodeVersion);
  if (!release || range.length > 256) return null;
  const version: Triple = [Number(release[1]), Number(release[2]), Number(release[3])];
  let satisfied = false;
  for (const part of range.split('||')) {
    const comparator = SIMPLE_COMPARATOR.exec(part.trim());
    if (!comparator) return null;
    const floor: Triple = [Number(comparator[2]), Number(comparator[3] ?? 0), Number(comparator[4] ?? 0)];
    if (comparator[1] === '^' && floor[0] === 0) return null;
    if (compare(version, floor) >= 0 && (comparator[1] === '>=' || version[0] === floor[0])) satisfied = true;
  }
  return satisfied;
}

/** The run line's note when the Node that ran the function does not satisfy the app's engines.node. */
export function enginesWarning(engines: string | undefined, nodeVersion: string): string {
  if (!engines) return '';
  let satisfied = satisfiesSimpleRange(engines, nodeVersion);
  if (satisfied === null) {
    if (!semver.validRange(engines)) return '';
    const version = semver.coerce(nodeVersion);
    if (!version || !semver.valid(version)) return '';
    satisfied = semver.satisfies(version, engines);
  }
  return satisfied ? '' : ` — warning: Node ${nodeVersion} does not satisfy the app's engines.node "${engines}"`;
}
