/**
 * Closing an app (or the studio) waits for its runs: a run still going is cancelled and its record
 * saved before dispose returns, so nothing writes into the app's data folder afterwards (a CI run
 * once failed removing that folder while a triggered run's record was being written).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { copyFixtureApp, type TempApp } from '../../../test/helpers/temp-app';
import { Studio } from '../studio';

let app: TempApp;
let dataDir: string;

beforeAll(async () => {
  app = await copyFixtureApp('runner-app');
  dataDir = await mkdtemp(join(tmpdir(), 'dispose-runs-'));
}, 60_000);
afterAll(async () => {
  await app.cleanup();
  await rm(dataDir, { recursive: true, force: true });
});

it('cancels a running and a just-started run, and has saved both records when dispose returns', async () => {
  const studio = new Studio({ userDataDir: dataDir, mode: 'browser', version: 't', prespawnRuns: 0, twentyConfigPath: join(dataDir, 'none.json') });
  await studio.openApp(app.dir);
  await studio.handlers['target.set']({ kind: 'offline' });
  const uid = studio.currentModel!.entities.find((entity) => entity.config?.name === 'wait-for-cancel')!.universalIdentifier!;
  const running = await studio.runs.start({ universalIdentifier: uid });
  // Not awaited: this one is still between its start and its handle when dispose begins.
  const starting = studio.runs.start({ universalIdentifier: uid });
  const runsDir = join(studio.userData.appDataDir(app.dir), 'runs');

  await studio.dispose();
  const files = (await readdir(runsDir)).filter((name) => name !== 'index.json');
  const records = await Promise.all(files.map(async (name) => JSON.parse(await readFile(join(runsDir, name), 'utf8'))));
  expect(records).toHaveLength(2);
  for (const record of records) expect(record.result?.status).toBeDefined();
  expect(records.map((record) => record.runId).sort()).toEqual([running.runId, (await starting).runId].sort());
  // Dispose returned after both runs ended: their outcomes are already settled.
  await expect(running.done).resolves.toMatchObject({ runId: running.runId });
  // Nothing is left to write: the folder goes at once.
  await rm(dataDir, { recursive: true, force: true });
}, 60_000);
