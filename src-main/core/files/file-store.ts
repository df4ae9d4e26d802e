import { readFile } from 'node:fs/promises';
import type { FileContent, WriteFileParams, WriteFileResult } from '../../../src-shared/contract';
import { contentVersion } from '../project/app-files';
import { StudioError } from '../studio-error';
import { writeFileAtomic } from './atomic-write';
import { confinedRealPath } from './confined-path';

async function readIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Reads and writes the open app's files. A write never silently replaces a file that changed on disk. */
export class FileStore {
  constructor(private readonly appDir: string) {}

  async read(path: string): Promise<FileContent> {
    const content = await readIfExists(await confinedRealPath(this.appDir, path));
    if (content === null) throw new StudioError('FILE_NOT_FOUND', `${path} does not exist.`);
    return { path, content, version: contentVersion(content) };
  }

  async write(params: WriteFileParams): Promise<WriteFileResult> {
    const absolute = await confinedRealPath(this.appDir, params.path);
    if (!params.force) {
      const onDisk = await readIfExists(absolute);
      const diskVersion = onDisk === null ? null : contentVersion(onDisk);
      // Equal content is no conflict, whoever wrote it.
      if (diskVersion !== (params.baseVersion ?? null) && diskVersion !== contentVersion(params.content)) {
        return { ok: false, conflict: { diskContent: onDisk, diskVersion } };
      }
    }
    await writeFileAtomic(absolute, params.content);
    return { ok: true, version: contentVersion(params.content) };
  }
}
