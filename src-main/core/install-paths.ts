import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function thisDirectory(): string {
  return typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
}

/** The studio's install folder: the one holding its package.json (the repo, or the packaged app's resources). */
export function studioRoot(): string {
  let current = thisDirectory();
  for (;;) {
    const candidate = join(current, 'package.json');
    if (existsSync(candidate) && readFileSync(candidate, 'utf8').includes('"twenty-app-studio"')) return current;
    const parent = dirname(current);
    if (parent === current) throw new Error('Cannot find the Twenty App Studio install folder.');
    current = parent;
  }
}

export function studioVersion(): string {
  return (JSON.parse(readFileSync(join(studioRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

export const resourcesDir = () => join(studioRoot(), 'resources');
export const rendererDir = () => join(studioRoot(), 'out', 'renderer');
