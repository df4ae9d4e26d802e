/**
 * Checks a tool or workflow-action payload against the function's `inputSchema` before a run, so a
 * wrong argument is caught here rather than deep inside the handler.
 * - Tools use JSON Schema (`toolTriggerSettings.inputSchema`; the legacy `toolInputSchema` likewise).
 * - Workflow actions use Twenty's field list: an array whose first entry describes the input object,
 *   with the extra types `record` (a record: an object or its id) and `records` (an array of them), and
 *   `unknown` (anything), as the SDK infers it.
 * Only what both forms share is checked: `type`, `properties`, `required`, `enum`, `items`,
 * `additionalProperties: false`. Unknown keywords are ignored, never reported.
 */

export type InputProblem = {
  /** `$`, `$.amount`, `$.items[2].name` */
  path: string;
  message: string;
};

type SchemaNode = {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  enum?: unknown[];
  items?: SchemaNode;
  additionalProperties?: boolean | SchemaNode;
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const childPath = (path: string, key: string): string => (IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`);

const typeOf = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
};

const typeMatches = (type: string, value: unknown): boolean => {
  const actual = typeOf(value);
  switch (type) {
    case 'number':
      return actual === 'number' || actual === 'integer';
    case 'record':
      // A workflow step receives the record, or its id when mapped from a variable.
      return actual === 'object' || actual === 'string';
    case 'records':
      return actual === 'array';
    case 'unknown':
    case 'any':
      return true;
    default:
      return actual === type;
  }
};

const validateNode = (schema: SchemaNode, value: unknown, path: string, problems: InputProblem[]): void => {
  if (!isPlainObject(schema)) return;
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.length > 0 && !types.some((type) => typeMatches(type, value))) {
    problems.push({ path, message: `${path}: expected ${types.join(' or ')}, got ${typeOf(value)}` });
    return;
  }
  if (Array.isArray(schema.enum) && schema.enum.length > 0 && !schema.enum.some((option) => option === value)) {
    problems.push({ path, message: `${path}: must be one of ${schema.enum.map((option) => JSON.stringify(option)).join(', ')}, got ${JSON.stringify(value)}` });
    return;
  }
  if (isPlainObject(value) && (schema.properties || schema.required)) {
    for (const name of schema.required ?? []) {
      if (!Object.hasOwn(value, name) || value[name] === undefined) problems.push({ path: childPath(path, name), message: `${childPath(path, name)}: required` });
    }
    for (const [name, child] of Object.entries(value)) {
      const childSchema = schema.properties?.[name];
      if (childSchema) validateNode(childSchema, child, childPath(path, name), problems);
      else if (schema.additionalProperties === false) problems.push({ path: childPath(path, name), message: `${childPath(path, name)}: not in the input schema` });
    }
  }
  if (Array.isArray(value) && schema.items) value.forEach((item, index) => validateNode(schema.items as SchemaNode, item, `${path}[${index}]`, problems));
};

/** The schema describing the whole input: a workflow field list's first entry, or the schema itself. */
export const inputRootSchema = (inputSchema: unknown): SchemaNode | null => {
  const root = Array.isArray(inputSchema) ? inputSchema[0] : inputSchema;
  return isPlainObject(root) ? (root as SchemaNode) : null;
};

/** Problems of `payload` against `inputSchema`, each located by a JSON path; [] when it conforms or there is no schema. */
export const validateInputPayload = (inputSchema: unknown, payload: unknown): InputProblem[] => {
  const root = inputRootSchema(inputSchema);
  if (!root) return [];
  const problems: InputProblem[] = [];
  validateNode(root, payload, '$', problems);
  return problems;
};
