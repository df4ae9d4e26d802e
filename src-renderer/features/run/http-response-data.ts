import { isLogicFunctionHttpResponse, type LogicFunctionHttpResponse } from '../../../src-shared/twenty/route/route-response';

/**
 * A returned twenty-sdk `Response` crosses the run boundary as `{ __twentyHttpResponse: true, body,
 * status, headers }`. The server's own check decides, so an object the server would send as plain
 * JSON (a bad status, non-string headers) is shown as data here too.
 */
export function httpResponseOf(data: unknown): LogicFunctionHttpResponse | null {
  return isLogicFunctionHttpResponse(data) ? data : null;
}

/** The body as text, pretty-printed when it is JSON: that is how a person reads an API answer. */
export function displayBody(body: unknown): { text: string; isJson: boolean } {
  if (body === null || body === undefined) return { text: '', isJson: false };
  if (typeof body !== 'string') return { text: JSON.stringify(body, null, 2), isJson: true };
  try {
    return { text: JSON.stringify(JSON.parse(body), null, 2), isJson: true };
  } catch {
    return { text: body, isJson: false };
  }
}
