import { spawn } from 'node:child_process';

export interface InstallOutput { stream: 'stdout' | 'stderr'; text: string }

/**
 * Runs the app's package manager in the app folder (yarn or npm, as the app uses), streaming its output.
 * Resolves with the exit code; a missing package manager is reported as output, not thrown.
 */
export function installDependencies(appDir: string, packageManager: 'yarn' | 'npm', onOutput: (output: InstallOutput) => void): Promise<number> {
  return new Promise((resolve) => {
    const command = process.platform === 'win32' ? `${packageManager}.cmd` : packageManager;
    const child = spawn(command, ['install'], { cwd: appDir, env: { ...process.env, FORCE_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.setEncoding('utf8').on('data', (text: string) => onOutput({ stream: 'stdout', text }));
    child.stderr.setEncoding('utf8').on('data', (text: string) => onOutput({ stream: 'stderr', text }));
    child.on('error', (error) => {
      onOutput({ stream: 'stderr', text: `Could not start ${packageManager}: ${error.message}\n` });
      resolve(127);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}
