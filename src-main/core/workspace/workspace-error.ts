/**
 * An error the workspace API answers with, in the server's terms: the GraphQL `extensions.code`
 * (BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN, INTERNAL_SERVER_ERROR, ...) and the HTTP
 * status REST answers with. Never a stack trace of the emulator.
 */
export type WorkspaceErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CONFLICT' | 'INTERNAL_SERVER_ERROR' | 'METHOD_NOT_ALLOWED';

const STATUS: Record<WorkspaceErrorCode, number> = {
  BAD_USER_INPUT: 400, NOT_FOUND: 404, UNAUTHENTICATED: 401, FORBIDDEN: 403, CONFLICT: 409, INTERNAL_SERVER_ERROR: 500, METHOD_NOT_ALLOWED: 405,
};

export class WorkspaceApiError extends Error {
  readonly status: number;
  constructor(readonly code: WorkspaceErrorCode, message: string) {
    super(message);
    this.name = 'WorkspaceApiError';
    this.status = STATUS[code];
  }
}

export const badInput = (message: string) => new WorkspaceApiError('BAD_USER_INPUT', message);
