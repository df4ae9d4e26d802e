import type { Entity } from '../../../src-shared/contract';
import { functionTriggers } from '../../../src-shared/twenty/saved-payload/staleness';
import type { ComposerTrigger } from './composer-store';
import { runnableFunction } from '../run/runnable-functions';

/** The selected logic function as the composers need it. */
export interface ComposerFunction {
  universalIdentifier: string;
  name: string;
  file: string;
  defineFunction: string;
  config: Record<string, unknown>;
  /** Its triggers now, in the order the composer offers them (none: a plain payload). */
  triggers: ComposerTrigger[];
}

/** Null for entities that are not runnable functions (objects, roles, ...) or not evaluated. */
export function composerFunction(entity: Entity | null): ComposerFunction | null {
  if (!entity || entity.section !== 'logicFunctions' || !entity.universalIdentifier || !entity.config) return null;
  const config = entity.config as Record<string, unknown>;
  const name = runnableFunction(entity)!.name;
  return {
    universalIdentifier: entity.universalIdentifier,
    name,
    file: entity.file,
    defineFunction: entity.defineFunction,
    config,
    triggers: functionTriggers({ defineFunction: entity.defineFunction, config }),
  };
}

export const TRIGGER_LABELS: Record<ComposerTrigger, string> = {
  route: 'HTTP route',
  databaseEvent: 'Database event',
  cron: 'Cron',
  tool: 'Tool',
  workflowAction: 'Workflow action',
  preInstall: 'Pre-install',
  postInstall: 'Post-install',
  uninstall: 'Uninstall',
  manual: 'No trigger (exec)',
};
