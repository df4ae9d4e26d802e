/** Issue 15 item 17: one-shot CLI calls reuse the evaluated configs while the app's content is the same. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { copyFixtureApp, type TempApp } from '../../../test/helpers/temp-app';
import { AppProject } from './app-project';
import { ConfigEvaluator } from './config-evaluator';
import { EvaluationCache } from './evaluation-cache';

class CountingEvaluator extends ConfigEvaluator {
  calls = 0;
  override evaluate(...args: Parameters<ConfigEvaluator['evaluate']>) {
    this.calls += 1;
    return super.evaluate(...args);
  }
}

let app: TempApp;
let cacheDir: string;
const evaluator = new CountingEvaluator(10_000);
beforeAll(async () => {
  app = await copyFixtureApp('basic-app');
  cacheDir = await mkdtemp(join(tmpdir(), 'evaluation-cache-'));
});
afterAll(async () => {
  evaluator.dispose();
  await app.cleanup();
  await rm(cacheDir, { recursive: true, force: true });
});

it('evaluates once per content, and again after an edit', async () => {
  const cache = new EvaluationCache(cacheDir);
  const first = await new AppProject(app.dir, evaluator, { evaluationCache: cache }).load();
  expect(evaluator.calls).toBe(1);
  const second = await new AppProject(app.dir, evaluator, { evaluationCache: cache }).load();
  expect(evaluator.calls).toBe(1);
  expect(second.entities).toEqual(first.entities);
  expect(second.manifest).toEqual(first.manifest);
  expect(second.problems).toEqual(first.problems);

  const path = join(app.dir, 'src/logic-functions/hello.ts');
  await writeFile(path, (await readFile(path, 'utf8')).replace("path: '/hello/:name'", "path: '/hi/:name'"));
  const edited = await new AppProject(app.dir, evaluator, { evaluationCache: cache }).load();
  expect(evaluator.calls).toBe(2);
  expect(edited.entities.find((entity) => entity.file === 'src/logic-functions/hello.ts')?.config?.httpRouteTriggerSettings).toMatchObject({ path: '/hi/:name' });
}, 90_000);
