// log_throughput_lines_per_s: a function printing a million lines, from run.start to the last line
// arriving, in order, at a WebSocket client of the browser-mode server; against the same loop in a
// bare Node writing to a pipe. Shared by runner.bench.ts and bench/profile/log-throughput.ts.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { Studio } from '../src-main/core/studio';
import { startBrowserServer } from '../src-main/transport/browser-server';

export const LINES = 1_000_000;

/** Lines per second from run.start to the last line arriving, in order, at a WebSocket client. */
/** Called around the measured stretch (bench/profile/log-throughput.ts profiles it). */
export interface FloodHooks {
  beforeStart?: () => Promise<void>;
  afterEnd?: () => Promise<void>;
}

export async function logThroughput(appDir: string, dataDir: string, hooks: FloodHooks = {}): Promise<{ linesPerSecond: number; referenceLinesPerSecond: number }> {
  await writeFile(join(appDir, 'src', 'logic-functions', 'flood.ts'), [
    "import { defineLogicFunction } from 'twenty-sdk/define';",
    'export default defineLogicFunction({',
    "  universalIdentifier: '5d0f3c1e-8a7b-4c2d-9e1f-0a1b2c3d4e5f',",
    "  name: 'flood',",
    '  timeoutSeconds: 120,',
    `  handler: async () => { for (let i = 0; i < ${LINES}; i += 1) console.log(i); return 'done'; },`,
    '});',
  ].join('\n'));
  const studio = new Studio({ userDataDir: dataDir, mode: 'browser', version: 'bench' });
  const rendererDir = join(dataDir, 'renderer');
  await mkdir(rendererDir, { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html>');
  const model = await studio.openApp(appDir);
  // The Local workspace opens in the background after an app opens (seconds of PGlite set-up in this
  // process): let it finish, so that what is measured is the flood, not the workspace's start.
  await studio.workspace.ensureOpen().catch(() => undefined);
  await studio.runs.updateModel(model);
  const server = await startBrowserServer(studio, { rendererDir });
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/ws?token=${server.token}`, { origin: `http://127.0.0.1:${server.port}` });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));

  const uid = '5d0f3c1e-8a7b-4c2d-9e1f-0a1b2c3d4e5f';
  // What the function prints, in order: each text that arrives must be the next stretch of it, so a
  // line lost, repeated or out of order fails the run. (Compared as text, natively: the check must
  // not cost the process more than the studio's own work on the same lines.)
  const expected = `${Array.from({ length: LINES }, (_, index) => index).join('\n')}\n`;
  let received = 0;
  let runId: string | null = null;
  await hooks.beforeStart?.();
  const started = performance.now();
  const done = new Promise<number>((resolve, reject) => {
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString());
      if (message.type === 'response' && message.id === 1) {
        if (!message.ok) reject(new Error(message.error.message));
        runId = message.result.runId;
      }
      if (message.type !== 'event' || message.event !== 'console.batch') return;
      for (const entry of message.payload.entries) {
        if (entry.level !== 'INFO' || (runId && entry.source !== runId)) continue;
        const text = entry.text as string;
        if (!expected.startsWith(text, received)) {
          const line = expected.slice(0, received).split('\n').length - 1;
          reject(new Error(`output went wrong at line ${line}: "${text.slice(0, 40)}" arrived`));
        }
        received += text.length;
        if (received === expected.length) resolve(performance.now());
      }
    });
  });
  ws.send(JSON.stringify({ type: 'request', id: 1, op: 'run.start', params: { universalIdentifier: uid, payload: {} } }));
  const ended = await done;
  await hooks.afterEnd?.();
  ws.close();
  await server.close();
  await studio.dispose();

  // Reference: the same loop in a bare Node process writing to a pipe that nobody parses.
  const { spawnSync } = await import('node:child_process');
  const referenceStarted = performance.now();
  spawnSync(process.execPath, ['-e', `for (let i = 0; i < ${LINES}; i += 1) console.log(i)`], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  const referenceSeconds = (performance.now() - referenceStarted) / 1000;
  return { linesPerSecond: Math.round(LINES / ((ended - started) / 1000)), referenceLinesPerSecond: Math.round(LINES / referenceSeconds) };
}
