import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Wraps a request handler of any of the studio's HTTP servers: a throw or a rejected promise answers
 * 500 (or ends the response if it had started) and the server stays up; an aborted request or a reset
 * socket is ignored instead of becoming an unhandled 'error' event.
 */
export function guardedRequestHandler(handler: (request: IncomingMessage, response: ServerResponse) => void | Promise<void>) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    request.on('error', () => undefined);
    response.on('error', () => undefined);
    const fail = () => {
      try {
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('Internal error');
      } catch {
        response.destroy();
      }
    };
    try {
      const outcome = handler(request, response);
      if (outcome && typeof outcome.then === 'function') outcome.catch(fail);
    } catch {
      fail();
    }
  };
}
