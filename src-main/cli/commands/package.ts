import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { PackagingProgress } from '../../../src-shared/contract/packaging';
import { packageApp } from '../../core/packaging/app-packager';
import { comparePackages } from '../../core/packaging/compare-packages';
import { UsageError, type CliIo } from '../cli-io';

export const packageHelp = `Usage: twenty-studio package [appDir] [--json] [--compare <earlier.tgz>]

Builds the tarball Twenty installs: first the studio's own checks (what the Problems panel shows),
then the real build of the app's twenty-sdk (appBuild with tarball: true), which writes
.twenty/output/ (manifest.json, the bundled functions) and <name>-<version>.tgz. appDir defaults
to the current folder. Progress goes to stderr.

  --json               print one JSON object on stdout:
                       { "success": true, "tarballPath", "sizeBytes", "files": [{ "path", "sizeBytes" }],
                         "manifest": {...}, "warnings": [...] }
                       or { "success": false, "error": { "code", "message", "locations" } }
  --compare <tgz>      also diff the new manifest against an earlier package (created, updated,
                       deleted entities by universalIdentifier); under "comparison" with --json

Error codes: STUDIO_CHECKS_FAILED (before the build), MANIFEST_BUILD_FAILED, TYPECHECK_FAILED,
BUILD_FAILED (the SDK's). Exit code 0 on success, 1 on failure.`;

export const formatProgress = (event: PackagingProgress): string => (event.source === 'output' ? `  | ${event.message}\n` : `${event.message}\n`);

export async function packageCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean' }, compare: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length > 1) throw new UsageError('package takes at most one [appDir].');
  const appDir = resolve(positionals[0] ?? '.');
  const result = await packageApp(appDir, { onProgress: (event) => io.stderr(formatProgress(event)) });
  const comparison = result.success && values.compare ? await comparePackages(result.tarballPath, resolve(values.compare)) : undefined;

  if (values.json) {
    const printed = result.success
      ? { success: true, tarballPath: result.tarballPath, sizeBytes: result.sizeBytes, files: result.files, manifest: result.manifest, warnings: result.warnings, sdk: result.sdk, ...(comparison ? { comparison } : {}) }
      : { success: false, error: result.error, warnings: result.warnings };
    io.stdout(`${JSON.stringify(printed, null, 2)}\n`);
    return result.success ? 0 : 1;
  }

  for (const warning of result.warnings) io.stdout(`warning ${warning.file || '(app)'}:${warning.line}:${warning.column}  ${warning.message}\n`);
  if (!result.success) {
    io.stdout(`Package failed: ${result.error.code}\n${result.error.message}\n`);
    return 1;
  }
  io.stdout(`${result.tarballPath}  (${result.sizeBytes} bytes, twenty-sdk ${result.sdk.version ?? '?'} from the ${result.sdk.source})\n`);
  const width = Math.max(...result.files.map((file) => String(file.sizeBytes).length));
  for (const file of result.files) io.stdout(`  ${String(file.sizeBytes).padStart(width)}  ${file.path}\n`);
  if (comparison) {
    io.stdout(`\nCompared with ${comparison.previous.tarballPath} (${comparison.previous.version ?? '?'} -> ${comparison.current.version ?? '?'}):\n`);
    for (const [label, entries] of [['created', comparison.created], ['updated', comparison.updated], ['deleted', comparison.deleted]] as const) {
      for (const entry of entries) io.stdout(`  ${label.padEnd(7)} ${entry.kind} ${entry.name} (${entry.universalIdentifier})\n`);
    }
    for (const change of comparison.destructive) io.stdout(`  data loss: ${change.dataLoss}\n`);
    if (comparison.created.length + comparison.updated.length + comparison.deleted.length === 0) io.stdout('  no changes\n');
  }
  return 0;
}
