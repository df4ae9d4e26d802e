import { z } from 'zod';
import { jsonObjectSchema } from './project';

/**
 * Packaging: the app's tarball built by the real SDK (`appBuild` from `twenty-sdk/cli`), its
 * comparison with an earlier package, and deploying it to a remote with the SDK's own
 * `appDeploy` + `appInstall`.
 */

/** A problem with a place in the app: paths are relative to the app folder, line and column 1-based. */
export const packageProblemSchema = z.object({
  file: z.string(),
  line: z.number().int().min(0),
  column: z.number().int().min(0),
  message: z.string(),
});
export type PackageProblem = z.infer<typeof packageProblemSchema>;

/**
 * Why a package failed. `STUDIO_CHECKS_FAILED` is the studio's own checks (the Problems panel),
 * found before the build ran; the SDK's codes (`MANIFEST_BUILD_FAILED`, `TYPECHECK_FAILED`,
 * `BUILD_FAILED`, ...) pass through unchanged; `SDK_NOT_FOUND` and `BUILD_PROCESS_FAILED` are the
 * studio's when no twenty-sdk can be loaded or the build process died.
 */
export const packageErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  /** Located problems: the studio's errors, or each `file(line,col)` of a failed typecheck. */
  locations: z.array(packageProblemSchema),
});
export type PackageError = z.infer<typeof packageErrorSchema>;

/** One file in the tarball, path relative to npm's `package/` folder (`manifest.json`, `src/...mjs`). */
export const packageFileSchema = z.object({
  path: z.string(),
  sizeBytes: z.number().int().min(0),
});
export type PackageFile = z.infer<typeof packageFileSchema>;

/** Which twenty-sdk built the package: the app's own when installed, else the studio's. */
export const packageSdkSchema = z.object({
  version: z.string().nullable(),
  source: z.enum(['app', 'studio']),
});
export type PackageSdk = z.infer<typeof packageSdkSchema>;

export const packageSuccessSchema = z.object({
  success: z.literal(true),
  tarballPath: z.string(),
  sizeBytes: z.number().int().min(0),
  files: z.array(packageFileSchema),
  /** `.twenty/output/manifest.json` as the SDK wrote it. */
  manifest: jsonObjectSchema,
  warnings: z.array(packageProblemSchema),
  sdk: packageSdkSchema,
  durationMs: z.number().min(0),
});
export type PackageSuccess = z.infer<typeof packageSuccessSchema>;

export const packageFailureSchema = z.object({
  success: z.literal(false),
  error: packageErrorSchema,
  warnings: z.array(packageProblemSchema),
});
export type PackageFailure = z.infer<typeof packageFailureSchema>;

export const packageResultSchema = z.discriminatedUnion('success', [packageSuccessSchema, packageFailureSchema]);
export type PackageResult = z.infer<typeof packageResultSchema>;

/**
 * A progress line while packaging or deploying: the studio's own steps (`studio`), the SDK's
 * `onProgress` messages (`sdk`), or what the build's tools printed (`output`: tsc, npm pack).
 */
export const packagingProgressSchema = z.object({
  source: z.enum(['studio', 'sdk', 'output']),
  message: z.string(),
});
export type PackagingProgress = z.infer<typeof packagingProgressSchema>;

/** One entity in a manifest diff (`src-shared/twenty/install/manifest-diff.ts`'s `DiffEntry`). */
export const manifestDiffEntrySchema = z.object({
  kind: z.string(),
  section: z.string(),
  universalIdentifier: z.string(),
  name: z.string(),
  objectUniversalIdentifier: z.string().optional(),
  changes: z.array(z.object({ property: z.string(), before: z.unknown().optional(), after: z.unknown().optional() })).optional(),
});
export type ManifestDiffEntry = z.infer<typeof manifestDiffEntrySchema>;

/** What an upgrade from the earlier package to the new one changes, by universalIdentifier. */
export const packageComparisonSchema = z.object({
  previous: z.object({ tarballPath: z.string(), version: z.string().nullable() }),
  current: z.object({ version: z.string().nullable() }),
  created: z.array(manifestDiffEntrySchema),
  updated: z.array(manifestDiffEntrySchema),
  deleted: z.array(manifestDiffEntrySchema),
  /** Changes that lose records or values (deleted objects and fields, type changes, removed options...). */
  destructive: z.array(z.object({ change: z.string(), kind: z.string(), universalIdentifier: z.string(), name: z.string(), dataLoss: z.string() })),
});
export type PackageComparison = z.infer<typeof packageComparisonSchema>;

/** A remote of the `twenty` CLI (`~/.twenty/config.json`); credentials never leave the core. */
export const twentyRemoteSchema = z.object({
  name: z.string(),
  url: z.string(),
  isDefault: z.boolean(),
  hasCredentials: z.boolean(),
});
export type TwentyRemote = z.infer<typeof twentyRemoteSchema>;

/** What the confirmation names before a deploy: the server and the version that will land there. */
export const deployDescriptionSchema = z.object({
  remote: z.object({ name: z.string(), url: z.string() }),
  packageName: z.string(),
  version: z.string(),
  hasCredentials: z.boolean(),
});
export type DeployDescription = z.infer<typeof deployDescriptionSchema>;

export const deployRequestSchema = z.object({
  remote: z.string().min(1),
  /** Install after uploading (the SDK's `appInstall`); false uploads and registers only. */
  install: z.boolean().default(true),
});
export type DeployRequest = z.infer<typeof deployRequestSchema>;

export const deployStageSchema = z.enum(['describe', 'package', 'deploy', 'install']);
export type DeployStage = z.infer<typeof deployStageSchema>;

export const deploySuccessSchema = z.object({
  success: z.literal(true),
  remote: z.object({ name: z.string(), url: z.string() }),
  packageName: z.string(),
  version: z.string(),
  tarballPath: z.string(),
  /** What the server answered to `completeAppTarballUpload`. */
  application: z.object({ id: z.string(), name: z.string(), universalIdentifier: z.string() }),
  installed: z.boolean(),
});
export type DeploySuccess = z.infer<typeof deploySuccessSchema>;

export const deployFailureSchema = z.object({
  success: z.literal(false),
  /** The step that failed: nothing reached the server when it is `describe` or `package`. */
  stage: deployStageSchema,
  error: packageErrorSchema,
});
export type DeployFailure = z.infer<typeof deployFailureSchema>;

export const deployResultSchema = z.discriminatedUnion('success', [deploySuccessSchema, deployFailureSchema]);
export type DeployResult = z.infer<typeof deployResultSchema>;
