/** `twenty-studio workspace`: every subcommand on one app, as a script would chain them. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtureApp, type TempApp } from '../../../test/helpers/temp-app';
import { captureIo } from '../../../test/helpers/cli-test-kit';
import { execCommand } from './exec';
import { workspaceCommand } from './workspace';

let app: TempApp;
let dataDir: string;
const ws = async (...args: string[]) => {
  const io = captureIo();
  const code = await workspaceCommand([app.dir, ...args, '--data-dir', dataDir], io);
  return { code, ...io };
};

beforeAll(async () => {
  app = await copyFixtureApp('workspace-app');
  dataDir = await mkdtemp(join(tmpdir(), 'studio-cli-ws-'));
});
afterAll(async () => {
  await app.cleanup();
  await rm(dataDir, { recursive: true, force: true });
});

describe('twenty-studio workspace', () => {
  it('seeds, queries, snapshots, exports, imports, resets and keeps kv', async () => {
    const seeded = await ws('seed', '--count', '4', '--objects', 'company,person', '--json');
    expect(seeded.code).toBe(0);
    expect(JSON.parse(seeded.out).created).toEqual({ company: 4, person: 4 });

    const query = await ws('query', '{ people(first: 2, orderBy: [{ name: { firstName: AscNullsFirst } }]) { totalCount edges { node { name { firstName } company { name } } } } }');
    expect(query.code).toBe(0);
    expect(JSON.parse(query.out).data.people.totalCount).toBe(4);
    const bad = await ws('query', '{ people { nope } }');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out).errors[0].message).toMatch(/Cannot query field "nope"/);

    expect((await ws('snapshot', 'save', 'four-people')).code).toBe(0);
    const file = join(dataDir, 'export.json');
    expect((await ws('export', file)).code).toBe(0);
    const exported = JSON.parse(await readFile(file, 'utf8'));
    expect(exported.objects.person).toHaveLength(4);

    await expect(ws('reset')).rejects.toThrow(/--yes/);
    expect((await ws('reset', '--yes')).code).toBe(0);
    expect(JSON.parse((await ws('status', '--json')).out).totalRecords).toBe(0);
    expect((await ws('import', file)).code).toBe(0);
    expect(JSON.parse((await ws('status', '--json')).out).totalRecords).toBe(8);
    expect((await ws('query', 'mutation { deleteCompanies(filter: {}) { id } }')).code).toBe(0);
    expect((await ws('snapshot', 'restore', 'four-people')).code).toBe(0);
    const restored = JSON.parse((await ws('query', '{ companies { totalCount } }')).out);
    expect(restored.data.companies.totalCount).toBe(4);
    expect(JSON.parse((await ws('snapshot', 'list', '--json')).out).snapshots.map((entry: { name: string }) => entry.name)).toEqual(['four-people']);

    expect((await ws('kv', 'set', 'greeting', '{"hello":"world"}')).code).toBe(0);
    expect((await ws('kv', 'get', 'greeting')).out.trim()).toBe('{"hello":"world"}');
    expect((await ws('kv', 'delete', 'greeting')).code).toBe(0);
    expect((await ws('kv', 'get', 'greeting')).code).toBe(1);
    expect((await ws('jobs', '--json')).code).toBe(0);
  }, 240_000);

  it('exec --target offline sends the function to the offline endpoint, local (the default) to the workspace', async () => {
    const offline = captureIo();
    expect(await execCommand([app.dir, '-n', 'create-company', '-p', '{"name":"Offline"}', '--target', 'offline', '--data-dir', dataDir, '--json'], offline)).toBe(1);
    expect(JSON.parse(offline.out).error.errorMessage).toMatch(/No Twenty server is configured/);
    const local = captureIo();
    expect(await execCommand([app.dir, '-n', 'create-company', '-p', '{"name":"Local"}', '--data-dir', dataDir, '--json', '--trace'], local)).toBe(0);
    const printed = JSON.parse(local.out);
    expect(printed.result.data.name).toBe('Local');
    expect(printed.trace.some((line: { kind: string; text: string }) => line.kind === 'trigger' && /note-new-company/.test(line.text))).toBe(true);
  }, 120_000);
});

describe('twenty-studio workspace model-source', () => {
  it('shows the source in status, saves an SDL source, takes one for a single command, and says why a source fails', async () => {
    const { printSchema } = await import('graphql');
    const { buildWorkspaceModel } = await import('../../../src-shared/twenty/workspace-model/build-model');
    const { buildCoreGraphqlSchema } = await import('../../core/workspace/api/core-graphql-schema');
    const { standardModelFor } = await import('../../core/workspace/local-workspace');
    const { writeFile } = await import('node:fs/promises');
    const shipped = standardModelFor('2.43.0');
    const withTicker = { ...shipped, objects: shipped.objects.map((object) => (object.nameSingular === 'company' ? { ...object, fields: [...object.fields, { name: 'tickerSymbol', type: 'TEXT' as const }] } : object)) };
    const sdlFile = join(dataDir, 'server-schema.graphql');
    await writeFile(sdlFile, printSchema(buildCoreGraphqlSchema(buildWorkspaceModel(withTicker, {}).model)));

    const status = await ws('status');
    expect(status.out).toMatch(/Standard model: the shipped file \(39 objects\)/);
    expect(status.out).toMatch(/Roles \(reported, not enforced\): runs act under the application role "Workspace app default role"/);

    const saved = await ws('model-source', sdlFile, '--json');
    expect(saved.code).toBe(0);
    expect(JSON.parse(saved.out)).toMatchObject({ setting: { kind: 'sdl-file', path: sdlFile }, info: { kind: 'sdl-file', origin: sdlFile, error: null, transient: false } });
    // Saved: the next command builds the workspace from it.
    const query = await ws('query', '{ companies { edges { node { tickerSymbol } } } }');
    expect(query.code).toBe(0);

    const once = await ws('status', '--model-source', join(dataDir, 'missing.graphql'), '--json');
    expect(JSON.parse(once.out).modelSource).toMatchObject({ requested: 'sdl-file', kind: 'shipped', transient: true, error: expect.stringMatching(/^No schema at .*missing\.graphql\.$/) });
    const clientSdl = await ws('model-source', 'client-sdl');
    expect(clientSdl.code).toBe(1);
    expect(clientSdl.out).toMatch(/client-sdl could not be used: No schema at .*twenty-client-sdk.*schema\.graphql: run `twenty dev`/);

    expect((await ws('model-source', 'shipped')).code).toBe(0);
    expect(JSON.parse((await ws('model-source', '--json')).out).setting).toEqual({ kind: 'shipped' });
  }, 120_000);
});
