/**
 * The three text operations on a bracketed, comma-separated list (an object literal's properties or an
 * array literal's elements) that every form edit is made of: insert an element, remove one, and the
 * layout facts they need. They keep the list's own layout: one element per line or all on one line,
 * the siblings' indentation, the trailing-comma convention, and the comments around other elements.
 */
import ts from 'typescript';

import type { TextEdit } from './text-edit';
import { indentationAt, lineEndOf, lineStartOf, restOfLineIsTrivia, skipTrivia, type SourceStyle } from './source-style';

export type ListNode = ts.ObjectLiteralExpression | ts.ArrayLiteralExpression;

export const listElements = (list: ListNode): ts.NodeArray<ts.Node> =>
  ts.isObjectLiteralExpression(list) ? list.properties : list.elements;

export interface ListLayout {
  /** Elements each start their own line (or, when empty, the brackets are on different lines). */
  multiline: boolean;
  /** Indentation of the elements (of a new one). */
  elementIndent: string;
  /** Indentation of the line with the closing bracket. */
  closeIndent: string;
  trailingComma: boolean;
}

/** Offset of the comma that follows `element`, or -1 (last element without trailing comma). */
export const commaAfter = (text: string, element: ts.Node): number => {
  const next = skipTrivia(text, element.getEnd());
  return text[next] === ',' ? next : -1;
};

const startsItsLine = (text: string, offset: number): boolean => text.slice(lineStartOf(text, offset), offset).trim() === '';

export const listLayout = (list: ListNode, sourceFile: ts.SourceFile, style: SourceStyle): ListLayout => {
  const text = sourceFile.text;
  const open = list.getStart(sourceFile);
  const close = list.getEnd() - 1;
  const elements = listElements(list);
  const closeIndent = startsItsLine(text, close) ? indentationAt(text, close) : indentationAt(text, open);
  if (elements.length === 0) {
    return { multiline: lineStartOf(text, open) !== lineStartOf(text, close), elementIndent: closeIndent + style.indentUnit, closeIndent, trailingComma: style.trailingComma };
  }
  const firstStart = elements[0].getStart(sourceFile);
  const multiline = lineStartOf(text, firstStart) !== lineStartOf(text, open);
  return {
    multiline,
    elementIndent: multiline ? indentationAt(text, firstStart) : indentationAt(text, open) + style.indentUnit,
    closeIndent,
    // A one-line list says nothing about the convention for lists spread over lines.
    trailingComma: multiline && lineStartOf(text, close) !== lineStartOf(text, elements[elements.length - 1].getEnd()) ? elements.hasTrailingComma : style.trailingComma,
  };
};

/** Where a multi-line element's own lines begin: its line, or the first comment line just above it. */
const ownLinesStart = (text: string, element: ts.Node, sourceFile: ts.SourceFile): number => {
  const start = element.getStart(sourceFile);
  let lineStart = lineStartOf(text, start);
  const comments = ts.getLeadingCommentRanges(text, element.getFullStart()) ?? [];
  for (let i = comments.length - 1; i >= 0; i--) {
    const comment = comments[i];
    const between = text.slice(comment.end, lineStart);
    // A comment directly above (no blank line) on a line of its own belongs to the element.
    if (between.trim() !== '' || (between.match(/\n/g)?.length ?? 0) > 1 || !startsItsLine(text, comment.pos)) break;
    lineStart = lineStartOf(text, comment.pos);
  }
  return lineStart;
};

/**
 * Inserts `elementText` (already rendered for `layout.elementIndent`) so it becomes element `index`.
 * An empty one-line list becomes multi-line when the element spans lines.
 */
