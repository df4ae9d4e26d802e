import { mkdir, mkdtemp, readdir, readFile, rm, symlink, unlink, utimes, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPayloadShapes } from '../../../src-shared/twenty/sdk-types/payload-shapes';
import { copyFixtureApp, REPO_ROOT, type TempApp } from '../../../test/helpers/temp-app';
import { Studio } from '../studio';
import { clearSdkPayloadShapesCache, sdkPayloadShapes } from './sdk-payload-shapes';

const REAL_SDK = join(REPO_ROOT, 'node_modules', 'twenty-sdk');
const REAL_DTS = join(REAL_SDK, 'dist', 'define', 'index.d.ts');
const UID = { webhook: 'bb981a40-ef50-4f09-88e6-e11de6f44980', getItem: 'f14f9691-830b-476f-a497-40e184bc9f62' };

describe('extractPayloadShapes on the installed twenty-sdk 2.43 d.ts', () => {
  const shapes = extractPayloadShapes(readFileSync(REAL_DTS, 'utf8'));

  it('reads RoutePayload (LogicFunctionEvent exported as RoutePayload)', () => {
    const route = shapes.route!;
    expect(route.name).toBe('RoutePayload');
    expect(Object.keys(route.properties)).toEqual(expect.arrayContaining(['headers', 'queryStringParameters', 'pathParameters', 'body', 'isBase64Encoded', 'requestContext', 'userWorkspaceId', 'rawBody']));
    expect(route.properties.rawBody.optional).toBe(true);
    expect(route.properties.isBase64Encoded).toMatchObject({ optional: false, kind: 'boolean' });
    expect(route.properties.requestContext.shape?.properties.http.shape?.properties).toMatchObject({ method: { kind: 'string' }, path: { kind: 'string' } });
  });

  it('reads InstallPayload and UninstallPayload', () => {
    expect(shapes.install?.properties).toMatchObject({ previousVersion: { optional: true }, newVersion: { optional: false } });
    expect(shapes.uninstall?.properties.version).toMatchObject({ optional: true });
  });

  it('reads DatabaseEventPayload, the batch payload, and each operation\'s properties', () => {
    const event = shapes.databaseEvent!;
    expect(Object.keys(event.properties)).toEqual(['name', 'workspaceId', 'objectMetadata', 'recordId', 'userId', 'userWorkspaceId', 'workspaceMemberId', 'properties']);
    expect(event.properties.objectMetadata.shape?.properties).toMatchObject({ nameSingular: { optional: false }, description: { nullable: true } });
    expect(Object.keys(shapes.databaseEventBatch!.properties)).toEqual(['name', 'workspaceId', 'objectMetadata', 'events']);
    expect(Object.keys(shapes.databaseEventProperties.created!.properties)).toEqual(['after']);
    expect(Object.keys(shapes.databaseEventProperties.destroyed!.properties)).toEqual(['before']);
    expect(shapes.databaseEventProperties.upserted!.properties).toMatchObject({ before: { optional: true }, after: { optional: false } });
    expect(Object.keys(shapes.databaseEventProperties).sort()).toEqual(['created', 'deleted', 'destroyed', 'restored', 'updated', 'upserted']);
  });
});

describe('sdkPayloadShapes (loading and caching)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sdk-payload-shapes-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the app\'s own twenty-sdk, again only when the file changes', async () => {
    clearSdkPayloadShapesCache();
    const sdk = join(dir, 'app', 'node_modules', 'twenty-sdk');
    await mkdir(join(sdk, 'dist', 'define'), { recursive: true });
    await writeFile(join(dir, 'app', 'package.json'), '{}');
    await writeFile(join(sdk, 'package.json'), JSON.stringify({ name: 'twenty-sdk', version: '9.0.0' }));
    const dts = join(sdk, 'dist', 'define', 'index.d.ts');
    await writeFile(dts, 'type InstallPayload = { newVersion: string };');
    const first = sdkPayloadShapes(join(dir, 'app'))!;
    expect(first).toMatchObject({ version: '9.0.0', source: 'app', path: dts });
    expect(Object.keys(first.shapes.install!.properties)).toEqual(['newVersion']);
    expect(sdkPayloadShapes(join(dir, 'app'))!.shapes).toBe(first.shapes);

    await writeFile(dts, 'type InstallPayload = { nextVersion: string };');
    await utimes(dts, new Date(), new Date(Date.now() + 5_000));
    expect(Object.keys(sdkPayloadShapes(join(dir, 'app'))!.shapes.install!.properties)).toEqual(['nextVersion']);
  });

  it('falls back to the studio\'s own twenty-sdk when the app has none', async () => {
    await mkdir(join(dir, 'bare'), { recursive: true });
    expect(sdkPayloadShapes(join(dir, 'bare'))).toMatchObject({ source: 'studio', version: '2.43.0', shapes: { route: { name: 'RoutePayload' } } });
  });
});

const openStudio = async (appDir: string, dataDir: string): Promise<Studio> => {
  const studio = new Studio({ userDataDir: dataDir, mode: 'electron', version: 't', twentyConfigPath: join(dataDir, 'none.json') });
  const model = await studio.openApp(appDir);
  await studio.runs.updateModel(model);
  return studio;
};

