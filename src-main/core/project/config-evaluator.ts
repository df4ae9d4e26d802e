import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { resolveChildScript } from '../child-script';
import type { JsonObject } from '../../../src-shared/contract';

export type EvaluationOutcome =
  | { ok: true; success: boolean; config: JsonObject | null; errors: string[]; warnings: string[]; handlerIsFunction: boolean }
  | { ok: false; error: { name: string; message: string; stack?: string } };

/** How long one entity file's top-level code may run before it is reported and its process killed. */
const DEFAULT_EVALUATION_TIMEOUT_MS = 10_000;

function spawnEvaluator(): ChildProcess {
  // The child gets no studio environment: evaluation runs user code.
  const child = fork(resolveChildScript('evaluate-child'), [], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    execArgv: [],
  });
  // A send to a child that just died must not crash the studio; the exit handler reports it.
  child.on('error', () => undefined);
  return child;
}

/** Batches one evaluator process serves before it is replaced (what entity files leave behind stays bounded). */
const BATCHES_PER_CHILD = 25;

/**
 * Evaluates bundles in a child process, like the SDK, which evaluates every file of a build in one
 * process. The child that served a batch stays warm (its twenty-sdk loaded) for the next one, so an
 * edit costs the evaluation of its files, not a Node start and an SDK load; it is replaced after
 * BATCHES_PER_CHILD batches, after a timeout or crash, and when another app is evaluated. The
 * replacement is started when the batch is over, never while the edit waits.
 */
export class ConfigEvaluator {
  private spare: ChildProcess | null = null;
  /** Batches the spare has already served (0: a fresh process). */
  private spareBatches = 0;
  /** Request ids are unique across batches: a kept child never mistakes an old answer for a new one. */
  private nextId = 1;
  private disposed = false;

  constructor(private readonly timeoutMs = DEFAULT_EVALUATION_TIMEOUT_MS) {}

  /** The app last evaluated: spares preload its twenty-sdk. */
  private appDir: string | null = null;

  warmUp(appDir: string | null = this.appDir): void {
    this.appDir = appDir;
    if (this.spare || this.disposed) return;
    this.spare = spawnEvaluator();
    this.spareBatches = 0;
    if (appDir) this.spare.send({ preload: appDir });
  }

  private take(): { child: ChildProcess; batches: number } {
    const taken = this.spare && this.spare.connected ? { child: this.spare, batches: this.spareBatches } : { child: spawnEvaluator(), batches: 0 };
    if (this.spare && this.spare !== taken.child) this.spare.kill('SIGKILL');
    this.spare = null;
    return taken;
  }

  /** After a batch: a healthy child that has served fewer than BATCHES_PER_CHILD batches waits for the next one. */
  private giveBack(child: ChildProcess, batches: number, healthy: boolean): void {
    if (healthy && child.connected && !this.disposed && !this.spare && batches < BATCHES_PER_CHILD) {
      this.spare = child;
      this.spareBatches = batches;
      return;
    }
    child.kill('SIGKILL');
    setImmediate(() => this.warmUp());
  }

  async evaluate(appDir: string, bundles: { file: string; code: string }[]): Promise<Map<string, EvaluationOutcome>> {
    const outcomes = new Map<string, EvaluationOutcome>();
    if (this.appDir !== appDir) {
      // A spare warmed for another app would load the wrong SDK.
      this.spare?.kill('SIGKILL');
      this.spare = null;
      this.appDir = appDir;
    }
    const taken = this.take();
    let child = taken.child;
    let healthy = true;
    try {
      for (const bundle of bundles) {
        const id = this.nextId++;
        let childEnded = false;
        const outcome = await new Promise<EvaluationOutcome>((resolve) => {
          const timer = setTimeout(() => {
            cleanup();
            childEnded = true;
            child.kill('SIGKILL');
            resolve({ ok: false, error: { name: 'TimeoutError', message: `Evaluating ${bundle.file} took more than ${this.timeoutMs / 1000} s: its top-level code never finished.` } });
          }, this.timeoutMs);
          const onMessage = (message: { id: number } & EvaluationOutcome) => {
            if (message.id !== id) return;
            cleanup();
            const { id: _id, ...outcome } = message;
            void _id;
            resolve(outcome as EvaluationOutcome);
          };
          const onExit = (code: number | null) => {
            cleanup();
            childEnded = true;
            resolve({ ok: false, error: { name: 'Error', message: `Evaluating ${bundle.file} ended its process (exit code ${code}).` } });
          };
          const cleanup = () => {
            clearTimeout(timer);
            child.off('message', onMessage);
            child.off('exit', onExit);
          };
          child.on('message', onMessage);
          child.on('exit', onExit);
          child.send({ id, appDir, file: bundle.file, absolutePath: join(appDir, bundle.file), code: bundle.code });
        });
        outcomes.set(bundle.file, outcome);
        if (childEnded || !child.connected) {
          healthy = false;
          child = spawnEvaluator();
        }
      }
    } catch (error) {
      healthy = false;
      throw error;
    } finally {
      // A child replaced mid-batch (timeout, crash) is fresh but was never preloaded: it is not kept.
      this.giveBack(child, taken.batches + 1, healthy && child === taken.child);
    }
    return outcomes;
  }

  dispose(): void {
    this.disposed = true;
    this.spare?.kill('SIGKILL');
    this.spare = null;
  }
}
