/**
 * The run sandbox (issue 14, items 8, 10-14): what a function cannot reach or leave behind.
 * Handlers are plain ES modules written here, as the bundler would emit them.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleHarness, compileChildEntry, descendantsOf, isRunning, killAll, pidsWithCommandLine, startHarness, survivorsAfter } from './child-harness.test-helper';
import type { TwentyRunEnvironment } from './function-environment';
import { FunctionRunner } from './function-runner';
import { RESULT_TRUNCATED_KEY } from './run-output';

const linux = process.platform === 'linux';
const runnerModule = resolve(__dirname, 'function-runner.ts');

const environment: TwentyRunEnvironment = {
  apiUrl: 'http://127.0.0.1:9/offline',
  appAccessToken: 't',
  applicationAccessToken: 't',
  apiKey: 't',
  functionsUrl: 'http://127.0.0.1:9/functions',
  applicationId: 'app',
};

const HANDLERS: Record<string, string> = {
  'read-parent-environ': `
    import { readFileSync } from 'node:fs';
    export default { config: { handler: () => ({ ppid: process.ppid, environ: readFileSync('/proc/' + process.ppid + '/environ', 'latin1') }) } };`,
  'allocate-buffers': `
    export default { config: { handler: async () => {
      const kept = [];
      for (let i = 0; i < 48; i += 1) {
        kept.push(Buffer.alloc(25 * 1024 * 1024, 1));
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
      return kept.length;
    } } };`,
  'leave-detached-sleep': `
    import { spawn } from 'node:child_process';
    export default { config: { handler: () => {
      const child = spawn('sleep', ['1000.125'], { detached: true, stdio: 'ignore' });
      child.unref();
      return { pid: child.pid };
    } } };`,
  'leave-daemon': `
    import { spawn } from 'node:child_process';
    export default { config: { handler: async () => {
      // Double fork: the sh that starts it exits at once, the sleep leaves the session and its parent.
      const sh = spawn('sh', ['-c', 'setsid sleep 1001.25 </dev/null >/dev/null 2>&1 &'], { detached: true, stdio: 'ignore' });
      await new Promise((resolve) => sh.once('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, 50));
      return 'left';
    } } };`,
  'big-result': `
    export default { config: { handler: (payload) => 'x'.repeat(payload.bytes) } };`,
  'nap': `
    export default { config: { handler: async (payload) => {
      const start = Date.now();
      await new Promise((resolve) => setTimeout(resolve, payload.ms));
      return { start, end: Date.now() };
    } } };`,
  'never-ends': `
    export default { config: { handler: () => new Promise(() => { setInterval(() => undefined, 50); }) } };`,
  'probe-file-system': `
    import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
    import { execFileSync } from 'node:child_process';
    import { join } from 'node:path';
    const attempt = (action) => { try { action(); return 'ok'; } catch (error) { return error.code ?? error.message; } };
    export default { config: { handler: (payload) => ({
      readOutside: attempt(() => readFileSync(payload.outsideFile, 'utf8')),
      writeOutside: attempt(() => writeFileSync(join(payload.outsideDir, 'written-by-run.txt'), 'x')),
      readOwnBundle: attempt(() => readFileSync(new URL(import.meta.url), 'utf8')),
      writeRunFolder: attempt(() => writeFileSync(join(process.cwd(), 'scratch.txt'), 'x')),
      tmpFolder: attempt(() => mkdtempSync(join(process.env.TMPDIR, 'own-'))),
      startProcess: attempt(() => execFileSync('true')),
    }) } };`,
  'spin': `
    export default { config: { handler: () => { for (;;) {} } } };`,
};

let scratch: string;
/** A folder outside everything a run is granted (the bundles, the run folders). */
let outside: string;
let childScript: string;
let spawnerScript: string;
let runner: FunctionRunner;
const bundle = (name: string): string => join(scratch, `${name}.mjs`);

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'studio-sandbox-'));
  outside = mkdtempSync(join(tmpdir(), 'studio-outside-'));
  writeFileSync(join(outside, 'private.txt'), 'not for functions');
  // The bundles' folder is their module scope root, as the build cache is (fs-confinement.ts bundleRootOf).
  writeFileSync(join(scratch, 'package.json'), '{"type":"module"}');
  childScript = await compileChildEntry(scratch, 'run-child', join(__dirname, 'run-child.ts'), 'esm');
  spawnerScript = await compileChildEntry(scratch, 'run-spawner', join(__dirname, 'run-spawner-child.ts'), 'esm');
  for (const [name, source] of Object.entries(HANDLERS)) writeFileSync(bundle(name), source);
  runner = new FunctionRunner({ childScript, tempRoot: scratch, prespawn: 1, spawnerScript });
  await runner.warm();
});

