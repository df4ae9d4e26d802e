import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { studioRoot, studioVersion } from '../../core/install-paths';
import { Studio } from '../../core/studio';
import { defaultUserDataDir } from '../../core/user-data/user-data-store';
import type { WorkspaceSnapshot } from '../../core/workspace/workspace-service';
import { parseModelSource } from '../../core/workspace/model-import/model-source';
import { UsageError, type CliIo } from '../cli-io';

export const workspaceHelp = `Usage: twenty-studio workspace [appDir] <command> [--json] [--data-dir DIR]

The app's Local workspace: Twenty's Core API (GraphQL, REST) and /metadata on an embedded Postgres
(PGlite, in the user data folder; TWENTY_STUDIO_DATABASE_URL=postgres://... for a Postgres server).

  status                           objects, record counts, storage, pending model changes
  query '<graphql>' [--variables json|@file]
                                   runs a Core API request and prints the GraphQL response JSON
  seed [--count N] [--objects a,b] fills objects with plausible records (composites and relations)
  export <file.json>               writes every record of every object and the key-value store
  import <file.json>               replaces every record with a snapshot (ids and dates kept)
  reset --yes                      deletes the workspace's data and starts an empty one
  migrate --allow-destructive      applies model changes that drop data (removed fields/objects)
  kv list | kv get <key> | kv set <key> <json> | kv delete <key>   [--scope WORKSPACE|SERVER]
  jobs [--state WAITING|DELAYED|ACTIVE|COMPLETED|FAILED]   the background job queue
  snapshot save <name> | restore <name> | list              named snapshots to start tests from
  model-source [shipped|client-sdl|remote|<schema.graphql>]  shows, or saves, where the standard model
                                   comes from (the app's generated client SDL, an SDL file, the Remote
                                   target's applicationCoreGraphqlSchema, or the shipped model file)

  --model-source <source>          the same choice for this command only (not saved)

Exit code 1 when the workspace cannot be opened or a query returns errors.`;

