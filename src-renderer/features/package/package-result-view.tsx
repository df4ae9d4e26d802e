import { useState } from 'react';
import type { PackageFailure, PackageSuccess } from '../../../src-shared/contract';
import { JsonTree } from '../run/json-tree';
import { CopyPathButton, folderOf } from './copy-path-button';
import { RevealButton } from './reveal-button';
import { formatBytes } from './format-bytes';
import { LocationLink } from './location-link';

function Warnings({ warnings }: { warnings: PackageSuccess['warnings'] }) {
  if (warnings.length === 0) return null;
  return (
    <section className="package-section" data-testid="package-warnings">
      <h3 className="release-heading">
        Warnings <span className="count">{warnings.length}</span>
      </h3>
      <ul className="package-locations">
        {warnings.map((warning, index) =>
          warning.file ? (
            <LocationLink key={index} problem={warning} />
          ) : (
            <li key={index} className="severity-warning">
              {warning.message}
            </li>
          ),
        )}
      </ul>
    </section>
  );
}

/** A built package: where the tarball is, what is in it, the manifest Twenty will read. */
export function PackageSuccessView({ result }: { result: PackageSuccess }) {
  const [manifestOpen, setManifestOpen] = useState(false);
  const total = result.files.reduce((sum, file) => sum + file.sizeBytes, 0);
  return (
    <div className="package-result" data-testid="package-result">
      <div className="package-summary">
        <span className="outcome-chip outcome-installed">Packaged</span>
        <span className="mono package-tarball" data-testid="package-tarball">
          {result.tarballPath}
        </span>
        <span className="muted" data-testid="package-size">
          {formatBytes(result.sizeBytes)}
        </span>
        <span className="muted">
          twenty-sdk {result.sdk.version ?? '?'} ({result.sdk.source === 'app' ? "the app's" : "the studio's"}) · {(result.durationMs / 1000).toFixed(1)} s
        </span>
      </div>
      <div className="package-reveal" data-testid="package-reveal">
        <span className="release-label">In folder</span>
        <span className="mono">{folderOf(result.tarballPath)}</span>
        <RevealButton path={result.tarballPath} testId="package-reveal-folder" />
        <CopyPathButton path={result.tarballPath} testId="package-copy-path" />
      </div>
      <Warnings warnings={result.warnings} />
      <div className="release-columns">
        <section className="release-column package-section">
          <h3 className="release-heading">
            Files <span className="count">{result.files.length}</span>
            <span className="muted package-files-total">{formatBytes(total)} unpacked</span>
          </h3>
          <table className="package-files" data-testid="package-files">
            <tbody>
              {result.files.map((file) => (
                <tr key={file.path} data-testid="package-file" data-path={file.path}>
                  <td className="mono">{file.path}</td>
                  <td className="package-file-size">{formatBytes(file.sizeBytes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="release-column package-section">
          <h3 className="release-heading">
            <button type="button" className="step-toggle" aria-expanded={manifestOpen} data-testid="package-manifest-toggle" onClick={() => setManifestOpen(!manifestOpen)}>
              <span className="json-twisty">{manifestOpen ? '▾' : '▸'}</span> manifest.json
            </button>
          </h3>
          {manifestOpen ? <JsonTree value={result.manifest} testId="package-manifest" /> : <div className="muted">The manifest Twenty reads at install time. Open it to browse.</div>}
        </section>
      </div>
    </div>
  );
}

/** A failed package: the code and message, and each located problem as a link into the editor. */
export function PackageFailureView({ result }: { result: PackageFailure }) {
  const { error } = result;
  // The message repeats the locations the list shows as links: keep its first line, the summary.
  const summary = error.locations.length > 0 ? error.message.split('\n')[0] : error.message;
  return (
    <div className="package-failure" data-testid="package-failure" data-code={error.code}>
      <div className="notice error">
        <strong className="mono" data-testid="package-error-code">
          {error.code}
        </strong>{' '}
        <span className="package-error-message" data-testid="package-error-message">
          {summary}
        </span>
      </div>
      {error.locations.length > 0 && (
        <ul className="package-locations" data-testid="package-locations">
          {error.locations.map((location, index) => (
            <LocationLink key={index} problem={location} />
          ))}
        </ul>
      )}
      <Warnings warnings={result.warnings} />
    </div>
  );
}
