/** The expression under the mouse: the word and the property chain before it (`payload.value`). */
export const expressionAt = (lineText: string, column: number): string | null => {
  const index = column - 1;
  const isWord = (char: string | undefined) => char !== undefined && /[\w$]/.test(char);
  if (!isWord(lineText[index])) return null;
  let end = index;
  while (isWord(lineText[end + 1])) end += 1;
  let start = index;
  for (;;) {
    while (isWord(lineText[start - 1])) start -= 1;
    if (lineText[start - 1] === '.' && isWord(lineText[start - 2])) start -= 1;
    else if (lineText.slice(start - 2, start) === '?.' && isWord(lineText[start - 3])) start -= 2;
    else break;
  }
  const expression = lineText.slice(start, end + 1);
  return /^\d/.test(expression) ? null : expression;
};
