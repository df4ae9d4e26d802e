import ts from 'typescript';
import { BoundedCache } from '../bounded-cache';

/** A JSON-schema-like description of a tool/workflow input, as the SDK infers it. */
export interface InferredSchema {
  type?: string;
  properties?: Record<string, InferredSchema>;
  items?: InferredSchema;
  enum?: string[];
  objectUniversalIdentifier?: string;
}

const RECORD_TYPE_NAME = 'TwentyRecord';

function arrayOf(item: InferredSchema): InferredSchema {
  return item.type === 'record' ? { type: 'records', objectUniversalIdentifier: item.objectUniversalIdentifier } : { type: 'array', items: item };
}

function schemaOfType(node: ts.TypeNode): InferredSchema {
  switch (node.kind) {
    case ts.SyntaxKind.NumberKeyword: return { type: 'number' };
    case ts.SyntaxKind.StringKeyword: return { type: 'string' };
    case ts.SyntaxKind.BooleanKeyword: return { type: 'boolean' };
    case ts.SyntaxKind.ObjectKeyword: return { type: 'object' };
    case ts.SyntaxKind.ArrayType: return arrayOf(schemaOfType((node as ts.ArrayTypeNode).elementType));
    case ts.SyntaxKind.TypeReference: {
      const reference = node as ts.TypeReferenceNode;
      const name = ts.isIdentifier(reference.typeName) ? reference.typeName.text : undefined;
      const firstArgument = reference.typeArguments?.[0];
      if (name === 'Array' || name === 'ReadonlyArray') return arrayOf(firstArgument ? schemaOfType(firstArgument) : {});
      if (name === RECORD_TYPE_NAME && firstArgument && ts.isLiteralTypeNode(firstArgument) && ts.isStringLiteral(firstArgument.literal)) {
        return { type: 'record', objectUniversalIdentifier: firstArgument.literal.text };
      }
      // A named type carries no shape the SDK can read without a type checker.
      return {};
    }
    case ts.SyntaxKind.TypeLiteral: {
      const properties: Record<string, InferredSchema> = {};
      for (const member of (node as ts.TypeLiteralNode).members) {
        if (ts.isPropertySignature(member) && member.type && member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) {
          properties[member.name.text] = schemaOfType(member.type);
        }
      }
      return { type: 'object', properties };
    }
    case ts.SyntaxKind.UnionType: {
      const values: string[] = [];
      for (const member of (node as ts.UnionTypeNode).types) {
        if (ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal)) values.push(member.literal.text);
        else return {};
      }
      return { type: 'string', enum: values };
    }
    default:
      return {};
  }
}

/**
 * Mirrors twenty-shared's getFunctionInputSchema: the parameters of every top-level function declaration
 * and arrow-function variable, in order; the SDK then uses the first one.
 */
export function inferParameterSchemas(sourceText: string): InferredSchema[] {
  // A TypeScript parse per call: the model is rebuilt on every edit with every function's text, so the
  // answer is kept per text and copied out (callers may change what they get).
  return structuredClone(parsedSchemas.get(sourceText, parseParameterSchemas));
}

/** Source text -> its parameter schemas. */
const parsedSchemas = new BoundedCache<string, InferredSchema[]>(2_000);

function parseParameterSchemas(sourceText: string): InferredSchema[] {
  const sourceFile = ts.createSourceFile('temp.ts', sourceText, ts.ScriptTarget.ESNext, true);
  const schemas: InferredSchema[] = [];
  for (const statement of sourceFile.statements) {
    const functions: ts.SignatureDeclarationBase[] = [];
    if (ts.isFunctionDeclaration(statement)) functions.push(statement);
    else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (declaration.initializer && ts.isArrowFunction(declaration.initializer)) functions.push(declaration.initializer);
      }
    }
    for (const fn of functions) for (const parameter of fn.parameters) schemas.push(parameter.type ? schemaOfType(parameter.type) : {});
  }
  return schemas;
}

/** The tool input schema the SDK writes when `toolTriggerSettings.inputSchema` is absent. */
export function inferToolInputSchema(sourceText: string): InferredSchema {
  const first = inferParameterSchemas(sourceText)[0];
  return first?.type === 'object' && first.properties ? { type: 'object', properties: first.properties } : { type: 'object', properties: {} };
}

interface WorkflowInputField {
  type: string;
  items?: WorkflowInputField;
  properties?: Record<string, WorkflowInputField>;
  enum?: string[];
  objectUniversalIdentifier?: string;
}

function toWorkflowField(schema: InferredSchema): WorkflowInputField {
  const known = ['string', 'boolean', 'array', 'object', 'record', 'records'];
  const field: WorkflowInputField = { type: schema.type === 'number' || schema.type === 'integer' ? 'number' : known.includes(schema.type ?? '') ? schema.type! : 'unknown' };
  if (field.type === 'array' && schema.items) field.items = toWorkflowField(schema.items);
  if (field.type === 'object' && schema.properties) {
    field.properties = Object.fromEntries(Object.entries(schema.properties).map(([key, value]) => [key, toWorkflowField(value)]));
  }
  if (Array.isArray(schema.enum)) field.enum = schema.enum.filter((value) => typeof value === 'string');
  if (schema.objectUniversalIdentifier) field.objectUniversalIdentifier = schema.objectUniversalIdentifier;
  return field;
}

/** The workflow action input schema the SDK writes when none is given: a one-element array. */
export function inferWorkflowInputSchema(sourceText: string): WorkflowInputField[] {
  return [toWorkflowField(inferToolInputSchema(sourceText))];
}

/**
 * Why an inferred input schema came out empty although the handler's first parameter is typed: the
 * SDK reads only inline type literals (no type checker), so a named or imported type gives `{}`
 * properties. Null when the schema has properties, or the parameter has no type to miss.
 */
export function emptyInferenceReason(sourceText: string): string | null {
  const sourceFile = ts.createSourceFile('temp.ts', sourceText, ts.ScriptTarget.ESNext, true);
  for (const statement of sourceFile.statements) {
    const functions: ts.SignatureDeclarationBase[] = [];
    if (ts.isFunctionDeclaration(statement)) functions.push(statement);
    else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (declaration.initializer && ts.isArrowFunction(declaration.initializer)) functions.push(declaration.initializer);
      }
    }
    for (const fn of functions) {
      const parameter = fn.parameters[0];
      if (!parameter) continue;
      // The SDK takes the first parameter it meets: only that one decides.
      if (!parameter.type) return null;
      const schema = schemaOfType(parameter.type);
      if (schema.type === 'object' && schema.properties && Object.keys(schema.properties).length > 0) return null;
      const typeText = parameter.type.getText(sourceFile);
      return `The handler's parameter is typed ${typeText.length > 60 ? `${typeText.slice(0, 57)}...` : typeText}, but the SDK infers the input schema only from an inline object type: the manifest gets an empty inputSchema. Write the type inline ({ name: string; ... }) or set inputSchema.`;
    }
  }
  return null;
}
