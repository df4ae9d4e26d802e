import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { StudioError } from '../studio-error';

/** The platform's file manager, showing the file selected where it can (macOS, Windows) or its folder (Linux). */
function openerFor(path: string): [string, string[]] {
  if (process.platform === 'darwin') return ['open', ['-R', path]];
  if (process.platform === 'win32') return ['explorer.exe', [`/select,${path}`]];
  return ['xdg-open', [dirname(path)]];
}

/**
 * "Reveal in folder". Electron passes its own `shell.showItemInFolder`; the CLI and browser mode run
 * on the user's machine too, so they start the platform's file manager the same way a terminal would.
 */
export function revealInFolder(path: string, viaHost?: (path: string) => void): Promise<void> {
  if (!existsSync(path)) return Promise.reject(new StudioError('FILE_NOT_FOUND', `${path} does not exist.`));
  if (viaHost) {
    viaHost(path);
    return Promise.resolve();
  }
  const [command, args] = openerFor(path);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.once('error', () => reject(new StudioError('REVEAL_UNAVAILABLE', `No file manager could be started here (${command}): the file is at ${path}`)));
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}
