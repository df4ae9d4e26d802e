import { Icon } from '../../app/icons';
import { useStudio } from '../../app/studio-context';
import type { RunnableFunction } from '../run/runnable-functions';

/** Runs a function under the debugger (F5 in its file), with the payload Run would use. */
export function DebugButton({ fn, variant = 'icon' }: { fn: RunnableFunction; variant?: 'icon' | 'button' }) {
  const studio = useStudio();
  const debug = () => void studio.debug.getState().start(fn.universalIdentifier);
  const title = `Debug ${fn.name} (F5 in its file): stops at its breakpoints`;
  if (variant === 'button') {
    return (
      <button type="button" className="button" data-testid="inspector-debug" title={title} onClick={debug}>
        <Icon name="bug" /> Debug
      </button>
    );
  }
  return (
    <button
      type="button"
      className="icon-button row-action"
      data-testid="debug-function"
      data-name={fn.name}
      aria-label={`Debug ${fn.name}`}
      title={title}
      onClick={(event) => {
        event.stopPropagation();
        debug();
      }}
    >
      <Icon name="bug" />
    </button>
  );
}
