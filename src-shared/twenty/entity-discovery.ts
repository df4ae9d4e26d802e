import ts from 'typescript';
import { DEFINE_FUNCTION_SECTIONS, isDefineFunctionName, type DefineFunctionName, type ManifestSection } from './define-functions';

export interface SourcePosition {
  /** 0-based offset in the file text. */
  offset: number;
  /** 1-based. */
  line: number;
  column: number;
}

export interface DiscoveredEntity {
  defineFunction: DefineFunctionName;
  section: ManifestSection;
  /** Position of the define*() call expression. */
  call: SourcePosition;
  /** Positions of the top-level properties of the object literal passed to define*(), when it is one. */
  properties: Record<string, SourcePosition>;
}

export interface SyntaxProblem extends SourcePosition {
  message: string;
}

export interface FileDiscovery {
  entity: DiscoveredEntity | null;
  syntaxErrors: SyntaxProblem[];
}

function positionOf(sourceFile: ts.SourceFile, offset: number): SourcePosition {
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(offset);
  return { offset, line: line + 1, column: character + 1 };
}

/** `x satisfies T`, `x as T`, `(x)`: the object literal people wrap their config in. */
function unwrapExpression(node: ts.Expression): ts.Expression {
  let current = node;
  while (ts.isSatisfiesExpression(current) || ts.isAsExpression(current) || ts.isParenthesizedExpression(current)) {
    current = current.expression;
  }
  return current;
}

function propertyName(name: ts.PropertyName, sourceFile: ts.SourceFile): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteral(name.expression)) return name.expression.text;
  return name.getText(sourceFile);
}

/**
 * The SDK's discovery rule: a file is an entity only when a top-level `export default` is a call whose
 * callee is a bare identifier among the define* names. Named exports, `sdk.defineX()`, `export default config`
 * and `export =` are ignored, exactly as the SDK ignores them. The first matching export default wins.
 */
export function discoverEntity(fileName: string, text: string): FileDiscovery {
  const sourceFile = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true,
    fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  // parseDiagnostics is not in the public typings but is what every TS-based tool reads for syntax errors.
  const parseDiagnostics = (sourceFile as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  const syntaxErrors = parseDiagnostics.map((diagnostic) => ({
    ...positionOf(sourceFile, diagnostic.start),
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
  }));

  for (const statement of sourceFile.statements) {
    if (!ts.isExportAssignment(statement) || statement.isExportEquals) continue;
    const expression = statement.expression;
    if (!ts.isCallExpression(expression) || !ts.isIdentifier(expression.expression)) continue;
    const callee = expression.expression.text;
    if (!isDefineFunctionName(callee)) continue;

    const properties: Record<string, SourcePosition> = {};
    const firstArgument = expression.arguments[0] ? unwrapExpression(expression.arguments[0]) : undefined;
    if (firstArgument && ts.isObjectLiteralExpression(firstArgument)) {
      for (const property of firstArgument.properties) {
        if (!property.name) continue;
        const name = propertyName(property.name, sourceFile);
        if (name !== null) properties[name] = positionOf(sourceFile, property.getStart(sourceFile));
      }
    }
    return {
      entity: {
        defineFunction: callee,
        section: DEFINE_FUNCTION_SECTIONS[callee],
        call: positionOf(sourceFile, expression.getStart(sourceFile)),
        properties,
      },
      syntaxErrors,
    };
  }
  return { entity: null, syntaxErrors };
}

/** The SDK scans every .ts/.tsx file except declarations and what lives in node_modules, dist or .twenty. */
export function isDiscoverableSourcePath(relativePath: string): boolean {
  if (!/\.tsx?$/.test(relativePath) || relativePath.endsWith('.d.ts')) return false;
  return !relativePath.split('/').some((segment) => segment === 'node_modules' || segment === 'dist' || segment === '.twenty');
}
