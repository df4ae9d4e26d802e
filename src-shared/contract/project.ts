import { z } from 'zod';

/** A problem found in the app: a syntax error, an SDK validation message or a studio check. */
export const problemSchema = z.object({
  /** Path relative to the app root, with forward slashes ('' when it concerns the whole app). */
  file: z.string(),
  /** 1-based line and column. */
  line: z.number().int(),
  column: z.number().int(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
  /** Who found it: the TypeScript/esbuild parser, the SDK's define* validation, the whole-app checks, evaluation. */
  source: z.enum(['syntax', 'sdk', 'app', 'evaluation', 'studio', 'build', 'typecheck']),
});
export type Problem = z.infer<typeof problemSchema>;

/** A JSON value; functions in evaluated configs are replaced by `{ "__function": "<name>" }`. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export const jsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValueSchema), z.record(z.string(), jsonValueSchema)]),
);
export const jsonObjectSchema = z.record(z.string(), jsonValueSchema);
export type JsonObject = z.infer<typeof jsonObjectSchema>;

/** One file whose top-level `export default` is a define*() call, as the SDK discovers it. */
export const entitySchema = z.object({
  file: z.string(),
  defineFunction: z.string(),
  /** Manifest section the SDK files it under (logicFunctions, roles, objects, ...). */
  section: z.string(),
  /** Position of the define*() call. */
  line: z.number().int(),
  column: z.number().int(),
  universalIdentifier: z.string().nullable(),
  /** Evaluated config (null when evaluation failed). */
  config: jsonObjectSchema.nullable(),
  /** True when the last evaluation of this file failed and `config` is from an earlier one. */
  stale: z.boolean(),
});
export type Entity = z.infer<typeof entitySchema>;

export const dependencyStatusSchema = z.object({
  state: z.enum(['ok', 'missing-node-modules', 'missing-twenty-sdk']),
  packageManager: z.enum(['yarn', 'npm']),
  sdkVersion: z.string().nullable(),
  clientSdkVersion: z.string().nullable(),
  message: z.string().nullable(),
});
export type DependencyStatus = z.infer<typeof dependencyStatusSchema>;

/** The manifest as `twenty dev:build` writes it, minus build outputs. Sections are kept loose on purpose. */
export const manifestSchema = z.object({
  application: jsonObjectSchema.nullable(),
  objects: z.array(jsonObjectSchema),
  fields: z.array(jsonObjectSchema),
  roles: z.array(jsonObjectSchema),
  logicFunctions: z.array(jsonObjectSchema),
  other: z.record(z.string(), z.array(jsonObjectSchema)),
});
export type ManifestView = z.infer<typeof manifestSchema>;

/** Where the continuous typecheck stands: it runs after evaluation, so a model may show it pending. */
export const typecheckStatusSchema = z.object({
  state: z.enum(['pending', 'done', 'unavailable', 'off']),
  errorCount: z.number().int(),
  durationMs: z.number().nullable(),
  /** Why it is unavailable, or the TypeScript version that checked. */
  message: z.string().nullable(),
});
export type TypecheckStatus = z.infer<typeof typecheckStatusSchema>;

export const projectModelSchema = z.object({
  appDir: z.string(),
  packageName: z.string().nullable(),
  version: z.string().nullable(),
  engines: z.record(z.string(), z.string()),
  dependencies: dependencyStatusSchema,
  entities: z.array(entitySchema),
  manifest: manifestSchema,
  /** Every file of the app (relative paths), node_modules/.git/.twenty/dist excluded. */
  files: z.array(z.string()),
  problems: z.array(problemSchema),
  /** Increases with every model the core produces for this app. */
  revision: z.number().int(),
  /** How long the last (re)evaluation took. */
  evaluationMs: z.number(),
  /** The app's typecheck (`tsc --noEmit -p tsconfig.json`, as `twenty dev:build` runs it); its errors are in `problems`. */
  typecheck: typecheckStatusSchema.optional(),
});
export type ProjectModel = z.infer<typeof projectModelSchema>;

