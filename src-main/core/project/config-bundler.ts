import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { readFile } from 'node:fs/promises';
import * as esbuild from 'esbuild';
import { CONDITIONAL_AVAILABILITY_PROPERTY, transformConditionalAvailability } from '../../../src-shared/twenty/conditional-availability';

export interface BundledEntity {
  file: string;
  code: string;
  /** App-relative paths of every source file this bundle read: what must trigger its re-evaluation. */
  inputs: string[];
}

export interface BundleFailure {
  file: string;
  errors: { file: string; line: number; column: number; message: string }[];
}

/** The SDK replaces these with inert proxies while it evaluates configs (manifest-mock plugin). */
const MOCKED_MODULES = ['twenty-ui', 'twenty-client-sdk/core', 'twenty-client-sdk/metadata'];
const MOCK_FILTER = new RegExp(`^(${MOCKED_MODULES.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(/.*)?$`);

const manifestMockPlugin: esbuild.Plugin = {
  name: 'manifest-mock',
  setup(build) {
    build.onResolve({ filter: MOCK_FILTER }, ({ path }) => (path.endsWith('.css') ? null : { path, namespace: 'manifest-mock' }));
    build.onLoad({ filter: /.*/, namespace: 'manifest-mock' }, () => ({
      contents: 'module.exports = new Proxy({}, { get: () => () => {} });',
      loader: 'js',
    }));
  },
};

/**
 * The SDK's conditional-availability-transform: `conditionalAvailabilityExpression: <expression>` becomes a
 * string before evaluation, so the expression's variables (which throw when touched) never run.
 */
const conditionalAvailabilityPlugin: esbuild.Plugin = {
  name: 'conditional-availability-transform',
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes(CONDITIONAL_AVAILABILITY_PROPERTY)) return null;
      const transformed = transformConditionalAvailability(text);
      return transformed === text ? null : { contents: transformed, loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts' };
    });
  },
};

function baseOptions(appDir: string): esbuild.BuildOptions {
  const tsconfig = join(appDir, 'tsconfig.json');
  const appRequire = createRequire(join(appDir, 'package.json'));
  const alias: Record<string, string> = {};
  for (const name of ['react', 'react-dom']) {
    try {
      alias[name] = dirname(appRequire.resolve(`${name}/package.json`));
    } catch {
      // Not every app has React; the SDK only aliases it when present.
    }
  }
  // The SDK's evaluation build options (twenty-sdk 2.43): CommonJS for node18, the app's tsconfig.
  return {
    absWorkingDir: appDir,
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'node18',
    jsx: 'automatic',
    tsconfig: existsSync(tsconfig) ? tsconfig : undefined,
    loader: { '.css': 'empty' },
    alias,
    plugins: [conditionalAvailabilityPlugin, manifestMockPlugin],
    // The SDK inlines twenty-sdk into every bundle; requiring it from the app's node_modules instead runs the
    // same define*() code once per evaluation process rather than compiling ~1 MB again for each file.
    external: ['twenty-sdk', 'twenty-sdk/*'],
    logLevel: 'silent',
    metafile: true,
    outdir: join(appDir, '.twenty-studio-virtual-out'),
  };
}

function toProblems(appDir: string, messages: esbuild.Message[]) {
  return messages.map((message) => ({
    file: message.location ? relative(appDir, join(appDir, message.location.file)).split('\\').join('/') : '',
    line: message.location?.line ?? 1,
    column: (message.location?.column ?? 0) + 1,
    message: message.text,
  }));
}

function collectOutputs(appDir: string, result: esbuild.BuildResult, files: string[]): BundledEntity[] {
  const outputs = result.outputFiles ?? [];
  const metafile = result.metafile!;
  const bundles: BundledEntity[] = [];
  for (const [outputPath, meta] of Object.entries(metafile.outputs)) {
    if (!meta.entryPoint || !outputPath.endsWith('.js')) continue;
    const entry = relative(appDir, join(appDir, meta.entryPoint)).split('\\').join('/');
    if (!files.includes(entry)) continue;
    const output = outputs.find((file) => file.path === join(appDir, outputPath));
    if (!output) continue;
    const inputs = Object.keys(meta.inputs)
      .filter((input) => !input.includes(':') && !input.includes('node_modules/'))
      .map((input) => relative(appDir, join(appDir, input)).split('\\').join('/'));
    bundles.push({ file: entry, code: output.text, inputs });
  }
  return bundles;
}

/**
 * Bundles entity files for evaluation in one esbuild pass. When the pass fails (a syntax error in one file
 * fails the whole build), each file is rebuilt alone so one broken file does not hide the others.
 */
export async function bundleEntities(appDir: string, files: string[]): Promise<{ bundles: BundledEntity[]; failures: BundleFailure[] }> {
  if (files.length === 0) return { bundles: [], failures: [] };
  const options = baseOptions(appDir);
  try {
    const result = await esbuild.build({ ...options, entryPoints: files });
    return { bundles: collectOutputs(appDir, result, files), failures: [] };
  } catch {
    const bundles: BundledEntity[] = [];
    const failures: BundleFailure[] = [];
    for (const file of files) {
      try {
        const result = await esbuild.build({ ...options, entryPoints: [file] });
        bundles.push(...collectOutputs(appDir, result, [file]));
      } catch (error) {
        const messages = (error as esbuild.BuildFailure).errors ?? [];
        failures.push({
          file,
          errors: messages.length > 0 ? toProblems(appDir, messages) : [{ file, line: 1, column: 1, message: String(error) }],
        });
      }
    }
    return { bundles, failures };
  }
}
