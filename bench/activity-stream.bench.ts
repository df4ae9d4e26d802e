// activity_stream_events_per_s (issue 11): database events published by the Local workspace, as its
// writes publish them, reaching a browser-mode window's transport (the WebSocket of `twenty-studio
// serve`), every entry received exactly once and in order. The reference, in the same run: the same
// entries as JSON over a bare `ws` server and client on the same machine, in batches of the same size.
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { WebSocket, WebSocketServer } from 'ws';
import { Studio } from '../src-main/core/studio';
import type { RecordChange } from '../src-main/core/workspace/sql/record-repository';
import { startBrowserServer } from '../src-main/transport/browser-server';
import { round } from './stats';

const repoRoot = process.env.TWENTY_STUDIO_REPO ?? process.cwd();
const EVENTS = 200_000;
const CHUNK = 1000;

const change = (index: number): RecordChange => ({ objectName: 'task', operation: 'created', recordId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`, after: { id: String(index), title: `Task ${index}` } });

async function studioStream(): Promise<{ perSecond: number; received: number; inOrder: boolean }> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-activity-'));
  const appDir = join(dir, 'app');
  await cp(join(repoRoot, 'test', 'fixtures', 'apps', 'basic-app'), appDir, { recursive: true });
  await symlink(join(repoRoot, 'node_modules'), join(appDir, 'node_modules'), 'dir');
  const studio = new Studio({ userDataDir: join(dir, 'data'), mode: 'browser', version: '0.0.0-bench', prespawnRuns: 0 });
  const renderer = join(dir, 'renderer');
  try {
    const model = await studio.openApp(appDir);
    await studio.runs.updateModel(model);
    const workspace = await studio.workspace.ensureOpen();
    const server = await startBrowserServer(studio, { rendererDir: renderer });
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}/ws?token=${server.token}`);
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    // Whatever the open already logged is not part of the measure.
    const baseline = studio.workspace.activitySince(0, 100_000).at(-1)?.seq ?? 0;
    let received = 0;
    let lastSeq = baseline;
    let inOrder = true;
    let finishedAt = 0;
    const done = new Promise<void>((resolve) => {
      socket.on('message', (data) => {
        const message = JSON.parse(data.toString()) as { type: string; event?: string; payload?: { entries: { seq: number; kind: string }[] } };
        if (message.type !== 'event' || message.event !== 'workspace.activity') return;
        for (const entry of message.payload!.entries) {
          if (entry.seq <= baseline) continue;
          if (entry.seq !== lastSeq + 1) inOrder = false;
          lastSeq = entry.seq;
          if (entry.kind === 'event') received += 1;
        }
        if (received >= EVENTS) {
          finishedAt = performance.now();
          resolve();
        }
      });
    });
    const started = performance.now();
    for (let offset = 0; offset < EVENTS; offset += CHUNK) {
      workspace.publish(Array.from({ length: CHUNK }, (_, index) => change(offset + index)), null);
      // A writer commits, then the loop turns: publishing never holds the event loop for the whole run.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 120_000))]);
    socket.close();
    await server.close();
    return { perSecond: received >= EVENTS ? EVENTS / ((finishedAt - started) / 1000) : 0, received, inOrder };
  } finally {
    await studio.dispose();
    await rm(dir, { recursive: true, force: true });
  }
}

async function bareStream(): Promise<number> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => wss.once('listening', resolve));
  const port = (wss.address() as { port: number }).port;
  const connected = new Promise<import('ws').WebSocket>((resolve) => wss.once('connection', resolve));
  const client = new WebSocket(`ws://127.0.0.1:${port}`);
  await new Promise((resolve) => client.once('open', resolve));
  const peer = await connected;
  let received = 0;
  let finishedAt = 0;
  const done = new Promise<void>((resolve) => {
    client.on('message', (data) => {
      received += (JSON.parse(data.toString()) as { payload: { entries: unknown[] } }).payload.entries.length;
      if (received >= EVENTS) {
        finishedAt = performance.now();
        resolve();
      }
    });
  });
  const started = performance.now();
  let seq = 0;
  for (let offset = 0; offset < EVENTS; offset += CHUNK) {
    const entries = Array.from({ length: CHUNK }, (_, index) => {
      const item = change(offset + index);
      return { seq: ++seq, time: new Date().toISOString(), kind: 'event', runId: null, summary: `${item.objectName}.${item.operation} ${item.recordId}`, detail: { name: `${item.objectName}.${item.operation}`, object: item.objectName, operation: item.operation, recordId: item.recordId, updatedFields: null } };
    });
    peer.send(JSON.stringify({ type: 'event', event: 'workspace.activity', payload: { entries } }));
    await new Promise((resolve) => setImmediate(resolve));
  }
  await done;
  client.close();
  await new Promise((resolve) => wss.close(resolve));
  return EVENTS / ((finishedAt - started) / 1000);
}

async function main() {
  const reference = await bareStream();
  const { perSecond, received, inOrder } = await studioStream();
  const none_lost = received === EVENTS && inOrder;
  console.error(`activity stream: ${received}/${EVENTS} events received, in order: ${inOrder}`);
  console.log(JSON.stringify([
    { name: 'activity_stream_events_per_s', value: round(perSecond), unit: 'events/s', reference: { name: 'same_entries_over_bare_ws_per_s', value: round(reference) }, target: '>= 20000, none lost', pass: perSecond >= 20_000 && none_lost },
  ]));
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
