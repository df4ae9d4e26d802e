import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { functionBuildCacheDir } from './bundle-cache-folder';
import { FunctionBundler } from './function-bundler';
import { SDK_FUNCTION_EXTERNALS, buildDefineStubSource } from './sdk-function-build-options';

const repoRoot = resolve(__dirname, '../../..');
const fixtureApp = join(repoRoot, 'test/fixtures/apps/runner-app');
const functionPaths = readdirSync(join(fixtureApp, 'src/logic-functions')).map((file) => `src/logic-functions/${file}`);

let scratch: string;
const bundlers: FunctionBundler[] = [];

beforeAll(() => {
  // Copies of the fixture find twenty-sdk by parent-dir lookup, as the fixture itself does in the repo.
  scratch = mkdtempSync(join(tmpdir(), 'studio-bundler-'));
  symlinkSync(join(repoRoot, 'node_modules'), join(scratch, 'node_modules'), 'junction');
});
afterEach(async () => {
  await Promise.all(bundlers.splice(0).map((bundler) => bundler.dispose()));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const copyApp = (): string => {
  const appDir = mkdtempSync(join(scratch, 'app-'));
  cpSync(fixtureApp, appDir, { recursive: true });
  return appDir;
};

const newBundler = (appDir: string, sourcePaths = functionPaths) => {
  const cacheDir = functionBuildCacheDir(join(scratch, 'user-data'), appDir);
  const bundler = new FunctionBundler({ appDir, cacheDir, sourcePaths });
  bundlers.push(bundler);
  return bundler;
};

describe('FunctionBundler', () => {
  it('writes one ESM bundle per function into the cache folder, never into .twenty/output', async () => {
    const appDir = copyApp();
    const bundler = newBundler(appDir);
    const outcome = await bundler.build();

    expect(outcome.ok).toBe(true);
    expect(outcome.problems).toEqual([]);
    expect(outcome.bundles).toHaveLength(functionPaths.length);
    const echo = bundler.getBundle('src/logic-functions/echo.ts')!;
    expect(echo.stale).toBe(false);
    expect(echo.bundlePath).toBe(join(bundler.cacheDir, 'src/logic-functions/echo.mjs'));
    expect(echo.bundlePath!.startsWith(join(scratch, 'user-data', 'build-cache'))).toBe(true);
    expect(existsSync(`${echo.bundlePath}.map`)).toBe(true);
    expect(existsSync(join(appDir, '.twenty'))).toBe(false);

    const code = readFileSync(echo.bundlePath!, 'utf8');
    // The SDK's banner, first thing in the file.
    expect(code.startsWith("import { createRequire as __createRequire } from 'module';\nconst require = __createRequire(import.meta.url);")).toBe(true);
    // twenty-sdk/define is the stub, not the real 1 MB module; the tsconfig path `src/lib/format` is inlined.
    expect(code).toContain('__defineFactoryStub');
    expect(code).toContain('payload keys: ');
    expect(code).toMatch(/\/\/# sourceMappingURL=echo\.mjs\.map/);
  });

  it('keeps twenty-client-sdk external and resolvable from the cache folder at run time', async () => {
    const appDir = copyApp();
    const bundler = newBundler(appDir, ['src/logic-functions/use-client-sdk.ts']);
    const outcome = await bundler.build();
    expect(outcome.nodeModules).toBe(join(scratch, 'node_modules'));
    const bundlePath = bundler.getBundle('src/logic-functions/use-client-sdk.ts')!.bundlePath!;
    expect(readFileSync(bundlePath, 'utf8')).toMatch(/from "twenty-client-sdk\/metadata"/);

    const probe = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `const m = await import(${JSON.stringify(bundlePath)}); console.log(JSON.stringify(m.default.config.handler()))`],
      { encoding: 'utf8', cwd: tmpdir(), env: { PATH: process.env.PATH } },
    );
    expect(probe.stderr).toBe('');
    expect(JSON.parse(probe.stdout).client).toBe('function');
  });

  it('rebuilds incrementally and reports only the functions whose bundle changed', async () => {
    const appDir = copyApp();
    const bundler = newBundler(appDir);
    await bundler.build();
    const again = await bundler.build();
    expect(again.ok).toBe(true);
    expect(again.changed).toEqual([]);

    const file = join(appDir, 'src/logic-functions/read-env.ts');
    writeFileSync(file, readFileSync(file, 'utf8').replace('({ env: { ...process.env } })', "({ env: { ...process.env }, edited: 'yes' })"));
    const edited = await bundler.build();
    expect(edited.changed).toEqual(['src/logic-functions/read-env.ts']);
    expect(readFileSync(bundler.getBundle('src/logic-functions/read-env.ts')!.bundlePath!, 'utf8')).toContain("edited: \"yes\"");
  });

  it('keeps the last good bundle on a build error, marks only affected functions stale, and locates the error', async () => {
    const appDir = copyApp();
    const bundler = newBundler(appDir);
    await bundler.build();
    const echoPath = bundler.getBundle('src/logic-functions/echo.ts')!.bundlePath!;
    const goodEcho = readFileSync(echoPath, 'utf8');

    // A syntax error in a file only echo imports (through the tsconfig path).
    writeFileSync(join(appDir, 'src/lib/format.ts'), "export const describe = (value: unknown): string => {\n  return 'x' +;\n};\n");
    const broken = await bundler.build();

    expect(broken.ok).toBe(false);
    expect(broken.problems).toHaveLength(1);
    expect(broken.problems[0]).toMatchObject({ file: 'src/lib/format.ts', line: 2, severity: 'error' });
    expect(broken.problems[0]!.column).toBeGreaterThan(1);
    expect(broken.problems[0]!.message).toMatch(/Unexpected/);
    expect(bundler.getBundle('src/logic-functions/echo.ts')).toMatchObject({ stale: true, bundlePath: echoPath });
    expect(readFileSync(echoPath, 'utf8')).toBe(goodEcho);
    expect(bundler.getBundle('src/logic-functions/read-env.ts')!.stale).toBe(false);

    // Fixing it clears the stale flag.
    writeFileSync(join(appDir, 'src/lib/format.ts'), "export const describe = (value: unknown): string => `fixed ${String(value)}`;\n");
    const fixed = await bundler.build();
    expect(fixed.ok).toBe(true);
    expect(bundler.getBundle('src/logic-functions/echo.ts')!.stale).toBe(false);
    expect(readFileSync(echoPath, 'utf8')).toContain('fixed ');
  });

  it('marks a function stale when its file changed during a failing build of another one', async () => {
    const appDir = copyApp();
    const bundler = newBundler(appDir);
    await bundler.build();
    const readEnv = join(appDir, 'src/logic-functions/read-env.ts');
    writeFileSync(readEnv, `${readFileSync(readEnv, 'utf8')}\n// touched\n`);
    writeFileSync(join(appDir, 'src/logic-functions/throw-string.ts'), 'export default (\n');
    const outcome = await bundler.build();
    expect(outcome.ok).toBe(false);
    expect(outcome.problems[0]!.file).toBe('src/logic-functions/throw-string.ts');
    expect(bundler.getBundle('src/logic-functions/read-env.ts')!.stale).toBe(true);
    expect(bundler.getBundle('src/logic-functions/throw-string.ts')!.stale).toBe(true);
    expect(bundler.getBundle('src/logic-functions/echo.ts')!.stale).toBe(false);
  });

  it('reports an unresolved import at its file and line', async () => {
    const appDir = copyApp();
    writeFileSync(join(appDir, 'src/logic-functions/echo.ts'), "import { nothing } from './does-not-exist';\nexport default nothing;\n");
    const outcome = await newBundler(appDir, ['src/logic-functions/echo.ts']).build();
    expect(outcome.ok).toBe(false);
    expect(outcome.problems[0]).toMatchObject({ file: 'src/logic-functions/echo.ts', line: 1, column: 25 });
    expect(outcome.problems[0]!.message).toContain('Could not resolve "./does-not-exist"');
    expect(outcome.bundles[0]).toMatchObject({ bundlePath: null, stale: true });
  });

  it('a new bundler (a new process) reuses the last build while nothing it was made of changed', async () => {
    const appDir = copyApp();
    const first = await newBundler(appDir).build();
    expect(first.ok).toBe(true);
    expect(first.reused).toBeUndefined();
    const firstEcho = first.bundles.find((bundle) => bundle.sourcePath === 'src/logic-functions/echo.ts')!;

    const again = newBundler(appDir);
    const reused = await again.build();
    expect(reused).toMatchObject({ ok: true, reused: true, problems: [] });
    expect(again.getBundle('src/logic-functions/echo.ts')).toMatchObject({ bundlePath: firstEcho.bundlePath, stale: false });
    expect(again.inputsOf('src/logic-functions/echo.ts')).toContain(join(appDir, 'src/logic-functions/echo.ts'));
    expect(again.hashOf('src/logic-functions/echo.ts')).toMatch(/^[0-9a-f]{16}$/);

    // An input's content changed (same set of files): a real build, with the new code in the bundle.
    const echoPath = join(appDir, 'src/logic-functions/echo.ts');
    writeFileSync(echoPath, `${readFileSync(echoPath, 'utf8')}\nexport const reuseMarker = 'changed-after-the-last-build';\n`);
    const rebuilt = await newBundler(appDir).build();
    expect(rebuilt.ok).toBe(true);
    expect(rebuilt.reused).toBeUndefined();
    expect(readFileSync(firstEcho.bundlePath!, 'utf8')).toContain('changed-after-the-last-build');

    // A bundle altered behind the bundler's back is not trusted either.
    writeFileSync(firstEcho.bundlePath!, 'export default 1;\n');
    const repaired = await newBundler(appDir).build();
    expect(repaired.reused).toBeUndefined();
    expect(readFileSync(firstEcho.bundlePath!, 'utf8')).toContain('changed-after-the-last-build');

    // Nor one altered to the same size (its mtime moved), nor a map that went missing.
    expect((await newBundler(appDir).build()).reused).toBe(true);
    const bundleText = readFileSync(firstEcho.bundlePath!, 'utf8');
    await new Promise((resolve) => setTimeout(resolve, 15));
    writeFileSync(firstEcho.bundlePath!, bundleText.replace('changed-after-the-last-build', 'CHANGED-AFTER-THE-LAST-BUILD'));
    expect((await newBundler(appDir).build()).reused).toBeUndefined();
    expect((await newBundler(appDir).build()).reused).toBe(true);
    rmSync(`${firstEcho.bundlePath!}.map`);
    expect((await newBundler(appDir).build()).reused).toBeUndefined();
    expect(readFileSync(firstEcho.bundlePath!, 'utf8')).toContain('changed-after-the-last-build');
  });

  it('removes the bundles of functions that are no longer listed', async () => {
    const appDir = copyApp();
    const bundler = newBundler(appDir, ['src/logic-functions/echo.ts', 'src/logic-functions/read-env.ts']);
    await bundler.build();
    const readEnvBundle = bundler.getBundle('src/logic-functions/read-env.ts')!.bundlePath!;
    const outcome = await bundler.setSourcePaths(['src/logic-functions/echo.ts']);
    expect(outcome.bundles.map((bundle) => bundle.sourcePath)).toEqual(['src/logic-functions/echo.ts']);
    expect(existsSync(readEnvBundle)).toBe(false);
    expect(bundler.getBundle('src/logic-functions/read-env.ts')).toBeUndefined();
  });
});

describe('SDK build options', () => {
  it('externalises exactly the client SDK entry points and the listed Node built-ins', () => {
    expect(SDK_FUNCTION_EXTERNALS.slice(0, 2)).toEqual(['twenty-client-sdk/core', 'twenty-client-sdk/metadata']);
    expect(SDK_FUNCTION_EXTERNALS).toHaveLength(20);
    expect(SDK_FUNCTION_EXTERNALS).not.toContain('twenty-sdk/logic-function');
  });

  it('builds the define stub with the SDK rule: factories, inlined enums, proxies for the rest', () => {
    const source = buildDefineStubSource({
      defineLogicFunction: () => undefined,
      createValidationResult: () => undefined,
      HTTPMethod: { GET: 'GET', POST: 'POST' },
      STANDARD_OBJECT: { company: { fields: {} } },
      isDefined: () => true,
    });
    expect(source).toContain('export const createValidationResult = __defineFactoryStub;');
    expect(source).toContain('export const defineLogicFunction = __defineFactoryStub;');
    expect(source).toContain('export const HTTPMethod = {"GET":"GET","POST":"POST"};');
    expect(source).toContain('export const STANDARD_OBJECT = __anyStub;');
    expect(source).toContain('export const isDefined = __anyStub;');
  });

  describe('incremental rebuild from the changed files', () => {
    const echo = 'src/logic-functions/echo.ts';
    const plain = 'src/logic-functions/return-undefined.ts';

    it('rebuilds only the function a saved file belongs to, with the bytes a full build gives', async () => {
      const appDir = copyApp();
      const bundler = newBundler(appDir);
      const first = await bundler.build();
      expect(first.rebuilt).toHaveLength(functionPaths.length);
      const others = Object.fromEntries(functionPaths.filter((path) => path !== plain).map((path) => [path, bundler.hashOf(path)]));

      writeFileSync(join(appDir, plain), `${readFileSync(join(appDir, plain), 'utf8')}\nexport const marker = 'edited';\n`);
      const outcome = await bundler.build([plain]);
      expect(outcome.ok).toBe(true);
      expect(outcome.rebuilt).toEqual([plain]);
      expect(outcome.changed).toEqual([plain]);
      expect(readFileSync(bundler.getBundle(plain)!.bundlePath!, 'utf8')).toContain('edited');
      for (const [path, hash] of Object.entries(others)) expect(bundler.hashOf(path)).toBe(hash);

      // What a fresh, full build writes for the same sources.
      const full = newBundler(appDir);
      await full.build();
      for (const path of functionPaths) expect(full.hashOf(path)).toBe(bundler.hashOf(path));
    });

    it('rebuilds the functions that import a changed module, and only them', async () => {
      const appDir = copyApp();
      const bundler = newBundler(appDir);
      await bundler.build();
      const format = join(appDir, 'src/lib/format.ts');
      writeFileSync(format, `${readFileSync(format, 'utf8')}\nexport const formatMarker = 1;\n`);
      const outcome = await bundler.build(['src/lib/format.ts']);
      expect(outcome.rebuilt).toEqual([echo]);
      // Absolute paths name the same file.
      expect((await bundler.build([format])).rebuilt).toEqual([echo]);
    });

    it('rebuilds everything for a file no bundle read (a new file an import may now resolve to)', async () => {
      const appDir = copyApp();
      const bundler = newBundler(appDir);
      await bundler.build();
      writeFileSync(join(appDir, 'src/lib/new-helper.ts'), 'export const x = 1;\n');
      const outcome = await bundler.build(['src/lib/new-helper.ts']);
      expect(outcome.rebuilt).toHaveLength(functionPaths.length);
    });

    it('marks only the broken function stale, and rebuilds it alone once fixed', async () => {
      const appDir = copyApp();
      const bundler = newBundler(appDir);
      await bundler.build();
      const good = readFileSync(join(appDir, plain), 'utf8');
      writeFileSync(join(appDir, plain), `${good}\nconst broken = ;\n`);
      const failed = await bundler.build([plain]);
      expect(failed.ok).toBe(false);
      expect(failed.rebuilt).toEqual([plain]);
      expect(failed.problems.some((problem) => problem.file === plain && problem.severity === 'error')).toBe(true);
      expect(bundler.getBundle(plain)!.stale).toBe(true);
      expect(bundler.getBundle(echo)!.stale).toBe(false);

      writeFileSync(join(appDir, plain), good);
      const fixed = await bundler.build([plain]);
      expect(fixed.ok).toBe(true);
      expect(fixed.rebuilt).toEqual([plain]);
      expect(bundler.getBundle(plain)!.stale).toBe(false);
    });
  });
});
