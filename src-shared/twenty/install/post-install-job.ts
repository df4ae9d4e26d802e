/**
 * How the server's worker runs a queued post-install hook (twenty-server `LogicFunctionJobRunnerService`,
 * fed by the install with `{ retryLimit: 3 }`).
 *
 * `retryLimit: 3` means three retries, so at most four attempts: the queue is given
 * `attempts: 1 + retryLimit`, the handler sees `context.maxRetries = min(3, retryLimit) = 3` and
 * `context.retryCount` = 0, 1, 2, 3. Only an error whose name is `RetryableLogicFunctionError`
 * (class from `twenty-sdk/logic-function`) is retried; any other error completes the job (the
 * install has already returned, nobody is told). A retryable error at retryCount = maxRetries gives up.
 */
export const POST_INSTALL_RETRY_LIMIT = 3;
export const LOGIC_FUNCTION_APPLICATION_RETRY_LIMIT = 3;
export const RETRYABLE_LOGIC_FUNCTION_ERROR_NAME = 'RetryableLogicFunctionError';

/** context.maxRetries given to every attempt of the queued hook. */
export const postInstallMaxRetries = (retryLimit = POST_INSTALL_RETRY_LIMIT): number => Math.min(LOGIC_FUNCTION_APPLICATION_RETRY_LIMIT, retryLimit);

export type AttemptVerdict =
  /** The handler returned: the job is done. */
  | 'succeeded'
  /** It threw something else than RetryableLogicFunctionError: the job ends, no retry. */
  | 'failed'
  /** It threw RetryableLogicFunctionError and retries are left: the queue runs it again with retryCount + 1. */
  | 'retry'
  /** It threw RetryableLogicFunctionError with no retry left: the job ends. */
  | 'gave-up';

export function judgeAttempt(outcome: { status: 'SUCCESS' | 'ERROR'; errorType?: string }, retryCount: number, maxRetries: number): AttemptVerdict {
  if (outcome.status === 'SUCCESS') return 'succeeded';
  if (outcome.errorType !== RETRYABLE_LOGIC_FUNCTION_ERROR_NAME) return 'failed';
  return retryCount >= maxRetries ? 'gave-up' : 'retry';
}
