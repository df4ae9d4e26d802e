import type { DiscoveredEntity, SourcePosition } from '../../../src-shared/twenty/entity-discovery';

/** SDK validation messages carry no position: point each at the config property it is about. */
const MESSAGE_PROPERTIES: [RegExp, string][] = [
  [/universalIdentifier|[Uu]niversal identifier/, 'universalIdentifier'],
  [/handler/, 'handler'],
  [/^Route trigger/, 'httpRouteTriggerSettings'],
  [/^Cron trigger/, 'cronTriggerSettings'],
  [/^Database event trigger/, 'databaseEventTriggerSettings'],
  [/timeoutSeconds/, 'timeoutSeconds'],
];

export function propertyForMessage(message: string): string | null {
  return MESSAGE_PROPERTIES.find(([pattern]) => pattern.test(message))?.[1] ?? null;
}

export function positionForProperty(entity: DiscoveredEntity | null, property: string | null): SourcePosition {
  if (!entity) return { offset: 0, line: 1, column: 1 };
  return (property && entity.properties[property]) || entity.call;
}
