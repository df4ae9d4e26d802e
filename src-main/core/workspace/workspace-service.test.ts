/**
 * The Local workspace end to end through the studio core: functions of a fixture app read and write
 * records over the loopback API, their writes fire the app's database-event functions (the chain is
 * recorded, loops stopped), the key-value store works through twenty-sdk's own helper, and snapshots
 * round-trip every record.
 */
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, type TempApp } from '../../../test/helpers/temp-app';
import { closeWorkspaceStudio, openWorkspaceStudio, testStudio } from '../../../test/helpers/workspace-studio';
import type { Studio } from '../studio';
import { LocalWorkspace, WorkspaceBusyError } from './local-workspace';
import { MAX_TRIGGER_DEPTH } from './workspace-service';

let app: TempApp;
let dataDir: string;
let studio: Studio;

beforeAll(async () => {
  ({ app, dataDir, studio } = await openWorkspaceStudio('workspace-app'));
}, 120_000);

afterAll(() => closeWorkspaceStudio({ app, dataDir, studio }));

const uidOf = (name: string) => studio.currentModel!.entities.find((entity) => entity.config?.name === name)!.universalIdentifier!;
const run = (name: string, payload: unknown) => studio.runs.execute({ universalIdentifier: uidOf(name), payload, origin: 'test' });

