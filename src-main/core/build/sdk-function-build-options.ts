/**
 * The esbuild options `twenty dev:build` uses for logic functions (twenty-sdk 2.43,
 * dist/login-*.mjs: the logic-function file builder and its `twenty-sdk-define-stub` plugin),
 * kept verbatim so a bundle built by the studio is the bundle the server would run.
 */
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** Everything else, `twenty-sdk/logic-function` included, is inlined into the bundle. */
export const SDK_FUNCTION_EXTERNALS: readonly string[] = [
  'twenty-client-sdk/core',
  'twenty-client-sdk/metadata',
  'path',
  'fs',
  'crypto',
  'stream',
  'util',
  'os',
  'url',
  'http',
  'https',
  'events',
  'buffer',
  'querystring',
  'assert',
  'zlib',
  'net',
  'tls',
  'child_process',
  'worker_threads',
];

/** Lets CommonJS code inlined into the ESM bundle call `require` (twenty-shared's NODE_ESM_CJS_BANNER). */
export const SDK_FUNCTION_BANNER = {
  js: "import { createRequire as __createRequire } from 'module';\nconst require = __createRequire(import.meta.url);",
};

export const DEFINE_STUB_NAMESPACE = 'twenty-sdk-define-stub';
export const DEFINE_STUB_PATH = '__twenty-sdk-define-stub__';

const DEFINE_STUB_PRELUDE = `
// Auto-generated stub for twenty-sdk/define injected by the SDK CLI build.
// Real implementations would pull in zod, twenty-shared and ~1MB of code; at
// runtime only \`default.config.handler\` is consumed, so tiny no-ops suffice.
const __defineFactoryStub = (config) => ({
  success: true,
  config,
  errors: [],
});

const __anyHandler = {
  get(_target, prop) {
    if (prop === '__esModule') return true;
    if (prop === Symbol.toPrimitive) return () => '';
    if (typeof prop === 'symbol') return undefined;
    return new Proxy(() => undefined, __anyHandler);
  },
  apply() {
    return new Proxy(() => undefined, __anyHandler);
  },
};
const __anyStub = new Proxy(() => undefined, __anyHandler);
`;

type Primitive = string | number | boolean;
const isPrimitive = (value: unknown): value is Primitive =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
const isPlainRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The stub's source, derived from the real `twenty-sdk/define` exports with the SDK's own rule:
 * `define*` and `createValidationResult` become the factory stub, primitives and flat records of
 * primitives (enums) are inlined as JSON, everything else is an inert proxy.
 */
export const buildDefineStubSource = (defineExports: Record<string, unknown>): string => {
  const factories: string[] = [];
  const plainData: string[] = [];
  const other: string[] = [];
  for (const name of Object.keys(defineExports).sort()) {
    if (name === 'default') continue;
    const value = defineExports[name];
    if (/^define[A-Z]/.test(name) || name === 'createValidationResult') factories.push(name);
    else if (isPrimitive(value) || (isPlainRecord(value) && Object.values(value).every(isPrimitive))) plainData.push(name);
    else other.push(name);
  }
  const lines = [
    ...factories.map((name) => `export const ${name} = __defineFactoryStub;`),
    ...plainData.map((name) => `export const ${name} = ${JSON.stringify(defineExports[name])};`),
    ...other.map((name) => `export const ${name} = __anyStub;`),
  ];
  return `${DEFINE_STUB_PRELUDE}\n${lines.join('\n')}\n`;
};

let stubSource: Promise<string> | undefined;

/**
 * Loaded once from the studio's own twenty-sdk (the version the studio is pinned to), never from
 * the app's node_modules: nothing of the app is evaluated in the studio process.
 */
export const loadDefineStubSource = (): Promise<string> => {
  stubSource ??= import('twenty-sdk/define').then((module) => buildDefineStubSource({ ...module }));
  return stubSource;
};

/**
 * What the define stub is made from, without loading it (importing twenty-sdk/define costs a one-shot
 * CLI call 0.3-0.6 s): the studio's own twenty-sdk entry, its size and time. A reused build is keyed by it.
 */
let defineEntry: string | undefined;
export const defineStubStamp = async (): Promise<string> => {
  // Resolved once per process (the package's exports map, a walk up node_modules): its stat is the check.
  const entry = (defineEntry ??= createRequire(typeof __filename === 'string' ? __filename : import.meta.url).resolve('twenty-sdk/define'));
  const info = await stat(entry);
  return `${entry}:${info.size}:${info.mtimeMs}`;
};
