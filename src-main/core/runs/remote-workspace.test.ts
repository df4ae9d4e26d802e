import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_APPS_DIR, REPO_ROOT } from '../../../test/helpers/temp-app';
import { checkRemote, generateCoreClient } from './remote-workspace';

const SDL = 'type Query { companies: [Company!]! }\ntype Company { id: ID!\n name: String }\n';
const API_KEY = 'test-api-key';

/** A stand-in Twenty server on 127.0.0.1 answering the metadata queries the studio makes. */
function fakeTwentyServer(): Promise<{ server: Server; url: string; queries: string[] }> {
  const queries: string[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      response.setHeader('content-type', 'application/json');
      if (request.url !== '/metadata' || request.headers.authorization !== `Bearer ${API_KEY}`) {
        response.end(JSON.stringify({ errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }] }));
        return;
      }
      const { query } = JSON.parse(body) as { query: string };
      queries.push(query);
      if (query.includes('applicationCoreGraphqlSchema')) {
        response.end(JSON.stringify({ data: { applicationCoreGraphqlSchema: SDL } }));
      } else {
        response.end(JSON.stringify({ data: {
          currentWorkspace: { id: 'w1', displayName: 'Acme' },
          objects: { edges: [{ node: { nameSingular: 'person' } }, { node: { nameSingular: 'company' } }] },
          findManyLogicFunctions: [{ id: 'f1', name: 'hello' }],
        } }));
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, queries })));
}

let appDir: string;
let remote: Awaited<ReturnType<typeof fakeTwentyServer>>;

beforeAll(async () => {
  remote = await fakeTwentyServer();
  appDir = await mkdtemp(join(tmpdir(), 'remote-app-'));
  await cp(join(FIXTURE_APPS_DIR, 'runner-app'), appDir, { recursive: true });
  // The client is generated into the app's own twenty-client-sdk: give the app a private copy of it,
  // and links to everything else, so the repo's installed package is never touched.
  await mkdir(join(appDir, 'node_modules'));
  for (const entry of await readdir(join(REPO_ROOT, 'node_modules'))) {
    if (entry === 'twenty-client-sdk' || entry === '.bin' || entry === '.cache') continue;
    await symlink(join(REPO_ROOT, 'node_modules', entry), join(appDir, 'node_modules', entry), 'dir');
  }
  await cp(join(REPO_ROOT, 'node_modules', 'twenty-client-sdk'), join(appDir, 'node_modules', 'twenty-client-sdk'), { recursive: true });
});
afterAll(async () => {
  remote.server.close();
  await rm(appDir, { recursive: true, force: true });
});

describe('remote workspace', () => {
  it('checks a remote through the typed MetadataApiClient', async () => {
    const summary = await checkRemote(appDir, REPO_ROOT, { apiUrl: remote.url, token: API_KEY });
    expect(summary).toEqual({ workspace: { id: 'w1', displayName: 'Acme' }, objects: ['company', 'person'], logicFunctions: [{ id: 'f1', name: 'hello' }] });
    expect(remote.queries.at(-1)).toMatch(/currentWorkspace/);
  });

  it('says clearly when the credentials are refused or the server is down', async () => {
    await expect(checkRemote(appDir, REPO_ROOT, { apiUrl: remote.url, token: 'wrong' })).rejects.toMatchObject({ code: expect.stringMatching(/REMOTE_/) });
    await expect(checkRemote(appDir, REPO_ROOT, { apiUrl: 'http://127.0.0.1:9', token: API_KEY })).rejects.toMatchObject({ code: 'REMOTE_UNREACHABLE' });
  });

  it('generates the typed CoreApiClient from the schema the server gives', async () => {
    const before = await readFile(join(appDir, 'node_modules/twenty-client-sdk/dist/core.mjs'), 'utf8');
    const generated = await generateCoreClient(appDir, REPO_ROOT, { apiUrl: remote.url, token: API_KEY }, 'cddeac04-45a3-41fb-a3d3-5c232c66e980');
    expect(generated.packageRoot).toBe(join(appDir, 'node_modules', 'twenty-client-sdk'));
    expect(remote.queries.at(-1)).toMatch(/applicationCoreGraphqlSchema/);
    // replaceCoreClient generates into dist/core/generated and copies the bundle over dist/core.mjs.
    const after = await readFile(join(appDir, 'node_modules/twenty-client-sdk/dist/core.mjs'), 'utf8');
    expect(after).not.toBe(before);
    expect(after).toContain('companies');
    expect(await readFile(join(REPO_ROOT, 'node_modules/twenty-client-sdk/dist/core.mjs'), 'utf8')).toBe(before);
  }, 60_000);
});
