import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readPackageVersion, resolvePackageDir } from '../project/dependency-status';

/** Where `twenty-sdk/cli` is loaded from for a build or a deploy. */
export interface SdkCliLocation {
  /** The file the `twenty-sdk/cli` export resolves to (its `require` condition: dist/operations.cjs). */
  cliPath: string;
  version: string | null;
  /** `app`: the app's own twenty-sdk; `studio`: the one the studio ships, when the app has none. */
  source: 'app' | 'studio';
}

function resolveFrom(directory: string, source: SdkCliLocation['source']): SdkCliLocation | null {
  let cliPath: string;
  try {
    // Through the package's exports map, as the app's own `import 'twenty-sdk/cli'` would resolve it.
    cliPath = createRequire(join(directory, 'package.json')).resolve('twenty-sdk/cli');
  } catch {
    return null;
  }
  const packageDir = resolvePackageDir(directory, 'twenty-sdk');
  return { cliPath, version: packageDir ? readPackageVersion(packageDir) : null, source };
}

/**
 * The app's twenty-sdk when it is installed (the version the app was written against builds
 * what the server will run), else the studio's own.
 */
export function locateSdkCli(appDir: string, studioDir: string): SdkCliLocation | null {
  return resolveFrom(appDir, 'app') ?? resolveFrom(studioDir, 'studio');
}
