import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { DependencyStatus } from '../../../src-shared/contract';

/** The folder Node would load a package from, starting at the app (its exports map may hide package.json). */
export function resolvePackageDir(appDir: string, name: string): string | null {
  const lookupPaths = createRequire(join(appDir, 'package.json')).resolve.paths(name) ?? [];
  for (const directory of lookupPaths) {
    const candidate = join(directory, name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
  }
  return null;
}

/** The `version` of the package installed in a folder, or null. */
export function readPackageVersion(packageDir: string): string | null {
  try {
    return (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version?: string }).version ?? null;
  } catch {
    return null;
  }
}

function packageVersion(appDir: string, name: string): string | null {
  const directory = resolvePackageDir(appDir, name);
  return directory ? readPackageVersion(directory) : null;
}

/** yarn when the app says so (yarn.lock or packageManager: yarn@...), npm otherwise. */
export function detectPackageManager(appDir: string, packageJson: Record<string, unknown> | null): 'yarn' | 'npm' {
  if (existsSync(join(appDir, 'yarn.lock'))) return 'yarn';
  const declared = typeof packageJson?.packageManager === 'string' ? packageJson.packageManager : '';
  return declared.startsWith('yarn@') ? 'yarn' : 'npm';
}

/**
 * Whether the app's twenty-sdk can be loaded the way Node would load it from the app folder
 * (its own node_modules or a parent's, as in a monorepo).
 */
export function dependencyStatus(appDir: string, packageJson: Record<string, unknown> | null): DependencyStatus {
  const packageManager = detectPackageManager(appDir, packageJson);
  const sdkVersion = packageVersion(appDir, 'twenty-sdk');
  const clientSdkVersion = packageVersion(appDir, 'twenty-client-sdk');
  if (sdkVersion) return { state: 'ok', packageManager, sdkVersion, clientSdkVersion, message: null };
  const hasNodeModules = existsSync(join(appDir, 'node_modules'));
  return {
    state: hasNodeModules ? 'missing-twenty-sdk' : 'missing-node-modules',
    packageManager,
    sdkVersion: null,
    clientSdkVersion,
    message: hasNodeModules
      ? `twenty-sdk is not installed in this app's node_modules: run "${packageManager} install" (or Install dependencies) to load its configuration and types.`
      : `This app's dependencies are not installed (no node_modules): run "${packageManager} install" (or Install dependencies) to load its configuration and types.`,
  };
}
