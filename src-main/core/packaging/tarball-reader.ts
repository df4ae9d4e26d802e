import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

/** One regular file of a tarball, with its contents (package tarballs are small: read whole). */
export interface TarballEntry {
  /** The path inside the archive, npm's leading `package/` removed. */
  path: string;
  sizeBytes: number;
  contents: Buffer;
}

const BLOCK = 512;

const readString = (block: Buffer, start: number, length: number): string => {
  const raw = block.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? raw.length : end).toString('utf8');
};

const readOctal = (block: Buffer, start: number, length: number): number => {
  const text = readString(block, start, length).trim();
  return text ? parseInt(text, 8) : 0;
};

/** `path=` from a pax extended header (records are `<length> <key>=<value>\n`). */
const paxPath = (data: Buffer): string | null => {
  for (const record of data.toString('utf8').split('\n')) {
    const match = /^\d+ path=(.*)$/s.exec(record);
    if (match) return match[1];
  }
  return null;
};

const stripPackageFolder = (path: string): string => path.replace(/^\.?\/?package\//, '');

/**
 * Reads a .tgz as `npm pack` writes it (ustar, with pax or GNU long names when a path is long).
 * A few dozen lines instead of a dependency: the studio only needs names, sizes and one or two files.
 */
export function parseTarball(gzipped: Buffer): TarballEntry[] {
  const archive = gunzipSync(gzipped);
  const entries: TarballEntry[] = [];
  let longName: string | null = null;
  for (let offset = 0; offset + BLOCK <= archive.length; ) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const size = readOctal(header, 124, 12);
    const type = String.fromCharCode(header[156] || 0x30);
    const data = archive.subarray(offset + BLOCK, offset + BLOCK + size);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x') {
      longName = paxPath(data) ?? longName;
      continue;
    }
    if (type === 'L') {
      longName = readString(data, 0, data.length);
      continue;
    }
    const prefix = readString(header, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${readString(header, 0, 100)}` : readString(header, 0, 100));
    longName = null;
    // Regular files only ('0', or NUL in old archives); npm pack writes no directories or links.
    if (type !== '0' && type !== '\0') continue;
    entries.push({ path: stripPackageFolder(name), sizeBytes: size, contents: Buffer.from(data) });
  }
  return entries;
}

export async function readTarball(tarballPath: string): Promise<TarballEntry[]> {
  return parseTarball(await readFile(tarballPath));
}
