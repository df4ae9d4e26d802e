/**
 * `esbuild` as the Node builds see it (aliased in electron.vite.config.ts): required on the first
 * build (lazy-require.ts). A one-shot `exec` whose function bundle is current (last-build-record.ts)
 * builds nothing, and should not pay for loading it. Sources keep `import * as esbuild from 'esbuild'`
 * (its types are erased); only the values they use are here: a use of any other would fail the build.
 */
import type * as Esbuild from 'esbuild';
import { lazyRequire, requireHere } from './lazy-require';

const real = lazyRequire<typeof Esbuild>('esbuild');

export const build = ((options: Esbuild.BuildOptions) => real.build(options)) as typeof Esbuild.build;
export const context = ((options: Esbuild.BuildOptions) => real.context(options)) as typeof Esbuild.context;
export const buildSync = ((options: Esbuild.BuildOptions) => real.buildSync(options)) as typeof Esbuild.buildSync;
/** From esbuild's package.json, the version its API reports: a build record is checked without loading esbuild. */
export const version: string = (requireHere('esbuild/package.json') as { version: string }).version;
