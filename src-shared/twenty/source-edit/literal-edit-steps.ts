/**
 * The steps every form edit of a define*() object literal is made of, shared by the trigger editor
 * (`config-edits.ts`), the entity forms (`entity-edits.ts`) and the application config
 * (`application-edits.ts`): refusing a property that code provides, where a new property goes, how
 * a property, a list element or a scalar is written in the file's own style, and the checks a
 * result must pass before it replaces the file.
 */
import ts from 'typescript';

import { discoverEntity } from '../entity-discovery';
import { lookupProperty } from './config-literal';
import { insertListElement, listLayout, removeListElement } from './list-edits';
import { literalEquals, staticPropertyName, type LiteralValue } from './literal-values';
import { indentationAt, lineStartOf, renderKey, renderValue, type SourceStyle } from './source-style';
import type { TextEdit } from './text-edit';

export const EDIT_IN_CODE = 'edit in code';

/** A reason to leave the file as it is; thrown from deep inside a step, returned to the caller. */
export class Refusal extends Error {}

export const refuse = (reason: string): never => {
  throw new Refusal(reason);
};

/** The kinds of value a form field takes (`markdown` is a string edited as Markdown). */
export type FieldValueKind = 'string' | 'markdown' | 'number' | 'boolean' | 'string-array' | 'json';

/** Whether `value` is of the field's kind (checked before anything is written). */
export const valueIsOfKind = (kind: FieldValueKind, value: LiteralValue): boolean => {
  switch (kind) {
    case 'string':
    case 'markdown':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string-array':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'json':
      return value !== null && typeof value === 'object';
  }
};

/** The property of `key` a form may rewrite, or null when absent; refuses when code provides or may override it. */
export const ownedProperty = (object: ts.ObjectLiteralExpression, key: string, sourceFile: ts.SourceFile, label: string): ts.PropertyAssignment | null => {
  const lookup = lookupProperty(object, key);
  if (lookup.kind === 'absent') {
    if (lookup.maybeFrom) refuse(`${label} may come from ${lookup.maybeFrom.getText(sourceFile)}: ${EDIT_IN_CODE}`);
    return null;
  }
  if (lookup.overriddenBy) refuse(`${label} may be overridden by ${lookup.overriddenBy.getText(sourceFile)}: ${EDIT_IN_CODE}`);
  if (!ts.isPropertyAssignment(lookup.property)) refuse(`${label} is ${ts.isShorthandPropertyAssignment(lookup.property) ? 'a shorthand property' : 'a method'}: ${EDIT_IN_CODE}`);
  return lookup.property as ts.PropertyAssignment;
};

export const propertyKeys = (object: ts.ObjectLiteralExpression): (string | null)[] =>
  object.properties.map((element) => (element.name ? staticPropertyName(element.name) : null));

/** Where a new property goes: after the last property that comes before it in `order`, else before the first after it, else last. */
export const orderedPlacement = (object: ts.ObjectLiteralExpression, key: string, order: readonly string[]): number => {
  const keys = propertyKeys(object);
  const rank = order.indexOf(key);
  let after = -1;
  keys.forEach((k, index) => {
    const r = k === null ? -1 : order.indexOf(k);
    if (r >= 0 && r < rank) after = index;
  });
  if (after >= 0) return after + 1;
  const before = keys.findIndex((k) => k !== null && order.indexOf(k) > rank);
  return before >= 0 ? before : keys.length;
};

/** The quote a replaced string keeps: the literal's own, else the file's. */
export const quoteOfLiteral = (node: ts.Node, sourceFile: ts.SourceFile, style: SourceStyle): SourceStyle =>
  ts.isStringLiteral(node) ? { ...style, quote: node.getText(sourceFile).startsWith('"') ? '"' : "'" } : style;

/** New array elements quote like their siblings. */
export const quoteOfArray = (array: ts.ArrayLiteralExpression, sourceFile: ts.SourceFile, style: SourceStyle): SourceStyle => {
  const sibling = array.elements.find(ts.isStringLiteral);
  return sibling ? quoteOfLiteral(sibling, sourceFile, style) : style;
};

