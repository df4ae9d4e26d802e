import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { SourceMapIndex, type RawSourceMap } from '../../../src-shared/debug/source-map';

/** A function bundle's source map, with its sources named as the editor names files. */
export interface BundleSourceMap {
  index: SourceMapIndex;
  /** Per source index: the file relative to the app (forward slashes) or an absolute path outside it. */
  files: string[];
  /** Per source index: inside a node_modules folder (library code, collapsed in the call stack). */
  library: boolean[];
}

export type SourceMapLoad =
  | { ok: true; map: BundleSourceMap; notices: string[] }
  | { ok: false; notices: string[] };

const toPosix = (path: string): string => path.split(sep).join('/');

/**
 * Reads `<bundle>.map` (FunctionBundler writes it next to the bundle) and checks it against the
 * sources on disk: a source whose content differs from what the map embeds means the bundle is
 * older than the code (the last build failed or has not run yet), and lines may be off.
 */
export async function loadBundleSourceMap(bundlePath: string, appDir: string): Promise<SourceMapLoad> {
  const mapPath = `${bundlePath}.map`;
  let raw: RawSourceMap;
  try {
    raw = JSON.parse(await readFile(mapPath, 'utf8')) as RawSourceMap;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      notices: [code === 'ENOENT'
        ? `No source map next to the bundle (${mapPath}): breakpoints cannot be placed in the TypeScript source and pauses show bundle positions. The build is being refreshed.`
        : `The bundle's source map (${mapPath}) could not be read (${(error as Error).message}): breakpoints cannot be placed in the TypeScript source. The build is being refreshed.`],
    };
  }
  let index: SourceMapIndex;
  try {
    index = new SourceMapIndex(raw);
  } catch (error) {
    return { ok: false, notices: [`The bundle's source map (${mapPath}) is not valid: ${(error as Error).message} The build is being refreshed.`] };
  }
  const base = dirname(bundlePath);
  const files = index.sources.map((source) => {
    const absolute = isAbsolute(source) ? source : resolve(base, source);
    const inApp = relative(appDir, absolute);
    return inApp.startsWith('..') || isAbsolute(inApp) ? toPosix(absolute) : toPosix(inApp);
  });
  const library = files.map((file) => /(^|\/)node_modules\//.test(file));
  const stale: string[] = [];
  await Promise.all(files.map(async (file, sourceIndex) => {
    const embedded = index.sourcesContent[sourceIndex];
    if (library[sourceIndex] || embedded === null || isAbsolute(file)) return;
    const current = await readFile(resolve(appDir, file), 'utf8').catch(() => null);
    if (current !== null && current !== embedded) stale.push(file);
  }));
  const notices = stale.length > 0
    ? [`The bundle is older than ${stale.sort().join(', ')} (the last build failed or has not finished): lines may be off until it is rebuilt. The build is being refreshed.`]
    : [];
  return { ok: true, map: { index, files, library }, notices };
}
