import { existsSync } from 'node:fs';
import { cp, mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { resolvePackageDir } from './project/dependency-status';

/**
 * Copies the bundled sample app into the user data folder on first start, so the studio's own files are
 * never edited, and links it to the studio's own twenty-sdk and twenty-client-sdk so it evaluates and
 * type-checks without a network install.
 */
export async function ensureSampleApp(resourcesDir: string, userDataDir: string, studioDir: string): Promise<string> {
  const target = join(userDataDir, 'sample-app');
  if (!existsSync(join(target, 'package.json'))) {
    await mkdir(userDataDir, { recursive: true });
    await cp(join(resourcesDir, 'sample-app'), target, { recursive: true });
  }
  for (const name of ['twenty-sdk', 'twenty-client-sdk']) {
    const link = join(target, 'node_modules', name);
    const source = resolvePackageDir(studioDir, name);
    if (existsSync(link) || !source) continue;
    await mkdir(join(target, 'node_modules'), { recursive: true });
    await symlink(source, link, 'junction');
  }
  return target;
}
