import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { copyFixtureApp, type TempApp } from '../../test/helpers/temp-app';
import { Studio } from '../core/studio';
import { startBrowserServer, type BrowserServer } from './browser-server';
import { createDispatcher } from './dispatcher';
import { attachIpcAdapter, IPC_EVENT_CHANNEL, IPC_REQUEST_CHANNEL, type IpcMainLike } from './ipc-adapter';

let app: TempApp;
let dataDir: string;
let rendererDir: string;
let studio: Studio;

beforeAll(async () => {
  app = await copyFixtureApp('basic-app');
  dataDir = await mkdtemp(join(tmpdir(), 'studio-data-'));
  rendererDir = await mkdtemp(join(tmpdir(), 'studio-renderer-'));
  await mkdir(rendererDir, { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>studio</title>');
  studio = new Studio({ userDataDir: dataDir, mode: 'browser', version: '0.0.0-test' });
  await studio.openApp(app.dir);
});
afterAll(async () => {
  await studio.dispose();
  await app.cleanup();
  await rm(dataDir, { recursive: true, force: true });
  await rm(rendererDir, { recursive: true, force: true });
});

describe('dispatcher', () => {
  it('refuses unknown operations and invalid params with a clear message', async () => {
    const dispatch = createDispatcher(studio.handlers);
    expect(await dispatch('app.delete', {})).toEqual({ ok: false, error: { code: 'UNKNOWN_OPERATION', message: 'Unknown operation "app.delete".' } });
    const invalid = await dispatch('file.read', { path: 42 });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMS' } });
    expect(!invalid.ok && invalid.error.message).toMatch(/path/);
  });

  it('turns core errors into codes', async () => {
    const dispatch = createDispatcher(studio.handlers);
    expect(await dispatch('file.read', { path: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'PATH_OUTSIDE_APP' } });
    expect(await dispatch('file.read', { path: 'src/logic-functions/hello.ts' })).toMatchObject({ ok: true });
  });
});

describe('browser server', () => {
  let server: BrowserServer;
  beforeAll(async () => {
    server = await startBrowserServer(studio, { rendererDir });
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 and prints a URL with a token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/);
  });

  it('answers 401 without the token, for the page too', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(response.status).toBe(401);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect((await fetch(`http://127.0.0.1:${server.port}/?token=wrong`)).status).toBe(401);
  });

  it('trades the URL token for an HttpOnly SameSite=Strict cookie, which then opens the page', async () => {
    const first = await fetch(server.url, { redirect: 'manual' });
    expect(first.status).toBe(302);
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await fetch(`http://127.0.0.1:${server.port}/`, { headers: { cookie: cookie.split(';')[0] } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>studio</title>');
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  });

  function connect(options: { token?: string; origin?: string }): Promise<WebSocket> {
    const query = options.token ? `?token=${options.token}` : '';
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/ws${query}`, { origin: options.origin });
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(ws));
      ws.once('error', reject);
      ws.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    });
  }

  it('refuses a WebSocket without the token or from another origin', async () => {
    await expect(connect({})).rejects.toThrow(/401/);
    await expect(connect({ token: server.token, origin: 'https://evil.example' })).rejects.toThrow(/401/);
  });

  it('answers requests over the WebSocket and pushes events', async () => {
    const ws = await connect({ token: server.token, origin: `http://127.0.0.1:${server.port}` });
    const messages: { type: string; id?: number; ok?: boolean; result?: { appDir?: string }; event?: string }[] = [];
    ws.on('message', (data) => messages.push(JSON.parse(data.toString())));
    ws.send(JSON.stringify({ type: 'request', id: 7, op: 'app.current', params: {} }));
    await expect.poll(() => messages.find((message) => message.id === 7)).toBeTruthy();
    expect(messages.find((message) => message.id === 7)).toMatchObject({ type: 'response', ok: true, result: { appDir: app.dir } });
    await writeFile(join(app.dir, 'src/logic-functions/added.ts'), "import { defineLogicFunction } from 'twenty-sdk/define';\nexport default defineLogicFunction({ universalIdentifier: '9a1c5f7e-2b4a-4c6d-8e9f-1a2b3c4d5e6f', name: 'added', handler: () => 1 });\n");
    await expect.poll(() => messages.some((message) => message.event === 'project.model'), { timeout: 10_000 }).toBe(true);
    ws.close();
  });
});

describe('IPC adapter', () => {
  function fakeIpcMain() {
    const handlers = new Map<string, (event: Parameters<Parameters<IpcMainLike['handle']>[1]>[0], ...args: unknown[]) => Promise<unknown>>();
    const ipcMain: IpcMainLike = {
      handle: (channel, listener) => void handlers.set(channel, listener),
      removeHandler: (channel) => void handlers.delete(channel),
    };
    return { ipcMain, handlers };
  }
  const window = { id: 1, sent: [] as unknown[], send(channel: string, message: unknown) { this.sent.push([channel, message]); }, isDestroyed: () => false };

  it('answers the studio window from a trusted page', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const detach = attachIpcAdapter(studio, ipcMain, window, (url) => url.startsWith('file://'));
    const result = await handlers.get(IPC_REQUEST_CHANNEL)!({ senderFrame: { url: 'file:///app/index.html' }, sender: { id: 1 } }, 'studio.info', {});
    expect(result).toMatchObject({ ok: true, result: { version: '0.0.0-test' } });
    detach();
    expect(handlers.size).toBe(0);
  });

  it.each([
    ['another window', { senderFrame: { url: 'file:///app/index.html' }, sender: { id: 2 } }],
    ['a frame that navigated away', { senderFrame: { url: 'https://evil.example/' }, sender: { id: 1 } }],
    ['a detached frame', { senderFrame: null, sender: { id: 1 } }],
  ])('refuses %s', async (_label, event) => {
    const { ipcMain, handlers } = fakeIpcMain();
    const detach = attachIpcAdapter(studio, ipcMain, window, (url) => url.startsWith('file://'));
    expect(await handlers.get(IPC_REQUEST_CHANNEL)!(event, 'studio.info', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    detach();
  });

  it('forwards core events to the window on the event channel', async () => {
    const { ipcMain } = fakeIpcMain();
    window.sent.length = 0;
    const detach = attachIpcAdapter(studio, ipcMain, window, () => true);
    await studio.handlers['app.open']({ appDir: app.dir });
    expect(window.sent.some((entry) => (entry as [string, { event: string }])[0] === IPC_EVENT_CHANNEL && (entry as [string, { event: string }])[1].event === 'project.model')).toBe(true);
    detach();
  });
});
