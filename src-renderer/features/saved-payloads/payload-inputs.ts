import type { ComposerTrigger } from '../composer/composer-store';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Composer inputs rebuilt from a payload the function received (the recent list only has payloads):
 * a RoutePayload gives back its request, a database event its object, operation and records.
 */
export function inputsFromPayload(trigger: ComposerTrigger, payload: unknown): Record<string, unknown> {
  if (!isRecord(payload)) return {};
  if (trigger === 'route') {
    const http = isRecord(payload.requestContext) && isRecord(payload.requestContext.http) ? payload.requestContext.http : {};
    const query = isRecord(payload.queryStringParameters) ? payload.queryStringParameters : {};
    const search = Object.entries(query)
      .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`)
      .join('&');
    const headers = isRecord(payload.headers) ? Object.entries(payload.headers).map(([name, value]) => ({ name, value: String(value) })) : [];
    const body = typeof payload.rawBody === 'string' ? payload.rawBody : payload.body === undefined || payload.body === null ? undefined : JSON.stringify(payload.body);
    return {
      method: typeof http.method === 'string' ? http.method : 'GET',
      url: `${typeof http.path === 'string' ? http.path : '/s/'}${search ? `?${search}` : ''}`,
      headers,
      ...(body !== undefined ? { body } : {}),
      ...(typeof payload.userWorkspaceId === 'string' ? { authenticated: true } : {}),
    };
  }
  if (trigger === 'databaseEvent') {
    const event = Array.isArray(payload.events) && isRecord(payload.events[0]) ? { ...payload.events[0], name: payload.name } : payload;
    const [object, operation] = typeof event.name === 'string' ? event.name.split('.') : [];
    const properties = isRecord(event.properties) ? event.properties : {};
    return {
      ...(object ? { object } : {}),
      ...(operation ? { operation } : {}),
      ...(typeof event.recordId === 'string' ? { recordId: event.recordId } : {}),
      ...(isRecord(properties.before) ? { before: properties.before } : {}),
      ...(isRecord(properties.after) ? { after: properties.after } : {}),
    };
  }
  return {};
}
