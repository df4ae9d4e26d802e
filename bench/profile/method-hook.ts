// Wraps a class's method for the profile tools: `done(ms)` once the call returns, or once the
// promise it returns settles (the caller still gets that promise, rejections included).
import { performance } from 'node:perf_hooks';

export function hookMethod(cls: unknown, name: string, hooks: { called?: () => void; done?: (ms: number) => void }): void {
  const proto = (cls as { prototype: Record<string, unknown> }).prototype;
  const original = proto[name] as ((...args: unknown[]) => unknown) | undefined;
  if (!original) return;
  proto[name] = function (this: unknown, ...args: unknown[]) {
    hooks.called?.();
    const started = performance.now();
    const result = original.apply(this, args);
    const done = () => hooks.done?.(performance.now() - started);
    if (result && typeof (result as Promise<unknown>).then === 'function') return (result as Promise<unknown>).finally(done);
    done();
    return result;
  };
}
