/**
 * Describes the config object literal of a logic function file for the trigger editor's form: for each
 * property the form knows, whether it is absent, a literal the form owns (with its value), or code the
 * form must not rewrite (with its range, for "edit in code").
 *
 * The entity is found with the SDK's own rule (`discoverEntity`: top-level `export default define*(...)`
 * with a bare callee, so local shims count). The argument may be wrapped in `satisfies`/`as`/parens, or
 * be the name of a top-level `const` of the same file, which is followed to its initializer.
 */
import ts from 'typescript';

import { discoverEntity } from '../entity-discovery';
import type { DefineFunctionName } from '../define-functions';
import {
  CONFIG_PATH_LIST,
  TRIGGER_SECTIONS,
  isLogicFunctionDefine,
  splitConfigPath,
  type ConfigPath,
  type LogicFunctionDefine,
  type TriggerSectionKey,
} from './config-paths';
import { readLiteral, staticPropertyName, unwrapExpression, type LiteralValue } from './literal-values';

export interface TextRange {
  /** 0-based offsets in the file text, end exclusive. */
  start: number;
  end: number;
}

export type ConfigPropertyState =
  | { kind: 'absent' }
  | {
      kind: 'literal';
      value: LiteralValue;
      /** The value's text (what an edit replaces). */
      range: TextRange;
      /** The whole `key: value` property. */
      propertyRange: TextRange;
    }
  | {
      kind: 'not-literal';
      /** The whole value (or the spread/shorthand that provides it): shown read-only. */
      range: TextRange;
      /** The innermost part that is code: where "edit in code" jumps. */
      codeRange: TextRange;
      text: string;
      /** Why the form does not own it, e.g. "the identifier SYNC_ROUTE_PATH". */
      reason: string;
    };

export type TriggerSectionState =
  | { kind: 'absent' }
  | { kind: 'object'; range: TextRange; propertyRange: TextRange }
  | { kind: 'not-literal'; range: TextRange; text: string; reason: string };

export type QuoteChar = "'" | '"';

export interface ConfigLiteral {
  defineFunction: LogicFunctionDefine;
  /** The object literal holding the config. */
  objectRange: TextRange;
  /** Set when the define*() argument is the name of a const whose initializer is the literal. */
  variable: { name: string; range: TextRange } | null;
  properties: Record<ConfigPath, ConfigPropertyState>;
  sections: Record<TriggerSectionKey, TriggerSectionState>;
  /** Top-level keys the form does not edit (handler, serverRouteTriggerSettings, ...), in source order. */
  otherKeys: string[];
  /** `isTool` or `toolInputSchema` is present: offer the rewrite to toolTriggerSettings. */
  hasLegacyToolForm: boolean;
  /** Quote style of the config's string literals (the file's when it has none). */
  quote: QuoteChar;
}

export type ConfigLiteralResult = { ok: true; config: ConfigLiteral } | { ok: false; reason: string; range?: TextRange };

/** The AST view config-edits works on. */
export interface LocatedConfig {
  sourceFile: ts.SourceFile;
  defineFunction: LogicFunctionDefine;
  object: ts.ObjectLiteralExpression;
  variable: ts.VariableDeclaration | null;
}

export const parseSource = (fileName: string, text: string): ts.SourceFile =>
  ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

export const rangeOf = (node: ts.Node, sourceFile: ts.SourceFile): TextRange => ({ start: node.getStart(sourceFile), end: node.getEnd() });

/** The top-level `const name = <initializer>` of the file, if any. */
const findTopLevelConst = (sourceFile: ts.SourceFile, name: string): { declaration: ts.VariableDeclaration; isConst: boolean } | null => {
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.name.text === name) {
        return { declaration, isConst: (statement.declarationList.flags & ts.NodeFlags.Const) !== 0 };
      }
    }
  }
  return null;
};

/** The object literal passed to a file's define*() call (any define*), following a const argument. */
export interface LocatedDefineObject {
  sourceFile: ts.SourceFile;
  defineFunction: DefineFunctionName;
  object: ts.ObjectLiteralExpression;
  variable: ts.VariableDeclaration | null;
}

