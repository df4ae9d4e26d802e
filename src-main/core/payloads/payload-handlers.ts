import type { EventName, EventPayload, SavedPayloadEntry } from '../../../src-shared/contract';
import type { payloadOperations } from '../../../src-shared/contract/payloads';
import { buildCurlCommand, buildExecCommand, payloadTemplate, sdkShapeStaleness, triggerInputSchema, validateInputPayload } from '../../../src-shared/twenty/saved-payload';
import type { FileStore } from '../files/file-store';
import type { AppProject } from '../project/app-project';
import { LocalRouteServer } from '../routes/local-route-server';
import { handleRouteRequest, requestHeaders, type RouteRequestDeps } from '../routes/route-request-service';
import type { ServerRouteDispatchQueue } from '../routes/server-route-service';
import type { RunService } from '../runs/run-service';
import { StudioError } from '../studio-error';
import { appFunctions, findAppFunction, requireModel } from './app-functions';
import { composeEvent } from './database-event-service';
import { eventObjects } from './event-objects';
import { recentPayloads } from './recent-payloads';
import { checkSavedPayload } from './saved-payload-check';
import { SavedPayloadStore } from './saved-payload-store';
import { sdkPayloadShapes } from './sdk-payload-shapes';
import type { z } from 'zod';

/** What the payload handlers need of the studio: the open app's services and the event stream. */
export interface PayloadHandlerContext {
  requireOpen(): { project: AppProject; runs: RunService; files: FileStore; workspace?: { snapshotRestore(name: string): Promise<unknown> } & Partial<ServerRouteDispatchQueue> };
  emit<N extends EventName>(name: N, payload: EventPayload<N>): void;
  /**
   * The studio's mode, read once the studio is constructed: browser mode starts the local route server
   * by default (issue 5: "on by default in browser mode").
   */
  mode?: () => 'electron' | 'browser';
}

export type PayloadHandlers = {
  [N in keyof typeof payloadOperations]: (params: z.output<(typeof payloadOperations)[N]['params']>) => Promise<z.infer<(typeof payloadOperations)[N]['result']>>;
};

