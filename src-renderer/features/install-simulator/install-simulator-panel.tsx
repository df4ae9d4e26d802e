import { useEffect, useRef } from 'react';
import type { VersionSource } from '../../../src-shared/contract';
import { Icon } from '../../app/icons';
import { useStudio } from '../../app/studio-context';
import { InstallErrorNotice } from './install-error-notice';
import { InstallMatrix, MatrixPicks } from './install-matrix';
import { InstallOutcome } from './install-outcome';
import type { SimulatorMode } from './install-simulator-store';
import { InstallTimeline, stepsOfLive, stepsOfResult } from './install-timeline';
import type { LiveTimeline } from './live-timeline';
import { ManifestDiffView } from './manifest-diff-view';
import { UninstallResultView } from './uninstall-view';
import { useInstallSimulator } from './use-install-simulator';
import { VersionSourcePicker } from './version-source-picker';
import { WhatIfSwitches } from './what-if-switches';

const fromKinds: VersionSource['kind'][] = ['none', 'git', 'folder', 'tarball', 'working-tree'];
const toKinds: VersionSource['kind'][] = ['working-tree', 'git', 'folder', 'tarball'];

const modes: { mode: SimulatorMode; label: string }[] = [
  { mode: 'single', label: 'One pair' },
  { mode: 'matrix', label: 'Matrix' },
  { mode: 'uninstall', label: 'Uninstall' },
];

const phaseLabels = { materialising: 'preparing', building: 'building', ready: 'ready' } as const;

const sideNames = { to: 'New version', from: 'Installed version' } as const;

/** Which side is being prepared and built, before the first step starts. */
function SideProgress({ live }: { live: LiveTimeline }) {
  const sides = (['to', 'from'] as const).filter((side) => live.sides[side]);
  if (sides.length === 0) return <div className="muted release-hint">Preparing the versions…</div>;
  return (
    <div className="side-progress" data-testid="install-side-progress">
      {sides.map((side) => {
        const { phase, label } = live.sides[side]!;
        const installing = phase === 'materialising' && live.dependencies[side] !== undefined;
        return (
          <span key={side} className="side-progress-item">
            {phase !== 'ready' && <span className="spinner" />}
            <span className="release-label">{sideNames[side]}</span>
            <span className="mono">{label}</span>
            <span className="muted">{installing ? 'installing its dependencies' : phaseLabels[phase]}</span>
          </span>
        );
      })}
    </div>
  );
}

/** A side's own dependency install, streamed line by line while the package manager runs. */
function DependencyInstallOutput({ live }: { live: LiveTimeline }) {
  const sides = (['to', 'from'] as const).filter((side) => live.dependencies[side] !== undefined);
  if (sides.length === 0) return null;
  return (
    <>
      {sides.map((side) => (
        <div key={side} className="step-details" data-testid="install-dependency-output" data-side={side}>
          <div className="release-label">{sideNames[side]}: installing its dependencies</div>
          <pre className="hook-logs">{live.dependencies[side]}</pre>
        </div>
      ))}
    </>
  );
}

function ServerVersionField() {
  const store = useStudio().release.install;
  const serverVersion = useInstallSimulator((state) => state.serverVersion);
  const known = useInstallSimulator((state) => state.knownServerVersion);
  return (
    <div className="version-picker">
      <label className="release-label" htmlFor="install-server-version">
        Twenty server
      </label>
      <div className="version-picker-controls">
        <input
          id="install-server-version"
          className="text-input release-input server-version-input"
          data-testid="install-server-version"
          placeholder={known ? `${known} (newest known)` : 'newest known'}
          value={serverVersion}
          onChange={(event) => store.getState().setServerVersion(event.target.value)}
        />
      </div>
      <span className="muted release-hint" data-testid="install-server-version-default">
        {serverVersion.trim() ? 'checked against engines.twenty' : `default: ${known ?? 'the newest the studio knows'}`}
      </span>
    </div>
  );
}

/**
 * The install-flow simulator: the server's install steps replayed locally between two versions of the
 * app, with the real hooks running in the sandbox. Nothing is sent to a Twenty server.
 */
