/**
 * Issue 14's crash and boundary items, each as a request or app an attacker or a careless user could
 * make. Every test ends by asking the server something valid: it must still answer.
 */
import { connect as netConnect } from 'node:net';
import { chmod, mkdtemp, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { copyFixtureApp, type TempApp } from '../../test/helpers/temp-app';
import { checkLoopbackCaller } from '../core/http/loopback-guard';
import { Studio } from '../core/studio';
import { startBrowserServer, type BrowserServer } from './browser-server';

let app: TempApp;
let dataDir: string;
let rendererDir: string;
let outsideDir: string;
let studio: Studio;
let server: BrowserServer;
let cookie: string;

/** Sends raw bytes and resolves with what came back (or '' when the socket closed without a word). */
function rawRequest(port: number, bytes: string | Buffer): Promise<string> {
  return new Promise((resolve) => {
    const socket = netConnect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.setTimeout(3000, () => socket.destroy());
    socket.write(bytes);
  });
}

async function stillServing(): Promise<void> {
  const page = await fetch(`http://127.0.0.1:${server.port}/`, { headers: { cookie } });
  expect(page.status).toBe(200);
}

beforeAll(async () => {
  app = await copyFixtureApp('basic-app');
  dataDir = await mkdtemp(join(tmpdir(), 'studio-data-'));
  rendererDir = await mkdtemp(join(tmpdir(), 'studio-renderer-'));
  outsideDir = await mkdtemp(join(tmpdir(), 'studio-outside-'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>studio</title>');
  await writeFile(join(outsideDir, 'secret.txt'), 'outside secret');
  studio = new Studio({ userDataDir: dataDir, mode: 'browser', version: '0.0.0-test', prespawnRuns: 0 });
  await studio.openApp(app.dir);
  server = await startBrowserServer(studio, { rendererDir });
  const first = await fetch(server.url, { redirect: 'manual' });
  cookie = (first.headers.get('set-cookie') ?? '').split(';')[0];
});
afterAll(async () => {
  await server.close();
  await studio.dispose();
  await app.cleanup();
  for (const dir of [dataDir, rendererDir, outsideDir]) await rm(dir, { recursive: true, force: true });
});

describe('browser server crashes (issue 14 items 1-3)', () => {
  it('answers GET // without a token with 400 and stays up', async () => {
    expect(await rawRequest(server.port, 'GET // HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    await stillServing();
  });

  it('answers a malformed percent escape with 400, with the cookie', async () => {
    const answer = await rawRequest(server.port, `GET /%E0%A4%A HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${cookie}\r\nConnection: close\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    await stillServing();
  });

  it('survives malformed WebSocket frames (bad UTF-8, bad opcode, unmasked, oversized)', async () => {
    const upgrade = `GET /ws?token=${server.token} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`;
    const mask = Buffer.from([1, 2, 3, 4]);
    const masked = (opcode: number, payload: Buffer) => Buffer.concat([Buffer.from([0x80 | opcode, 0x80 | payload.length]), mask, Buffer.from(payload.map((byte, index) => byte ^ mask[index % 4]))]);
    const frames = [
      masked(0x1, Buffer.from([0xc3, 0x28])), // invalid UTF-8 in a text frame
      masked(0x3, Buffer.from('x')), // reserved opcode
      Buffer.concat([Buffer.from([0x81, 0x02]), Buffer.from('hi')]), // unmasked client frame
      Buffer.concat([Buffer.from([0x82, 0xff]), Buffer.from([0, 0, 0, 0, 0x7f, 0xff, 0xff, 0xff]), mask]), // 2 GB length
    ];
    for (const frame of frames) {
      const answer = await rawRequest(server.port, Buffer.concat([Buffer.from(upgrade), frame]));
      expect(answer).toMatch(/^HTTP\/1\.1 101/);
      await stillServing();
    }
  });
});

describe('WebSocket envelopes (issue 14 item 7)', () => {
  const open = () => new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/ws?token=${server.token}`);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });

  it('answers an envelope with an id but no op with an error carrying the id', async () => {
    const ws = await open();
    const reply = new Promise<{ id: number; ok: boolean; error: { code: string } }>((resolve) => ws.once('message', (data) => resolve(JSON.parse(data.toString()))));
    ws.send(JSON.stringify({ type: 'request', id: 41 }));
    expect(await reply).toMatchObject({ id: 41, ok: false, error: { code: 'INVALID_REQUEST' } });
    ws.close();
  });

  it.each([['not JSON', 'hello'], ['a JSON array', '[1,2]'], ['no type', '{"op":"app.current"}']])('closes the socket on %s', async (_label, text) => {
    const ws = await open();
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send(text);
    expect(await closed).toBe(1007);
    await stillServing();
  });
});

describe('file confinement through symlinks (issue 14 item 5)', () => {
  it('refuses to read an in-app link to a file outside the app', async () => {
    await symlink(join(outsideDir, 'secret.txt'), join(app.dir, 'src', 'leak.txt'));
    await expect(studio.handlers['file.read']({ path: 'src/leak.txt' })).rejects.toMatchObject({ code: 'PATH_OUTSIDE_APP' });
  });

  it('refuses to write through an in-app link to a folder outside', async () => {
    await symlink(outsideDir, join(app.dir, 'src', 'out'), 'dir');
    await expect(studio.handlers['file.write']({ path: 'src/out/planted.ts', content: 'x', baseVersion: null, force: true })).rejects.toMatchObject({ code: 'PATH_OUTSIDE_APP' });
    await expect(stat(join(outsideDir, 'planted.ts'))).rejects.toThrow();
  });

  it('writes through an in-app link to an in-app file: the target changes, the link stays a link', async () => {
    await writeFile(join(app.dir, 'src', 'real.ts'), 'export const a = 1;\n');
    await symlink('real.ts', join(app.dir, 'src', 'alias.ts'));
    const read = await studio.handlers['file.read']({ path: 'src/alias.ts' });
    expect(read.content).toBe('export const a = 1;\n');
    const written = await studio.handlers['file.write']({ path: 'src/alias.ts', content: 'export const a = 2;\n', baseVersion: read.version, force: false });
    expect(written.ok).toBe(true);
    expect(await readlink(join(app.dir, 'src', 'alias.ts'))).toBe('real.ts');
    expect(await readFile(join(app.dir, 'src', 'real.ts'), 'utf8')).toBe('export const a = 2;\n');
  });
});

describe('symlink loops (issue 14 item 4)', () => {
  it('opens and watches an app with a symlink loop, reporting it instead of exiting', async () => {
    const loopApp = await copyFixtureApp('basic-app');
    const loopData = await mkdtemp(join(tmpdir(), 'studio-data-'));
    await symlink('.', join(loopApp.dir, 'src', 'loop'), 'dir');
    await symlink('b', join(loopApp.dir, 'a'));
    await symlink('a', join(loopApp.dir, 'b'));
    const other = new Studio({ userDataDir: loopData, mode: 'browser', version: '0.0.0-test', prespawnRuns: 0 });
    try {
      const model = await other.openApp(loopApp.dir);
      expect(model.entities.some((entity) => entity.section === 'logicFunctions')).toBe(true);
      await writeFile(join(loopApp.dir, 'src', 'touch.ts'), 'export {};\n');
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      await other.dispose();
      await loopApp.cleanup();
      await rm(loopData, { recursive: true, force: true });
    }
  });
});

describe('files the studio leaves (issue 14 items 18-19)', () => {
  it('removes temp files a killed save left in the app on the next open', async () => {
    const stale = join(app.dir, 'src', '.hello.ts.0123456789ab.tmp');
    await writeFile(stale, 'half a file');
    await studio.openApp(app.dir);
    await expect.poll(async () => stat(stale).then(() => true, () => false)).toBe(false);
  });

  it('writes variables.json (secrets) with mode 0600, even over a laxer file', async () => {
    const { AppVariablesStore } = await import('../core/runs/app-variables-store');
    const folder = await mkdtemp(join(tmpdir(), 'studio-vars-'));
    const store = new AppVariablesStore(folder);
    await store.update({ API_KEY: 'secret' });
    expect((await stat(join(folder, 'variables.json'))).mode & 0o777).toBe(0o600);
    await chmod(join(folder, 'variables.json'), 0o644);
    await store.update({ API_KEY: 'again' });
    expect((await stat(join(folder, 'variables.json'))).mode & 0o777).toBe(0o600);
    await rm(folder, { recursive: true, force: true });
  });
});

describe('loopback callers (issue 14 item 6)', () => {
  it.each([
    [{ host: '127.0.0.1:4000' }, true],
    [{ host: 'localhost:4000' }, true],
    [{ host: '127.0.0.1:4000', origin: 'http://127.0.0.1:4000' }, true],
    [{ host: 'evil.example:4000' }, false],
    [{ host: '127.0.0.1:4001' }, false],
    [{ host: '127.0.0.1:4000', origin: 'https://evil.example' }, false],
    [{ host: '127.0.0.1:4000', origin: 'null' }, false],
    [{ host: '127.0.0.1:4000', 'sec-fetch-site': 'cross-site' }, false],
    [{}, false],
  ])('%o -> %s', (headers, ok) => {
    expect(checkLoopbackCaller(headers, 4000).ok).toBe(ok);
    expect(checkLoopbackCaller(headers, 4000, true).ok).toBe(true);
  });

  it('the route server refuses a cross-site POST and a rebinding Host, unless external callers are accepted', async () => {
    const state = await studio.handlers['routes.server.start']({});
    const port = state.port!;
    const crossSite = await fetch(`http://127.0.0.1:${port}/s/hello`, { method: 'POST', headers: { 'content-type': 'text/plain', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, body: 'x' });
    expect(crossSite.status).toBe(403);
    const rebinding = await rawRequest(port, `GET /s/hello HTTP/1.1\r\nHost: attacker.example:${port}\r\nConnection: close\r\n\r\n`);
    expect(rebinding).toMatch(/^HTTP\/1\.1 421/);
    expect(await rawRequest(port, 'GET // HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 (4\d\d)/);
    const accepting = await studio.handlers['routes.server.start']({ acceptExternalCallers: true });
    expect(accepting.acceptExternalCallers).toBe(true);
    const tunnel = await rawRequest(port, `GET /s/nowhere HTTP/1.1\r\nHost: tunnel.example\r\nConnection: close\r\n\r\n`);
    expect(tunnel).toMatch(/^HTTP\/1\.1 404/);
    await studio.handlers['routes.server.stop']({});
  });
});
