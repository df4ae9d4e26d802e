import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Entity } from '../../../src-shared/contract';
import type { Studio } from '../../core/studio';
import { defaultUserDataDir } from '../../core/user-data/user-data-paths';
import { studioRoot, studioVersion } from '../../core/install-paths';
import { UsageError, type CliIo } from '../cli-io';
import { applyTargetOption, TARGET_HELP } from '../target-option';
import { prestartExecRunChild } from './exec-prestart';

export const execHelp = `Usage: twenty-studio exec [appDir] (-n <name> | -u <universalIdentifier> | --preInstall | --postInstall | --uninstall | --healthCheck)
                         [-p '<json>' | -p @file.json] [--json] [--dispatch] [--inspect[=port] | --inspect-brk[=port]] [--data-dir DIR]

Runs one logic function locally, in a sandboxed Node process, the way the Twenty server runs it
(the same flags as \`yarn twenty dev:function:exec\`, which runs it on the server instead).

  -n, --name         the function's name
  -u, --uid          the function's universalIdentifier
  --preInstall       the pre-install hook; --postInstall, --uninstall, --healthCheck likewise
                     (a health check also prints the status the server derives from its result)
  --dispatch         for a server-route resolver: when it returns a dispatch, also run the target
                     function with the dispatch payload, queued as the server queues it (retried on
                     RetryableLogicFunctionError, up to 3 times; each attempt is printed; the
                     resolver's outcome is printed either way)
  -p, --payload      the payload as JSON, or @file.json (default: the last payload used, or a sample)
  --json             print exactly the server's result: { data, logs, duration, status, error? }
  --inspect[=port]   run under the Node inspector on 127.0.0.1 (a free port unless given) and print its
                     URL (stderr) for any debugger: Chrome DevTools, VS Code ("Attach"), ...
  --inspect-brk[=port]  the same, but wait for a debugger to attach, then stop just before the
                     handler is called (step into it)
  --trace            also print the chain its workspace writes caused (events, triggered runs) on
                     stderr, or { result, trace } with --json
${TARGET_HELP}

Exit code 0 when the run succeeds, 1 when it ends in ERROR or cannot start.`;

const HOOKS: Record<string, string> = {
  preInstall: 'definePreInstallLogicFunction',
  postInstall: 'definePostInstallLogicFunction',
  uninstall: 'defineUninstallLogicFunction',
  healthCheck: 'defineHealthCheck',
};

function describeFunction(entity: Entity): string {
  return `${String(entity.config?.name ?? entity.file)} (${entity.universalIdentifier ?? 'no universalIdentifier'})`;
}

async function parsePayload(raw: string | undefined): Promise<unknown> {
  if (raw === undefined) return undefined;
  const text = raw.startsWith('@') ? await readFile(resolve(raw.slice(1)), 'utf8').catch((error: Error) => {
    throw new UsageError(`Cannot read the payload file ${raw.slice(1)}: ${error.message}`);
  }) : raw;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`The payload is not valid JSON: ${(error as Error).message}`);
  }
}

/** `--inspect` and `--inspect-brk` take an optional port: without one, a free port. */
const withInspectDefaults = (argv: string[]): string[] => argv.map((arg) => (arg === '--inspect' || arg === '--inspect-brk' ? `${arg}=0` : arg));

const parsePort = (raw: string, flag: string): number => {
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) throw new UsageError(`${flag} takes a port number (0-65535), not "${raw}".`);
  return port;
};

