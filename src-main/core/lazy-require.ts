/**
 * A package required on first use, for the Node builds: electron.vite.config.ts's main build (and the
 * CLI bench's build) alias a few bare specifiers to small modules built on this (lazy-semver.ts,
 * lazy-cron-parser.ts), as lazy-typescript.ts does for TypeScript. They are needed only to build a
 * model (SDK manifest shapes, cron patterns), which a one-shot `exec` takes from the cache by
 * content: it should not pay for loading them. Sources keep their plain imports; the renderer's
 * build and the unit tests get the packages themselves.
 */
import { createRequire } from 'node:module';

// Through createRequire: the bundlers leave it alone, where a literal require('semver') in an alias
// module would be aliased back to it. Resolved from the bundle's folder, as an external would be.
export const requireHere = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);

/**
 * An object that stands for `pick(require(specifier))`, loading the package on the first property
 * read. Functions are bound to the real object (static methods that use `this`, or its #private
 * members, see the real class, not the stand-in).
 */
export function lazyRequire<T extends object>(specifier: string, pick: (module: never) => T = (module) => module): T {
  let loaded: T | undefined;
  const load = (): T => (loaded ??= pick(requireHere(specifier) as never));
  return new Proxy({} as T, {
    get: (_target, key) => {
      const real = load();
      const value: unknown = Reflect.get(real, key);
      return typeof value === 'function' ? value.bind(real) : value;
    },
    has: (_target, key) => Reflect.has(load(), key),
  });
}
