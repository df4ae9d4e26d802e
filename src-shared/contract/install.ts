import { z } from 'zod';
import { jsonValueSchema } from './project';
import { outgoingCallSchema, runErrorSchema } from './run';

/**
 * One side of a simulated install: nothing (a fresh install), the app's working tree, a git ref of
 * the app's repository, another folder, or a tarball built by `twenty dev:build --tarball`.
 */
export const versionSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('working-tree') }),
  z.object({ kind: z.literal('git'), ref: z.string().min(1) }),
  z.object({ kind: z.literal('folder'), path: z.string().min(1) }),
  z.object({ kind: z.literal('tarball'), path: z.string().min(1) }),
]);
export type VersionSource = z.infer<typeof versionSourceSchema>;

export const installWhatIfSchema = z.object({
  /** Ignore the installed version: simulate a first install of the new one. */
  treatAsFresh: z.boolean().optional(),
  /** Replace the hook flags the code declares. */
  overrides: z.object({
    preInstall: z.object({ shouldRunOnVersionUpgrade: z.boolean().optional() }).optional(),
    postInstall: z.object({ shouldRunOnVersionUpgrade: z.boolean().optional(), shouldRunSynchronously: z.boolean().optional() }).optional(),
  }).optional(),
});
export type InstallWhatIfRequest = z.infer<typeof installWhatIfSchema>;

export const installRequestSchema = z.object({
  appDir: z.string().min(1),
  /** The installed version ('none': a fresh install). */
  from: versionSourceSchema,
  /** The version being installed; default the working tree. */
  to: versionSourceSchema.default({ kind: 'working-tree' }),
  /** Target Twenty server version for the engines.twenty check; default the newest the studio knows. */
  serverVersion: z.string().min(1).optional(),
  whatIf: installWhatIfSchema.optional(),
  /**
   * A side whose package.json dependencies differ from the working tree's cannot borrow its
   * node_modules faithfully: 'refuse' (default) fails with the difference, 'link' borrows them anyway,
   * 'install' installs the side's own (its package manager, scripts off; cached with the side).
   */
  differentDependencies: z.enum(['refuse', 'link', 'install']).optional(),
});
export type InstallRequest = z.input<typeof installRequestSchema>;

export const uninstallRequestSchema = z.object({
  appDir: z.string().min(1),
  /** The installed version whose uninstall hook runs; default the working tree. */
  version: versionSourceSchema.default({ kind: 'working-tree' }),
  differentDependencies: z.enum(['refuse', 'link', 'install']).optional(),
});
export type UninstallRequest = z.input<typeof uninstallRequestSchema>;

/** One run of a hook: the server's execution result plus the payload and context it was given. */
export const hookExecutionSchema = z.object({
  hook: z.enum(['preInstall', 'postInstall', 'uninstall']),
  functionUniversalIdentifier: z.string(),
  functionName: z.string().nullable(),
  payload: jsonValueSchema,
  context: z.object({ retryCount: z.number().int(), maxRetries: z.number().int() }),
  data: z.unknown(),
  logs: z.string(),
  duration: z.number(),
  status: z.enum(['SUCCESS', 'ERROR']),
  error: runErrorSchema.optional(),
  calls: z.array(outgoingCallSchema),
  /** For a queued post-install attempt: what the worker did with it. */
  verdict: z.enum(['succeeded', 'failed', 'retry', 'gave-up']).optional(),
});
export type HookExecution = z.infer<typeof hookExecutionSchema>;

export const installStepNameSchema = z.enum([
  'RESOLVE_PACKAGE', 'CHECK_COMPATIBILITY', 'CREATE_APPLICATION', 'CHECK_VERSION', 'WRITE_FILES',
  'PRE_INSTALL_HOOK', 'APPLY_MANIFEST', 'POST_INSTALL_HOOK', 'FINALIZE', 'ROLLBACK', 'UNINSTALL_HOOK', 'REMOVE_APPLICATION',
]);

export const installStepSchema = z.object({
  name: installStepNameSchema,
  status: z.enum(['done', 'skipped', 'failed', 'queued']),
  /** Why a step was skipped or failed, or what it checked. */
  reason: z.string().optional(),
  errorCode: z.string().optional(),
  durationMs: z.number().optional(),
  /** The hook's run (the last attempt for a queued post-install). */
  execution: hookExecutionSchema.optional(),
  /** A queued post-install: every attempt of the simulated worker, in order. */
  attempts: z.array(hookExecutionSchema).optional(),
  /** A queued post-install: how the job ended. */
  job: z.enum(['succeeded', 'failed', 'gave-up']).optional(),
  /** APPLY_MANIFEST: the size of the metadata migration. */
  migration: z.object({ created: z.number().int(), updated: z.number().int(), deleted: z.number().int(), destructive: z.number().int() }).optional(),
});
export type InstallStep = z.infer<typeof installStepSchema>;

