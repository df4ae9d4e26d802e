import type { PackageProblem } from '../../../src-shared/contract';
import { useStudio } from '../../app/studio-context';

/**
 * A `file(line,col)` from a failed build, opening the editor there the way the Problems panel does
 * (editor.openFile with a position); opening a file also brings the editor back over the release panels.
 */
export function LocationLink({ problem }: { problem: PackageProblem }) {
  const studio = useStudio();
  const where = `${problem.file}(${problem.line},${problem.column})`;
  return (
    <li className="package-location">
      <button
        type="button"
        className="link"
        data-testid="package-location"
        data-file={problem.file}
        title={`Open ${problem.file} at line ${problem.line}`}
        disabled={!problem.file}
        onClick={() => void studio.editor.getState().openFile(problem.file, { line: Math.max(problem.line, 1), column: Math.max(problem.column, 1) })}
      >
        {where}
      </button>
      <span className="package-location-message">{problem.message}</span>
    </li>
  );
}
