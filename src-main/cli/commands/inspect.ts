import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { inspectApp } from '../../core/project/inspect';
import { checkSdkManifest } from '../../core/sdk-lines/sdk-manifest-check';
import { UsageError, type CliIo } from '../cli-io';

export const inspectHelp = `Usage: twenty-studio inspect <appDir> [--json]

Loads a Twenty app the way the SDK does (discovery by top-level \`export default define*()\`, configs
evaluated in a child process) and prints what it finds.

  --json          print one JSON object: application, logicFunctions, objects, fields, roles, skills,
                  agents, connectionProviders (the keys and values of .twenty/output/manifest.json),
                  errors and warnings ([{ file, line, column, message }])
  --no-typecheck  skip the app's typecheck (tsc --noEmit -p tsconfig.json, which \`twenty dev:build\`
                  runs and fails on); by default its errors are errors here too
  --sdk-drift     also build the app with its own installed twenty-sdk (appBuild, on a temporary
                  copy) and report every difference from the studio's manifest as a warning
                  ("Manifest drift: ..."); in --json, under sdkManifestCheck

Exit code 0 without errors, 1 with errors.`;

function triggersOf(fn: Record<string, unknown>): string[] {
  const triggers: string[] = [];
  const route = fn.httpRouteTriggerSettings as { httpMethod?: string; path?: string } | undefined;
  if (route) triggers.push(`route ${route.httpMethod ?? '?'} ${route.path ?? '?'}`);
  const cron = fn.cronTriggerSettings as { pattern?: string } | undefined;
  if (cron) triggers.push(`cron ${cron.pattern ?? '?'}`);
  const event = fn.databaseEventTriggerSettings as { eventName?: string } | undefined;
  if (event) triggers.push(`database ${event.eventName ?? '?'}`);
  const serverRoute = fn.serverRouteTriggerSettings as { httpMethods?: string[] } | undefined;
  if (serverRoute) triggers.push(`server route ${(serverRoute.httpMethods ?? ['POST']).join('|')} /webhooks/server/${String(fn.universalIdentifier)}`);
  if ((fn.databaseEventTriggerSettings as { batchMode?: boolean } | undefined)?.batchMode) triggers.push('batchMode');
  if (fn.toolTriggerSettings) triggers.push('tool');
  if (fn.workflowActionTriggerSettings) triggers.push('workflow action');
  return triggers;
}

export async function inspectCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean' }, 'no-typecheck': { type: 'boolean' }, 'sdk-drift': { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('inspect needs exactly one <appDir>.');
  const appDir = resolve(positionals[0]);
  const result = await inspectApp(appDir, { typecheck: !values['no-typecheck'] });
  const sdkManifestCheck = values['sdk-drift'] ? await checkSdkManifest(appDir, result) : undefined;
  if (values.json) {
    io.stdout(`${JSON.stringify(sdkManifestCheck ? { ...result, sdkManifestCheck } : result, null, 2)}\n`);
  } else {
    const application = result.application as { displayName?: string; universalIdentifier?: string } | null;
    io.stdout(`Application: ${application?.displayName ?? '(none)'} ${application?.universalIdentifier ?? ''}\n`);
    io.stdout(`Logic functions (${result.logicFunctions.length}):\n`);
    // Install hooks are named by the application (preInstallLogicFunction, ...), not by a trigger.
    const hooks = new Map<string, string>();
    for (const [key, label] of [['preInstallLogicFunction', 'pre-install hook'], ['postInstallLogicFunction', 'post-install hook'], ['uninstallLogicFunction', 'uninstall hook'], ['healthCheckLogicFunction', 'health check']] as const) {
      const hook = (result.application as Record<string, { universalIdentifier?: string } | undefined> | null)?.[key];
      if (hook?.universalIdentifier) hooks.set(hook.universalIdentifier, label);
    }
    for (const fn of result.logicFunctions) {
      const hook = hooks.get(String(fn.universalIdentifier));
      const triggers = hook ? [hook] : triggersOf(fn);
      io.stdout(`  ${String(fn.name ?? fn.universalIdentifier)}  ${triggers.length ? triggers.join(', ') : 'no trigger'}  (${String(fn.sourceHandlerPath)})\n`);
    }
    io.stdout(`Objects: ${result.objects.length}, fields: ${result.fields.length}, roles: ${result.roles.length}\n`);
    for (const [label, items] of [['Skills', result.skills], ['Agents', result.agents], ['Connection providers', result.connectionProviders]] as const) {
      if (items.length > 0) io.stdout(`${label}: ${items.map((item) => String(item.name ?? item.universalIdentifier)).join(', ')}\n`);
    }
    for (const problem of result.errors) io.stdout(`error   ${problem.file || '(app)'}:${problem.line}:${problem.column}  ${problem.message}\n`);
    for (const problem of result.warnings) io.stdout(`warning ${problem.file || '(app)'}:${problem.line}:${problem.column}  ${problem.message}\n`);
    if (sdkManifestCheck?.status === 'skipped') io.stdout(`SDK manifest check skipped: ${sdkManifestCheck.reason}\n`);
    else if (sdkManifestCheck) {
      if (sdkManifestCheck.messages.length === 0) io.stdout(`SDK manifest check: no drift from twenty-sdk ${sdkManifestCheck.sdkVersion ?? '(unknown version)'}'s build.\n`);
      for (const message of sdkManifestCheck.messages) io.stdout(`warning (app):0:0  ${message}\n`);
    }
  }
  return result.errors.length > 0 ? 1 : 0;
}
