import { useMemo } from 'react';
import { Icon } from '../../app/icons';
import { useStudio } from '../../app/studio-context';
import { problemLocation, sortedProblems } from './problem-list';
import { useProblems } from './use-problems';

export function ProblemsPanel() {
  const studio = useStudio();
  const problems = useProblems();
  const rows = useMemo(() => sortedProblems(problems), [problems]);
  if (rows.length === 0) {
    return (
      <div className="problems-panel empty-state" data-testid="problems-panel">
        <p className="muted">No problems found in the app.</p>
      </div>
    );
  }
  return (
    <div className="problems-panel" data-testid="problems-panel" role="list">
      {rows.map((problem, index) => (
        <button
          type="button"
          role="listitem"
          key={`${problemLocation(problem)}:${index}`}
          className="problem-row"
          data-testid="problem-row"
          data-severity={problem.severity}
          disabled={!problem.file}
          onClick={() => void studio.editor.getState().openFile(problem.file, { line: problem.line, column: problem.column })}
        >
          <Icon name={problem.severity === 'error' ? 'error' : 'warning'} className={`severity-${problem.severity}`} />
          <span className="problem-message">{problem.message}</span>
          <span className="problem-location" data-testid="problem-location">
            {problemLocation(problem)}
          </span>
          <span className="problem-source">{problem.source}</span>
        </button>
      ))}
    </div>
  );
}
