/**
 * Edits of the app's `defineApplication` config: the server variables twenty-sdk 2.43's `twenty
 * dev:add` declares for a new connection provider (its `registerConnectionProviderServerVariables`
 * in `dist/cli.mjs`): `<NAME>_CLIENT_ID` and `<NAME>_CLIENT_SECRET` under `serverVariables`, each
 * `{ description, isSecret, isRequired: true }`, a variable already declared left as it is. Where
 * dev:add rewrites the text with regular expressions, this is the forms' minimal edit: one property
 * inserted per variable (or one `serverVariables` section), comments and layout kept, refused when
 * `serverVariables` is code.
 */
import ts from 'typescript';

import { dominantQuote, locateDefineObject, lookupProperty, type LocatedDefineObject } from './config-literal';
import { EDIT_IN_CODE, Refusal, editedTextProblem, insertPropertyEdits, ownedProperty, refuse } from './literal-edit-steps';
import { literalEquals, readLiteral, unwrapExpression, type LiteralValue } from './literal-values';
import { detectStyle } from './source-style';
import { EditComposer, type TextEdit } from './text-edit';
import { slugify } from './trigger-defaults';

export interface ServerVariable {
  name: string;
  description: string;
  isSecret: boolean;
}

export type ApplicationEditResult =
  | { ok: true; edits: TextEdit[]; newText: string; added: string[]; existing: string[] }
  | { ok: false; reason: string };

/** dev:add's variables for a connection provider: the name in kebab case, upper snake, `_CLIENT_ID` / `_CLIENT_SECRET`. */
export const connectionProviderServerVariables = (providerName: string): ServerVariable[] => {
  const prefix = slugify(providerName).toUpperCase().replace(/-/g, '_');
  return [
    {
      name: `${prefix}_CLIENT_ID`,
      description: 'OAuth client ID issued by the third-party provider. Filled in once by the server admin on the application registration.',
      isSecret: false,
    },
    {
      name: `${prefix}_CLIENT_SECRET`,
      description: 'OAuth client secret issued by the third-party provider. Stored encrypted; never echoed in API responses.',
      isSecret: true,
    },
  ];
};

const declaration = (variable: ServerVariable): { [key: string]: LiteralValue } => ({ description: variable.description, isSecret: variable.isSecret, isRequired: true });

const locateApplication = (fileName: string, text: string): LocatedDefineObject => {
  const result = locateDefineObject(fileName, text);
  if (!result.ok) return refuse(result.reason);
  if (result.located.defineFunction !== 'defineApplication') return refuse(`${fileName} is not the defineApplication config (${result.located.defineFunction})`);
  return result.located;
};

/** The `serverVariables` object literal, null when absent; refuses when code provides it. */
const serverVariablesObject = (located: LocatedDefineObject): ts.ObjectLiteralExpression | null => {
  const property = ownedProperty(located.object, 'serverVariables', located.sourceFile, 'serverVariables');
  if (!property) return null;
  const value = unwrapExpression(property.initializer);
  return ts.isObjectLiteralExpression(value) ? value : refuse(`serverVariables is not an object literal: ${EDIT_IN_CODE}`);
};

/** Declares `variables` in `serverVariables` of the app's defineApplication (those already there are kept as they are). */
export const addServerVariables = (sourceText: string, fileName: string, variables: readonly ServerVariable[]): ApplicationEditResult => {
  const composer = new EditComposer(sourceText);
  const added: string[] = [];
  const existing: string[] = [];
  try {
    const first = locateApplication(fileName, sourceText);
    const style = detectStyle(first.sourceFile, first.object, dominantQuote(first.object, first.sourceFile, dominantQuote(first.sourceFile, first.sourceFile, "'")));
    for (const variable of variables) {
      const located = locateApplication(fileName, composer.text);
      const inner = serverVariablesObject(located);
      if (!inner) {
        // No section yet: one, with every variable still to declare, last in the config as dev:add puts it.
        const missing = variables.filter((candidate) => !existing.includes(candidate.name) && !added.includes(candidate.name));
        const section = Object.fromEntries(missing.map((candidate) => [candidate.name, declaration(candidate)]));
        composer.apply(insertPropertyEdits(located.object, located.object.properties.length, 'serverVariables', section, located.sourceFile, style, true));
        added.push(...missing.map((candidate) => candidate.name));
        break;
      }
      const lookup = lookupProperty(inner, variable.name);
      if (lookup.kind === 'found') {
        existing.push(variable.name);
        continue;
      }
      if (lookup.maybeFrom) refuse(`serverVariables.${variable.name} may come from ${lookup.maybeFrom.getText(located.sourceFile)}: ${EDIT_IN_CODE}`);
      composer.apply(insertPropertyEdits(inner, inner.properties.length, variable.name, declaration(variable), located.sourceFile, style, true));
      added.push(variable.name);
    }
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.message };
    throw error;
  }
  const newText = composer.text;
  if (newText === sourceText) return { ok: true, edits: [], newText, added, existing };
  const problem = editedTextProblem(fileName, sourceText, newText, 'defineApplication');
  if (problem) return { ok: false, reason: problem };
  // Read back: each variable written is a literal with the declaration written.
  const notReadBack = added.find((name) => {
    try {
      const inner = serverVariablesObject(locateApplication(fileName, newText));
      const lookup = inner ? lookupProperty(inner, name) : null;
      const read = lookup?.kind === 'found' && ts.isPropertyAssignment(lookup.property) ? readLiteral(lookup.property.initializer) : null;
      return !read?.owned || !literalEquals(read.value, declaration(variables.find((candidate) => candidate.name === name)!));
    } catch {
      return true;
    }
  });
  if (notReadBack) return { ok: false, reason: `The edit was not applied: serverVariables.${notReadBack} does not read back as written` };
  return { ok: true, edits: composer.edits, newText, added, existing };
};
