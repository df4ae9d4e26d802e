import ts from 'typescript';

/** [start, end) offsets of the `try { ... }` blocks of a script (not their catch or finally). */
export const tryBlockRanges = (source: string): [number, number][] => {
  const file = ts.createSourceFile('script.js', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const ranges: [number, number][] = [];
  const visit = (node: ts.Node): void => {
    // A try with only a finally does not catch anything.
    if (ts.isTryStatement(node) && node.catchClause) ranges.push([node.tryBlock.getStart(file), node.tryBlock.getEnd()]);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return ranges;
};

/** Offset of a 0-based line and column in a text. */
export const offsetOf = (source: string, line: number, column: number): number => {
  let offset = 0;
  for (let current = 0; current < line; current += 1) {
    const next = source.indexOf('\n', offset);
    if (next === -1) return source.length;
    offset = next + 1;
  }
  return offset + column;
};
