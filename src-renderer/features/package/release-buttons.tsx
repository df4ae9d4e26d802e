import { Icon } from '../../app/icons';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { useReleaseView } from './use-package';

/** The top bar's way into the release panels; a second click on the open one goes back to the editor. */
export function ReleaseButtons() {
  const studio = useStudio();
  const hasApp = useStudioStore('project', (state) => state.model !== null);
  const view = useReleaseView((state) => state.view);
  if (!hasApp) return null;
  const toggle = (target: 'install' | 'package') => {
    const release = studio.release.view.getState();
    if (view === target) release.close();
    else release.show(target);
  };
  return (
    <>
      <button type="button" className={`button ${view === 'install' ? 'is-on' : ''}`} data-testid="open-install-simulator" title="Simulate installing or upgrading the app" onClick={() => toggle('install')}>
        <Icon name="hook" />
        Simulate install
      </button>
      <button type="button" className={`button ${view === 'package' ? 'is-on' : ''}`} data-testid="open-package" title="Package the app, compare and deploy" onClick={() => toggle('package')}>
        <Icon name="box" />
        Package
      </button>
    </>
  );
}
