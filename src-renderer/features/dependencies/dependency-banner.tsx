import { useState } from 'react';
import type { TaskState } from '../../../src-shared/contract';
import { describeError } from '../../api/studio-error';
import { useStudio, useStudioStore } from '../../app/studio-context';

/**
 * Without node_modules (or without twenty-sdk) nothing evaluates or type-checks: say so at the
 * top, with the one button that fixes it. Install output streams into the console.
 */
export function DependencyBanner() {
  const studio = useStudio();
  const dependencies = useStudioStore('project', (state) => state.model?.dependencies);
  const [taskId, setTaskId] = useState<string | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const task = useStudioStore('tasks', (state): TaskState | null => (taskId ? (state.tasks[taskId] ?? null) : null));
  if (!dependencies || dependencies.state === 'ok') return null;

  const install = async () => {
    setStartError(null);
    studio.layout.getState().showBottomTab('console');
    try {
      const started = await studio.api.call('app.installDependencies', {});
      // task.state events may already have reported a later state; keep whichever came last.
      if (!studio.tasks.getState().tasks[started.id]) studio.tasks.getState().update(started);
      setTaskId(started.id);
    } catch (error) {
      setStartError(describeError(error));
    }
  };

  const running = task?.state === 'running';
  return (
    <div className="dependency-banner" role="status" data-testid="dependency-banner" data-state={task?.state ?? dependencies.state}>
      <span className="dependency-message">
        {dependencies.message ?? 'The app’s dependencies are not installed.'}
        {running && <span className="task-state"> Installing with {dependencies.packageManager}… (output in the console)</span>}
        {task?.state === 'failed' && <span className="task-state error"> Install failed (exit code {task.exitCode ?? '?'}), see the console.</span>}
        {task?.state === 'succeeded' && <span className="task-state"> Installed; reloading the app…</span>}
        {startError && <span className="task-state error"> {startError}</span>}
      </span>
      <button type="button" className="button primary" disabled={running} onClick={() => void install()} data-testid="install-dependencies">
        {running ? <span className="spinner" aria-hidden="true" /> : null}
        {running ? 'Installing…' : task?.state === 'failed' ? 'Retry install' : 'Install dependencies'}
      </button>
    </div>
  );
}
