/**
 * Turns a change in the trigger editor's form into the smallest text edit of the logic function's
 * config object literal, keeping the file's comments, layout, quotes and trailing commas.
 *
 * Each edit is computed in small steps (insert one property, remove one element, replace one value),
 * each on a fresh parse of the text the previous step produced; the steps are composed into edits of
 * the original text. The result is then reparsed and refused when it has new syntax errors, when the
 * SDK would no longer discover the entity, or when the form would not read back what it wrote.
 */
import ts from 'typescript';

import {
  CONFIG_PATHS,
  SECTION_ORDER,
  TOP_LEVEL_ORDER,
  TRIGGER_SECTIONS,
  definePathApplies,
  isTriggerSectionKey,
  splitConfigPath,
  type ConfigPath,
  type TriggerKind,
  type TriggerSectionKey,
} from './config-paths';
import {
  configQuote,
  describeConfigLiteral,
  locateConfig,
  lookupProperty,
  sectionObject,
  type ConfigLiteral,
  type LocatedConfig,
} from './config-literal';
import { insertListElement, listLayout, removeListElement } from './list-edits';
import {
  EDIT_IN_CODE,
  Refusal,
  editArray,
  editedTextProblem,
  insertPropertyEdits,
  orderedPlacement,
  ownedProperty,
  propertyKeys,
  refuse,
  replaceNodeEdit,
  valueIsOfKind,
} from './literal-edit-steps';
import { literalEquals, readLiteral, staticPropertyName, unwrapExpression, type LiteralValue } from './literal-values';
import { detectStyle, indentationAt, reindent, type SourceStyle } from './source-style';
import { EditComposer, type TextEdit } from './text-edit';
import { defaultTriggerSettings } from './trigger-defaults';

export { createLogicFunctionSource } from './logic-function-template';
export type { TextEdit } from './text-edit';

export type ConfigEdit =
  /** Sets a form field; a nested path whose trigger section is absent adds the section (with defaults). */
  | { kind: 'set'; path: ConfigPath; value: LiteralValue }
  | { kind: 'remove'; path: ConfigPath }
  /** Adds a trigger section with its defaults, overridden by `settings`. */
  | { kind: 'add-trigger'; trigger: TriggerKind; settings?: Record<string, LiteralValue> }
  | { kind: 'remove-trigger'; trigger: TriggerKind }
  /** `isTool: true, toolInputSchema: X` -> `toolTriggerSettings: { inputSchema: X }` (the 2.43 form). */
  | { kind: 'rewrite-legacy-tool' };

export type ConfigEditResult =
  /** `edits` apply to the original text (sorted, disjoint); empty when the file already says so. */
  | { ok: true; edits: TextEdit[]; newText: string }
  | { ok: false; reason: string };

/** The text being edited: re-located after every step so each step sees the current tree. */
class EditSession {
  private readonly composer: EditComposer;
  readonly style: SourceStyle;

  constructor(
    readonly fileName: string,
    original: LocatedConfig,
  ) {
    this.composer = new EditComposer(original.sourceFile.text);
    this.style = detectStyle(original.sourceFile, original.object, configQuote(original));
  }

  get text(): string {
    return this.composer.text;
  }

  get edits(): TextEdit[] {
    return this.composer.edits;
  }

  locate(): LocatedConfig {
    const result = locateConfig(this.fileName, this.composer.text);
    if (!result.ok) return refuse(`The edit would lose the config: ${result.reason}`);
    return result.located;
  }

  apply(edits: TextEdit[]): void {
    this.composer.apply(edits);
  }
}

const isPlainObject = (value: LiteralValue): value is { [key: string]: LiteralValue } =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A step into a literal: a property name (objects) or an element index (arrays). */
type KeyPath = readonly (string | number)[];

/** The (unwrapped) expression at `keyPath` under the config object, if it is there. */
const resolve = (located: LocatedConfig, keyPath: KeyPath): ts.Expression => {
  let node: ts.Expression = located.object;
  for (const step of keyPath) {
    if (typeof step === 'number') {
      if (!ts.isArrayLiteralExpression(node) || !node.elements[step]) return refuse(`Element ${step} is not in the source`);
      node = unwrapExpression(node.elements[step]);
    } else {
      if (!ts.isObjectLiteralExpression(node)) return refuse(`${step} is not in an object literal`);
      const lookup = lookupProperty(node, step);
      if (lookup.kind !== 'found' || !ts.isPropertyAssignment(lookup.property)) return refuse(`${step} is not a property of the literal`);
      node = unwrapExpression(lookup.property.initializer);
    }
  }
  return node;
};

const indexOfKey = (object: ts.ObjectLiteralExpression, key: string): number =>
  object.properties.findIndex((element) => element.name !== undefined && staticPropertyName(element.name) === key);

