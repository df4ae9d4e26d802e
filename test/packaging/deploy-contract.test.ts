import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployDescriptionSchema, deployResultSchema, type PackagingProgress } from '../../src-shared/contract/packaging';
import { deploy, describeDeployment } from '../../src-main/core/packaging/app-deployer';
import { parseTarball } from '../../src-main/core/packaging/tarball-reader';
import { listRemotes } from '../../src-main/core/packaging/twenty-remotes';
import { copyFixtureApp, type TempApp } from '../helpers/temp-app';
import { startFakeTwentyServer, type FakeTwentyServer } from './fake-twenty-server';

const API_KEY = 'test-api-key-for-the-fake-server';
const BASIC_APP_ID = '49e55693-cb03-4c90-bc80-bd5eb7bba666';

/**
 * The deploy contract: the SDK's own appDeploy + appInstall, run by the studio, against a server on
 * 127.0.0.1 that answers exactly the requests they make, with the remote taken from a temporary
 * HOME's ~/.twenty/config.json as `twenty remote:add` writes it.
 */
describe('deploy to a remote (contract with twenty-sdk appDeploy/appInstall)', () => {
  let server: FakeTwentyServer;
  let home: string;
  let app: TempApp;

  beforeAll(async () => {
    server = await startFakeTwentyServer({ apiKey: API_KEY });
    home = await mkdtemp(join(tmpdir(), 'twenty-studio-home-'));
    await mkdir(join(home, '.twenty'));
    await writeFile(
      join(home, '.twenty', 'config.json'),
      JSON.stringify({
        version: 1,
        defaultRemote: 'staging',
        remotes: {
          staging: { apiUrl: server.url, apiKey: API_KEY },
          elsewhere: { apiUrl: 'http://127.0.0.1:9', apiKey: 'unused' },
        },
      }, null, 2),
    );
    app = await copyFixtureApp('basic-app');
  });

  afterAll(async () => {
    await app?.cleanup();
    await server?.close();
    if (home) await rm(home, { recursive: true, force: true });
  });

  it('lists the remotes with the SDK ConfigService, credentials left out', async () => {
    const remotes = await listRemotes(app.dir, { homeDir: home });
    expect(remotes).toEqual([
      { name: 'elsewhere', url: 'http://127.0.0.1:9', hasCredentials: true, isDefault: false },
      // The SDK's implicit remote, always present for the twenty CLI.
      { name: 'local', url: 'http://localhost:2020', hasCredentials: false, isDefault: false },
      { name: 'staging', url: server.url, hasCredentials: true, isDefault: true },
    ]);
    expect(JSON.stringify(remotes)).not.toContain(API_KEY);
  }, 30_000);

  it('describes a deployment for the confirmation, and refuses an unknown remote', async () => {
    const description = await describeDeployment(app.dir, 'staging', { homeDir: home });
    expect(deployDescriptionSchema.parse(description)).toEqual({
      remote: { name: 'staging', url: server.url },
      packageName: 'basic-app',
      version: '0.1.0',
      hasCredentials: true,
    });
    await expect(describeDeployment(app.dir, 'production', { homeDir: home })).rejects.toMatchObject({
      code: 'REMOTE_NOT_FOUND',
      message: expect.stringContaining('known: elsewhere, local, staging'),
    });
  }, 30_000);

  it('has no remotes, and creates no config, when ~/.twenty/config.json is missing', async () => {
    const emptyHome = await mkdtemp(join(tmpdir(), 'twenty-studio-home-'));
    try {
      expect(await listRemotes(app.dir, { homeDir: emptyHome })).toEqual([]);
      const result = await deploy(app.dir, { remote: 'staging', homeDir: emptyHome });
      expect(result).toMatchObject({ success: false, stage: 'describe', error: { code: 'REMOTE_NOT_FOUND' } });
      expect(existsSync(join(emptyHome, '.twenty'))).toBe(false);
    } finally {
      await rm(emptyHome, { recursive: true, force: true });
    }
  }, 30_000);

  it('reads an older-format config without rewriting it', async () => {
    const oldHome = await mkdtemp(join(tmpdir(), 'twenty-studio-home-'));
    try {
      await mkdir(join(oldHome, '.twenty'));
      // The pre-"remotes" format the SDK migrates (and rewrites) when it reads it.
      const legacy = JSON.stringify({ profiles: { default: { apiUrl: server.url, apiKey: API_KEY } } });
      await writeFile(join(oldHome, '.twenty', 'config.json'), legacy);
      expect(await listRemotes(app.dir, { homeDir: oldHome })).toEqual([{ name: 'local', url: server.url, hasCredentials: true, isDefault: true }]);
      expect(await readFile(join(oldHome, '.twenty', 'config.json'), 'utf8')).toBe(legacy);
    } finally {
      await rm(oldHome, { recursive: true, force: true });
    }
  }, 30_000);

  it('packages, uploads the tarball, registers it and requests the install', async () => {
    server.requests.length = 0;
    const progress: PackagingProgress[] = [];
    const result = await deploy(app.dir, { remote: 'staging', homeDir: home, onProgress: (event) => progress.push(event) });
    expect(deployResultSchema.parse(result)).toEqual(result);
    if (!result.success) throw new Error(`${result.stage}: ${result.error.code}: ${result.error.message}`);
    expect(result).toMatchObject({
      remote: { name: 'staging', url: server.url },
      packageName: 'basic-app',
      version: '0.1.0',
      application: { universalIdentifier: BASIC_APP_ID, name: 'Basic App' },
      installed: true,
    });

    // Exactly the SDK's sequence, all authenticated with the remote's API key (the upload URL is pre-signed).
    expect(server.requests.map((request) => `${request.method} ${request.path} ${request.operationName ?? ''}`.trim())).toEqual([
      'POST /metadata CreateFileUpload',
      `PUT /uploads/${[...server.uploads.keys()][0]}`,
      'POST /metadata CompleteAppTarballUpload',
      'POST /metadata InstallApplication',
    ]);
    for (const request of server.requests.filter((candidate) => candidate.method === 'POST')) expect(request.authorization).toBe(`Bearer ${API_KEY}`);

    const [createUpload] = server.requests;
    const tarball = await readFile(result.tarballPath);
    expect(createUpload.variables).toMatchObject({ filename: 'basic-app-0.1.0.tgz', size: tarball.length });
    expect(String(createUpload.variables?.fileFolder)).toMatch(/TARBALL/i);

    // The bytes that arrived are the package, manifest and all.
    const uploaded = [...server.uploads.values()][0];
    expect(uploaded.equals(tarball)).toBe(true);
    const files = parseTarball(uploaded).map((entry) => entry.path);
    expect(files).toEqual(expect.arrayContaining(['manifest.json', 'package.json', 'src/logic-functions/hello.mjs']));

    expect(server.installedUniversalIdentifiers).toEqual([BASIC_APP_ID]);
    expect(progress.filter((event) => event.source === 'sdk').map((event) => event.message)).toEqual(
      expect.arrayContaining([`Uploading ${result.tarballPath}...`, 'Registering application...']),
    );
  }, 90_000);

  it('reports the server refusing the credentials as a deploy failure', async () => {
    const badHome = await mkdtemp(join(tmpdir(), 'twenty-studio-home-'));
    try {
      await mkdir(join(badHome, '.twenty'));
      await writeFile(join(badHome, '.twenty', 'config.json'), JSON.stringify({ version: 1, remotes: { staging: { apiUrl: server.url, apiKey: 'wrong' } } }));
      server.requests.length = 0;
      const result = await deploy(app.dir, { remote: 'staging', homeDir: badHome });
      expect(result).toMatchObject({ success: false, stage: 'deploy', error: { code: 'DEPLOY_FAILED' } });
      expect(server.installedUniversalIdentifiers).toEqual([BASIC_APP_ID]);
      expect(server.requests.some((request) => request.method === 'PUT')).toBe(false);
    } finally {
      await rm(badHome, { recursive: true, force: true });
    }
  }, 90_000);
});
