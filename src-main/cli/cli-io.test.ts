import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { pipeSafeWriter } from './cli-io';

/** A stream whose reader went away: every write fails with EPIPE, as a closed pipe's does. */
function closedPipe(): Writable & { attempts: number } {
  const stream = new Writable({
    write(_chunk, _encoding, callback) {
      stream.attempts += 1;
      callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    },
  }) as Writable & { attempts: number };
  stream.attempts = 0;
  return stream;
}

describe('pipeSafeWriter', () => {
  it('ends the output when the reader goes away, without an error event left unhandled', async () => {
    const stream = closedPipe();
    const write = pipeSafeWriter(stream);
    write('first line\n');
    await new Promise((resolve) => setImmediate(resolve));
    expect(stream.attempts).toBe(1);
    // Later writes are dropped, not thrown and not queued on a dead stream.
    expect(() => write('second line\n')).not.toThrow();
    expect(stream.attempts).toBe(1);
  });

  it('writes through while the reader is there', () => {
    const chunks: string[] = [];
    const write = pipeSafeWriter(new Writable({
      write(chunk, _encoding, callback) {
        chunks.push(String(chunk));
        callback();
      },
    }));
    write('a\n');
    write('b\n');
    expect(chunks).toEqual(['a\n', 'b\n']);
  });

  it('a process piped into a reader that stops early exits with its own code, no stack trace', async () => {
    // What `twenty-studio exec ... | head -1` does to the CLI's stdout: the second write meets EPIPE.
    const dir = mkdtempSync(join(tmpdir(), 'cli-io-'));
    const compiled = join(dir, 'cli-io.cjs');
    buildSync({ entryPoints: [join(__dirname, 'cli-io.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: compiled, logLevel: 'silent' });
    const script = `
      const { pipeSafeWriter } = require(${JSON.stringify(compiled)});
      const write = pipeSafeWriter(process.stdout);
      let n = 0;
      const tick = () => { write('line ' + n++ + '\\n'); if (n < 200) setTimeout(tick, 2); else process.exitCode = 7; };
      tick();`;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString('utf8')));
    // The reader takes one chunk and goes away.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    rmSync(dir, { recursive: true, force: true });
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(7);
  });
});
