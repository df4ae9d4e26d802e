import { existsSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import type ts from 'typescript';

/** One error as `tsc --noEmit --pretty false` prints it and the SDK's typecheck step parses it. */
export interface TypecheckError {
  /** Relative to the app folder, forward slashes. */
  file: string;
  /** 1-based, as tsc prints them. */
  line: number;
  column: number;
  message: string;
  code: number;
}

export type TypecheckOutcome =
  | { state: 'done'; errors: TypecheckError[]; durationMs: number; typescriptVersion: string; fileCount: number }
  | { state: 'unavailable'; message: string };

/**
 * The TypeScript the SDK's build would run: `<app>/node_modules/.bin/tsc` (the SDK execs exactly that,
 * with cwd = the app). Loaded from the package that bin belongs to, so the studio flags what that
 * version flags. Null when the app has none: the SDK's typecheck then finds nothing either.
 */
export function loadAppTypescript(appDir: string): typeof ts | null {
  const bin = join(appDir, 'node_modules', '.bin', 'tsc');
  if (!existsSync(bin)) return null;
  try {
    // node_modules/.bin/tsc -> ../typescript/bin/tsc
    const packageDir = dirname(dirname(realpathSync(bin)));
    return createRequire(join(packageDir, 'package.json'))(join(packageDir, 'lib', 'typescript.js')) as typeof ts;
  } catch {
    return null;
  }
}

/**
 * `tsc --noEmit --pretty false -p <app>/tsconfig.json`, kept alive between checks: each check re-reads
 * the config, reuses the parsed source files whose mtime and size did not change and hands the previous
 * builder program to the next, so only changed files and their dependents are checked again.
 */
export class TscCheck {
  private builder: ts.SemanticDiagnosticsBuilderProgram | undefined;
  private readonly sourceFiles = new Map<string, { stamp: string; languageVersion: unknown; file: ts.SourceFile }>();

  constructor(private readonly appDir: string, private readonly ts: typeof import('typescript') | null = loadAppTypescript(appDir)) {}

  check(): TypecheckOutcome {
    const ts = this.ts;
    if (!ts) return { state: 'unavailable', message: 'The app has no node_modules/.bin/tsc: `twenty dev:build` skips its typecheck too.' };
    const started = performance.now();
    const configPath = join(this.appDir, 'tsconfig.json');
    // tsc -p on a missing file prints an error without a location, which the SDK's parser drops: nothing to report.
    if (!existsSync(configPath)) return { state: 'done', errors: [], durationMs: performance.now() - started, typescriptVersion: ts.version, fileCount: 0 };

    const configFile = ts.readConfigFile(configPath, ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(configFile.config ?? {}, ts.sys, this.appDir, { noEmit: true }, configPath);
    const configDiagnostics = [...(configFile.error ? [configFile.error] : []), ...parsed.errors];
    const host = ts.createCompilerHost(parsed.options);
    const readSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
      let stamp: string;
      try {
        const stat = statSync(fileName);
        stamp = `${stat.mtimeMs}:${stat.size}`;
      } catch {
        this.sourceFiles.delete(fileName);
        return undefined;
      }
      const cached = this.sourceFiles.get(fileName);
      const versionKey = JSON.stringify(languageVersion);
      if (cached && cached.stamp === stamp && cached.languageVersion === versionKey && !shouldCreate) return cached.file;
      const file = readSourceFile(fileName, languageVersion, onError, shouldCreate);
      if (file) {
        // The builder tells changed files by version: a content hash, as tsc --watch sets it.
        (file as ts.SourceFile & { version: string }).version = ts.sys.createHash?.(file.text) ?? stamp;
        this.sourceFiles.set(fileName, { stamp, languageVersion: versionKey, file });
      }
      return file;
    };
    this.builder = ts.createSemanticDiagnosticsBuilderProgram(parsed.fileNames, parsed.options, host, this.builder, configDiagnostics, parsed.projectReferences);

    // tsc's own order (emitFilesAndReportErrors): semantic errors only when there are no syntax, option
    // or global ones.
    const program = this.builder;
    const diagnostics: ts.Diagnostic[] = [...program.getConfigFileParsingDiagnostics()];
    const configCount = diagnostics.length;
    diagnostics.push(...program.getSyntacticDiagnostics());
    if (diagnostics.length === configCount) {
      diagnostics.push(...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics());
      if (diagnostics.length === configCount) diagnostics.push(...program.getSemanticDiagnostics());
    }
    const errors = tscErrors(ts, diagnostics, this.appDir);
    return { state: 'done', errors, durationMs: performance.now() - started, typescriptVersion: ts.version, fileCount: parsed.fileNames.length };
  }
}

/**
 * What survives the SDK's parser (`/^(.+)\((\d+),(\d+)\): error TS\d+: (.+)$/` on each output line):
 * errors with a file, their message's first line only (tsc prints the rest of a chain indented).
 */
export function tscErrors(ts: typeof import('typescript'), diagnostics: readonly ts.Diagnostic[], appDir: string): TypecheckError[] {
  const errors: TypecheckError[] = [];
  const seen = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.category !== ts.DiagnosticCategory.Error || !diagnostic.file || diagnostic.start === undefined) continue;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n').split('\n')[0];
    const file = relative(appDir, diagnostic.file.fileName).split(sep).join('/');
    const error = { file, line: line + 1, column: character + 1, message, code: diagnostic.code };
    const key = `${file}:${error.line}:${error.column}:${error.code}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(error);
  }
  return errors;
}
