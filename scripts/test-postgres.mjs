#!/usr/bin/env node
// Runs the Local workspace suite a second time on a real Postgres server (the storage a team or a big
// data set uses), when TWENTY_STUDIO_TEST_PG_URL names one; .ci/run starts Debian's postgresql for it.
import { spawnSync } from 'node:child_process';

const url = process.env.TWENTY_STUDIO_TEST_PG_URL;
if (!url) {
  console.log('Postgres suite skipped: TWENTY_STUDIO_TEST_PG_URL is not set (.ci/run sets it).');
  process.exit(0);
}
const result = spawnSync('npx', ['vitest', 'run', 'src-main/core/workspace/api', 'src-main/core/workspace/sql', 'src-main/core/workspace/schema-migration.test.ts', 'src-main/core/workspace/workspace-server.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, TWENTY_STUDIO_TEST_STORAGE: 'postgres' },
});
process.exit(result.status ?? 1);
