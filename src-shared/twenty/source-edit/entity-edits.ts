/**
 * Form edits of the logic layer's non-function entities (defineSkill, defineAgent,
 * defineConnectionProvider): the same promise as the trigger editor's `config-edits.ts` (the smallest
 * text edit, comments, layout, quotes and trailing commas kept, refused when the value is code or when
 * the result would not read back), over the fields the SDK's types give each kind.
 */
import ts from 'typescript';

import { describeProperty, dominantQuote, locateDefineObject, lookupProperty, rangeOf, type ConfigPropertyState, type LocatedDefineObject, type TextRange } from './config-literal';
import { removeListElement } from './list-edits';
import {
  EDIT_IN_CODE,
  Refusal,
  editArray,
  editedTextProblem,
  insertPropertyEdits,
  orderedPlacement,
  ownedProperty,
  refuse,
  replaceNodeEdit,
  valueIsOfKind,
} from './literal-edit-steps';
import { literalEquals, readLiteral, unwrapExpression, type LiteralValue } from './literal-values';
import { detectStyle, type SourceStyle } from './source-style';
import { EditComposer, type TextEdit } from './text-edit';

export { ENTITY_FORM_FIELDS, entityFields, isEntityFormDefine, type EntityField, type EntityFieldType, type EntityFormDefine } from './entity-form-fields';
import { entityFields, isEntityFormDefine, type EntityFormDefine } from './entity-form-fields';

export interface EntityLiteral {
  defineFunction: EntityFormDefine;
  objectRange: TextRange;
  /** State of every field of the kind (a nested path inside a section that is code is code too). */
  fields: Record<string, ConfigPropertyState>;
}

export type EntityLiteralResult = { ok: true; literal: EntityLiteral } | { ok: false; reason: string; range?: TextRange };

export type EntityEdit = { kind: 'set'; path: string; value: LiteralValue } | { kind: 'remove'; path: string };

export type EntityEditResult = { ok: true; edits: TextEdit[]; newText: string } | { ok: false; reason: string };

const splitPath = (path: string): { section: string | null; key: string } => {
  const dot = path.indexOf('.');
  return dot < 0 ? { section: null, key: path } : { section: path.slice(0, dot), key: path.slice(dot + 1) };
};

const locate = (fileName: string, text: string): { ok: true; located: LocatedDefineObject & { defineFunction: EntityFormDefine } } | { ok: false; reason: string; range?: TextRange } => {
  const result = locateDefineObject(fileName, text);
  if (!result.ok) return result;
  const define = result.located.defineFunction;
  if (!isEntityFormDefine(define)) return { ok: false, reason: `${define} has no form here` };
  return { ok: true, located: { ...result.located, defineFunction: define } };
};

/** The object literal of a section (`oauth`), when the form can edit inside it. */
const sectionObject = (object: ts.ObjectLiteralExpression, section: string): ts.ObjectLiteralExpression | null => {
  const lookup = lookupProperty(object, section);
  if (lookup.kind !== 'found' || lookup.overriddenBy || !ts.isPropertyAssignment(lookup.property)) return null;
  const value = unwrapExpression(lookup.property.initializer);
  return ts.isObjectLiteralExpression(value) ? value : null;
};

const describePath = (located: LocatedDefineObject, path: string): ConfigPropertyState => {
  const { sourceFile, object } = located;
  const { section, key } = splitPath(path);
  if (section === null) return describeProperty(object, key, sourceFile);
  const inner = sectionObject(object, section);
  if (inner) return describeProperty(inner, key, sourceFile);
  const state = describeProperty(object, section, sourceFile);
  if (state.kind === 'absent') return state;
  if (state.kind === 'not-literal') return state;
  return { kind: 'not-literal', range: state.range, codeRange: state.range, text: sourceFile.text.slice(state.range.start, state.range.end), reason: `${section} is not an object literal` };
};

/** Reads a skill, agent or connection provider file for its form. */
export const describeEntityLiteral = (sourceText: string, fileName: string): EntityLiteralResult => {
  const result = locate(fileName, sourceText);
  if (!result.ok) return result;
  const { located } = result;
  const fields: Record<string, ConfigPropertyState> = {};
  for (const field of entityFields(located.defineFunction)) fields[field.path] = describePath(located, field.path);
  return { ok: true, literal: { defineFunction: located.defineFunction, objectRange: rangeOf(located.object, located.sourceFile), fields } };
};

/** Replaces a literal by `value`: element-wise for string lists (add/remove keeps the rest), the node otherwise. */
const replaceLiteral = (composer: EditComposer, node: ts.Expression, value: LiteralValue, sourceFile: ts.SourceFile, style: SourceStyle, relocate: () => ts.Expression): void => {
  const read = readLiteral(node);
  if (!read.owned) refuse(`the value is ${(read as { why: string }).why}: ${EDIT_IN_CODE}`);
  const old = (read as { value: LiteralValue }).value;
  if (literalEquals(old, value)) return;
  if (ts.isArrayLiteralExpression(node) && Array.isArray(old) && Array.isArray(value)) {
    const current = () => {
      const array = relocate() as ts.ArrayLiteralExpression;
      return { array, sourceFile: array.getSourceFile() };
    };
    editArray(old, value, current, (edits) => composer.apply(edits), style);
    return;
  }
  composer.apply([replaceNodeEdit(node, value, sourceFile, style)]);
};

