import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(__dirname, '..', '..', '..');

/** The modules a file loads when it is loaded: value imports and re-exports, not `import type`, not `import()`. */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const bindings = clause?.namedBindings;
      // `import { type A, type B } from` loads nothing either (verbatim module syntax aside, esbuild drops it).
      if (clause && !clause.name && bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly)) continue;
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => {
      const base = resolve(dirname(file), specifier);
      return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => existsSync(candidate)) ?? base;
    });
}

/** Every module loaded with `entry`, each with the chain that loads it. */
function staticGraph(entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const imported of staticImports(file)) {
      if (chains.has(imported) || !existsSync(imported)) continue;
      chains.set(imported, [...chains.get(file)!, imported]);
      queue.push(imported);
    }
  }
  return chains;
}

describe('what a one-shot exec loads', () => {
  // exec imports the studio core when it runs (src-main/cli/commands/exec.ts): everything that core
  // loads with it is start-up time of every `twenty-studio exec`. The contract's operation schemas
  // (zod objects built as their module loads) were a fifth of it; the run path parses with the few
  // schemas of its own files.
  it('the studio core does not load the contract\'s operation schemas', () => {
    const graph = staticGraph(join(repoRoot, 'src-main/core/studio.ts'));
    const unwanted = ['index', 'operations', 'payloads', 'workspace', 'debug', 'packaging', 'release', 'install', 'files', 'project']
      .map((name) => join(repoRoot, 'src-shared/contract', `${name}.ts`));
    const loaded = unwanted.filter((file) => graph.has(file)).map((file) => graph.get(file)!.map((step) => relative(repoRoot, step)).join(' -> '));
    expect(loaded).toEqual([]);
    // The graph is real: the run path's own schemas are in it.
    expect(graph.has(join(repoRoot, 'src-shared/contract/run.ts'))).toBe(true);
  });
});
