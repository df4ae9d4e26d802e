// Soak (issue 14): 500 runs, 50 started at once, mixed with abuse (throwing, timing out, leaving a
// child behind, flooding output, unhandled rejections), while a browser-mode window keeps asking the
// core for its state. Reports runs per second (reference: the same number of plain runs one at a
// time), the window's request p95 while loaded, and what leaked: processes, descriptors, run folders.
import { cp, readdir, readlink, rm, mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { Studio } from '../src-main/core/studio';
import { startBrowserServer } from '../src-main/transport/browser-server';
import { median, round } from './stats';

const TOTAL = Number(process.env.SOAK_TOTAL ?? 500);
const CONCURRENT = Number(process.env.SOAK_CONCURRENT ?? 50);

/** Every live process whose ancestry reaches this one (the run children and whatever they started). */
function descendants(): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] !== 'Z') parents.set(Number(name), Number(fields[1]));
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = [];
  for (const pid of parents.keys()) {
    let current = parents.get(pid);
    for (let hops = 0; current && hops < 50; hops += 1) {
      if (current === process.pid) {
        found.push(pid);
        break;
      }
      current = parents.get(current);
    }
  }
  return found;
}

async function runFolders(): Promise<number> {
  return (await readdir(tmpdir())).filter((name) => name.startsWith('twenty-run-')).length;
}

const descriptorKinds = new Map<string, number>();
async function openDescriptors(): Promise<number> {
  let count = 0;
  descriptorKinds.clear();
  for (const fd of await readdir('/proc/self/fd')) {
    const target = await readlink(`/proc/self/fd/${fd}`).catch(() => '');
    if (target.startsWith('anon_inode:')) continue;
    count += 1;
    const kind = target.replace(/\[\d+\]$/, '').replace(/\/[^/]*$/, '/');
    descriptorKinds.set(kind, (descriptorKinds.get(kind) ?? 0) + 1);
  }
  return count;
}

const repoRoot = process.env.TWENTY_STUDIO_REPO ?? process.cwd();

async function main() {
  const appDir = await mkdtemp(join(tmpdir(), 'bench-soak-app-'));
  await cp(join(repoRoot, 'test/fixtures/apps/runner-app'), appDir, { recursive: true });
  await symlink(join(repoRoot, 'node_modules'), join(appDir, 'node_modules'), 'dir');
  const app = { dir: appDir, cleanup: () => rm(appDir, { recursive: true, force: true }) };
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-soak-data-'));
  const rendererDir = join(dataDir, 'renderer');
  await mkdir(rendererDir, { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html>');
  const studio = new Studio({ userDataDir: dataDir, mode: 'browser', version: 'bench' });
  try {
    const model = await studio.openApp(app.dir);
    await studio.runs.updateModel(model);
    // Runs use the offline endpoint; the workspace (opened eagerly in a window) is opened first so its
    // database files are counted in both the before and after figures.
    studio.runs.overrideTarget({ kind: 'offline' });
    await studio.workspace.ensureOpen();
    const server = await startBrowserServer(studio, { rendererDir });
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/ws?token=${server.token}`, { origin: `http://127.0.0.1:${server.port}` });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const pending = new Map<number, number>();
    const latencies: number[] = [];
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString());
      if (message.type === 'response' && pending.has(message.id)) {
        latencies.push(performance.now() - pending.get(message.id)!);
        pending.delete(message.id);
      }
    });
    const uid = (name: string) => model.entities.find((entity) => entity.config?.name === name)!.universalIdentifier!;
    const mix = [
      ['echo', { hello: 'world' }], ['echo', { n: 1 }], ['echo', { n: 2 }], ['echo', { n: 3 }], ['echo', { n: 4 }],
      ['throw-type-error', {}], ['unhandled-rejection', {}], ['print-lines', { count: 2000 }], ['spawn-child', {}], ['never-resolve', {}],
    ] as const;

    await studio.runs.execute({ universalIdentifier: uid('echo'), payload: {}, origin: 'bench' });
    // Counted at rest, as after the soak: the child replacing the one that run took starts a moment
    // after its result (RunChildPool.refill), and counted while starting it made one run of 2 read a leak.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const before = { processes: descendants().length, descriptors: await openDescriptors(), folders: await runFolders() };
    const kindsBefore = new Map(descriptorKinds);

    // Reference: plain runs one at a time.
    const referenceStarted = performance.now();
    for (let i = 0; i < 20; i += 1) await studio.runs.execute({ universalIdentifier: uid('echo'), payload: { i }, origin: 'bench' });
    const referenceRunsPerSecond = 20 / ((performance.now() - referenceStarted) / 1000);

    let nextId = 1;
    const poll = setInterval(() => {
      const id = nextId++;
      pending.set(id, performance.now());
      ws.send(JSON.stringify({ type: 'request', id, op: id % 2 ? 'run.live' : 'app.current', params: {} }));
    }, 20);
    const started = performance.now();
    let launched = 0;
    const statuses = { SUCCESS: 0, ERROR: 0 };
    const worker = async () => {
      while (launched < TOTAL) {
        const [name, payload] = mix[launched % mix.length];
        launched += 1;
        const record = await studio.runs.execute({ universalIdentifier: uid(name), payload, origin: 'bench' });
        statuses[record.result!.status] += 1;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENT }, worker));
    const elapsed = (performance.now() - started) / 1000;
    clearInterval(poll);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const after = { processes: descendants().length, descriptors: await openDescriptors(), folders: await runFolders() };
    if (process.env.SOAK_DEBUG) console.error('descriptors before', Object.fromEntries(kindsBefore), 'after', Object.fromEntries(descriptorKinds));
    ws.close();
    await server.close();

    const sorted = [...latencies].sort((a, b) => a - b);
    const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
    const leaked = {
      processes: Math.max(0, after.processes - before.processes),
      descriptors: Math.max(0, after.descriptors - before.descriptors),
      folders: Math.max(0, after.folders - before.folders),
    };
    console.log(JSON.stringify([
      { name: 'soak_runs_per_s', value: round(TOTAL / elapsed), unit: 'runs/s', reference: { name: 'sequential_plain_runs_per_s', value: round(referenceRunsPerSecond) }, target: `${TOTAL} runs, ${CONCURRENT} concurrent, all finished (${statuses.SUCCESS} SUCCESS, ${statuses.ERROR} ERROR)`, pass: statuses.SUCCESS + statuses.ERROR === TOTAL },
      { name: 'soak_window_request_p95_ms', value: round(p95), unit: 'ms', reference: { name: 'window_request_median_ms', value: round(median(latencies)) }, target: '<= 100', pass: p95 <= 100 },
      { name: 'soak_leaked_processes', value: leaked.processes, unit: 'processes', target: '0 (descriptors and run folders too)', pass: leaked.processes === 0 && leaked.descriptors <= 2 && leaked.folders === 0, detail: leaked },
    ]));
  } finally {
    await studio.dispose();
    await app.cleanup();
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
