/**
 * A starting payload for one trigger of a function, shaped as the server sends it (platform §4):
 * route -> a RoutePayload for the route's path with example parameters; database event -> an event
 * for the trigger's object and operation; cron -> `{}`; tool / workflow action -> an example input from
 * the inputSchema; pre/post-install -> `{ newVersion }` (a fresh install has no previousVersion);
 * uninstall -> `{ version }`.
 *
 * Given the payload types of the app's installed twenty-sdk, the built payload is then checked against
 * its type there, so the template matches that SDK version: keys the type requires and the builder
 * did not produce are added (null / {} / [] by type; optional ones are left out), and keys the builder
 * produced that this SDK's type does not declare are reported as warnings.
 */
import { payloadForTrigger, triggerInputSchema } from '../sample-payload';
import { conformToShape, shapeForPayload, type SdkPayloadShapes } from '../sdk-types/shape';
import { functionTriggers, type FunctionShape } from './staleness';
import type { SavedPayloadTrigger } from './saved-payload-format';

export { triggerInputSchema };

export type PayloadTemplate = {
  trigger: SavedPayloadTrigger;
  triggers: SavedPayloadTrigger[];
  payload: unknown;
  inputSchema?: unknown;
  /** The twenty-sdk version whose payload types the template was checked against. */
  sdkVersion?: string;
  /** Keys the template has that this SDK's payload type does not declare. */
  warnings?: string[];
};

const sdkLabel = (sdk: SdkPayloadShapes) => (sdk.version ? `twenty-sdk ${sdk.version}` : 'the installed twenty-sdk');

/** The template checked against the SDK's declared payload type for its trigger (unchanged when it declares none). */
export const conformTemplateToSdk = (template: PayloadTemplate, sdk: SdkPayloadShapes): PayloadTemplate => {
  const withVersion: PayloadTemplate = { ...template, ...(sdk.version ? { sdkVersion: sdk.version } : {}) };
  const shape = shapeForPayload(sdk.shapes, template.trigger, template.payload);
  if (!shape) return withVersion;
  const { payload, undeclared } = conformToShape(template.payload, shape);
  const typeName = shape.name ?? 'payload type';
  const warnings = undeclared.map((path) => `${sdkLabel(sdk)}'s ${typeName} does not declare "${path}".`);
  return { ...withVersion, payload, ...(warnings.length > 0 ? { warnings } : {}) };
};

export const payloadTemplate = (
  fn: Pick<FunctionShape, 'defineFunction' | 'config'>,
  trigger: SavedPayloadTrigger | undefined,
  appVersion: string | null,
  sdk?: SdkPayloadShapes | null,
): PayloadTemplate => {
  const template = builtTemplate(fn, trigger, appVersion);
  return sdk ? conformTemplateToSdk(template, sdk) : template;
};

/** The payload by the server's rules, before any SDK check. */
const builtTemplate = (fn: Pick<FunctionShape, 'defineFunction' | 'config'>, trigger: SavedPayloadTrigger | undefined, appVersion: string | null): PayloadTemplate => {
  const triggers = functionTriggers(fn);
  const chosen = trigger ?? triggers[0] ?? 'cron';
  // A function with no trigger gets exec's payload: any JSON, `{}` to start with.
  // A resolver's route request is to its server route (`/webhooks/server/<id>`).
  const sample = chosen === 'manual' ? 'none' : chosen === 'route' && !fn.config.httpRouteTriggerSettings ? 'serverRoute' : chosen;
  const inputSchema = triggerInputSchema(fn.config, sample);
  return {
    trigger: chosen,
    triggers,
    payload: payloadForTrigger(sample, fn.config, appVersion),
    ...(inputSchema !== undefined ? { inputSchema } : {}),
  };
};