async function readJsonArgument(raw: string, what: string): Promise<unknown> {
  const text = raw.startsWith('@') ? await readFile(resolve(raw.slice(1)), 'utf8').catch((error: Error) => {
    throw new UsageError(`Cannot read ${what} from ${raw.slice(1)}: ${error.message}`);
  }) : raw;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${what} is not valid JSON: ${(error as Error).message}`);
  }
}

const SUBCOMMANDS = new Set(['status', 'query', 'seed', 'export', 'import', 'reset', 'migrate', 'kv', 'jobs', 'snapshot', 'model-source']);

function describeModelSource(source: { kind: string; origin: string | null; objects: number; error: string | null; notes: string[]; requested: string } | null | undefined): string[] {
  if (!source) return [];
  return [
    source.kind === 'shipped' ? `Standard model: the shipped file (${source.objects} objects)` : `Standard model: imported from ${source.origin} (${source.objects} objects)`,
    ...(source.error ? [`  ${source.requested} could not be used: ${source.error}`] : []),
    ...source.notes.map((note) => `  import note: ${note}`),
  ];
}

export async function workspaceCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      'data-dir': { type: 'string' },
      variables: { type: 'string' },
      count: { type: 'string' },
      objects: { type: 'string' },
      scope: { type: 'string' },
      state: { type: 'string' },
      yes: { type: 'boolean' },
      'allow-destructive': { type: 'boolean' },
      'model-source': { type: 'string' },
    },
  });
  const commandIndex = positionals.findIndex((positional) => SUBCOMMANDS.has(positional));
  if (commandIndex < 0) throw new UsageError(`workspace needs a command: ${[...SUBCOMMANDS].join(', ')}.`);
  if (commandIndex > 1) throw new UsageError('workspace takes at most one <appDir> before its command.');
  const appDir = resolve(commandIndex === 1 ? positionals[0] : '.');
  const [command, ...rest] = positionals.slice(commandIndex);
  const scope = (values.scope ?? 'WORKSPACE').toUpperCase();
  if (scope !== 'WORKSPACE' && scope !== 'SERVER') throw new UsageError('--scope is WORKSPACE or SERVER.');
  const print = (value: unknown, text: () => string) => io.stdout(values.json ? `${JSON.stringify(value, null, 2)}\n` : text());

  const studio = new Studio({ userDataDir: resolve(values['data-dir'] ?? defaultUserDataDir()), mode: 'browser', version: studioVersion(), prespawnRuns: 0, studioDir: studioRoot() });
  try {
    await studio.openApp(appDir);
    const workspace = studio.workspace;
    // An SDL path on the command line is relative to the current folder (in settings, to the app folder).
    const sourceOf = (text: string) => {
      const setting = parseModelSource(text);
      return setting.kind === 'sdl-file' ? { ...setting, path: resolve(setting.path) } : setting;
    };
    if (command === 'model-source' && rest[0]) await workspace.setModelSource(sourceOf(rest[0]), { persist: true });
    else if (values['model-source'] !== undefined) await workspace.setModelSource(sourceOf(values['model-source']), { persist: false });
    try {
      await workspace.ensureOpen();
    } catch (error) {
      io.stderr(`${(error as Error).message}\n`);
      if (command !== 'reset') return 1;
    }
    switch (command) {
      case 'status': {
        const status = await workspace.status();
        const objects = await workspace.objects();
        print({ ...status, objects: objects.map(({ nameSingular, source, count }) => ({ nameSingular, source, count })) }, () => [
          `Local workspace (${status.storage}) in ${status.dir}`,
          `Twenty ${status.twentyVersion} model: ${objects.length} objects, ${status.totalRecords} records; opened in ${status.openMs} ms`,
          ...objects.filter((object) => object.count > 0 || object.source === 'app').map((object) => `  ${object.nameSingular.padEnd(28)} ${String(object.count).padStart(7)}${object.source === 'app' ? '  (app)' : ''}`),
          ...status.pendingDestructive.map((step) => `pending (needs migrate --allow-destructive): ${step}`),
          ...status.modelProblems.map((problem) => `model: ${problem}`),
          ...describeModelSource(status.modelSource),
          ...(status.roles ? [`Roles (reported, not enforced): runs act under ${status.roles.application ? `the application role "${status.roles.application.label}"` : 'no application role (the app declares none)'} (${status.roles.requests.application} requests), the window and the CLI as the user (${status.roles.requests.user})`] : []),
          '',
        ].join('\n'));
        return 0;
      }
      case 'model-source': {
        const status = await workspace.status();
        print({ setting: await workspace.modelSource(), info: status.modelSource ?? null }, () => `${describeModelSource(status.modelSource).join('\n')}\n`);
        return status.modelSource?.error ? 1 : 0;
      }
      case 'query': {
        if (!rest[0]) throw new UsageError("workspace query needs a GraphQL document: workspace query '{ companies { totalCount } }'");
        const query = rest[0].startsWith('@') ? await readFile(resolve(rest[0].slice(1)), 'utf8') : rest[0];
        const variables = values.variables ? await readJsonArgument(values.variables, '--variables') : undefined;
        const response = await workspace.query(query, variables as Record<string, unknown> | undefined);
        io.stdout(`${JSON.stringify(response, null, 2)}\n`);
        await workspace.settle();
        return response.errors?.length ? 1 : 0;
      }
      case 'seed': {
        const count = values.count === undefined ? 10 : Number(values.count);
        if (!Number.isInteger(count) || count < 1 || count > 1000) throw new UsageError('--count is a whole number from 1 to 1000.');
        const created = await workspace.seed(count, values.objects?.split(',').map((name) => name.trim()).filter(Boolean));
        await workspace.settle();
        print({ created }, () => `${Object.entries(created).map(([name, n]) => `  ${name}: ${n}`).join('\n')}\nSeeded ${Object.values(created).reduce((a, b) => a + b, 0)} records.\n`);
        return 0;
      }
      case 'export': {
        if (!rest[0]) throw new UsageError('workspace export needs a file: workspace export snapshot.json');
        const snapshot = await workspace.exportSnapshot();
        await writeFile(resolve(rest[0]), `${JSON.stringify(snapshot, null, 2)}\n`);
        const counts = Object.fromEntries(Object.entries(snapshot.objects).map(([name, records]) => [name, records.length]));
        print({ file: resolve(rest[0]), counts, keyValues: snapshot.keyValues.length }, () => `Exported ${Object.values(counts).reduce((a, b) => a + b, 0)} records of ${Object.keys(counts).length} objects and ${snapshot.keyValues.length} keys to ${resolve(rest[0])}\n`);
        return 0;
      }
      case 'import': {
        if (!rest[0]) throw new UsageError('workspace import needs a file: workspace import snapshot.json');
        const snapshot = await readJsonArgument(`@${rest[0]}`, 'The snapshot') as WorkspaceSnapshot;
        const imported = await workspace.importSnapshot(snapshot);
        print({ imported }, () => `Imported ${Object.values(imported).reduce((a, b) => a + b, 0)} records of ${Object.keys(imported).length} objects.\n`);
        return 0;
      }
      case 'reset': {
        if (!values.yes) throw new UsageError('workspace reset deletes every record of this app\'s Local workspace: add --yes to confirm.');
        const status = await workspace.reset();
        print(status, () => `The Local workspace was reset (${status.dir}).\n`);
        return 0;
      }
      case 'migrate': {
        const status = await workspace.migrate(values['allow-destructive'] === true);
        print(status, () => (status.pendingDestructive.length > 0 ? `Still pending (add --allow-destructive): ${status.pendingDestructive.join('; ')}\n` : 'The workspace matches the app\'s model.\n'));
        return 0;
      }
      case 'kv': {
        const [action, key, value] = rest;
        if (action === 'list') {
          const entries = await workspace.kvList();
          print({ entries }, () => entries.map((entry) => `${entry.scope.padEnd(9)} ${entry.key} = ${JSON.stringify(entry.value)}`).join('\n') + (entries.length ? '\n' : '(no keys)\n'));
          return 0;
        }
        if (!key) throw new UsageError('kv get|set|delete needs a key.');
        if (action === 'get') {
          const entry = (await workspace.kvList()).find((candidate) => candidate.key === key && candidate.scope === scope);
          print(entry ?? null, () => `${entry ? JSON.stringify(entry.value) : 'null'}\n`);
          return entry ? 0 : 1;
        }
        if (action === 'set') {
          if (value === undefined) throw new UsageError('kv set needs a JSON value: kv set <key> \'{"a":1}\'');
          await workspace.kvSet(key, await readJsonArgument(value, 'The value'), scope);
          print({ ok: true }, () => `Set ${scope} key "${key}".\n`);
          return 0;
        }
        if (action === 'delete') {
          const deleted = await workspace.kvDelete(key, scope);
          print({ deleted }, () => (deleted ? `Deleted ${scope} key "${key}".\n` : `No ${scope} key "${key}".\n`));
          return deleted ? 0 : 1;
        }
        throw new UsageError('kv takes list, get, set or delete.');
      }
      case 'jobs': {
        const state = values.state?.toUpperCase();
        if (state && !['WAITING', 'DELAYED', 'ACTIVE', 'COMPLETED', 'FAILED'].includes(state)) throw new UsageError('--state is WAITING, DELAYED, ACTIVE, COMPLETED or FAILED.');
        const { jobs, total } = await workspace.jobsList({ state: state as 'WAITING' | undefined, limit: 1000 });
        print({ jobs, total }, () => (jobs.length === 0 ? 'No jobs.\n' : `${jobs.map((job) => `${job.state.padEnd(9)} ${job.jobId}  ${job.functionName ?? job.logicFunctionUniversalIdentifier}  attempts ${job.attemptsMade}${job.lastError ? `  last error: ${job.lastError}` : ''}`).join('\n')}\n${total} job${total === 1 ? '' : 's'}\n`));
        return 0;
      }
      case 'snapshot': {
        const [action, name] = rest;
        if (action === 'list') {
          const snapshots = await workspace.snapshotList();
          print({ snapshots }, () => (snapshots.length ? `${snapshots.map((snapshot) => `${snapshot.name}  ${snapshot.savedAt}  ${snapshot.bytes} bytes`).join('\n')}\n` : 'No snapshots.\n'));
          return 0;
        }
        if (!name) throw new UsageError('snapshot save|restore needs a name.');
        if (action === 'save') {
          const saved = await workspace.snapshotSave(name);
          print(saved, () => `Saved snapshot "${name}" (${saved.records} records).\n`);
          return 0;
        }
        if (action === 'restore') {
          const restored = await workspace.snapshotRestore(name);
          print({ restored }, () => `Restored snapshot "${name}" (${Object.values(restored).reduce((a, b) => a + b, 0)} records).\n`);
          return 0;
        }
        throw new UsageError('snapshot takes save, restore or list.');
      }
      default:
        throw new UsageError(`Unknown workspace command "${command}".`);
    }
  } finally {
    await studio.dispose();
  }
}
