import { useMemo } from 'react';
import type { Problem } from '../../../src-shared/contract';
import { useStudioStore } from '../../app/studio-context';
import { mergedProblems } from './problem-list';

const none: Problem[] = [];

/** Every problem of the app: the project model's and the last function build's, merged once per change. */
export function useProblems(): Problem[] {
  const modelProblems = useStudioStore('project', (state) => state.model?.problems ?? none);
  const buildProblems = useStudioStore('build', (state) => state.build?.problems ?? none);
  return useMemo(() => mergedProblems(modelProblems, buildProblems), [modelProblems, buildProblems]);
}
