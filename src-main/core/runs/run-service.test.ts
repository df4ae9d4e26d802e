import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleEntry, RunRecord } from '../../../src-shared/contract';
import { copyFixtureApp, REPO_ROOT, type TempApp } from '../../../test/helpers/temp-app';
import { Studio } from '../studio';

let app: TempApp;
let dataDir: string;
let studio: Studio;
const entries: ConsoleEntry[] = [];
const finished: RunRecord[] = [];

const uid = (name: string) => studio.currentModel!.entities.find((entity) => entity.config?.name === name)!.universalIdentifier!;

beforeAll(async () => {
  app = await copyFixtureApp('runner-app');
  dataDir = await mkdtemp(join(tmpdir(), 'run-service-'));
  studio = new Studio({ userDataDir: dataDir, mode: 'browser', version: 't', twentyConfigPath: join(dataDir, 'no-twenty-config.json') });
  studio.onEvent((event, payload) => {
    if (event === 'console.batch') entries.push(...(payload as { entries: ConsoleEntry[] }).entries);
    if (event === 'run.finished') finished.push(payload as RunRecord);
  });
  const model = await studio.openApp(app.dir);
  await studio.runs.updateModel(model);
});
afterAll(async () => {
  await studio.dispose();
  await app.cleanup();
  await rm(dataDir, { recursive: true, force: true });
});

