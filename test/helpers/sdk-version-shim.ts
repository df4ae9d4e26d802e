import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from './temp-app';

/**
 * Fills `dir` as a node_modules in which twenty-sdk says `version`: links to every package of the
 * repo's node_modules, and a twenty-sdk folder linking the repo's SDK files (2.43) beside a
 * package.json with that version. The studio reads the installed version the way it does for any app.
 */
export async function nodeModulesWithSdkVersion(dir: string, version: string): Promise<void> {
  const repoModules = path.join(REPO_ROOT, 'node_modules');
  await mkdir(path.join(dir, 'twenty-sdk'), { recursive: true });
  for (const name of await readdir(repoModules)) {
    if (name !== 'twenty-sdk') await symlink(path.join(repoModules, name), path.join(dir, name));
  }
  const sdk = path.join(repoModules, 'twenty-sdk');
  for (const name of await readdir(sdk)) {
    if (name !== 'package.json') await symlink(path.join(sdk, name), path.join(dir, 'twenty-sdk', name));
  }
  const packageJson = JSON.parse(await readFile(path.join(sdk, 'package.json'), 'utf8')) as Record<string, unknown>;
  await writeFile(path.join(dir, 'twenty-sdk', 'package.json'), JSON.stringify({ ...packageJson, version }, null, 2));
}
