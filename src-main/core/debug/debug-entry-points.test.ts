import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DebugSession, TriggeredDebugState } from '../../../src-shared/contract';
import { copyFixtureApp, type TempApp } from '../../../test/helpers/temp-app';
import { Studio } from '../studio';

// The ways into the debugger besides Debug on a function (issue 12: "every trigger, install hook,
// composer send, saved payload and a database-event-triggered run can be started under the
// debugger"), through the studio's own handlers, with real run children and a real inspector.

const ANY_CREATED = '3a6a5265-fc3e-477c-868b-2f55b18a199e';
const FORMAT_AMOUNT = 'c5955ea2-514c-4cdb-959a-32be42e9373c';

let app: TempApp;
let dataDir: string;
let studio: Studio;
const sessions: DebugSession[] = [];
const triggeredEvents: TriggeredDebugState[] = [];

beforeAll(async () => {
  app = await copyFixtureApp('payloads-app');
  dataDir = await mkdtemp(join(tmpdir(), 'debug-entry-points-'));
  studio = new Studio({ userDataDir: dataDir, mode: 'electron', version: 't', twentyConfigPath: join(dataDir, 'none.json') });
  studio.onEvent((name, payload) => {
    if (name === 'debug.session') sessions.push(payload as DebugSession);
    if (name === 'debug.triggered') triggeredEvents.push(payload as TriggeredDebugState);
  });
  const model = await studio.openApp(app.dir);
  await studio.runs.updateModel(model);
  studio.runs.overrideTarget({ kind: 'offline' });
  await studio.handlers['debug.breakpoints.set']({ file: 'src/logic-functions/on-any-created.ts', breakpoints: [{ line: 3, enabled: true }] });
  await studio.handlers['debug.breakpoints.set']({ file: 'src/logic-functions/format-amount.ts', breakpoints: [{ line: 4, enabled: true }] });
}, 60_000);

afterAll(async () => {
  await studio?.dispose();
  await app?.cleanup();
  await rm(dataDir, { recursive: true, force: true });
});

/** Waits for a session of this function to pause, then continues it. */
async function continueWhenPaused(functionName: string): Promise<DebugSession> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const paused = sessions.find((session) => session.functionName === functionName && session.status === 'paused');
    if (paused) {
      await studio.handlers['debug.command']({ sessionId: paused.sessionId, action: 'continue' });
      sessions.length = 0;
      return paused;
    }
    if (Date.now() > deadline) throw new Error(`${functionName} never paused: ${JSON.stringify(sessions.map((session) => [session.functionName, session.status, session.endedReason]))}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('starting the debugger from the composers, saved payloads and triggered runs', () => {
  it('the event composer debugs its own function and runs the other firing ones as usual', async () => {
    sessions.length = 0;
    const sending = studio.handlers['payload.event']({ object: 'company', operation: 'created', after: { id: 'c-1', name: 'Acme' }, run: true, debugFunction: ANY_CREATED });
    const paused = await continueWhenPaused('on-any-created');
    expect(paused.paused?.frames[0]).toMatchObject({ file: 'src/logic-functions/on-any-created.ts', line: 3 });
    const result = await sending;
    const anyCreated = result.functions.find((fn) => fn.name === 'on-any-created')!;
    expect(anyCreated.results?.[0]).toMatchObject({ debug: true, result: { status: 'SUCCESS', data: { name: 'company.created', recordId: 'c-1' } } });
    const batch = result.functions.find((fn) => fn.name === 'on-company-batch')!;
    expect(batch.results?.[0]?.debug).toBeUndefined();
    expect(batch.results?.[0]?.result?.status).toBe('SUCCESS');
  }, 60_000);

  it('says so when the function to debug does not fire for the event', async () => {
    const result = await studio.handlers['payload.event']({ object: 'person', operation: 'updated', before: { id: 'p', city: 'A' }, after: { id: 'p', city: 'B' }, run: true, debugFunction: ANY_CREATED });
    expect(result.warnings).toContain('Nothing was debugged: on-any-created does not fire for person.updated.');
  }, 60_000);

  it('a saved payload\'s Debug runs it under the debugger and then checks it', async () => {
    sessions.length = 0;
    const checking = studio.handlers['payload.saved.check']({ functionFolder: 'format-amount', name: 'euros', debug: true });
    const paused = await continueWhenPaused('format-amount');
    expect(paused.paused?.frames[0]).toMatchObject({ file: 'src/logic-functions/format-amount.ts', line: 4 });
    const check = await checking;
    expect(check.passed).toBe(true);
    expect(check.result?.status).toBe('SUCCESS');
  }, 60_000);

  it('debugs the next (or every) database-event run the Local workspace triggers for a function', async () => {
    const triggered = (id: string) => studio.runs.start({
      universalIdentifier: ANY_CREATED,
      payload: { name: 'company.created', recordId: id },
      origin: 'databaseEvent',
      triggeredBy: { runId: null, event: 'company.created', recordId: id, depth: 1 },
    });
    expect(await studio.handlers['debug.triggered.set']({ universalIdentifier: ANY_CREATED, mode: 'next' })).toEqual({ functions: { [ANY_CREATED]: 'next' } });
    sessions.length = 0;
    const first = await triggered('r-1');
    await continueWhenPaused('on-any-created');
    expect((await first.done).debug).toBe(true);
    // "next" is used up by that run, and the windows are told.
    expect(await studio.handlers['debug.triggered.get']({})).toEqual({ functions: {} });
    expect(triggeredEvents.at(-1)).toEqual({ functions: {} });
    const second = await (await triggered('r-2')).done;
    expect(second.debug).toBeUndefined();

    await studio.handlers['debug.triggered.set']({ universalIdentifier: ANY_CREATED, mode: 'every' });
    for (const id of ['r-3', 'r-4']) {
      const run = await triggered(id);
      await continueWhenPaused('on-any-created');
      expect((await run.done).debug).toBe(true);
    }
    // A run of that function that no database event triggered is not concerned.
    expect((await studio.runs.execute({ universalIdentifier: ANY_CREATED, payload: {}, origin: 'manual' })).debug).toBeUndefined();
    await studio.handlers['debug.triggered.set']({ universalIdentifier: ANY_CREATED, mode: 'off' });
    expect((await (await triggered('r-5')).done).debug).toBeUndefined();
  }, 90_000);

  it('refuses to arm a function the app does not have', async () => {
    await expect(studio.handlers['debug.triggered.set']({ universalIdentifier: 'no-such-function', mode: 'every' })).rejects.toThrow(/No logic function no-such-function/);
  });

  it('the tool composer\'s Debug (debug.start with its payload) pauses with that payload', async () => {
    sessions.length = 0;
    const { runId } = await studio.handlers['debug.start']({ universalIdentifier: FORMAT_AMOUNT, payload: { amountCents: 250, currency: 'USD' } });
    await continueWhenPaused('format-amount');
    const record = await waitForRun(runId);
    expect(record.result?.data).toEqual({ text: '2.50 USD' });
  }, 60_000);
});

async function waitForRun(runId: string) {
  for (let i = 0; i < 300; i += 1) {
    const record = await studio.runs.getRun(runId).catch(() => null);
    if (record?.result) return record;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`run ${runId} did not finish`);
}
