import { sep } from 'node:path';
import type { JsonValue } from '../../../src-shared/contract';
import type { HookExecution } from '../../../src-shared/contract/install';
import type { RunOutputChunk } from '../../../src-shared/contract/run';
import { judgeAttempt, postInstallMaxRetries } from '../../../src-shared/twenty/install/post-install-job';
import type { TwentyRunEnvironment } from '../runner/function-environment';
import type { FunctionRunner } from '../runner/function-runner';
import type { PreparedHook } from './prepared-version';

export interface HookRunContext {
  runner: FunctionRunner;
  environment: TwentyRunEnvironment;
  /** Live output of the attempt (0-based attempt number). */
  onOutput?: (attempt: number, chunk: RunOutputChunk) => void;
  /**
   * The temporary folder a side was materialised in: stack frames under it are shown relative to the
   * app (`src/logic-functions/post-install.ts:11:11`), not as a temp path that is gone afterwards.
   */
  temporaryRoot?: string;
}

/**
 * Runs one hook once in the sandbox, as the server's executor does: a fresh process, the payload,
 * and `context.retryCount / maxRetries` (0 / 0 for a hook run inline by the install request).
 */
export async function executeHook(
  hook: PreparedHook,
  bundlePath: string,
  payload: JsonValue,
  retry: { retryCount: number; maxRetries: number },
  context: HookRunContext,
): Promise<HookExecution> {
  const result = await context.runner.run({
    bundlePath,
    payload,
    context: retry,
    environment: context.environment,
    timeoutSeconds: hook.timeoutSeconds,
    onOutput: (chunk) => context.onOutput?.(retry.retryCount, chunk),
  }).result;
  return {
    hook: hook.hook,
    functionUniversalIdentifier: hook.universalIdentifier,
    functionName: hook.name,
    payload,
    context: retry,
    data: result.data,
    logs: result.logs,
    duration: result.duration,
    status: result.status,
    ...(result.error ? { error: { ...result.error, stackTrace: relativeFrames(result.error.stackTrace, context.temporaryRoot) } } : {}),
    calls: result.calls,
  };
}

function relativeFrames(stackTrace: string, root: string | undefined): string {
  return root ? stackTrace.split(`${root}${sep}`).join('') : stackTrace;
}

/**
 * The worker's side of a queued post-install: runs the job until it succeeds, fails with a
 * non-retryable error, or has used its retries (post-install-job.ts has the rule and its source).
 */
export async function runQueuedPostInstall(
  hook: PreparedHook,
  bundlePath: string,
  payload: JsonValue,
  context: HookRunContext & { onAttempt?: (execution: HookExecution) => void },
): Promise<{ attempts: HookExecution[]; job: 'succeeded' | 'failed' | 'gave-up' }> {
  const maxRetries = postInstallMaxRetries();
  const attempts: HookExecution[] = [];
  for (let retryCount = 0; ; retryCount += 1) {
    const execution = await executeHook(hook, bundlePath, payload, { retryCount, maxRetries }, context);
    const verdict = judgeAttempt({ status: execution.status, errorType: execution.error?.errorType }, retryCount, maxRetries);
    const judged = { ...execution, verdict };
    attempts.push(judged);
    context.onAttempt?.(judged);
    if (verdict !== 'retry') return { attempts, job: verdict };
  }
}
