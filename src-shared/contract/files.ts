import { z } from 'zod';

/** A content version: sha1 of the bytes, so equal contents compare equal whatever the mtime. */
export const fileVersionSchema = z.string();

export const fileContentSchema = z.object({ path: z.string(), content: z.string(), version: fileVersionSchema });
export type FileContent = z.infer<typeof fileContentSchema>;

export const writeFileParamsSchema = z.object({
  path: z.string(),
  content: z.string(),
  /** The version the editor started from; a different version on disk is a conflict. Omit for a new file. */
  baseVersion: fileVersionSchema.nullable(),
  /** Overwrite even when the file changed on disk (the user chose "keep mine"). */
  force: z.boolean().default(false),
});
export type WriteFileParams = z.input<typeof writeFileParamsSchema>;

export const writeFileResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), version: fileVersionSchema }),
  z.object({ ok: z.literal(false), conflict: z.object({ diskContent: z.string().nullable(), diskVersion: fileVersionSchema.nullable() }) }),
]);
export type WriteFileResult = z.infer<typeof writeFileResultSchema>;

export const fileChangeSchema = z.object({
  path: z.string(),
  kind: z.enum(['add', 'change', 'unlink']),
  /** Version now on disk (null when removed). */
  version: fileVersionSchema.nullable(),
});
export type FileChange = z.infer<typeof fileChangeSchema>;

export const typingsSchema = z.object({
  /** Virtual files for the editor's TypeScript service: `file:///node_modules/...` and app files. */
  libs: z.array(z.object({ uri: z.string(), content: z.string() })),
  /** compilerOptions.paths for the editor (module specifier -> virtual paths). */
  paths: z.record(z.string(), z.array(z.string())),
});
export type Typings = z.infer<typeof typingsSchema>;
