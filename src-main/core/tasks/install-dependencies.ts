import { spawn } from 'node:child_process';

export interface InstallOutput { stream: 'stdout' | 'stderr'; text: string }

export interface PackageManagerRun {
  /** Arguments (default `install`). */
  args?: string[];
  /** Added to the studio's environment (colours, yarn settings...). */
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs the app's package manager (yarn or npm, as the app uses) in a folder, streaming its output.
 * Resolves with the exit code; a package manager that cannot start is reported as output and 127,
 * never thrown. Used by "Install dependencies" and by the install simulator's sides.
 */
export function runPackageManager(cwd: string, packageManager: 'yarn' | 'npm', onOutput: (output: InstallOutput) => void, run: PackageManagerRun = {}): Promise<number> {
  return new Promise((resolve) => {
    const command = process.platform === 'win32' ? `${packageManager}.cmd` : packageManager;
    const child = spawn(command, run.args ?? ['install'], {
      cwd,
      env: { ...process.env, FORCE_COLOR: '1', ...run.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    child.stdout.setEncoding('utf8').on('data', (text: string) => onOutput({ stream: 'stdout', text }));
    child.stderr.setEncoding('utf8').on('data', (text: string) => onOutput({ stream: 'stderr', text }));
    child.on('error', (error) => {
      onOutput({ stream: 'stderr', text: `Could not start ${packageManager}: ${error.message}\n` });
      resolve(127);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** "Install dependencies" for the open app. */
export function installDependencies(appDir: string, packageManager: 'yarn' | 'npm', onOutput: (output: InstallOutput) => void): Promise<number> {
  return runPackageManager(appDir, packageManager, onOutput);
}
