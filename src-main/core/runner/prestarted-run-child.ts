import { RunChild, type RunChildSpec } from './run-child-pool';

/**
 * A run child started before the runner that will use it exists: the CLI's exec starts it first
 * thing, so that its Node boot (on the other core) overlaps the CLI loading the studio. The runner
 * adopts it if it is the child it would have started (FunctionRunner.adopt); whatever else happens
 * (another variant, the exec failing before its run), `dispose` ends it and removes its folder.
 */
export class PrestartedRunChild {
  private child: RunChild | null;

  constructor(spec: RunChildSpec) {
    this.child = new RunChild(spec);
  }

  /** Hands the child to `adopt` once; a child it refuses (or that already exited) is ended. True if adopted. */
  offerTo(adopt: (child: RunChild) => boolean): boolean {
    const child = this.child;
    if (child === null) return false;
    this.child = null;
    if (!child.exited && adopt(child)) return true;
    PrestartedRunChild.end(child);
    return false;
  }

  /** Ends the child if nobody adopted it; a no-op after a successful offer. */
  dispose(): void {
    const child = this.child;
    this.child = null;
    if (child) PrestartedRunChild.end(child);
  }

  /** The pid of the child still held here (tests), or null. */
  get pid(): number | null {
    return this.child?.process.pid ?? null;
  }

  private static end(child: RunChild): void {
    child.stopIdle();
    void child.started.then(() => child.removeTempDir());
  }
}