export const insertListElement = (list: ListNode, index: number, elementText: string, sourceFile: ts.SourceFile, style: SourceStyle): TextEdit[] => {
  const text = sourceFile.text;
  const layout = listLayout(list, sourceFile, style);
  const elements = listElements(list);
  const open = list.getStart(sourceFile);
  const close = list.getEnd() - 1;
  const nl = style.newline;
  const padding = ts.isObjectLiteralExpression(list) ? ' ' : '';

  if (elements.length === 0) {
    const inner = text.slice(open + 1, close);
    const multiline = layout.multiline || elementText.includes('\n');
    if (inner.trim() !== '') {
      // Only comments inside: keep them, add the element on its own line before the closing bracket.
      return [{ start: close, end: close, newText: `${nl}${layout.elementIndent}${elementText}${layout.trailingComma ? ',' : ''}${nl}${layout.closeIndent}` }];
    }
    return [{
      start: open + 1,
      end: close,
      newText: multiline ? `${nl}${layout.elementIndent}${elementText}${layout.trailingComma ? ',' : ''}${nl}${layout.closeIndent}` : `${padding}${elementText}${padding}`,
    }];
  }

  if (index < elements.length) {
    const before = elements[index];
    const beforeStart = before.getStart(sourceFile);
    if (layout.multiline && index > 0) {
      // On a new line after the previous element (and its same-line comment): comments above the
      // next element stay with it.
      const comma = commaAfter(text, elements[index - 1]);
      if (comma >= 0 && restOfLineIsTrivia(text, comma + 1)) {
        const at = lineEndOf(text, comma + 1);
        return [{ start: at, end: at, newText: `${nl}${layout.elementIndent}${elementText},` }];
      }
    }
    if (layout.multiline && startsItsLine(text, beforeStart)) {
      const at = ownLinesStart(text, before, sourceFile);
      return [{ start: at, end: at, newText: `${layout.elementIndent}${elementText},${nl}` }];
    }
    return [{ start: beforeStart, end: beforeStart, newText: `${elementText}, ` }];
  }

  const last = elements[elements.length - 1];
  const comma = commaAfter(text, last);
  if (layout.multiline) {
    const anchor = comma >= 0 ? comma + 1 : last.getEnd();
    // After the last element's same-line comment, not inside it.
    const at = restOfLineIsTrivia(text, anchor) ? lineEndOf(text, anchor) : anchor;
    const trailing = comma >= 0 || layout.trailingComma ? ',' : '';
    if (comma >= 0) return [{ start: at, end: at, newText: `${nl}${layout.elementIndent}${elementText}${trailing}` }];
    const edits: TextEdit[] = [{ start: last.getEnd(), end: last.getEnd(), newText: ',' }];
    if (at === last.getEnd()) edits[0].newText = `,${nl}${layout.elementIndent}${elementText}`;
    else edits.push({ start: at, end: at, newText: `${nl}${layout.elementIndent}${elementText}` });
    return edits;
  }
  if (comma >= 0) return [{ start: comma + 1, end: comma + 1, newText: ` ${elementText},` }];
  return [{ start: last.getEnd(), end: last.getEnd(), newText: `, ${elementText}` }];
};

/** Removes element `index` with its comma (and its line, when it has one to itself). */
export const removeListElement = (list: ListNode, index: number, sourceFile: ts.SourceFile, style: SourceStyle): TextEdit[] => {
  const text = sourceFile.text;
  const elements = listElements(list);
  const element = elements[index];
  const open = list.getStart(sourceFile);
  const close = list.getEnd() - 1;
  const start = element.getStart(sourceFile);
  const comma = commaAfter(text, element);
  const end = comma >= 0 ? comma + 1 : element.getEnd();

  if (elements.length === 1) {
    // The element's own same-line comment goes with it; any other comment keeps the list open.
    const through = restOfLineIsTrivia(text, end) && lineEndOf(text, end) < close ? lineEndOf(text, end) : end;
    const rest = text.slice(open + 1, start) + text.slice(through, close);
    // Nothing else inside (no comments to keep): `{}` / `[]`.
    if (rest.trim() === '') return [{ start: open + 1, end: close, newText: '' }];
  }

  const layout = listLayout(list, sourceFile, style);
  const isLast = index === elements.length - 1;
  if (layout.multiline && startsItsLine(text, start) && restOfLineIsTrivia(text, end)) {
    const lineEnd = lineEndOf(text, end);
    const afterNewline = text.startsWith('\r\n', lineEnd) ? lineEnd + 2 : text[lineEnd] === '\n' ? lineEnd + 1 : lineEnd;
    const edits: TextEdit[] = [{ start: lineStartOf(text, start), end: afterNewline, newText: '' }];
    if (isLast && comma < 0 && index > 0) {
      // The previous element becomes the last one: it loses its comma too (no-trailing-comma style).
      const previousComma = commaAfter(text, elements[index - 1]);
      if (previousComma >= 0) edits.unshift({ start: previousComma, end: previousComma + 1, newText: '' });
    }
    return edits;
  }
  // Through the comma and the spaces after it, but not into a comment that follows.
  const afterSpaces = (from: number): number => from + /^[ \t]*/.exec(text.slice(from))![0].length;
  if (comma >= 0 && !isLast) return [{ start, end: afterSpaces(end), newText: '' }];
  if (index > 0) {
    const previousComma = commaAfter(text, elements[index - 1]);
    // `a, b` -> `a`; `a, b,` -> `a,`
    return [{ start: previousComma, end: comma >= 0 ? comma : element.getEnd(), newText: '' }];
  }
  return [{ start, end: afterSpaces(end), newText: '' }];
};
