import { useStudio } from '../../app/studio-context';
import { hookCell, sourceKey } from './install-matrix-rows';
import { matrixCandidates } from './install-simulator-store';
import { InstallOutcome } from './install-outcome';
import { InstallTimeline, stepsOfResult } from './install-timeline';
import { ManifestDiffView } from './manifest-diff-view';
import { useInstallSimulator } from './use-install-simulator';
import { sourceLabel, toVersionSource } from './version-choice';

/** Matrix mode's From sides: a fresh install, the tags, the recent commits, as checkboxes. */
export function MatrixPicks() {
  const store = useStudio().release.install;
  const versions = useInstallSimulator((state) => state.versions);
  const selection = useInstallSimulator((state) => state.matrixSelection);
  const candidates = matrixCandidates(versions);
  const tags = versions?.tags.map((tag): { kind: 'git'; ref: string } => ({ kind: 'git', ref: tag.ref })) ?? [];
  return (
    <div className="matrix-picks">
      <div className="matrix-picks-head">
        <span className="release-label">From (one row each)</span>
        <button type="button" className="link" data-testid="matrix-every-tag" disabled={tags.length === 0} onClick={() => store.getState().setMatrixSelection([{ kind: 'none' }, ...tags])}>
          fresh + every tag
        </button>
        <button type="button" className="link" onClick={() => store.getState().setMatrixSelection([])}>
          none
        </button>
      </div>
      <div className="matrix-candidates">
        {candidates.map((source) => {
          const key = sourceKey(source);
          return (
            <label key={key} className="matrix-candidate">
              <input type="checkbox" data-testid="matrix-candidate" data-key={key} checked={selection.includes(key)} onChange={() => store.getState().toggleMatrixSource(source)} />
              {sourceLabel(source)}
            </label>
          );
        })}
      </div>
    </div>
  );
}

/** Matrix mode's results: several From sides against the same To, run one after the other, one row per pair. */
export function InstallMatrix() {
  const store = useStudio().release.install;
  const rows = useInstallSimulator((state) => state.matrixRows);
  const shownKey = useInstallSimulator((state) => state.matrixShown);
  const to = useInstallSimulator((state) => state.to);
  const running = useInstallSimulator((state) => state.running);
  const toSide = toVersionSource(to);
  const toLabel = 'source' in toSide ? sourceLabel(toSide.source) : '…';
  const shown = rows.find((row) => row.key === shownKey);

  return (
    <div className="install-matrix" data-testid="install-matrix">
      {rows.length > 0 && (
        <div className="matrix-table-scroll">
          <table className="matrix-table" data-testid="matrix-table">
            <thead>
              <tr>
                <th>From → {toLabel}</th>
                <th>Outcome</th>
                <th>Error code</th>
                <th>Pre-install</th>
                <th>Post-install</th>
                <th>Destructive</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr
                  key={row.key}
                  className={`matrix-row ${row.key === shownKey ? 'is-selected' : ''}`}
                  data-testid="matrix-row"
                  data-key={row.key}
                  data-state={row.state}
                  data-outcome={row.result?.outcome ?? ''}
                  onClick={() => row.result && store.getState().showMatrixRow(row.key === shownKey ? null : row.key)}
                  title={row.result ? 'Show this pair’s timeline' : undefined}
                >
                  <td className="mono">{sourceLabel(row.from)}</td>
                  <td data-testid="matrix-outcome">
                    {row.state === 'pending' && <span className="muted">waiting</span>}
                    {row.state === 'running' && (
                      <span className="matrix-running">
                        <span className="spinner" /> running
                      </span>
                    )}
                    {row.result && <span className={`outcome-chip outcome-${row.result.outcome.toLowerCase()}`}>{row.result.outcome}</span>}
                    {row.error && <span className="severity-error">could not run</span>}
                  </td>
                  <td className="mono" data-testid="matrix-error-code" title={row.result?.errorMessage ?? row.error?.message}>
                    {row.result?.errorCode ?? row.error?.code ?? ''}
                  </td>
                  <td data-testid="matrix-pre">{hookCell(row.result, 'PRE_INSTALL_HOOK')}</td>
                  <td data-testid="matrix-post">{hookCell(row.result, 'POST_INSTALL_HOOK')}</td>
                  <td className={row.result && row.result.diff.destructive.length > 0 ? 'severity-error' : ''}>{row.result ? row.result.diff.destructive.length : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > 0 && !running && !shown && <div className="muted release-hint">Click a row to see its timeline.</div>}
      {shown?.result && (
        <div className="matrix-detail" data-testid="matrix-detail">
          <InstallOutcome result={shown.result} />
          <div className="release-columns">
            <section className="release-column">
              <h3 className="release-heading">Timeline</h3>
              <InstallTimeline steps={stepsOfResult(shown.result.steps)} />
            </section>
            <section className="release-column">
              <h3 className="release-heading">Manifest diff</h3>
              <ManifestDiffView diff={shown.result.diff} />
            </section>
          </div>
        </div>
      )}
    </div>
  );
}
