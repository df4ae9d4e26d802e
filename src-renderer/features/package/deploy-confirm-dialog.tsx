import type { DeployDescription } from '../../../src-shared/contract';
import { Dialog } from '../../app/dialog';

/** The last stop before anything reaches a server: names the server and the version that will land there. */
export function DeployConfirmDialog({ description, install, onCancel, onConfirm }: { description: DeployDescription; install: boolean; onCancel: () => void; onConfirm: () => void }) {
  return (
    <Dialog title="Deploy to a Twenty server" onClose={onCancel} testId="deploy-confirm">
      <div className="dialog-body deploy-confirm-body">
        <p>
          Deploy <strong className="mono" data-testid="deploy-confirm-package">{description.packageName}</strong> version{' '}
          <strong className="mono" data-testid="deploy-confirm-version">{description.version}</strong> to
        </p>
        <p className="deploy-confirm-server">
          <strong className="mono" data-testid="deploy-confirm-url">{description.remote.url}</strong> <span className="muted">(remote “{description.remote.name}”)</span>
        </p>
        <p className="muted">
          {install ? 'The package is uploaded, then installed in the workspace (its install hooks run on the server).' : 'The package is uploaded and registered, not installed.'}
        </p>
        {!description.hasCredentials && (
          <div className="notice warning">This remote has no credentials: run <code>twenty remote add</code> (or log in) first, or the server will refuse the upload.</div>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" data-testid="deploy-cancel" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button primary" data-testid="deploy-confirm-button" onClick={onConfirm}>
          Deploy {description.version} to {description.remote.name}
        </button>
      </div>
    </Dialog>
  );
}