describe('functions that read and write records', () => {
  it('creates a company with composite values, and its company.created event runs note-new-company, which writes a note and its target', async () => {
    const record = await run('create-company', { name: 'Acme', revenue: 12 });
    expect(record.result?.status).toBe('SUCCESS');
    expect(record.result?.data).toMatchObject({ name: 'Acme', annualRevenue: { amountMicros: 12_000_000, currencyCode: 'EUR' } });
    await studio.workspace.settle();
    const trail = studio.workspace.activityOf(record.runId);
    expect(trail.map((entry) => entry.kind)).toEqual(expect.arrayContaining(['request', 'event', 'trigger']));
    const trigger = trail.find((entry) => entry.kind === 'trigger')!;
    expect(trigger.detail).toMatchObject({ function: 'note-new-company', event: 'company.created', depth: 1 });
    const triggered = await studio.runs.getRun(String(trigger.detail.triggeredRunId));
    expect(triggered.origin).toBe('databaseEvent');
    expect(triggered.triggeredBy).toMatchObject({ runId: record.runId, event: 'company.created', depth: 1 });
    expect(triggered.result?.status).toBe('SUCCESS');
    expect((triggered.payload as { name: string; properties: { after: { name: string } } }).properties.after.name).toBe('Acme');
    const notes = await studio.workspace.query('{ notes { edges { node { title bodyV2 { markdown } noteTargets { edges { node { targetCompany { name } } } } } } } }');
    expect(notes.errors).toBeUndefined();
    expect(notes.data).toEqual({ notes: { edges: [{ node: { title: 'Welcome Acme', bodyV2: { markdown: 'New company **Acme**' }, noteTargets: { edges: [{ node: { targetCompany: { name: 'Acme' } } }] } } }] } });
  }, 60_000);

  it('pages through a filtered, ordered query and agrees with REST', async () => {
    for (const name of ['Beta', 'Bravo', 'Bolt', 'Alpha']) await studio.workspace.write({ action: 'create', object: 'company', data: { name } });
    const record = await run('list-companies', { prefix: 'B', pageSize: 2 });
    expect(record.result?.status).toBe('SUCCESS');
    expect(record.result?.data).toEqual({ total: 3, names: ['Beta', 'Bolt', 'Bravo'], restCount: 3 });
    await studio.workspace.settle();
    // The run's requests record the records their answers held (the run pane lists them).
    const reads = studio.workspace.activityOf(record.runId).flatMap((entry) => (entry.kind === 'request' && Array.isArray(entry.detail.reads) ? (entry.detail.reads as Array<{ field: string; count: number }>) : []));
    expect(reads.filter((read) => read.field === 'companies').reduce((sum, read) => sum + read.count, 0)).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it('stops a function that re-triggers itself after a bounded depth, with a warning', async () => {
    const { record } = await studio.workspace.write({ action: 'create', object: 'dealReview', data: { name: 'Loop', score: 0 } });
    await studio.workspace.write({ action: 'update', object: 'dealReview', id: String(record!.id), data: { score: 1 } });
    await studio.workspace.settle();
    const warnings = studio.workspace.activitySince(0, 20_000).filter((entry) => entry.kind === 'warning');
    expect(warnings.some((entry) => /Stopped a chain of database-event runs at depth/.test(entry.summary))).toBe(true);
    const after = await studio.workspace.records({ object: 'dealReview', first: 10, withDeleted: false });
    // 1 written by the window, then one increment per allowed hop.
    expect(after.records[0].score).toBe(1 + MAX_TRIGGER_DEPTH);
  }, 90_000);

  it('serves twenty-sdk kv helpers from the workspace database', async () => {
    const first = await run('use-kv', { key: 'cursor', value: { page: 2 } });
    expect(first.result?.data).toEqual({ before: null, after: { page: 2 } });
    const second = await run('use-kv', { key: 'cursor', value: { page: 3 } });
    expect(second.result?.data).toEqual({ before: { page: 2 }, after: { page: 3 } });
    expect(await studio.workspace.kvList()).toEqual([expect.objectContaining({ key: 'cursor', value: { page: 3 }, scope: 'WORKSPACE' })]);
  }, 60_000);
});

describe('which role applies (reported, not enforced)', () => {
  it('records the app\'s application role on a run\'s requests and the user on the studio\'s, and counts them in the status', async () => {
    const record = await run('list-companies', { prefix: 'Z', pageSize: 1 });
    expect(record.result?.status).toBe('SUCCESS');
    const requests = studio.workspace.activityOf(record.runId).filter((entry) => entry.kind === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(2);
    for (const entry of requests) {
      expect(entry.detail.role).toMatchObject({ principal: 'application', universalIdentifier: 'f0d6a8c6-1b0c-4d1e-8d1d-7bb0f1bdfb52', label: 'Workspace app default role', enforced: false });
      expect(entry.summary).toContain('as application role "Workspace app default role"');
    }
    const before = (await studio.workspace.status()).roles!;
    await studio.workspace.query('query StudioCount { companies { totalCount } }');
    const mine = studio.workspace.activitySince(0, 20_000).filter((entry) => entry.kind === 'request' && entry.runId === null && entry.detail.operationName === 'StudioCount');
    expect(mine).toHaveLength(1);
    expect(mine[0].detail.role).toMatchObject({ principal: 'user', universalIdentifier: null, enforced: false });
    expect(mine[0].summary).toContain('as the user');
    const status = (await studio.workspace.status()).roles!;
    expect(status).toMatchObject({ enforced: false, application: { universalIdentifier: 'f0d6a8c6-1b0c-4d1e-8d1d-7bb0f1bdfb52', label: 'Workspace app default role' } });
    expect(status.requests.application).toBeGreaterThanOrEqual(requests.length);
    expect(status.requests.user).toBe(before.requests.user + 1);
  }, 60_000);
});

describe('data management', () => {
  it('exports and imports every record losslessly', async () => {
    await studio.workspace.seed(3);
    const exported = await studio.workspace.exportSnapshot();
    expect(Object.keys(exported.objects)).toEqual(expect.arrayContaining(['company', 'person', 'note', 'noteTarget', 'dealReview']));
    await studio.workspace.importSnapshot(exported);
    const again = await studio.workspace.exportSnapshot();
    expect(again.objects).toEqual(exported.objects);
    expect(again.keyValues).toEqual(exported.keyValues);
  }, 90_000);

  it('seeds plausible records with composite fields and relations', async () => {
    const response = await studio.workspace.query('{ people(first: 3) { edges { node { name { firstName lastName } emails { primaryEmail } company { name } } } } }');
    const people = (response.data as { people: { edges: { node: { name: { firstName: string }; emails: { primaryEmail: string }; company: { name: string } | null } }[] } }).people.edges;
    expect(people.length).toBe(3);
    for (const { node } of people) {
      expect(node.name.firstName).not.toBe('');
      expect(node.emails.primaryEmail).toMatch(/@/);
      expect(node.company?.name).toBeTruthy();
    }
  });

  it('refuses a second owner of the same workspace clearly, and takes over a dead owner\'s lock', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'studio-lock-'));
    const { spawn } = await import('node:child_process');
    const { writeFile } = await import('node:fs/promises');
    const owner = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      await writeFile(join(dir, 'owner.lock'), JSON.stringify({ pid: owner.pid, startedAt: new Date().toISOString(), command: 'twenty-studio serve' }));
      const error = await LocalWorkspace.open({ dir, command: 'second' }, {}).then(() => null, (caught) => caught);
      expect(error).toBeInstanceOf(WorkspaceBusyError);
      expect(String(error.message)).toMatch(/in use by another studio process \(pid \d+, twenty-studio serve/);
    } finally {
      owner.kill('SIGKILL');
    }
    await new Promise((resolve) => owner.once('exit', resolve));
    const workspace = await LocalWorkspace.open({ dir, command: 'after the owner died' }, {});
    await workspace.close();
    await rm(dir, { recursive: true, force: true });
  }, 60_000);

  it('takes 50 concurrent writes without losing one', async () => {
    await studio.workspace.reset();
    await Promise.all(Array.from({ length: 50 }, (_, index) => studio.workspace.query(`mutation { createDealReview(data: { name: "Concurrent ${index}" }) { id } }`)));
    const count = await studio.workspace.query('{ dealReviews { totalCount } }');
    expect(count.data).toEqual({ dealReviews: { totalCount: 50 } });
    await studio.workspace.settle();
  }, 60_000);
});

