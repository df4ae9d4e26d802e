import type { PackageError } from '../../../src-shared/contract/packaging';

/** The SDK's `CommandResult<T>`: `{ success: true, data } | { success: false, error: { code, message } }`. */
export type SdkCommandResult<T> = { success: true; data: T } | { success: false; error: { code: string; message: string } };

/**
 * Reads what came back over IPC as a `CommandResult`, whatever SDK version produced it: an
 * unexpected shape becomes a failure with `fallbackCode` rather than a crash further on.
 */
export function asCommandResult<T>(value: unknown, fallbackCode: string): SdkCommandResult<T> {
  const candidate = value as { success?: unknown; data?: unknown; error?: { code?: unknown; message?: unknown } } | null;
  if (candidate && candidate.success === true) return { success: true, data: candidate.data as T };
  if (candidate && candidate.success === false) {
    const error = candidate.error ?? {};
    return {
      success: false,
      error: {
        code: typeof error.code === 'string' ? error.code : fallbackCode,
        message: typeof error.message === 'string' ? error.message : JSON.stringify(error),
      },
    };
  }
  return { success: false, error: { code: fallbackCode, message: `Unexpected answer from twenty-sdk: ${JSON.stringify(value)}` } };
}

export const packageError = (code: string, message: string, locations: PackageError['locations'] = []): PackageError => ({ code, message, locations });