describe('payload handlers with the app\'s twenty-sdk 2.43', () => {
  let app: TempApp;
  let dataDir: string;
  let studio: Studio;
  beforeAll(async () => {
    app = await copyFixtureApp('payloads-app');
    dataDir = await mkdtemp(join(tmpdir(), 'sdk-shapes-handlers-'));
    studio = await openStudio(app.dir, dataDir);
  }, 60_000);
  afterAll(async () => {
    await studio.dispose();
    await app.cleanup();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('templates note the SDK version, with nothing undeclared', async () => {
    const route = await studio.handlers['payload.template']({ universalIdentifier: UID.getItem });
    expect(route).toMatchObject({ trigger: 'route', sdkVersion: '2.43.0', payload: { pathParameters: { id: 'example-id' }, isBase64Encoded: false, userWorkspaceId: null } });
    expect(route.warnings).toBeUndefined();
    expect(Object.keys(route.payload as object)).not.toContain('rawBody');
  });

  it('flags a saved route payload whose keys do not match RoutePayload, naming the key and the version', async () => {
    const template = (await studio.handlers['payload.template']({ universalIdentifier: UID.getItem })).payload as Record<string, unknown>;
    const { isBase64Encoded, ...rest } = template;
    const content = { version: 1 as const, function: { universalIdentifier: UID.getItem, name: 'get-item' }, trigger: 'route' as const, inputs: { method: 'GET', url: '/s/items/example-id' } };
    const ok = await studio.handlers['payload.saved.save']({ name: 'ok', content: { ...content, payload: template }, overwrite: true });
    expect(ok).toMatchObject({ stale: false });
    await studio.handlers['payload.saved.save']({ name: 'renamed', content: { ...content, payload: { ...rest, isBase64: isBase64Encoded } }, overwrite: true });
    const { payloads } = await studio.handlers['payload.saved.list']({ universalIdentifier: UID.getItem });
    expect(payloads.find((entry) => entry.name === 'ok')).toMatchObject({ stale: false });
    expect(payloads.find((entry) => entry.name === 'renamed')).toMatchObject({
      stale: true,
      staleReason: 'The payload no longer matches RoutePayload in twenty-sdk 2.43.0: the required key "isBase64Encoded" is missing; "isBase64" is not declared by the type.',
    });
    expect(await studio.handlers['payload.saved.read']({ functionFolder: 'get-item', name: 'renamed' })).toMatchObject({ stale: true });
  });
});

/**
 * Gives a fixture copy its own node_modules: links to the repo's packages, but a twenty-sdk whose
 * version and define d.ts are rewritten (everything else links to the real SDK, so the app still loads).
 */
async function installRewrittenSdk(appDir: string, version: string, rewrite: (dts: string) => string): Promise<void> {
  const modules = join(appDir, 'node_modules');
  await unlink(modules);
  await mkdir(modules);
  const repoModules = join(REPO_ROOT, 'node_modules');
  for (const name of await readdir(repoModules)) {
    if (name !== 'twenty-sdk') await symlink(join(repoModules, name), join(modules, name));
  }
  const mirror = async (from: string, to: string, skip: string[]) => {
    await mkdir(to, { recursive: true });
    for (const name of await readdir(from)) if (!skip.includes(name)) await symlink(join(from, name), join(to, name));
  };
  const sdk = join(modules, 'twenty-sdk');
  await mirror(REAL_SDK, sdk, ['package.json', 'dist']);
  await mirror(join(REAL_SDK, 'dist'), join(sdk, 'dist'), ['define']);
  await mirror(join(REAL_SDK, 'dist', 'define'), join(sdk, 'dist', 'define'), ['index.d.ts']);
  const packageJson = JSON.parse(await readFile(join(REAL_SDK, 'package.json'), 'utf8')) as Record<string, unknown>;
  await writeFile(join(sdk, 'package.json'), JSON.stringify({ ...packageJson, version }));
  await writeFile(join(sdk, 'dist', 'define', 'index.d.ts'), rewrite(await readFile(REAL_DTS, 'utf8')));
}

describe('payload handlers with an app whose twenty-sdk renamed a RoutePayload key', () => {
  let app: TempApp;
  let dataDir: string;
  let studio: Studio;
  beforeAll(async () => {
    app = await copyFixtureApp('payloads-app');
    await installRewrittenSdk(app.dir, '2.99.0', (dts) => dts.replace(/(type LogicFunctionEvent<[^>]*> = \{[^]*?)isBase64Encoded: boolean;/, '$1isBase64: boolean;'));
    dataDir = await mkdtemp(join(tmpdir(), 'sdk-shapes-renamed-'));
    studio = await openStudio(app.dir, dataDir);
  }, 60_000);
  afterAll(async () => {
    await studio.dispose();
    await app.cleanup();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('builds the template for that SDK: the new key added, the old one reported', async () => {
    const route = await studio.handlers['payload.template']({ universalIdentifier: UID.getItem });
    expect(route.sdkVersion).toBe('2.99.0');
    expect(route.payload).toMatchObject({ isBase64: null });
    expect(route.warnings).toEqual([`twenty-sdk 2.99.0's RoutePayload does not declare "isBase64Encoded".`]);
  });

  it('flags the committed payload built for 2.43 as stale, naming the key and the SDK version', async () => {
    const { payloads } = await studio.handlers['payload.saved.list']({ universalIdentifier: UID.webhook });
    expect(payloads).toHaveLength(1);
    expect(payloads[0]).toMatchObject({ stale: true, staleReason: expect.stringMatching(/RoutePayload in twenty-sdk 2\.99\.0: the required key "isBase64" is missing; "isBase64Encoded" is not declared/) });
    // Tool payloads have no SDK type: they still fit.
    const all = await studio.handlers['payload.saved.list']({});
    expect(all.payloads.filter((entry) => entry.functionFolder === 'format-amount').every((entry) => !entry.stale)).toBe(true);
  });
});
