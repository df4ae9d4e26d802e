/**
 * The value behind a form generated from an inputSchema (JSON Schema for tools, Twenty's field list
 * for workflow actions). The value is the payload itself; what is typed in number and JSON inputs is
 * kept beside it as text, so "1." or a half-written object stays on screen while the value holds the
 * best reading of it.
 */

export type PathSegment = string | number;

export interface SchemaNode {
  type?: string | string[];
  title?: string;
  label?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  enum?: unknown[];
  items?: SchemaNode;
}

export interface SchemaFormDraft {
  value: unknown;
  /** Text of number and JSON inputs by path key (`$.items[0].qty`). */
  texts: Record<string, string>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `$`, `$.amount`, `$.items[2].name`: the same paths `validateInputPayload` reports problems at. */
export function pathKey(path: readonly PathSegment[]): string {
  return path.reduce<string>((key, segment) => (typeof segment === 'number' ? `${key}[${segment}]` : /^[A-Za-z_$][\w$]*$/.test(segment) ? `${key}.${segment}` : `${key}[${JSON.stringify(segment)}]`), '$');
}

export function getAt(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of path) {
    if (typeof segment === 'number' ? !Array.isArray(current) : !isRecord(current)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** A copy of `value` with `next` at `path` (undefined removes an object key); missing containers are created. */
export function setAt(value: unknown, path: readonly PathSegment[], next: unknown): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const array = Array.isArray(value) ? [...value] : [];
    array[head] = setAt(array[head], rest, next);
    return array;
  }
  const object = isRecord(value) ? { ...value } : {};
  const child = setAt(object[head!], rest, next);
  if (child === undefined) delete object[head!];
  else object[head!] = child;
  return object;
}

/** The node's main type; Twenty's `record`/`records`/`unknown` and untyped nodes are edited as JSON. */
export function nodeKind(node: SchemaNode): 'object' | 'array' | 'string' | 'number' | 'boolean' | 'enum' | 'json' {
  if (Array.isArray(node.enum) && node.enum.length > 0) return 'enum';
  const type = Array.isArray(node.type) ? node.type.find((candidate) => candidate !== 'null') : node.type;
  if (type === 'object' || (type === undefined && node.properties)) return node.properties ? 'object' : 'json';
  if (type === 'array') return node.items && nodeKind(node.items) !== 'json' ? 'array' : 'json';
  if (type === 'string') return 'string';
  if (type === 'number' || type === 'integer') return 'number';
  if (type === 'boolean') return 'boolean';
  return 'json';
}

/** The root of the input: a workflow field list's first entry, or the schema itself. */
export function rootNode(inputSchema: unknown): SchemaNode | null {
  const root = Array.isArray(inputSchema) ? inputSchema[0] : inputSchema;
  return isRecord(root) ? (root as SchemaNode) : null;
}

/** A number input's text read as the value: a number when it is one, else the text (validation says why). */
export function numberFromText(text: string): unknown {
  if (text.trim() === '') return undefined;
  const number = Number(text);
  return Number.isFinite(number) ? number : text;
}

/** Paths of JSON inputs whose text does not parse (the form cannot run until they do). */
export function invalidJsonPaths(draft: SchemaFormDraft): string[] {
  return Object.entries(draft.texts)
    .filter(([key]) => key.startsWith('json:'))
    .filter(([, text]) => {
      if (text.trim() === '') return false;
      try {
        JSON.parse(text);
        return false;
      } catch {
        return true;
      }
    })
    .map(([key]) => key.slice('json:'.length));
}
