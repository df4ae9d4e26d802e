import { z } from 'zod';

// The breakpoints file's shapes, apart from debug.ts: the run path reads this file (BreakpointStore)
// without building the debugger's operation schemas.

export const breakpointSchema = z.object({
  line: z.number().int().min(1),
  /** Pause only when this expression is truthy in the frame. */
  condition: z.string().optional(),
  /** A logpoint: print this (`{expression}` parts evaluated) instead of pausing. */
  logMessage: z.string().optional(),
  enabled: z.boolean().default(true),
});
export type Breakpoint = z.infer<typeof breakpointSchema>;

export const fileBreakpointsSchema = z.object({
  /** Relative to the app folder, forward slashes. */
  file: z.string().min(1),
  breakpoints: z.array(breakpointSchema),
});
export type FileBreakpoints = z.infer<typeof fileBreakpointsSchema>;

export const exceptionModeSchema = z.enum(['none', 'uncaught', 'all']);
export type ExceptionMode = z.infer<typeof exceptionModeSchema>;

export const breakpointStoreStateSchema = z.object({
  files: z.array(fileBreakpointsSchema),
  exceptions: exceptionModeSchema,
});
export type BreakpointStoreState = z.infer<typeof breakpointStoreStateSchema>;
