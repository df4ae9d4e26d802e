import { TRIGGER_KINDS, type TriggerKind } from '../../../src-shared/twenty/source-edit/config-paths';
import { createLogicFunctionSource, type LifecycleHook } from '../../../src-shared/twenty/source-edit/logic-function-template';
import { createEntitySource, NEW_ENTITY_FOLDERS, type NewEntityKind } from '../../../src-shared/twenty/source-edit/entity-templates';
import { slugify } from '../../../src-shared/twenty/source-edit/trigger-defaults';

export const DEFAULT_FUNCTION_FOLDER = 'src/logic-functions';

export interface NewFunctionInput {
  name: string;
  folder: string;
  triggers: readonly TriggerKind[];
}

export type NewFunctionPlan = { ok: true; path: string; content: string } | { ok: false; reason: string };

/** `./src//logic-functions/` -> `src/logic-functions`: a folder relative to the app, forward slashes. */
export function normalizeFolder(folder: string): string {
  return folder.trim().replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+/g, '/').replace(/^\/|\/$/g, '');
}

/** The file a new function becomes: `<folder>/<slug of name>.ts` from the template, with the given UUID. */
export function planNewFunction(
  input: NewFunctionInput,
  universalIdentifier: string,
  existingFiles: readonly string[],
  /** The app's logic functions: a name is how `exec -n` and `twenty dev:function:exec -n` pick one. */
  existingFunctions: readonly { name: string | null; file: string }[] = [],
): NewFunctionPlan {
  const name = input.name.trim();
  if (!name) return { ok: false, reason: 'A function needs a name' };
  const namesake = existingFunctions.find((fn) => fn.name === name);
  if (namesake) return { ok: false, reason: `${namesake.file} already defines a logic function named "${name}": \`exec -n ${name}\` could not tell them apart` };
  const slug = slugify(name);
  if (!slug) return { ok: false, reason: 'The name needs at least one letter or digit (it names the file)' };
  const folder = normalizeFolder(input.folder);
  if (folder.split('/').some((part) => part === '..')) return { ok: false, reason: 'The folder must be inside the app' };
  const path = `${folder ? `${folder}/` : ''}${slug}.ts`;
  if (existingFiles.includes(path)) return { ok: false, reason: `${path} already exists` };
  const triggers = TRIGGER_KINDS.filter((kind) => input.triggers.includes(kind));
  try {
    return { ok: true, path, content: createLogicFunctionSource({ name, universalIdentifier, triggers }) };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

/** Every kind the New entity dialog creates: logic functions (with triggers), the lifecycle functions, and the AI and connection entities. */
export type NewEntityChoice = 'logicFunction' | LifecycleHook | NewEntityKind;

export const NEW_ENTITY_CHOICES: { kind: NewEntityChoice; label: string; define: string }[] = [
  { kind: 'logicFunction', label: 'Logic function', define: 'defineLogicFunction' },
  { kind: 'healthCheck', label: 'Health check', define: 'defineHealthCheck' },
  { kind: 'preInstall', label: 'Pre-install hook', define: 'definePreInstallLogicFunction' },
  { kind: 'postInstall', label: 'Post-install hook', define: 'definePostInstallLogicFunction' },
  { kind: 'uninstall', label: 'Uninstall hook', define: 'defineUninstallLogicFunction' },
  { kind: 'skill', label: 'Skill', define: 'defineSkill' },
  { kind: 'agent', label: 'Agent', define: 'defineAgent' },
  { kind: 'connectionProvider', label: 'Connection provider', define: 'defineConnectionProvider' },
];

const isEntityKind = (kind: NewEntityChoice): kind is NewEntityKind => kind === 'skill' || kind === 'agent' || kind === 'connectionProvider';

/** Where dev:add puts each kind. */
export const defaultFolderFor = (kind: NewEntityChoice): string => (isEntityKind(kind) ? NEW_ENTITY_FOLDERS[kind] : DEFAULT_FUNCTION_FOLDER);

/** The file a new entity of any kind becomes. */
export function planNewEntity(
  input: NewFunctionInput & { kind: NewEntityChoice },
  universalIdentifier: string,
  existingFiles: readonly string[],
  existingFunctions: readonly { name: string | null; file: string }[] = [],
): NewFunctionPlan {
  if (input.kind === 'logicFunction') return planNewFunction(input, universalIdentifier, existingFiles, existingFunctions);
  const name = input.name.trim();
  if (!name) return { ok: false, reason: 'A name is needed' };
  const slug = slugify(name);
  if (!slug) return { ok: false, reason: 'The name needs at least one letter or digit (it names the file)' };
  const folder = normalizeFolder(input.folder);
  if (folder.split('/').some((part) => part === '..')) return { ok: false, reason: 'The folder must be inside the app' };
  const path = `${folder ? `${folder}/` : ''}${slug}.ts`;
  if (existingFiles.includes(path)) return { ok: false, reason: `${path} already exists` };
  const content = isEntityKind(input.kind)
    ? createEntitySource(input.kind, { name, universalIdentifier })
    : createLogicFunctionSource({ name, universalIdentifier, triggers: [input.kind] });
  return { ok: true, path, content };
}