export const locateDefineObject = (fileName: string, text: string): { ok: true; located: LocatedDefineObject } | { ok: false; reason: string; range?: TextRange } => {
  const discovery = discoverEntity(fileName, text);
  if (!discovery.entity) return { ok: false, reason: 'No top-level `export default define*(...)` in this file' };
  const defineFunction = discovery.entity.defineFunction;

  const sourceFile = parseSource(fileName, text);
  // discoverEntity gave us the call's offset; find the same call in our tree.
  const callOffset = discovery.entity.call.offset;
  let call: ts.CallExpression | undefined;
  for (const statement of sourceFile.statements) {
    if (ts.isExportAssignment(statement) && ts.isCallExpression(statement.expression) && statement.expression.getStart(sourceFile) === callOffset) {
      call = statement.expression;
    }
  }
  if (!call) return { ok: false, reason: 'The define call could not be located' };
  const argument = call.arguments[0];
  if (!argument) return { ok: false, reason: `${defineFunction}() has no config argument: edit in code`, range: rangeOf(call, sourceFile) };

  let expression = unwrapExpression(argument);
  let variable: ts.VariableDeclaration | null = null;
  if (ts.isIdentifier(expression)) {
    const found = findTopLevelConst(sourceFile, expression.text);
    if (!found || !found.declaration.initializer) {
      return { ok: false, reason: `The config is ${expression.text}, which is not a top-level const of this file: edit in code`, range: rangeOf(expression, sourceFile) };
    }
    if (!found.isConst) {
      // A let/var may be reassigned before the define call reads it: its initializer is not the config.
      return { ok: false, reason: `The config is ${expression.text}, declared with let/var: edit in code`, range: rangeOf(found.declaration, sourceFile) };
    }
    variable = found.declaration;
    expression = unwrapExpression(found.declaration.initializer!);
  }
  if (!ts.isObjectLiteralExpression(expression)) {
    return { ok: false, reason: 'The config is not an object literal: edit in code', range: rangeOf(expression, sourceFile) };
  }
  return { ok: true, located: { sourceFile, defineFunction, object: expression, variable } };
};

/** Finds the config object literal of the file's logic function, following a const argument. */
export const locateConfig = (fileName: string, text: string): { ok: true; located: LocatedConfig } | { ok: false; reason: string; range?: TextRange } => {
  const result = locateDefineObject(fileName, text);
  if (!result.ok) return result;
  const { defineFunction } = result.located;
  if (!isLogicFunctionDefine(defineFunction)) return { ok: false, reason: `${defineFunction} does not define a logic function` };
  return { ok: true, located: { ...result.located, defineFunction } };
};

export type PropertyLookup =
  | { kind: 'found'; property: ts.ObjectLiteralElementLike; /** a later spread/computed key that may override it */ overriddenBy: ts.Node | null }
  | { kind: 'absent'; /** a spread or computed key that may provide it */ maybeFrom: ts.Node | null };

const mayProvideAnyKey = (element: ts.ObjectLiteralElementLike): boolean =>
  ts.isSpreadAssignment(element) || (element.name !== undefined && staticPropertyName(element.name) === null);

/** The property that wins at runtime for `key` (the last one), with what could shadow it. */
export const lookupProperty = (object: ts.ObjectLiteralExpression, key: string): PropertyLookup => {
  let found: ts.ObjectLiteralElementLike | null = null;
  let dynamic: ts.Node | null = null;
  for (const element of object.properties) {
    if (mayProvideAnyKey(element)) {
      dynamic = element;
    } else if (element.name && staticPropertyName(element.name) === key) {
      found = element;
      dynamic = null;
    }
  }
  return found ? { kind: 'found', property: found, overriddenBy: dynamic } : { kind: 'absent', maybeFrom: dynamic };
};

const notLiteral = (whole: ts.Node, code: ts.Node, reason: string, sourceFile: ts.SourceFile): ConfigPropertyState => ({
  kind: 'not-literal',
  range: rangeOf(whole, sourceFile),
  codeRange: rangeOf(code, sourceFile),
  text: whole.getText(sourceFile),
  reason,
});

/** State of `key` in `object`, as the form sees it. */
export const describeProperty = (object: ts.ObjectLiteralExpression, key: string, sourceFile: ts.SourceFile): ConfigPropertyState => {
  const lookup = lookupProperty(object, key);
  if (lookup.kind === 'absent') {
    return lookup.maybeFrom ? notLiteral(lookup.maybeFrom, lookup.maybeFrom, `${key} may come from ${lookup.maybeFrom.getText(sourceFile)}`, sourceFile) : { kind: 'absent' };
  }
  const { property, overriddenBy } = lookup;
  if (overriddenBy) return notLiteral(overriddenBy, overriddenBy, `${key} may be overridden by ${overriddenBy.getText(sourceFile)}`, sourceFile);
  if (!ts.isPropertyAssignment(property)) {
    return notLiteral(property, property, ts.isShorthandPropertyAssignment(property) ? `a shorthand property (${key})` : 'a method or accessor', sourceFile);
  }
  const read = readLiteral(property.initializer);
  if (!read.owned) return notLiteral(property.initializer, read.node, read.why, sourceFile);
  return { kind: 'literal', value: read.value, range: rangeOf(property.initializer, sourceFile), propertyRange: rangeOf(property, sourceFile) };
};

/** A trigger section's object literal, when the form can edit inside it. */
export const sectionObject = (object: ts.ObjectLiteralExpression, section: TriggerSectionKey): ts.ObjectLiteralExpression | null => {
  const lookup = lookupProperty(object, section);
  if (lookup.kind !== 'found' || lookup.overriddenBy || !ts.isPropertyAssignment(lookup.property)) return null;
  const value = unwrapExpression(lookup.property.initializer);
  return ts.isObjectLiteralExpression(value) ? value : null;
};

