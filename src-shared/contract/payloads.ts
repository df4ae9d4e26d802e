import { z } from 'zod';

/**
 * Payload composers, saved payloads and the local route server (issue 5). Same shape as
 * `operations` / `events` in operations.ts, which spreads these maps in.
 */
export const payloadOperations = {} as const satisfies Record<string, { params: z.ZodType; result: z.ZodType }>;

export const payloadEvents = {} as const satisfies Record<string, z.ZodType>;
