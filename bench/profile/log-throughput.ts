// One log_throughput run (bench/log-throughput.ts) in a generated 40-function app, for profiling:
// `PROFILE=1 node bench/profile/run-profile.mjs log-throughput`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateApp } from '../generated-app';
import { logThroughput } from '../log-throughput';

const repoRoot = process.env.TWENTY_STUDIO_REPO ?? process.cwd();

async function main(): Promise<void> {
  const appDir = await generateApp(repoRoot, 40);
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-log-profile-'));
  try {
    const { linesPerSecond, referenceLinesPerSecond } = await logThroughput(appDir, dataDir);
    console.log(JSON.stringify({ linesPerSecond, referenceLinesPerSecond, ratio: Math.round((linesPerSecond / referenceLinesPerSecond) * 100) / 100 }));
  } finally {
    await rm(appDir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main();
