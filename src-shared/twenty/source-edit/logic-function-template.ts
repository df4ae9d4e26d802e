/**
 * The text of a new logic function file ("New function" in the studio): imports from
 * 'twenty-sdk/define', a handler typed for its trigger(s) declared first (the SDK infers a tool's
 * input schema from the first top-level function's parameter), and the config written the way the
 * editor writes it. The output is typechecked against the real SDK in test/source-edit.
 */
import { TRIGGER_SECTIONS, type LogicFunctionDefine, type TriggerKind } from './config-paths';
import type { QuoteChar } from './config-literal';
import type { LiteralValue } from './literal-values';
import { renderKey, renderString, renderValue, type SourceStyle } from './source-style';
import { defaultTriggerSettings } from './trigger-defaults';

/** Install hooks and the health check are their own define* calls and take no trigger. */
export type LifecycleHook = 'preInstall' | 'postInstall' | 'uninstall' | 'healthCheck';

export type NewFunctionTrigger = TriggerKind | LifecycleHook;

export interface NewLogicFunctionOptions {
  name: string;
  /** A fresh UUID v4 (the caller generates it: src-shared has no crypto). */
  universalIdentifier: string;
  /** Triggers of a defineLogicFunction; or exactly one lifecycle hook. Empty: a function without trigger. */
  triggers: readonly NewFunctionTrigger[];
  description?: string;
  quote?: QuoteChar;
  /** Settings overriding the defaults of each trigger section. */
  settings?: Partial<Record<TriggerKind, Record<string, LiteralValue>>>;
}

const HOOK_DEFINES: Record<LifecycleHook, LogicFunctionDefine> = {
  preInstall: 'definePreInstallLogicFunction',
  postInstall: 'definePostInstallLogicFunction',
  uninstall: 'defineUninstallLogicFunction',
  healthCheck: 'defineHealthCheck',
};

const isHook = (trigger: NewFunctionTrigger): trigger is LifecycleHook => Object.prototype.hasOwnProperty.call(HOOK_DEFINES, trigger);

/** The payload type each trigger hands the handler, and the SDK type to import for it. */
const PAYLOAD_TYPES: Record<TriggerKind, { type: string; import?: string }> = {
  httpRoute: { type: 'RoutePayload', import: 'RoutePayload' },
  serverRoute: { type: 'RoutePayload', import: 'RoutePayload' },
  cron: { type: 'CronPayload', import: 'CronPayload' },
  databaseEvent: { type: 'DatabaseEventPayload', import: 'DatabaseEventPayload' },
  // An inline type literal: the SDK turns it into the tool's / workflow action's input schema.
  tool: { type: '{ text: string }' },
  workflowAction: { type: '{ text: string }' },
};

const SINGLE_TRIGGER_BODIES: Record<TriggerKind, string[]> = {
  httpRoute: ['return {', '  method: payload.requestContext.http.method,', '  path: payload.requestContext.http.path,', '};'],
  // A resolver answers with twenty-sdk's Response or hands off (the SDK's dev:add style placeholders).
  serverRoute: [
    'return {',
    "  workspaceId: 'replace-with-the-target-workspace-id',",
    "  targetLogicFunctionUniversalIdentifier: 'replace-with-the-target-logic-function-uuid',",
    '  payload: { body: payload.body },',
    '};',
  ],
  cron: ['return { ranAt: new Date().toISOString() };'],
  databaseEvent: ['return { event: payload.name, recordId: payload.recordId };'],
  tool: ['return { text: payload.text };'],
  workflowAction: ['return { text: payload.text };'],
};

const indentLines = (lines: string[], indent: string): string => lines.map((line) => (line ? indent + line : line)).join('\n');

const handlerSource = (triggers: readonly TriggerKind[], hook: LifecycleHook | null, q: (s: string) => string): { imports: string[]; code: string } => {
  if (hook === 'healthCheck') {
    return { imports: ['HealthCheckHandler'], code: `const handler: HealthCheckHandler = async () => {\n  return { status: ${q('OK')} };\n};` };
  }
  if (hook === 'uninstall') {
    return { imports: ['UninstallPayload'], code: 'const handler = async (payload: UninstallPayload) => {\n  return { uninstalledVersion: payload.version ?? null };\n};' };
  }
  if (hook) {
    return {
      imports: ['InstallPayload'],
      code: 'const handler = async (payload: InstallPayload) => {\n  return { previousVersion: payload.previousVersion ?? null, newVersion: payload.newVersion };\n};',
    };
  }
  if (triggers.length === 0) return { imports: [], code: 'const handler = async () => {\n  return { ok: true };\n};' };
  const types = [...new Set(triggers.map((trigger) => PAYLOAD_TYPES[trigger].type))];
  const imports = [...new Set(triggers.map((trigger) => PAYLOAD_TYPES[trigger].import).filter((name): name is string => name !== undefined))];
  const body =
    types.length === 1
      ? SINGLE_TRIGGER_BODIES[triggers[0]]
      : // Several payload shapes: the handler has to tell them apart before reading fields.
        [`console.log(${q('Called with')}, payload);`, 'return { ok: true };'];
  return { imports, code: `const handler = async (payload: ${types.join(' | ')}) => {\n${indentLines(body, '  ')}\n};` };
};

/** Source text of a new logic function file. */
export const createLogicFunctionSource = (options: NewLogicFunctionOptions): string => {
  const quote = options.quote ?? "'";
  const q = (value: string) => renderString(value, quote);
  const hooks = options.triggers.filter(isHook);
  if (hooks.length > 0 && options.triggers.length > 1) throw new Error(`${hooks[0]} is a function of its own: it cannot be combined with other triggers`);
  // Its handler is a resolver (it returns a Response or a dispatch), which no other trigger expects.
  if (options.triggers.includes('serverRoute') && options.triggers.length > 1) throw new Error('A server route resolver is a function of its own: it cannot be combined with other triggers');
  const hook = hooks[0] ?? null;
  const triggers = [...new Set(options.triggers.filter((trigger): trigger is TriggerKind => !isHook(trigger)))];
  const define = hook ? HOOK_DEFINES[hook] : 'defineLogicFunction';
  const style: SourceStyle = { quote, indentUnit: '  ', trailingComma: true, newline: '\n' };

  const handler = handlerSource(triggers, hook, q);
  const config: string[] = [
    `universalIdentifier: ${q(options.universalIdentifier)},`,
    `name: ${q(options.name)},`,
  ];
  if (options.description !== undefined) config.push(`description: ${q(options.description)},`);
  if (hook === 'preInstall' || hook === 'postInstall') config.push('shouldRunOnVersionUpgrade: false,');
  if (hook === 'postInstall') config.push('shouldRunSynchronously: false,');
  config.push('handler,');
  for (const trigger of triggers) {
    const value = { ...defaultTriggerSettings(trigger, { name: options.name }), ...options.settings?.[trigger] };
    const key = TRIGGER_SECTIONS[trigger];
    config.push(`${renderKey(key, quote)}: ${renderValue(value, style, { indent: '', column: key.length + 4, expand: true })},`);
  }

  const imports = [define, ...handler.imports.map((name) => `type ${name}`)].join(', ');
  return [
    `import { ${imports} } from ${q('twenty-sdk/define')};`,
    '',
    handler.code,
    '',
    `export default ${define}({`,
    indentLines(config.join('\n').split('\n'), '  '),
    '});',
    '',
  ].join('\n');
};