describe('the typed client, offline', () => {
  it('generates CoreApiClient from the Local workspace schema into the app', async () => {
    // The app gets a twenty-client-sdk of its own (the fixture's node_modules is the repo's; it must stay untouched).
    const own = await mkdtemp(join(tmpdir(), 'studio-client-app-'));
    await cp(join(REPO_ROOT, 'test/fixtures/apps/workspace-app'), own, { recursive: true });
    await mkdir(join(own, 'node_modules'));
    for (const name of await readdir(join(REPO_ROOT, 'node_modules'))) {
      if (name === 'twenty-client-sdk' || name.startsWith('.')) continue;
      await symlink(join(REPO_ROOT, 'node_modules', name), join(own, 'node_modules', name));
    }
    await cp(join(REPO_ROOT, 'node_modules/twenty-client-sdk'), join(own, 'node_modules/twenty-client-sdk'), { recursive: true });
    const otherData = await mkdtemp(join(tmpdir(), 'studio-data-'));
    const other = testStudio(otherData);
    try {
      await other.openApp(own);
      const generated = await other.handlers['client.generate']({});
      expect(generated.packageRoot).toContain(own);
      expect(generated.schemaBytes).toBeGreaterThan(10_000);
      const files = await readdir(join(own, 'node_modules/twenty-client-sdk/dist/core/generated'));
      expect(files.join(' ')).toMatch(/schema/);
      // A new object: the generated client follows without a click.
      const { writeFile, readFile } = await import('node:fs/promises');
      await writeFile(join(own, 'src/objects/invoice-line.ts'), [
        "import { defineObject, FieldType } from 'twenty-sdk/define';",
        'export default defineObject({',
        "  universalIdentifier: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d', nameSingular: 'invoiceLine', namePlural: 'invoiceLines', labelSingular: 'Invoice line', labelPlural: 'Invoice lines',",
        "  fields: [{ universalIdentifier: '6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e', type: FieldType.TEXT, name: 'name', label: 'Name' }],",
        '});',
      ].join('\n'));
      const generatedText = async () => {
        const dir = join(own, 'node_modules/twenty-client-sdk/dist/core/generated');
        const names = await readdir(dir).catch(() => [] as string[]);
        const texts = await Promise.all(names.map((name) => readFile(join(dir, name), 'utf8').catch(() => '')));
        return texts.join('\n');
      };
      await expect.poll(generatedText, { timeout: 60_000, interval: 500 }).toMatch(/InvoiceLine/);
    } finally {
      await other.dispose();
      await rm(own, { recursive: true, force: true });
      await rm(otherData, { recursive: true, force: true });
    }
  }, 120_000);
});