/** Replaces the value at `keyPath` by `value` with as small an edit as the two literals allow. */
const reconcile = (session: EditSession, keyPath: KeyPath, value: LiteralValue): void => {
  const located = session.locate();
  const node = resolve(located, keyPath);
  const read = readLiteral(node);
  if (!read.owned) return refuse(`${keyPath.join('.')} is ${read.why}: ${EDIT_IN_CODE}`);
  if (literalEquals(read.value, value)) return;

  if (ts.isObjectLiteralExpression(node) && isPlainObject(value) && isPlainObject(read.value)) {
    const oldKeys = Object.keys(read.value);
    for (const key of [...oldKeys].reverse()) {
      if (Object.prototype.hasOwnProperty.call(value, key)) continue;
      const current = session.locate();
      const object = resolve(current, keyPath) as ts.ObjectLiteralExpression;
      session.apply(removeListElement(object, indexOfKey(object, key), current.sourceFile, session.style));
    }
    for (const [key, item] of Object.entries(value)) {
      if (oldKeys.includes(key)) {
        reconcile(session, [...keyPath, key], item);
      } else {
        const current = session.locate();
        const object = resolve(current, keyPath) as ts.ObjectLiteralExpression;
        insertProperty(session, current, object, object.properties.length, key, item);
      }
    }
    return;
  }

  if (ts.isArrayLiteralExpression(node) && Array.isArray(value) && Array.isArray(read.value)) {
    const old = read.value;
    if (old.length === value.length) {
      value.forEach((item, index) => reconcile(session, [...keyPath, index], item));
      return;
    }
    // Keep the unchanged head and tail; remove and insert only what differs (a list editor's add/remove).
    const current = () => {
      const now = session.locate();
      return { array: resolve(now, keyPath) as ts.ArrayLiteralExpression, sourceFile: now.sourceFile };
    };
    editArray(old, value, current, (edits) => session.apply(edits), session.style);
    return;
  }

  session.apply([replaceNodeEdit(node, value, located.sourceFile, session.style)]);
};

const insertProperty = (
  session: EditSession,
  located: LocatedConfig,
  object: ts.ObjectLiteralExpression,
  index: number,
  key: string,
  value: LiteralValue,
  expand = false,
): void => session.apply(insertPropertyEdits(object, index, key, value, located.sourceFile, session.style, expand));

/**
 * Where a person would put a new property: after the properties that come before it in the usual
 * order (identity, tuning, handler, triggers); a trigger section after the last trigger section, or
 * after the handler when it is the first one.
 */
const placementIndex = (object: ts.ObjectLiteralExpression, key: string, order: readonly string[], topLevel: boolean): number => {
  if (topLevel && isTriggerSectionKey(key)) {
    const keys = propertyKeys(object);
    const lastSection = keys.reduce<number>((found, k, i) => (k !== null && isTriggerSectionKey(k) ? i : found), -1);
    if (lastSection >= 0) return lastSection + 1;
    const handler = keys.lastIndexOf('handler');
    if (handler >= 0) return handler + 1;
  }
  return orderedPlacement(object, key, order);
};

/** Whether a new section object should be spread over lines like the sections already there. */
const sectionsAreMultiline = (located: LocatedConfig, style: SourceStyle): boolean => {
  const text = located.sourceFile.text;
  const sections = Object.values(TRIGGER_SECTIONS)
    .map((section) => sectionObject(located.object, section))
    .filter((object): object is ts.ObjectLiteralExpression => object !== null && object.properties.length > 0);
  if (sections.length > 0) return sections.some((object) => text.slice(object.getStart(located.sourceFile), object.getEnd()).includes('\n'));
  return listLayout(located.object, located.sourceFile, style).multiline;
};


const addTrigger = (session: EditSession, trigger: TriggerKind, settings: Record<string, LiteralValue> = {}): void => {
  const section = TRIGGER_SECTIONS[trigger];
  const located = session.locate();
  const existing = ownedProperty(located.object, section, located.sourceFile, section);
  if (existing) {
    if (!sectionObject(located.object, section)) refuse(`${section} is not an object literal: ${EDIT_IN_CODE}`);
    for (const [key, value] of Object.entries(settings)) setPath(session, `${section}.${key}` as ConfigPath, value);
    return;
  }
  const name = readName(located);
  const value = { ...defaultTriggerSettings(trigger, { name }), ...settings };
  const index = placementIndex(located.object, section, TOP_LEVEL_ORDER, true);
  insertProperty(session, located, located.object, index, section, value, sectionsAreMultiline(located, session.style));
};

const readName = (located: LocatedConfig): string | null => {
  const lookup = lookupProperty(located.object, 'name');
  if (lookup.kind !== 'found' || !ts.isPropertyAssignment(lookup.property)) return null;
  const read = readLiteral(lookup.property.initializer);
  return read.owned && typeof read.value === 'string' ? read.value : null;
};

