import { badInput } from '../workspace-error';

/**
 * The REST `filter` query parameter (`and(name[eq]:"Acme",address.addressCity[ilike]:"%par%")`) as a
 * GraphQL-style filter object. The root without a conjunction is an `and`; `not` takes one condition.
 * Values keep their text except numbers, booleans and lists: the field's type decides the rest.
 */
export function parseRestFilter(text: string): Record<string, unknown> {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  const root = /^(and|or|not)\(/.test(trimmed) ? trimmed : `and(${trimmed})`;
  return parseNode(root);
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = null;
      current += char;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') depth -= 1;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  if (current.trim() !== '') parts.push(current);
  return parts.map((part) => part.trim());
}

function parseValue(raw: string): unknown {
  const text = raw.trim();
  if (text.startsWith('[') && text.endsWith(']')) return splitTopLevel(text.slice(1, -1)).map(parseValue);
  if ((text.startsWith('"') && text.endsWith('"')) || (text.startsWith("'") && text.endsWith("'"))) return text.slice(1, -1);
  if (text === 'true' || text === 'false') return text === 'true';
  if (text === 'NULL' || text === 'NOT_NULL') return text;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

function parseNode(text: string): Record<string, unknown> {
  const conjunction = /^(and|or|not)\((.*)\)$/s.exec(text);
  if (conjunction) {
    const [, kind, inner] = conjunction;
    const children = splitTopLevel(inner).map(parseNode);
    if (kind === 'not') {
      if (children.length !== 1) throw badInput("'filter' invalid. 'not' conjunction should contain only 1 condition. eg: not(field[eq]:1)");
      return { not: children[0] };
    }
    return { [kind]: children };
  }
  const leaf = /^([\w.]+)\[(\w+)\]:(.*)$/s.exec(text);
  if (!leaf) throw badInput(`'filter' invalid for '${text}'. eg: price[gte]:10`);
  const [, path, operator, rawValue] = leaf;
  let value = parseValue(rawValue);
  if ((operator === 'in' || operator === 'containsAny') && !Array.isArray(value)) {
    throw badInput(`'filter' invalid for '${operator}' operator. Received '${rawValue}' but array value expected eg: 'field[${operator}]:[value_1,value_2]'`);
  }
  if (operator === 'eq' || operator === 'neq' || operator === 'like' || operator === 'ilike' || operator === 'startsWith' || operator === 'endsWith') {
    // Text comparisons keep the value as typed ("007" stays a string); numbers only when unquoted.
    value = typeof value === 'number' && /^".*"$|^'.*'$/.test(rawValue.trim()) ? rawValue.trim().slice(1, -1) : value;
  }
  const keys = path.split('.');
  let node: Record<string, unknown> = { [operator]: value };
  for (const key of keys.reverse()) node = { [key]: node };
  return node;
}

const DIRECTIONS = ['AscNullsFirst', 'AscNullsLast', 'DescNullsFirst', 'DescNullsLast'];

/** `order_by=field_1[AscNullsFirst],address.addressCity[DescNullsLast],field_3` as GraphQL orderBy. */
export function parseRestOrderBy(text: string): Record<string, unknown>[] {
  return splitTopLevel(text).filter(Boolean).map((item) => {
    const match = /^([\w.]+)(?:\[(\w+)\])?$/.exec(item);
    if (!match) throw badInput(`'order_by' invalid for '${item}'. eg: ?order_by=field_1[AscNullsFirst],field_2[DescNullsLast],field_3`);
    const direction = match[2] ?? 'AscNullsFirst';
    if (!DIRECTIONS.includes(direction)) {
      throw badInput(`'order_by' direction '${direction}' invalid. Allowed values are 'AscNullsFirst', 'AscNullsLast', 'DescNullsFirst', 'DescNullsLast'. eg: ?order_by=field_1[AscNullsFirst],field_2[DescNullsLast],field_3`);
    }
    const keys = match[1].split('.');
    let node: unknown = direction;
    for (const key of keys.reverse()) node = { [key]: node };
    return node as Record<string, unknown>;
  });
}
