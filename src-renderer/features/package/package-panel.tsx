import { useEffect, useRef } from 'react';
import { Icon } from '../../app/icons';
import { useStudio } from '../../app/studio-context';
import { DeploySection } from './deploy-section';
import { PackageCompare } from './package-compare';
import { PackageFailureView, PackageSuccessView } from './package-result-view';
import { usePackage } from './use-package';

/** The build's progress lines as they stream (the console gets them too); folded away once a build succeeded. */
function ProgressLog() {
  const progress = usePackage((state) => state.progress);
  const busy = usePackage((state) => state.building || state.deploying);
  const succeeded = usePackage((state) => state.result?.success === true);
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A block body on purpose: recent Chromium returns a promise from scrollIntoView, and React would call it as a cleanup.
    void end.current?.scrollIntoView?.({ block: 'nearest' });
  }, [progress.length]);
  if (progress.length === 0 && !busy) return null;
  if (succeeded && !busy) {
    return (
      <details className="package-progress-folded" data-testid="package-progress">
        <summary className="muted">Build log ({progress.length} lines)</summary>
        <div className="package-progress">
          {progress.map((line, index) => (
            <div key={index} className={`package-progress-line progress-${line.source}`}>
              {line.message}
            </div>
          ))}
        </div>
      </details>
    );
  }
  return (
    <div className="package-progress" data-testid="package-progress">
      {progress.map((line, index) => (
        <div key={index} className={`package-progress-line progress-${line.source}`}>
          {line.source === 'output' ? <span className="muted">{line.message}</span> : line.message}
        </div>
      ))}
      {busy && (
        <div className="package-progress-line">
          <span className="spinner" />
        </div>
      )}
      <div ref={end} />
    </div>
  );
}

/**
 * Packaging the app as Twenty installs it: the studio's checks, then the real SDK build (appBuild
 * with a tarball) of the twenty-sdk the app depends on.
 */
export function PackagePanel() {
  const store = useStudio().release.packaging;
  const building = usePackage((state) => state.building);
  const result = usePackage((state) => state.result);
  const error = usePackage((state) => state.error);
  return (
    <div className="package-panel" data-testid="package-panel">
      <div className="release-intro muted">
        Runs the studio&apos;s checks (what the Problems panel shows), then <code>appBuild</code> from the app&apos;s own twenty-sdk: the
        tarball <code>twenty dev:build --tarball</code> would make.
      </div>
      <div className="release-actions">
        <button type="button" className="button primary" data-testid="package-build" disabled={building} onClick={() => void store.getState().build()}>
          <Icon name="box" /> {building ? 'Packaging…' : result ? 'Package again' : 'Package'}
        </button>
      </div>
      <ProgressLog />
      {error && (
        <div className="notice error" data-testid="package-call-error">
          <strong className="mono">{error.code}</strong> {error.message}
        </div>
      )}
      {result?.success === true && <PackageSuccessView result={result} />}
      {result?.success === false && <PackageFailureView result={result} />}
      <PackageCompare />
      <DeploySection />
    </div>
  );
}
