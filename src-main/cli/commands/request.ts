import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ProjectModel, RouteRequestResult } from '../../../src-shared/contract';
import { HTTP_METHODS } from '../../../src-shared/twenty/route';
import { handleRouteRequest } from '../../core/routes/route-request-service';
import { Studio } from '../../core/studio';
import { defaultUserDataDir } from '../../core/user-data/user-data-store';
import { studioVersion } from '../../core/install-paths';
import { applyTargetOption, TARGET_HELP } from '../target-option';
import { UsageError, type CliIo } from '../cli-io';

export const requestHelp = `Usage: twenty-studio request [appDir] <METHOD> <path?query> [-H 'Name: value']... [-d <body> | -d @file]
                            [--auth] [--dry-run] [--json] [--data-dir DIR]

Sends one HTTP request to the app's route triggers the way a Twenty server handles /s/<path>: the
first route whose method and path match runs (locally), and the answer is the one the server would
send (status, the response headers /s/ lets through, body). A path without the /s prefix gets it.

  -H, --header    a request header, 'Name: value' (repeatable); only the route's
                  forwardedRequestHeaders reach the function, the others are listed as dropped
  -d, --data      the request body, or @file to read it from a file
  --auth          send a Bearer token (routes with isAuthRequired answer 401 without one)
  --dry-run       build the payload without running the function
  --json          print { match, payload, result?, response: { status, headers, body } }
${TARGET_HELP}

Exit code 0 when the answer is below 400 (or a dry run found a route), 1 otherwise.`;

/** Opens the app for a one-shot command, waits for its function bundles, and always disposes. */
export async function withStudioApp<T>(appDir: string, options: { dataDir?: string; target?: string }, work: (studio: Studio, model: ProjectModel) => Promise<T>): Promise<T> {
  const studio = new Studio({ userDataDir: resolve(options.dataDir ?? defaultUserDataDir()), mode: 'browser', version: studioVersion(), prespawnRuns: 0 });
  try {
    const model = await studio.openApp(resolve(appDir));
    await applyTargetOption(studio, options.target);
    await studio.runs.updateModel(model);
    const result = await work(studio, model);
    // Runs fired by the workspace writes of these runs finish first (each bounded by its timeout).
    await studio.workspace.settle();
    return result;
  } finally {
    await studio.dispose();
  }
}

/** Reads `@file` arguments; anything else is the value itself. */
export async function valueOrFile(raw: string | undefined, what: string): Promise<string | undefined> {
  if (raw === undefined || !raw.startsWith('@')) return raw;
  return readFile(resolve(raw.slice(1)), 'utf8').catch((error: Error) => {
    throw new UsageError(`Cannot read the ${what} file ${raw.slice(1)}: ${error.message}`);
  });
}

const parseHeader = (raw: string): { name: string; value: string } => {
  const colon = raw.indexOf(':');
  if (colon <= 0) throw new UsageError(`A header is 'Name: value', not "${raw}".`);
  return { name: raw.slice(0, colon).trim(), value: raw.slice(colon + 1).trim() };
};

const withPrefix = (path: string): string => (path.startsWith('/s/') || path === '/s' || path.startsWith('/s?') ? path : `/s${path.startsWith('/') ? '' : '/'}${path}`);

const responseBody = (response: NonNullable<RouteRequestResult['response']>): unknown => {
  if (response.bodyKind !== 'json') return response.body;
  try {
    return JSON.parse(response.body);
  } catch {
    return response.body;
  }
};

export async function requestCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      header: { type: 'string', short: 'H', multiple: true },
      data: { type: 'string', short: 'd' },
      auth: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      'data-dir': { type: 'string' }, target: { type: 'string' },
    },
  });
  const isMethod = (value: string | undefined) => value !== undefined && [...HTTP_METHODS, 'HEAD'].includes(value.toUpperCase());
  let appDir = '.';
  let rest = positionals;
  if (positionals.length === 3) [appDir, ...rest] = positionals;
  if (rest.length !== 2 || !isMethod(rest[0])) {
    throw new UsageError(`request takes [appDir] <METHOD> <path>, with METHOD one of ${HTTP_METHODS.join(', ')}.`);
  }
  const method = rest[0].toUpperCase();
  const url = withPrefix(rest[1]);
  const headers = (values.header ?? []).map(parseHeader);
  const body = (await valueOrFile(values.data, 'body')) ?? null;

  return withStudioApp(appDir, { dataDir: values['data-dir'], target: values.target }, async (studio) => {
    const result = await handleRouteRequest(
      { model: () => studio.currentModel!, runs: () => studio.runs, dispatchQueue: () => studio.workspace },
      { method, url, headers, body, authenticated: values.auth === true },
      { dryRun: values['dry-run'] === true, origin: 'cli' },
    );
    const response = result.response;
    if (values.json) {
      const run = result.result;
      io.stdout(`${JSON.stringify({
        match: result.match,
        payload: result.payload,
        ...(run ? { result: { data: run.data, logs: run.logs, duration: run.duration, status: run.status, ...(run.error ? { error: run.error } : {}) } } : {}),
        response: response ? { status: response.status, headers: response.headers, body: responseBody(response) } : null,
      }, null, 2)}\n`);
    } else {
      printReadable(io, method, url, result);
    }
    if (!response) return result.match ? 0 : 1;
    return response.status < 400 ? 0 : 1;
  });
}

function printReadable(io: CliIo, method: string, url: string, result: RouteRequestResult): void {
  if (result.match) io.stdout(`${method} ${url} -> ${result.match.name ?? result.match.universalIdentifier} (route ${result.match.path})\n`);
  else {
    io.stdout(`${method} ${url} -> no route\n`);
    for (const closest of result.closest) io.stdout(`  closest: ${closest.httpMethod} ${closest.path} (${closest.name ?? closest.universalIdentifier}, ${closest.reason === 'method-differs' ? 'other method' : `similarity ${closest.similarity}`})\n`);
  }
  for (const warning of result.warnings) io.stdout(`warning: ${warning}\n`);
  for (const header of result.droppedHeaders) io.stdout(`dropped request header: ${header.name} (${header.reason === 'credential' ? 'credential' : 'not in forwardedRequestHeaders'})\n`);
  if (result.payload) io.stdout(`payload: ${JSON.stringify(result.payload, null, 2)}\n`);
  if (result.result) {
    const run = result.result;
    io.stdout(`run: ${run.status} in ${run.duration} ms${run.error ? ` — ${run.error.errorType}: ${run.error.errorMessage}` : ''}\n`);
    if (run.logs) io.stdout(`logs:\n${run.logs}${run.logs.endsWith('\n') ? '' : '\n'}`);
  }
  const response = result.response;
  if (!response) {
    io.stdout('(dry run: the function was not run)\n');
    return;
  }
  io.stdout(`HTTP ${response.status}\n`);
  for (const [name, value] of Object.entries(response.headers)) io.stdout(`${name}: ${value}\n`);
  for (const header of response.droppedHeaders) io.stdout(`(dropped by /s/: ${header.name}: ${header.value})\n`);
  if (response.body) io.stdout(`\n${response.body}${response.body.endsWith('\n') ? '' : '\n'}`);
}
