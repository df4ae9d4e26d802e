import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DebugSession as DebugSessionState, ExceptionMode, FileBreakpoints } from '../../../src-shared/contract/debug';
import { functionBuildCacheDir } from '../build/bundle-cache-folder';
import { FunctionBundler } from '../build/function-bundler';
import type { TwentyRunEnvironment } from '../runner/function-environment';
import { FunctionRunner } from '../runner/function-runner';
import { DebugSession } from './debug-session';
import { PreparedInspectors } from './prepared-inspectors';

const repoRoot = resolve(__dirname, '../../..');
const FILE = 'src/logic-functions/calc.ts';
// Line numbers below are the editor's (1-based); the comment on line 3 has no code.
const SOURCE = `import { defineLogicFunction } from 'twenty-sdk/define';

// doubles a number (no code on this line)
const double = (n: number): number => {
  const twice = n * 2;
  return twice;
};

const handler = async (payload: { value: number; fail?: string }) => {
  const input = payload.value;
  const result = double(input);
  if (payload.fail === 'caught') {
    try {
      throw new Error('handled inside');
    } catch {
      // swallowed on purpose
    }
  }
  if (payload.fail === 'uncaught') throw new Error('escapes the function');
  console.log('result is', result);
  return { result };
};

export default defineLogicFunction({
  universalIdentifier: '0b8d4d8e-5c55-4a61-9d55-6c3c2b8a0f11',
  name: 'calc',
  timeoutSeconds: 2,
  handler,
});
`;

const environment: TwentyRunEnvironment = {
  apiUrl: 'http://127.0.0.1:9/offline', appAccessToken: 't', applicationAccessToken: 't', apiKey: 't', functionsUrl: 'http://127.0.0.1:9/s', applicationId: 'app',
};

let scratch: string;
let appDir: string;
let bundlePath: string;
let bundler: FunctionBundler;
let runner: FunctionRunner;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'studio-debug-'));
  appDir = join(scratch, 'app');
  mkdirSync(join(appDir, 'src/logic-functions'), { recursive: true });
  writeFileSync(join(appDir, FILE), SOURCE);
  writeFileSync(join(appDir, 'package.json'), '{ "name": "debug-app", "version": "0.1.0" }');
  symlinkSync(join(repoRoot, 'node_modules'), join(appDir, 'node_modules'), 'junction');
  const childScript = join(scratch, 'run-child.mjs');
  await esbuild.build({ entryPoints: [join(__dirname, '../runner/run-child.ts')], outfile: childScript, bundle: true, platform: 'node', format: 'esm', logLevel: 'silent' });
  bundler = new FunctionBundler({ appDir, cacheDir: functionBuildCacheDir(join(scratch, 'user-data'), appDir), sourcePaths: [FILE] });
  const outcome = await bundler.build();
  expect(outcome.problems).toEqual([]);
  bundlePath = bundler.getBundle(FILE)!.bundlePath!;
  runner = new FunctionRunner({ childScript, tempRoot: scratch, prespawn: 0 });
});

