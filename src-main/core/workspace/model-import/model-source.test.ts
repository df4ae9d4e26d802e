/**
 * Where the Local workspace's standard model comes from: the resolver on its own (client SDL, SDL file,
 * remote, failures falling back to the shipped model), then through the studio core (settings, the
 * open workspace migrating to the imported model, the status saying which source is in use).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspaceModel } from '../../../../src-shared/twenty/workspace-model/build-model';
import type { StandardModelFile } from '../../../../src-shared/twenty/workspace-model/model-types';
import standard243 from '../../../../src-shared/twenty/workspace-model/standard/2.43.json';
import type { TempApp } from '../../../../test/helpers/temp-app';
import { buildCoreGraphqlSchema } from '../api/core-graphql-schema';
import { closeWorkspaceStudio, openWorkspaceStudio } from '../../../../test/helpers/workspace-studio';
import type { Studio } from '../../studio';
import { CLIENT_SDL_PATH, parseModelSource, resolveStandardModel } from './model-source';

const shipped = standard243 as StandardModelFile;

/** The shipped model's SDL with one more company field, as a newer server would serve it. */
function sdlWithTicker(): string {
  const model: StandardModelFile = {
    ...shipped,
    objects: shipped.objects.map((object) => (object.nameSingular === 'company' ? { ...object, fields: [...object.fields, { name: 'tickerSymbol', type: 'TEXT' as const, label: 'Ticker' }] } : object)),
  };
  return printSchema(buildCoreGraphqlSchema(buildWorkspaceModel(model, {}).model));
}

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'model-source-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('resolveStandardModel', () => {
  it('reads the SDL `twenty dev` left in the app\'s twenty-client-sdk', async () => {
    const appDir = join(scratch, 'app-with-client');
    await mkdir(join(appDir, 'node_modules/twenty-client-sdk/dist/core/generated'), { recursive: true });
    await writeFile(join(appDir, CLIENT_SDL_PATH), sdlWithTicker());
    const { model, info } = await resolveStandardModel({ kind: 'client-sdl' }, { appDir, shipped, manifest: {} });
    expect(info).toMatchObject({ requested: 'client-sdl', kind: 'client-sdl', origin: join(appDir, CLIENT_SDL_PATH), objects: shipped.objects.length, error: null });
    expect(model.objects.find((object) => object.nameSingular === 'company')!.fields.map((field) => field.name)).toContain('tickerSymbol');
  });

  it('falls back to the shipped model with a clear reason when the SDL is missing, unreadable or not a Core schema', async () => {
    const missing = await resolveStandardModel({ kind: 'client-sdl' }, { appDir: join(scratch, 'nothing-here'), shipped, manifest: {} });
    expect(missing.model).toBe(shipped);
    expect(missing.info.kind).toBe('shipped');
    expect(missing.info.error).toMatch(/^No schema at .*schema\.graphql: run `twenty dev` against a server once/);
    await writeFile(join(scratch, 'broken.graphql'), 'type Query {');
    const broken = await resolveStandardModel({ kind: 'sdl-file', path: 'broken.graphql' }, { appDir: scratch, shipped, manifest: {} });
    expect(broken.info.error).toMatch(/broken\.graphql is not GraphQL SDL: Syntax Error/);
    await writeFile(join(scratch, 'other.graphql'), 'type Query { hello: String }');
    const other = await resolveStandardModel({ kind: 'sdl-file', path: join(scratch, 'other.graphql') }, { appDir: '/', shipped, manifest: {} });
    expect(other.info.error).toMatch(/has no record queries/);
    const noRemote = await resolveStandardModel({ kind: 'remote' }, { appDir: scratch, shipped, manifest: {} });
    expect(noRemote.info.error).toMatch(/No Remote target is configured/);
  });

  it('takes the remote\'s applicationCoreGraphqlSchema through the given fetcher', async () => {
    const { info, model } = await resolveStandardModel({ kind: 'remote' }, {
      appDir: scratch, shipped, manifest: {},
      fetchRemoteSchema: async () => ({ sdl: sdlWithTicker(), origin: 'http://server/metadata' }),
    });
    expect(info).toMatchObject({ kind: 'remote', origin: 'http://server/metadata', error: null });
    expect(model.objects.find((object) => object.nameSingular === 'company')!.fields.some((field) => field.name === 'tickerSymbol')).toBe(true);
  });

  it('parses the CLI spelling', () => {
    expect(parseModelSource('client-sdl')).toEqual({ kind: 'client-sdl' });
    expect(parseModelSource(' ./schema.graphql ')).toEqual({ kind: 'sdl-file', path: './schema.graphql' });
    expect(() => parseModelSource('  ')).toThrow(/The model source is empty/);
  });
});

describe('the model source through the studio', () => {
  let app: TempApp;
  let dataDir: string;
  let studio: Studio;
  beforeAll(async () => {
    ({ app, dataDir, studio } = await openWorkspaceStudio('workspace-app', { runs: false }));
  }, 120_000);
  afterAll(() => closeWorkspaceStudio({ app, dataDir, studio }), 60_000);

  it('starts on the shipped model, then migrates to an imported SDL, saved in the workspace settings', async () => {
    expect((await studio.workspace.status()).modelSource).toMatchObject({ requested: 'shipped', kind: 'shipped', origin: null, error: null, transient: false });
    const before = await studio.workspace.query('{ companies { edges { node { tickerSymbol } } } }');
    expect(before.errors?.[0].message).toMatch(/Cannot query field "tickerSymbol" on type "Company"/);

    const file = join(scratch, 'server.graphql');
    await writeFile(file, sdlWithTicker());
    await studio.workspace.setModelSource({ kind: 'sdl-file', path: file }, { persist: true });
    const status = await studio.workspace.status();
    expect(status.modelSource).toMatchObject({ requested: 'sdl-file', kind: 'sdl-file', origin: file, error: null, transient: false });
    // The app's own objects still come from its manifest, next to the imported standard ones.
    expect(status.modelProblems).toEqual([]);
    await studio.workspace.write({ action: 'create', object: 'company', data: { name: 'Ticker Co', tickerSymbol: 'TCK' } });
    const after = await studio.workspace.query('{ companies(filter: { tickerSymbol: { eq: "TCK" } }) { edges { node { name tickerSymbol } } } }');
    expect(after).toEqual({ data: { companies: { edges: [{ node: { name: 'Ticker Co', tickerSymbol: 'TCK' } }] } } });
    const settings = JSON.parse(await readFile(join(studio.userData.appDataDir(app.dir), 'workspace-settings.json'), 'utf8'));
    expect(settings.modelSource).toEqual({ kind: 'sdl-file', path: file });
  }, 60_000);

  it('says why a source could not be used, and keeps working on the shipped model', async () => {
    await studio.workspace.setModelSource({ kind: 'remote' }, { persist: false });
    const status = await studio.workspace.status();
    expect(status.modelSource).toMatchObject({ requested: 'remote', kind: 'shipped', transient: true });
    expect(status.modelSource!.error).toMatch(/Offline target|Remote/);
    const companies = await studio.workspace.query('{ companies { totalCount } }');
    expect(companies.errors).toBeUndefined();
  }, 60_000);
});