afterAll(async () => {
  await runner?.dispose();
  killAll([...pidsWithCommandLine(['sleep', '1000.125']), ...pidsWithCommandLine(['sleep', '1001.25'])]);
  rmSync(scratch, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe.skipIf(!linux)('run sandbox', () => {
  it("keeps the studio's environment out of reach through /proc/<ppid>/environ", async () => {
    const harness = await bundleHarness(scratch, 'run-once', `
      import { FunctionRunner } from ${JSON.stringify(runnerModule)};
      const [childScript, bundlePath, tempRoot, spawnerScript] = process.argv.slice(2);
      // Unconfined: the launcher must keep the studio's environment away even when reading /proc is allowed.
      const runner = new FunctionRunner({ childScript, tempRoot, prespawn: 0, confineFileSystem: false, spawnerScript });
      const environment = { apiUrl: 'http://127.0.0.1:9', appAccessToken: '', applicationAccessToken: '', apiKey: '', functionsUrl: '', applicationId: '' };
      runner.run({ bundlePath, environment }).result.then(async (result) => {
        console.log('result ' + JSON.stringify({ studioPid: process.pid, result }));
        await runner.dispose();
        process.exit(0);
      });
    `);
    const secret = 'studio-secret-7f3a9c';
    const studio = startHarness(harness, [childScript, bundle('read-parent-environ'), scratch, spawnerScript], { ...process.env, STUDIO_SECRET_FOR_PPID_TEST: secret });
    const { studioPid, result } = JSON.parse((await studio.waitFor('result ')).slice('result '.length));
    expect(result.status).toBe('SUCCESS');
    expect(result.data.environ).not.toContain(secret);
    expect(result.data.environ).not.toContain('STUDIO_SECRET_FOR_PPID_TEST');
    // The parent is a launcher started with the clean environment, not the studio.
    expect(result.data.ppid).not.toBe(studioPid);
  });

  it('lets go of the spawner when a run ends: every pipe ended, nothing left to keep the studio alive', async () => {
    const { sharedRunSpawner } = await import('./run-spawner');
    const result = await runner.run({ bundlePath: bundle('nap'), environment, payload: { ms: 1 } }).result;
    expect(result.status).toBe('SUCCESS');
    const spawner = sharedRunSpawner(spawnerScript) as unknown as { refs: number };
    // Only idle pre-spawned children are left, and they are not referenced.
    await new Promise((done) => setTimeout(done, 300));
    expect(spawner.refs).toBe(0);
  });

  it('ends the runs of a spawner that died, and starts a new spawner for the next run', async () => {
    const { sharedRunSpawner } = await import('./run-spawner');
    const handle = runner.run({ bundlePath: bundle('never-ends'), environment, timeoutSeconds: 60 });
    await new Promise((done) => setTimeout(done, 500));
    const spawner = sharedRunSpawner(spawnerScript) as unknown as { process: { pid: number } | null };
    expect(spawner.process?.pid).toBeGreaterThan(0);
    process.kill(spawner.process!.pid, 'SIGKILL');
    const ended = await handle.result;
    expect(ended.status).toBe('ERROR');
    const next = await runner.run({ bundlePath: bundle('nap'), environment, payload: { ms: 1 } }).result;
    expect(next.status).toBe('SUCCESS');
  });

  it('confines file access to the bundle and the run folder; processes may still start, as on the server', async () => {
    const result = await runner.run({ bundlePath: bundle('probe-file-system'), environment, payload: { outsideFile: join(outside, 'private.txt'), outsideDir: outside } }).result;
    expect(result.status).toBe('SUCCESS');
    expect(result.fileSystem).toBe('confined');
    expect(result.data).toEqual({ readOutside: 'ERR_ACCESS_DENIED', writeOutside: 'ERR_ACCESS_DENIED', readOwnBundle: 'ok', writeRunFolder: 'ok', tmpFolder: 'ok', startProcess: 'ok' });
    expect(existsSync(join(outside, 'written-by-run.txt'))).toBe(false);
    // Nothing of the permission model's warnings reaches the function's output.
    expect(result.logs).toBe('');
  });

  it('leaves file access open when the app turns confinement off', async () => {
    const open = new FunctionRunner({ childScript, spawnerScript, tempRoot: scratch, prespawn: 0, confineFileSystem: false });
    try {
      const result = await open.run({ bundlePath: bundle('probe-file-system'), environment, payload: { outsideFile: join(outside, 'private.txt'), outsideDir: outside } }).result;
      expect(result.fileSystem).toBe('off');
      expect(result.data).toMatchObject({ readOutside: 'ok', writeOutside: 'ok' });
    } finally {
      await open.dispose();
      rmSync(join(outside, 'written-by-run.txt'), { force: true });
    }
  });

  it('kills a run whose resident memory passes the cap, Buffers outside the heap included', async () => {
    const started = Date.now();
    const result = await runner.run({ bundlePath: bundle('allocate-buffers'), environment, memoryLimitMb: 64, timeoutSeconds: 60 }).result;
    expect(result.status).toBe('ERROR');
    expect(result.error!.errorType).toBe('OutOfMemoryError');
    expect(result.error!.errorMessage).toContain('resident memory');
    expect(result.error!.errorMessage).toContain('64 MB');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('kills a detached child the function left running when it returned', async () => {
    const result = await runner.run({ bundlePath: bundle('leave-detached-sleep'), environment }).result;
    expect(result.status).toBe('SUCCESS');
    const { pid } = result.data as { pid: number };
    expect(pid).toBeGreaterThan(0);
    expect(await survivorsAfter([pid], 2_000)).toEqual([]);
  });

  it('kills a double-forked setsid daemon the function left behind', async () => {
    const result = await runner.run({ bundlePath: bundle('leave-daemon'), environment }).result;
    expect(result.status).toBe('SUCCESS');
    await new Promise((done) => setTimeout(done, 300));
    expect(pidsWithCommandLine(['sleep', '1001.25'])).toEqual([]);
  });

  it('replaces a result over the limit by a visible truncation notice', async () => {
    const capped = new FunctionRunner({ childScript, spawnerScript, tempRoot: scratch, prespawn: 0, resultLimitBytes: 1024 * 1024 });
    try {
      const result = await capped.run({ bundlePath: bundle('big-result'), environment, payload: { bytes: 3 * 1024 * 1024 } }).result;
      expect(result.status).toBe('SUCCESS');
      expect(result.data).toMatchObject({ [RESULT_TRUNCATED_KEY]: true, originalBytes: 3 * 1024 * 1024 + 2, limitBytes: 1024 * 1024 });
      expect((result.data as { message: string }).message).toMatch(/Result truncated: the handler returned 3 MB of JSON, more than the 1 MB result limit/);
      expect(result.logs).toMatch(/ERROR \[twenty-studio\] Result truncated/);
      const small = await capped.run({ bundlePath: bundle('big-result'), environment, payload: { bytes: 1000 } }).result;
      expect(small.data).toBe('x'.repeat(1000));
    } finally {
      await capped.dispose();
    }
  });

  it('queues runs past the concurrency limit, shows their place, and runs them all', async () => {
    const limited = new FunctionRunner({ childScript, spawnerScript, tempRoot: scratch, prespawn: 0, maxConcurrent: 2 });
    try {
      const handles = Array.from({ length: 5 }, () => limited.run({ bundlePath: bundle('nap'), environment, payload: { ms: 400 } }));
      expect(handles.map((handle) => handle.queuePosition)).toEqual([null, null, 1, 2, 3]);
      expect(limited.load).toEqual({ running: 2, queued: 3 });
      // A queued run can be cancelled without ever starting.
      handles[4]!.cancel();
      expect((await handles[4]!.result).error?.errorType).toBe('CancelledError');
      expect(handles[3]!.queuePosition).toBe(2);
      // The studio's event loop stays free while runs wait.
      const lagStart = performance.now();
      await new Promise((done) => setTimeout(done, 10));
      expect(performance.now() - lagStart).toBeLessThan(100);
      const results = await Promise.all(handles.slice(0, 4).map((handle) => handle.result));
      expect(results.map((result) => result.status)).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS', 'SUCCESS']);
      const spans = results.map((result) => result.data as { start: number; end: number });
      for (const span of spans) {
        expect(spans.filter((other) => other.start < span.end && other.end > span.start).length).toBeLessThanOrEqual(2);
      }
      expect(limited.load).toEqual({ running: 0, queued: 0 });
    } finally {
      await limited.dispose();
    }
  });

  it.each(['spawner', 'direct'])('ends pre-spawned and running run children, and what they started, when the studio is SIGKILLed (%s spawn)', async (mode) => {
    const harness = await bundleHarness(scratch, `pool-${mode}`, `
      import { FunctionRunner } from ${JSON.stringify(runnerModule)};
      const [childScript, tempRoot, spawnerScript, mode, ...bundles] = process.argv.slice(2);
      const runner = new FunctionRunner({ childScript, tempRoot, prespawn: 1, spawnerScript, directSpawn: mode === 'direct' });
      const environment = { apiUrl: 'http://127.0.0.1:9', appAccessToken: '', applicationAccessToken: '', apiKey: '', functionsUrl: '', applicationId: '' };
      runner.warm().then(async () => {
        for (const bundlePath of bundles) runner.run({ bundlePath, environment, timeoutSeconds: 600 });
        await runner.warm();
        setTimeout(() => console.log('ready'), 1000);
      });
      setInterval(() => undefined, 1000);
    `);
    const studio = startHarness(harness, [childScript, scratch, spawnerScript, mode, bundle('never-ends'), bundle('spin')]);
    await studio.waitFor('ready');
    const children = descendantsOf(studio.process.pid!);
    // Two runs and at least one idle child (each behind its launcher where there is one).
    expect(children.length).toBeGreaterThanOrEqual(3);
    studio.process.kill('SIGKILL');
    const survivors = await survivorsAfter(children, 5_000);
    killAll(survivors);
    expect(survivors).toEqual([]);
  });
});

describe.skipIf(!linux)('process tree', () => {
  it('does not outlive its run even when the child was reaped before the sweep', async () => {
    const result = await runner.run({ bundlePath: bundle('leave-detached-sleep'), environment }).result;
    const { pid } = result.data as { pid: number };
    await new Promise((done) => setTimeout(done, 500));
    expect(isRunning(pid)).toBe(false);
  });
});
