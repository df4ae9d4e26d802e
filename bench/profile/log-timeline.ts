// Not a benchmark: when each stage of the million-line flood happens in the studio (ms after run.start),
// for bench/README.md. node bench/profile/run-profile.mjs log-timeline
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { RunOutput } from '../../src-main/core/runner/run-output';
import { RunService } from '../../src-main/core/runs/run-service';
import { FunctionRunner } from '../../src-main/core/runner/function-runner';
import { WorkspaceService } from '../../src-main/core/workspace/workspace-service';
import { generateApp } from '../generated-app';
import { hookMethod } from './method-hook';
import { logThroughput } from '../log-throughput';

const repoRoot = process.env.TWENTY_STUDIO_REPO ?? process.cwd();

async function main(): Promise<void> {
  const appDir = await generateApp(repoRoot, 40);
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-log-timeline-'));
  let t0 = 0;
  const marks: Record<string, number> = {};
  const mark = (name: string) => { marks[name] ??= Math.round(performance.now() - t0); };
  const wrap = (cls: unknown, name: string) => hookMethod(cls, name, { called: () => t0 && mark(`${name} called`), done: () => t0 && mark(`${name} done`) });
  for (const name of ['start', 'bundleForRun', 'payloadFor', 'rememberPayload', 'environmentFor', 'target', 'endpointFor']) wrap(RunService, name);
  for (const name of ['credentialsFor', 'ensureOpen']) wrap(WorkspaceService, name);
  for (const name of ['run']) wrap(FunctionRunner, name);
  let reads = 0;
  let bytes = 0;
  const proto = RunOutput.prototype as unknown as { push: (stream: string, data: Buffer) => void; end: () => void };
  const push = proto.push;
  proto.push = function (this: RunOutput, stream: string, data: Buffer) {
    if (t0) { mark('first read'); reads += 1; bytes += data.length; if (this.endMarkSeen === false) marks['last read before end mark'] = Math.round(performance.now() - t0); }
    push.call(this, stream, data);
    if (t0 && this.endMarkSeen) mark('end mark read');
  };
  try {
    const { linesPerSecond, referenceLinesPerSecond } = await logThroughput(appDir, dataDir, {
      beforeStart: async () => { t0 = performance.now(); },
      afterEnd: async () => { mark('last line at the client'); },
    });
    console.log(JSON.stringify({ ...marks, reads, averageReadBytes: Math.round(bytes / reads), linesPerSecond, referenceLinesPerSecond, ratio: Math.round((linesPerSecond / referenceLinesPerSecond) * 100) / 100 }, null, 1));
  } finally {
    await rm(appDir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main();
