import type { Entity, StudioApi } from '../../../src-shared/contract';
import { addServerVariables, connectionProviderServerVariables, type ServerVariable } from '../../../src-shared/twenty/source-edit/application-edits';

/** What dev:add prints when it cannot edit the config: the declarations to add by hand. */
const byHand = (variables: readonly ServerVariable[]): string =>
  variables.map((variable) => `${variable.name}: { description: '...', isSecret: ${variable.isSecret}, isRequired: true }`).join(', ');

/** The app's defineApplication file, as the model lists it. */
export const applicationConfigFile = (entities: readonly Entity[]): string | null =>
  entities.find((entity) => entity.defineFunction === 'defineApplication')?.file ?? null;

export type ProviderVariablesOutcome =
  | { ok: true; file: string; added: string[]; existing: string[] }
  | { ok: false; message: string };

/**
 * As `twenty dev:add` does for a new connection provider: declares `<NAME>_CLIENT_ID` and
 * `<NAME>_CLIENT_SECRET` in the app's `defineApplication({ serverVariables })` with the forms' minimal
 * edit, written over the version read (a change on disk meanwhile, or unsaved edits of that file in
 * the editor, leave it as it is and say what to add by hand).
 */
export async function declareProviderVariables(
  api: StudioApi,
  entities: readonly Entity[],
  providerName: string,
  dirtyFiles: readonly string[],
): Promise<ProviderVariablesOutcome> {
  const variables = connectionProviderServerVariables(providerName);
  const path = applicationConfigFile(entities);
  if (!path) return { ok: false, message: `No defineApplication config found: add to its serverVariables ${byHand(variables)}` };
  if (dirtyFiles.includes(path)) return { ok: false, message: `${path} has unsaved edits: add to its serverVariables ${byHand(variables)}` };
  const file = await api.call('file.read', { path });
  const edit = addServerVariables(file.content, path, variables);
  if (!edit.ok) return { ok: false, message: `${path} was not changed (${edit.reason}): add to its serverVariables ${byHand(variables)}` };
  if (edit.edits.length > 0) {
    const written = await api.call('file.write', { path, content: edit.newText, baseVersion: file.version, force: false });
    if (!written.ok) return { ok: false, message: `${path} changed on disk meanwhile: add to its serverVariables ${byHand(variables)}` };
  }
  return { ok: true, file: path, added: edit.added, existing: edit.existing };
}
