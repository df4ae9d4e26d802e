import type { ReleaseError } from './release-error';

/**
 * A simulation that could not run. Missing dependencies get their ways out: installing the version's
 * own dependencies (faithful, takes a package-manager run the first time), or borrowing the working
 * tree's node_modules anyway, which is faithful enough when the differences do not matter to the hooks.
 */
export function InstallErrorNotice({ error, onLinkAnyway, onInstallDependencies }: { error: ReleaseError; onLinkAnyway: () => void; onInstallDependencies: () => void }) {
  return (
    <div className="notice error release-error" role="alert" data-testid="install-error" data-code={error.code}>
      <div>
        <strong className="mono">{error.code}</strong> {error.message}
      </div>
      {error.code === 'DEPENDENCIES_NOT_INSTALLED' && (
        <div className="release-error-actions">
          <button type="button" className="button" data-testid="install-install-deps" onClick={onInstallDependencies}>
            Install its dependencies
          </button>
          <span className="muted">runs its package manager (no install scripts) in a temporary folder, then goes on; kept for the next runs</span>
          <button type="button" className="button" data-testid="install-link-anyway" onClick={onLinkAnyway}>
            Link anyway
          </button>
          <span className="muted">runs again with the working tree&apos;s node_modules for that version</span>
        </div>
      )}
    </div>
  );
}
