const REASONS: Record<number, string> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 304: 'Not Modified',
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict',
  413: 'Payload Too Large', 422: 'Unprocessable Entity', 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** `404 Not Found`, coloured by class. */
export function HttpStatus({ status, testId }: { status: number; testId?: string }) {
  const tone = status >= 400 ? 'error' : status >= 300 ? 'redirect' : 'ok';
  return (
    <span className={`http-code http-code-${tone}`} data-testid={testId}>
      {status} {REASONS[status] ?? ''}
    </span>
  );
}
