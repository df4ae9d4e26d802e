/**
 * What a new trigger section starts with: the settings the SDK requires, with values that are valid
 * and harmless until the developer changes them (an authenticated route, an hourly cron).
 */
import type { LiteralValue } from './literal-values';
import type { TriggerKind } from './config-paths';

/** `Sync Post-Cards!` -> `sync-post-cards`, for a route path derived from the function name. */
export const slugify = (name: string): string =>
  name
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

export const defaultTriggerSettings = (trigger: TriggerKind, { name }: { name?: string | null } = {}): Record<string, LiteralValue> => {
  switch (trigger) {
    case 'httpRoute':
      return { path: `/${(name && slugify(name)) || 'my-function'}`, httpMethod: 'GET', isAuthRequired: true };
    case 'serverRoute':
      // The server's default, written out so the form shows it.
      return { httpMethods: ['POST'] };
    case 'cron':
      return { pattern: '0 * * * *' };
    case 'databaseEvent':
      return { eventName: 'person.created' };
    case 'tool':
      // No inputSchema: the SDK infers one from the handler's parameter type.
      return {};
    case 'workflowAction':
      return name ? { label: name } : {};
  }
};
