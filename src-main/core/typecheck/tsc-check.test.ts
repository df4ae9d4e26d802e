/** Issue 15 item 1: the studio flags the type errors `twenty dev:build`'s typecheck fails on, and only those. */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixtureApp, type TempApp } from '../../../test/helpers/temp-app';
import { AppProject } from '../project/app-project';
import { ConfigEvaluator } from '../project/config-evaluator';
import { AppTypecheck } from './app-typecheck';
import { TscCheck } from './tsc-check';

let app: TempApp | null = null;
afterEach(async () => {
  await app?.cleanup();
  app = null;
});

/** The SDK's typecheck step: `node_modules/.bin/tsc --noEmit --pretty false -p tsconfig.json`, parsed with its own pattern. */
async function sdkTypecheck(appDir: string): Promise<string[]> {
  const output = await promisify(execFile)(join(appDir, 'node_modules', '.bin', 'tsc'), ['--noEmit', '--pretty', 'false', '-p', join(appDir, 'tsconfig.json')], { cwd: appDir })
    .then(({ stdout }) => stdout, (error: { stdout?: string; stderr?: string }) => error.stderr || error.stdout || '');
  return output.split('\n').flatMap((line) => {
    const match = /^(.+)\((\d+),(\d+)\): error TS(\d+): (.+)$/.exec(line);
    return match ? [`${match[1]}:${match[2]}:${match[3]}: TS${match[4]}: ${match[5]}`] : [];
  });
}

const asLines = (errors: { file: string; line: number; column: number; code: number; message: string }[]) => errors.map((error) => `${error.file}:${error.line}:${error.column}: TS${error.code}: ${error.message}`);

describe('the app typecheck', () => {
  it('finds exactly what the SDK typecheck finds, and follows edits incrementally', async () => {
    app = await copyFixtureApp('broken-typecheck-app');
    const checker = new TscCheck(app.dir);
    const first = checker.check();
    expect(first.state).toBe('done');
    if (first.state !== 'done') return;
    expect(first.errors).toEqual([expect.objectContaining({ file: 'src/logic-functions/hello.ts', line: 6, column: 9, code: 2322 })]);
    expect(asLines(first.errors)).toEqual(await sdkTypecheck(app.dir));

    // A second error in another file, with a multi-line message chain: only its first line, as the SDK parses it.
    const cronPath = join(app.dir, 'src/logic-functions/sync-post-cards.ts');
    await writeFile(cronPath, `${await readFile(cronPath, 'utf8')}\nexport const wrong: { a: { b: number } } = { a: { b: 'x' } };\n`);
    const second = checker.check();
    if (second.state !== 'done') throw new Error('no check');
    expect(asLines(second.errors)).toEqual(await sdkTypecheck(app.dir));
    expect(second.errors).toHaveLength(2);

    const helloPath = join(app.dir, 'src/logic-functions/hello.ts');
    await writeFile(helloPath, (await readFile(helloPath, 'utf8')).replace('const greetingCount: number = name;', 'const greetingCount: number = name.length;'));
    const third = checker.check();
    if (third.state !== 'done') throw new Error('no check');
    expect(third.errors.map((error) => error.file)).toEqual(['src/logic-functions/sync-post-cards.ts']);
  }, 120_000);

  it('puts its errors in the model from a child process', async () => {
    app = await copyFixtureApp('broken-typecheck-app');
    const evaluator = new ConfigEvaluator();
    const typecheck = new AppTypecheck(app.dir);
    try {
      const project = new AppProject(app.dir, evaluator);
      const loaded = await project.load();
      expect(loaded.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
      const model = await project.setTypecheck(await typecheck.check());
      expect(model.typecheck).toMatchObject({ state: 'done', errorCount: 1 });
      expect(model.problems).toEqual([expect.objectContaining({ file: 'src/logic-functions/hello.ts', line: 6, column: 9, severity: 'error', source: 'typecheck', message: expect.stringMatching(/^TS2322: Type 'string' is not assignable to type 'number'/) })]);
    } finally {
      typecheck.dispose();
      evaluator.dispose();
    }

  }, 120_000);

  it('is unavailable, like the SDK step, when the app has no tsc', async () => {
    app = await copyFixtureApp('broken-typecheck-app');
    expect(new TscCheck(app.dir, null).check()).toMatchObject({ state: 'unavailable' });
  });
});
