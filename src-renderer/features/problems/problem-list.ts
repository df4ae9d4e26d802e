import type { Problem } from '../../../src-shared/contract';

/** Errors before warnings, then by file and position, as a reader scans them. */
export function sortedProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column,
  );
}

/** `src/x.ts:12:5`, or the whole app when the problem has no file. */
export function problemLocation(problem: Problem): string {
  return problem.file ? `${problem.file}:${problem.line}:${problem.column}` : '(app)';
}
