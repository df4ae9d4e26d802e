/**
 * Problems of one logic function's config, located by property path for the trigger editor (inline)
 * and the Problems panel: the SDK's own messages, word for word, plus what the SDK lets through and
 * the server trips on silently. The platform rules live in route/, cron/ and database-event/; this
 * module only decides which rule applies to which property and how bad it is.
 */
import { validateCronPattern } from '../cron';
import { parseEventName, validateEventName, validateUpdatedFields, type KnownObject } from '../database-event';
import { HTTP_METHODS, findDuplicateRoutes, findDuplicateRoutesOfList, validateForwardedRequestHeaders, validateRoutePath, type RouteFunction } from '../route';
import { universalIdentifierProblems } from '../universal-identifier';
import { literalConfigValues, type ConfigLiteral } from '../source-edit/config-literal';
import { TRIGGER_SECTIONS, type LogicFunctionDefine } from '../source-edit/config-paths';

export type IssueSeverity = 'error' | 'warning';

export interface ConfigIssue {
  /** Property path in the config, e.g. `httpRouteTriggerSettings.path`; '' for the whole config. */
  path: string;
  severity: IssueSeverity;
  message: string;
  /** The offending element when the path holds a list (an updatedFields entry). */
  value?: string;
}

export interface LogicFunctionUnderValidation {
  defineFunction?: LogicFunctionDefine;
  /** The config's values: evaluated (from the build) or read from the literal. */
  config: Record<string, unknown>;
  /** Paths whose value is code the editor could not read: present, so not "missing", but not checked. */
  codePaths?: readonly string[];
}

export interface LogicFunctionValidationContext {
  /** The app's logic functions in manifest order (this one may be among them, by universalIdentifier). */
  functions?: readonly RouteFunction[];
  /** Objects event names may refer to: the app's and Twenty's standard objects, with their field names. */
  objects?: readonly KnownObject[];
  /** 'legacy': older servers that do not filter upserts by updatedFields. */
  upsertFiltering?: 'current' | 'legacy';
}

/** The server's accepted range for timeoutSeconds (default 300). */
export const TIMEOUT_SECONDS_RANGE = { min: 1, max: 900 } as const;

