import type { Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export interface MainThreadTasks {
  /** The most CPU one task of the page's main thread used, in ms. */
  longestCpuMs: number;
  /** The wall time of that task, in ms (longer when the machine is busy with other work). */
  itsWallMs: number;
  over50: number;
  over100: number;
}

/**
 * Traces the page's main-thread tasks (CDP Tracing, `toplevel` only) with the CPU time each used
 * (`tdur`). A loaded machine stretches a task's wall time (what the `longtask` observer reports) with
 * the time the thread waits for a core; its CPU time is close to what a quiet machine would see.
 * Returns the function that stops the trace and sums it up.
 */
export async function traceMainThreadTasks(page: Page): Promise<() => Promise<MainThreadTasks>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const event of value as unknown as TraceEvent[]) if (event.name === 'ThreadControllerImpl::RunTask' || (event.ph === 'M' && event.name === 'thread_name')) events.push(event);
  });
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['toplevel'] } });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    const thread = (event: TraceEvent) => `${event.pid}:${event.tid}`;
    const mains = new Set(events.filter((event) => event.ph === 'M' && event.args?.name === 'CrRendererMain').map(thread));
    const byThread = new Map<string, TraceEvent[]>();
    for (const event of events) {
      if (event.ph !== 'X' || !mains.has(thread(event))) continue;
      const list = byThread.get(thread(event));
      if (list) list.push(event);
      else byThread.set(thread(event), [event]);
    }
    // The page's renderer is the busiest CrRendererMain (others are idle frames or workers' hosts).
    const cpu = (event: TraceEvent) => (event.tdur ?? 0) / 1000;
    const tasks = [...byThread.values()].sort((a, b) => b.reduce((sum, event) => sum + cpu(event), 0) - a.reduce((sum, event) => sum + cpu(event), 0))[0] ?? [];
    const longest = tasks.reduce<TraceEvent | null>((best, event) => (best === null || cpu(event) > cpu(best) ? event : best), null);
    return {
      longestCpuMs: Math.round(longest ? cpu(longest) : 0),
      itsWallMs: Math.round((longest?.dur ?? 0) / 1000),
      over50: tasks.filter((event) => cpu(event) > 50).length,
      over100: tasks.filter((event) => cpu(event) > 100).length,
    };
  };
}