/** `key: value` inserted at `index` of `object`, laid out like its siblings. */
export const insertPropertyEdits = (
  object: ts.ObjectLiteralExpression,
  index: number,
  key: string,
  value: LiteralValue,
  sourceFile: ts.SourceFile,
  style: SourceStyle,
  expand = false,
): TextEdit[] => {
  const layout = listLayout(object, sourceFile, style);
  const prefix = `${renderKey(key, style.quote)}: `;
  const rendered = renderValue(value, style, { indent: layout.elementIndent, column: layout.elementIndent.length + prefix.length, expand });
  return insertListElement(object, index, prefix + rendered, sourceFile, style);
};

/**
 * A list edit as a list editor makes it: the unchanged head and tail stay, what lies between is
 * removed (last first) and inserted, each step through the callbacks (which re-read the text).
 */
export const editList = (
  old: readonly LiteralValue[],
  value: readonly LiteralValue[],
  removeAt: (index: number) => void,
  insertAt: (index: number, item: LiteralValue) => void,
): void => {
  let prefix = 0;
  while (prefix < old.length && prefix < value.length && literalEquals(old[prefix], value[prefix])) prefix++;
  let suffix = 0;
  while (suffix < old.length - prefix && suffix < value.length - prefix && literalEquals(old[old.length - 1 - suffix], value[value.length - 1 - suffix])) suffix++;
  for (let index = old.length - suffix - 1; index >= prefix; index--) removeAt(index);
  value.slice(prefix, value.length - suffix).forEach((item, offset) => insertAt(prefix + offset, item));
};

/**
 * `editList` on an array literal of the file: each step re-reads the array (`current`, after the
 * previous step) and hands its edits to `apply`.
 */
export const editArray = (
  old: readonly LiteralValue[],
  value: readonly LiteralValue[],
  current: () => { array: ts.ArrayLiteralExpression; sourceFile: ts.SourceFile },
  apply: (edits: TextEdit[]) => void,
  style: SourceStyle,
): void => {
  const step = (edit: (array: ts.ArrayLiteralExpression, sourceFile: ts.SourceFile) => TextEdit[]) => {
    const { array, sourceFile } = current();
    apply(edit(array, sourceFile));
  };
  editList(
    old,
    value,
    (index) => step((array, sourceFile) => removeListElement(array, index, sourceFile, style)),
    (index, item) => step((array, sourceFile) => insertElementEdits(array, index, item, sourceFile, style)),
  );
};

/** `item` inserted at `index` of `array`, laid out and quoted like its siblings. */
export const insertElementEdits = (array: ts.ArrayLiteralExpression, index: number, item: LiteralValue, sourceFile: ts.SourceFile, style: SourceStyle): TextEdit[] => {
  const layout = listLayout(array, sourceFile, style);
  const text = renderValue(item, quoteOfArray(array, sourceFile, style), { indent: layout.elementIndent, column: layout.elementIndent.length });
  return insertListElement(array, index, text, sourceFile, style);
};

/** Replaces one literal node by `value`; a template literal (Markdown is often written with backticks) stays one. */
export const replaceNodeEdit = (node: ts.Expression, value: LiteralValue, sourceFile: ts.SourceFile, style: SourceStyle): TextEdit => {
  const start = node.getStart(sourceFile);
  const newText =
    ts.isNoSubstitutionTemplateLiteral(node) && typeof value === 'string'
      ? `\`${value.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``
      : renderValue(value, quoteOfLiteral(node, sourceFile, style), { indent: indentationAt(sourceFile.text, start), column: start - lineStartOf(sourceFile.text, start) });
  return { start, end: node.getEnd(), newText };
};

/**
 * Why an edited text may not replace the file (new syntax errors, or the SDK would no longer find
 * the same define*), or null.
 */
export const editedTextProblem = (fileName: string, before: string, after: string, what: string): string | null => {
  const errors = (text: string) => discoverEntity(fileName, text).syntaxErrors.length;
  if (errors(after) > errors(before)) return 'The edit would introduce a syntax error; the file is left as it was';
  const define = discoverEntity(fileName, before).entity?.defineFunction;
  if (!define || discoverEntity(fileName, after).entity?.defineFunction !== define) return `After the edit the SDK would no longer find this ${what}; the file is left as it was`;
  return null;
};
