import type { LogicFunctionHttpResponse } from '../../../src-shared/twenty/route/route-response';
import { displayBody } from './http-response-data';

const reasons: Record<number, string> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 304: 'Not Modified',
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 422: 'Unprocessable Entity',
  429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable',
};

/** A returned `Response`, read as an HTTP answer: status line, headers, body. */
export function HttpResponseView({ response }: { response: LogicFunctionHttpResponse }) {
  const status = response.status ?? 200;
  const headers = Object.entries(response.headers ?? {});
  const body = displayBody(response.body);
  const tone = status >= 400 ? 'error' : status >= 300 ? 'redirect' : 'ok';
  return (
    <div className="http-response" data-testid="run-http-response">
      <div className="http-status-line">
        <span className={`http-status http-status-${tone}`} data-testid="run-http-status">
          {status}
        </span>
        <span className="muted">{reasons[status] ?? ''}</span>
      </div>
      {headers.length > 0 && (
        <dl className="http-headers" data-testid="run-http-headers">
          {headers.map(([name, value]) => (
            <div key={name} className="http-header">
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <pre className="run-pre http-body" data-testid="run-http-body">
        {body.text || <span className="muted">(empty body)</span>}
      </pre>
    </div>
  );
}
