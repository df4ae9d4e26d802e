/**
 * The objects a database event can concern: the app's own (from its manifest, with field types) and
 * Twenty's standard objects, read from `STANDARD_OBJECT` exported at run time by the app's own
 * `twenty-sdk/define` (so the list matches its SDK version), falling back to the studio's copy.
 * STANDARD_OBJECT has field names and identifiers but no types or plural names.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventObject, ProjectModel } from '../../../src-shared/contract';
import { defaultPlural, type ObjectMetadataInput } from '../../../src-shared/twenty/database-event';

type StandardObjectMap = Record<string, { universalIdentifier?: string; fields?: Record<string, { universalIdentifier?: string }> }>;

/** This module's own file: the studio's copy of twenty-sdk resolves from here. */
const selfPath = (): string => (typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url));

const loadStandardObjects = (appDir: string): StandardObjectMap => {
  let objects: StandardObjectMap = {};
  for (const from of [join(appDir, 'package.json'), selfPath()]) {
    try {
      const define = createRequire(from)('twenty-sdk/define') as { STANDARD_OBJECT?: StandardObjectMap };
      if (define.STANDARD_OBJECT) {
        objects = define.STANDARD_OBJECT;
        break;
      }
    } catch {
      // not installed there: try the next place
    }
  }
  return objects;
};

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Needs only the app folder (for its SDK) and the manifest's objects, so the project model can use it while it is being built. */
export const eventObjects = (model: { appDir: string; manifest: Pick<ProjectModel['manifest'], 'objects'> }): EventObject[] => {
  const appObjects: EventObject[] = model.manifest.objects
    .filter((object) => typeof object.nameSingular === 'string')
    .map((object) => ({
      nameSingular: object.nameSingular as string,
      namePlural: str(object.namePlural) ?? defaultPlural(object.nameSingular as string),
      universalIdentifier: str(object.universalIdentifier),
      source: 'app' as const,
      labelSingular: str(object.labelSingular),
      fields: ((Array.isArray(object.fields) ? object.fields : []) as unknown[])
        .filter((field): field is Record<string, unknown> => typeof field === 'object' && field !== null && typeof (field as { name?: unknown }).name === 'string')
        .map((field) => ({ name: field.name as string, type: str(field.type), universalIdentifier: str(field.universalIdentifier) })),
    }));
  const taken = new Set(appObjects.map((object) => object.nameSingular));
  return [...appObjects, ...standardEventObjects(model.appDir).filter((object) => !taken.has(object.nameSingular))];
};

const standardCache = new Map<string, EventObject[]>();

/**
 * Read from the app's SDK and built once per app folder: the project model asks at every edit.
 * Shared: callers only read them.
 */
const standardEventObjects = (appDir: string): EventObject[] => {
  let standard = standardCache.get(appDir);
  if (!standard) {
    standard = Object.entries(loadStandardObjects(appDir)).map(([name, object]) => ({
      nameSingular: name,
      namePlural: defaultPlural(name),
      universalIdentifier: object.universalIdentifier ?? null,
      source: 'standard' as const,
      labelSingular: null,
      fields: Object.entries(object.fields ?? {}).map(([field, meta]) => ({ name: field, type: null, universalIdentifier: meta.universalIdentifier ?? null })),
    }));
    standardCache.set(appDir, standard);
  }
  return standard;
};

/** What `buildEventObjectMetadata` needs for an object name; unknown names still build (custom objects of other apps). */
export const objectMetadataFor = (objects: readonly EventObject[], nameSingular: string): { metadata: ObjectMetadataInput; relationFieldNames: string[]; known: boolean } => {
  const object = objects.find((candidate) => candidate.nameSingular === nameSingular);
  if (!object) return { metadata: { nameSingular }, relationFieldNames: [], known: false };
  return {
    metadata: {
      nameSingular,
      namePlural: object.namePlural,
      ...(object.labelSingular ? { labelSingular: object.labelSingular } : {}),
      ...(object.universalIdentifier ? { universalIdentifier: object.universalIdentifier, id: object.universalIdentifier } : {}),
      isCustom: object.source === 'app',
      fieldUniversalIdentifiers: object.fields.map((field) => field.universalIdentifier).filter((id): id is string => id !== null),
    },
    // The server leaves relation fields out of the diff; only the app's objects tell us which they are.
    relationFieldNames: object.fields.filter((field) => field.type === 'RELATION' || field.type === 'MORPH_RELATION').map((field) => field.name),
    known: true,
  };
};
