import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Studio } from '../../core/studio';
import { defaultUserDataDir } from '../../core/user-data/user-data-store';
import { rendererDir, studioRoot, studioVersion } from '../../core/install-paths';
import { chooseStartupApp } from '../../startup';
import { startBrowserServer } from '../../transport/browser-server';
import { UsageError, type CliIo } from '../cli-io';

export const serveHelp = `Usage: twenty-studio serve [appDir] [--port N] [--data-dir DIR]

Browser mode: serves the studio on 127.0.0.1 and prints the URL to open (it carries a random token;
every request needs it). Without appDir, opens the last app, or the bundled sample app on first start.

  --port N        port to listen on (default: a free port)
  --data-dir DIR  user data folder (default: ~/.config/twenty-studio)`;

export async function serveCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length > 1) throw new UsageError('serve takes at most one <appDir>.');
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not "${values.port}".`);

  const studio = new Studio({ userDataDir: resolve(values['data-dir'] ?? defaultUserDataDir()), mode: 'browser', version: studioVersion(), studioDir: studioRoot() });
  const appDir = await chooseStartupApp(studio, positionals[0] && resolve(positionals[0]));
  try {
    await studio.openApp(appDir);
  } catch (error) {
    io.stderr(`Could not open ${appDir}: ${(error as Error).message}\n`);
  }
  const server = await startBrowserServer(studio, { rendererDir: rendererDir(), port });
  const routes = await studio.handlers['routes.server.status']({}).catch(() => null);
  io.stdout(`Twenty App Studio (browser mode) on ${appDir}\n${server.url}\n`);
  if (routes?.running && routes.url) io.stderr(`Local route server: ${routes.url}/s/<path> (the app's HTTP routes, for curl or a webhook tunnel)\n`);

  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await studio.dispose();
  return 0;
}
