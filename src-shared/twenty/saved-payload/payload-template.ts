/**
 * A starting payload for one trigger of a function, shaped as the server sends it (platform §4):
 * route -> a RoutePayload for the route's path with example parameters; database event -> an event
 * for the trigger's object and operation; cron -> `{}`; tool / workflow action -> an example input from
 * the inputSchema; pre/post-install -> `{ newVersion }` (a fresh install has no previousVersion);
 * uninstall -> `{ version }`.
 */
import { exampleForSchema, samplePayload } from '../sample-payload';
import { functionTriggers, type FunctionShape } from './staleness';
import type { SavedPayloadTrigger } from './saved-payload-format';

const TRIGGER_SETTINGS: Partial<Record<SavedPayloadTrigger, string>> = {
  route: 'httpRouteTriggerSettings',
  databaseEvent: 'databaseEventTriggerSettings',
  cron: 'cronTriggerSettings',
  workflowAction: 'workflowActionTriggerSettings',
};

/** The inputSchema of a tool (2.43 toolTriggerSettings or the legacy toolInputSchema) or workflow action. */
export const triggerInputSchema = (config: Record<string, unknown>, trigger: SavedPayloadTrigger): unknown => {
  if (trigger === 'tool') return (config.toolTriggerSettings as { inputSchema?: unknown } | undefined)?.inputSchema ?? config.toolInputSchema;
  if (trigger === 'workflowAction') return (config.workflowActionTriggerSettings as { inputSchema?: unknown } | undefined)?.inputSchema;
  return undefined;
};

export type PayloadTemplate = { trigger: SavedPayloadTrigger; triggers: SavedPayloadTrigger[]; payload: unknown; inputSchema?: unknown };

export const payloadTemplate = (fn: Pick<FunctionShape, 'defineFunction' | 'config'>, trigger: SavedPayloadTrigger | undefined, appVersion: string | null): PayloadTemplate => {
  const triggers = functionTriggers(fn);
  const chosen = trigger ?? triggers[0] ?? 'cron';
  const version = appVersion ?? '0.1.0';
  switch (chosen) {
    case 'cron':
      return { trigger: chosen, triggers, payload: {} };
    case 'preInstall':
    case 'postInstall':
      return { trigger: chosen, triggers, payload: { newVersion: version } };
    case 'uninstall':
      return { trigger: chosen, triggers, payload: { version } };
    case 'tool':
    case 'workflowAction': {
      const inputSchema = triggerInputSchema(fn.config, chosen);
      const root = Array.isArray(inputSchema) ? inputSchema[0] : inputSchema;
      return { trigger: chosen, triggers, payload: exampleForSchema(root ?? { type: 'object', properties: {} }) ?? {}, ...(inputSchema !== undefined ? { inputSchema } : {}) };
    }
    default: {
      // samplePayload picks a function's first trigger; give it only the one asked for.
      const key = TRIGGER_SETTINGS[chosen] as string;
      const settings = fn.config[key] ?? (chosen === 'route' ? { path: '/', httpMethod: 'GET' } : { eventName: '*.*' });
      return { trigger: chosen, triggers, payload: samplePayload('defineLogicFunction', { [key]: settings }, appVersion) };
    }
  }
};
