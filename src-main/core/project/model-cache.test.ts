/** Issue 15 item 17: a one-shot load of an unchanged app reuses the model built from the same content, parsing no source. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { copyFixtureApp, type TempApp } from '../../../test/helpers/temp-app';
import { AppProject } from './app-project';
import { ConfigEvaluator } from './config-evaluator';
import { EvaluationCache } from './evaluation-cache';

const discovered = vi.hoisted(() => ({ files: [] as string[] }));
vi.mock('../../../src-shared/twenty/entity-discovery', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src-shared/twenty/entity-discovery')>();
  return {
    ...actual,
    discoverEntity: (file: string, text: string) => {
      discovered.files.push(file);
      return actual.discoverEntity(file, text);
    },
  };
});

let app: TempApp;
let cacheDir: string;
const evaluator = new ConfigEvaluator(10_000);
beforeAll(async () => {
  app = await copyFixtureApp('basic-app');
  cacheDir = await mkdtemp(join(tmpdir(), 'model-cache-'));
});
afterAll(async () => {
  evaluator.dispose();
  await app.cleanup();
  await rm(cacheDir, { recursive: true, force: true });
});

const load = () => new AppProject(app.dir, evaluator, { evaluationCache: new EvaluationCache(cacheDir) }).load();

it('reuses the model while the content is the same, and builds it again after a README or source edit', async () => {
  const first = await load();
  expect(discovered.files.length).toBeGreaterThan(0);

  discovered.files = [];
  const second = await load();
  expect(discovered.files).toEqual([]);
  const { revision: _r1, evaluationMs: _e1, ...firstRest } = first;
  const { revision: _r2, evaluationMs: _e2, ...secondRest } = second;
  expect(secondRest).toEqual(firstRest);

  // README.md feeds the manifest but not the evaluation key: the model is built again.
  await writeFile(join(app.dir, 'README.md'), '# Basic app\n\nA description from the README.\n');
  const withReadme = await load();
  expect(discovered.files.length).toBeGreaterThan(0);
  expect(withReadme.manifest).not.toEqual(first.manifest);

  discovered.files = [];
  const path = join(app.dir, 'src/logic-functions/hello.ts');
  await writeFile(path, (await readFile(path, 'utf8')).replace("path: '/hello/:name'", "path: '/hi/:name'"));
  const edited = await load();
  expect(discovered.files).toContain('src/logic-functions/hello.ts');
  expect(edited.entities.find((entity) => entity.file === 'src/logic-functions/hello.ts')?.config?.httpRouteTriggerSettings).toMatchObject({ path: '/hi/:name' });
}, 120_000);
