/**
 * Which fields of an object a function's source writes, found statically, for the self-trigger warning
 * (a function that writes a field it watches fires itself again: the server has no loop guard).
 *
 * Deliberately conservative: a field counts only when it is a key of a `data: { ... }` object literal
 * inside one of these write sites, so a warning is almost never wrong (it can miss writes):
 * - a call whose callee is named `update<Object>` / `upsert<Object>` (singular or plural, as the
 *   generated client names its mutations), e.g. `client.updatePerson({ id, data: { name } })`;
 * - an object-literal key with such a name, which is how the generated (genql) client spells a
 *   mutation: `client.mutation({ updatePerson: { __args: { id, data: { name: ... } }, id: true } })`;
 * - a call named `updateOne` / `updateMany` / `upsertOne` / `upsertMany` / `update` / `upsert` whose
 *   arguments name the object with a string literal (`'person'`, `'people'`, or `objectName: 'person'`).
 * Spread properties, computed keys and data built elsewhere are not followed.
 */
import ts from 'typescript';

const capitalize = (s: string): string => (s ? s[0].toUpperCase() + s.slice(1) : s);

const GENERIC_WRITES = new Set(['updateOne', 'updateMany', 'upsertOne', 'upsertMany', 'update', 'upsert']);

const propertyName = (name: ts.PropertyName | undefined): string | null => {
  if (!name) return null;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return null;
};

const calleeName = (call: ts.CallExpression): string | null => {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  if (ts.isElementAccessExpression(callee) && ts.isStringLiteral(callee.argumentExpression)) return callee.argumentExpression.text;
  return null;
};

const literalKeys = (node: ts.Expression): string[] => {
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.flatMap((property) => {
      if (ts.isShorthandPropertyAssignment(property)) return [property.name.text];
      if (ts.isPropertyAssignment(property) || ts.isMethodDeclaration(property)) {
        const name = propertyName(property.name);
        return name === null ? [] : [name];
      }
      return [];
    });
  }
  if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap((element) => literalKeys(element));
  return [];
};

/** Keys of every `data: { ... }` (or `data: [{ ... }]`) literal under `node`. */
const dataKeys = (node: ts.Node): string[] => {
  const keys: string[] = [];
  const visit = (child: ts.Node): void => {
    if (ts.isPropertyAssignment(child) && propertyName(child.name) === 'data') {
      keys.push(...literalKeys(child.initializer));
      return;
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return keys;
};

const namesObject = (call: ts.CallExpression, names: ReadonlySet<string>): boolean => {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && names.has(node.text)) {
      found = true;
      return;
    }
    ts.forEachChild(node, visit);
  };
  call.arguments.forEach(visit);
  return found;
};

export const writtenFields = (sourceText: string, object: { nameSingular: string; namePlural?: string }): string[] => {
  const plural = object.namePlural ?? `${object.nameSingular}s`;
  const writeNames = new Set(['update', 'upsert'].flatMap((verb) => [`${verb}${capitalize(object.nameSingular)}`, `${verb}${capitalize(plural)}`]));
  const objectNames = new Set([object.nameSingular, plural]);
  const source = ts.createSourceFile('function.ts', sourceText, ts.ScriptTarget.ESNext, true, ts.ScriptKind.TSX);
  const fields = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const name = calleeName(node);
      if (name && (writeNames.has(name) || (GENERIC_WRITES.has(name) && namesObject(node, objectNames)))) {
        for (const argument of node.arguments) for (const key of dataKeys(argument)) fields.add(key);
      }
    } else if (ts.isPropertyAssignment(node) && writeNames.has(propertyName(node.name) ?? '') && ts.isObjectLiteralExpression(node.initializer)) {
      for (const key of dataKeys(node.initializer)) fields.add(key);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...fields];
};
