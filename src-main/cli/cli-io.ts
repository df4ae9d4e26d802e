export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * Writes to a stream until its reader goes away. `twenty-studio exec ... | head -1` closes the pipe
 * after one line: the next write fails with EPIPE, which Node emits as an 'error' event and, with no
 * listener, a crash with a stack trace (and the run's cleanup skipped). Here the output just ends;
 * the command finishes its work and exits with its own code, as Unix tools do.
 */
export function pipeSafeWriter(stream: NodeJS.WritableStream): (text: string) => void {
  let listening = false;
  let closed = false;
  return (text) => {
    if (!listening) {
      listening = true;
      stream.on('error', () => {
        // EPIPE, or any other failure of the stream: nothing more can be written to it.
        closed = true;
      });
    }
    if (!closed) stream.write(text);
  };
}

export const processIo: CliIo = {
  stdout: pipeSafeWriter(process.stdout),
  stderr: pipeSafeWriter(process.stderr),
};

/** A usage error: printed with the command's help, exit code 2. */
export class UsageError extends Error {}