type Section = Record<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Validates one logic function config. */
export const validateLogicFunction = (fn: LogicFunctionUnderValidation, context: LogicFunctionValidationContext = {}): ConfigIssue[] => {
  const issues: ConfigIssue[] = [];
  const { config } = fn;
  const codePaths = new Set(fn.codePaths ?? []);
  const define = fn.defineFunction ?? 'defineLogicFunction';
  const error = (path: string, message: string) => issues.push({ path, severity: 'error', message });
  const warning = (path: string, message: string) => issues.push({ path, severity: 'warning', message });
  /** The value to check, or undefined when absent or code. */
  const known = (path: string, value: unknown): unknown => (codePaths.has(path) ? undefined : value);
  const isMissing = (path: string, value: unknown) => value === undefined && !codePaths.has(path);
  /** A literal of the wrong type: reported once here, so the rule checks below only see the right type. */
  const ofType = <T>(path: string, value: unknown, type: 'string' | 'number' | 'boolean', label: string): T | undefined => {
    const v = known(path, value);
    if (v === undefined) return undefined;
    if (typeof v !== type) {
      error(path, `${label} must be a ${type}`);
      return undefined;
    }
    return v as T;
  };

  if (isMissing('universalIdentifier', config.universalIdentifier)) error('universalIdentifier', 'Logic function must have a universalIdentifier');
  const identifier = ofType<string>('universalIdentifier', config.universalIdentifier, 'string', 'universalIdentifier');
  if (identifier !== undefined) {
    const problem = universalIdentifierProblems(identifier);
    if (problem) error('universalIdentifier', problem);
  }
  if (isMissing('handler', config.handler)) error('handler', 'Logic function must have a handler');
  validateUniqueName(fn, identifier, context, warning);

  const timeout = ofType<number>('timeoutSeconds', config.timeoutSeconds, 'number', 'timeoutSeconds');
  if (timeout !== undefined && !(timeout >= TIMEOUT_SECONDS_RANGE.min && timeout <= TIMEOUT_SECONDS_RANGE.max)) {
    error('timeoutSeconds', `timeoutSeconds must be between ${TIMEOUT_SECONDS_RANGE.min} and ${TIMEOUT_SECONDS_RANGE.max} (the server refuses ${timeout})`);
  }

  if (define !== 'defineLogicFunction') {
    for (const section of Object.values(TRIGGER_SECTIONS)) {
      if (config[section] !== undefined) warning(section, `${define} takes no triggers: ${section} is ignored`);
    }
  }
  if (config.isTool !== undefined || config.toolInputSchema !== undefined) {
    warning(config.isTool !== undefined ? 'isTool' : 'toolInputSchema', 'isTool/toolInputSchema are the pre-2.43 form that twenty-sdk 2.43 ignores: rewrite them as toolTriggerSettings');
  }

  const route = config.httpRouteTriggerSettings;
  if (isRecord(route)) validateRoute(route as Section, fn, context, { error, warning, ofType, isMissing, known });
  const cron = config.cronTriggerSettings;
  if (isRecord(cron)) {
    const path = 'cronTriggerSettings.pattern';
    if (isMissing(path, cron.pattern)) error(path, 'Cron trigger must have a pattern');
    const pattern = ofType<string>(path, cron.pattern, 'string', 'pattern');
    if (pattern !== undefined) {
      const result = validateCronPattern(pattern);
      if (!result.valid) error(path, result.error.message);
      for (const message of result.warnings) warning(path, message);
    }
  }
  const event = config.databaseEventTriggerSettings;
  if (isRecord(event)) {
    const path = 'databaseEventTriggerSettings.eventName';
    if (isMissing(path, event.eventName)) error(path, 'Database event trigger must have an eventName');
    const eventName = ofType<string>(path, event.eventName, 'string', 'eventName');
    if (eventName !== undefined && eventName !== '') {
      const result = validateEventName(eventName, { objects: context.objects });
      for (const message of result.errors) error(path, message);
      for (const message of result.warnings) warning(path, message);
    }
    const fieldsPath = 'databaseEventTriggerSettings.updatedFields';
    const updatedFields = known(fieldsPath, event.updatedFields);
    if (updatedFields !== undefined) {
      if (!Array.isArray(updatedFields) || !updatedFields.every((field) => typeof field === 'string')) {
        error(fieldsPath, 'updatedFields must be a list of field names');
      } else if (eventName !== undefined) {
        const objectName = parseEventName(eventName)?.object;
        const object = context.objects?.find((candidate) => candidate.nameSingular === objectName);
        for (const issue of validateUpdatedFields(eventName, updatedFields, { fields: object?.fields, relations: object?.relations, upsertFiltering: context.upsertFiltering })) {
          issues.push({ path: fieldsPath, severity: issue.severity, message: issue.message, ...(issue.field !== undefined ? { value: issue.field } : {}) });
        }
      }
    }
    ofType('databaseEventTriggerSettings.batchMode', event.batchMode, 'boolean', 'batchMode');
  }
  return issues;
};

/**
 * Neither the SDK's build nor the server refuses two functions with one name (the server keys them by
 * universalIdentifier), but everything that picks a function by name does: `twenty dev:function:exec -n`
 * runs whichever the server lists first, and the studio's `exec -n` refuses to guess.
 */
const validateUniqueName = (fn: LogicFunctionUnderValidation, identifier: string | undefined, context: LogicFunctionValidationContext, warning: (path: string, message: string) => void): void => {
  const name = fn.config.name;
  if (typeof name !== 'string' || name === '' || !context.functions) return;
  const namesakes = context.functions.filter((other) => other.name === name && other.universalIdentifier !== identifier);
  if (namesakes.length === 0) return;
  warning('name', `${namesakes.length === 1 ? 'Another logic function is' : `${namesakes.length} other logic functions are`} also named "${name}" (${namesakes.map((other) => other.universalIdentifier).join(', ')}): \`twenty dev:function:exec -n ${name}\` runs whichever the server lists first. Give each function its own name.`);
};

