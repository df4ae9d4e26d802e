import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Typings } from '../../../src-shared/contract';
import { resolvePackageDir } from './dependency-status';

const TYPED_PACKAGES = ['twenty-sdk', 'twenty-client-sdk'];

async function declarationFiles(directory: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(current: string): Promise<void> {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') await walk(path);
      else if (entry.isFile() && entry.name.endsWith('.d.ts')) found.push(path);
    }
  }
  await walk(directory);
  return found;
}

type ExportsMap = Record<string, string | { types?: string } | Record<string, unknown>>;

/**
 * The real .d.ts files of the app's twenty-sdk and twenty-client-sdk for the editor's TypeScript service,
 * mounted under `file:///node_modules/<pkg>/`, with `paths` derived from each package's exports map
 * (Monaco's worker does not read exports maps itself) and the app's own tsconfig paths.
 */
export async function editorTypings(appDir: string): Promise<Typings> {
  const libs: Typings['libs'] = [];
  const paths: Typings['paths'] = {};
  for (const name of TYPED_PACKAGES) {
    const packageDir = resolvePackageDir(appDir, name);
    if (!packageDir) continue;
    const packageJson = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { exports?: ExportsMap; types?: string };
    for (const file of await declarationFiles(packageDir)) {
      libs.push({ uri: `file:///node_modules/${name}/${relative(packageDir, file).split('\\').join('/')}`, content: await readFile(file, 'utf8') });
    }
    for (const [subpath, target] of Object.entries(packageJson.exports ?? {})) {
      const types = typeof target === 'object' && target && typeof (target as { types?: unknown }).types === 'string' ? (target as { types: string }).types : null;
      if (!types) continue;
      const specifier = subpath === '.' ? name : `${name}/${subpath.replace(/^\.\//, '')}`;
      paths[specifier] = [`file:///node_modules/${name}/${types.replace(/^\.\//, '')}`];
    }
    if (packageJson.types && !paths[name]) paths[name] = [`file:///node_modules/${name}/${packageJson.types.replace(/^\.\//, '')}`];
  }
  try {
    const tsconfig = JSON.parse(await readFile(join(appDir, 'tsconfig.json'), 'utf8')) as { compilerOptions?: { paths?: Record<string, string[]> } };
    for (const [pattern, targets] of Object.entries(tsconfig.compilerOptions?.paths ?? {})) {
      paths[pattern] = targets.map((target) => `file:///${target.replace(/^\.\//, '')}`);
    }
  } catch {
    // A tsconfig with comments or none at all: the editor falls back to relative imports only.
  }
  return { libs, paths };
}
