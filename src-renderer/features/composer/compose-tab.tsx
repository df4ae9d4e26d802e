import { useStudio } from '../../app/studio-context';
import { useComposerStore } from './use-composer';

/** Height the bottom panel grows to when the composer opens: a request and its preview need room. */
const COMPOSER_MIN_HEIGHT = 420;

/** Opens the composer in the bottom panel (a tab beside Console, Problems and History). */
export function showComposer(studio: ReturnType<typeof useStudio>): void {
  const layout = studio.layout.getState();
  if (!layout.bottomPanelOpen) layout.toggleBottomPanel();
  // Grow, never shrink: a person who made the panel taller chose that.
  if (layout.consoleHeight < COMPOSER_MIN_HEIGHT) layout.resize({ consoleHeight: Math.min(COMPOSER_MIN_HEIGHT, Math.round(window.innerHeight * 0.55)) });
  studio.composer.getState().show();
}

export function ComposeTab() {
  const studio = useStudio();
  const shown = useComposerStore((state) => state.shown);
  return (
    <button type="button" role="tab" aria-selected={shown} className="panel-tab" data-testid="panel-tab-compose" title="Compose a payload for the selected function" onClick={() => showComposer(studio)}>
      Compose
    </button>
  );
}
