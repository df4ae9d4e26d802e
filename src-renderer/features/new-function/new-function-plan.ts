import { TRIGGER_KINDS, type TriggerKind } from '../../../src-shared/twenty/source-edit/config-paths';
import { createLogicFunctionSource } from '../../../src-shared/twenty/source-edit/logic-function-template';
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
  return { ok: true, path, content: createLogicFunctionSource({ name, universalIdentifier, triggers }) };
}