const triggerOf = (section: TriggerSectionKey): TriggerKind =>
  (Object.keys(TRIGGER_SECTIONS) as TriggerKind[]).find((kind) => TRIGGER_SECTIONS[kind] === section)!;

const setPath = (session: EditSession, path: ConfigPath, value: LiteralValue): void => {
  const { section, key } = splitConfigPath(path);
  const located = session.locate();
  let target = located.object;
  if (section !== null) {
    const sectionProperty = ownedProperty(located.object, section, located.sourceFile, section);
    if (!sectionProperty) return addTrigger(session, triggerOf(section), { [key]: value });
    const inner = sectionObject(located.object, section);
    if (!inner) return refuse(`${section} is not an object literal: ${EDIT_IN_CODE}`);
    target = inner;
  }
  const property = ownedProperty(target, key, located.sourceFile, path);
  if (property) {
    const read = readLiteral(property.initializer);
    if (!read.owned) return refuse(`${path} is ${read.why}: ${EDIT_IN_CODE}`);
    return reconcile(session, section === null ? [key] : [section, key], value);
  }
  const order = section === null ? TOP_LEVEL_ORDER : SECTION_ORDER[section];
  insertProperty(session, located, target, placementIndex(target, key, order, section === null), key, value);
};

const removeFrom = (session: EditSession, object: ts.ObjectLiteralExpression, key: string, label: string, located: LocatedConfig): void => {
  const property = ownedProperty(object, key, located.sourceFile, label);
  if (!property) return;
  const read = readLiteral(property.initializer);
  if (!read.owned) return refuse(`${label} is ${read.why}: ${EDIT_IN_CODE}`);
  session.apply(removeListElement(object, object.properties.indexOf(property), located.sourceFile, session.style));
};

const removePath = (session: EditSession, path: ConfigPath): void => {
  const { section, key } = splitConfigPath(path);
  const located = session.locate();
  if (section === null) return removeFrom(session, located.object, key, path, located);
  if (!ownedProperty(located.object, section, located.sourceFile, section)) return;
  const inner = sectionObject(located.object, section);
  if (!inner) return refuse(`${section} is not an object literal: ${EDIT_IN_CODE}`);
  removeFrom(session, inner, key, path, located);
};

const rewriteLegacyTool = (session: EditSession): void => {
  let located = session.locate();
  const { sourceFile, object } = located;
  const isTool = ownedProperty(object, 'isTool', sourceFile, 'isTool');
  const schema = lookupProperty(object, 'toolInputSchema');
  if (schema.kind === 'found' && schema.overriddenBy) refuse(`toolInputSchema may be overridden by ${schema.overriddenBy.getText(sourceFile)}: ${EDIT_IN_CODE}`);
  const schemaProperty = schema.kind === 'found' ? schema.property : null;
  if (!isTool && !schemaProperty) return refuse('This function has no isTool/toolInputSchema to rewrite');

  const isToolValue = isTool ? readLiteral(isTool.initializer) : null;
  if (isToolValue && (!isToolValue.owned || typeof isToolValue.value !== 'boolean')) refuse(`isTool is not true or false: ${EDIT_IN_CODE}`);
  if (!isTool) return refuse('toolInputSchema without isTool: true does not make a tool; remove it or add isTool in code');

  // The schema moves verbatim (even when it is code: only its key changes, never its value).
  const schemaText = schemaProperty
    ? ts.isPropertyAssignment(schemaProperty)
      ? schemaProperty.initializer.getText(sourceFile)
      : ts.isShorthandPropertyAssignment(schemaProperty)
        ? schemaProperty.name.text
        : refuse(`toolInputSchema is a method: ${EDIT_IN_CODE}`)
    : null;
  const schemaIndent = schemaProperty ? indentationAt(sourceFile.text, schemaProperty.getStart(sourceFile)) : '';

  if (isToolValue?.owned && isToolValue.value === true) {
    const existing = ownedProperty(object, 'toolTriggerSettings', sourceFile, 'toolTriggerSettings');
    if (existing) {
      const inner = sectionObject(object, 'toolTriggerSettings');
      if (!inner) refuse(`toolTriggerSettings is not an object literal: ${EDIT_IN_CODE}`);
      if (schemaText !== null) {
        if (lookupProperty(inner!, 'inputSchema').kind !== 'absent') refuse('toolTriggerSettings already has an inputSchema: merge toolInputSchema in code');
        const layout = listLayout(inner!, sourceFile, session.style);
        session.apply(insertListElement(inner!, 0, `inputSchema: ${reindent(schemaText, schemaIndent, layout.elementIndent)}`, sourceFile, session.style));
      }
      removeLegacy(session, 'isTool');
    } else {
      const indent = indentationAt(sourceFile.text, isTool.getStart(sourceFile));
      const inner = indent + session.style.indentUnit;
      const nl = session.style.newline;
      const section =
        schemaText === null
          ? '{}'
          : `{${nl}${inner}inputSchema: ${reindent(schemaText, schemaIndent, inner)}${session.style.trailingComma ? ',' : ''}${nl}${indent}}`;
      session.apply([{ start: isTool.getStart(sourceFile), end: isTool.getEnd(), newText: `toolTriggerSettings: ${section}` }]);
    }
  } else {
    removeLegacy(session, 'isTool');
  }
  located = session.locate();
  if (lookupProperty(located.object, 'toolInputSchema').kind === 'found') removeLegacy(session, 'toolInputSchema');
};

