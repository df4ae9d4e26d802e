import { useState } from 'react';
import type { RouteRequestResult } from '../../../../src-shared/contract';
import { useStudio } from '../../../app/studio-context';
import { JsonTree } from '../../run/json-tree';
import { HttpStatus } from './http-status';
import { ServerRouteHandoff } from './server-route-handoff';

type RouteResponse = NonNullable<RouteRequestResult['response']>;

const isHtml = (response: RouteResponse): boolean => /^text\/html\b/i.test(response.headers['content-type'] ?? '');

function parsedJson(body: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return { ok: false };
  }
}

/** The body as JSON tree, text, or, for HTML, a preview in a frame that may run nothing and reach nothing. */
function ResponseBody({ response }: { response: RouteResponse }) {
  const [source, setSource] = useState(false);
  if (response.bodyKind === 'empty' || response.body === '') return <div className="muted">(empty body)</div>;
  if (response.bodyKind === 'json') {
    const parsed = parsedJson(response.body);
    if (parsed.ok) return <JsonTree value={parsed.value} testId="route-response-json" />;
  }
  if (isHtml(response)) {
    return (
      <div className="html-preview">
        <label className="composer-toggle">
          <input type="checkbox" checked={source} onChange={(event) => setSource(event.target.checked)} /> Show source
        </label>
        {source ? (
          <pre className="composer-pre">{response.body}</pre>
        ) : (
          // sandbox="" : no scripts, no same-origin, no forms, no navigation of the studio.
          <iframe className="html-frame" title="HTML response preview" sandbox="" srcDoc={response.body} data-testid="route-response-html" />
        )}
      </div>
    );
  }
  return (
    <pre className="composer-pre" data-testid="route-response-text">
      {response.body}
    </pre>
  );
}

/** What the caller receives once the function ran: status, headers after the `/s/` filter, body. */
export function RouteResponseView({ result, error }: { result: RouteRequestResult | null; error: string | null }) {
  const studio = useStudio();
  if (error) return <div className="notice error" data-testid="route-response-error">{error}</div>;
  if (!result) return <div className="composer-empty muted">Send the request (Ctrl+Enter) to see the HTTP answer.</div>;
  const response = result.response;
  return (
    <div className="route-response" data-testid="route-response">
      {response ? (
        <>
          <div className="response-status-line">
            <HttpStatus status={response.status} testId="route-response-status" />
            {result.result && (
              <span className="muted">
                {result.match?.name} {result.result.status} in {Math.round(result.result.duration)} ms
              </span>
            )}
            {result.runId && (
              <button type="button" className="link" data-testid="route-response-open-run" onClick={() => void studio.runs.getState().open(result.runId!)}>
                Open run
              </button>
            )}
          </div>
          <section className="preview-section">
            <h4 className="preview-heading">Headers</h4>
            <dl className="response-headers" data-testid="route-response-headers">
              {Object.entries(response.headers).map(([name, value]) => (
                <div key={name} className="response-header" data-name={name}>
                  <dt>{name}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
            {response.droppedHeaders.length > 0 && (
              <div className="response-dropped" data-testid="route-response-dropped">
                <span className="muted">Dropped by /s/:</span>
                {response.droppedHeaders.map((header) => (
                  <span key={header.name} className="badge" data-testid="route-response-dropped-header" title={`${header.name}: ${header.value}`}>
                    {header.name}
                  </span>
                ))}
              </div>
            )}
          </section>
          {[...response.warnings, ...result.warnings].map((warning) => (
            <div key={warning} className="notice warning">
              {warning}
            </div>
          ))}
          <section className="preview-section">
            <h4 className="preview-heading">Body</h4>
            <ResponseBody response={response} />
          </section>
          <ServerRouteHandoff result={result} />
        </>
      ) : (
        <div className="notice warning">The function ran but no HTTP answer came back.</div>
      )}
      {result.result?.error && (
        <div className="notice error" data-testid="route-response-run-error">
          {result.result.error.errorType}: {result.result.error.errorMessage}
        </div>
      )}
    </div>
  );
}
