import { z } from 'zod';

export const consoleEntrySchema = z.object({
  /** Which stream of which task: a run id, 'install', 'studio'. */
  source: z.string(),
  /** Function or task label shown in the console tag. */
  label: z.string(),
  level: z.enum(['INFO', 'ERROR', 'SYSTEM']),
  /** Text with its line breaks, ANSI colours kept. */
  text: z.string(),
  time: z.string(),
});
export type ConsoleEntry = z.infer<typeof consoleEntrySchema>;

/** Output travels in batches, never one message per line. */
export const consoleBatchSchema = z.object({ entries: z.array(consoleEntrySchema) });
export type ConsoleBatch = z.infer<typeof consoleBatchSchema>;

export const taskStateSchema = z.object({
  id: z.string(),
  label: z.string(),
  state: z.enum(['running', 'succeeded', 'failed']),
  exitCode: z.number().nullable(),
});
export type TaskState = z.infer<typeof taskStateSchema>;
