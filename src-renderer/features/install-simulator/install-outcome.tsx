import type { InstallResult, InstallSide } from '../../../src-shared/contract';

const dependencyLabels: Record<InstallSide['dependencies'], string> = {
  own: 'its own node_modules',
  'same-as-working-tree': "the working tree's node_modules (same dependencies)",
  'linked-despite-differences': "the working tree's node_modules, linked despite differences",
  missing: 'no node_modules',
};

function dependencyLabel(side: InstallSide): string {
  const install = side.dependencyInstall;
  if (!install) return dependencyLabels[side.dependencies];
  return `its own dependencies, installed with ${install.command}${install.reused ? ' (reused from an earlier run)' : ''}`;
}

function SideLine({ role, side }: { role: string; side: InstallSide }) {
  return (
    <div className="outcome-side" data-testid={`install-side-${role}`}>
      <span className="release-label">{role}</span>
      <span className="mono">{side.label}</span>
      <span className="muted">
        {side.version ? `v${side.version}` : 'no version'} · {side.build === 'prebuilt' ? 'prebuilt package' : 'built from source'} · <span data-testid="install-side-dependencies">{dependencyLabel(side)}</span>
      </span>
      {side.dependencyDifferences.length > 0 && <span className="severity-warning">differs: {side.dependencyDifferences.join(', ')}</span>}
    </div>
  );
}

/** What the simulated server answered: the outcome, the versions, the error if it failed, and the sides. */
export function InstallOutcome({ result }: { result: InstallResult }) {
  return (
    <div className={`install-outcome outcome-${result.outcome.toLowerCase()}`} data-testid="install-outcome" data-outcome={result.outcome}>
      <div className="outcome-head">
        <span className="outcome-badge" data-testid="install-outcome-value">
          {result.outcome}
        </span>
        <span className="outcome-versions">
          {result.previousVersion ? `${result.previousVersion} → ${result.newVersion}` : `fresh install of ${result.newVersion}`}
        </span>
        <span className="muted">on Twenty {result.serverVersion}</span>
      </div>
      {result.errorCode && (
        <div className="outcome-error" data-testid="install-outcome-error">
          <span className="badge error-badge">{result.errorCode}</span> {result.errorMessage}
        </div>
      )}
      {result.from && <SideLine role="From" side={result.from} />}
      <SideLine role="To" side={result.to} />
      {result.warnings.length > 0 && (
        <ul className="release-warnings" data-testid="install-warnings">
          {result.warnings.map((warning, index) => (
            <li key={index} className="severity-warning">
              {warning}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
