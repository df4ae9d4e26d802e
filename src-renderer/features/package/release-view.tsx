import { Icon } from '../../app/icons';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { InstallSimulatorPanel } from '../install-simulator/install-simulator-panel';
import { PackagePanel } from './package-panel';
import type { ReleaseViewName } from './release-view-store';
import { useReleaseView } from './use-package';
import '../../styles/release.css';

const tabs: { view: ReleaseViewName; label: string }[] = [
  { view: 'install', label: 'Install simulator' },
  { view: 'package', label: 'Package & deploy' },
];

/**
 * The release panels, in place of the editor while one is open (the editor stays mounted underneath,
 * hidden by release.css, so its tabs and buffers are untouched). Opening a file closes it.
 */
export function ReleaseView() {
  const studio = useStudio();
  const view = useReleaseView((state) => state.view);
  const hasApp = useStudioStore('project', (state) => state.model !== null);
  if (!view || !hasApp) return null;
  return (
    <section className="release-view" data-testid="release-view" aria-label="Release">
      <div className="release-tabs" role="tablist">
        {tabs.map((tab) => (
          <button
            key={tab.view}
            type="button"
            role="tab"
            aria-selected={view === tab.view}
            className="release-tab"
            data-testid={`release-tab-${tab.view}`}
            onClick={() => studio.release.view.getState().show(tab.view)}
          >
            {tab.label}
          </button>
        ))}
        <span className="toolbar-spacer" />
        <button type="button" className="icon-button" title="Back to the editor" data-testid="release-close" onClick={() => studio.release.view.getState().close()}>
          <Icon name="close" />
        </button>
      </div>
      <div className="release-content">{view === 'install' ? <InstallSimulatorPanel /> : <PackagePanel />}</div>
    </section>
  );
}
