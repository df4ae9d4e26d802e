import { isAbsolute, relative } from 'node:path';
import type { PackageProblem } from '../../../src-shared/contract/packaging';

// tsc's "pretty: false" form, as the SDK's TYPECHECK_FAILED message carries it:
// `src/logic-functions/hello.ts(6,9): Type 'string' is not assignable to type 'number'.`
// (with or without tsc's `error TS2322:` prefix).
const TSC_LINE = /^(.+?)\((\d+),(\d+)\): (?:error TS\d+: )?(.*)$/;
// esbuild's form, in BUILD_FAILED: `src/application-config.ts:1:34: ERROR: Could not resolve "twenty-sdk/define"`.
const ESBUILD_LINE = /^(.+?):(\d+):(\d+): (?:ERROR|error): (.*)$/;

/**
 * The located problems in a failed build's message: one per `file(line,col): message` (tsc) or
 * `file:line:col: ERROR: message` (esbuild) line, paths
 * made relative to the app so the editor can open them. Indented lines that follow (tsc's
 * elaboration of a message) belong to the problem above.
 */
export function parseBuildErrorLocations(message: string, appDir: string): PackageProblem[] {
  const problems: PackageProblem[] = [];
  for (const line of message.split(/\r?\n/)) {
    const match = TSC_LINE.exec(line.trim()) ?? ESBUILD_LINE.exec(line.trim());
    if (match) {
      const [, file, lineNumber, column, text] = match;
      problems.push({
        file: isAbsolute(file) ? relative(appDir, file) : file.replace(/^\.\//, ''),
        line: Number(lineNumber),
        column: Number(column),
        message: text,
      });
    } else if (problems.length > 0 && /^\s+\S/.test(line)) {
      problems[problems.length - 1].message += `\n${line.trim()}`;
    }
  }
  return problems;
}
