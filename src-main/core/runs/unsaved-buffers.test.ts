/** Issue 15 item 2: a run builds from the editor's unsaved buffers, and its record says which content ran. */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { copyFixtureApp, type TempApp } from '../../../test/helpers/temp-app';
import { Studio } from '../studio';

let app: TempApp;
let dataDir: string;
let studio: Studio;
const uid = (name: string) => studio.currentModel!.entities.find((entity) => entity.config?.name === name)!.universalIdentifier!;

beforeAll(async () => {
  app = await copyFixtureApp('runner-app');
  dataDir = await mkdtemp(join(tmpdir(), 'unsaved-buffers-'));
  studio = new Studio({ userDataDir: dataDir, mode: 'browser', version: 't', prespawnRuns: 0, twentyConfigPath: join(dataDir, 'none.json') });
  await studio.openApp(app.dir);
  await studio.handlers['target.set']({ kind: 'offline' });
}, 60_000);
afterAll(async () => {
  await studio.dispose();
  await app.cleanup();
  await rm(dataDir, { recursive: true, force: true });
});

it('runs the buffer of the function and of a module it imports, the disk once they are gone', async () => {
  const echoPath = 'src/logic-functions/echo.ts';
  const disk = await readFile(join(app.dir, echoPath), 'utf8');
  const edited = disk.replace('return { payload, context };', "return { payload, context, edited: 'in the buffer' };");
  const formatDisk = await readFile(join(app.dir, 'src/lib/format.ts'), 'utf8');

  const before = await studio.runs.execute({ universalIdentifier: uid('echo'), payload: { n: 1 } });
  expect(before.content).toMatchObject({ source: 'disk', buffers: [] });
  expect(before.content?.bundleHash).toMatch(/^[0-9a-f]{16}$/);

  await studio.handlers['editor.buffers']({ buffers: { [echoPath]: edited } });
  const fromBuffer = await studio.runs.execute({ universalIdentifier: uid('echo'), payload: { n: 2 } });
  expect(fromBuffer.result?.data).toMatchObject({ edited: 'in the buffer' });
  expect(fromBuffer.content).toEqual({ source: 'buffer', bundleHash: expect.stringMatching(/^[0-9a-f]{16}$/), buffers: [{ path: echoPath, version: createHash('sha1').update(edited).digest('hex') }] });
  expect(fromBuffer.content?.bundleHash).not.toBe(before.content?.bundleHash);
  expect(await readFile(join(app.dir, echoPath), 'utf8')).toBe(disk);
  expect((await studio.handlers['run.get']({ runId: fromBuffer.runId })).content?.source).toBe('buffer');

  // A buffer of a file another function does not read leaves that function on its disk bundle.
  const other = await studio.runs.execute({ universalIdentifier: uid('return-undefined') });
  expect(other.content?.source).toBe('disk');

  // An imported module's buffer counts too.
  await studio.handlers['editor.buffers']({ buffers: { 'src/lib/format.ts': formatDisk.replace('`payload keys:', '`FROM-BUFFER payload keys:') } });
  const imported = await studio.runs.execute({ universalIdentifier: uid('echo'), payload: { n: 3 } });
  expect(imported.content?.buffers.map((buffer) => buffer.path)).toEqual(['src/lib/format.ts']);
  expect(imported.result?.logs).toContain('FROM-BUFFER payload keys: n');

  // A buffer that does not build says where, instead of running the disk silently.
  await studio.handlers['editor.buffers']({ buffers: { [echoPath]: `${disk}\nconst broken = ;\n` } });
  await expect(studio.runs.execute({ universalIdentifier: uid('echo') })).rejects.toMatchObject({ code: 'BUFFER_BUILD_FAILED', message: expect.stringContaining('src/logic-functions/echo.ts:') });

  await studio.handlers['editor.buffers']({ buffers: {} });
  const after = await studio.runs.execute({ universalIdentifier: uid('echo'), payload: { n: 4 } });
  expect(after.content).toEqual(before.content);
  expect(after.result?.data).not.toHaveProperty('edited');
}, 120_000);
