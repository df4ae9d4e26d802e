/**
 * Whether a saved payload still fits its function as the code stands: the function exists, still has
 * the trigger, and the payload would still reach it (a route request still matches the route's method
 * and path; a database event still fires it; a tool/workflow input still satisfies the inputSchema).
 * Given the payload types of the app's installed twenty-sdk, the payload's top-level keys must also
 * still match the type the SDK declares for its trigger (no required key missing, no key the type no
 * longer has). A stale payload is kept and shown with the reason; nothing is deleted.
 */
import { matchDatabaseEvent, type DatabaseEventTriggerSettings } from '../database-event';
import { allowedServerRouteMethods, matchRoute, serverRouteIdentifier, serverRouteUrl, type HttpRouteTriggerSettings, type ServerRouteSettings } from '../route';
import { shapeForPayload, topLevelMismatch, type SdkPayloadShapes } from '../sdk-types/shape';
import { validateInputPayload } from './input-validation';
import type { SavedPayload, SavedPayloadTrigger } from './saved-payload-format';

export type FunctionShape = {
  universalIdentifier: string;
  name?: string | null;
  defineFunction: string;
  config: Record<string, unknown>;
};

const INSTALL_HOOKS: Partial<Record<SavedPayloadTrigger, string>> = {
  preInstall: 'definePreInstallLogicFunction',
  postInstall: 'definePostInstallLogicFunction',
  uninstall: 'defineUninstallLogicFunction',
};

/** The triggers a function has now, in the order a composer offers them. */
export const functionTriggers = (fn: Pick<FunctionShape, 'defineFunction' | 'config'>): SavedPayloadTrigger[] => {
  for (const [trigger, define] of Object.entries(INSTALL_HOOKS)) if (fn.defineFunction === define) return [trigger as SavedPayloadTrigger];
  const c = fn.config;
  const triggers: SavedPayloadTrigger[] = [];
  // A server-route resolver is reached by an HTTP request too (`/webhooks/server/<id>`): the route composer sends it.
  if (c.httpRouteTriggerSettings || c.serverRouteTriggerSettings) triggers.push('route');
  if (c.databaseEventTriggerSettings) triggers.push('databaseEvent');
  if (c.cronTriggerSettings) triggers.push('cron');
  if (c.toolTriggerSettings || c.isTool) triggers.push('tool');
  if (c.workflowActionTriggerSettings) triggers.push('workflowAction');
  // No trigger: still runnable by exec, with whatever payload the caller gives.
  if (triggers.length === 0) triggers.push('manual');
  return triggers;
};

