/**
 * `defineCommandMenuItem({ conditionalAvailabilityExpression: <expression> })`: the SDK never evaluates the
 * expression. Its manifest build loads every .ts/.tsx file through an esbuild onLoad step that rewrites
 * the expression, as source text, into a string in the server's expression language (=== -> ==,
 * && -> and, || -> or, ! -> not, `x.length` -> arrayLength(x) for the two array variables), so the
 * config holds a string. The variables it may use are imported from twenty-sdk and throw when touched
 * at run time; a file importing one without any conditionalAvailabilityExpression fails the build.
 */
import ts from 'typescript';
import { BoundedCache } from '../bounded-cache';

export const CONDITIONAL_AVAILABILITY_PROPERTY = 'conditionalAvailabilityExpression';

/** The variables and helpers twenty-sdk exports for these expressions (2.43). */
export const CONDITIONAL_AVAILABILITY_VARIABLES: readonly string[] = [
  'pageType', 'isInSidePanel', 'isDashboardPageLayoutInEditMode', 'isLayoutCustomizationModeEnabled', 'favoriteRecordIds', 'isSelectAll',
  'hasAnySoftDeleteFilterOnView', 'numberOfSelectedRecords', 'objectPermissions', 'selectedRecords', 'featureFlags', 'targetObjectReadPermissions',
  'targetObjectWritePermissions', 'canImpersonate', 'canAccessFullAdminPanel', 'objectMetadataItem', 'objectMetadataLabel', 'isDefined',
  'isNonEmptyString', 'includes', 'every', 'everyDefined', 'everyEquals', 'some', 'someDefined', 'someEquals', 'none', 'noneDefined',
  'noneEquals', 'someNonEmptyString', 'includesEvery',
];

/** The property followed by an unquoted expression: a run of anything but `,` `}` and parentheses, or one level of parentheses. */
const EXPRESSION_PROPERTY = /(conditionalAvailabilityExpression\s*:\s*)(?!['"`])((?:[^,}()]|\([^()]*\))+)/g;

/** JavaScript operators -> the expression language, in the SDK's order. */
export function toAvailabilityExpression(source: string): string {
  const operators = source
    .replace(/!==/g, '!=')
    .replace(/===/g, '==')
    .replace(/&&/g, 'and')
    .replace(/\|\|/g, 'or')
    .replace(/!(?!=)/g, 'not ')
    .replace(/,(\s*\))/g, '$1');
  return operators
    .replace(/\bfavoriteRecordIds\.length\b/g, 'arrayLength(favoriteRecordIds)')
    .replace(/\bselectedRecords\.length\b/g, 'arrayLength(selectedRecords)');
}

/** The file's text as the SDK's build reads it: unchanged unless it has an unquoted expression. */
export function transformConditionalAvailability(text: string): string {
  if (!text.includes(CONDITIONAL_AVAILABILITY_PROPERTY)) return text;
  return text.replace(EXPRESSION_PROPERTY, (_match, prefix: string, expression: string) => prefix + JSON.stringify(toAvailabilityExpression(expression.trim())));
}

export interface AvailabilityImportProblem { line: number; column: number; message: string }

/**
 * The SDK's check on every source file: a value import of one of the expression variables from
 * twenty-sdk (named, or through a namespace) in a file with no conditionalAvailabilityExpression property.
 */
export function conditionalAvailabilityImportProblems(text: string, file: string): AvailabilityImportProblem[] {
  // Run on every source file at every model build: kept per file and text (a copy out: callers may change it).
  return importProblemsByText.get(`${file}\0${text}`, () => findImportProblems(text, file)).map((problem) => ({ ...problem }));
}

const importProblemsByText = new BoundedCache<string, AvailabilityImportProblem[]>(4_000);

function findImportProblems(text: string, file: string): AvailabilityImportProblem[] {
  if (!CONDITIONAL_AVAILABILITY_VARIABLES.some((name) => text.includes(name))) return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const variables = new Set(CONDITIONAL_AVAILABILITY_VARIABLES);
  const found: { name: string; node: ts.Node }[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (statement.moduleSpecifier.text !== 'twenty-sdk/define' && statement.moduleSpecifier.text !== 'twenty-sdk') continue;
    const clause = statement.importClause;
    if (!clause || clause.isTypeOnly) continue;
    const bindings = clause.namedBindings;
    if (!bindings) continue;
    if (ts.isNamespaceImport(bindings)) {
      const namespace = bindings.name.text;
      const visit = (node: ts.Node): void => {
        if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === namespace && variables.has(node.name.text)) {
          found.push({ name: node.name.text, node });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      continue;
    }
    for (const element of bindings.elements) {
      if (element.isTypeOnly) continue;
      const imported = (element.propertyName ?? element.name).text;
      if (variables.has(imported)) found.push({ name: imported, node: element });
    }
  }
  if (found.length === 0 || hasExpressionProperty(source)) return [];
  return found.map(({ name, node }) => {
    const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
    return {
      line: line + 1,
      column: character + 1,
      message: `${file}:${line + 1}:${character + 1} - "${name}" is a conditional-availability expression variable from twenty-sdk but this file has no ${CONDITIONAL_AVAILABILITY_PROPERTY}. These variables can only be used inside a command's ${CONDITIONAL_AVAILABILITY_PROPERTY}, not at runtime.`,
    };
  });
}

function hasExpressionProperty(source: ts.SourceFile): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) && node.name.text === CONDITIONAL_AVAILABILITY_PROPERTY) {
      found = true;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
