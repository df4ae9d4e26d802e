import { useStudio } from '../../app/studio-context';
import { ManifestDiffView } from '../install-simulator/manifest-diff-view';
import { usePackage } from './use-package';

/** Compare a fresh package with an earlier tarball: the manifest diff an upgrade between them would apply. */
export function PackageCompare() {
  const store = useStudio().release.packaging;
  const previousTarball = usePackage((state) => state.previousTarball);
  const comparing = usePackage((state) => state.comparing);
  const comparison = usePackage((state) => state.comparison);
  const error = usePackage((state) => state.compareError);
  return (
    <section className="package-section" data-testid="package-compare">
      <h3 className="release-heading">Compare with an earlier package</h3>
      <form
        className="release-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void store.getState().compare();
        }}
      >
        <input
          className="text-input release-input version-path-input"
          aria-label="Earlier tarball"
          data-testid="package-compare-path"
          placeholder="/path/to/app-1.0.0.tgz"
          value={previousTarball}
          onChange={(event) => store.getState().setPreviousTarball(event.target.value)}
        />
        <button type="submit" className="button" data-testid="package-compare-run" disabled={comparing || !previousTarball.trim()}>
          {comparing ? 'Comparing…' : 'Compare'}
        </button>
      </form>
      <div className="muted release-hint">Packages the working tree again, then diffs its manifest against the earlier tarball&apos;s.</div>
      {error && (
        <div className="notice error" data-testid="package-compare-error">
          <strong className="mono">{error.code}</strong> {error.message}
        </div>
      )}
      {comparison && (
        <div className="package-comparison" data-testid="package-comparison">
          <div className="outcome-versions">
            {comparison.previous.version ?? '?'} → {comparison.current.version ?? '?'}
          </div>
          <ManifestDiffView diff={comparison} testId="package-compare-diff" />
        </div>
      )}
    </section>
  );
}
