import type { Entity, ProjectModel } from '../../../src-shared/contract';
import { explorerGroups } from '../explorer/explorer-groups';
import { fuzzyScore } from './fuzzy-match';

export type QuickOpenKind = 'function' | 'hook' | 'object' | 'role' | 'entity' | 'file';

/** Something Ctrl/Cmd+P can go to: an entity by its name (at its define*() call) or a file by its path. */
export interface QuickOpenItem {
  kind: QuickOpenKind;
  /** What the query is matched against: the entity's name, or the file's path. */
  name: string;
  /** Shown beside the name: the trigger, the hook kind, the file. */
  detail: string;
  file: string;
  /** The define*() call, for entities. */
  entity: Entity | null;
}

/** Every entity of the app by the name the explorer shows it under (functions, hooks, objects, roles, the rest), then every file. */
export function quickOpenItems(model: ProjectModel): QuickOpenItem[] {
  const groups = explorerGroups(model);
  const items: QuickOpenItem[] = [];
  const seen = new Set<string>();
  const add = (kind: QuickOpenKind, entity: Entity | null, name: string, detail: string) => {
    if (!entity) return;
    const key = `${kind}:${entity.file}:${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    items.push({ kind, name, detail, file: entity.file, entity });
  };
  for (const group of groups.functionGroups) for (const item of group.items) add('function', item.entity, item.name, item.detail || group.label);
  for (const hook of groups.installHooks) add('hook', hook.entity, hook.name, hook.kind);
  for (const object of groups.objects) add('object', object.entity, object.name, 'object');
  for (const role of groups.roles) add('role', role.entity, role.name, 'role');
  for (const other of groups.others) add('entity', other.entity, other.name, other.detail);
  for (const file of model.files) items.push({ kind: 'file', name: file, detail: file, file, entity: null });
  return items;
}

/**
 * The items matching `query` (its characters in order), best first. An entity whose name matches
 * scores like a file name (its whole name is the "name" part), so `score` finds the function
 * `score-lead` and the file `score-lead.ts` side by side.
 */
export function filterQuickOpen(query: string, items: readonly QuickOpenItem[], limit = 50): QuickOpenItem[] {
  return items
    .map((item, index) => ({ item, index, score: fuzzyScore(query, item.kind === 'file' ? item.name : `/${item.name}`) }))
    .filter((entry): entry is { item: QuickOpenItem; index: number; score: number } => entry.score !== null)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((entry) => entry.item);
}
