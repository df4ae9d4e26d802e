// Local workspace benchmarks (issue 10): first-ever creation, open of a persisted workspace with
// 10 000 records, a filtered ordered page through the Core API, and a committed write to the
// triggered function's handler. Each figure is printed with a reference measured in the same run.
import { cp, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
import { Studio } from '../src-main/core/studio';
import { LocalWorkspace, type AppManifestPart } from '../src-main/core/workspace/local-workspace';
import { ensurePgliteTemplate } from '../src-main/core/workspace/sql/pglite-database';
import { WorkspaceServer } from '../src-main/core/workspace/workspace-server';
import { LEAD_MANIFEST, TEST_ACTOR } from '../src-main/core/workspace/test-support/temp-workspace';
import { median, round } from './stats';

const repoRoot = process.env.TWENTY_STUDIO_REPO ?? process.cwd();
const RECORDS = 10_000;
/** A filtered, ordered page of 20 companies, as genql sends it for a CoreApiClient query. */
const PAGE_QUERY = 'query ($v1: CompanyFilterInput, $v2: [CompanyOrderByInput]) { companies(filter: $v1, orderBy: $v2, first: 20) { edges { node { id name domainName { primaryLinkUrl } annualRevenue { amountMicros currencyCode } } cursor } pageInfo { hasNextPage endCursor } totalCount } }';
const PAGE_VARIABLES = { v1: { and: [{ name: { ilike: '%12%' } }, { annualRevenue: { amountMicros: { gte: 100_000_000 } } }] }, v2: [{ name: 'DescNullsLast' }] };

/** The sample manifest plus four more app objects: five app objects, as the issue's figure asks. */
function fiveObjectManifest(): AppManifestPart {
  const extra = ['invoice', 'contract', 'ticket', 'meeting'].map((name, index) => ({
    universalIdentifier: `0000000${index}-aaaa-4bbb-8ccc-00000000000${index}`,
    nameSingular: name, namePlural: `${name}s`, labelSingular: name, labelPlural: `${name}s`,
    fields: [
      { universalIdentifier: `0000000${index}-aaaa-4bbb-8ccc-10000000000${index}`, type: 'TEXT', name: 'name', label: 'Name' },
      { universalIdentifier: `0000000${index}-aaaa-4bbb-8ccc-20000000000${index}`, type: 'NUMBER', name: 'amount', label: 'Amount' },
    ],
  }));
  return { objects: [...(LEAD_MANIFEST.objects ?? []), ...extra], fields: LEAD_MANIFEST.fields };
}

async function firstCreation(): Promise<number> {
  const cache = await mkdtemp(join(tmpdir(), 'bench-template-'));
  try {
    const started = performance.now();
    await ensurePgliteTemplate(cache);
    return performance.now() - started;
  } finally {
    await rm(cache, { recursive: true, force: true });
  }
}

async function openAndQuery() {
  const dir = await mkdtemp(join(tmpdir(), 'bench-workspace-'));
  try {
    let workspace = await LocalWorkspace.open({ dir, command: 'bench' }, fiveObjectManifest());
    for (let start = 0; start < RECORDS; start += 1000) {
      const batch = Array.from({ length: 1000 }, (_, index) => ({ name: `Company ${String(start + index).padStart(5, '0')}`, domainName: { primaryLinkUrl: `https://c${start + index}.example.com` }, annualRevenue: { amountMicros: ((start + index) % 500) * 1_000_000, currencyCode: 'USD' } }));
      await workspace.repository.create('company', batch, { actor: TEST_ACTOR });
    }
    await workspace.close();

    const openSamples: number[] = [];
    const rawOpenSamples: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      let started = performance.now();
      const raw = await PGlite.create(join(dir, 'pgdata'));
      await raw.query('select 1');
      rawOpenSamples.push(performance.now() - started);
      await raw.close();
      started = performance.now();
      workspace = await LocalWorkspace.open({ dir, command: 'bench' }, fiveObjectManifest());
      openSamples.push(performance.now() - started);
      if (i < 2) await workspace.close();
    }

    // The query a run's CoreApiClient sends, over the loopback server with a run's token.
    const server = new WorkspaceServer({ workspace: () => workspace, metadata: async () => ({ data: null }) });
    const url = await server.start();
    const token = server.issueToken({ runId: 'bench', actor: TEST_ACTOR, label: 'bench' });
    const query = PAGE_QUERY;
    const variables = PAGE_VARIABLES;
    const querySamples: number[] = [];
    for (let i = 0; i < 60; i += 1) {
      const started = performance.now();
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as { data?: { companies: { edges: unknown[] } }; errors?: unknown };
      if (!body.data || body.data.companies.edges.length !== 20) throw new Error(`unexpected answer ${JSON.stringify(body).slice(0, 300)}`);
      if (i >= 10) querySamples.push(performance.now() - started);
    }
    // Reference: the same page as one SQL statement on the same database, no API in between.
    const sqlSamples: number[] = [];
    for (let i = 0; i < 60; i += 1) {
      const started = performance.now();
      await workspace.db.query(`select * from "workspace"."company" where "name" ilike '%12%' and "annualRevenueAmountMicros" >= 100000000 and "deletedAt" is null order by "name" desc nulls last, id limit 21`);
      if (i >= 10) sqlSamples.push(performance.now() - started);
    }
    await server.stop();
    await workspace.close();
    return { open: median(openSamples), rawOpen: median(rawOpenSamples), query: median(querySamples), sql: median(sqlSamples) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** From a committed write (the window's create) to the handler of the function its event fires. */
async function eventToRun() {
  const appDir = await mkdtemp(join(tmpdir(), 'bench-event-app-'));
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-event-data-'));
  await cp(join(repoRoot, 'test/fixtures/apps/workspace-app'), appDir, { recursive: true });
  await symlink(join(repoRoot, 'node_modules'), join(appDir, 'node_modules'), 'dir');
  await writeFile(join(appDir, 'src/logic-functions/stamp.ts'), [
    "import { defineLogicFunction } from 'twenty-sdk/define';",
    'export default defineLogicFunction({',
    "  universalIdentifier: '7e1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',",
    "  name: 'stamp',",
    "  databaseEventTriggerSettings: { eventName: 'dealReview.created' },",
    '  handler: async () => ({ handlerStartedAt: performance.timeOrigin + performance.now() }),',
    '});',
    "export const referenceHandler = { universalIdentifier: 'none' };",
  ].join('\n'));
  await writeFile(join(appDir, 'src/logic-functions/plain-stamp.ts'), [
    "import { defineLogicFunction } from 'twenty-sdk/define';",
    'export default defineLogicFunction({',
    "  universalIdentifier: '8f2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e',",
    "  name: 'plain-stamp',",
    '  handler: async () => ({ handlerStartedAt: performance.timeOrigin + performance.now() }),',
    '});',
  ].join('\n'));
  await writeFile(join(appDir, 'src/logic-functions/query-page.ts'), [
    "import { defineLogicFunction } from 'twenty-sdk/define';",
    '// The page a CoreApiClient query sends, timed inside the run (the path a function takes).',
    'export default defineLogicFunction({',
    "  universalIdentifier: '9a3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',",
    "  name: 'query-page',",
    '  timeoutSeconds: 120,',
    '  handler: async (input: { query: string; variables: unknown; count: number }) => {',
    '    const samples: number[] = [];',
    '    for (let i = 0; i < input.count; i += 1) {',
    '      const started = performance.now();',
    "      const response = await fetch(`${process.env.TWENTY_API_URL}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.TWENTY_APP_ACCESS_TOKEN}` }, body: JSON.stringify({ query: input.query, variables: input.variables }) });",
    '      const body = await response.json();',
    "      if (!body.data || body.data.companies.edges.length !== 20) throw new Error(JSON.stringify(body).slice(0, 300));",
    '      if (i >= 10) samples.push(performance.now() - started);',
    '    }',
    '    samples.sort((a, b) => a - b);',
    '    return { median: samples[Math.floor(samples.length / 2)] };',
    '  },',
    '});',
  ].join('\n'));
  const studio = new Studio({ userDataDir: dataDir, mode: 'browser', version: 'bench' });
  try {
    const model = await studio.openApp(appDir);
    await studio.runs.updateModel(model);
    const workspace = await studio.workspace.ensureOpen();
    for (let start = 0; start < RECORDS; start += 1000) {
      const batch = Array.from({ length: 1000 }, (_, index) => ({ name: `Company ${String(start + index).padStart(5, '0')}`, domainName: { primaryLinkUrl: `https://c${start + index}.example.com` }, annualRevenue: { amountMicros: ((start + index) % 500) * 1_000_000, currencyCode: 'USD' } }));
      await workspace.repository.create('company', batch, { actor: TEST_ACTOR });
    }
    const fromRun = await studio.runs.execute({ universalIdentifier: '9a3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f', payload: { query: PAGE_QUERY, variables: PAGE_VARIABLES, count: 60 }, origin: 'bench' });
    if (fromRun.result?.status !== 'SUCCESS') throw new Error(`query-page failed: ${JSON.stringify(fromRun.result?.error)}`);
    const queryFromRun = (fromRun.result.data as { median: number }).median;
    const eventSamples: number[] = [];
    const runSamples: number[] = [];
    const jobSamples: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      // Wait for the pre-spawned run process, as a developer's next write would find it.
      await new Promise((resolve) => setTimeout(resolve, 400));
      const finished = new Promise<{ handlerStartedAt: number }>((resolve) => {
        const off = studio.onEvent((name, payload) => {
          const record = payload as { functionName?: string; result?: { data?: { handlerStartedAt: number } } | null };
          if (name === 'run.finished' && record.functionName === 'stamp' && record.result?.data) {
            off();
            resolve(record.result.data);
          }
        });
      });
      await studio.workspace.write({ action: 'create', object: 'dealReview', data: { name: `Review ${i}` } });
      const committedAt = performance.timeOrigin + performance.now();
      const { handlerStartedAt } = await finished;
      if (i >= 2) eventSamples.push(handlerStartedAt - committedAt);
      await new Promise((resolve) => setTimeout(resolve, 400));
      const startedAt = performance.timeOrigin + performance.now();
      const plain = await studio.runs.execute({ universalIdentifier: '8f2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e', payload: {}, origin: 'bench' });
      if (i >= 2) runSamples.push((plain.result!.data as { handlerStartedAt: number }).handlerStartedAt - startedAt);
      // enqueueJob as a function's call reaches the queue: from the enqueue to the job's handler.
      await new Promise((resolve) => setTimeout(resolve, 400));
      const jobFinished = new Promise<{ handlerStartedAt: number }>((resolve) => {
        const off = studio.onEvent((name, payload) => {
          const record = payload as { functionName?: string; origin?: string; result?: { data?: { handlerStartedAt: number } } | null };
          if (name === 'run.finished' && record.origin === 'job' && record.result?.data) {
            off();
            resolve(record.result.data);
          }
        });
      });
      const enqueuedAt = performance.timeOrigin + performance.now();
      await studio.workspace.jobEnqueue('8f2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e', {});
      const job = await jobFinished;
      if (i >= 2) jobSamples.push(job.handlerStartedAt - enqueuedAt);
    }
    return { event: median(eventSamples), run: median(runSamples), job: median(jobSamples), queryFromRun };
  } finally {
    await studio.dispose();
    await rm(appDir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const creation = round(await firstCreation());
  const { open, rawOpen, query, sql } = await openAndQuery();
  const { event, run, job, queryFromRun } = await eventToRun();
  console.log(JSON.stringify([
    { name: 'workspace_first_creation_ms', value: creation, unit: 'ms', target: 'measured (once per machine)', pass: true },
    { name: 'workspace_open_ms', value: round(open), unit: 'ms', reference: { name: 'pglite_open_same_data_ms', value: round(rawOpen) }, target: '<= 1500', pass: open <= 1500 },
    // Measured where the issue asks, inside a run; the bench process's own fetch (client and server in
    // one event loop) is printed beside it.
    { name: 'workspace_query_ms', value: round(queryFromRun), unit: 'ms', reference: { name: 'same_page_as_one_sql_statement_ms', value: round(sql) }, target: '<= 15 (median, from a run)', pass: queryFromRun <= 15 },
    { name: 'workspace_query_in_process_ms', value: round(query), unit: 'ms', reference: { name: 'same_page_as_one_sql_statement_ms', value: round(sql) }, target: 'informational', pass: true },
    { name: 'event_to_run_ms', value: round(event), unit: 'ms', reference: { name: 'run_start_to_handler_ms', value: round(run) }, target: '<= 100 (median)', pass: event <= 100 },
    { name: 'job_enqueue_to_run_ms', value: round(job), unit: 'ms', reference: { name: 'run_start_to_handler_ms', value: round(run) }, target: '<= 100 (median)', pass: job <= 100 },
  ]));
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