const describeSection = (object: ts.ObjectLiteralExpression, section: TriggerSectionKey, sourceFile: ts.SourceFile): TriggerSectionState => {
  const inner = sectionObject(object, section);
  if (inner) {
    const lookup = lookupProperty(object, section);
    return { kind: 'object', range: rangeOf(inner, sourceFile), propertyRange: rangeOf((lookup as { property: ts.Node }).property, sourceFile) };
  }
  const state = describeProperty(object, section, sourceFile);
  if (state.kind === 'absent') return state;
  // A literal that is not an object (`cronTriggerSettings: null`) is still nothing the form can edit inside.
  if (state.kind === 'literal') return { kind: 'not-literal', range: state.range, text: sourceFile.text.slice(state.range.start, state.range.end), reason: 'not an object literal' };
  return { kind: 'not-literal', range: state.range, text: state.text, reason: state.reason };
};

/** The quote style of the string literals under `node` (ties and none: `fallback`). */
export const dominantQuote = (node: ts.Node, sourceFile: ts.SourceFile, fallback: QuoteChar): QuoteChar => {
  let single = 0;
  let double = 0;
  const visit = (child: ts.Node): void => {
    if (ts.isStringLiteral(child)) {
      if (child.getText(sourceFile).startsWith('"')) double++;
      else single++;
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return single === double ? fallback : single > double ? "'" : '"';
};

export const configQuote = (located: LocatedConfig): QuoteChar =>
  dominantQuote(located.object, located.sourceFile, dominantQuote(located.sourceFile, located.sourceFile, "'"));

export const describeLocatedConfig = (located: LocatedConfig): ConfigLiteral => {
  const { sourceFile, object } = located;
  const properties = {} as Record<ConfigPath, ConfigPropertyState>;
  for (const path of CONFIG_PATH_LIST) {
    const { section, key } = splitConfigPath(path);
    if (section === null) {
      properties[path] = describeProperty(object, key, sourceFile);
      continue;
    }
    const inner = sectionObject(object, section);
    if (inner) {
      properties[path] = describeProperty(inner, key, sourceFile);
    } else {
      const sectionState = describeProperty(object, section, sourceFile);
      properties[path] =
        sectionState.kind === 'not-literal'
          ? sectionState
          : sectionState.kind === 'literal'
            ? { kind: 'not-literal', range: sectionState.range, codeRange: sectionState.range, text: sourceFile.text.slice(sectionState.range.start, sectionState.range.end), reason: `${section} is not an object literal` }
            : { kind: 'absent' };
    }
  }
  const sections = {} as Record<TriggerSectionKey, TriggerSectionState>;
  for (const section of Object.values(TRIGGER_SECTIONS)) sections[section] = describeSection(object, section, sourceFile);

  const formKeys = new Set<string>([...CONFIG_PATH_LIST.map((path) => splitConfigPath(path).section ?? path)]);
  const otherKeys: string[] = [];
  for (const element of object.properties) {
    const key = element.name ? staticPropertyName(element.name) : null;
    if (key !== null && !formKeys.has(key) && !otherKeys.includes(key)) otherKeys.push(key);
  }
  return {
    defineFunction: located.defineFunction,
    objectRange: rangeOf(object, sourceFile),
    variable: located.variable ? { name: located.variable.name.getText(sourceFile), range: rangeOf(located.variable, sourceFile) } : null,
    properties,
    sections,
    otherKeys,
    hasLegacyToolForm: properties.isTool.kind !== 'absent' || properties.toolInputSchema.kind !== 'absent',
    quote: configQuote(located),
  };
};

/** Describes the logic function config of a file for the trigger editor's form. */
export const describeConfigLiteral = (sourceText: string, fileName: string): ConfigLiteralResult => {
  const result = locateConfig(fileName, sourceText);
  if (!result.ok) return result;
  return { ok: true, config: describeLocatedConfig(result.located) };
};

/**
 * The literal values as a plain config object (for validation), and the paths whose value is code.
 * `hasHandler` is whether a handler property exists at all (its value is always code).
 */
export const literalConfigValues = (config: ConfigLiteral): { values: Record<string, unknown>; codePaths: ConfigPath[] } => {
  const values: Record<string, unknown> = {};
  const codePaths: ConfigPath[] = [];
  for (const path of CONFIG_PATH_LIST) {
    const state = config.properties[path];
    if (state.kind === 'absent') continue;
    if (state.kind === 'not-literal') {
      codePaths.push(path);
      continue;
    }
    const { section, key } = splitConfigPath(path);
    if (section === null) values[key] = state.value;
    else ((values[section] ??= {}) as Record<string, unknown>)[key] = state.value;
  }
  for (const section of Object.values(TRIGGER_SECTIONS)) {
    if (config.sections[section].kind !== 'absent') values[section] ??= {};
  }
  return { values, codePaths };
};
