// Compares the manifest the studio assembled with the one the app's installed twenty-sdk built
// (its real appBuild, run by src-main/core/sdk-lines/sdk-manifest-check.ts), entity by entity.
// Whatever differs is drift: the studio's model of that SDK line is wrong or incomplete.

type Entity = Record<string, unknown>;

/** The manifest sections compared, with the application. */
export const DRIFT_SECTIONS = ['objects', 'fields', 'roles', 'logicFunctions', 'skills', 'agents', 'connectionProviders'] as const;

export interface DriftEntry {
  /** "application" or a section name. */
  section: string;
  universalIdentifier: string | null;
  /** `only-sdk`: the SDK's build has it and the studio does not; `only-studio`: the reverse; `different`: both, not equal. */
  kind: 'only-sdk' | 'only-studio' | 'different';
  /** For `different`: the JSON paths that differ (at most 5). */
  paths: string[];
}

/** A manifest's application and sections (the studio's inspect result, or the SDK's manifest.json). */
export type StudioManifest = { application: Entity | null } & { [Section in (typeof DRIFT_SECTIONS)[number]]?: unknown };

// What describes the build's outputs (bundles, copied files), not the app's definition.
const BUILD_OUTPUT_KEYS = new Set(['builtHandlerPath', 'builtHandlerChecksum', 'builtComponentPath', 'builtComponentChecksum', 'packageJsonChecksum', 'yarnLockChecksum']);
const MAX_PATHS = 5;

function withoutBuildOutputs(entity: Entity): Entity {
  return Object.fromEntries(Object.entries(entity).filter(([key]) => !BUILD_OUTPUT_KEYS.has(key)));
}

/** JSON paths where two JSON values differ (undefined-valued keys count as absent, as in JSON). */
function differingPaths(a: unknown, b: unknown, path: string, out: string[]): void {
  if (out.length >= MAX_PATHS) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) { out.push(`${path}.length`); return; }
    a.forEach((item, index) => differingPaths(item, b[index], `${path}[${index}]`, out));
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of [...keys].sort()) differingPaths((a as Entity)[key], (b as Entity)[key], path ? `${path}.${key}` : key, out);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push(path || '(value)');
}

const uidOf = (entity: Entity): string | null => (typeof entity.universalIdentifier === 'string' ? entity.universalIdentifier : null);

/**
 * Entities keyed by universalIdentifier, in order; a fields entry without one is keyed by
 * `<object>:<name>`. Duplicate keys (several target fields share a name) get `#n` suffixes in order.
 */
function keyed(entities: Entity[]): Map<string, Entity> {
  const map = new Map<string, Entity>();
  for (const entity of entities) {
    const base = uidOf(entity) ?? `${String(entity.objectUniversalIdentifier ?? '')}:${String(entity.name ?? '')}`;
    let key = base;
    for (let n = 2; map.has(key); n += 1) key = `${base}#${n}`;
    map.set(key, entity);
  }
  return map;
}

const records = (value: unknown): Entity[] => (Array.isArray(value) ? value.filter((item): item is Entity => Boolean(item) && typeof item === 'object' && !Array.isArray(item)) : []);

export function manifestDrift(studio: StudioManifest, sdk: StudioManifest): DriftEntry[] {
  const drift: DriftEntry[] = [];
  const compare = (section: string, key: string | null, ours: Entity | undefined, theirs: Entity | undefined) => {
    if (!ours && !theirs) return;
    if (!ours) { drift.push({ section, universalIdentifier: key, kind: 'only-sdk', paths: [] }); return; }
    if (!theirs) { drift.push({ section, universalIdentifier: key, kind: 'only-studio', paths: [] }); return; }
    const paths: string[] = [];
    differingPaths(JSON.parse(JSON.stringify(withoutBuildOutputs(ours))), JSON.parse(JSON.stringify(withoutBuildOutputs(theirs))), '', paths);
    if (paths.length > 0) drift.push({ section, universalIdentifier: key, kind: 'different', paths });
  };
  compare('application', uidOf(sdk.application ?? studio.application ?? {}), studio.application ?? undefined, sdk.application ?? undefined);
  for (const section of DRIFT_SECTIONS) {
    const ours = keyed(records(studio[section]));
    const theirs = keyed(records(sdk[section]));
    for (const key of new Set([...ours.keys(), ...theirs.keys()])) compare(section, key, ours.get(key), theirs.get(key));
  }
  return drift;
}

/** One line per drift entry, for Problems and the CLI. */
export function describeDrift(entry: DriftEntry, sdkVersion: string | null): string {
  const sdk = `twenty-sdk ${sdkVersion ?? '(unknown version)'}`;
  const what = `${entry.section === 'application' ? 'the application' : `${entry.section} ${entry.universalIdentifier ?? ''}`.trim()}`;
  if (entry.kind === 'only-sdk') return `Manifest drift: ${sdk}'s build writes ${what}, the studio does not.`;
  if (entry.kind === 'only-studio') return `Manifest drift: the studio lists ${what}, ${sdk}'s build does not.`;
  return `Manifest drift: ${what} differs from ${sdk}'s build at ${entry.paths.join(', ')}.`;
}
