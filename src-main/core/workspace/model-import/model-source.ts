import { readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import type { StandardModelFile } from '../../../../src-shared/twenty/workspace-model/model-types';
import { SdlImportError, standardModelFromSdl } from './standard-model-from-sdl';

/**
 * Where the Local workspace's standard model comes from:
 * - `shipped`: the studio's `standard/<version>.json` (the default);
 * - `client-sdl`: the SDL an earlier `twenty dev` left in the app's
 *   `node_modules/twenty-client-sdk/dist/core/generated/schema.graphql`;
 * - `sdl-file`: an SDL file the user names (relative to the app folder);
 * - `remote`: the SDL the Remote target's `/metadata` `applicationCoreGraphqlSchema` answers.
 */
export type ModelSourceSetting =
  | { kind: 'shipped' }
  | { kind: 'client-sdl' }
  | { kind: 'sdl-file'; path: string }
  | { kind: 'remote' };

export const CLIENT_SDL_PATH = join('node_modules', 'twenty-client-sdk', 'dist', 'core', 'generated', 'schema.graphql');

/** What the status shows: the source in use, what it gave, and why it fell back to the shipped file. */
export interface ModelSourceInfo {
  /** What the user chose. */
  requested: ModelSourceSetting['kind'];
  /** What the model was built from (`shipped` after a failed import). */
  kind: ModelSourceSetting['kind'];
  /** The SDL file or remote URL the model came from; null for the shipped file. */
  origin: string | null;
  objects: number;
  /** Fields left out and relations without a pair, from the import. */
  notes: string[];
  /** Why the requested source could not be used (the shipped model is used instead). */
  error: string | null;
}

export interface ResolveModelSourceOptions {
  appDir: string;
  shipped: StandardModelFile;
  /** The app's own objects and the fields it adds to standard objects: left to the manifest. */
  manifest: { objects?: unknown[]; fields?: unknown[] };
  /** The SDL of the Remote target, when one is configured. */
  fetchRemoteSchema?: () => Promise<{ sdl: string; origin: string }>;
}

/** Parses the CLI's / settings' spelling: `shipped`, `client-sdl`, `remote`, or a path to a `.graphql` file. */
export function parseModelSource(text: string): ModelSourceSetting {
  const value = text.trim();
  if (value === 'shipped' || value === 'client-sdl' || value === 'remote') return { kind: value };
  if (value === '') throw new SdlImportError('The model source is empty: shipped, client-sdl, remote or a path to a schema.graphql.');
  return { kind: 'sdl-file', path: value };
}

function manifestExclusions(shipped: StandardModelFile, manifest: ResolveModelSourceOptions['manifest']) {
  const objects: string[] = [];
  for (const raw of manifest.objects ?? []) {
    const name = (raw as { nameSingular?: unknown })?.nameSingular;
    if (typeof name === 'string') objects.push(name);
  }
  const byUid = new Map(shipped.objects.map((object) => [object.universalIdentifier, object.nameSingular]));
  const fields: string[] = [];
  for (const raw of manifest.fields ?? []) {
    const field = raw as { name?: unknown; objectUniversalIdentifier?: unknown };
    const object = typeof field?.objectUniversalIdentifier === 'string' ? byUid.get(field.objectUniversalIdentifier) : undefined;
    if (object && typeof field.name === 'string') fields.push(`${object}.${field.name}`);
  }
  return { objects, fields };
}

async function readSdl(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SdlImportError(code === 'ENOENT'
      ? `No schema at ${path}${path.endsWith(CLIENT_SDL_PATH) ? ': run `twenty dev` against a server once (it leaves the generated schema there), or choose another model source' : ''}.`
      : `Cannot read the schema at ${path}: ${(error as Error).message}`);
  }
}

/**
 * The standard model for the chosen source. An SDL that cannot be read or is not a Core API schema
 * never stops the workspace: the shipped model is used, and `info.error` says why (the status shows it).
 */
export async function resolveStandardModel(setting: ModelSourceSetting, options: ResolveModelSourceOptions): Promise<{ model: StandardModelFile; info: ModelSourceInfo }> {
  const shippedInfo = (error: string | null): ModelSourceInfo => ({ requested: setting.kind, kind: 'shipped', origin: null, objects: options.shipped.objects.length, notes: [], error });
  if (setting.kind === 'shipped') return { model: options.shipped, info: shippedInfo(null) };
  try {
    let sdl: string;
    let origin: string;
    if (setting.kind === 'remote') {
      if (!options.fetchRemoteSchema) throw new SdlImportError('No Remote target is configured to read the schema from: choose one in the run target, or another model source.');
      ({ sdl, origin } = await options.fetchRemoteSchema());
    } else {
      origin = setting.kind === 'client-sdl' ? join(options.appDir, CLIENT_SDL_PATH) : isAbsolute(setting.path) ? setting.path : resolve(options.appDir, setting.path);
      sdl = await readSdl(origin);
    }
    const exclusions = manifestExclusions(options.shipped, options.manifest);
    const { model, notes } = standardModelFromSdl(sdl, {
      origin, twentyVersion: options.shipped.twentyVersion, reference: options.shipped,
      excludeObjects: exclusions.objects, excludeFields: exclusions.fields,
    });
    return { model, info: { requested: setting.kind, kind: setting.kind, origin, objects: model.objects.length, notes, error: null } };
  } catch (error) {
    return { model: options.shipped, info: shippedInfo((error as Error).message) };
  }
}
