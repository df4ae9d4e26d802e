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

/**
 * The model's problems and the last function build's, without repeats: a syntax error is often
 * found by both the evaluation and the bundler, at the same place with the same words.
 */
export function mergedProblems(modelProblems: readonly Problem[], buildProblems: readonly Problem[]): Problem[] {
  const seen = new Set(modelProblems.map(problemKey));
  const extra = buildProblems.filter((problem) => {
    const key = problemKey(problem);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return extra.length === 0 ? [...modelProblems] : [...modelProblems, ...extra];
}

function problemKey(problem: Problem): string {
  return `${problem.file}\u0000${problem.line}\u0000${problem.message}`;
}
