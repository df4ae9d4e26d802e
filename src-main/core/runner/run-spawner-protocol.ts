/** Messages between the studio and its run spawner (run-spawner-child.ts) over the IPC channel. */
export type SpawnerRequest =
  /** `channel`: give the child a run channel at fd 5 (run-channel.ts), handed to the studio like its pipes. */
  | { type: 'spawn'; id: number; command: string; args: string[]; cwd: string; env: Record<string, string>; detached: boolean; channel?: boolean }
  /** An IPC message for run child `id`; answered by `sent` with the same seq. */
  | { type: 'send'; id: number; seq: number; message: unknown };

export type SpawnerReply =
  | { type: 'spawned'; id: number; pid: number }
  /** The child's pipe for this fd (1 stdout, 2 stderr, 4 exit notice, 5 run channel) travels with this message as its handle. */
  | { type: 'pipe'; id: number; fd: 1 | 2 | 4 | 5 }
  | { type: 'message'; id: number; message: unknown }
  | { type: 'sent'; id: number; seq: number; error: string | null }
  | { type: 'exit'; id: number; code: number | null; signal: NodeJS.Signals | null }
  /** The child's IPC channel is closed: every message it sent has been relayed. */
  | { type: 'close'; id: number }
  | { type: 'error'; id: number; message: string };