describe('RunService', () => {
  it('runs a function with the payload given, streams its output to the console and records the run', async () => {
    const record = await studio.runs.execute({ universalIdentifier: uid('echo'), payload: { hello: 'world' } });
    expect(record.result).toMatchObject({ status: 'SUCCESS', data: { payload: { hello: 'world' } } });
    expect(entries.some((entry) => entry.source === record.runId && entry.level === 'INFO' && entry.text.includes('hello'))).toBe(true);
    expect(finished.at(-1)?.runId).toBe(record.runId);
    const history = await studio.handlers['run.history']({ universalIdentifier: uid('echo') });
    expect(history.runs[0]).toMatchObject({ runId: record.runId, status: 'SUCCESS' });
    expect((await studio.handlers['run.get']({ runId: record.runId })).payload).toEqual({ hello: 'world' });
  });

  it('sends the end of a long log with run.finished and the whole log through run.logs', async () => {
    const record = await studio.runs.execute({ universalIdentifier: uid('print-lines'), payload: { count: 5000 } });
    expect(record.result?.logs).toContain(' INFO line 0\n');
    const event = finished.find((candidate) => candidate.runId === record.runId)!;
    expect(event.result?.logsOmitted?.lines).toBeGreaterThan(0);
    expect(event.result?.logs).not.toContain(' INFO line 0\n');
    expect(event.result?.logs).toContain('done printing');
    expect(record.result!.logs.endsWith(event.result!.logs)).toBe(true);
    expect((await studio.handlers['run.logs']({ runId: record.runId })).logs).toBe(record.result!.logs);
  });

  it('reuses the last payload when none is given', async () => {
    await studio.runs.execute({ universalIdentifier: uid('echo'), payload: { again: 1 } });
    expect(await studio.handlers['run.payload']({ universalIdentifier: uid('echo') })).toEqual({ payload: { again: 1 }, source: 'last' });
    const record = await studio.runs.execute({ universalIdentifier: uid('echo') });
    expect(record.payload).toEqual({ again: 1 });
  });

  it('points TWENTY_API_URL at the Local workspace by default, which refuses a token it did not issue', async () => {
    expect(await studio.runs.target()).toEqual({ kind: 'local' });
    const record = await studio.runs.execute({ universalIdentifier: uid('read-env') });
    const env = (record.result?.data as { env: Record<string, string> }).env;
    expect(env.TWENTY_API_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const ok = await fetch(`${env.TWENTY_API_URL}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${env.TWENTY_APP_ACCESS_TOKEN}` }, body: JSON.stringify({ query: '{ companies { totalCount } }' }) });
    expect(await ok.json()).toEqual({ data: { companies: { totalCount: 0 } } });
    const forged = await fetch(`${env.TWENTY_API_URL}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer forged' }, body: JSON.stringify({ query: '{ companies { totalCount } }' }) });
    expect((await forged.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  }, 60_000);

  it('points TWENTY_API_URL at the offline endpoint under the Offline target, which records the call and says no server is configured', async () => {
    await studio.handlers['target.set']({ kind: 'offline' });
    const record = await studio.runs.execute({ universalIdentifier: uid('read-env') });
    await studio.handlers['target.set']({ kind: 'local' });
    const env = (record.result?.data as { env: Record<string, string> }).env;
    expect(env.TWENTY_API_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${env.TWENTY_API_URL}/graphql`, { method: 'POST', headers: { authorization: `Bearer ${env.TWENTY_API_KEY}` }, body: '{}' });
    expect(response.status).toBe(503);
    expect(JSON.stringify(await response.json())).toMatch(/No Twenty server is configured/);
  });

  it('injects application variables with the values set in the studio, secrets masked, nothing written into the app', async () => {
    const configPath = join(app.dir, 'src/application-config.ts');
    const original = await readFile(configPath, 'utf8');
    await writeFile(configPath, original.replace("description: 'Fixture for the studio function runner',", `description: 'Fixture for the studio function runner',
  applicationVariables: {
    GREETING: { universalIdentifier: '6a0c7b8e-3f21-4c55-9d0e-2b7f1a9c4d11', value: 'hello', description: 'Shown to users' },
    API_SECRET: { universalIdentifier: '7b1d8c9f-4a32-4d66-8e1f-3c8a2b0d5e22', isSecret: true },
  },`));
    try {
      const model = await studio.handlers['app.open']({ appDir: app.dir });
      await studio.runs.updateModel(model);
      await studio.handlers['variables.set']({ values: { API_SECRET: 's3cret' }, clear: [] });
      const listed = (await studio.handlers['variables.list']({})).variables;
      expect(listed.find((variable) => variable.name === 'API_SECRET')).toMatchObject({ isSecret: true, hasValue: true, displayValue: '••••••••' });
      expect(listed.find((variable) => variable.name === 'GREETING')).toMatchObject({ displayValue: 'hello', hasValue: false });
      const record = await studio.runs.execute({ universalIdentifier: uid('read-env') });
      const env = (record.result?.data as { env: Record<string, string> }).env;
      expect(env.GREETING).toBe('hello');
      expect(env.API_SECRET).toBe('s3cret');
      const appFiles = await readdir(app.dir, { recursive: true });
      for (const file of appFiles.filter((name) => !name.startsWith('node_modules'))) {
        const text = await readFile(join(app.dir, file), 'utf8').catch(() => '');
        expect(text.includes('s3cret'), `${file} must not hold the secret`).toBe(false);
      }
      await expect(studio.handlers['variables.set']({ values: { NOT_DECLARED: 1 }, clear: [] })).rejects.toMatchObject({ code: 'UNKNOWN_VARIABLE' });
    } finally {
      await writeFile(configPath, original);
    }
  });

  it('never sends a stored API key back, and keeps it when the mask comes back', async () => {
    await studio.handlers['target.set']({ kind: 'remote', url: 'http://127.0.0.1:9', apiKey: 'real-key' });
    const { target } = await studio.handlers['target.get']({});
    expect(target).toEqual({ kind: 'remote', url: 'http://127.0.0.1:9', apiKey: '••••••••' });
    await studio.handlers['target.set'](target);
    expect(await studio.runs.remoteCredentials()).toEqual({ apiUrl: 'http://127.0.0.1:9', token: 'real-key' });
    await studio.handlers['target.set']({ kind: 'offline' });
  });

  it('applies run settings: a memory cap ends an allocating function with a clear result; a bad Node path is refused', async () => {
    await expect(studio.handlers['run.settings.set']({ nodePath: '/nonexistent/node', memoryLimitMb: 1024, outputLimitMb: 50, confineFileSystem: true })).rejects.toMatchObject({ code: 'INVALID_NODE_PATH' });
    await studio.handlers['run.settings.set']({ nodePath: null, memoryLimitMb: 96, outputLimitMb: 50, confineFileSystem: true });
    const record = await studio.runs.execute({ universalIdentifier: uid('allocate-forever') });
    expect(record.result?.status).toBe('ERROR');
    expect(record.result?.error?.errorType).toBe('OutOfMemoryError');
    await studio.handlers['run.settings.set']({ nodePath: null, memoryLimitMb: 1024, outputLimitMb: 50, confineFileSystem: true });
  }, 60_000);

  it('builds a sample payload from the input schema the SDK infers for a tool', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sample-'));
    const sample = new Studio({ userDataDir: dir, mode: 'electron', version: 't' });
    try {
      const model = await sample.openApp(join(REPO_ROOT, 'resources', 'sample-app'));
      const scoreLead = model.entities.find((entity) => entity.config?.name === 'score-lead')!.universalIdentifier!;
      expect(await sample.handlers['run.payload']({ universalIdentifier: scoreLead })).toEqual({
        payload: { email: 'example', companySize: 1, source: 'web' },
        source: 'sample',
      });
    } finally {
      await sample.dispose();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses an unknown function with the list of available ones', async () => {
    await expect(studio.runs.execute({ universalIdentifier: 'nope' })).rejects.toMatchObject({ code: 'UNKNOWN_FUNCTION', message: expect.stringContaining('echo') });
  });

  it('queues runs past the concurrency limit of the run settings and shows their place in live runs', async () => {
    await studio.handlers['run.settings.set']({ nodePath: null, memoryLimitMb: 1024, outputLimitMb: 50, maxConcurrentRuns: 1, confineFileSystem: true });
    try {
      const first = await studio.runs.start({ universalIdentifier: uid('never-resolve') });
      const second = await studio.runs.start({ universalIdentifier: uid('never-resolve') });
      const live = (await studio.handlers['run.live']({})).runs;
      expect(live.find((run) => run.runId === first.runId)?.queuePosition).toBeUndefined();
      expect(live.find((run) => run.runId === second.runId)?.queuePosition).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(entries.some((entry) => entry.source === second.runId && /queued \(position 1\)/.test(entry.text))).toBe(true);
      studio.runs.cancel(second.runId);
      expect((await second.done).result?.error?.errorType).toBe('CancelledError');
      studio.runs.cancel(first.runId);
      await first.done;
    } finally {
      await studio.handlers['run.settings.set']({ nodePath: null, memoryLimitMb: 1024, outputLimitMb: 50, confineFileSystem: true });
    }
  });

  it('cancels a run at once', async () => {
    const { runId, done } = await studio.runs.start({ universalIdentifier: uid('never-resolve') });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(studio.runs.cancel(runId)).toBe(true);
    const record = await done;
    expect(record.result?.status).toBe('ERROR');
  });
});
