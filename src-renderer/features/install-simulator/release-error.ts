import { describeError } from '../../api/studio-error';

/** An operation that failed outright (not a FAILED outcome): the core's code and message. */
export interface ReleaseError {
  code: string;
  message: string;
}

/** The code and message of whatever a call threw; both transports reject with an error carrying a code. */
export function toReleaseError(error: unknown): ReleaseError {
  const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : 'ERROR';
  return { code, message: describeError(error) };
}
