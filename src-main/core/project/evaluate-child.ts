/**
 * Child process that evaluates bundled entity files, as the SDK's manifest builder does: run the CommonJS
 * bundle, read `module.exports.default` (the `{ success, config, errors, warnings }` a define*() returns).
 * User code runs here, never in the studio's own process. Functions in the config become
 * `{ "__function": name }` so the result survives the JSON trip back.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import { startParentWatchdog } from '../runner/parent-watchdog';

interface EvaluateRequest { id: number; appDir: string; file: string; absolutePath: string; code: string }

function toJson(value: unknown, seen: WeakSet<object>): unknown {
  if (typeof value === 'function') return { __function: value.name || 'anonymous' };
  if (value === undefined || typeof value === 'symbol') return undefined;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toJSON();
  if (value === null || typeof value !== 'object') return typeof value === 'number' && !Number.isFinite(value) ? null : value;
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  let result: unknown;
  if (Array.isArray(value)) result = value.map((item) => toJson(item, seen) ?? null);
  else {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const converted = toJson(item, seen);
      if (converted !== undefined) out[key] = converted;
    }
    result = out;
  }
  seen.delete(value);
  return result;
}

function describeError(error: unknown): { name: string; message: string; stack?: string } {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: 'Error', message: `Thrown value: ${String(error)}` };
}

function evaluate(request: EvaluateRequest) {
  const requireFromApp = createRequire(join(request.appDir, 'package.json'));
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = vm.compileFunction(request.code, ['exports', 'require', 'module', '__filename', '__dirname'], { filename: request.absolutePath });
  wrapper(module.exports, requireFromApp, module, request.absolutePath, dirname(request.absolutePath));
  const exported = module.exports.default as Record<string, unknown> | undefined;
  if (exported === undefined || exported === null || typeof exported !== 'object') {
    return { ok: false as const, error: { name: 'Error', message: `Config file ${request.absolutePath} must export a config object default export` } };
  }
  const handlerIsFunction = typeof (exported.config as Record<string, unknown> | undefined)?.handler === 'function';
  return {
    ok: true as const,
    success: exported.success !== false,
    config: toJson(exported.config, new WeakSet()) ?? null,
    errors: Array.isArray(exported.errors) ? exported.errors.map(String) : [],
    warnings: Array.isArray(exported.warnings) ? exported.warnings.map(String) : [],
    handlerIsFunction,
  };
}

/** A spare process loads the app's SDK while it waits, so the next evaluation does not pay for it. */
function preload(appDir: string): void {
  try {
    createRequire(join(appDir, 'package.json'))('twenty-sdk/define');
  } catch {
    // Reported by the evaluation that needs it.
  }
}

process.on('message', (request: EvaluateRequest | { preload: string }) => {
  if ('preload' in request) {
    preload(request.preload);
    return;
  }
  let response: unknown;
  try {
    response = { id: request.id, ...evaluate(request) };
  } catch (error) {
    response = { id: request.id, ok: false, error: describeError(error) };
  }
  process.send?.(response);
});
// The studio went away (exited, crashed, SIGKILLed): nothing is left to evaluate for. Entity files
// may have left timers or sockets open, so the process would not end by itself; and top-level code
// that never ends never lets 'disconnect' run, hence the watchdog thread as well.
process.on('disconnect', () => process.exit(0));
startParentWatchdog(process.ppid);
// Entity files may leave timers or sockets open at top level; they must not keep this process from being reused.
process.on('uncaughtException', (error) => process.send?.({ id: -1, ok: false, error: describeError(error) }));
process.on('unhandledRejection', () => undefined);
