import type { StudioErrorShape } from '../../src-shared/contract';

/** An error the core (or the transport) reported, with a code the UI can branch on. */
export class StudioError extends Error implements StudioErrorShape {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StudioError';
  }
}

/** A message for a person, whatever was thrown. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
