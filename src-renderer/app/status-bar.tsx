import { useProblems } from '../features/problems/use-problems';
import { useStudioStore } from './studio-context';

/** One line of facts at the bottom, as in most editors: problems, save state, last evaluation. */
export function StatusBar() {
  const model = useStudioStore('project', (state) => state.model);
  const dirtyCount = useStudioStore('editor', (state) => Object.values(state.buffers).filter((buffer) => buffer.dirty).length);
  const problems = useProblems();
  const build = useStudioStore('build', (state) => state.build);
  if (!model) return <footer className="status-bar" />;
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span className={errors > 0 ? 'status-errors' : ''}>
        {errors} {errors === 1 ? 'error' : 'errors'}, {warnings} {warnings === 1 ? 'warning' : 'warnings'}
      </span>
      {model.typecheck && model.typecheck.state !== 'off' && (
        <span data-testid="status-typecheck" className={model.typecheck.errorCount > 0 ? 'status-errors' : ''} title={model.typecheck.message ?? 'tsc --noEmit, as twenty dev:build runs it'}>
          {model.typecheck.state === 'pending' ? 'typechecking…' : model.typecheck.state === 'unavailable' ? 'no typecheck' : `${model.typecheck.errorCount} type ${model.typecheck.errorCount === 1 ? 'error' : 'errors'}`}
        </span>
      )}
      {dirtyCount > 0 && <span>{dirtyCount} unsaved</span>}
      <span className="toolbar-spacer" />
      <span>{model.entities.length} entities</span>
      <span title={`Model revision ${model.revision}`}>evaluated in {Math.round(model.evaluationMs)} ms</span>
      {build && (
        <span className={build.ok ? '' : 'status-errors'} data-testid="status-build" title="The function bundles the Run button uses">
          {build.ok ? `built in ${Math.round(build.durationMs)} ms` : 'build failed'}
        </span>
      )}
      {model.dependencies.sdkVersion && <span>twenty-sdk {model.dependencies.sdkVersion}</span>}
    </footer>
  );
}
