/**
 * Field checks of the server-route section of the trigger form: what defineLogicFunction refuses
 * (methods other than GET and POST) and what the server refuses on every request (an empty method
 * list, a resolver that also has an authenticated route). The app-wide checks are in logic-layer-checks.ts.
 */
import type { ConfigLiteral } from '../source-edit/config-literal';
import { SERVER_ROUTE_HTTP_METHODS } from '../route/server-route';
import type { ConfigIssue } from './logic-function-validation';

export function serverRouteIssues(config: ConfigLiteral): ConfigIssue[] {
  if (config.sections.serverRouteTriggerSettings.kind === 'absent') return [];
  const issues: ConfigIssue[] = [];
  const methods = config.properties['serverRouteTriggerSettings.httpMethods'];
  if (methods.kind === 'literal' && Array.isArray(methods.value)) {
    if (methods.value.some((method) => typeof method !== 'string' || !SERVER_ROUTE_HTTP_METHODS.includes(method))) {
      issues.push({ path: 'serverRouteTriggerSettings.httpMethods', severity: 'error', message: 'Server route trigger only supports the GET and POST http methods' });
    }
    if (methods.value.length === 0) {
      issues.push({ path: 'serverRouteTriggerSettings.httpMethods', severity: 'warning', message: 'No method: every request gets 405 (leave httpMethods out for the default, POST).' });
    }
  }
  const auth = config.properties['httpRouteTriggerSettings.isAuthRequired'];
  if (auth.kind === 'literal' && auth.value === true) {
    issues.push({
      path: 'serverRouteTriggerSettings',
      severity: 'error',
      message: 'The server refuses every request to a resolver whose route has isAuthRequired (403): it cannot be dispatched through the public server route.',
    });
  }
  return issues;
}
