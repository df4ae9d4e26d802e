import { useMemo } from 'react';
import type { RunError } from '../../../src-shared/contract';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { RemoteActions } from '../run-settings/remote-actions';
import { stackSegments } from './stack-frames';

/** The twenty-client-sdk stub's message until `twenty dev:generate-client` (or the studio) writes the real client. */
const clientStubMarker = 'CoreApiClient was not generated';

function ClientStubHelp() {
  const studio = useStudio();
  return (
    <div className="notice info" data-testid="run-client-stub-help">
      <strong>The typed API client has not been generated.</strong> <code>CoreApiClient</code> from{' '}
      <code>twenty-client-sdk/core</code> is generated from a workspace&apos;s schema, so it needs a Twenty server: choose a{' '}
      <button type="button" className="link inline-link" onClick={() => studio.layout.getState().openDialog('run-settings')}>
        Remote target in the run settings
      </button>
      , then generate the client for it.
      <RemoteActions only="generate" />
    </div>
  );
}

/** The error of a failed run: type, message, and the stack trace with the app's frames as links into the editor. */
export function RunErrorView({ error }: { error: RunError }) {
  const studio = useStudio();
  const appDir = useStudioStore('project', (state) => state.model?.appDir ?? '');
  const segments = useMemo(() => stackSegments(error.stackTrace, appDir), [error.stackTrace, appDir]);
  return (
    <div className="run-error" data-testid="run-error">
      <div className="run-error-title">
        <span className="run-error-type" data-testid="run-error-type">
          {error.errorType}
        </span>
        <span className="run-error-message" data-testid="run-error-message">
          {error.errorMessage}
        </span>
      </div>
      {error.errorMessage.includes(clientStubMarker) && <ClientStubHelp />}
      {error.stackTrace && (
        <pre className="run-pre run-stack" data-testid="run-stack">
          {segments.map((segment, index) =>
            segment.kind === 'text' ? (
              <span key={index}>{segment.text}</span>
            ) : (
              // A link, not a button: it must flow inside the trace's text and wrap with it.
              <a
                key={index}
                href="#"
                className="stack-frame"
                data-testid="run-stack-frame"
                data-file={segment.file}
                title={`Open ${segment.file} at line ${segment.line}`}
                onClick={(event) => {
                  event.preventDefault();
                  void studio.editor.getState().openFile(segment.file, { line: segment.line, column: segment.column });
                }}
              >
                {segment.text}
              </a>
            ),
          )}
        </pre>
      )}
    </div>
  );
}
