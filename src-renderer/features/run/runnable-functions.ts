import type { Entity, ProjectModel } from '../../../src-shared/contract';

/** A function the Run button can start: a logic function, an install hook or the health check. */
export interface RunnableFunction {
  universalIdentifier: string;
  name: string;
  file: string;
}

/**
 * Install hooks and the health check are filed under `logicFunctions` by the SDK, and the core
 * runs anything in that section; an entity without a universalIdentifier cannot be addressed.
 */
export function runnableFunction(entity: Entity): RunnableFunction | null {
  if (entity.section !== 'logicFunctions' || !entity.universalIdentifier) return null;
  const name = typeof entity.config?.name === 'string' && entity.config.name ? entity.config.name : fileStem(entity.file);
  return { universalIdentifier: entity.universalIdentifier, name, file: entity.file };
}

export function runnableFunctions(model: ProjectModel | null): RunnableFunction[] {
  return (model?.entities ?? []).map(runnableFunction).filter((item): item is RunnableFunction => item !== null);
}

/** The function defined in a file (the SDK allows one entity per file), for Ctrl/Cmd+Enter in the editor. */
export function runnableInFile(model: ProjectModel | null, file: string | null): RunnableFunction | null {
  if (!file) return null;
  return runnableFunctions(model).find((item) => item.file === file) ?? null;
}

/** A file's name without folder and extension: what a function without a `name` is called. */
export function fileStem(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1).replace(/\.[cm]?[jt]sx?$/, '');
}
