import { describe, expect, it } from 'vitest';
import { judgeAttempt, postInstallMaxRetries } from './post-install-job';

describe('the queued post-install job', () => {
  it('gives the handler maxRetries 3 (retryLimit: 3 is three retries after the first attempt)', () => {
    expect(postInstallMaxRetries()).toBe(3);
  });

  it.each([
    [{ status: 'SUCCESS' as const }, 0, 'succeeded'],
    [{ status: 'ERROR' as const, errorType: 'Error' }, 0, 'failed'],
    [{ status: 'ERROR' as const, errorType: 'TimeoutError' }, 1, 'failed'],
    [{ status: 'ERROR' as const, errorType: 'RetryableLogicFunctionError' }, 0, 'retry'],
    [{ status: 'ERROR' as const, errorType: 'RetryableLogicFunctionError' }, 2, 'retry'],
    [{ status: 'ERROR' as const, errorType: 'RetryableLogicFunctionError' }, 3, 'gave-up'],
  ])('%j at retryCount %i -> %s', (outcome, retryCount, expected) => {
    expect(judgeAttempt(outcome, retryCount, 3)).toBe(expected);
  });
});
