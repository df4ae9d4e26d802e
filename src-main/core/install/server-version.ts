import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { readPackageVersion, resolvePackageDir } from '../project/dependency-status';

/** The twenty-sdk the studio ships with, in case its package.json cannot be read. */
const BUNDLED_SDK_VERSION = '2.43.0';

function thisDirectory(): string {
  return typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
}

/**
 * The newest Twenty server the studio knows: the version of its own twenty-sdk. Twenty releases the
 * SDK and the server together under one version number, and the studio's rules follow that SDK.
 */
export function newestKnownServerVersion(): string {
  try {
    const directory = resolvePackageDir(thisDirectory(), 'twenty-sdk');
    if (directory) {
      const version = readPackageVersion(directory);
      if (version && semver.valid(version)) return version;
    }
  } catch {
    // Fall through to the version the studio was built with.
  }
  return BUNDLED_SDK_VERSION;
}
