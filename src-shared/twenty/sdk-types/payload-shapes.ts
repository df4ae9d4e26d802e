/**
 * Reads the payload types an installed twenty-sdk declares (its `dist/define/index.d.ts`) into plain
 * shapes: property names, optional or not, and the nested shape of object types. Syntactic only (no
 * type checker): type aliases, interfaces, classes (with `extends`) and enums declared in the same
 * file are followed, with generics and their defaults, intersections, unions of object types,
 * `Partial` / `Required` / `Readonly` / `Pick` / `Omit`; any other reference stops there (its kind is
 * `unknown`, or `object` for `Record<...>` and mapped types).
 */
import ts from 'typescript';
import { DATABASE_EVENT_OPERATIONS, type DatabaseEventOperation } from '../database-event';
import type { PayloadShapes, Shape, ShapeKind, ShapeProperty } from './shape';

/** The exported names each payload type has gone by (first found wins). */
export const PAYLOAD_TYPE_NAMES = {
  route: ['RoutePayload', 'LogicFunctionEvent'],
  databaseEvent: ['DatabaseEventPayload'],
  databaseEventBatch: ['DatabaseEventBatchPayload'],
  install: ['InstallPayload'],
  uninstall: ['UninstallPayload'],
} as const;

const EVENT_CLASSES: Record<DatabaseEventOperation, string> = {
  created: 'ObjectRecordCreateEvent',
  updated: 'ObjectRecordUpdateEvent',
  deleted: 'ObjectRecordDeleteEvent',
  destroyed: 'ObjectRecordDestroyEvent',
  restored: 'ObjectRecordRestoreEvent',
  upserted: 'ObjectRecordUpsertEvent',
};

/** A type as far as it is resolved. */
type Resolved = { kind: ShapeKind; nullable: boolean; shape?: Shape };

type Declaration =
  | { kind: 'alias'; node: ts.TypeAliasDeclaration }
  | { kind: 'members'; node: ts.InterfaceDeclaration | ts.ClassDeclaration }
  | { kind: 'enum'; node: ts.EnumDeclaration };

type Env = ReadonlyMap<string, Resolved>;

const MAX_DEPTH = 12;
const UNKNOWN: Resolved = { kind: 'unknown', nullable: false };
const OBJECT: Resolved = { kind: 'object', nullable: false };

const propertyName = (name: ts.PropertyName | undefined): string | null => {
  if (!name) return null;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  return null;
};

const literalNames = (node: ts.TypeNode): string[] | null => {
  if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return [node.literal.text];
  if (ts.isUnionTypeNode(node)) {
    const names = node.types.map(literalNames);
    return names.every((n): n is string[] => n !== null) ? names.flat() : null;
  }
  return null;
};

/** Properties present in any member; optional unless every member requires them. */
const mergeUnion = (shapes: Shape[]): Shape => {
  const properties: Record<string, ShapeProperty> = {};
  const keys = new Set(shapes.flatMap((shape) => Object.keys(shape.properties)));
  for (const key of keys) {
    const variants = shapes.map((shape) => shape.properties[key]);
    const present = variants.filter((v): v is ShapeProperty => v !== undefined);
    const first = present[0];
    const nested = present.map((v) => v.shape).filter((s): s is Shape => s !== undefined);
    properties[key] = {
      optional: present.length < shapes.length || present.some((v) => v.optional),
      type: [...new Set(present.map((v) => v.type))].join(' | '),
      kind: present.every((v) => v.kind === first.kind) ? first.kind : 'unknown',
      nullable: present.some((v) => v.nullable),
      ...(nested.length === present.length && nested.length > 0 ? { shape: mergeUnion(nested) } : {}),
    };
  }
  return { properties };
};

/** Properties of both; a key both declare is optional only if both make it optional, object types merged. */
const mergeIntersection = (a: Shape, b: Shape): Shape => {
  const properties: Record<string, ShapeProperty> = { ...a.properties };
  for (const [key, property] of Object.entries(b.properties)) {
    const existing = properties[key];
    if (!existing) {
      properties[key] = property;
      continue;
    }
    properties[key] = {
      ...property,
      optional: existing.optional && property.optional,
      nullable: existing.nullable && property.nullable,
      type: existing.type === property.type ? property.type : `${existing.type} & ${property.type}`,
      ...(existing.shape && property.shape ? { shape: mergeIntersection(existing.shape, property.shape) } : existing.shape || property.shape ? { shape: existing.shape ?? property.shape } : {}),
    };
  }
  return { properties };
};

