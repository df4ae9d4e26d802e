import type { Entity, JsonObject, JsonValue, ProjectModel } from '../../../src-shared/contract';
import { fileStem } from '../run/runnable-functions';

export type TriggerGroupKey = 'routes' | 'serverRoutes' | 'cron' | 'databaseEvents' | 'aiTools' | 'workflowActions' | 'noTrigger';

export const triggerGroupLabels: Record<TriggerGroupKey, string> = {
  routes: 'Routes',
  serverRoutes: 'Server routes',
  cron: 'Cron',
  databaseEvents: 'Database events',
  aiTools: 'AI tools',
  workflowActions: 'Workflow actions',
  noTrigger: 'No trigger',
};

export interface FunctionItem {
  entity: Entity;
  name: string;
  /** What the trigger listens to, e.g. `GET /hello/:name`, `0 9 * * 1`, `person.created`. */
  detail: string;
}

export interface TriggerGroup {
  key: TriggerGroupKey;
  label: string;
  items: FunctionItem[];
}

export type InstallHookKind = 'pre-install' | 'post-install' | 'uninstall' | 'health check';

export interface InstallHookItem {
  entity: Entity;
  name: string;
  kind: InstallHookKind;
  /** Flags that change when the server runs the hook, shown as badges. */
  flags: string[];
}

export interface ObjectItem {
  entity: Entity | null;
  name: string;
  fields: { name: string; type: string; entity: Entity | null }[];
}

export interface NamedEntityItem {
  entity: Entity;
  name: string;
  detail: string;
}

export interface ExplorerGroups {
  application: { entity: Entity | null; displayName: string; universalIdentifier: string | null };
  functionGroups: TriggerGroup[];
  installHooks: InstallHookItem[];
  objects: ObjectItem[];
  roles: NamedEntityItem[];
  /** The logic layer's AI and connection entities. */
  skills: NamedEntityItem[];
  agents: NamedEntityItem[];
  connectionProviders: NamedEntityItem[];
  /** Every other kind of entity (views, front components, ...). */
  others: NamedEntityItem[];
}

const installHookKinds: Record<string, InstallHookKind> = {
  definePreInstallLogicFunction: 'pre-install',
  definePostInstallLogicFunction: 'post-install',
  defineUninstallLogicFunction: 'uninstall',
  defineHealthCheck: 'health check',
};

const roleDefiners = new Set(['defineRole', 'defineApplicationRole']);

function text(value: JsonValue | undefined): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function object(value: JsonValue | undefined): JsonObject | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;
}

function entityName(entity: Entity, ...keys: string[]): string {
  for (const key of keys) {
    const value = text(entity.config?.[key]);
    if (value) return value;
  }
  return fileStem(entity.file);
}

/**
 * The trigger groups one function belongs to, each with what it listens to. A function with
 * several triggers belongs to several groups. Both the 2.43 `toolTriggerSettings` and the older
 * `isTool: true` mark an AI tool.
 */
export function functionTriggers(config: JsonObject | null): { key: TriggerGroupKey; detail: string }[] {
  if (!config) return [{ key: 'noTrigger', detail: '' }];
  const triggers: { key: TriggerGroupKey; detail: string }[] = [];
  const route = object(config.httpRouteTriggerSettings);
  if (route) triggers.push({ key: 'routes', detail: `${text(route.httpMethod) ?? '?'} ${text(route.path) ?? '?'}` });
  const serverRoute = object(config.serverRouteTriggerSettings);
  if (serverRoute) {
    // The server's default is POST only; the URL is /webhooks/server/<universalIdentifier>.
    const methods = Array.isArray(serverRoute.httpMethods) ? serverRoute.httpMethods.filter((m) => typeof m === 'string').join('|') : 'POST';
    triggers.push({ key: 'serverRoutes', detail: `${methods || 'none'} /webhooks/server` });
  }
  const databaseEventBatch = object(config.databaseEventTriggerSettings);
  const cron = object(config.cronTriggerSettings);
  if (cron) triggers.push({ key: 'cron', detail: text(cron.pattern) ?? '?' });
  const databaseEvent = object(config.databaseEventTriggerSettings);
  if (databaseEvent) triggers.push({ key: 'databaseEvents', detail: `${text(databaseEvent.eventName) ?? '?'}${databaseEventBatch?.batchMode === true ? ' (batch)' : ''}` });
  if (object(config.toolTriggerSettings) || config.isTool === true) triggers.push({ key: 'aiTools', detail: '' });
  const workflowAction = object(config.workflowActionTriggerSettings);
  if (workflowAction) triggers.push({ key: 'workflowActions', detail: text(workflowAction.label) ?? '' });
  return triggers.length > 0 ? triggers : [{ key: 'noTrigger', detail: '' }];
}

function installHookFlags(kind: InstallHookKind, config: JsonObject | null): string[] {
  const flags: string[] = [];
  if (config?.shouldRunOnVersionUpgrade === true) flags.push('on upgrade');
  if (kind === 'post-install') flags.push(config?.shouldRunSynchronously === true ? 'sync' : 'async');
  return flags;
}

