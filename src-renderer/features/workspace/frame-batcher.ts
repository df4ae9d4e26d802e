export interface FrameScheduler {
  /** Calls `run` once, at the next frame or after `maxWaitMs`, whichever comes first; returns a cancel. */
  schedule(run: () => void, maxWaitMs: number): () => void;
}

/**
 * The next animation frame, with a timer as a floor: a hidden tab or a minimized window draws no
 * frames, and what waits for one would pile up until the window shows again.
 */
export const animationFrameScheduler: FrameScheduler = {
  schedule(run, maxWaitMs) {
    let frame: number | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const cancel = () => {
      if (frame !== null) cancelAnimationFrame(frame);
      if (timer !== null) clearTimeout(timer);
      frame = timer = null;
    };
    const fire = () => {
      cancel();
      run();
    };
    if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(fire);
    timer = setTimeout(fire, maxWaitMs);
    return cancel;
  },
};

/**
 * Collects what arrives between two frames and hands it over in one call per frame: a fast event
 * stream costs one store update and one render per frame, not one per message.
 */
export class FrameBatcher<T> {
  private pending: T[] = [];
  private cancel: (() => void) | null = null;

  constructor(
    private readonly flushTo: (items: T[]) => void,
    private readonly scheduler: FrameScheduler = animationFrameScheduler,
    private readonly maxWaitMs = 250,
  ) {}

  push(items: readonly T[]): void {
    if (items.length === 0) return;
    // A loop, not push(...items): a spread of a large batch overflows the argument stack.
    for (const item of items) this.pending.push(item);
    this.cancel ??= this.scheduler.schedule(() => this.flush(), this.maxWaitMs);
  }

  /** Hands over what is pending now (also what the scheduled frame does). */
  flush(): void {
    this.cancel?.();
    this.cancel = null;
    if (this.pending.length === 0) return;
    const items = this.pending;
    this.pending = [];
    this.flushTo(items);
  }

  /** Forgets what is pending (another app's workspace, or the stores are disposed). */
  drop(): void {
    this.cancel?.();
    this.cancel = null;
    this.pending = [];
  }
}
