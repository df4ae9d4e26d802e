import { Icon } from '../../app/icons';
import { useStudio, useStudioStore } from '../../app/studio-context';
import type { RunnableFunction } from './runnable-functions';

/**
 * Runs one function with the payload the core picks (the last one used, or a sample for its
 * trigger). While it runs the same place shows a spinner; clicking again starts another run.
 */
export function RunButton({ fn, variant = 'icon' }: { fn: RunnableFunction; variant?: 'icon' | 'button' }) {
  const studio = useStudio();
  const running = useStudioStore('runs', (state) => state.running[fn.universalIdentifier] !== undefined);
  const run = () => void studio.runs.getState().run(fn.universalIdentifier, fn.name);
  const title = `Run ${fn.name} (${navigator.platform.startsWith('Mac') ? '⌘' : 'Ctrl'}+Enter in its file)`;
  if (variant === 'button') {
    return (
      <button type="button" className="button primary run-button" data-testid="inspector-run" data-running={running} title={title} onClick={run}>
        {running ? <span className="spinner" aria-hidden="true" /> : <Icon name="play" />} Run
      </button>
    );
  }
  return (
    <button
      type="button"
      className="icon-button row-action run-action"
      data-testid="run-function"
      data-name={fn.name}
      data-running={running}
      aria-label={`Run ${fn.name}`}
      title={title}
      onClick={(event) => {
        // The row under the button opens the file: running is a different wish.
        event.stopPropagation();
        run();
      }}
    >
      {running ? <span className="spinner" aria-hidden="true" /> : <Icon name="play" />}
    </button>
  );
}

export function RunWithPayloadButton({ fn, variant = 'icon' }: { fn: RunnableFunction; variant?: 'icon' | 'button' }) {
  const studio = useStudio();
  const open = () => void studio.runs.getState().editPayload(fn.universalIdentifier, fn.name);
  if (variant === 'button') {
    return (
      <button type="button" className="button" data-testid="inspector-run-with-payload" onClick={open}>
        <Icon name="braces" /> Run with payload…
      </button>
    );
  }
  return (
    <button
      type="button"
      className="icon-button row-action"
      data-testid="run-function-with-payload"
      data-name={fn.name}
      aria-label={`Run ${fn.name} with a payload…`}
      title="Run with payload…"
      onClick={(event) => {
        event.stopPropagation();
        open();
      }}
    >
      <Icon name="braces" />
    </button>
  );
}
