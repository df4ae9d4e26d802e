/**
 * The logic-function config properties the trigger editor's form knows, and where a person would
 * put each one. Everything else in the object literal (handler, unknown keys) is left alone by the
 * editor.
 */
import { INSTALL_HOOK_FUNCTIONS, type DefineFunctionName } from '../define-functions';

/** What kind of value the form writes at a path. `json` is a schema object/array written as literals. */
export type ConfigValueType = 'string' | 'number' | 'boolean' | 'string-array' | 'json';

export const TRIGGER_SECTIONS = {
  httpRoute: 'httpRouteTriggerSettings',
  serverRoute: 'serverRouteTriggerSettings',
  cron: 'cronTriggerSettings',
  databaseEvent: 'databaseEventTriggerSettings',
  tool: 'toolTriggerSettings',
  workflowAction: 'workflowActionTriggerSettings',
} as const;

export type TriggerKind = keyof typeof TRIGGER_SECTIONS;
export type TriggerSectionKey = (typeof TRIGGER_SECTIONS)[TriggerKind];

export const TRIGGER_KINDS = Object.keys(TRIGGER_SECTIONS) as TriggerKind[];

export const CONFIG_PATHS = {
  universalIdentifier: 'string',
  name: 'string',
  description: 'string',
  timeoutSeconds: 'number',
  shouldRunOnVersionUpgrade: 'boolean',
  shouldRunSynchronously: 'boolean',
  'httpRouteTriggerSettings.path': 'string',
  'httpRouteTriggerSettings.httpMethod': 'string',
  'httpRouteTriggerSettings.isAuthRequired': 'boolean',
  'httpRouteTriggerSettings.forwardedRequestHeaders': 'string-array',
  'serverRouteTriggerSettings.httpMethods': 'string-array',
  'serverRouteTriggerSettings.forwardedRequestHeaders': 'string-array',
  'cronTriggerSettings.pattern': 'string',
  'databaseEventTriggerSettings.eventName': 'string',
  'databaseEventTriggerSettings.updatedFields': 'string-array',
  'databaseEventTriggerSettings.batchMode': 'boolean',
  'toolTriggerSettings.inputSchema': 'json',
  'workflowActionTriggerSettings.label': 'string',
  'workflowActionTriggerSettings.icon': 'string',
  'workflowActionTriggerSettings.inputSchema': 'json',
  'workflowActionTriggerSettings.outputSchema': 'json',
  // The seed docs' pre-2.43 tool form: recognised, and rewritten by the legacy-tool edit.
  isTool: 'boolean',
  toolInputSchema: 'json',
} as const satisfies Record<string, ConfigValueType>;

export type ConfigPath = keyof typeof CONFIG_PATHS;

export const CONFIG_PATH_LIST = Object.keys(CONFIG_PATHS) as ConfigPath[];



/** `httpRouteTriggerSettings.path` -> ['httpRouteTriggerSettings', 'path']. */
export const splitConfigPath = (path: ConfigPath): { section: TriggerSectionKey | null; key: string } => {
  const dot = path.indexOf('.');
  return dot < 0 ? { section: null, key: path } : { section: path.slice(0, dot) as TriggerSectionKey, key: path.slice(dot + 1) };
};

export const LOGIC_FUNCTION_DEFINES = ['defineLogicFunction', ...INSTALL_HOOK_FUNCTIONS] as const satisfies readonly DefineFunctionName[];

export type LogicFunctionDefine = (typeof LOGIC_FUNCTION_DEFINES)[number];

export const isLogicFunctionDefine = (name: string): name is LogicFunctionDefine =>
  (LOGIC_FUNCTION_DEFINES as readonly string[]).includes(name);

/** Whether the SDK's config type for this define* accepts the path (install hooks take no triggers). */
export const definePathApplies = (define: LogicFunctionDefine, path: ConfigPath): boolean => {
  if (path === 'shouldRunOnVersionUpgrade') return define === 'definePreInstallLogicFunction' || define === 'definePostInstallLogicFunction';
  if (path === 'shouldRunSynchronously') return define === 'definePostInstallLogicFunction';
  if (splitConfigPath(path).section !== null || path === 'isTool' || path === 'toolInputSchema') return define === 'defineLogicFunction';
  return true;
};

/**
 * Order in which people write the top-level properties (the SDK's docs and every fixture): identity
 * first, then tuning, then the handler and the triggers. Used to place a new property.
 */
export const TOP_LEVEL_ORDER: readonly string[] = [
  'universalIdentifier',
  'name',
  'description',
  'timeoutSeconds',
  'shouldRunOnVersionUpgrade',
  'shouldRunSynchronously',
  'handler',
  'httpRouteTriggerSettings',
  'serverRouteTriggerSettings',
  'cronTriggerSettings',
  'databaseEventTriggerSettings',
  'toolTriggerSettings',
  'workflowActionTriggerSettings',
];

/** Order of the properties inside each trigger section, as the SDK's types declare them. */
export const SECTION_ORDER: Readonly<Record<TriggerSectionKey, readonly string[]>> = {
  httpRouteTriggerSettings: ['path', 'httpMethod', 'isAuthRequired', 'forwardedRequestHeaders'],
  serverRouteTriggerSettings: ['forwardedRequestHeaders', 'httpMethods'],
  cronTriggerSettings: ['pattern'],
  databaseEventTriggerSettings: ['eventName', 'updatedFields', 'batchMode'],
  toolTriggerSettings: ['inputSchema', 'frontComponentUniversalIdentifier'],
  workflowActionTriggerSettings: ['label', 'icon', 'inputSchema', 'outputSchema'],
};

export const isTriggerSectionKey = (key: string): key is TriggerSectionKey => Object.prototype.hasOwnProperty.call(SECTION_ORDER, key);
