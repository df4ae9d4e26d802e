import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runResultSchema, type RunOutputChunk } from '../../../src-shared/contract/run';
import { functionBuildCacheDir } from '../build/bundle-cache-folder';
import { FunctionBundler } from '../build/function-bundler';
import type { TwentyRunEnvironment } from './function-environment';
import { FunctionRunner, type RunFunctionOptions } from './function-runner';

const repoRoot = resolve(__dirname, '../../..');
const fixtureApp = join(repoRoot, 'test/fixtures/apps/runner-app');
const functionFiles = readdirSync(join(fixtureApp, 'src/logic-functions'));

const environment: TwentyRunEnvironment = {
  apiUrl: 'http://127.0.0.1:9/offline',
  appAccessToken: 'app-access-token',
  applicationAccessToken: 'application-access-token',
  apiKey: 'api-key',
  functionsUrl: 'http://127.0.0.1:9/functions',
  applicationId: '6a0f4d4e-9a1b-4c2d-8e3f-0123456789ab',
  serverVariables: { OVERRIDDEN: 'server', FLAG: true, RESERVED: 'x', TWENTY_API_URL: 'must not win' },
  applicationVariables: { OVERRIDDEN: 'workspace', LIST: ['a', 1], CONFIG: { depth: { n: 1 } }, EMPTY: null, COUNT: 3 },
};

let scratch: string;
let childScript: string;
let bundler: FunctionBundler;
let runner: FunctionRunner;
let server: Server;
let serverUrl: string;
const received: Array<{ method: string; url: string; body: string }> = [];

const bundleOf = (name: string): string => bundler.getBundle(`src/logic-functions/${name}.ts`)!.bundlePath!;
/** A hand-written bundle (lines of ES module source) in its own folder of the scratch directory. */
const writeBundle = (name: string, lines: string[]): string => {
  const folder = join(scratch, name);
  mkdirSync(folder, { recursive: true });
  const bundlePath = join(folder, `${name}.mjs`);
  writeFileSync(bundlePath, lines.join('\n'));
  return bundlePath;
};
const run = (name: string, options: Partial<RunFunctionOptions> = {}) =>
  runner.run({ bundlePath: bundleOf(name), environment, ...options });

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'studio-runner-'));
  // The lead builds run-child as its own electron-vite entry; here, a compiled copy.
  childScript = join(scratch, 'run-child.mjs');
  await esbuild.build({
    entryPoints: [join(__dirname, 'run-child.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  });
  bundler = new FunctionBundler({
    appDir: fixtureApp,
    cacheDir: functionBuildCacheDir(join(scratch, 'user-data'), fixtureApp),
    sourcePaths: functionFiles.map((file) => `src/logic-functions/${file}`),
  });
  const outcome = await bundler.build();
  expect(outcome.problems).toEqual([]);
  runner = new FunctionRunner({ childScript, tempRoot: scratch, prespawn: 2 });
  await runner.warm();

  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ method: request.method ?? '', url: request.url ?? '', body });
      response.writeHead(202, { 'content-type': 'text/plain' }).end(`pong:${body}`);
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  serverUrl = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await runner?.dispose();
  await bundler?.dispose();
  await new Promise((closed) => server?.close(closed));
  rmSync(scratch, { recursive: true, force: true });
});

