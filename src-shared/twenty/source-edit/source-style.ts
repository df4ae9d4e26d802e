/**
 * How the file is written (quotes, indentation unit, trailing commas, line endings), detected so that
 * new text looks like the text around it, and the rendering of form values as TypeScript literals.
 */
import ts from 'typescript';

import type { LiteralValue } from './literal-values';
import type { QuoteChar } from './config-literal';

export interface SourceStyle {
  quote: QuoteChar;
  /** One level of indentation: a tab or some spaces. */
  indentUnit: string;
  /** Whether multi-line lists end with a comma. */
  trailingComma: boolean;
  newline: '\n' | '\r\n';
}

/** Prettier's default: beyond it, a value is spread over several lines. */
export const PRINT_WIDTH = 80;

export const lineStartOf = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;

export const lineEndOf = (text: string, offset: number): number => {
  const newline = text.indexOf('\n', offset);
  const end = newline < 0 ? text.length : newline;
  return end > 0 && text[end - 1] === '\r' ? end - 1 : end;
};

/** The whitespace that starts the line containing `offset`. */
export const indentationAt = (text: string, offset: number): string => {
  const start = lineStartOf(text, offset);
  return /^[ \t]*/.exec(text.slice(start))![0];
};

/** Nothing but whitespace and comments between `from` and the end of its line. */
export const restOfLineIsTrivia = (text: string, from: number): boolean => {
  const rest = text.slice(from, lineEndOf(text, from)).trim();
  return rest === '' || rest.startsWith('//') || /^\/\*.*\*\/\s*(\/\/.*)?$/.test(rest);
};

/** Skips whitespace and comments from `offset`; returns the next token's offset. */
export const skipTrivia = (text: string, offset: number): number => {
  let pos = offset;
  while (pos < text.length) {
    if (/\s/.test(text[pos])) pos++;
    else if (text.startsWith('//', pos)) pos = lineEndOf(text, pos);
    else if (text.startsWith('/*', pos)) {
      const close = text.indexOf('*/', pos + 2);
      pos = close < 0 ? text.length : close + 2;
    } else break;
  }
  return pos;
};

const detectIndentUnit = (sourceFile: ts.SourceFile, object: ts.ObjectLiteralExpression): string => {
  const text = sourceFile.text;
  const first = object.properties[0];
  if (first && lineStartOf(text, first.getStart(sourceFile)) !== lineStartOf(text, object.getStart(sourceFile))) {
    const outer = indentationAt(text, object.getStart(sourceFile));
    const inner = indentationAt(text, first.getStart(sourceFile));
    if (inner.startsWith(outer) && inner.length > outer.length) {
      const unit = inner.slice(outer.length);
      // `defineLogicFunction(\n\t/* c */ {` puts the brace one level in: the unit is still one tab.
      return unit.startsWith('\t') ? '\t' : unit;
    }
  }
  const indents = text.split('\n').map((line) => /^[ \t]*/.exec(line)![0]).filter((indent) => indent.length > 0);
  if (indents.some((indent) => indent.startsWith('\t'))) return '\t';
  const smallest = Math.min(...indents.map((indent) => indent.length));
  return Number.isFinite(smallest) && smallest <= 8 ? ' '.repeat(smallest) : '  ';
};

