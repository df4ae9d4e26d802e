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

/**
 * Evaluates bundles in a child process. One child serves one batch (like the SDK, which evaluates every
 * file of a build in one process) and is then discarded; the next one is started ahead of time so an
 * edit does not wait for Node to boot.
 */
export class ConfigEvaluator {
  private spare: ChildProcess | null = null;
  private disposed = false;

  constructor(private readonly timeoutMs = DEFAULT_EVALUATION_TIMEOUT_MS) {}

  /** The app last evaluated: spares preload its twenty-sdk. */
  private appDir: string | null = null;

  warmUp(appDir: string | null = this.appDir): void {
    this.appDir = appDir;
    if (this.spare || this.disposed) return;
    this.spare = spawnEvaluator();
    if (appDir) this.spare.send({ preload: appDir });
  }

  private take(): ChildProcess {
    const child = this.spare && this.spare.connected ? this.spare : spawnEvaluator();
    this.spare = null;
    setImmediate(() => this.warmUp());
    return child;
  }

  async evaluate(appDir: string, bundles: { file: string; code: string }[]): Promise<Map<string, EvaluationOutcome>> {
    const outcomes = new Map<string, EvaluationOutcome>();
    if (this.appDir !== appDir) {
      // A spare warmed for another app would load the wrong SDK.
      this.spare?.kill('SIGKILL');
      this.spare = null;
      this.appDir = appDir;
    }
    let child = this.take();
    let nextId = 1;
    try {
      for (const bundle of bundles) {
        const id = nextId++;
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
        if (childEnded || !child.connected) child = spawnEvaluator();
      }
    } finally {
      child.kill('SIGKILL');
    }
    return outcomes;
  }

  dispose(): void {
    this.disposed = true;
    this.spare?.kill('SIGKILL');
    this.spare = null;
  }
}
