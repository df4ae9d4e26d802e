import { parseArgs } from 'node:util';
import type { SavedPayloadCheck } from '../../../src-shared/contract';
import { checkSavedPayload } from '../../core/payloads/saved-payload-check';
import { TARGET_HELP } from '../target-option';
import { UsageError, type CliIo } from '../cli-io';
import { withStudioApp } from './request';

export const testHelp = `Usage: twenty-studio test [appDir] [--json] [--data-dir DIR]

Runs every saved payload that has an expectation (.twenty-studio/payloads/<function>/<name>.json with
"expect") and compares the result: status, a subset of data, and for routes the HTTP response
(status, headers, body) the server would send. A file that cannot be read counts as a failure.
Ends with the line "N passed, N failed" (on stderr with --json), so an app's CI can run it.

  --json   print { results: [{ path, function, name, passed, stale?, mismatches, error? }], passed, failed }
  --snapshot NAME    restore this Local workspace snapshot first (workspace snapshot save NAME)\n${TARGET_HELP}

Exit code 1 when a payload fails.`;

const describeFailure = (check: SavedPayloadCheck): string[] => {
  if (check.error) return [check.error];
  return check.mismatches.map((mismatch) => mismatch.message);
};

export async function testCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, 'data-dir': { type: 'string' }, target: { type: 'string' }, snapshot: { type: 'string' } },
  });
  if (positionals.length > 1) throw new UsageError('test takes at most one <appDir>.');

  return withStudioApp(positionals[0] ?? '.', { dataDir: values['data-dir'], target: values.target }, async (studio) => {
    // Tests of functions that read and write records start from the same records every time.
    if (values.snapshot) {
      const restored = await studio.workspace.snapshotRestore(values.snapshot);
      if (!values.json) io.stdout(`Workspace restored from snapshot "${values.snapshot}" (${Object.values(restored).reduce((a, b) => a + b, 0)} records)\n`);
    }
    const { payloads } = await studio.handlers['payload.saved.list']({});
    const candidates = payloads.filter((entry) => !entry.content || entry.content.expect !== undefined);
    const checks: SavedPayloadCheck[] = [];
    // One at a time: the output reads in order and runs do not compete for the 2 cores of a CI box.
    for (const entry of candidates) {
      // A payload that names a snapshot starts from it (after --snapshot, which sets the scene for the others).
      const check = await checkSavedPayload(studio.runs, entry, { restoreSnapshot: (snapshot) => studio.workspace.snapshotRestore(snapshot) });
      if (entry.content?.snapshot && !values.json) io.stdout(`  (workspace restored from snapshot "${entry.content.snapshot}")\n`);
      checks.push(check);
      if (!values.json) {
        io.stdout(`${check.passed ? '✔' : '✖'} ${entry.path}${check.result ? ` (${check.result.duration} ms)` : ''}\n`);
        if (entry.stale) io.stdout(`    stale: ${entry.staleReason}\n`);
        if (!check.passed) for (const line of describeFailure(check)) io.stdout(`    ${line}\n`);
      }
    }
    const passed = checks.filter((check) => check.passed).length;
    const failed = checks.length - passed;
    const summary = `${passed} passed, ${failed} failed`;
    if (values.json) {
      io.stdout(`${JSON.stringify({
        results: checks.map((check) => ({
          path: check.entry.path,
          function: check.entry.content?.function ?? null,
          name: check.entry.name,
          passed: check.passed,
          ...(check.entry.stale ? { stale: check.entry.staleReason } : {}),
          mismatches: check.mismatches,
          ...(check.error ? { error: check.error } : {}),
        })),
        passed,
        failed,
      }, null, 2)}\n`);
      io.stderr(`${summary}\n`);
    } else {
      if (checks.length === 0) io.stdout('No saved payload has an expectation (add "expect" to a file under .twenty-studio/payloads/).\n');
      io.stdout(`${summary}\n`);
    }
    return failed > 0 ? 1 : 0;
  });
}
