import { buildDatabaseEventPayload, type DatabaseEventOperation } from './database-event';
import { buildRoutePayload, serverRouteUrl } from './route';
import { functionTriggers } from './saved-payload/staleness';

type Config = Record<string, unknown>;

export type SampleTrigger = 'route' | 'serverRoute' | 'cron' | 'databaseEvent' | 'tool' | 'workflowAction' | 'preInstall' | 'postInstall' | 'uninstall' | 'healthCheck' | 'none';

/**
 * Which payload a function gets by default: the health check none, else its first trigger in the order
 * the composers offer them (install hooks by their define*), so the Run button and the composer agree.
 */
export function defaultTrigger(defineFunction: string, config: Config): SampleTrigger {
  if (defineFunction === 'defineHealthCheck') return 'healthCheck';
  const first = functionTriggers({ defineFunction, config })[0];
  // 'route' without an HTTP route is the server route's request.
  if (first === 'route' && !config.httpRouteTriggerSettings) return 'serverRoute';
  if (first && first !== 'manual') return first;
  // A server-route resolver gets the RoutePayload of a request to /webhooks/server/<id>.
  return config.serverRouteTriggerSettings ? 'serverRoute' : 'none';
}

/** An example value for a JSON schema, so a tool or workflow action gets an input of the right shape. */
export function exampleForSchema(schema: unknown): unknown {
  const node = (schema ?? {}) as { type?: unknown; properties?: Record<string, unknown>; items?: unknown; enum?: unknown[] };
  if (Array.isArray(node.enum) && node.enum.length > 0) return node.enum[0];
  switch (node.type) {
    case 'string': return 'example';
    case 'number': case 'integer': return 1;
    case 'boolean': return true;
    case 'array': return [exampleForSchema(node.items)];
    case 'object':
      return Object.fromEntries(Object.entries(node.properties ?? {}).map(([key, value]) => [key, exampleForSchema(value)]));
    default: return node.properties ? exampleForSchema({ ...node, type: 'object' }) : null;
  }
}

/** The inputSchema of a tool (2.43 toolTriggerSettings or the legacy toolInputSchema) or of a workflow action. */
export function triggerInputSchema(config: Config, trigger: SampleTrigger): unknown {
  if (trigger === 'tool') return (config.toolTriggerSettings as { inputSchema?: unknown } | undefined)?.inputSchema ?? config.toolInputSchema;
  if (trigger === 'workflowAction') return (config.workflowActionTriggerSettings as { inputSchema?: unknown } | undefined)?.inputSchema;
  return undefined;
}

/**
 * The payload the server would send for one trigger of a function, with example values: the Run
 * button's first payload and the composers' templates both come from here.
 */
export function payloadForTrigger(trigger: SampleTrigger, config: Config, appVersion: string | null): unknown {
  const version = appVersion ?? '0.1.0';
  switch (trigger) {
    case 'route': {
      const route = (config.httpRouteTriggerSettings ?? {}) as { path?: string; httpMethod?: string; forwardedRequestHeaders?: string[] };
      const pathParameters: Record<string, string> = {};
      const path = (route.path ?? '/').replace(/:(\w+)/g, (_match, name: string) => {
        pathParameters[name] = `example-${name}`;
        return pathParameters[name];
      });
      const method = route.httpMethod ?? 'GET';
      const hasBody = !['GET', 'DELETE'].includes(method);
      return buildRoutePayload({
        method,
        url: `/s${path.startsWith('/') ? path : `/${path}`}`,
        headers: { 'content-type': 'application/json', ...Object.fromEntries((route.forwardedRequestHeaders ?? []).map((name) => [name.toLowerCase(), 'example'])) },
        body: hasBody ? JSON.stringify({ example: true }) : null,
        pathParameters,
        forwardedRequestHeaders: route.forwardedRequestHeaders ?? [],
        userWorkspaceId: null,
      }).payload;
    }
    case 'serverRoute': {
      const settings = (config.serverRouteTriggerSettings ?? {}) as { httpMethods?: string[]; forwardedRequestHeaders?: string[] };
      const method = settings.httpMethods?.[0] ?? 'POST';
      return buildRoutePayload({
        method,
        url: serverRouteUrl(String(config.universalIdentifier ?? '')),
        headers: { 'content-type': 'application/json', ...Object.fromEntries((settings.forwardedRequestHeaders ?? []).map((name) => [name.toLowerCase(), 'example'])) },
        body: method === 'GET' ? null : JSON.stringify({ example: true }),
        pathParameters: {},
        forwardedRequestHeaders: settings.forwardedRequestHeaders ?? [],
        userWorkspaceId: null,
      }).payload;
    }
    case 'databaseEvent': {
      const eventName = String((config.databaseEventTriggerSettings as { eventName?: string } | undefined)?.eventName ?? '*.*');
      const [objectPart, operationPart] = eventName.split('.');
      const nameSingular = !objectPart || objectPart === '*' ? 'company' : objectPart;
      const operation = (!operationPart || operationPart === '*' ? 'updated' : operationPart) as DatabaseEventOperation;
      const recordId = '20202020-1111-4000-8000-000000000001';
      const before = { id: recordId, name: 'Before' };
      const after = { id: recordId, name: 'After' };
      return buildDatabaseEventPayload({ objectMetadata: { nameSingular }, operation, recordId, before, after }).payload;
    }
    case 'tool':
    case 'workflowAction': {
      // A workflow action's schema is the SDK's one-element array form.
      const schema = triggerInputSchema(config, trigger);
      const root = Array.isArray(schema) ? schema[0] : schema;
      return exampleForSchema(root ?? { type: 'object', properties: {} }) ?? {};
    }
    case 'preInstall':
    case 'postInstall':
      return { newVersion: version };
    case 'uninstall':
      return { version };
    case 'cron':
    case 'healthCheck':
    case 'none':
    default:
      return {};
  }
}

/**
 * A first payload for the Run button, shaped by the server's rules for the function's trigger
 * (until the developer composes or saves their own).
 */
export function samplePayload(defineFunction: string, config: Config, appVersion: string | null): unknown {
  return payloadForTrigger(defaultTrigger(defineFunction, config), config, appVersion);
}