const propertyChangeSchema = z.object({ property: z.string(), before: jsonValueSchema.optional(), after: jsonValueSchema.optional() });
export const diffEntrySchema = z.object({
  kind: z.string(),
  section: z.string(),
  universalIdentifier: z.string(),
  name: z.string(),
  objectUniversalIdentifier: z.string().optional(),
  changes: z.array(propertyChangeSchema).optional(),
});
export const destructiveChangeSchema = z.object({
  change: z.enum(['object-deleted', 'field-deleted', 'field-type-changed', 'field-became-required', 'select-option-removed']),
  kind: z.enum(['object', 'field']),
  universalIdentifier: z.string(),
  name: z.string(),
  dataLoss: z.string(),
});
export const manifestDiffSchema = z.object({
  created: z.array(diffEntrySchema),
  updated: z.array(diffEntrySchema),
  deleted: z.array(diffEntrySchema),
  destructive: z.array(destructiveChangeSchema),
});

/** What one materialised side turned out to be. */
export const installSideSchema = z.object({
  source: versionSourceSchema,
  label: z.string(),
  version: z.string().nullable(),
  /** 'source': built here like `twenty dev:build`; 'prebuilt': a tarball's manifest.json and .mjs files. */
  build: z.enum(['source', 'prebuilt']),
  /** How its node_modules were provided. */
  dependencies: z.enum(['own', 'same-as-working-tree', 'linked-despite-differences', 'missing']),
  /** Dependencies whose declared range differs from the working tree's (name: before -> after). */
  dependencyDifferences: z.array(z.string()),
  /** Its own dependencies were installed for it (differentDependencies: 'install'); `dependencies` is then 'own'. */
  dependencyInstall: z.object({
    packageManager: z.enum(['npm', 'yarn']),
    /** The command run, e.g. `npm install --ignore-scripts --no-audit --no-fund`. */
    command: z.string(),
    /** An earlier simulation had already installed the same dependencies: nothing ran this time. */
    reused: z.boolean(),
  }).optional(),
});
export type InstallSide = z.infer<typeof installSideSchema>;

export const installResultSchema = z.object({
  outcome: z.enum(['INSTALLED', 'UPGRADED', 'FAILED']),
  errorCode: z.string().optional(),
  errorMessage: z.string().optional(),
  previousVersion: z.string().optional(),
  newVersion: z.string(),
  serverVersion: z.string(),
  steps: z.array(installStepSchema),
  diff: manifestDiffSchema,
  /** Things that do not change the outcome but deserve a look (problems of a side, a non-semver fresh install, ...). */
  warnings: z.array(z.string()),
  from: installSideSchema.nullable(),
  to: installSideSchema,
});
export type InstallResult = z.infer<typeof installResultSchema>;

export const uninstallResultSchema = z.object({
  outcome: z.literal('UNINSTALLED'),
  version: z.string().nullable(),
  steps: z.array(installStepSchema),
  warnings: z.array(z.string()),
});
export type UninstallResult = z.infer<typeof uninstallResultSchema>;

/** Live progress of a simulation, for the timeline and the console. */
export const installProgressEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('side'), side: z.enum(['from', 'to']), phase: z.enum(['materialising', 'building', 'ready']), label: z.string() }),
  /** A step started ('running') or reached its status. */
  z.object({ type: z.literal('step'), name: installStepNameSchema, status: z.enum(['running', 'done', 'skipped', 'failed', 'queued']), step: installStepSchema.optional() }),
  /** Live output of a hook run. */
  z.object({ type: z.literal('output'), name: installStepNameSchema, attempt: z.number().int(), stream: z.enum(['stdout', 'stderr']), text: z.string() }),
  /** One line of a side's dependency install (differentDependencies: 'install'), the command first. */
  z.object({ type: z.literal('dependencies'), side: z.enum(['from', 'to']), line: z.string(), stream: z.enum(['stdout', 'stderr']).optional() }),
]);
export type InstallProgressEvent = z.infer<typeof installProgressEventSchema>;
