import { cronCommand, cronHelp } from './commands/cron';
import { eventCommand, eventHelp } from './commands/event';
import { execCommand, execHelp } from './commands/exec';
import { deployCommand, deployHelp } from './commands/deploy';
import { inspectCommand, inspectHelp } from './commands/inspect';
import { installCommand, installHelp } from './commands/install';
import { packageCommand, packageHelp } from './commands/package';
import { requestCommand, requestHelp } from './commands/request';
import { testCommand, testHelp } from './commands/test';
import { serveCommand, serveHelp } from './commands/serve';
import { workspaceCommand, workspaceHelp } from './commands/workspace';
import { processIo, UsageError, type CliIo } from './cli-io';

interface Command {
  summary: string;
  help: string;
  run: (argv: string[], io: CliIo) => Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  inspect: { summary: 'load an app as the SDK does and print its manifest and problems', help: inspectHelp, run: inspectCommand },
  exec: { summary: 'run one logic function locally and print its result', help: execHelp, run: execCommand },
  workspace: { summary: 'the Local workspace: status, query, seed, export/import, reset, kv', help: workspaceHelp, run: workspaceCommand },
  request: { summary: 'send an HTTP request to the app\'s routes as /s/ would, and run the match', help: requestHelp, run: requestCommand },
  event: { summary: 'compose a database event, see who fires, and run them', help: eventHelp, run: eventCommand },
  test: { summary: 'run every saved payload with an expectation: N passed, N failed', help: testHelp, run: testCommand },
  install: { summary: 'replay the install flow between two versions of the app, hooks included', help: installHelp, run: installCommand },
  package: { summary: 'build the tarball Twenty installs (studio checks + the SDK build)', help: packageHelp, run: packageCommand },
  deploy: { summary: 'package, upload and install the app on a remote of ~/.twenty/config.json', help: deployHelp, run: deployCommand },
  serve: { summary: 'start browser mode on 127.0.0.1 and print its URL', help: serveHelp, run: serveCommand },
  cron: { summary: 'preview a cron pattern: next runs, description, errors', help: cronHelp, run: cronCommand },
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
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`${(error as Error).message}\n\n${command.help}\n`);
      return 2;
    }
    io.stderr(`twenty-studio ${name}: ${(error as Error).message}\n`);
    return 1;
  }
}

// Run when executed (bin/twenty-studio requires this file), not when imported by tests.
if (require.main === module || process.env.TWENTY_STUDIO_CLI === '1') {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
    // The command has finished and cleaned up: whatever still holds the event loop a few seconds
    // later (a child's handle, a socket) is a leak, and must not keep `serve` or `exec` alive.
    setTimeout(() => process.exit(code), 3_000).unref();
  });
}
