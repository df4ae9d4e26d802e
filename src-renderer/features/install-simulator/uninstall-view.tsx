import { InstallTimeline, stepsOfResult } from './install-timeline';
import { useInstallSimulator } from './use-install-simulator';

/** The result of an uninstall simulation: the hook with `{ version }`, then the removal (best-effort). */
export function UninstallResultView() {
  const result = useInstallSimulator((state) => state.uninstallResult);
  if (!result) return null;
  return (
    <div className="uninstall-result" data-testid="uninstall-result">
      <div className="install-outcome outcome-installed" data-outcome={result.outcome}>
        <div className="outcome-head">
          <span className="outcome-badge" data-testid="install-outcome-value">
            {result.outcome}
          </span>
          <span className="outcome-versions">{result.version ? `version ${result.version}` : 'unversioned app'}</span>
        </div>
        {result.warnings.length > 0 && (
          <ul className="release-warnings">
            {result.warnings.map((warning, index) => (
              <li key={index} className="severity-warning">
                {warning}
              </li>
            ))}
          </ul>
        )}
      </div>
      <InstallTimeline steps={stepsOfResult(result.steps)} />
    </div>
  );
}
