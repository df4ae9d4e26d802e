/**
 * Saved payloads on disk: `.twenty-studio/payloads/<function-folder>/<payload-name>.json` in the app
 * folder, written atomically in the stable format of `src-shared/twenty/saved-payload` so a team can
 * commit and review them. Each entry is checked against the function as the code stands and flagged
 * stale with the reason when it no longer fits.
 */
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SavedPayloadContent, SavedPayloadEntry } from '../../../src-shared/contract';
import {
  functionFolderName, nextCopyName, parseSavedPayload, payloadNameProblem, SAVED_PAYLOADS_DIR, savedPayloadPath, savedPayloadStaleness,
  serializeSavedPayload, type SavedPayload,
} from '../../../src-shared/twenty/saved-payload';
import { writeFileAtomic } from '../files/atomic-write';
import { confinedPath } from '../files/confined-path';
import { StudioError } from '../studio-error';
import type { AppFunction } from './app-functions';

const FOLDER_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

const exists = (path: string): Promise<boolean> => stat(path).then(() => true, () => false);

export class SavedPayloadStore {
  constructor(private readonly appDir: string, private readonly functions: () => AppFunction[]) {}

  private absolute(functionFolder: string, name: string): string {
    if (!FOLDER_NAME.test(functionFolder)) throw new StudioError('INVALID_PAYLOAD_NAME', `"${functionFolder}" is not a saved-payload folder name.`);
    const problem = payloadNameProblem(name);
    if (problem) throw new StudioError('INVALID_PAYLOAD_NAME', problem);
    return confinedPath(this.appDir, savedPayloadPath(functionFolder, name));
  }

  private describe(functionFolder: string, name: string, text: string | null, readError?: string): SavedPayloadEntry {
    const path = savedPayloadPath(functionFolder, name);
    if (text === null) return { name, functionFolder, path, content: null, error: readError ?? 'Cannot read the file.', stale: false };
    const parsed = parseSavedPayload(text);
    if (!parsed.ok) return { name, functionFolder, path, content: null, error: parsed.error, stale: false };
    const fn = this.functions().find((candidate) => candidate.universalIdentifier === parsed.value.function.universalIdentifier);
    const staleReason = savedPayloadStaleness(parsed.value, fn);
    return { name, functionFolder, path, content: parsed.value, stale: staleReason !== null, ...(staleReason ? { staleReason } : {}) };
  }

  /** Every saved payload (or those of one function), sorted by folder then name. */
  async list(universalIdentifier?: string): Promise<SavedPayloadEntry[]> {
    const root = join(this.appDir, SAVED_PAYLOADS_DIR);
    const folders = await readdir(root, { withFileTypes: true }).catch(() => []);
    const wantedFolder = universalIdentifier ? this.functions().find((fn) => fn.universalIdentifier === universalIdentifier) : undefined;
    const entries: SavedPayloadEntry[] = [];
    for (const folder of folders.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
      const files = (await readdir(join(root, folder)).catch(() => [] as string[])).filter((file) => file.endsWith('.json') && !file.startsWith('.')).sort();
      for (const file of files) {
        const name = file.slice(0, -'.json'.length);
        const text = await readFile(join(root, folder, file), 'utf8').catch(() => null);
        const entry = this.describe(folder, name, text);
        if (universalIdentifier) {
          // A file that cannot be read belongs to the folder it sits in.
          const owner = entry.content?.function.universalIdentifier;
          if (owner ? owner !== universalIdentifier : !wantedFolder || functionFolderName(wantedFolder) !== folder) continue;
        }
        entries.push(entry);
      }
    }
    return entries;
  }

  async read(functionFolder: string, name: string): Promise<SavedPayloadEntry> {
    const path = this.absolute(functionFolder, name);
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text === null) throw new StudioError('PAYLOAD_NOT_FOUND', `No saved payload ${savedPayloadPath(functionFolder, name)}.`);
    return this.describe(functionFolder, name, text);
  }

  /** The folder a function's payloads go to: named after the function as it is now. */
  folderFor(content: Pick<SavedPayloadContent, 'function'>): string {
    const fn = this.functions().find((candidate) => candidate.universalIdentifier === content.function.universalIdentifier);
    return functionFolderName(fn ? { name: fn.name, universalIdentifier: fn.universalIdentifier } : content.function);
  }

  async save(name: string, content: SavedPayloadContent, { overwrite = true }: { overwrite?: boolean } = {}): Promise<SavedPayloadEntry> {
    const fn = this.functions().find((candidate) => candidate.universalIdentifier === content.function.universalIdentifier);
    const saved: SavedPayload = {
      version: 1,
      // Keep the name current: teammates read it in the file.
      function: { universalIdentifier: content.function.universalIdentifier, name: fn?.name ?? content.function.name },
      trigger: content.trigger,
      inputs: content.inputs ?? {},
      payload: content.payload,
      ...(content.expect ? { expect: content.expect } : {}),
    };
    const folder = this.folderFor(saved);
    const path = this.absolute(folder, name);
    if (!overwrite && (await exists(path))) throw new StudioError('PAYLOAD_EXISTS', `${savedPayloadPath(folder, name)} already exists.`);
    const text = serializeSavedPayload(saved);
    await writeFileAtomic(path, text);
    return this.describe(folder, name, text);
  }

  async rename(functionFolder: string, name: string, newName: string): Promise<SavedPayloadEntry> {
    const from = this.absolute(functionFolder, name);
    const to = this.absolute(functionFolder, newName);
    if (!(await exists(from))) throw new StudioError('PAYLOAD_NOT_FOUND', `No saved payload ${savedPayloadPath(functionFolder, name)}.`);
    // Names differing only by case are the same file on macOS and Windows: allow that rename.
    if (from.toLowerCase() !== to.toLowerCase() && (await exists(to))) throw new StudioError('PAYLOAD_EXISTS', `${savedPayloadPath(functionFolder, newName)} already exists.`);
    await rename(from, to);
    return this.read(functionFolder, newName);
  }

  async duplicate(functionFolder: string, name: string, newName?: string): Promise<SavedPayloadEntry> {
    await this.read(functionFolder, name);
    const taken = (await readdir(join(this.appDir, SAVED_PAYLOADS_DIR, functionFolder)).catch(() => [] as string[])).map((file) => file.replace(/\.json$/, ''));
    const target = newName ?? nextCopyName(name, taken);
    const to = this.absolute(functionFolder, target);
    if (await exists(to)) throw new StudioError('PAYLOAD_EXISTS', `${savedPayloadPath(functionFolder, target)} already exists.`);
    // Copy the text as is (even a file that does not parse): duplicating never rewrites content.
    const text = await readFile(this.absolute(functionFolder, name), 'utf8');
    await writeFileAtomic(to, text);
    return this.describe(functionFolder, target, text);
  }

  async delete(functionFolder: string, name: string): Promise<boolean> {
    const path = this.absolute(functionFolder, name);
    if (!(await exists(path))) return false;
    await rm(path, { force: true });
    // Leave no empty folder behind (it would show up in a commit as nothing).
    const folder = join(this.appDir, SAVED_PAYLOADS_DIR, functionFolder);
    if ((await readdir(folder).catch(() => ['x'])).length === 0) await rm(folder, { recursive: true, force: true });
    return true;
  }
}
