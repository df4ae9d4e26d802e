import { useStudioStore } from './studio-context';

/** One line of facts at the bottom, as in most editors: problems, save state, last evaluation. */
export function StatusBar() {
  const model = useStudioStore('project', (state) => state.model);
  const dirtyCount = useStudioStore('editor', (state) => Object.values(state.buffers).filter((buffer) => buffer.dirty).length);
  if (!model) return <footer className="status-bar" />;
  const errors = model.problems.filter((problem) => problem.severity === 'error').length;
  const warnings = model.problems.length - errors;
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span className={errors > 0 ? 'status-errors' : ''}>
        {errors} {errors === 1 ? 'error' : 'errors'}, {warnings} {warnings === 1 ? 'warning' : 'warnings'}
      </span>
      {dirtyCount > 0 && <span>{dirtyCount} unsaved</span>}
      <span className="toolbar-spacer" />
      <span>{model.entities.length} entities</span>
      <span title={`Model revision ${model.revision}`}>evaluated in {Math.round(model.evaluationMs)} ms</span>
      {model.dependencies.sdkVersion && <span>twenty-sdk {model.dependencies.sdkVersion}</span>}
    </footer>
  );
}
