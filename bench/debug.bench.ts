// Debugger benchmarks: from Debug to paused on a breakpoint at the handler's first line (the plain
// run's start-to-result latency measured in the same process as reference), and step latency.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DebugSession } from '../src-shared/contract';
import { Studio } from '../src-main/core/studio';
import { generateApp } from './generated-app';
import { median, round } from './stats';

const repoRoot = process.env.TWENTY_STUDIO_REPO ?? process.cwd();
const UID = '7c1b9d2e-3f4a-4b5c-8d6e-9f0a1b2c3d4e';
const FILE = 'src/logic-functions/debug-target.ts';
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const STEPS = 20;

const SOURCE = [
  "import { defineLogicFunction } from 'twenty-sdk/define';",
  'const handler = async (input: { value: number }) => {',
  '  let total = 0;',
  '  for (let i = 0; i < 40; i += 1) {',
  '    total += i * input.value;',
  '  }',
  '  const label = `total ${total}`;',
  '  return { total, label };',
  '};',
  'export default defineLogicFunction({',
  `  universalIdentifier: '${UID}',`,
  "  name: 'debug-target',",
  '  handler,',
  '});',
  '',
].join('\n');

type SessionListener = (session: DebugSession) => void;

const trace = (text: string): void => void (process.env.BENCH_TRACE && process.stderr.write(`${text}\n`));

async function main() {
  const appDir = await generateApp(repoRoot, 2);
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-debug-data-'));
  await writeFile(join(appDir, FILE), SOURCE);
  const studio = new Studio({ userDataDir: dataDir, mode: 'browser', version: 'bench' });
  const listeners = new Set<SessionListener>();
  studio.onEvent((name, payload) => {
    if (name === 'debug.session') trace(`session ${(payload as DebugSession).status} ${(payload as DebugSession).notices.join(' ')} ${(payload as DebugSession).endedReason ?? ''}`);
    if (name === 'debug.session') for (const listener of listeners) listener(payload as DebugSession);
  });
  const next = (sessionId: string | null, status: DebugSession['status']): Promise<DebugSession> => new Promise((resolve) => {
    const listener: SessionListener = (session) => {
      if ((sessionId === null || session.sessionId === sessionId) && session.status === status) {
        listeners.delete(listener);
        resolve(session);
      }
    };
    listeners.add(listener);
  });
  try {
    const model = await studio.openApp(appDir);
    trace('opened');
    // The Local workspace opens in the background on the first open (seconds of PGlite set-up): let it finish first.
    await studio.workspace.ensureOpen().catch(() => undefined);
    await studio.runs.updateModel(model);
    // Against the offline endpoint: what is measured is the runner and the debugger, not the Local workspace.
    studio.runs.overrideTarget({ kind: 'offline' });
    await studio.handlers['debug.breakpoints.set']({ file: FILE, breakpoints: [{ line: 3, enabled: true }] });

    // Reference: a plain run, start to result, with a pre-spawned child as every plain run has.
    const plain: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 300)); // the pool refills
      const started = performance.now();
      const record = await studio.runs.execute({ universalIdentifier: UID, payload: { value: i } });
      if (record.result?.status !== 'SUCCESS') throw new Error(`plain run failed: ${JSON.stringify(record.result?.error)}`);
      plain.push(performance.now() - started);
      trace(`plain ${i}: ${Math.round(plain.at(-1)!)} ms`);
    }

    const toPause: number[] = [];
    const steps: number[] = [];
    // Where the time goes, per stage (ms since the Debug request): the run service until the session
    // exists, the child up with its inspector, the WebSocket open, enabled with breakpoints placed, paused.
    const stages: Record<string, number[]> = { session: [], inspector: [], connected: [], ready: [], paused: [] };
    for (let i = 0; i < RUNS; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 300)); // as between plain runs: the debug-ready child refills
      const started = performance.now();
      let sessionAt = 0;
      const starting = next(null, 'starting').then(() => (sessionAt = performance.now() - started));
      const paused = next(null, 'paused');
      const { sessionId } = await studio.handlers['debug.start']({ universalIdentifier: UID, payload: { value: i } });
      const session = await paused;
      toPause.push(performance.now() - started);
      await starting;
      const timings = studio.debug.session(sessionId).startTimings;
      stages.session!.push(sessionAt);
      for (const stage of ['inspector', 'connected', 'ready', 'paused'] as const) stages[stage]!.push(sessionAt + (timings[stage] ?? NaN));
      trace(`to pause ${i}: ${Math.round(toPause.at(-1)!)} ms (${JSON.stringify(timings)}, session after ${Math.round(sessionAt)} ms)`);
      if (session.sessionId !== sessionId || session.paused?.frames[0]?.line !== 3) throw new Error(`paused elsewhere: ${JSON.stringify(session.paused?.frames[0])}`);
      if (i === 0) {
        // Steps over the loop: each from the command to the paused state the window receives.
        for (let step = 0; step < STEPS; step += 1) {
          const stepped = next(sessionId, 'paused');
          const stepStarted = performance.now();
          await studio.handlers['debug.command']({ sessionId, action: 'stepOver' });
          await stepped;
          steps.push(performance.now() - stepStarted);
        }
      }
      const ended = next(sessionId, 'ended');
      await studio.handlers['debug.command']({ sessionId, action: 'continue' });
      await ended;
    }
    const toPauseMs = round(median(toPause));
    const plainMs = round(median(plain));
    const stepMs = round(median(steps));
    const stepMaxMs = round(Math.max(...steps));
    const breakdown = Object.fromEntries(Object.entries(stages).map(([stage, values]) => [stage, round(median(values))]));
    console.error(`debug start breakdown (median ms since Debug): ${JSON.stringify(breakdown)}; plain run ${plainMs} ms`);
    console.log(JSON.stringify([
      { name: 'debug_start_to_pause_ms', value: toPauseMs, unit: 'ms', reference: { name: 'plain_run_start_to_result_ms', value: plainMs }, target: '<= 500 (median)', pass: toPauseMs <= 500 },
      { name: 'debug_step_ms', value: stepMs, unit: 'ms', reference: { name: 'debug_step_max_ms', value: stepMaxMs }, target: `<= 50 (median of ${STEPS} steps)`, pass: stepMs <= 50 },
    ]));
  } finally {
    await studio.dispose();
    await rm(appDir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
