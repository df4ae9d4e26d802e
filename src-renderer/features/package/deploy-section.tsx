import { useEffect } from 'react';
import { useStudio } from '../../app/studio-context';
import { DeployConfirmDialog } from './deploy-confirm-dialog';
import { usePackage } from './use-package';

/**
 * Deploying to a remote of the `twenty` CLI (~/.twenty/config.json) through the SDK's own operations.
 * Optional: everything else in the studio works offline; this part needs a real server.
 */
export function DeploySection() {
  const store = useStudio().release.packaging;
  const remotes = usePackage((state) => state.remotes);
  const remotesError = usePackage((state) => state.remotesError);
  const remote = usePackage((state) => state.remote);
  const install = usePackage((state) => state.installAfterDeploy);
  const confirmation = usePackage((state) => state.confirmation);
  const describing = usePackage((state) => state.describing);
  const deploying = usePackage((state) => state.deploying);
  const result = usePackage((state) => state.deployResult);
  const error = usePackage((state) => state.deployError);

  useEffect(() => {
    if (remotes === null) void store.getState().loadRemotes();
  }, [remotes, store]);

  return (
    <section className="package-section deploy-section" data-testid="deploy-section">
      <h3 className="release-heading">Deploy to a remote</h3>
      <div className="notice warning deploy-needs-server" data-testid="deploy-needs-server">
        Deploying needs a real Twenty server: the package is uploaded and installed there, with the remotes and credentials the <code>twenty</code> CLI
        keeps in <code>~/.twenty/config.json</code>.
      </div>
      {remotesError && <div className="notice error">{remotesError}</div>}
      {remotes && remotes.length === 0 && !remotesError && (
        <div className="muted release-hint" data-testid="deploy-no-remotes">
          No remote yet: add one with <code>twenty remote add</code>, then reload.
        </div>
      )}
      <div className="release-inline-form">
        {remotes && remotes.length > 0 && (
          <select className="release-select" aria-label="Remote" data-testid="deploy-remote" value={remote} onChange={(event) => store.getState().setRemote(event.target.value)}>
            {remotes.map((candidate) => (
              <option key={candidate.name} value={candidate.name}>
                {candidate.name} — {candidate.url}
                {candidate.isDefault ? ' (default)' : ''}
                {candidate.hasCredentials ? '' : ' · no credentials'}
              </option>
            ))}
          </select>
        )}
        <label className="what-if-check">
          <input type="checkbox" data-testid="deploy-install" checked={install} onChange={(event) => store.getState().setInstallAfterDeploy(event.target.checked)} />
          install after upload
        </label>
        <button type="button" className="button" data-testid="deploy-button" disabled={!remote || describing || deploying} onClick={() => void store.getState().askToDeploy()}>
          {deploying ? 'Deploying…' : describing ? 'Checking…' : 'Deploy…'}
        </button>
        <button type="button" className="link" onClick={() => void store.getState().loadRemotes()}>
          reload remotes
        </button>
      </div>
      {error && (
        <div className="notice error" data-testid="deploy-error">
          <strong className="mono">{error.code}</strong> {error.message}
        </div>
      )}
      {result?.success === true && (
        <div className="notice deploy-success" data-testid="deploy-result" data-success="true">
          {result.packageName} {result.version} {result.installed ? 'deployed and installed' : 'deployed'} on {result.remote.url} (application {result.application.name}).
        </div>
      )}
      {result?.success === false && (
        <div className="notice error" data-testid="deploy-result" data-success="false">
          <strong className="mono">{result.error.code}</strong> at the {result.stage} step: {result.error.message}
          {(result.stage === 'describe' || result.stage === 'package') && <span> Nothing reached the server.</span>}
        </div>
      )}
      {confirmation && (
        <DeployConfirmDialog
          description={confirmation}
          install={install}
          onCancel={() => store.getState().cancelDeploy()}
          onConfirm={() => void store.getState().confirmDeploy()}
        />
      )}
    </section>
  );
}
