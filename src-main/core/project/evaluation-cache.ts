import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { compareCodeUnits } from '../code-unit-order';
import { writeFileAtomic } from '../files/atomic-write';

/**
 * Evaluated entity configs kept between one-shot CLI calls (`exec`, `test`), keyed by content: every
 * source file's version, the app-level files and the installed SDK's version. A second `exec` on an
 * unchanged app skips bundling and evaluating its configs; any edit gives another key. One entry per
 * app (the last), in the user data folder.
 */
export class EvaluationCache {
  constructor(private readonly dir: string) {}

  static key(parts: { sources: [string, string][]; appFiles: string; sdkVersion: string | null }): string {
    const hash = createHash('sha256');
    hash.update(`sdk ${parts.sdkVersion ?? '-'}\n${parts.appFiles}\n`);
    for (const [file, version] of [...parts.sources].sort(([a], [b]) => compareCodeUnits(a, b))) hash.update(`${file}\0${version}\n`);
    return hash.digest('hex').slice(0, 32);
  }

  async read<T>(key: string): Promise<T | null> {
    try {
      return JSON.parse(await readFile(join(this.dir, `${key}.json`), 'utf8')) as T;
    } catch {
      return null;
    }
  }

  async write(key: string, value: unknown): Promise<void> {
    try {
      await mkdir(this.dir, { recursive: true });
      for (const name of await readdir(this.dir)) if (name !== `${key}.json`) await rm(join(this.dir, name), { force: true });
      await writeFileAtomic(join(this.dir, `${key}.json`), JSON.stringify(value));
    } catch {
      // A cache that cannot be written only costs the next call its speed.
    }
  }
}