afterAll(async () => {
  await runner?.dispose();
  await bundler?.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

interface Started {
  session: DebugSession;
  states: DebugSessionState[];
  result: ReturnType<FunctionRunner['run']>['result'];
  refreshed: () => number;
}

const debugRun = (payload: unknown, breakpoints: FileBreakpoints['breakpoints'], exceptions: ExceptionMode = 'none', path = bundlePath): Started => {
  const states: DebugSessionState[] = [];
  let refreshes = 0;
  const session = new DebugSession({
    runId: `run-${Math.random().toString(36).slice(2)}`,
    universalIdentifier: 'calc',
    functionName: 'calc',
    file: FILE,
    appDir,
    bundlePath: path,
    breakpoints: async () => [{ file: FILE, breakpoints }],
    exceptions: async () => exceptions,
    onChange: (state) => states.push(state),
    refreshBuild: () => (refreshes += 1),
  });
  const handle = runner.run({
    bundlePath: path,
    environment,
    payload,
    timeoutSeconds: 2,
    inspect: { onInspector: (url, control) => session.attach(url, control), onFinishing: (why) => session.detach(why) },
  });
  void handle.result.then(() => session.end('The run finished.'));
  return { session, states, result: handle.result, refreshed: () => refreshes };
};

const localNames = async (session: DebugSession, frameIndex = 0): Promise<Record<string, string>> => {
  const frame = session.snapshot.paused!.frames[frameIndex]!;
  const local = frame.scopes.find((scope) => scope.type === 'local')!;
  return Object.fromEntries((await session.properties(local.objectId)).map((property) => [property.name, property.value.display]));
};

describe('DebugSession', () => {
  it('pauses on a TypeScript breakpoint, shows locals, steps, evaluates in the frame and continues to the result; the timeout waits while paused', async () => {
    const pausing = (started: Started) => started.session.nextPause();
    const started = debugRun({ value: 21 }, [{ line: 10, enabled: true }]);
    let pause = await pausing(started);
    expect(pause.reason).toBe('breakpoint');
    expect(pause.frames[0]).toMatchObject({ file: FILE, line: 10, functionName: 'handler', kind: 'app' });
    // The runner's own frames are not shown.
    expect(pause.frames.every((frame) => frame.file === FILE)).toBe(true);
    expect(pause.hiddenFrames).toBeGreaterThan(0);
    expect(started.session.snapshot).toMatchObject({ status: 'paused', timeoutSuspended: true });
    expect(started.session.snapshot.inspectorUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/[0-9a-f-]{36}$/);
    expect(started.session.snapshot.devtoolsUrl).toMatch(/^devtools:\/\/devtools\/bundled\/js_app\.html\?.*ws=127\.0\.0\.1:\d+\//);
    const payload = (await localNames(started.session)).payload;
    expect(payload).toBe('{value: 21}');

    // Longer than the function's 2 s timeout: paused time does not count.
    await new Promise((wait) => setTimeout(wait, 2_300));

    const evaluated = await started.session.evaluate('payload.value * 10', 'repl');
    expect(evaluated.value?.display).toBe('210');
    // A hover never changes the program.
    const sideEffect = await started.session.evaluate('payload.value = 5', 'hover');
    expect(sideEffect.error).toMatch(/side effect/);

    let next = started.session.nextPause();
    await started.session.command('stepOver');
    pause = await next;
    expect(pause.frames[0]).toMatchObject({ file: FILE, line: 11 });
    expect((await localNames(started.session)).input).toBe('21');
    expect(started.session.lastStepMs).toBeLessThan(500);

    next = started.session.nextPause();
    await started.session.command('stepInto');
    pause = await next;
    expect(pause.frames[0]).toMatchObject({ file: FILE, line: 5, functionName: 'double' });
    expect(pause.frames[1]).toMatchObject({ file: FILE, line: 11, functionName: 'handler' });

    next = started.session.nextPause();
    await started.session.command('stepOut');
    pause = await next;
    // Back in the caller, at the call or just after it (V8 stops once the call's value is in).
    expect(pause.frames[0]).toMatchObject({ file: FILE, functionName: 'handler' });
    expect([11, 12]).toContain(pause.frames[0]!.line);

    await started.session.command('continue');
    const result = await started.result;
    expect(result.status).toBe('SUCCESS');
    expect(result.data).toEqual({ result: 42 });
    expect(result.logs).toContain('result is 42');
    // Node's inspector banner is not the function's output.
    expect(result.logs).not.toMatch(/Debugger listening|Debugger attached|For help, see/);
    expect(started.states.at(-1)).toMatchObject({ status: 'ended' });
  });

  it('moves a breakpoint on a line without code to the next line that has some; runs conditional breakpoints and logpoints', async () => {
    const started = debugRun({ value: 4 }, [
      { line: 3, enabled: true },
      { line: 10, condition: 'payload.value > 100', enabled: true },
      { line: 11, logMessage: 'input was {input}, doubled {input * 2}', enabled: true },
    ]);
    const pause = await started.session.nextPause();
    // Line 3 is a comment: the breakpoint works on line 4 (the next code), at module load.
    expect(started.session.snapshot.breakpoints).toEqual(expect.arrayContaining([
      expect.objectContaining({ line: 3, actualLine: 4, verified: true, message: 'Line 3 has no code: moved to line 4.' }),
    ]));
    expect(pause.frames[0]).toMatchObject({ file: FILE, line: 4 });
    await started.session.command('continue');
    const result = await started.result;
    // The condition was false (no second pause) and the logpoint printed without stopping.
    expect(result.status).toBe('SUCCESS');
    expect(result.logs).toContain('input was 4, doubled 8');
  });

  it('pauses on an exception the function does not catch in "uncaught" mode, not on one it catches', async () => {
    const caught = debugRun({ value: 1, fail: 'caught' }, [], 'uncaught');
    const caughtResult = await caught.result;
    expect(caughtResult.status).toBe('SUCCESS');
    expect(caught.states.some((state) => state.status === 'paused')).toBe(false);

    const uncaught = debugRun({ value: 1, fail: 'uncaught' }, [], 'uncaught');
    const pause = await uncaught.session.nextPause();
    // Thrown in an async function: V8 reports the rejection of its promise.
    expect(['exception', 'promiseRejection']).toContain(pause.reason);
    expect(pause.exception?.display).toContain('escapes the function');
    expect(pause.frames[0]).toMatchObject({ file: FILE, line: 19 });
    await uncaught.session.command('continue');
    expect((await uncaught.result).error?.errorMessage).toBe('escapes the function');

    const all = debugRun({ value: 1, fail: 'caught' }, [], 'all');
    const allPause = await all.session.nextPause();
    expect(allPause.frames[0]).toMatchObject({ file: FILE, line: 14 });
    await all.session.command('continue');
    expect((await all.result).status).toBe('SUCCESS');
  });

  it('ends the session cleanly when the process dies while paused', async () => {
    const started = debugRun({ value: 3 }, [{ line: 10, enabled: true }]);
    await started.session.nextPause();
    // The function's process is killed under the debugger's feet.
    await expect(started.session.evaluate('process.kill(process.pid, "SIGKILL")', 'repl')).rejects.toThrow(/gone/);
    const result = await started.result;
    expect(result.status).toBe('ERROR');
    const last = started.states.at(-1)!;
    expect(last).toMatchObject({ status: 'ended', paused: null, timeoutSuspended: false });
    expect(last.endedReason).toMatch(/ended while paused|finished/);
    await expect(started.session.evaluate('1 + 1', 'repl')).rejects.toThrow(/has ended/);
    await expect(started.session.command('continue')).rejects.toThrow(/has ended/);
  });

  it('says so when the source map is missing, and asks for a rebuild', async () => {
    const copy = join(scratch, 'no-map.mjs');
    writeFileSync(copy, (await import('node:fs')).readFileSync(bundlePath, 'utf8').replace(/\/\/# sourceMappingURL=.*$/m, ''));
    const started = debugRun({ value: 2 }, [{ line: 10, enabled: true }], 'none', copy);
    const result = await started.result;
    expect(result.status).toBe('SUCCESS');
    const notices = started.states.at(-1)!.notices;
    expect(notices.join('\n')).toMatch(/No source map next to the bundle/);
    expect(started.states.find((state) => state.status === 'running')?.breakpoints[0]).toMatchObject({ verified: false, message: 'No source map: the breakpoint cannot be placed.' });
    expect(started.refreshed()).toBe(1);
  });

  it('says so when the bundle is older than its source', async () => {
    const edited = SOURCE.replace('// doubles a number', '// doubles a number, edited after the build');
    writeFileSync(join(appDir, FILE), edited);
    try {
      const started = debugRun({ value: 2 }, []);
      await started.result;
      expect(started.states.at(-1)!.notices.join('\n')).toMatch(/The bundle is older than src\/logic-functions\/calc\.ts/);
    } finally {
      writeFileSync(join(appDir, FILE), SOURCE);
    }
  });
});

describe('the inspector a debug run opens', () => {
  it('listens on loopback only, refuses a foreign Host (DNS rebinding) and a guessed path', async () => {
    let url = '';
    const handle = runner.run({
      bundlePath, environment, payload: { value: 1 },
      inspect: {
        onInspector: async (inspectorUrl) => {
          url = inspectorUrl!;
          const { port } = new URL(url);
          const get = (host: string) => new Promise<number>((done, fail) => {
            request({ host: '127.0.0.1', port, path: '/json/list', headers: { Host: host } }, (response) => {
              response.resume();
              done(response.statusCode ?? 0);
            }).on('error', fail).end();
          });
          expect(await get(`127.0.0.1:${port}`)).toBe(200);
          // A web page that rebinds its own name to 127.0.0.1 sends its name as Host: refused.
          expect(await get(`attacker.example:${port}`)).not.toBe(200);
          // Without the random path, no session: the WebSocket upgrade fails.
          const guessed = await new Promise<string>((done) => {
            const socket = new WebSocket(`ws://127.0.0.1:${port}/00000000-0000-0000-0000-000000000000`, { headers: { Origin: 'https://attacker.example' } });
            socket.on('open', () => {
              socket.close();
              done('open');
            });
            socket.on('error', () => done('refused'));
          });
          expect(guessed).toBe('refused');
        },
      },
    });
    const result = await handle.result;
    expect(result.status).toBe('SUCCESS');
    expect(new URL(url).hostname).toBe('127.0.0.1');
  });
});

describe('a debug-ready child, attached while idle', () => {
  it('is taken by the next debug run, whose session uses the prepared connection and pauses at the breakpoint; the pool refills', async () => {
    const prepared = new PreparedInspectors();
    const idle: string[] = [];
    const warmRunner = new FunctionRunner({
      childScript: join(scratch, 'run-child.mjs'),
      tempRoot: scratch,
      prespawn: 0,
      onIdleInspector: (url) => {
        idle.push(url);
        prepared.prepare(url);
      },
    });
    try {
      await warmRunner.warmInspected();
      await expect.poll(() => idle.length, { timeout: 10_000 }).toBe(1);
      expect(idle[0]).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/[0-9a-f-]{36}$/);
      const taken: (string | null)[] = [];
      const session = new DebugSession({
        runId: 'warm-run',
        universalIdentifier: 'calc',
        functionName: 'calc',
        file: FILE,
        appDir,
        bundlePath,
        breakpoints: async () => [{ file: FILE, breakpoints: [{ line: 10, enabled: true }] }],
        exceptions: async () => 'none',
        onChange: () => undefined,
        takePrepared: async (url) => {
          const connection = await prepared.take(url);
          taken.push(connection ? url : null);
          return connection;
        },
      });
      const handle = warmRunner.run({
        bundlePath,
        environment,
        payload: { value: 4 },
        timeoutSeconds: 5,
        inspect: { onInspector: (url, control) => session.attach(url, control), onFinishing: (why) => session.detach(why) },
      });
      const pause = await session.nextPause();
      // The run got the idle child, and its session the connection opened while it waited.
      expect(taken).toEqual([idle[0]]);
      expect(pause.frames[0]).toMatchObject({ file: FILE, line: 10, functionName: 'handler' });
      expect(session.snapshot.breakpoints).toEqual([{ file: FILE, line: 10, actualLine: 10, verified: true }]);
      expect((await session.evaluate('payload.value + 1', 'repl')).value?.display).toBe('5');
      await session.command('continue');
      const result = await handle.result;
      expect(result.status).toBe('SUCCESS');
      expect(result.data).toEqual({ result: 8 });
      // The next debug-ready child is up, with a new inspector (a child serves one run).
      await expect.poll(() => idle.length, { timeout: 10_000 }).toBe(2);
      expect(idle[1]).not.toBe(idle[0]);
      expect(prepared.size).toBe(1);
      // Taken once only.
      expect(await prepared.take(idle[0]!)).toBeNull();
    } finally {
      prepared.dispose();
      await warmRunner.dispose();
    }
  }, 30_000);
});