const mapProperties = (shape: Shape, change: (property: ShapeProperty, key: string) => ShapeProperty | null): Shape => ({
  properties: Object.fromEntries(
    Object.entries(shape.properties).flatMap(([key, property]) => {
      const next = change(property, key);
      return next ? [[key, next] as const] : [];
    }),
  ),
});

class ShapeReader {
  private readonly declarations = new Map<string, Declaration[]>();
  /** Exported name -> local name (`export { LogicFunctionEvent as RoutePayload }`). */
  private readonly exported = new Map<string, string>();
  private readonly source: ts.SourceFile;

  constructor(text: string) {
    this.source = ts.createSourceFile('index.d.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    const add = (name: string, declaration: Declaration, isExported: boolean) => {
      this.declarations.set(name, [...(this.declarations.get(name) ?? []), declaration]);
      if (isExported) this.exported.set(name, name);
    };
    const isExported = (node: ts.Node) => (ts.canHaveModifiers(node) ? ts.getModifiers(node) ?? [] : []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    for (const statement of this.source.statements) {
      if (ts.isTypeAliasDeclaration(statement)) add(statement.name.text, { kind: 'alias', node: statement }, isExported(statement));
      else if (ts.isInterfaceDeclaration(statement)) add(statement.name.text, { kind: 'members', node: statement }, isExported(statement));
      else if (ts.isClassDeclaration(statement) && statement.name) add(statement.name.text, { kind: 'members', node: statement }, isExported(statement));
      else if (ts.isEnumDeclaration(statement)) add(statement.name.text, { kind: 'enum', node: statement }, isExported(statement));
      else if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause) && !statement.moduleSpecifier) {
        for (const element of statement.exportClause.elements) this.exported.set(element.name.text, (element.propertyName ?? element.name).text);
      }
    }
  }

  /** The shape of an exported (or else declared) type, by the first of its names found. */
  shapeOf(names: readonly string[]): Shape | undefined {
    for (const name of names) {
      const local = this.exported.get(name) ?? (this.declarations.has(name) ? name : undefined);
      if (!local) continue;
      const resolved = this.reference(local, [], new Map(), 0);
      if (resolved.shape) return { name, properties: resolved.shape.properties };
    }
    return undefined;
  }

  private text(node: ts.Node): string {
    return node.getText(this.source).replace(/\s+/g, ' ');
  }

  /** The environment of a generic declaration: its type parameters bound to the arguments, else their defaults. */
  private bind(parameters: ts.NodeArray<ts.TypeParameterDeclaration> | undefined, args: Resolved[], depth: number): Map<string, Resolved> {
    const env = new Map<string, Resolved>();
    (parameters ?? []).forEach((parameter, index) => {
      const given = args[index];
      env.set(parameter.name.text, given ?? (parameter.default ? this.resolve(parameter.default, env, depth + 1) : parameter.constraint ? this.resolve(parameter.constraint, env, depth + 1) : UNKNOWN));
    });
    return env;
  }

  private reference(name: string, args: Resolved[], env: Env, depth: number): Resolved {
    if (depth > MAX_DEPTH) return UNKNOWN;
    const bound = env.get(name);
    if (bound) return bound;
    const declarations = this.declarations.get(name);
    if (!declarations) return this.builtin(name, args);
    const first = declarations[0];
    if (first.kind === 'alias') {
      return this.resolve(first.node.type, this.bind(first.node.typeParameters, args, depth), depth + 1);
    }
    if (first.kind === 'enum') {
      const members = first.node.members;
      const isString = members.some((member) => member.initializer && ts.isStringLiteral(member.initializer));
      return { kind: isString ? 'string' : 'number', nullable: false };
    }
    // Interfaces (merged declarations) and classes: inherited members first, own members over them.
    let shape: Shape = { properties: {} };
    for (const declaration of declarations) {
      if (declaration.kind !== 'members') continue;
      const inner = this.bind(declaration.node.typeParameters, args, depth);
      for (const clause of declaration.node.heritageClauses ?? []) {
        if (clause.token !== ts.SyntaxKind.ExtendsKeyword) continue;
        for (const base of clause.types) {
          if (!ts.isIdentifier(base.expression)) continue;
          const resolvedBase = this.reference(base.expression.text, (base.typeArguments ?? []).map((arg) => this.resolve(arg, inner, depth + 1)), inner, depth + 1);
          if (resolvedBase.shape) shape = { properties: { ...shape.properties, ...resolvedBase.shape.properties } };
        }
      }
      shape = { properties: { ...shape.properties, ...this.members(declaration.node.members, inner, depth + 1).properties } };
    }
    return { kind: 'object', nullable: false, shape };
  }

  /** Well-known global generics. */
  private builtin(name: string, args: Resolved[]): Resolved {
    switch (name) {
      case 'Array':
      case 'ReadonlyArray':
        return { kind: 'array', nullable: false };
      case 'Record':
      case 'Map':
      case 'Set':
      case 'Date':
      case 'Object':
        return OBJECT;
      case 'Partial':
        return args[0]?.shape ? { ...args[0], shape: mapProperties(args[0].shape, (p) => ({ ...p, optional: true })) } : args[0] ?? UNKNOWN;
      case 'Required':
        return args[0]?.shape ? { ...args[0], shape: mapProperties(args[0].shape, (p) => ({ ...p, optional: false })) } : args[0] ?? UNKNOWN;
      case 'Readonly':
        return args[0] ?? UNKNOWN;
      case 'String':
        return { kind: 'string', nullable: false };
      case 'Number':
        return { kind: 'number', nullable: false };
      case 'Boolean':
        return { kind: 'boolean', nullable: false };
      case 'Function':
        return { kind: 'function', nullable: false };
      default:
        return UNKNOWN;
    }
  }

  private members(members: ts.NodeArray<ts.TypeElement> | ts.NodeArray<ts.ClassElement>, env: Env, depth: number): Shape {
    const properties: Record<string, ShapeProperty> = {};
    for (const member of members) {
      if (!(ts.isPropertySignature(member) || ts.isPropertyDeclaration(member) || ts.isMethodSignature(member) || ts.isMethodDeclaration(member))) continue;
      const modifiers = ts.canHaveModifiers(member) ? ts.getModifiers(member) ?? [] : [];
      if (modifiers.some((m) => m.kind === ts.SyntaxKind.StaticKeyword || m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword)) continue;
      const name = propertyName(member.name);
      if (name === null) continue;
      const optional = member.questionToken !== undefined;
      if (ts.isMethodSignature(member) || ts.isMethodDeclaration(member)) {
        properties[name] = { optional, type: 'function', kind: 'function', nullable: false };
        continue;
      }
      const typeNode = member.type;
      const resolved = typeNode ? this.resolve(typeNode, env, depth) : UNKNOWN;
      properties[name] = { optional, type: typeNode ? this.text(typeNode) : 'any', kind: resolved.kind, nullable: resolved.nullable, ...(resolved.shape ? { shape: resolved.shape } : {}) };
    }
    return { properties };
  }

  private resolve(node: ts.TypeNode, env: Env, depth: number): Resolved {
    if (depth > MAX_DEPTH) return UNKNOWN;
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
      case ts.SyntaxKind.TemplateLiteralType:
        return { kind: 'string', nullable: false };
      case ts.SyntaxKind.NumberKeyword:
      case ts.SyntaxKind.BigIntKeyword:
        return { kind: 'number', nullable: false };
      case ts.SyntaxKind.BooleanKeyword:
        return { kind: 'boolean', nullable: false };
      case ts.SyntaxKind.ObjectKeyword:
        return OBJECT;
      case ts.SyntaxKind.NullKeyword:
        return { kind: 'null', nullable: true };
      case ts.SyntaxKind.UndefinedKeyword:
      case ts.SyntaxKind.VoidKeyword:
        return { kind: 'null', nullable: false };
      case ts.SyntaxKind.AnyKeyword:
      case ts.SyntaxKind.UnknownKeyword:
      case ts.SyntaxKind.NeverKeyword:
        return UNKNOWN;
    }
    if (ts.isParenthesizedTypeNode(node)) return this.resolve(node.type, env, depth);
    if (ts.isLiteralTypeNode(node)) {
      if (node.literal.kind === ts.SyntaxKind.NullKeyword) return { kind: 'null', nullable: true };
      if (ts.isStringLiteral(node.literal)) return { kind: 'string', nullable: false };
      if (ts.isNumericLiteral(node.literal) || ts.isPrefixUnaryExpression(node.literal)) return { kind: 'number', nullable: false };
      return { kind: 'boolean', nullable: false };
    }
    if (ts.isArrayTypeNode(node) || ts.isTupleTypeNode(node)) return { kind: 'array', nullable: false };
    if (ts.isTypeLiteralNode(node)) return { kind: 'object', nullable: false, shape: this.members(node.members, env, depth + 1) };
    if (ts.isMappedTypeNode(node)) return OBJECT;
    if (ts.isFunctionTypeNode(node) || ts.isConstructorTypeNode(node)) return { kind: 'function', nullable: false };
    if (ts.isTypeOperatorNode(node)) return node.operator === ts.SyntaxKind.ReadonlyKeyword ? this.resolve(node.type, env, depth) : UNKNOWN;
    if (ts.isUnionTypeNode(node)) {
      const members = node.types.map((member) => this.resolve(member, env, depth + 1));
      const nullable = members.some((member) => member.nullable);
      const rest = members.filter((member) => member.kind !== 'null');
      if (rest.length === 0) return { kind: 'null', nullable };
      const kind = rest.every((member) => member.kind === rest[0].kind) ? rest[0].kind : 'unknown';
      const shapes = rest.map((member) => member.shape).filter((shape): shape is Shape => shape !== undefined);
      return { kind, nullable, ...(kind === 'object' && shapes.length === rest.length ? { shape: mergeUnion(shapes) } : {}) };
    }
    if (ts.isIntersectionTypeNode(node)) {
      const members = node.types.map((member) => this.resolve(member, env, depth + 1));
      const objects = members.filter((member) => member.kind === 'object');
      if (objects.length === 0) return members[0] ?? UNKNOWN;
      const shapes = objects.map((member) => member.shape).filter((shape): shape is Shape => shape !== undefined);
      // An open object (`object`, a Record) in the intersection: keep the known keys, as declared.
      return { kind: 'object', nullable: false, ...(shapes.length > 0 ? { shape: shapes.reduce(mergeIntersection) } : {}) };
    }
    if (ts.isTypeReferenceNode(node)) {
      const name = ts.isIdentifier(node.typeName) ? node.typeName.text : null;
      if (!name) return UNKNOWN;
      const typeArgs = node.typeArguments ?? [];
      if ((name === 'Pick' || name === 'Omit') && typeArgs.length === 2) {
        const target = this.resolve(typeArgs[0], env, depth + 1);
        const keys = literalNames(typeArgs[1]);
        if (!target.shape || !keys) return target.kind === 'object' ? OBJECT : UNKNOWN;
        const keep = (key: string) => (name === 'Pick' ? keys.includes(key) : !keys.includes(key));
        return { ...target, shape: mapProperties(target.shape, (property, key) => (keep(key) ? property : null)) };
      }
      return this.reference(name, typeArgs.map((arg) => this.resolve(arg, env, depth + 1)), env, depth + 1);
    }
    return UNKNOWN;
  }
}

/**
 * The payload types of a twenty-sdk, from the text of its `dist/define/index.d.ts`. A type the file
 * does not declare is left out (an older or newer SDK may name it differently).
 */
export function extractPayloadShapes(dtsText: string): PayloadShapes {
  const reader = new ShapeReader(dtsText);
  const databaseEventProperties: Partial<Record<DatabaseEventOperation, Shape>> = {};
  for (const operation of DATABASE_EVENT_OPERATIONS) {
    const properties = reader.shapeOf([EVENT_CLASSES[operation]])?.properties.properties?.shape;
    if (properties) databaseEventProperties[operation] = { name: `${EVENT_CLASSES[operation]}['properties']`, properties: properties.properties };
  }
  const shapes: PayloadShapes = { databaseEventProperties };
  for (const key of ['route', 'databaseEvent', 'databaseEventBatch', 'install', 'uninstall'] as const) {
    const shape = reader.shapeOf(PAYLOAD_TYPE_NAMES[key]);
    if (shape) shapes[key] = shape;
  }
  return shapes;
}
