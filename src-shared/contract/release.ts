import { z } from 'zod';
import { installProgressEventSchema, installRequestSchema, installResultSchema, uninstallRequestSchema, uninstallResultSchema } from './install';
import {
  deployDescriptionSchema, deployRequestSchema, deployResultSchema, packageComparisonSchema, packageResultSchema, packagingProgressSchema,
  twentyRemoteSchema,
} from './packaging';

const gitVersionSchema = z.object({ ref: z.string(), commit: z.string(), date: z.string(), subject: z.string() });

/**
 * Operations that take the open app toward a workspace: the install simulator, packaging and deploying.
 * Same shape as `operations` / `events` in operations.ts, which spreads these maps in. The app folder is
 * always the open app's, never a parameter.
 */
export const releaseOperations = {
  'install.versions': { params: z.object({}).strict(), result: z.object({ tags: z.array(gitVersionSchema), commits: z.array(gitVersionSchema) }) },
  'install.simulate': { params: installRequestSchema.omit({ appDir: true }), result: installResultSchema },
  'install.uninstall': { params: uninstallRequestSchema.omit({ appDir: true }), result: uninstallResultSchema },
  'package.build': { params: z.object({}).strict(), result: packageResultSchema },
  /** The working tree's package against an earlier tarball, or against a git ref (then `previous.tarballPath` is `git:<ref>`). */
  'package.compare': {
    params: z.object({ previousTarball: z.string().min(1).optional(), gitRef: z.string().min(1).optional() })
      .refine((params) => (params.previousTarball === undefined) !== (params.gitRef === undefined), 'Give either previousTarball or gitRef.'),
    result: packageComparisonSchema,
  },
  'deploy.remotes': { params: z.object({}).strict(), result: z.object({ remotes: z.array(twentyRemoteSchema) }) },
  'deploy.describe': { params: z.object({ remote: z.string().min(1) }), result: deployDescriptionSchema },
  'deploy.run': { params: deployRequestSchema, result: deployResultSchema },
} as const;

export const releaseEvents = {
  'install.progress': installProgressEventSchema,
  'package.progress': packagingProgressSchema,
} as const;
