import { createServer, Socket, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openChildRunChannel, readMessages, RUN_CHANNEL_ARG, writeMessage } from './run-channel';

const closers: Array<() => void> = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** Two connected sockets on loopback, standing in for the socket pair of a run child. */
const socketPair = async (): Promise<[Socket, Socket]> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const accepted = new Promise<Socket>((resolve) => server.once('connection', resolve));
  const client = new Socket();
  await new Promise<void>((resolve) => client.connect((server.address() as AddressInfo).port, '127.0.0.1', resolve));
  const other = await accepted;
  closers.push(() => {
    client.destroy();
    other.destroy();
    server.close();
  });
  return [client, other];
};

describe('run channel', () => {
  it('carries messages one per line, whatever their size and however the bytes are cut', async () => {
    const [studio, child] = await socketPair();
    const received: unknown[] = [];
    readMessages(child, (message) => received.push(message));
    const big = { type: 'result', ok: true, json: JSON.stringify({ text: 'line\nbreak '.repeat(200_000) }) };
    const messages = [{ type: 'ready', nodeVersion: 'v20' }, big, { type: 'call', call: { url: 'x' } }];
    for (const message of messages) writeMessage(studio, message);
    // A message written byte by byte arrives whole too.
    const text = `${JSON.stringify({ type: 'run', payload: { ü: '∑' } })}\n`;
    for (const char of text) studio.write(char);
    await expect.poll(() => received.length).toBe(4);
    expect(received.slice(0, 3)).toEqual(messages);
    expect(received[3]).toEqual({ type: 'run', payload: { ü: '∑' } });
  });

  it('drops a line that is not JSON and goes on', async () => {
    const [studio, child] = await socketPair();
    const received: unknown[] = [];
    readMessages(child, (message) => received.push(message));
    studio.write('not json\n\n{"type":"ready"}\n');
    await expect.poll(() => received).toEqual([{ type: 'ready' }]);
  });

  it('says when the channel is closed instead of throwing', async () => {
    const [studio] = await socketPair();
    studio.destroy();
    const errors: Array<Error | null> = [];
    expect(writeMessage(studio, { type: 'run' }, (error) => errors.push(error))).toBe(false);
    expect(errors[0]?.message).toContain('closed');
  });

  it('is opened in the child only when its argument says so (fd 5 may be one of Node\'s own)', () => {
    expect(openChildRunChannel(['node', 'run-child.js', '/tmp/run', '1'])).toBeNull();
    expect(RUN_CHANNEL_ARG).toMatch(/^--/);
  });
});
