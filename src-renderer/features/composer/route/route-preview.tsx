import { useState } from 'react';
import type { RouteRequestResult } from '../../../../src-shared/contract';
import { describeError } from '../../../api/studio-error';
import { Icon } from '../../../app/icons';
import { useComposerStore } from '../use-composer';
import { HttpStatus } from './http-status';

/** The RoutePayload keys in the order the server's type declares them. */
const PAYLOAD_KEYS = ['pathParameters', 'queryStringParameters', 'headers', 'body', 'rawBody', 'requestContext', 'isBase64Encoded', 'userWorkspaceId'];

const compact = (value: unknown): string => (value === undefined ? 'undefined' : JSON.stringify(value, null, Object.keys(Object(value)).length > 3 ? 2 : undefined));

function ForwardButton({ universalIdentifier, header }: { universalIdentifier: string; header: string }) {
  const forward = useComposerStore((state) => state.forwardHeader);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  if (outcome) {
    return (
      <span className={outcome.ok ? 'muted' : 'error-text'} data-testid="route-forward-outcome">
        {outcome.text}
      </span>
    );
  }
  return (
    <button
      type="button"
      className="button small"
      data-testid="route-forward-header"
      disabled={!forward}
      // The trigger editor owns source edits; until it registers its handler the button says so.
      title={forward ? `Add ${header} to forwardedRequestHeaders in the source` : 'Coming with the trigger editor'}
      onClick={() =>
        forward?.(universalIdentifier, header).then(
          () => setOutcome({ ok: true, text: 'Added to forwardedRequestHeaders: save the file to apply it.' }),
          (error: unknown) => setOutcome({ ok: false, text: describeError(error) }),
        )
      }
    >
      Forward this header
    </button>
  );
}

/** What the server would do with the composed request, before anything runs. */
export function RoutePreview({ result, error, loading }: { result: RouteRequestResult | null; error: string | null; loading: boolean }) {
  if (error) return <div className="notice error" data-testid="route-preview-error">{error}</div>;
  if (!result) return <div className="composer-empty muted">{loading ? 'Building the preview…' : 'Type a request to see the payload the function receives.'}</div>;
  const payload = (typeof result.payload === 'object' && result.payload !== null ? result.payload : null) as Record<string, unknown> | null;
  return (
    <div className="route-preview" data-testid="route-preview" data-loading={loading}>
      <section className="preview-section">
        {result.match ? (
          <div className="preview-match" data-testid="route-preview-match">
            <Icon name="route" />
            <span>
              Runs <strong>{result.match.name ?? result.match.universalIdentifier}</strong> <span className="muted mono">{result.match.path}</span>
            </span>
          </div>
        ) : (
          <div className="preview-match preview-miss" data-testid="route-preview-match">
            <Icon name="warning" /> No function runs.
          </div>
        )}
        {result.matches.length > 1 && (
          <div className="notice warning" data-testid="route-preview-several">
            {result.matches.length} routes match; the first wins and the others never run: {result.matches.slice(1).map((match) => match.name ?? match.universalIdentifier).join(', ')}.
          </div>
        )}
        {result.response && (
          <div className="preview-answer" data-testid="route-preview-answer">
            The server answers <HttpStatus status={result.response.status} /> without running a function.
          </div>
        )}
        {!result.match && result.closest.length > 0 && (
          <div className="preview-closest" data-testid="route-preview-closest">
            <div className="muted">Closest routes:</div>
            <ul>
              {result.closest.map((route) => (
                <li key={route.universalIdentifier}>
                  <span className="mono">
                    {route.httpMethod} {route.path}
                  </span>{' '}
                  <span className="muted">
                    {route.name} · {route.reason === 'method-differs' ? 'the method differs' : 'similar path'}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      {(result.droppedHeaders.length > 0 || result.missingForwardedHeaders.length > 0) && (
        <section className="preview-section">
          <h4 className="preview-heading">Headers the function does not see</h4>
          <ul className="dropped-list" data-testid="route-dropped-headers">
            {result.droppedHeaders.map((header) => (
              <li key={`${header.name}:${header.value}`} className="dropped-header" data-testid="route-dropped-header" data-name={header.name.toLowerCase()}>
                <span className="mono">{header.name.toLowerCase()}</span>
                <span className="muted">{header.reason === 'credential' ? 'a credential: never forwarded' : 'not in forwardedRequestHeaders'}</span>
                {header.reason === 'not-forwarded' && result.match && <ForwardButton universalIdentifier={result.match.universalIdentifier} header={header.name.toLowerCase()} />}
              </li>
            ))}
            {result.missingForwardedHeaders.map((name) => (
              <li key={name} className="dropped-header" data-testid="route-missing-header">
                <span className="mono">{name}</span>
                <span className="muted">forwarded, but absent from this request</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {result.warnings.length > 0 && (
        <section className="preview-section">
          {result.warnings.map((warning) => (
            <div key={warning} className="notice warning">
              {warning}
            </div>
          ))}
        </section>
      )}

      {payload && (
        <section className="preview-section">
          <h4 className="preview-heading">RoutePayload</h4>
          <dl className="payload-facts" data-testid="route-payload">
            {[...PAYLOAD_KEYS.filter((key) => key in payload), ...Object.keys(payload).filter((key) => !PAYLOAD_KEYS.includes(key))].map((key) => (
              <div key={key} className="payload-fact" data-testid={`route-payload-${key}`}>
                <dt>{key}</dt>
                <dd>
                  <pre>{compact(payload[key])}</pre>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </div>
  );
}
