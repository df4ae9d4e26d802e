import { describe, expect, it } from 'vitest';
import type { RunOutputChunk } from '../../../src-shared/contract/run';
import { RunOutput, STREAM_MARK } from './run-output';

const collect = () => {
  const chunks: RunOutputChunk[] = [];
  const output = new RunOutput({ limitBytes: 1 << 20, batchMs: 1_000, onOutput: (chunk) => chunks.push({ ...chunk }) });
  return { output, chunks };
};

describe('RunOutput: stderr sequenced through the stdout pipe', () => {
  const piped = `out 1\n${STREAM_MARK.stderr}err 1\n${STREAM_MARK.stdout}out 2\npartial ${STREAM_MARK.stderr}err 2\n${STREAM_MARK.stdout}out 3\n`;

  it('splits the pipe at the marks into stdout and stderr, in the order they were written', () => {
    const { output, chunks } = collect();
    output.push('stdout', Buffer.from(piped));
    output.end();
    expect(chunks).toEqual([
      { stream: 'stdout', text: 'out 1\n' },
      { stream: 'stderr', text: 'err 1\n' },
      { stream: 'stdout', text: 'out 2\npartial ' },
      { stream: 'stderr', text: 'err 2\n' },
      { stream: 'stdout', text: 'out 3\n' },
    ]);
    const logs = output.logs.split('\n').filter(Boolean).map((line) => line.replace(/^\S+ /, ''));
    expect(logs).toEqual(['INFO out 1', 'ERROR err 1', 'INFO out 2', 'ERROR err 2', 'INFO partial out 3']);
  });

  it('finds a mark cut between two reads of the pipe, at any byte', () => {
    const bytes = Buffer.from(piped);
    for (let cut = 1; cut < bytes.length; cut += 1) {
      const { output, chunks } = collect();
      output.push('stdout', bytes.subarray(0, cut));
      output.push('stdout', bytes.subarray(cut));
      output.end();
      const text = (stream: string) => chunks.filter((chunk) => chunk.stream === stream).map((chunk) => chunk.text).join('');
      expect(text('stdout'), `cut at ${cut}`).toBe('out 1\nout 2\npartial out 3\n');
      expect(text('stderr'), `cut at ${cut}`).toBe('err 1\nerr 2\n');
    }
  });

  it('leaves output without marks as it is, control bytes included', () => {
    const { output, chunks } = collect();
    output.push('stdout', Buffer.from('a\u001eb\u001e\u001fc\n'));
    output.push('stderr', Buffer.from('direct to fd 2\n'));
    output.end();
    expect(chunks).toEqual([
      { stream: 'stdout', text: 'a\u001eb\u001e\u001fc\n' },
      { stream: 'stderr', text: 'direct to fd 2\n' },
    ]);
  });
});

describe('RunOutput: the logs text', () => {
  it('gives every line its timestamp and level, drops empty lines, and keeps blank-looking ones', () => {
    const { output } = collect();
    output.push('stdout', Buffer.from('\n\nfirst\n\n\nsecond\n \n'));
    output.push('stdout', Buffer.from(`third\n${STREAM_MARK.stderr}\noops\n\n`));
    output.push('stdout', Buffer.from(`${STREAM_MARK.stdout}last without break`));
    output.end();
    const lines = output.logs.split('\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) expect(line).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (INFO|ERROR) /);
    expect(lines.map((line) => line.replace(/^\S+ /, ''))).toEqual(['INFO first', 'INFO second', 'INFO  ', 'INFO third', 'ERROR oops', 'INFO last without break']);
  });

  it('keeps a flood as a few strings per chunk, in order', () => {
    const { output } = collect();
    const chunk = Array.from({ length: 5000 }, (_, index) => `line ${index}`).join('\n');
    output.push('stdout', Buffer.from(`${chunk}\n`));
    output.push('stdout', Buffer.from(`${chunk}\n`));
    output.end();
    const lines = output.logs.trimEnd().split('\n');
    expect(lines).toHaveLength(10_000);
    expect(lines[5000]).toMatch(/ INFO line 0$/);
    expect(lines[9999]).toMatch(/ INFO line 4999$/);
  });
});
