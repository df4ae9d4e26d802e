import { useMemo } from 'react';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { selectedEntity } from '../project/project-store';
import { problemLocation } from '../problems/problem-list';

/**
 * The selected entity's evaluated config, read-only. Functions in the config arrive as
 * `{ "__function": "<name>" }` and are shown that way on purpose: they are not data.
 */
export function InspectorPanel() {
  const studio = useStudio();
  const entity = useStudioStore('project', selectedEntity);
  const problems = useStudioStore('project', (state) => state.model?.problems);
  const entityProblems = useMemo(() => (entity && problems ? problems.filter((problem) => problem.file === entity.file) : []), [entity, problems]);
  if (!entity) {
    return (
      <div className="inspector empty-state" data-testid="inspector">
        <p className="inspector-hint">Select a function</p>
        <p className="muted">Pick an entity in the explorer to see its evaluated configuration.</p>
      </div>
    );
  }
  return (
    <div className="inspector" data-testid="inspector" data-file={entity.file}>
      <header className="inspector-header">
        <div className="inspector-kind">{entity.defineFunction}</div>
        <button
          type="button"
          className="link"
          onClick={() => void studio.editor.getState().openFile(entity.file, { line: entity.line, column: entity.column })}
        >
          {entity.file}:{entity.line}
        </button>
        {entity.universalIdentifier && <div className="inspector-id">{entity.universalIdentifier}</div>}
      </header>
      {entity.stale && <div className="notice warning">The file no longer evaluates; this is its last good configuration.</div>}
      {entityProblems.map((problem, index) => (
        <div key={index} className={`notice ${problem.severity}`}>
          {problemLocation(problem)}: {problem.message}
        </div>
      ))}
      <pre className="inspector-json" data-testid="inspector-config">
        {entity.config ? JSON.stringify(entity.config, null, 2) : 'The configuration could not be evaluated.'}
      </pre>
    </div>
  );
}
