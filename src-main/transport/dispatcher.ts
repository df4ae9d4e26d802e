import { z } from 'zod';
import { operations, type OperationName, type StudioErrorShape } from '../../src-shared/contract';
import type { OperationHandlers } from '../core/studio';
import { StudioError } from '../core/studio-error';

export type DispatchResult = { ok: true; result: unknown } | { ok: false; error: StudioErrorShape };

function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(operations, name);
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(params)'}: ${issue.message}`).join('; ');
}

/**
 * The single entry into the core for every transport: the operation must exist and its params must pass
 * its schema before a handler sees them. Errors come back as `{ code, message }`, never as a crash.
 */
export function createDispatcher(handlers: OperationHandlers) {
  return async function dispatch(op: string, params: unknown): Promise<DispatchResult> {
    if (!isOperationName(op)) return { ok: false, error: { code: 'UNKNOWN_OPERATION', message: `Unknown operation "${op}".` } };
    const parsed = operations[op].params.safeParse(params ?? {});
    if (!parsed.success) return { ok: false, error: { code: 'INVALID_PARAMS', message: `Invalid params for ${op}: ${describeIssues(parsed.error)}` } };
    try {
      const handler = handlers[op] as (input: unknown) => Promise<unknown>;
      return { ok: true, result: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof StudioError) return { ok: false, error: { code: error.code, message: error.message } };
      return { ok: false, error: { code: 'INTERNAL_ERROR', message: error instanceof Error ? error.message : String(error) } };
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
