/**
 * `typescript` as the Node builds see it (electron.vite.config.ts's main build and the CLI bench's
 * build alias the bare specifier to this module): the very same module, required on first use.
 * TypeScript is ~9 MB of script (about 0.6-1 s to require on 2 cores), and a one-shot `exec` whose
 * model comes from the cache by content never parses a file: it must not pay for it up front.
 * Sources keep `import ts from 'typescript'`; the renderer's build and the unit tests get the package itself.
 */
import { createRequire } from 'node:module';
import type * as TypeScript from 'typescript';

type TypeScriptModule = typeof TypeScript;

let loaded: TypeScriptModule | undefined;
// Through createRequire: the bundlers leave it alone, where a literal require('typescript') here
// would be aliased back to this module. Resolved from the bundle's folder, as an external would be.
const requireHere = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);
const load = (): TypeScriptModule => (loaded ??= requireHere('typescript') as TypeScriptModule);

/** Whether anything has used TypeScript in this process yet (for tests of the one-shot paths). */
export const typescriptLoaded = (): boolean => loaded !== undefined;

const lazyTypescript = new Proxy({} as TypeScriptModule, {
  get: (_target, key) => Reflect.get(load(), key),
  has: (_target, key) => Reflect.has(load(), key),
});

export default lazyTypescript;
