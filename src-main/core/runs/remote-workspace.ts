import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { resolvePackageDir } from '../project/dependency-status';
import { StudioError } from '../studio-error';

export interface RemoteCredentials {
  apiUrl: string;
  token: string;
}

interface MetadataClient {
  query(request: Record<string, unknown>): Promise<Record<string, unknown>>;
}

/**
 * The app's own twenty-client-sdk (its version matches the app), else the studio's. The studio talks
 * to a Twenty server through this pre-generated, typed genql client, not hand-written GraphQL.
 */
function clientPackage(appDir: string, studioDir: string): { dir: string; load: (subpath: string) => unknown } {
  for (const base of [appDir, studioDir]) {
    const dir = resolvePackageDir(base, 'twenty-client-sdk');
    if (dir) return { dir, load: (subpath) => createRequire(join(base, 'package.json'))(`twenty-client-sdk/${subpath}`) };
  }
  throw new StudioError('CLIENT_SDK_MISSING', 'twenty-client-sdk is not installed: install the app\'s dependencies first.');
}

function metadataClient(appDir: string, studioDir: string, credentials: RemoteCredentials): MetadataClient {
  const { MetadataApiClient } = clientPackage(appDir, studioDir).load('metadata') as { MetadataApiClient: new (options: object) => MetadataClient };
  return new MetadataApiClient({
    url: `${credentials.apiUrl.replace(/\/$/, '')}/metadata`,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${credentials.token}` },
  });
}

function describeFailure(error: unknown, apiUrl: string): StudioError {
  const message = error instanceof Error ? error.message : String(error);
  if (/fetch failed|ECONNREFUSED|ENOTFOUND/i.test(message)) return new StudioError('REMOTE_UNREACHABLE', `Cannot reach ${apiUrl}: is the Twenty server running? (${message})`);
  if (/unauth|forbidden|401|403/i.test(message)) return new StudioError('REMOTE_UNAUTHORIZED', `${apiUrl} refused the credentials: check the API key or run "twenty remote:add" again. (${message})`);
  return new StudioError('REMOTE_ERROR', `${apiUrl} answered with an error: ${message}`);
}

export interface RemoteSummary {
  workspace: { id: string; displayName: string | null };
  objects: string[];
  logicFunctions: { id: string; name: string }[];
}

/** Checks a remote and lists what the studio shows of it: the workspace, its objects and its functions. */
export async function checkRemote(appDir: string, studioDir: string, credentials: RemoteCredentials): Promise<RemoteSummary> {
  const client = metadataClient(appDir, studioDir, credentials);
  try {
    const result = await client.query({
      currentWorkspace: { id: true, displayName: true },
      objects: { __args: { paging: { first: 1000 }, filter: {} }, edges: { node: { nameSingular: true } } },
      findManyLogicFunctions: { id: true, name: true },
    }) as {
      currentWorkspace: { id: string; displayName?: string | null };
      objects: { edges: { node: { nameSingular: string } }[] };
      findManyLogicFunctions: { id: string; name: string }[];
    };
    return {
      workspace: { id: result.currentWorkspace.id, displayName: result.currentWorkspace.displayName ?? null },
      objects: result.objects.edges.map((edge) => edge.node.nameSingular).sort(),
      logicFunctions: result.findManyLogicFunctions.map(({ id, name }) => ({ id, name })),
    };
  } catch (error) {
    throw describeFailure(error, credentials.apiUrl);
  }
}

/** The app's Core SDL as the server generates it (`applicationCoreGraphqlSchema`, as `twenty dev:generate-client` reads it). */
export async function fetchCoreSchema(appDir: string, studioDir: string, credentials: RemoteCredentials, applicationUniversalIdentifier: string): Promise<string> {
  const client = metadataClient(appDir, studioDir, credentials);
  try {
    const result = await client.query({ applicationCoreGraphqlSchema: { __args: { applicationUniversalIdentifier } } }) as { applicationCoreGraphqlSchema: string };
    return result.applicationCoreGraphqlSchema;
  } catch (error) {
    throw describeFailure(error, credentials.apiUrl);
  }
}

/**
 * "Generate client": fetches the app's schema from the server (`applicationCoreGraphqlSchema`, as
 * `twenty dev:generate-client` does) and regenerates the typed CoreApiClient inside the app's
 * twenty-client-sdk with the SDK's own `replaceCoreClient`.
 */
export async function generateCoreClient(appDir: string, studioDir: string, credentials: RemoteCredentials, applicationUniversalIdentifier: string): Promise<{ packageRoot: string; schemaBytes: number }> {
  const packageRoot = resolvePackageDir(appDir, 'twenty-client-sdk');
  if (!packageRoot) throw new StudioError('CLIENT_SDK_MISSING', 'The app has no twenty-client-sdk to generate the client into: install its dependencies first.');
  // An app linked to the studio's own packages (the bundled sample) would have its client written
  // into the studio: refuse, the app needs a twenty-client-sdk of its own.
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return null;
    }
  };
  const studioPackages = real(join(studioDir, 'node_modules'));
  if (studioPackages && real(packageRoot)?.startsWith(`${studioPackages}${sep}`)) {
    throw new StudioError('CLIENT_SDK_SHARED', `The app's twenty-client-sdk is the studio's own (${packageRoot}): install the app's dependencies in its folder to generate a client of its own.`);
  }
  const schema = await fetchCoreSchema(appDir, studioDir, credentials, applicationUniversalIdentifier);
  const { replaceCoreClient } = createRequire(join(appDir, 'package.json'))('twenty-client-sdk/generate') as {
    replaceCoreClient: (options: { packageRoot: string; schema: string }) => Promise<void>;
  };
  await replaceCoreClient({ packageRoot, schema });
  return { packageRoot, schemaBytes: Buffer.byteLength(schema) };
}
