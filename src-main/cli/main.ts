import { join } from 'node:path';
import { userCacheDir } from '../core/user-data/user-data-paths';
import { processIo, UsageError, type CliIo } from './cli-io';
import { enableCodeCache } from './code-cache';

interface CommandModule {
  help: string;
  run: (argv: string[], io: CliIo) => Promise<number>;
}

interface Command {
  summary: string;
  /**
   * Each command is imported when it is run, never at start-up: a call pays for its own command's
   * modules only (exec does not load the zod contract's packaging schemas, `cron` loads no studio core).
   */
  load: () => Promise<CommandModule>;
}

const COMMANDS: Record<string, Command> = {
  inspect: { summary: 'load an app as the SDK does and print its manifest and problems', load: async () => import('./commands/inspect').then((m) => ({ help: m.inspectHelp, run: m.inspectCommand })) },
  exec: { summary: 'run one logic function locally and print its result', load: async () => import('./commands/exec').then((m) => ({ help: m.execHelp, run: m.execCommand })) },
  workspace: { summary: 'the Local workspace: status, query, seed, export/import, reset, kv', load: async () => import('./commands/workspace').then((m) => ({ help: m.workspaceHelp, run: m.workspaceCommand })) },
  request: { summary: 'send an HTTP request to the app\'s routes as /s/ would, and run the match', load: async () => import('./commands/request').then((m) => ({ help: m.requestHelp, run: m.requestCommand })) },
  event: { summary: 'compose a database event, see who fires, and run them', load: async () => import('./commands/event').then((m) => ({ help: m.eventHelp, run: m.eventCommand })) },
  test: { summary: 'run every saved payload with an expectation: N passed, N failed', load: async () => import('./commands/test').then((m) => ({ help: m.testHelp, run: m.testCommand })) },
  install: { summary: 'replay the install flow between two versions of the app, hooks included', load: async () => import('./commands/install').then((m) => ({ help: m.installHelp, run: m.installCommand })) },
  package: { summary: 'build the tarball Twenty installs (studio checks + the SDK build)', load: async () => import('./commands/package').then((m) => ({ help: m.packageHelp, run: m.packageCommand })) },
  deploy: { summary: 'package, upload and install the app on a remote of ~/.twenty/config.json', load: async () => import('./commands/deploy').then((m) => ({ help: m.deployHelp, run: m.deployCommand })) },
  serve: { summary: 'start browser mode on 127.0.0.1 and print its URL', load: async () => import('./commands/serve').then((m) => ({ help: m.serveHelp, run: m.serveCommand })) },
  cron: { summary: 'preview a cron pattern: next runs, description, errors', load: async () => import('./commands/cron').then((m) => ({ help: m.cronHelp, run: m.cronCommand })) },
};

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`);
  return `Usage: twenty-studio <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "twenty-studio <command> --help" for a command's options.`;
}

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${mainHelp()}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`Unknown command "${name}".\n\n${mainHelp()}\n`);
    return 2;
  }
  const loaded = await command.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${loaded.help}\n`);
    return 0;
  }
  try {
    return await loaded.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`${(error as Error).message}\n\n${loaded.help}\n`);
      return 2;
    }
    io.stderr(`twenty-studio ${name}: ${(error as Error).message}\n`);
    return 1;
  }
}

/** The twenty-studio process (bin/twenty-studio, or `node out/main/cli.js`): one command, then exit. */
export function main(argv: string[]): Promise<number> {
  // Before any command's modules load: they are compiled from V8's cache of an earlier call (code-cache.ts).
  enableCodeCache(__dirname, join(userCacheDir(), 'code-cache'));
  return runCli(argv).then((code) => {
    process.exitCode = code;
    // The command has finished and cleaned up: whatever still holds the event loop a few seconds
    // later (a child's handle, a socket) is a leak, and must not keep `serve` or `exec` alive.
    setTimeout(() => process.exit(code), 3_000).unref();
    return code;
  });
}

// Run when executed, not when imported by tests (bin/twenty-studio calls main).
if (require.main === module || process.env.TWENTY_STUDIO_CLI === '1') void main(process.argv.slice(2));