function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name.localeCompare(b.name);
}

/** What the explorer shows, derived from the project model alone. */
export function explorerGroups(model: ProjectModel): ExplorerGroups {
  const groups = new Map<TriggerGroupKey, FunctionItem[]>();
  const installHooks: InstallHookItem[] = [];
  const objects: ObjectItem[] = [];
  const standaloneFields: Entity[] = [];
  const roles: NamedEntityItem[] = [];
  const skills: NamedEntityItem[] = [];
  const agents: NamedEntityItem[] = [];
  const connectionProviders: NamedEntityItem[] = [];
  const others: NamedEntityItem[] = [];
  let applicationEntity: Entity | null = null;

  for (const entity of model.entities) {
    const hookKind = installHookKinds[entity.defineFunction];
    if (entity.defineFunction === 'defineApplication') applicationEntity = entity;
    else if (entity.defineFunction === 'defineLogicFunction') {
      const name = entityName(entity, 'name');
      for (const trigger of functionTriggers(entity.config)) {
        const items = groups.get(trigger.key) ?? [];
        items.push({ entity, name, detail: trigger.detail });
        groups.set(trigger.key, items);
      }
    } else if (hookKind) {
      installHooks.push({ entity, name: entityName(entity, 'name'), kind: hookKind, flags: installHookFlags(hookKind, entity.config) });
    } else if (entity.defineFunction === 'defineObject') {
      const fields = Array.isArray(entity.config?.fields) ? entity.config.fields : [];
      objects.push({
        entity,
        name: entityName(entity, 'labelSingular', 'nameSingular'),
        fields: fields.map(object).filter((field): field is JsonObject => field !== null).map((field) => ({
          name: text(field.label) ?? text(field.name) ?? '?',
          type: text(field.type) ?? '',
          entity: null,
        })),
      });
    } else if (entity.defineFunction === 'defineField') standaloneFields.push(entity);
    else if (roleDefiners.has(entity.defineFunction)) {
      roles.push({ entity, name: entityName(entity, 'label', 'name'), detail: entity.defineFunction === 'defineApplicationRole' ? 'application role' : '' });
    } else if (entity.defineFunction === 'defineSkill') {
      skills.push({ entity, name: entityName(entity, 'label', 'name'), detail: text(entity.config?.name) ?? '' });
    } else if (entity.defineFunction === 'defineAgent') {
      agents.push({ entity, name: entityName(entity, 'label', 'name'), detail: text(entity.config?.modelId) ?? '' });
    } else if (entity.defineFunction === 'defineConnectionProvider') {
      const oauth = object(entity.config?.oauth);
      const scopes = Array.isArray(oauth?.scopes) ? oauth.scopes.length : 0;
      connectionProviders.push({ entity, name: entityName(entity, 'displayName', 'name'), detail: `${text(entity.config?.type) ?? '?'} · ${scopes} scope${scopes === 1 ? '' : 's'}` });
    } else {
      others.push({ entity, name: entityName(entity, 'label', 'name'), detail: entity.defineFunction.replace(/^define/, '') });
    }
  }

  // A defineField extends an object of this app (found by universalIdentifier) or one of the platform's.
  for (const entity of standaloneFields) {
    const objectId = text(entity.config?.objectUniversalIdentifier);
    const field = { name: entityName(entity, 'label', 'name'), type: text(entity.config?.type) ?? '', entity };
    const owner = objects.find((item) => item.entity?.universalIdentifier === objectId);
    if (owner) owner.fields.push(field);
    else {
      const name = objectId ? `Object ${objectId.slice(0, 8)}…` : 'Other fields';
      const existing = objects.find((item) => item.entity === null && item.name === name);
      if (existing) existing.fields.push(field);
      else objects.push({ entity: null, name, fields: [field] });
    }
  }

  const order: TriggerGroupKey[] = ['routes', 'serverRoutes', 'cron', 'databaseEvents', 'aiTools', 'workflowActions', 'noTrigger'];
  const application = model.manifest.application;
  return {
    application: {
      entity: applicationEntity,
      displayName:
        text(applicationEntity?.config?.displayName) ?? text(application?.displayName) ?? model.packageName ?? fileStem(model.appDir),
      universalIdentifier: applicationEntity?.universalIdentifier ?? text(application?.universalIdentifier) ?? null,
    },
    functionGroups: order
      .filter((key) => groups.has(key))
      .map((key) => ({ key, label: triggerGroupLabels[key], items: groups.get(key)!.sort(byName) })),
    installHooks: installHooks.sort(byName),
    objects: objects.sort(byName),
    roles: roles.sort(byName),
    skills: skills.sort(byName),
    agents: agents.sort(byName),
    connectionProviders: connectionProviders.sort(byName),
    others: others.sort(byName),
  };
}

/** Files with at least one error, for the red markers on entities and in the file tree. */
export function filesWithErrors(model: ProjectModel): Set<string> {
  return new Set(model.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.file));
}