interface Reporters {
  error: (path: string, message: string) => void;
  warning: (path: string, message: string) => void;
  ofType: <T>(path: string, value: unknown, type: 'string' | 'number' | 'boolean', label: string) => T | undefined;
  isMissing: (path: string, value: unknown) => boolean;
  known: (path: string, value: unknown) => unknown;
}

const validateRoute = (route: Section, fn: LogicFunctionUnderValidation, context: LogicFunctionValidationContext, report: Reporters): void => {
  const { error, warning, ofType, isMissing, known } = report;
  const pathKey = 'httpRouteTriggerSettings.path';
  const methodKey = 'httpRouteTriggerSettings.httpMethod';
  if (isMissing(pathKey, route.path)) error(pathKey, 'Route trigger must have a path');
  const path = ofType<string>(pathKey, route.path, 'string', 'path');
  if (path !== undefined) {
    const result = validateRoutePath(path);
    if (!result.valid && result.error) error(pathKey, path === '' ? result.error : `Route path ${JSON.stringify(path)} cannot be parsed by path-to-regexp: ${result.error}`);
    for (const message of result.warnings) warning(pathKey, message);
  }
  if (isMissing(methodKey, route.httpMethod)) error(methodKey, 'Route trigger must have an httpMethod');
  const method = ofType<string>(methodKey, route.httpMethod, 'string', 'httpMethod');
  if (method !== undefined && !(HTTP_METHODS as readonly string[]).includes(method)) {
    error(methodKey, `httpMethod must be one of ${HTTP_METHODS.join(', ')}`);
  }
  ofType('httpRouteTriggerSettings.isAuthRequired', route.isAuthRequired, 'boolean', 'isAuthRequired');

  const headersKey = 'httpRouteTriggerSettings.forwardedRequestHeaders';
  const headers = known(headersKey, route.forwardedRequestHeaders);
  if (headers !== undefined) {
    if (!Array.isArray(headers)) error(headersKey, 'forwardedRequestHeaders must be a list of header names');
    else for (const issue of validateForwardedRequestHeaders(headers as string[])) (issue.severity === 'error' ? error : warning)(headersKey, issue.message);
  }

  // Duplicates need this function's literal method and path, and the app's other functions.
  const identifier = typeof fn.config.universalIdentifier === 'string' ? fn.config.universalIdentifier : '';
  if (path === undefined || method === undefined || !context.functions) return;
  const self: RouteFunction = {
    universalIdentifier: identifier,
    name: typeof fn.config.name === 'string' ? fn.config.name : null,
    httpRouteTriggerSettings: { path, httpMethod: method },
  };
  const listed = identifier === '' ? [] : context.functions.filter((other) => other.universalIdentifier === identifier);
  const sameAsSelf = (other: RouteFunction) => (other.name ?? null) === self.name && other.httpRouteTriggerSettings?.path === path && other.httpRouteTriggerSettings?.httpMethod === method;
  // The app's list already holds this function as it is (the project model's case): its answer is shared by all.
  const duplicates = listed.length > 0 && listed.every(sameAsSelf)
    ? findDuplicateRoutesOfList(context.functions)
    : findDuplicateRoutes(listed.length > 0 ? context.functions.map((other) => (other.universalIdentifier === identifier ? self : other)) : [...context.functions, self]);
  for (const duplicate of duplicates) {
    const position = duplicate.functions.findIndex((item) => item.universalIdentifier === identifier && item.path === path);
    if (position < 0) continue;
    // The first one silently wins: a function that never runs is an error, the winner only a warning.
    (position === 0 ? warning : error)(pathKey, duplicate.message);
  }
};

/** Validates the config as the editor reads it from the source (code values are not checked). */
export const validateConfigLiteral = (config: ConfigLiteral, context: LogicFunctionValidationContext = {}): ConfigIssue[] => {
  const { values, codePaths } = literalConfigValues(config);
  // The handler is always code; what matters is that the property exists.
  const hasHandler = config.otherKeys.includes('handler');
  return validateLogicFunction(
    { defineFunction: config.defineFunction, config: hasHandler ? { ...values, handler: true } : values, codePaths },
    context,
  );
};
