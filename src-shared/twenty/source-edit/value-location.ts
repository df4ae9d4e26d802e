/**
 * Where a config value sits in the source: problems point at the wrong value (the array element, the
 * nested property's value), not at the top-level property that holds it.
 */
import ts from 'typescript';
import { locateConfig, lookupProperty } from './config-literal';

export interface ValuePosition { offset: number; line: number; column: number }

const unwrap = (node: ts.Expression): ts.Expression => {
  let current = node;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current) || ts.isTypeAssertionExpression(current)) current = current.expression;
  return current;
};

/**
 * The position of `path` (dot-separated) in the logic function config of `text`, as deep as the source
 * spells it literally; with `value`, the element of an array literal equal to it. Null when not even the
 * first segment is a literal property of the config.
 */
export function locateConfigValue(fileName: string, text: string, path: string, value?: string): ValuePosition | null {
  const located = locateConfig(fileName, text);
  if (!located.ok) return null;
  const { sourceFile } = located.located;
  let object: ts.ObjectLiteralExpression | null = located.located.object;
  let best: ts.Node | null = null;
  for (const segment of path.split('.').filter(Boolean)) {
    if (!object) break;
    const lookup = lookupProperty(object, segment);
    if (lookup.kind !== 'found') break;
    const property = lookup.property;
    const initializer = ts.isPropertyAssignment(property) ? unwrap(property.initializer) : null;
    best = initializer ?? property;
    object = initializer && ts.isObjectLiteralExpression(initializer) ? initializer : null;
  }
  if (!best) return null;
  if (value !== undefined && ts.isArrayLiteralExpression(best)) {
    const element = best.elements.find((item) => (ts.isStringLiteral(item) || ts.isNoSubstitutionTemplateLiteral(item)) && item.text === value);
    if (element) best = element;
  }
  const offset = best.getStart(sourceFile);
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(offset);
  return { offset, line: line + 1, column: character + 1 };
}