/** Applies one form change to a skill, agent or connection provider file. */
export const applyEntityEdit = (sourceText: string, fileName: string, edit: EntityEdit): EntityEditResult => {
  const first = locate(fileName, sourceText);
  if (!first.ok) return { ok: false, reason: first.reason };
  const define = first.located.defineFunction;
  const field = entityFields(define).find((candidate) => candidate.path === edit.path);
  if (!field) return { ok: false, reason: `${define} has no ${edit.path}` };
  if (edit.kind === 'set' && !valueIsOfKind(field.type, edit.value)) return { ok: false, reason: `${edit.path} takes a ${field.type === 'markdown' ? 'string' : field.type} value` };
  if (edit.kind === 'remove' && field.required) return { ok: false, reason: `${define} requires ${edit.path}` };

  const composer = new EditComposer(sourceText);
  const style = detectStyle(first.located.sourceFile, first.located.object, dominantQuote(first.located.object, first.located.sourceFile, dominantQuote(first.located.sourceFile, first.located.sourceFile, "'")));
  const current = (): LocatedDefineObject => {
    const result = locate(fileName, composer.text);
    if (!result.ok) return refuse(`The edit would lose the config: ${result.reason}`);
    return result.located;
  };
  const { section, key } = splitPath(edit.path);
  const order = entityFields(define).map((candidate) => splitPath(candidate.path)).filter((p) => p.section === section).map((p) => p.key);
  const topOrder = [...new Set(entityFields(define).map((candidate) => splitPath(candidate.path).section ?? candidate.path))];

  try {
    const located = current();
    let target = located.object;
    if (section !== null) {
      const sectionProperty = ownedProperty(located.object, section, located.sourceFile, section);
      if (!sectionProperty) {
        if (edit.kind === 'remove') return { ok: true, edits: [], newText: sourceText };
        // A new section with the one value.
        composer.apply(insertPropertyEdits(located.object, orderedPlacement(located.object, section, topOrder), section, { [key]: edit.value }, located.sourceFile, style));
        return finish(sourceText, fileName, composer, edit, define);
      }
      const inner = sectionObject(located.object, section);
      if (!inner) return { ok: false, reason: `${section} is not an object literal: ${EDIT_IN_CODE}` };
      target = inner;
    }
    const resolveTarget = (): ts.ObjectLiteralExpression => {
      const again = current();
      return section === null ? again.object : sectionObject(again.object, section)!;
    };
    const property = ownedProperty(target, key, located.sourceFile, edit.path);
    if (edit.kind === 'remove') {
      if (!property) return { ok: true, edits: [], newText: sourceText };
      const read = readLiteral(property.initializer);
      if (!read.owned) return { ok: false, reason: `${edit.path} is ${read.why}: ${EDIT_IN_CODE}` };
      composer.apply(removeListElement(target, target.properties.indexOf(property), located.sourceFile, style));
    } else if (property) {
      const relocate = () => {
        const object = resolveTarget();
        const found = lookupProperty(object, key);
        return unwrapExpression((found as { property: ts.PropertyAssignment }).property.initializer);
      };
      replaceLiteral(composer, unwrapExpression(property.initializer), edit.value, located.sourceFile, style, relocate);
    } else {
      composer.apply(insertPropertyEdits(target, orderedPlacement(target, key, section === null ? topOrder : order), key, edit.value, located.sourceFile, style));
    }
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.message };
    throw error;
  }
  return finish(sourceText, fileName, composer, edit, define);
};

/** Refuses a result with new syntax errors, a lost entity, or a value that does not read back. */
const finish = (sourceText: string, fileName: string, composer: EditComposer, edit: EntityEdit, define: EntityFormDefine): EntityEditResult => {
  const newText = composer.text;
  if (newText === sourceText) return { ok: true, edits: [], newText };
  const problem = editedTextProblem(fileName, sourceText, newText, define);
  if (problem) return { ok: false, reason: problem };
  const readBack = describeEntityLiteral(newText, fileName);
  if (!readBack.ok) return { ok: false, reason: `The edit was not applied: ${readBack.reason}` };
  const state = readBack.literal.fields[edit.path];
  const matches = edit.kind === 'remove' ? state.kind === 'absent' : state.kind === 'literal' && literalEquals(state.value, edit.value);
  if (!matches) return { ok: false, reason: `The edit was not applied: ${edit.path} does not read back as written` };
  return { ok: true, edits: composer.edits, newText };
};

/** Why the form refuses a value before writing it (the SDK's or the server's reason), or null. */
export const entityFieldProblem = (define: EntityFormDefine, path: string, value: LiteralValue | undefined): string | null => {
  const field = entityFields(define).find((candidate) => candidate.path === path);
  if (!field) return null;
  const empty = value === undefined || value === '' || (Array.isArray(value) && field.type !== 'string-array' && value.length === 0);
  if (field.required && empty) return `${path} is required`;
  if (typeof value === 'string' && field.options && !field.options.includes(value)) return `${path} must be one of ${field.options.join(', ')}`;
  if (define === 'defineConnectionProvider' && path === 'name' && typeof value === 'string' && !/^[a-z][a-z0-9-]*$/.test(value)) {
    return `Connection provider name "${value}" must match /^[a-z][a-z0-9-]*$/ (used in URLs)`;
  }
  if (path.endsWith('niversalIdentifier') && typeof value === 'string' && value !== '' && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) {
    return `${path} must be a UUID`;
  }
  if (/Endpoint$/.test(path) && typeof value === 'string' && value !== '' && !/^https?:\/\/\S+$/.test(value)) return `${path} must be an http(s) URL`;
  return null;
};