export async function execCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: withInspectDefaults(argv),
    allowPositionals: true,
    options: {
      name: { type: 'string', short: 'n' },
      uid: { type: 'string', short: 'u' },
      preInstall: { type: 'boolean' },
      postInstall: { type: 'boolean' },
      uninstall: { type: 'boolean' },
      healthCheck: { type: 'boolean' },
      dispatch: { type: 'boolean' },
      payload: { type: 'string', short: 'p' },
      json: { type: 'boolean' },
      trace: { type: 'boolean' },
      inspect: { type: 'string' },
      'inspect-brk': { type: 'string' },
      target: { type: 'string' },
      'data-dir': { type: 'string' },
    },
  });
  const selectors = [values.name, values.uid, values.preInstall, values.postInstall, values.uninstall, values.healthCheck].filter((value) => value !== undefined && value !== false);
  if (selectors.length !== 1) throw new UsageError('Choose exactly one function: -n <name>, -u <universalIdentifier>, --preInstall, --postInstall, --uninstall or --healthCheck.');
  if (positionals.length > 1) throw new UsageError('exec takes at most one <appDir>.');
  const payload = await parsePayload(values.payload);
  if (values.inspect !== undefined && values['inspect-brk'] !== undefined) throw new UsageError('Use --inspect or --inspect-brk, not both.');
  const inspectFlag = values['inspect-brk'] !== undefined ? '--inspect-brk' : values.inspect !== undefined ? '--inspect' : null;
  const inspectPort = inspectFlag ? parsePort((values['inspect-brk'] ?? values.inspect)!, inspectFlag) : undefined;

  const userDataDir = resolve(values['data-dir'] ?? defaultUserDataDir());
  const appDir = resolve(positionals[0] ?? '.');
  // The run's child boots (on the other core) while the studio's modules load below; a debug run
  // needs its own child, with the inspector. Ended in the finally below unless the run took it.
  let prestarted: ReturnType<typeof prestartExecRunChild> = null;
  try {
    prestarted = inspectFlag === null ? prestartExecRunChild(userDataDir, appDir) : null;
  } catch {
    // Only an optimisation: the run spawns its child as usual.
  }
  try {
    return await execWithStudio();
  } finally {
    prestarted?.dispose();
  }

  async function execWithStudio(): Promise<number> {
    // Loaded after the child was started: these modules (zod, the contract, the studio core) are most of exec's own time.
    const [{ Studio }, { devtoolsUrlFor }, { deriveHealthStatus }, { classifyResolverResult }] = await Promise.all([
      import('../../core/studio'),
      import('../../../src-shared/debug/remote-value'),
      import('../../../src-shared/twenty/health-check'),
      import('../../../src-shared/twenty/route'),
    ]);
    const studio = new Studio({ userDataDir, mode: 'browser', version: studioVersion(), prespawnRuns: 0, studioDir: studioRoot(), watchApp: false, prestartedRunChild: prestarted ?? undefined });
    try {
      const model = await studio.openApp(appDir);
      await applyTargetOption(studio, values.target);
      const functions = model.entities.filter((entity) => entity.section === 'logicFunctions');
      const hook = (['preInstall', 'postInstall', 'uninstall', 'healthCheck'] as const).find((name) => values[name]);
      const matches = functions.filter((entity) =>
        hook ? entity.defineFunction === HOOKS[hook] : values.uid ? entity.universalIdentifier === values.uid : entity.config?.name === values.name);
      const loadErrors = model.problems.filter((problem) => problem.severity === 'error' || (model.dependencies.state !== 'ok' && problem.message === model.dependencies.message));
      if (matches.length !== 1) {
        // The function may be there but unreadable: say what keeps the app from loading, not just "no function".
        if (matches.length === 0 && loadErrors.length > 0) {
          io.stderr(`The app did not load completely, so the function may be among what could not be read:\n${loadErrors.map((problem) => `  ${problem.file || '(app)'}:${problem.line}:${problem.column} ${problem.message}`).join('\n')}\n`);
        }
        const wanted = hook ? `a ${hook} hook` : values.uid ? `universalIdentifier ${values.uid}` : `name "${values.name}"`;
        io.stderr(`${matches.length === 0 ? 'No' : 'More than one'} logic function with ${wanted}. Available:\n${functions.map((entity) => `  ${describeFunction(entity)}`).join('\n') || '  (none)'}\n`);
        return 1;
      }
      const target = matches[0];
      if (!target.universalIdentifier) {
        io.stderr(`${target.file} has no universalIdentifier.\n`);
        return 1;
      }
      // Two files with one universalIdentifier: the server would keep one of them; running either is a guess.
      const sharing = model.entities.filter((entity) => entity !== target && entity.universalIdentifier === target.universalIdentifier);
      if (sharing.length > 0) {
        io.stderr(`Refusing to run ${target.file}: its universalIdentifier ${target.universalIdentifier} is also used by ${sharing.map((entity) => entity.file).join(', ')}. Give each entity its own universalIdentifier.\n`);
        return 1;
      }
      const blocking = model.problems.filter((problem) => problem.severity === 'error' && problem.file === target.file);
      for (const problem of blocking) io.stderr(`${problem.file}:${problem.line}:${problem.column} ${problem.message}\n`);

      await studio.runs.updateModel(model);
      const inspect = inspectFlag === null ? undefined : {
        port: inspectPort,
        breakBeforeHandler: inspectFlag === '--inspect-brk',
        onInspector: (url: string | null) => {
          if (!url) {
            io.stderr('The run\'s process did not start the Node inspector (is the port in use?): running without it.\n');
            return;
          }
          io.stderr(`Debugger listening on ${url}\nChrome DevTools: ${devtoolsUrlFor(url)}\n`);
          io.stderr('The function\'s timeout does not apply while a debugger may pause it.\n');
          if (inspectFlag === '--inspect-brk') io.stderr('Waiting for a debugger to attach; the run then stops just before the handler (step into it).\n');
        },
      };
      const record = await studio.runs.execute({ universalIdentifier: target.universalIdentifier, payload, origin: 'cli', ...(inspect ? { inspect } : {}) });
      const result = record.result!;
      // The runs its writes triggered finish before exec does (each bounded by its own timeout).
      await studio.workspace.settle();
      const trace = await traceOf(studio, record.runId);
      if (values.json) {
        // Exactly the server's LogicFunctionExecutionResult, so scripts written against `twenty dev:function:exec` work.
        const { data, logs, duration, status, error } = result;
        const serverResult = { data, logs, duration, status, ...(error ? { error } : {}) };
        io.stdout(`${JSON.stringify(values.trace ? { result: serverResult, trace } : serverResult, null, 2)}\n`);
      } else {
        io.stdout(`${result.status}  ${record.functionName}  ${result.duration} ms  (node ${result.nodeVersion}${result.stale ? ', stale bundle' : ''})\n`);
        if (result.status === 'SUCCESS') io.stdout(`data: ${JSON.stringify(result.data, null, 2)}\n`);
        if (result.error) io.stdout(`error: ${result.error.errorType}: ${result.error.errorMessage}\n${result.error.stackTrace}\n`);
        if (result.logs) io.stdout(`logs:\n${result.logs}${result.logs.endsWith('\n') ? '' : '\n'}`);
        for (const call of result.calls) io.stdout(`call: ${call.method} ${call.url} -> ${call.status ?? call.error ?? 'no response'} (${Math.round(call.durationMs)} ms)\n`);
      }
      // What the server makes of a health check's or a resolver's result (on stderr with --json, which stays the server's result).
      const note = (line: string) => (values.json ? io.stderr(`${line}\n`) : io.stdout(`${line}\n`));
      if (target.defineFunction === 'defineHealthCheck') {
        const health = deriveHealthStatus(result);
        note(`health: ${health.status}${health.title ? `  ${health.title}` : ''}${health.description ? ` (${health.description})` : ''}${health.action ? `  [${health.action.label}${health.action.location ? ` -> ${health.action.location}` : ''}]` : ''}${health.reason ? `  (${health.reason})` : ''}`);
      }
      let dispatchFailed = false;
      if (target.config?.serverRouteTriggerSettings && result.status === 'SUCCESS') {
        const outcome = classifyResolverResult(result.data);
        if (outcome.kind === 'response') note(`server route: answers with its Response (status ${outcome.response.status ?? 200})`);
        else if (outcome.kind === 'invalid') {
          note(`server route: the server answers 502: ${outcome.message}${outcome.problems.length ? ` (${outcome.problems.join('; ')})` : ''}`);
          dispatchFailed = true;
        } else {
          const { dispatch } = outcome;
          const dispatchTarget = functions.find((entity) => entity.universalIdentifier === dispatch.targetLogicFunctionUniversalIdentifier);
          note(`server route: dispatches to ${dispatchTarget ? describeFunction(dispatchTarget) : `${dispatch.targetLogicFunctionUniversalIdentifier} (not a function of this app: the server answers 404)`} in workspace ${dispatch.workspaceId}; the caller gets 200 {"queued":true}`);
          if (!dispatchTarget) dispatchFailed = true;
          else if (values.dispatch) {
            // Queued as the server queues it: each attempt is a run; a RetryableLogicFunctionError is retried.
            const queued = await studio.workspace.dispatchServerRoute({
              universalIdentifier: dispatchTarget.universalIdentifier!,
              payload: (dispatch.payload ?? record.payload) as Record<string, unknown>,
              dispatchedBy: { runId: record.runId, universalIdentifier: target.universalIdentifier, functionName: record.functionName, workspaceId: dispatch.workspaceId },
            });
            const job = await queued.settled;
            const attempts = await Promise.all((job?.runIds ?? []).map((runId) => studio.runs.getRun(runId)));
            for (const [index, targetRecord] of attempts.entries()) {
              const targetResult = targetRecord.result!;
              const attempt = attempts.length > 1 ? ` (attempt ${index + 1} of ${attempts.length}, job ${queued.jobId})` : '';
              note(`target: ${targetResult.status}  ${targetRecord.functionName}  ${targetResult.duration} ms${targetResult.status === 'SUCCESS' ? `  data: ${JSON.stringify(targetResult.data)}` : `  ${targetResult.error?.errorType}: ${targetResult.error?.errorMessage}`}${attempt}`);
            }
            if (attempts.at(-1)?.result?.status !== 'SUCCESS') dispatchFailed = true;
          }
        }
      }
      if (values.trace && !values.json) {
        for (const entry of trace) io.stderr(`trace: ${'  '.repeat(Math.max(0, entry.depth - 1))}${entry.text}\n`);
      }
      return result.status === 'SUCCESS' && !dispatchFailed ? 0 : 1;
    } finally {
      await studio.dispose();
    }
  }
}

interface TraceLine { depth: number; kind: string; text: string; runId: string | null; detail: Record<string, unknown> }

/** The chain a run started: its workspace calls, the events of its writes, the runs they fired (with their status), recursively. */
async function traceOf(studio: Studio, runId: string, depth = 1, seen = new Set<string>()): Promise<TraceLine[]> {
  if (seen.has(runId)) return [];
  seen.add(runId);
  const lines: TraceLine[] = [];
  for (const entry of studio.workspace.activityOf(runId)) {
    const triggered = entry.kind === 'trigger' ? (entry.detail.triggeredRunId as string | undefined) : undefined;
    if (!triggered) {
      lines.push({ depth, kind: entry.kind, text: entry.summary, runId: entry.runId, detail: entry.detail });
      continue;
    }
    const run = await studio.runs.getRun(triggered).catch(() => null);
    const status = run?.result ? `${run.result.status} in ${run.result.duration} ms` : 'RUNNING';
    lines.push({ depth, kind: entry.kind, text: `${entry.summary}: ${status}`, runId: entry.runId, detail: { ...entry.detail, status: run?.result?.status ?? 'RUNNING' } });
    lines.push(...(await traceOf(studio, triggered, depth + 1, seen)));
  }
  return lines;
}
