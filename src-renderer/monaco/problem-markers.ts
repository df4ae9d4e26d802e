import type { Problem } from '../../src-shared/contract';
import type { BuildStore } from '../features/build/build-store';
import { mergedProblems } from '../features/problems/problem-list';
import type { ProjectStore } from '../features/project/project-store';
import { pathOfUri } from './file-models';
import { monaco } from './monaco-environment';

const owner = 'twenty-studio';

function markerFor(model: monaco.editor.ITextModel, problem: Problem): monaco.editor.IMarkerData {
  const line = Math.min(Math.max(problem.line, 1), model.getLineCount());
  const column = Math.min(Math.max(problem.column, 1), model.getLineMaxColumn(line));
  // Underline the word at the position, or to the end of the line when there is none.
  const word = model.getWordAtPosition({ lineNumber: line, column });
  return {
    severity: problem.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
    message: problem.message,
    source: problem.source,
    startLineNumber: line,
    startColumn: word?.startColumn ?? column,
    endLineNumber: line,
    endColumn: word?.endColumn ?? model.getLineMaxColumn(line),
  };
}

/** Shows the core's problems (syntax, SDK validation, app checks, function builds) as squiggles in the files that have them. */
export function startProblemMarkers(project: ProjectStore, build: BuildStore): () => void {
  const mark = (model: monaco.editor.ITextModel): void => {
    const path = pathOfUri(model.uri);
    if (path === null) return;
    const all = mergedProblems(project.getState().model?.problems ?? [], build.getState().build?.problems ?? []);
    // Type errors are already squiggled by Monaco's own TypeScript service, on the buffer as typed; the
    // core's come from the files on disk and would only repeat (or lag behind) them.
    const problems = all.filter((problem) => problem.file === path && problem.source !== 'typecheck');
    monaco.editor.setModelMarkers(model, owner, problems.map((problem) => markerFor(model, problem)));
  };
  const markAll = (): void => monaco.editor.getModels().forEach(mark);

  markAll();
  const created = monaco.editor.onDidCreateModel(mark);
  const unsubscribe = project.subscribe((state, previous) => {
    if (state.model?.problems !== previous.model?.problems) markAll();
  });
  const unsubscribeBuild = build.subscribe((state, previous) => {
    if (state.build?.problems !== previous.build?.problems) markAll();
  });
  return () => {
    created.dispose();
    unsubscribe();
    unsubscribeBuild();
  };
}
