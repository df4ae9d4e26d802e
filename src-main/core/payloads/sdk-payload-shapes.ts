/**
 * The payload types of the twenty-sdk an app has installed (read from its `dist/define/index.d.ts`),
 * so templates and staleness follow the app's SDK version; the studio's own twenty-sdk when the app
 * has none. Parsed once per file and modification time.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPayloadShapes } from '../../../src-shared/twenty/sdk-types/payload-shapes';
import type { SdkPayloadShapes } from '../../../src-shared/twenty/sdk-types/shape';
import { readPackageVersion, resolvePackageDir } from '../project/dependency-status';

export type LoadedSdkPayloadShapes = SdkPayloadShapes & {
  /** The d.ts the shapes were read from. */
  path: string;
  /** Whether they come from the app's own twenty-sdk or the studio's. */
  source: 'app' | 'studio';
};

const DEFINE_TYPES = join('dist', 'define', 'index.d.ts');

const thisDirectory = (): string => (typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url)));

const cache = new Map<string, { mtimeMs: number; size: number; value: SdkPayloadShapes }>();


const load = (packageDir: string): (SdkPayloadShapes & { path: string }) | null => {
  const path = join(packageDir, DEFINE_TYPES);
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return null;
  }
  const cached = cache.get(path);
  if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return { ...cached.value, path };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  const value: SdkPayloadShapes = { version: readPackageVersion(packageDir), shapes: extractPayloadShapes(text) };
  cache.set(path, { mtimeMs: stats.mtimeMs, size: stats.size, value });
  return { ...value, path };
};

/** The payload shapes of the app's twenty-sdk, else the studio's; null when neither can be read. */
export function sdkPayloadShapes(appDir: string): LoadedSdkPayloadShapes | null {
  const candidates: Array<[string | null, 'app' | 'studio']> = [
    [resolvePackageDir(appDir, 'twenty-sdk'), 'app'],
    [resolvePackageDir(thisDirectory(), 'twenty-sdk'), 'studio'],
  ];
  for (const [packageDir, source] of candidates) {
    if (!packageDir) continue;
    const loaded = load(packageDir);
    if (loaded) return { ...loaded, source };
  }
  return null;
}

/** Forgets the parsed shapes (tests). */
export function clearSdkPayloadShapesCache(): void {
  cache.clear();
}
