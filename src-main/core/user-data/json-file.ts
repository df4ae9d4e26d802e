import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { writeFileAtomic } from '../files/atomic-write';

/** Sorted keys and a trailing newline: files a person can diff. */
export function stableStringify(value: unknown): string {
  const sort = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(sort);
    if (item && typeof item === 'object') {
      return Object.fromEntries(Object.keys(item).sort().map((key) => [key, sort((item as Record<string, unknown>)[key])]));
    }
    return item;
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

/** Reads a JSON file through its schema; a missing or unreadable file gives the fallback, never a crash. */
export async function readJsonFile<T>(path: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
  try {
    const parsed = schema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

/** `secret: true` writes the file 0600: only the user can read what it holds. */
export async function writeJsonFile(path: string, value: unknown, options: { secret?: boolean } = {}): Promise<void> {
  await writeFileAtomic(path, stableStringify(value), options.secret ? { mode: 0o600 } : {});
}
