import { useEffect } from 'react';
import { useStudio } from '../../app/studio-context';
import { ManifestDiffView } from '../install-simulator/manifest-diff-view';
import { useInstallSimulator } from '../install-simulator/use-install-simulator';
import { usePackage } from './use-package';

/**
 * Compare a fresh package with an earlier tarball or git ref: the manifest diff an upgrade between
 * them would apply, in the install simulator's diff view. Tags come from the simulator's version list.
 */
export function PackageCompare() {
  const studio = useStudio();
  const store = studio.release.packaging;
  const kind = usePackage((state) => state.compareKind);
  const target = usePackage((state) => state.compareTarget);
  const versions = useInstallSimulator((state) => state.versions);
  const comparing = usePackage((state) => state.comparing);
  const comparison = usePackage((state) => state.comparison);
  const error = usePackage((state) => state.compareError);

  useEffect(() => {
    if (kind === 'git' && !versions) void studio.release.install.getState().loadVersions();
  }, [kind, versions, studio]);

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
        <select className="release-select" aria-label="Compare with" data-testid="package-compare-kind" value={kind} onChange={(event) => store.getState().setCompareKind(event.target.value as 'tarball' | 'git')}>
          <option value="tarball">a tarball</option>
          <option value="git">a git ref</option>
        </select>
        <input
          className="text-input release-input version-path-input"
          aria-label={kind === 'git' ? 'Earlier git ref' : 'Earlier tarball'}
          data-testid="package-compare-path"
          placeholder={kind === 'git' ? 'v1.0.0' : '/path/to/app-1.0.0.tgz'}
          list={kind === 'git' ? 'package-compare-refs' : undefined}
          value={target}
          onChange={(event) => store.getState().setCompareTarget(event.target.value)}
        />
        {kind === 'git' && (
          <datalist id="package-compare-refs">
            {[...(versions?.tags ?? []), ...(versions?.commits ?? [])].map((version) => (
              <option key={version.ref} value={version.ref}>
                {version.subject}
              </option>
            ))}
          </datalist>
        )}
        <button type="submit" className="button" data-testid="package-compare-run" disabled={comparing || !target.trim()}>
          {comparing ? 'Comparing…' : 'Compare'}
        </button>
      </form>
      <div className="muted release-hint">Packages the working tree again, then diffs its manifest against the earlier version&apos;s: what an upgrade from it would change.</div>
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
