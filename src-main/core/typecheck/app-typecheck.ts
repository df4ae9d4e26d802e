import { fork, type ChildProcess } from 'node:child_process';
import { constants, setPriority } from 'node:os';
import { resolveChildScript } from '../child-script';
import type { TypecheckOutcome } from './tsc-check';

export type { TypecheckError, TypecheckOutcome } from './tsc-check';

/**
 * The app's continuous typecheck: one long-lived child per open app (`typecheck-child.ts`) holding the
 * incremental program. Requests made while a check runs collapse into one more check after it, so a
 * burst of saves costs at most two checks and the last one always sees the latest files.
 */
export class AppTypecheck {
  private child: ChildProcess | null = null;
  private nextId = 1;
  private running: Promise<TypecheckOutcome> | null = null;
  private queued: Promise<TypecheckOutcome> | null = null;
  private disposed = false;

  constructor(private readonly appDir: string, private readonly timeoutMs = 120_000) {}

  /** Checks the files on disk now (or right after the check in progress). */
  check(): Promise<TypecheckOutcome> {
    if (this.queued) return this.queued;
    if (!this.running) return this.start();
    const after = this.running.catch(() => undefined).then(() => {
      this.queued = null;
      return this.start();
    });
    this.queued = after;
    return after;
  }

  private start(): Promise<TypecheckOutcome> {
    const running = this.runOnce().finally(() => {
      if (this.running === running) this.running = null;
    });
    this.running = running;
    return running;
  }

  private runOnce(): Promise<TypecheckOutcome> {
    if (this.disposed) return Promise.resolve({ state: 'unavailable', message: 'The app was closed.' });
    const child = this.ensureChild();
    const id = this.nextId++;
    return new Promise<TypecheckOutcome>((resolve) => {
      const finish = (outcome: TypecheckOutcome) => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(outcome);
      };
      const timer = setTimeout(() => {
        this.killChild();
        finish({ state: 'unavailable', message: `The typecheck took more than ${Math.round(this.timeoutMs / 1000)} s and was stopped.` });
      }, this.timeoutMs);
      const onMessage = (message: { id: number; ok: boolean; outcome?: TypecheckOutcome; message?: string }) => {
        if (message.id !== id) return;
        finish(message.ok && message.outcome ? message.outcome : { state: 'unavailable', message: `The typecheck failed: ${message.message ?? 'no answer'}` });
      };
      const onExit = (code: number | null) => {
        if (this.child === child) this.child = null;
        finish({ state: 'unavailable', message: `The typecheck process ended (exit code ${code}).` });
      };
      child.on('message', onMessage);
      child.on('exit', onExit);
      child.send({ id, appDir: this.appDir });
    });
  }

  private ensureChild(): ChildProcess {
    if (this.child && this.child.connected) return this.child;
    // The compiler reads only the app's files: it gets no studio environment.
    const child = fork(resolveChildScript('typecheck-child'), [], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      execArgv: [],
    });
    child.on('error', () => undefined);
    // The least urgent work the studio does: on a small machine the window, the runs and the edit
    // path go first (the whole-app check takes seconds of CPU right after an app opens).
    if (child.pid !== undefined) {
      try {
        setPriority(child.pid, constants.priority.PRIORITY_BELOW_NORMAL);
      } catch {
        // Not allowed here (some containers): the check runs at normal priority.
      }
    }
    this.child = child;
    return child;
  }

  private killChild(): void {
    this.child?.kill('SIGKILL');
    this.child = null;
  }

  dispose(): void {
    this.disposed = true;
    this.killChild();
  }
}