const TRIGGER_LABELS: Record<SavedPayloadTrigger, string> = {
  route: 'HTTP route',
  databaseEvent: 'database event',
  cron: 'cron',
  tool: 'tool',
  workflowAction: 'workflow action',
  preInstall: 'pre-install',
  postInstall: 'post-install',
  uninstall: 'uninstall',
  manual: 'no trigger (exec)',
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A request to `/webhooks/server/<id>`: still this function's server route, with a method it accepts. */
const serverRouteStaleness = (fn: FunctionShape, method: string, identifier: string): string | null => {
  const settings = fn.config.serverRouteTriggerSettings as ServerRouteSettings | undefined;
  if (!settings) return 'The function no longer has serverRouteTriggerSettings.';
  if (identifier !== fn.universalIdentifier) return `The request goes to the server route of ${identifier}, not of this function.`;
  const allowed = allowedServerRouteMethods(settings);
  return allowed.includes(method.toUpperCase()) ? null : `The server route now accepts ${allowed.join(', ')}, not ${method.toUpperCase()}.`;
};

const routeStaleness = (saved: SavedPayload, fn: FunctionShape): string | null => {
  const settings = fn.config.httpRouteTriggerSettings as HttpRouteTriggerSettings;
  const payload = isPlainObject(saved.payload) ? saved.payload : {};
  const http = isPlainObject(payload.requestContext) && isPlainObject(payload.requestContext.http) ? payload.requestContext.http : {};
  const method = typeof saved.inputs.method === 'string' ? saved.inputs.method : typeof http.method === 'string' ? http.method : null;
  const url = typeof saved.inputs.url === 'string' ? saved.inputs.url : typeof http.path === 'string' ? http.path : null;
  if (!method || !url) return 'The saved route request has no method or URL.';
  const serverRoute = serverRouteIdentifier(url);
  if (serverRoute !== null) return serverRouteStaleness(fn, method, serverRoute);
  if (!settings) return `${method.toUpperCase()} ${url} is not the function's server route (${serverRouteUrl(fn.universalIdentifier)}).`;
  const routing = matchRoute([{ universalIdentifier: fn.universalIdentifier, name: fn.name, httpRouteTriggerSettings: settings }], { method, path: url });
  if (routing.match) {
    const expected = Object.keys(routing.match.pathParameters).sort().join(',');
    const saveParams = isPlainObject(payload.pathParameters) ? Object.keys(payload.pathParameters).sort().join(',') : expected;
    if (expected !== saveParams) return `The route's path parameters are now ${expected || 'none'}; the saved payload has ${saveParams || 'none'}.`;
    return null;
  }
  if (String(settings.httpMethod).toUpperCase() !== method.toUpperCase() && routing.closest.some((c) => c.reason === 'method-differs')) {
    return `The route now answers ${settings.httpMethod}, not ${method.toUpperCase()}.`;
  }
  return `The route path is now ${settings.path}: ${method.toUpperCase()} ${url} no longer matches it.`;
};

const eventStaleness = (saved: SavedPayload, fn: FunctionShape): string | null => {
  const trigger = fn.config.databaseEventTriggerSettings as DatabaseEventTriggerSettings;
  const payload = isPlainObject(saved.payload) ? saved.payload : {};
  const object = typeof saved.inputs.object === 'string' ? saved.inputs.object : null;
  const operation = typeof saved.inputs.operation === 'string' ? saved.inputs.operation : null;
  const name = object && operation ? `${object}.${operation}` : typeof payload.name === 'string' ? payload.name : null;
  if (!name) return 'The saved event has no name.';
  const events = Array.isArray(payload.events) ? payload.events.filter(isPlainObject) : [payload];
  const fieldsOf = (event: Record<string, unknown>) => {
    const properties = isPlainObject(event.properties) ? event.properties : {};
    return Array.isArray(properties.updatedFields) ? properties.updatedFields.map(String) : undefined;
  };
  const decisions = events.map((event) => matchDatabaseEvent(trigger, { name, updatedFields: fieldsOf(event) }));
  const firing = decisions.find((decision) => decision.fires);
  return firing ? null : `The function no longer fires for this event: ${decisions[0]?.reason ?? `"${trigger.eventName}" does not match ${name}`}.`;
};

const quoteList = (keys: string[]) => keys.map((key) => `"${key}"`).join(', ');

/**
 * Null when the saved payload's top-level keys match the type the installed SDK declares for its
 * trigger (or the SDK declares none); otherwise the reason, naming the keys and the SDK version.
 */
export const sdkShapeStaleness = (saved: Pick<SavedPayload, 'trigger' | 'payload'>, sdk: SdkPayloadShapes): string | null => {
  const shape = shapeForPayload(sdk.shapes, saved.trigger, saved.payload);
  if (!shape || !isPlainObject(saved.payload)) return null;
  const { missing, undeclared } = topLevelMismatch(saved.payload, shape);
  if (missing.length === 0 && undeclared.length === 0) return null;
  const sdkName = sdk.version ? `twenty-sdk ${sdk.version}` : 'the installed twenty-sdk';
  const typeName = shape.name ?? `${TRIGGER_LABELS[saved.trigger]} payload`;
  const problems = [
    ...(missing.length > 0 ? [`${missing.length === 1 ? 'the required key' : 'the required keys'} ${quoteList(missing)} ${missing.length === 1 ? 'is' : 'are'} missing`] : []),
    ...(undeclared.length > 0 ? [`${quoteList(undeclared)} ${undeclared.length === 1 ? 'is' : 'are'} not declared by the type`] : []),
  ];
  return `The payload no longer matches ${typeName} in ${sdkName}: ${problems.join('; ')}.`;
};

/**
 * Null when the saved payload still fits; otherwise the reason it is stale. With the installed SDK's
 * payload types, a payload that fits the function is also checked against its trigger's type.
 */
export const savedPayloadStaleness = (saved: SavedPayload, fn: FunctionShape | null | undefined, sdk?: SdkPayloadShapes | null): string | null => {
  const reason = functionStaleness(saved, fn);
  return reason ?? (sdk ? sdkShapeStaleness(saved, sdk) : null);
};

const functionStaleness = (saved: SavedPayload, fn: FunctionShape | null | undefined): string | null => {
  if (!fn) return `The function ${saved.function.name} (${saved.function.universalIdentifier}) no longer exists.`;
  // exec runs any function with any payload: a payload saved for the function alone never goes stale.
  if (saved.trigger === 'manual') return null;
  const triggers = functionTriggers(fn);
  if (!triggers.includes(saved.trigger)) {
    const now = triggers.length > 0 ? triggers.map((t) => TRIGGER_LABELS[t]).join(', ') : 'none';
    return `The function no longer has a ${TRIGGER_LABELS[saved.trigger]} trigger (now: ${now}).`;
  }
  switch (saved.trigger) {
    case 'route':
      return routeStaleness(saved, fn);
    case 'databaseEvent':
      return eventStaleness(saved, fn);
    case 'tool':
    case 'workflowAction': {
      const settings = (saved.trigger === 'tool' ? fn.config.toolTriggerSettings : fn.config.workflowActionTriggerSettings) as { inputSchema?: unknown } | undefined;
      const schema = settings?.inputSchema ?? (saved.trigger === 'tool' ? fn.config.toolInputSchema : undefined);
      const problems = validateInputPayload(schema, saved.payload);
      return problems.length === 0 ? null : `The payload no longer matches the inputSchema: ${problems.map((p) => p.message).join('; ')}.`;
    }
    case 'preInstall':
    case 'postInstall':
      return isPlainObject(saved.payload) && typeof saved.payload.newVersion === 'string' ? null : 'An install payload needs "newVersion" (a string).';
    default:
      return null;
  }
};