/** The trailing-comma convention of the multi-line lists of the file (the config's own first). */
const detectTrailingComma = (sourceFile: ts.SourceFile, object: ts.ObjectLiteralExpression): boolean => {
  const text = sourceFile.text;
  let withComma = 0;
  let without = 0;
  const visit = (node: ts.Node): void => {
    const list = ts.isObjectLiteralExpression(node) ? node.properties : ts.isArrayLiteralExpression(node) ? node.elements : null;
    if (list && list.length > 0) {
      const last = list[list.length - 1];
      const closeOnOwnLine = lineStartOf(text, node.getEnd() - 1) !== lineStartOf(text, last.getEnd());
      if (closeOnOwnLine) {
        if (list.hasTrailingComma) withComma++;
        else without++;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(object);
  if (withComma + without === 0) visit(sourceFile);
  return withComma + without === 0 ? true : withComma >= without;
};

export const detectStyle = (sourceFile: ts.SourceFile, object: ts.ObjectLiteralExpression, quote: QuoteChar): SourceStyle => ({
  quote,
  indentUnit: detectIndentUnit(sourceFile, object),
  trailingComma: detectTrailingComma(sourceFile, object),
  newline: sourceFile.text.includes('\r\n') ? '\r\n' : '\n',
});

/** A string literal in the given quotes (backticks for a template without substitutions). */
export const renderString = (value: string, quote: QuoteChar | '`'): string => {
  const body = JSON.stringify(value).slice(1, -1);
  if (quote === '"') return `"${body}"`;
  // JSON escapes `"` and `\`; turn `\"` back into `"` and escape the chosen quote instead.
  const unescaped = body.replace(/\\"/g, '"');
  if (quote === "'") return `'${unescaped.replace(/'/g, "\\'")}'`;
  return `\`${unescaped.replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``;
};

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export const renderKey = (key: string, quote: QuoteChar): string => (IDENTIFIER.test(key) ? key : renderString(key, quote));

const renderScalar = (value: LiteralValue, quote: QuoteChar): string | null => {
  if (value === null) return 'null';
  if (typeof value === 'string') return renderString(value, quote);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${value} cannot be written as a number literal`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  return null;
};

/** One-line rendering: `{ a: 'x', b: [1, 2] }`. */
export const renderInline = (value: LiteralValue, quote: QuoteChar): string => {
  const scalar = renderScalar(value, quote);
  if (scalar !== null) return scalar;
  if (Array.isArray(value)) return `[${value.map((item) => renderInline(item, quote)).join(', ')}]`;
  const entries = Object.entries(value as Record<string, LiteralValue>);
  if (entries.length === 0) return '{}';
  return `{ ${entries.map(([key, item]) => `${renderKey(key, quote)}: ${renderInline(item, quote)}`).join(', ')} }`;
};

export interface RenderOptions {
  /** Indentation of the line the value starts on (closing brackets line up with it). */
  indent: string;
  /** Column where the value starts, to decide whether it fits on the line. */
  column: number;
  /** Spread the outermost object/array over several lines even if it fits (to match siblings). */
  expand?: boolean;
}

/**
 * Renders a value the way a person (or Prettier) would: on one line when it fits, otherwise the
 * outermost level broken over lines and each child decided the same way.
 */
export const renderValue = (value: LiteralValue, style: SourceStyle, options: RenderOptions): string => {
  const inline = renderInline(value, style.quote);
  const isList = value !== null && typeof value === 'object';
  const isEmpty = isList && (Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0);
  if (!isList || isEmpty || (!options.expand && options.column + inline.length <= PRINT_WIDTH)) return inline;
  const inner = options.indent + style.indentUnit;
  const entries: [string | null, LiteralValue][] = Array.isArray(value)
    ? value.map((item) => [null, item])
    : Object.entries(value as Record<string, LiteralValue>);
  const lines = entries.map(([key, item], index) => {
    const prefix = key === null ? '' : `${renderKey(key, style.quote)}: `;
    const rendered = renderValue(item, style, { indent: inner, column: inner.length + prefix.length });
    const comma = index < entries.length - 1 || style.trailingComma ? ',' : '';
    return `${inner}${prefix}${rendered}${comma}`;
  });
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}${style.newline}${lines.join(style.newline)}${style.newline}${options.indent}${close}`;
};

/** Re-indents text moved from one indentation to another (every line but the first). */
export const reindent = (text: string, from: string, to: string): string =>
  text
    .split('\n')
    .map((line, index) => (index === 0 ? line : line.startsWith(from) ? to + line.slice(from.length) : line))
    .join('\n');
