/**
 * Reading an expression as a value the form owns: only literals written out in full (strings without
 * substitutions, numbers, booleans, null, and arrays/objects made only of those). Anything that needs
 * evaluating (an identifier, a template with `${}`, a call, a spread, a shorthand property...) is
 * reported with its node so the UI can show it read-only and jump to it.
 */
import ts from 'typescript';

export type LiteralValue = string | number | boolean | null | LiteralValue[] | { [key: string]: LiteralValue };

export type LiteralRead =
  | { owned: true; value: LiteralValue }
  /** `node` is the innermost part that is not a literal (what "edit in code" jumps to). */
  | { owned: false; node: ts.Node; why: string };

/** `x satisfies T`, `x as T`, `<T>x`, `(x)`, `x!`: wrappers that do not change the value. */
export const unwrapExpression = (node: ts.Expression): ts.Expression => {
  let current = node;
  while (
    ts.isSatisfiesExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isTypeAssertionExpression(current) ||
    ts.isParenthesizedExpression(current) ||
    ts.isNonNullExpression(current)
  ) {
    current = current.expression;
  }
  return current;
};

/** The key of a property as the runtime sees it, or null when it is computed from code. */
export const staticPropertyName = (name: ts.PropertyName): string | null => {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isPrivateIdentifier(name)) return null;
  if (ts.isComputedPropertyName(name)) {
    const expression = unwrapExpression(name.expression);
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression) || ts.isNumericLiteral(expression)) return expression.text;
  }
  return null;
};

const describeKind = (node: ts.Node): string => {
  if (ts.isIdentifier(node)) return `the identifier ${node.text}`;
  if (ts.isTemplateExpression(node)) return 'a template literal with substitutions';
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) return 'a call';
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) return 'a property access';
  if (ts.isSpreadElement(node) || ts.isSpreadAssignment(node)) return 'a spread';
  if (ts.isShorthandPropertyAssignment(node)) return 'a shorthand property';
  if (ts.isBinaryExpression(node) || ts.isPrefixUnaryExpression(node) || ts.isConditionalExpression(node)) return 'an expression';
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node)) return 'a function';
  if (ts.isComputedPropertyName(node)) return 'a computed property name';
  if (ts.isGetAccessor(node) || ts.isSetAccessor(node)) return 'an accessor';
  return 'not a literal';
};

const notOwned = (node: ts.Node): LiteralRead => ({ owned: false, node, why: describeKind(node) });

/** Reads a literal, recursing into arrays and object literals. */
export const readLiteral = (expression: ts.Expression): LiteralRead => {
  const node = unwrapExpression(expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { owned: true, value: node.text };
  if (ts.isNumericLiteral(node)) return { owned: true, value: Number(node.text) };
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) {
    return { owned: true, value: -Number(node.operand.text) };
  }
  if (node.kind === ts.SyntaxKind.TrueKeyword) return { owned: true, value: true };
  if (node.kind === ts.SyntaxKind.FalseKeyword) return { owned: true, value: false };
  if (node.kind === ts.SyntaxKind.NullKeyword) return { owned: true, value: null };
  if (ts.isArrayLiteralExpression(node)) {
    const values: LiteralValue[] = [];
    for (const element of node.elements) {
      // A hole (`[a, , b]`) is not something the form writes either.
      if (ts.isOmittedExpression(element) || ts.isSpreadElement(element)) return notOwned(element);
      const read = readLiteral(element);
      if (!read.owned) return read;
      values.push(read.value);
    }
    return { owned: true, value: values };
  }
  if (ts.isObjectLiteralExpression(node)) {
    const value: { [key: string]: LiteralValue } = {};
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property)) return notOwned(property);
      const key = staticPropertyName(property.name);
      if (key === null) return notOwned(property.name);
      const read = readLiteral(property.initializer);
      if (!read.owned) return read;
      value[key] = read.value;
    }
    return { owned: true, value };
  }
  return notOwned(node);
};

export const literalEquals = (a: LiteralValue, b: LiteralValue): boolean => {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => literalEquals(item, b[i]));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  return aKeys.length === bKeys.length && aKeys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && literalEquals(a[key], b[key]));
};
