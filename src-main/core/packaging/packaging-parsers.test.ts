import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseBuildErrorLocations } from './build-error-locations';
import { parseTarball } from './tarball-reader';

/** A tar header block with the fields the reader uses (checksum left blank: the reader ignores it). */
function header(name: string, size: number, type: string, prefix = ''): Buffer {
  const block = Buffer.alloc(512);
  block.write(name, 0, 100, 'utf8');
  block.write(size.toString(8).padStart(11, '0'), 124, 12, 'ascii');
  block.write(type, 156, 1, 'ascii');
  block.write('ustar', 257, 6, 'ascii');
  block.write(prefix, 345, 155, 'utf8');
  return block;
}
const padded = (data: Buffer) => Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)]);
const file = (name: string, text: string, prefix = '') => [header(name, Buffer.byteLength(text), '0', prefix), padded(Buffer.from(text))];

describe('parseTarball', () => {
  it('reads names, sizes and contents, with ustar prefixes and pax long names, and drops package/', () => {
    const longPath = `package/src/${'deeply-nested/'.repeat(10)}handler.mjs`;
    const pax = Buffer.from(`${longPath.length + 10} path=${longPath}\n`);
    const archive = Buffer.concat([
      ...file('package/manifest.json', '{"application":{}}'),
      header('package/src', 0, '5'),
      ...file('handler.mjs', 'export {}', 'package/src/logic-functions'),
      header('PaxHeader', pax.length, 'x'),
      padded(pax),
      ...file('truncated-name', 'long'),
      Buffer.alloc(1024),
    ]);
    const entries = parseTarball(gzipSync(archive));
    expect(entries.map(({ path, sizeBytes }) => ({ path, sizeBytes }))).toEqual([
      { path: 'manifest.json', sizeBytes: 18 },
      { path: 'src/logic-functions/handler.mjs', sizeBytes: 9 },
      { path: longPath.slice('package/'.length), sizeBytes: 4 },
    ]);
    expect(entries[0].contents.toString()).toBe('{"application":{}}');
  });
});

describe('parseBuildErrorLocations', () => {
  it('locates tsc lines, with or without the TS code, and keeps their elaboration', () => {
    const message = [
      'Typecheck failed:',
      "src/a.ts(6,9): Type 'string' is not assignable to type 'number'.",
      "src/b.ts(12,3): error TS2345: Argument of type 'x' is not assignable.",
      "  Type 'x' is missing the following properties: y",
    ].join('\n');
    expect(parseBuildErrorLocations(message, '/app')).toEqual([
      { file: 'src/a.ts', line: 6, column: 9, message: "Type 'string' is not assignable to type 'number'." },
      { file: 'src/b.ts', line: 12, column: 3, message: "Argument of type 'x' is not assignable.\nType 'x' is missing the following properties: y" },
    ]);
  });

  it('locates esbuild errors and makes absolute paths relative to the app', () => {
    const message = 'Build failed with 1 error:\n/app/src/application-config.ts:1:34: ERROR: Could not resolve "twenty-sdk/define"';
    expect(parseBuildErrorLocations(message, '/app')).toEqual([
      { file: 'src/application-config.ts', line: 1, column: 34, message: 'Could not resolve "twenty-sdk/define"' },
    ]);
  });

  it('finds nothing in a message without locations', () => {
    expect(parseBuildErrorLocations('Manifest build failed: no application config', '/app')).toEqual([]);
  });
});
