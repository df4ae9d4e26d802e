/**
 * Scores `candidate` against a typed `query` whose characters must appear in order (case-insensitive).
 * Null when they do not. Higher is better: consecutive runs and matches in the file name count more,
 * so `hel` finds `src/logic-functions/hello.ts` before `src/helpers/x.ts` only when it should.
 */
export function fuzzyScore(query: string, candidate: string): number | null {
  if (!query) return 0;
  const needle = query.toLowerCase();
  const haystack = candidate.toLowerCase();
  const nameStart = haystack.lastIndexOf('/') + 1;
  let score = 0;
  let position = -1;
  let run = 0;
  for (const char of needle) {
    const found = haystack.indexOf(char, position + 1);
    if (found < 0) return null;
    run = found === position + 1 ? run + 1 : 1;
    score += run * 2 + (found >= nameStart ? 3 : 0);
    position = found;
  }
  return score - candidate.length * 0.01;
}

export function fuzzyFilter(query: string, candidates: readonly string[], limit = 50): string[] {
  return candidates
    .map((candidate) => ({ candidate, score: fuzzyScore(query, candidate) }))
    .filter((item): item is { candidate: string; score: number } => item.score !== null)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((item) => item.candidate);
}
