import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseTarball } from '../../src-main/core/packaging/tarball-reader';

/** A request as the fake server saw it. */
export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | null;
  contentType: string | null;
  /** GraphQL operation name for POST /metadata. */
  operationName: string | null;
  variables: Record<string, unknown> | null;
  bodyBytes: number;
}

export interface FakeTwentyServer {
  url: string;
  requests: RecordedRequest[];
  /** Tarballs received by PUT on an upload URL, by fileId. */
  uploads: Map<string, Buffer>;
  installedUniversalIdentifiers: string[];
  close(): Promise<void>;
}

const readBody = (request: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });

/**
 * The few requests twenty-sdk 2.43's appDeploy and appInstall make, answered as a Twenty server
 * would (read from the SDK's dist: ApiService.createFileUpload / completeAppTarballUpload /
 * installTarballApp and the upload PUT):
 *   POST /metadata  mutation CreateFileUpload($filename, $size, $fileFolder) -> { fileId, uploadUrl, contentType, expiresAt }
 *   PUT  <uploadUrl> the .tgz bytes
 *   POST /metadata  mutation CompleteAppTarballUpload($fileId) -> { id, universalIdentifier, name }
 *   POST /metadata  mutation InstallApplication($universalIdentifier) -> { id }
 * Anything else is a 404, recorded, so a test sees an unexpected call. Loopback only.
 */
export async function startFakeTwentyServer(options: { apiKey: string }): Promise<FakeTwentyServer> {
  const requests: RecordedRequest[] = [];
  const uploads = new Map<string, Buffer>();
  const pendingUploads = new Map<string, { filename: string; size: number }>();
  const installedUniversalIdentifiers: string[] = [];
  const registered = new Map<string, { id: string; universalIdentifier: string; name: string }>();
  let url = '';

  const server: Server = createServer(async (request, response) => {
    const body = await readBody(request);
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const recorded: RecordedRequest = {
      method: request.method ?? '',
      path,
      authorization: request.headers.authorization ?? null,
      contentType: request.headers['content-type'] ?? null,
      operationName: null,
      variables: null,
      bodyBytes: body.length,
    };
    requests.push(recorded);
    const json = (status: number, value: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(value));
    };

    if (request.method === 'PUT' && path.startsWith('/uploads/')) {
      const fileId = path.slice('/uploads/'.length);
      if (!pendingUploads.has(fileId)) return json(404, { message: 'unknown upload' });
      uploads.set(fileId, body);
      response.writeHead(200);
      return response.end();
    }
    if (request.method !== 'POST' || path !== '/metadata') return json(404, { message: `unexpected ${request.method} ${path}` });
    if (request.headers.authorization !== `Bearer ${options.apiKey}`) {
      return json(200, { errors: [{ message: 'Unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    const { query, variables } = JSON.parse(body.toString('utf8')) as { query: string; variables?: Record<string, unknown> };
    const operationName = /(?:mutation|query)\s+(\w+)/.exec(query)?.[1] ?? null;
    recorded.operationName = operationName;
    recorded.variables = variables ?? null;

    if (operationName === 'CreateFileUpload') {
      const fileId = randomUUID();
      pendingUploads.set(fileId, { filename: String(variables?.filename), size: Number(variables?.size) });
      return json(200, {
        data: {
          createFileUpload: { fileId, uploadUrl: `${url}/uploads/${fileId}`, contentType: 'application/gzip', expiresAt: new Date(Date.now() + 600_000).toISOString() },
        },
      });
    }
    if (operationName === 'CompleteAppTarballUpload') {
      const fileId = String(variables?.fileId);
      const tarball = uploads.get(fileId);
      if (!tarball) return json(200, { errors: [{ message: `No upload for file ${fileId}` }] });
      // The server reads the application from the package's manifest.json, as the real one does.
      const manifestEntry = parseTarball(tarball).find((entry) => entry.path === 'manifest.json');
      if (!manifestEntry) return json(200, { errors: [{ message: 'The tarball holds no manifest.json' }] });
      const manifest = JSON.parse(manifestEntry.contents.toString('utf8')) as { application: { universalIdentifier: string; displayName: string } };
      const application = { id: randomUUID(), universalIdentifier: manifest.application.universalIdentifier, name: manifest.application.displayName };
      registered.set(application.universalIdentifier, application);
      return json(200, { data: { completeAppTarballUpload: application } });
    }
    if (operationName === 'InstallApplication') {
      const universalIdentifier = String(variables?.universalIdentifier);
      const application = registered.get(universalIdentifier);
      if (!application) return json(200, { errors: [{ message: `Application ${universalIdentifier} not found`, extensions: { code: 'NOT_FOUND' } }] });
      installedUniversalIdentifiers.push(universalIdentifier);
      return json(200, { data: { installApplication: { id: application.id } } });
    }
    return json(200, { errors: [{ message: `Unexpected operation ${operationName}` }] });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    uploads,
    installedUniversalIdentifiers,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
