// Bundles bench/profile/<name>.ts like bench/run.mjs does and runs it (extra args passed through;
// PROFILE=1 adds --cpu-prof into node_modules/.cache/twenty-studio-bench/profiles).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [name, ...rest] = process.argv.slice(2);
const outDir = join(root, 'node_modules', '.cache', 'twenty-studio-bench');
mkdirSync(join(outDir, 'profiles'), { recursive: true });
// Named after the checkout too: several worktrees share one node_modules.
const outfile = join(outDir, `profile-${name}-${root.split(/[\\/]/).pop()}.cjs`);
buildSync({ entryPoints: [join(root, 'bench', 'profile', `${name}.ts`)], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'error', absWorkingDir: root });
const prof = process.env.PROFILE ? ['--cpu-prof', '--cpu-prof-dir', join(outDir, 'profiles')] : [];
const run = spawnSync(process.execPath, [...prof, outfile, ...rest], { cwd: root, stdio: 'inherit', env: { ...process.env, TWENTY_STUDIO_REPO: root } });
process.exitCode = run.status ?? 1;