/** Removes a legacy property whatever its value: the rewrite has already carried that value over. */
const removeLegacy = (session: EditSession, key: 'isTool' | 'toolInputSchema'): void => {
  const located = session.locate();
  const index = indexOfKey(located.object, key);
  if (index >= 0) session.apply(removeListElement(located.object, index, located.sourceFile, session.style));
};

const removeTrigger = (session: EditSession, trigger: TriggerKind): void => {
  const section = TRIGGER_SECTIONS[trigger];
  const located = session.locate();
  removeFrom(session, located.object, section, section, located);
};

/** What the form must read back after the edit, or the reason it does not. */
const checkReadBack = (config: ConfigLiteral, edit: ConfigEdit): string | null => {
  switch (edit.kind) {
    case 'set': {
      const state = config.properties[edit.path];
      return state.kind === 'literal' && literalEquals(state.value, edit.value) ? null : `${edit.path} does not read back as the value written`;
    }
    case 'remove':
      return config.properties[edit.path].kind === 'absent' ? null : `${edit.path} is still there`;
    case 'add-trigger':
      return config.sections[TRIGGER_SECTIONS[edit.trigger]].kind === 'object' ? null : `${TRIGGER_SECTIONS[edit.trigger]} was not added`;
    case 'remove-trigger':
      return config.sections[TRIGGER_SECTIONS[edit.trigger]].kind === 'absent' ? null : `${TRIGGER_SECTIONS[edit.trigger]} is still there`;
    case 'rewrite-legacy-tool':
      return config.hasLegacyToolForm ? 'isTool/toolInputSchema are still there' : null;
  }
};

const checkApplies = (located: LocatedConfig, edit: ConfigEdit): string | null => {
  const paths: ConfigPath[] =
    edit.kind === 'set' || edit.kind === 'remove'
      ? [edit.path]
      : edit.kind === 'add-trigger'
        ? (Object.keys(edit.settings ?? {}).map((key) => `${TRIGGER_SECTIONS[edit.trigger]}.${key}`).filter((p) => p in CONFIG_PATHS) as ConfigPath[])
        : [];
  if (edit.kind === 'add-trigger' && located.defineFunction !== 'defineLogicFunction') {
    return `${located.defineFunction} takes no triggers`;
  }
  if (edit.kind === 'set' && !valueIsOfKind(CONFIG_PATHS[edit.path], edit.value)) return `${edit.path} takes a ${CONFIG_PATHS[edit.path]} value`;
  const refused = paths.find((path) => edit.kind !== 'remove' && !definePathApplies(located.defineFunction, path));
  return refused ? `${located.defineFunction} has no ${refused}` : null;
};

/** Applies one form change to the source of a logic function file. */
export const applyConfigEdit = (sourceText: string, fileName: string, edit: ConfigEdit): ConfigEditResult => {
  const located = locateConfig(fileName, sourceText);
  if (!located.ok) return { ok: false, reason: located.reason };
  const notApplicable = checkApplies(located.located, edit);
  if (notApplicable) return { ok: false, reason: notApplicable };

  const session = new EditSession(fileName, located.located);
  try {
    switch (edit.kind) {
      case 'set':
        setPath(session, edit.path, edit.value);
        break;
      case 'remove':
        removePath(session, edit.path);
        break;
      case 'add-trigger':
        addTrigger(session, edit.trigger, edit.settings);
        break;
      case 'remove-trigger':
        removeTrigger(session, edit.trigger);
        break;
      case 'rewrite-legacy-tool':
        rewriteLegacyTool(session);
        break;
    }
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.message };
    throw error;
  }

  const newText = session.text;
  if (newText === sourceText) return { ok: true, edits: [], newText };
  const textProblem = editedTextProblem(fileName, sourceText, newText, 'logic function');
  if (textProblem) return { ok: false, reason: textProblem };
  const readBack = describeConfigLiteral(newText, fileName);
  const problem = readBack.ok ? checkReadBack(readBack.config, edit) : readBack.reason;
  if (problem) return { ok: false, reason: `The edit was not applied: ${problem}` };
  return { ok: true, edits: session.edits, newText };
};