export function InstallSimulatorPanel() {
  const store = useStudio().release.install;
  const mode = useInstallSimulator((state) => state.mode);
  const versions = useInstallSimulator((state) => state.versions);
  const versionsError = useInstallSimulator((state) => state.versionsError);
  const from = useInstallSimulator((state) => state.from);
  const to = useInstallSimulator((state) => state.to);
  const whatIf = useInstallSimulator((state) => state.whatIf);
  const linkDependencies = useInstallSimulator((state) => state.linkDependencies);
  const installDependencies = useInstallSimulator((state) => state.installDependencies);
  const running = useInstallSimulator((state) => state.running);
  const live = useInstallSimulator((state) => state.live);
  const result = useInstallSimulator((state) => state.result);
  const error = useInstallSimulator((state) => state.error);
  const selectionCount = useInstallSimulator((state) => state.matrixSelection.length);
  const uninstallVersion = useInstallSimulator((state) => state.uninstallVersion);

  useEffect(() => {
    if (!versions) void store.getState().loadVersions();
  }, [versions, store]);

  // The form is above the fold's worth of results: bring the outcome up when a run ends.
  const results = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!running && (result || error)) void results.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [running, result, error]);

  const actions = store.getState();
  const pickerProps = { versions, versionsError };

  return (
    <div className="install-simulator" data-testid="install-simulator">
      <div className="release-modes" role="tablist" aria-label="Simulation mode">
        {modes.map((item) => (
          <button
            key={item.mode}
            type="button"
            role="tab"
            aria-selected={mode === item.mode}
            className="release-mode"
            data-testid={`install-mode-${item.mode}`}
            onClick={() => actions.setMode(item.mode)}
          >
            {item.label}
          </button>
        ))}
        <span className="release-intro muted">The server&apos;s install flow, replayed locally with the real hooks. Nothing is sent to a server.</span>
        <span className="toolbar-spacer" />
        <button type="button" className="icon-button" title="Reload the tags and commits" data-testid="install-reload-versions" onClick={() => void actions.loadVersions()}>
          <Icon name="refresh" />
        </button>
      </div>

      <div className="release-form">
        <div className="release-form-sides">
          {mode === 'uninstall' ? (
            <VersionSourcePicker label="Installed version" testId="uninstall-version" value={uninstallVersion} kinds={toKinds} onChange={actions.setUninstallVersion} {...pickerProps} />
          ) : (
            <>
              {mode === 'single' && <VersionSourcePicker label="From (installed)" testId="install-from" value={from} kinds={fromKinds} onChange={actions.setFrom} {...pickerProps} />}
              <VersionSourcePicker label="To (installing)" testId="install-to" value={to} kinds={toKinds} onChange={actions.setTo} {...pickerProps} />
              <ServerVersionField />
            </>
          )}
        </div>
        {mode === 'matrix' && <MatrixPicks />}
        {mode !== 'uninstall' && <WhatIfSwitches value={whatIf} onChange={actions.setWhatIf} />}
        <label className="what-if-check" title="For a version whose package.json dependencies differ from the working tree's">
          <input type="checkbox" data-testid="install-link-deps" checked={linkDependencies} onChange={(event) => actions.setLinkDependencies(event.target.checked)} />
          Use the working tree&apos;s node_modules even when dependencies differ
        </label>
        <label className="what-if-check" title="Runs the version's package manager (no install scripts) in a temporary folder; the install is reused by the next runs">
          <input type="checkbox" data-testid="install-install-deps-choice" checked={installDependencies} onChange={(event) => actions.setInstallDependencies(event.target.checked)} />
          Install a version&apos;s own dependencies when they differ
        </label>
      </div>

      <div className="release-actions">
        {mode === 'single' && (
          <button type="button" className="button primary" data-testid="install-run" disabled={running !== null} onClick={() => void actions.simulate()}>
            <Icon name="play" /> Simulate install
          </button>
        )}
        {mode === 'matrix' && (
          <button type="button" className="button primary" data-testid="install-run-matrix" disabled={running !== null || selectionCount === 0} onClick={() => void actions.runMatrix()}>
            <Icon name="play" /> Run {selectionCount} pair{selectionCount === 1 ? '' : 's'}
          </button>
        )}
        {mode === 'uninstall' && (
          <button type="button" className="button primary" data-testid="install-run-uninstall" disabled={running !== null} onClick={() => void actions.uninstall()}>
            <Icon name="trash" /> Simulate uninstall
          </button>
        )}
        {running && (
          <span className="release-running" data-testid="install-running">
            <span className="spinner" /> {running === 'matrix' ? 'Running the matrix…' : 'Simulating…'}
          </span>
        )}
      </div>

      <div ref={results} className="release-results-anchor" />
      {error && (
        <InstallErrorNotice error={error} onLinkAnyway={() => void actions.retryLinkingDependencies()} onInstallDependencies={() => void actions.retryInstallingDependencies()} />
      )}

      {mode === 'matrix' && <InstallMatrix />}
      {mode === 'uninstall' && <UninstallResultView />}

      {live && running && (
        <section className="release-results" data-testid="install-live">
          <SideProgress live={live} />
          <DependencyInstallOutput live={live} />
          {live.steps.length > 0 && <InstallTimeline steps={stepsOfLive(live)} />}
        </section>
      )}
      {mode === 'single' && !running && (result || (error && live && live.steps.length > 0)) && (
        <section className="release-results" data-testid="install-results">
          {result && <InstallOutcome result={result} />}
          <div className="release-columns">
            <section className="release-column">
              <h3 className="release-heading">Timeline</h3>
              <InstallTimeline steps={result ? stepsOfResult(result.steps) : stepsOfLive(live!)} />
            </section>
            {result && (
              <section className="release-column">
                <h3 className="release-heading">Manifest diff</h3>
                <ManifestDiffView diff={result.diff} />
              </section>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