export function createPayloadHandlers(context: PayloadHandlerContext): PayloadHandlers {
  const model = () => requireModel(context.requireOpen().project.model);
  const deps: RouteRequestDeps & { files(): FileStore } = {
    model,
    runs: () => context.requireOpen().runs,
    files: () => context.requireOpen().files,
    dispatchQueue: () => {
      const workspace = context.requireOpen().workspace;
      return workspace?.dispatchServerRoute ? (workspace as ServerRouteDispatchQueue) : null;
    },
  };
  const store = () => {
    const { project } = context.requireOpen();
    return new SavedPayloadStore(project.appDir, () => appFunctions(requireModel(project.model)));
  };
  const savedChanged = (functionFolder: string) => context.emit('payload.saved.changed', { functionFolder });
  /** The payload types of the open app's installed twenty-sdk (the studio's when it has none). */
  const sdk = () => sdkPayloadShapes(context.requireOpen().project.appDir);
  /** A saved payload that still fits its function is also checked against the installed SDK's payload type. */
  const withSdkStaleness = (entry: SavedPayloadEntry, shapes = sdk()): SavedPayloadEntry => {
    if (!shapes || entry.stale || !entry.content) return entry;
    const staleReason = sdkShapeStaleness(entry.content, shapes);
    return staleReason ? { ...entry, stale: true, staleReason } : entry;
  };

  const consoleLine = (text: string, level: 'SYSTEM' | 'ERROR') =>
    context.emit('console.batch', { entries: [{ source: 'route-server', label: 'route server', level, text: `${text}\n`, time: new Date().toISOString() }] });

  const server = new LocalRouteServer({
    handle: async (request) => {
      try {
        context.requireOpen();
      } catch (error) {
        return {
          match: null, matches: [], closest: [], payload: null, droppedHeaders: [], missingForwardedHeaders: [], warnings: [],
          response: { status: 503, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify({ statusCode: 503, error: 'ServiceUnavailableException', messages: [(error as Error).message] }), bodyKind: 'json', droppedHeaders: [], warnings: [] },
        };
      }
      return handleRouteRequest(deps, request, { dryRun: false, origin: 'route' });
    },
    log: consoleLine,
    onStateChange: (state) => context.emit('routes.server', state),
  });
  // Deferred: the handlers are created while the studio is being constructed.
  queueMicrotask(() => {
    if (context.mode?.() === 'browser') void server.start();
  });

  return {
    'routes.request': ({ dryRun, debug, ...request }) => handleRouteRequest(deps, request, { dryRun, origin: 'route', debug }),
    'routes.server.status': async () => server.state(),
    'routes.server.start': ({ port, acceptExternalCallers }) => server.start(port, acceptExternalCallers),
    'routes.server.stop': () => server.stop(),

    'payload.objects': async () => ({ objects: eventObjects(model()) }),
    'payload.event': (params) => composeEvent(deps, params),
    'payload.template': async ({ universalIdentifier, trigger }) => {
      const current = model();
      return payloadTemplate(findAppFunction(current, universalIdentifier), trigger, current.version, sdk());
    },
    'payload.validate': async ({ universalIdentifier, payload, trigger }) => {
      const fn = findAppFunction(model(), universalIdentifier);
      const which = trigger ?? (fn.config.toolTriggerSettings || fn.config.isTool ? 'tool' : 'workflowAction');
      const problems = validateInputPayload(triggerInputSchema(fn.config, which), payload);
      return { valid: problems.length === 0, problems };
    },

    'payload.saved.list': async ({ universalIdentifier }) => {
      const payloads = await store().list(universalIdentifier);
      const shapes = sdk();
      return { payloads: payloads.map((entry) => withSdkStaleness(entry, shapes)) };
    },
    'payload.saved.read': async ({ functionFolder, name }) => withSdkStaleness(await store().read(functionFolder, name)),
    'payload.saved.save': async ({ name, content, overwrite }) => {
      const entry = await store().save(name, content, { overwrite });
      savedChanged(entry.functionFolder);
      return withSdkStaleness(entry);
    },
    'payload.saved.rename': async ({ functionFolder, name, newName }) => {
      const entry = await store().rename(functionFolder, name, newName);
      savedChanged(functionFolder);
      return withSdkStaleness(entry);
    },
    'payload.saved.duplicate': async ({ functionFolder, name, newName }) => {
      const entry = await store().duplicate(functionFolder, name, newName);
      savedChanged(functionFolder);
      return withSdkStaleness(entry);
    },
    'payload.saved.delete': async ({ functionFolder, name }) => {
      const deleted = await store().delete(functionFolder, name);
      if (deleted) savedChanged(functionFolder);
      return { deleted };
    },
    'payload.saved.check': async ({ functionFolder, name, debug }) => {
      const open = context.requireOpen();
      const workspace = open.workspace;
      return checkSavedPayload(open.runs, await store().read(functionFolder, name), {
        restoreSnapshot: workspace ? (snapshot) => workspace.snapshotRestore(snapshot) : undefined,
        ...(debug ? { debug: true } : {}),
      });
    },
    'payload.recent': async ({ universalIdentifier, limit }) => ({ payloads: await recentPayloads(context.requireOpen().runs, universalIdentifier, limit) }),
    'payload.export': async (params) => {
      if (params.kind === 'exec') {
        const fn = findAppFunction(model(), params.universalIdentifier);
        return { command: buildExecCommand({ name: fn.name, universalIdentifier: fn.universalIdentifier, payload: params.payload }) };
      }
      const baseUrl = params.baseUrl ?? server.state().url;
      if (!baseUrl) throw new StudioError('ROUTE_SERVER_STOPPED', 'The local route server is not running: start it, or give the /s/ base URL of a Twenty server.');
      const { authenticated, ...request } = params.request;
      // The toggle's studio token means nothing elsewhere: a remote call gets a $TOKEN placeholder instead.
      const headers = params.baseUrl ? request.headers : requestHeaders({ ...request, authenticated });
      const bearerTokenVariable = params.bearerTokenVariable ?? (params.baseUrl && authenticated ? 'TWENTY_API_KEY' : undefined);
      return { command: buildCurlCommand({ ...request, headers, baseUrl, bearerTokenVariable }) };
    },
  };
}
