import type { Entity, ProjectModel } from '../../../src-shared/contract';
import { StudioError } from '../studio-error';

/** A logic function of the open app with what the composers need of it. */
export type AppFunction = {
  universalIdentifier: string;
  name: string | null;
  /** Source file, relative to the app folder. */
  file: string;
  defineFunction: string;
  /**
   * The manifest entry when there is one (it carries the inputSchema the SDK inferred), else the
   * evaluated config.
   */
  config: Record<string, unknown>;
};

/**
 * The app's logic functions in manifest order, which is the order the server stores and tries them in
 * (route matching: first match wins). Functions missing from the manifest (a config that failed to
 * evaluate the first time) come last, in entity order.
 */
export const appFunctions = (model: ProjectModel): AppFunction[] => {
  const entities = model.entities.filter((entity): entity is Entity & { universalIdentifier: string } => entity.section === 'logicFunctions' && !!entity.universalIdentifier && !!entity.config);
  const byUid = new Map(entities.map((entity) => [entity.universalIdentifier, entity]));
  const seen = new Set<string>();
  const functions: AppFunction[] = [];
  for (const entry of model.manifest.logicFunctions) {
    const uid = typeof entry.universalIdentifier === 'string' ? entry.universalIdentifier : null;
    const entity = uid ? byUid.get(uid) : undefined;
    if (!uid || !entity || seen.has(uid)) continue;
    seen.add(uid);
    functions.push(describe(entity, { ...entity.config, ...entry }));
  }
  for (const entity of entities) if (!seen.has(entity.universalIdentifier)) functions.push(describe(entity, entity.config ?? {}));
  return functions;
};

const describe = (entity: Entity & { universalIdentifier: string }, config: Record<string, unknown>): AppFunction => ({
  universalIdentifier: entity.universalIdentifier,
  name: typeof config.name === 'string' ? config.name : null,
  file: entity.file,
  defineFunction: entity.defineFunction,
  config,
});

export const findAppFunction = (model: ProjectModel, universalIdentifier: string): AppFunction => {
  const functions = appFunctions(model);
  const found = functions.find((fn) => fn.universalIdentifier === universalIdentifier);
  if (!found) {
    const available = functions.map((fn) => `${fn.name ?? fn.file} (${fn.universalIdentifier})`).join(', ');
    throw new StudioError('UNKNOWN_FUNCTION', `No logic function with universalIdentifier ${universalIdentifier}. Available: ${available || 'none'}.`);
  }
  return found;
};

export const requireModel = (model: ProjectModel | null): ProjectModel => {
  if (!model) throw new StudioError('NO_MODEL', 'The app has not been loaded yet.');
  return model;
};
