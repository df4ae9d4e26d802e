import type { InstallProgressEvent, InstallStep } from '../../../src-shared/contract';

export type StepName = InstallStep['name'];
export type LiveStepStatus = 'running' | InstallStep['status'];

export interface LiveStep {
  name: StepName;
  status: LiveStepStatus;
  /** The finished step, once the core reported it. */
  step?: InstallStep;
  /** Hook output as it streamed, attempts marked. */
  output: string;
}

export interface LiveSide {
  phase: 'materialising' | 'building' | 'ready';
  label: string;
}

/** A simulation while it runs, rebuilt from `install.progress` events. */
export interface LiveTimeline {
  sides: { from?: LiveSide; to?: LiveSide };
  /** A side's own dependency install (differentDependencies: 'install'), line by line as it streams. */
  dependencies: { from?: string; to?: string };
  steps: LiveStep[];
}

export const emptyLiveTimeline: LiveTimeline = { sides: {}, dependencies: {}, steps: [] };

/** Streamed output is for watching, the full logs come with the result: keep the tail only. */
const outputLimit = 32_000;

/** The timeline after one progress event; a new object each time so the store notices. */
export function applyProgress(timeline: LiveTimeline, event: InstallProgressEvent): LiveTimeline {
  if (event.type === 'side') {
    return { ...timeline, sides: { ...timeline.sides, [event.side]: { phase: event.phase, label: event.label } } };
  }
  if (event.type === 'dependencies') {
    const output = `${timeline.dependencies[event.side] ?? ''}${event.line}\n`.slice(-outputLimit);
    return { ...timeline, dependencies: { ...timeline.dependencies, [event.side]: output } };
  }
  const index = timeline.steps.findIndex((step) => step.name === event.name);
  const current: LiveStep = index >= 0 ? timeline.steps[index] : { name: event.name, status: 'running', output: '' };
  let next: LiveStep;
  if (event.type === 'step') {
    next = { ...current, status: event.status, step: event.step ?? current.step };
  } else {
    const marker = event.attempt > 0 && !current.output.includes(`[attempt ${event.attempt + 1}]`) ? `[attempt ${event.attempt + 1}]\n` : '';
    next = { ...current, output: (current.output + marker + event.text).slice(-outputLimit) };
  }
  const steps = index >= 0 ? timeline.steps.map((step, at) => (at === index ? next : step)) : [...timeline.steps, next];
  return { ...timeline, steps };
}
