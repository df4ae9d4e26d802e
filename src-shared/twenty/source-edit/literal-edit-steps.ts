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
import { insertListElement, listLayout } from './list-edits';
import { literalEquals, staticPropertyName, type LiteralValue } from './literal-values';
import { indentationAt, lineStartOf, renderKey, renderValue, type SourceStyle } from './source-style';
import type { TextEdit } from './text-edit';

export const EDIT_IN_CODE = 'edit in code';

/** A reason to leave the file as it is; thrown from deep inside a step, returned to the caller. */
export class Refusal extends Error {}

export const refuse = (reason: string): never => {
  throw new Refusal(reason);
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

/** A list edit's unchanged head and tail: only what lies between is removed and inserted. */
export const listDiff = (old: readonly LiteralValue[], value: readonly LiteralValue[]): { prefix: number; suffix: number } => {
  let prefix = 0;
  while (prefix < old.length && prefix < value.length && literalEquals(old[prefix], value[prefix])) prefix++;
  let suffix = 0;
  while (suffix < old.length - prefix && suffix < value.length - prefix && literalEquals(old[old.length - 1 - suffix], value[value.length - 1 - suffix])) suffix++;
  return { prefix, suffix };
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
