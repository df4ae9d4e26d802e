// One log_throughput run (bench/log-throughput.ts) in a generated 40-function app, for profiling:
// `node bench/profile/run-profile.mjs log-throughput` writes a CPU profile of the studio process from
// run.start to the last line (node_modules/.cache/twenty-studio-bench/profiles/log-throughput.cpuprofile).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateApp } from '../generated-app';
import { logThroughput } from '../log-throughput';

const repoRoot = process.env.TWENTY_STUDIO_REPO ?? process.cwd();

async function main(): Promise<void> {
  const appDir = await generateApp(repoRoot, 40);
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-log-profile-'));
  try {
    const session = new Session();
    session.connect();
    const profiles = join(repoRoot, 'node_modules', '.cache', 'twenty-studio-bench', 'profiles');
    const { linesPerSecond, referenceLinesPerSecond } = await logThroughput(appDir, dataDir, {
      beforeStart: async () => {
        await session.post('Profiler.enable');
        await session.post('Profiler.start');
      },
      afterEnd: async () => {
        const { profile } = await session.post('Profiler.stop');
        await mkdir(profiles, { recursive: true });
        await writeFile(join(profiles, 'log-throughput.cpuprofile'), JSON.stringify(profile));
      },
    });
    session.disconnect();
    console.log(JSON.stringify({ linesPerSecond, referenceLinesPerSecond, ratio: Math.round((linesPerSecond / referenceLinesPerSecond) * 100) / 100 }));
  } finally {
    await rm(appDir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main();