describe('FunctionRunner', () => {
  it('echoes payload and context, logs stdout as INFO lines, and returns the server result shape', async () => {
    const context = { retryCount: 1, maxRetries: 3, workspaceId: 'ws-1', userWorkspaceId: 'uw-1', workspaceMemberId: null };
    const result = await run('echo', { payload: { a: 1, nested: { b: [true, null] } }, context }).result;

    expect(runResultSchema.parse(result)).toEqual(result);
    expect(result.status).toBe('SUCCESS');
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual({ payload: { a: 1, nested: { b: [true, null] } }, context });
    expect(result.logs).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z INFO payload keys: a,nested\n$/);
    expect(result.nodeVersion).toBe(process.version);
    expect(result.stale).toBe(false);
    expect(result.duration).toBeGreaterThanOrEqual(0);
  });

  it('fills in a server-like context when none is given', async () => {
    const result = await run('echo', { payload: {} }).result;
    expect((result.data as { context: unknown }).context).toEqual({
      retryCount: 0,
      maxRetries: 0,
      workspaceId: expect.any(String),
      userWorkspaceId: null,
      workspaceMemberId: null,
    });
  });

  it('reports a thrown TypeError with its name and a stack mapped to the TypeScript source', async () => {
    const result = await run('throw-type-error').result;
    expect(result.status).toBe('ERROR');
    expect(result.data).toBeNull();
    expect(result.error!.errorType).toBe('TypeError');
    expect(result.error!.errorMessage).toMatch(/Cannot read properties of undefined \(reading 'field'\)/);
    const source = readFileSync(join(fixtureApp, 'src/logic-functions/throw-type-error.ts'), 'utf8').split('\n');
    const line = source.findIndex((text) => text.includes('.field.nested')) + 1;
    expect(result.error!.stackTrace).toContain(`src/logic-functions/throw-type-error.ts:${line}:`);
    expect(result.error!.stackTrace).not.toContain('.mjs');
    expect(result.error!.stackTrace).not.toContain('run-child');
  });

  it('turns a thrown string into an ERROR with that string as message', async () => {
    const result = await run('throw-string').result;
    expect(result.status).toBe('ERROR');
    expect(result.error).toMatchObject({ errorType: 'Error', errorMessage: 'plain string failure' });
    expect(result.error!.stackTrace).toMatch(/A string was thrown instead of an Error/);
  });

  it('kills a run that never resolves at its timeout with the server message', async () => {
    const started = Date.now();
    const result = await run('never-resolve', { timeoutSeconds: 2 }).result;
    expect(result.status).toBe('ERROR');
    expect(result.error).toMatchObject({ errorType: 'TimeoutError', errorMessage: 'Timed out after 2000ms' });
    expect(result.duration).toBeGreaterThanOrEqual(1990);
    expect(Date.now() - started).toBeLessThan(6000);
  });

  it('kills the processes a function started together with the run', async () => {
    const result = await run('spawn-child', { timeoutSeconds: 2 }).result;
    expect(result.error!.errorType).toBe('TimeoutError');
    const pid = Number(/grandchild pid (\d+)/.exec(result.logs)?.[1]);
    expect(pid).toBeGreaterThan(0);
    // The kill is asynchronous for the kernel; give it a moment before looking.
    await new Promise((done) => setTimeout(done, 200));
    expect(isAlive(pid)).toBe(false);
  });

  it('cancel() stops a run at once', async () => {
    const handle = run('never-resolve', { timeoutSeconds: 60 });
    setTimeout(() => handle.cancel(), 300);
    const started = Date.now();
    const result = await handle.result;
    expect(Date.now() - started).toBeLessThan(3000);
    expect(result.error!.errorType).toBe('CancelledError');
  });

  it('ends a run that allocates without end with a clear out-of-memory result', async () => {
    const result = await run('allocate-forever', { memoryLimitMb: 64, timeoutSeconds: 60 }).result;
    expect(result.status).toBe('ERROR');
    expect(result.error!.errorType).toBe('OutOfMemoryError');
    expect(result.error!.errorMessage).toContain('64 MB');
  });

  it('reports process.exit(3) with the exit code and where it was called', async () => {
    const result = await run('exit-three').result;
    expect(result.status).toBe('ERROR');
    expect(result.error!.errorType).toBe('ProcessExitError');
    expect(result.error!.errorMessage).toMatch(/^Exited with code 3/);
    expect(result.error!.stackTrace).toContain('src/logic-functions/exit-three.ts');
    expect(result.logs).toMatch(/INFO about to exit\n/);
  });

  it('reports an unhandled rejection instead of waiting for the handler', async () => {
    const result = await run('unhandled-rejection').result;
    expect(result.status).toBe('ERROR');
    expect(result.error!.errorType).toBe('RangeError');
    expect(result.error!.errorMessage).toBe('Unhandled promise rejection: nobody handles this');
    expect(result.duration).toBeLessThan(900);
  });

  it('keeps all 200 000 lines in order, streams them in batches while running, and tags stderr as ERROR', async () => {
    const chunks: RunOutputChunk[] = [];
    const result = await run('print-lines', { payload: {}, onOutput: (chunk) => chunks.push(chunk) }).result;
    expect(result.status).toBe('SUCCESS');
    const lines = result.logs.split('\n').filter(Boolean);
    expect(lines).toHaveLength(200_001);
    // The child sequences stderr with stdout: the error printed after 200 000 lines comes after them.
    expect(lines[lines.length - 1]).toMatch(/ ERROR done printing$/);
    const info = lines.filter((line) => line.includes(' INFO '));
    expect(info).toHaveLength(200_000);
    expect(info.every((line, index) => line.endsWith(` INFO line ${index}`))).toBe(true);
    expect(lines.filter((line) => / ERROR done printing$/.test(line))).toHaveLength(1);
    const streamed = chunks.filter((chunk) => chunk.stream === 'stdout').map((chunk) => chunk.text).join('');
    expect(streamed).toBe(Array.from({ length: 200_000 }, (_, index) => `line ${index}\n`).join(''));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.length).toBeLessThan(20_000);
    expect(chunks.filter((chunk) => chunk.stream === 'stderr')).toEqual([{ stream: 'stderr', text: 'done printing\n' }]);
    expect(chunks[chunks.length - 1]).toEqual({ stream: 'stderr', text: 'done printing\n' });
  });

  it('truncates output past the cap with a visible marker', async () => {
    const small = new FunctionRunner({ childScript, tempRoot: scratch, prespawn: 0, outputLimitBytes: 10_000 });
    const chunks: RunOutputChunk[] = [];
    const result = await small.run({ bundlePath: bundleOf('print-lines'), environment, payload: { count: 5_000 }, onOutput: (chunk) => chunks.push(chunk) }).result;
    await small.dispose();
    expect(result.status).toBe('SUCCESS');
    expect(result.logs).toMatch(/ERROR \[twenty-studio\] Output truncated: the run printed more than 10000 bytes/);
    // About 10 000 bytes of 'line N\n' survive, not the 5 000 lines printed.
    const kept = result.logs.split('\n').filter((line) => line.includes(' INFO line '));
    expect(kept.length).toBeGreaterThan(900);
    expect(kept.length).toBeLessThan(1_200);
    expect(result.logs).not.toContain('line 4999');
    expect(chunks.map((chunk) => chunk.text).join('')).toContain('Output truncated');
  });

  it('gives the function exactly the server environment, variables serialised as the server does', async () => {
    const result = await run('read-env').result;
    const env = (result.data as { env: Record<string, string> }).env;
    expect(env).toEqual({
      TWENTY_API_URL: 'http://127.0.0.1:9/offline',
      TWENTY_APP_ACCESS_TOKEN: 'app-access-token',
      TWENTY_APP_APPLICATION_ACCESS_TOKEN: 'application-access-token',
      TWENTY_API_KEY: 'api-key',
      TWENTY_FUNCTIONS_URL: 'http://127.0.0.1:9/functions',
      APPLICATION_ID: '6a0f4d4e-9a1b-4c2d-8e3f-0123456789ab',
      OVERRIDDEN: 'workspace',
      FLAG: 'true',
      RESERVED: 'x',
      LIST: '["a",1]',
      CONFIG: '{"depth":{"n":1}}',
      EMPTY: '',
      COUNT: '3',
      PATH: expect.any(String),
      HOME: expect.any(String),
      TMPDIR: expect.any(String),
    });
  });

  it('never leaks the studio environment (NODE_OPTIONS included) into a run', async () => {
    process.env.STUDIO_SECRET_FOR_TEST = 'leak';
    process.env.NODE_OPTIONS = '--max-old-space-size=4';
    const leaky = new FunctionRunner({ childScript, tempRoot: scratch, prespawn: 0 });
    try {
      const result = await leaky.run({ bundlePath: bundleOf('read-env'), environment }).result;
      expect(result.status).toBe('SUCCESS');
      const env = (result.data as { env: Record<string, string> }).env;
      expect(env.STUDIO_SECRET_FOR_TEST).toBeUndefined();
      expect(env.NODE_OPTIONS).toBeUndefined();
    } finally {
      delete process.env.STUDIO_SECRET_FOR_TEST;
      delete process.env.NODE_OPTIONS;
      await leaky.dispose();
    }
  });

  it('passes a Response through as data', async () => {
    const result = await run('return-response').result;
    expect(result.status).toBe('SUCCESS');
    expect(result.data).toEqual({
      __twentyHttpResponse: true,
      body: '{"created":true}',
      status: 201,
      headers: { 'content-type': 'application/json' },
    });
  });

  it('applies the JSON boundary: Dates become ISO strings, undefined becomes null or disappears', async () => {
    const dates = await run('return-dates').result;
    expect(dates.data).toEqual({ when: '2024-05-06T07:08:09.000Z', nested: { list: ['1970-01-01T00:00:00.000Z', null] } });
    expect(Object.keys(dates.data as object)).not.toContain('missing');
    const nothing = await run('return-undefined').result;
    expect(nothing.status).toBe('SUCCESS');
    expect(nothing.data).toBeNull();
  });

  it('records fetch calls with method, redacted URL, status and duration, failures included', async () => {
    received.length = 0;
    const url = `${serverUrl}/hook?token=abc&page=2`;
    const unreachableUrl = `http://127.0.0.1:${await closedPort()}/unreachable`;
    const result = await run('call-fetch', { payload: { url, unreachableUrl } }).result;
    expect(result.status).toBe('SUCCESS');
    expect(result.data).toMatchObject({ status: 202, text: 'pong:ping' });
    expect((result.data as { failed: string }).failed).toMatch(/fetch failed/);
    expect(received).toEqual([{ method: 'POST', url: '/hook?token=abc&page=2', body: 'ping' }]);
    expect(result.calls).toHaveLength(2);
    expect(result.calls[0]).toMatchObject({ via: 'fetch', method: 'POST', status: 202, url: `${serverUrl}/hook?token=***&page=2` });
    expect(result.calls[0]!.durationMs).toBeGreaterThanOrEqual(0);
    expect(result.calls[1]).toMatchObject({ via: 'fetch', method: 'GET', status: null, url: unreachableUrl });
    expect(result.calls[1]!.error).toMatch(/ECONNREFUSED/);
    expect(JSON.stringify(result.calls)).not.toContain('abc');
  });

  it('records node:http calls, credentials redacted', async () => {
    received.length = 0;
    const withCredentials = serverUrl.replace('http://', 'http://user:hunter2@');
    const result = await run('call-http', { payload: { url: `${withCredentials}/put-here?api_key=k3y` } }).result;
    expect(result.status).toBe('SUCCESS');
    expect(received).toEqual([{ method: 'PUT', url: '/put-here?api_key=k3y', body: 'body' }]);
    expect(result.calls).toEqual([
      expect.objectContaining({ via: 'http', method: 'PUT', url: `${serverUrl}/put-here?api_key=***`, status: 202 }),
    ]);
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });

  it('runs a bundle that imports twenty-client-sdk from the app node_modules', async () => {
    const result = await run('use-client-sdk').result;
    expect(result.status).toBe('SUCCESS');
    expect(result.data).toMatchObject({ client: 'function' });
  });

  it('uses a new process for every run', async () => {
    const tmpDirOfARun = async () => {
      const result = await run('read-env').result;
      return (result.data as { env: Record<string, string> }).env.TMPDIR;
    };
    const [first, second] = [await tmpDirOfARun(), await tmpDirOfARun()];
    expect(first).not.toBe(second);
  });

  it('warmed for a bundle folder once its node_modules link is in place, has the very child the first run takes', async () => {
    const folder = join(scratch, 'warm-app');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'package.json'), '{}');
    // Made before the first build linked the folder's node_modules, as the studio's runner is.
    const warmed = new FunctionRunner({ childScript, tempRoot: scratch, prespawn: 1, bundleDir: folder });
    try {
      symlinkSync(join(repoRoot, 'node_modules'), join(folder, 'node_modules'), 'dir');
      const bundlePath = join(folder, 'started.mjs');
      writeFileSync(bundlePath, 'export default { config: { handler: async () => performance.timeOrigin } };');
      await warmed.warm(folder);
      const runCalledAt = performance.timeOrigin + performance.now();
      const result = await warmed.run({ bundlePath, environment }).result;
      expect(result.status).toBe('SUCCESS');
      // The child's process started before the run was asked for: it was waiting for it.
      expect(result.data as number).toBeLessThan(runCalledAt);
    } finally {
      await warmed.dispose();
    }
  }, 30_000);

  it('delivers what a function printed before it hung: single lines whole, a flood all but its last moments', async () => {
    const bundlePath = writeBundle('flood-then-hang', [
      'export default { config: { handler: async () => {',
      "  console.log('before 1');",
      "  console.error('before 2');",
      "  for (let i = 0; i < 100000; i += 1) console.log('flood ' + i);",
      // The flood's gathered tail goes out within 10 ms of writes; these come after more than that.
      '  const until = Date.now() + 50;',
      '  while (Date.now() < until) {}',
      "  console.log('after the flood');",
      '  for (;;) {}',
      '} } };',
    ]);
    const result = await runner.run({ bundlePath, environment, timeoutSeconds: 2 }).result;
    expect(result.error).toMatchObject({ errorType: 'TimeoutError' });
    const lines = result.logs.trimEnd().split('\n').map((line) => line.replace(/^\S+ /, ''));
    expect(lines.slice(0, 2)).toEqual(['INFO before 1', 'ERROR before 2']);
    // Written while the loop ran, not held until it yields (which it never does).
    const flood = lines.filter((line) => line.startsWith('INFO flood '));
    expect(flood.length).toBe(100000);
    expect(flood.every((line, index) => line === `INFO flood ${index}`)).toBe(true);
    expect(lines).toContain('INFO after the flood');
  }, 30_000);

  it('ends a run once its result and all its output are in, without waiting for the process to exit', async () => {
    // An exit hook that never lets the process end: the run is over when the handler returned.
    const bundlePath = writeBundle('slow-exit', [
      'export default { config: { handler: async () => {',
      "  process.on('exit', () => { for (;;) {} });",
      "  for (let i = 0; i < 3000; i += 1) console.log('line', i);",
      "  console.error('last on stderr');",
      "  return 'returned';",
      '} } };',
    ]);
    const result = await runner.run({ bundlePath, environment }).result;
    expect(result.status).toBe('SUCCESS');
    expect(result.data).toBe('returned');
    const lines = result.logs.trimEnd().split('\n');
    expect(lines).toHaveLength(3001);
    expect(lines[2999]).toMatch(/ INFO line 2999$/);
    expect(lines[3000]).toMatch(/ ERROR last on stderr$/);
    // The end mark is the runner's, never the function's output.
    expect(result.logs).not.toMatch(/[\u001e\u001f]/);
  }, 20_000);

  it('keeps stdout, stderr, bytes and write callbacks in order while a flood backs the pipe up', async () => {
    const bundlePath = writeBundle('flood-order', [
      'export default { config: { handler: async () => {',
      '  for (let i = 0; i < 60000; i += 1) {',
      "    console.log('out ' + i);",
      "    if (i % 5000 === 0) console.error('err ' + i);",
      '  }',
      '  // Bytes (a UTF-8 euro sign) after the text, and a write whose callback the function awaits.',
      '  process.stdout.write(Buffer.from([0xe2, 0x82, 0xac, 0x0a]));',
      "  await new Promise((resolve) => process.stdout.write('called back\\n', resolve));",
      "  return 'flooded';",
      '} } };',
    ]);
    const result = await runner.run({ bundlePath, environment }).result;
    expect(result.status).toBe('SUCCESS');
    expect(result.data).toBe('flooded');
    const lines = result.logs.trimEnd().split('\n').map((line) => line.replace(/^\S+ /, ''));
    const expected: string[] = [];
    for (let i = 0; i < 60000; i += 1) {
      expected.push(`INFO out ${i}`);
      if (i % 5000 === 0) expected.push(`ERROR err ${i}`);
    }
    expected.push('INFO €', 'INFO called back');
    expect(lines.length).toBe(expected.length);
    expect(lines).toEqual(expected);
  }, 60_000);

  it('ends in ERROR, not in a throw, when the configured Node cannot start', async () => {
    const broken = new FunctionRunner({ childScript, tempRoot: scratch, prespawn: 0, nodePath: join(scratch, 'no-such-node') });
    const result = await broken.run({ bundlePath: bundleOf('echo'), environment }).result;
    await broken.dispose();
    expect(result.status).toBe('ERROR');
    expect(result.error!.errorType).toBe('SpawnError');
    expect(result.error!.errorMessage).toContain('no-such-node');
  });

  it('reports stale bundles as stale', async () => {
    const result = await run('return-undefined', { stale: true, runId: 'run-42' }).result;
    expect(result).toMatchObject({ runId: 'run-42', stale: true });
  });
});

/** A port nothing listens on any more. */
const closedPort = async (): Promise<number> => {
  const probe = createServer();
  await new Promise<void>((ready) => probe.listen(0, '127.0.0.1', ready));
  const { port } = probe.address() as { port: number };
  await new Promise((closed) => probe.close(closed));
  return port;
};

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie still answers kill(0) until its parent reaps it; it no longer runs.
  try {
    return !execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim().startsWith('Z');
  } catch {
    return false;
  }
};
