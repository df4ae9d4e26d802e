import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deployCommand } from '../../src-main/cli/commands/deploy';
import { packageCommand } from '../../src-main/cli/commands/package';
import type { CliIo } from '../../src-main/cli/cli-io';
import { copyFixtureApp, type TempApp } from '../helpers/temp-app';
import { startFakeTwentyServer, type FakeTwentyServer } from './fake-twenty-server';

const BUILD_TIMEOUT = 90_000;

function captureIo(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
  };
  return io;
}

describe('twenty-studio package', () => {
  let app: TempApp | null = null;
  afterEach(async () => {
    await app?.cleanup();
    app = null;
  });

  it('--json prints only the result on stdout, progress on stderr', async () => {
    app = await copyFixtureApp('basic-app');
    const io = captureIo();
    expect(await packageCommand([app.dir, '--json'], io)).toBe(0);
    const printed = JSON.parse(io.out);
    expect(Object.keys(printed)).toEqual(expect.arrayContaining(['success', 'tarballPath', 'sizeBytes', 'files', 'manifest', 'warnings']));
    expect(printed.success).toBe(true);
    expect(printed.files).toEqual(expect.arrayContaining([{ path: 'manifest.json', sizeBytes: expect.any(Number) }]));
    expect(io.err).toContain('Running typecheck...');
    expect(io.err).toContain('Packing tarball...');
  }, BUILD_TIMEOUT);

  it('--json reports a failure with its code and exits 1', async () => {
    app = await copyFixtureApp('broken-typecheck-app');
    const io = captureIo();
    expect(await packageCommand([app.dir, '--json'], io)).toBe(1);
    const printed = JSON.parse(io.out);
    expect(printed).toMatchObject({ success: false, error: { code: 'TYPECHECK_FAILED', locations: [{ file: 'src/logic-functions/hello.ts', line: 6, column: 9 }] } });
  }, BUILD_TIMEOUT);

  it('--compare diffs the new package against an earlier tarball', async () => {
    app = await copyFixtureApp('basic-app');
    expect(await packageCommand([app.dir, '--json'], captureIo())).toBe(0);
    const earlier = join(app.dir, 'earlier.tgz');
    await copyFile(join(app.dir, '.twenty', 'output', 'basic-app-0.1.0.tgz'), earlier);

    // Version 0.2.0: one function's description changes, the cron function goes away.
    const packageJsonPath = join(app.dir, 'package.json');
    await writeFile(packageJsonPath, (await readFile(packageJsonPath, 'utf8')).replace('"version": "0.1.0"', '"version": "0.2.0"'));
    const helloPath = join(app.dir, 'src', 'logic-functions', 'hello.ts');
    await writeFile(helloPath, (await readFile(helloPath, 'utf8')).replace('Greets the caller by name', 'Greets the caller warmly'));
    await rm(join(app.dir, 'src', 'logic-functions', 'sync-post-cards.ts'));

    const io = captureIo();
    expect(await packageCommand([app.dir, '--json', '--compare', earlier], io)).toBe(0);
    const { comparison, tarballPath } = JSON.parse(io.out);
    expect(tarballPath).toMatch(/basic-app-0\.2\.0\.tgz$/);
    expect(comparison.previous).toEqual({ tarballPath: earlier, version: '0.1.0' });
    expect(comparison.current).toEqual({ version: '0.2.0' });
    expect(comparison.created).toEqual([]);
    expect(comparison.deleted).toEqual([expect.objectContaining({ kind: 'logicFunction', universalIdentifier: '61b84c43-fbae-46cd-aeea-ab3dac862ff5' })]);
    const updatedHello = comparison.updated.find((entry: { universalIdentifier: string }) => entry.universalIdentifier === 'e1db774f-7534-414b-9ab3-8adda2920644');
    expect(updatedHello.changes).toEqual(expect.arrayContaining([{ property: 'description', before: 'Greets the caller by name', after: 'Greets the caller warmly' }]));

    const human = captureIo();
    expect(await packageCommand([app.dir, '--compare', earlier], human)).toBe(0);
    expect(human.out).toMatch(/deleted +logicFunction sync-post-cards/);
  }, BUILD_TIMEOUT * 2);
});

describe('twenty-studio deploy', () => {
  const apiKey = 'cli-test-key';
  let server: FakeTwentyServer;
  let home: string;
  let app: TempApp;
  const previousHome = process.env.HOME;

  beforeAll(async () => {
    server = await startFakeTwentyServer({ apiKey });
    home = await mkdtemp(join(tmpdir(), 'twenty-studio-home-'));
    await mkdir(join(home, '.twenty'));
    await writeFile(join(home, '.twenty', 'config.json'), JSON.stringify({ version: 1, remotes: { staging: { apiUrl: server.url, apiKey } } }));
    // The CLI reads the user's ~/.twenty like the twenty CLI: point HOME at the temporary one.
    process.env.HOME = home;
    app = await copyFixtureApp('basic-app');
  });

  afterAll(async () => {
    process.env.HOME = previousHome;
    await app?.cleanup();
    await server?.close();
    if (home) await rm(home, { recursive: true, force: true });
  });

  it('needs --remote', async () => {
    await expect(deployCommand([app.dir], captureIo())).rejects.toThrow(/--remote/);
  });

  it('names the server and version, and refuses without a terminal or --yes', async () => {
    const io = captureIo();
    const questions: string[] = [];
    const code = await deployCommand([app.dir, '--remote', 'staging'], io, async (question) => {
      questions.push(question);
      return null;
    });
    expect(code).toBe(1);
    expect(questions).toEqual([`Deploy basic-app@0.1.0 to remote "staging" (${server.url}) and install it? [y/N] `]);
    expect(io.err).toMatch(/Not confirmed: stdin is not a terminal, pass --yes/);
    expect(server.requests).toEqual([]);
  }, 30_000);

  it('does nothing when the answer is no', async () => {
    const io = captureIo();
    expect(await deployCommand([app.dir, '--remote', 'staging'], io, async () => false)).toBe(1);
    expect(server.requests).toEqual([]);
  }, 30_000);

  it('deploys and installs after a yes, with the result as JSON', async () => {
    const io = captureIo();
    expect(await deployCommand([app.dir, '--remote', 'staging', '--json'], io, async () => true)).toBe(0);
    const result = JSON.parse(io.out);
    expect(result).toMatchObject({ success: true, installed: true, remote: { name: 'staging', url: server.url }, version: '0.1.0' });
    expect(server.installedUniversalIdentifiers).toEqual(['49e55693-cb03-4c90-bc80-bd5eb7bba666']);
    expect(io.err).toContain('Registering application...');
  }, BUILD_TIMEOUT);

  it('--yes --skip-install uploads without asking and without installing', async () => {
    server.requests.length = 0;
    const io = captureIo();
    const code = await deployCommand([app.dir, '--remote', 'staging', '--yes', '--skip-install'], io, async () => {
      throw new Error('must not ask');
    });
    expect(code).toBe(0);
    expect(io.out).toMatch(/^Deployed basic-app@0\.1\.0 to remote "staging"/);
    expect(server.requests.map((request) => request.operationName).filter(Boolean)).toEqual(['CreateFileUpload', 'CompleteAppTarballUpload']);
  }, BUILD_TIMEOUT);
});
