import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface NodeBinary {
  /** Absolute path of the executable. */
  path: string;
  /** Extra environment it needs: Electron's binary runs as plain Node only with ELECTRON_RUN_AS_NODE. */
  env: Record<string, string>;
}

const isExecutable = (path: string): boolean => {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** `node` as the studio's own PATH finds it (the child's PATH is minimal, so it is resolved here). */
export const findNodeOnPath = (pathVariable = process.env.PATH ?? ''): string | null => {
  const names = process.platform === 'win32' ? ['node.exe', 'node.cmd'] : ['node'];
  for (const dir of pathVariable.split(delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
};

/**
 * The Node that runs functions: a configured path, else `node` on PATH (what the user's server
 * and CLI use), else the binary running the studio: plain Node as is, Electron as Node.
 */
export const resolveNodeBinary = (configured?: string | null): NodeBinary => {
  if (configured) return { path: configured, env: {} };
  const onPath = findNodeOnPath();
  if (onPath) return { path: onPath, env: {} };
  return { path: process.execPath, env: process.versions.electron ? { ELECTRON_RUN_AS_NODE: '1' } : {} };
};
