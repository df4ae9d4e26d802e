import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtureApp, type TempApp } from '../../../test/helpers/temp-app';
import { AppProject } from './app-project';
import { ConfigEvaluator } from './config-evaluator';

const evaluator = new ConfigEvaluator(2_000);
afterAll(() => evaluator.dispose());

describe('AppProject', () => {
  let app: TempApp;
  beforeAll(async () => {
    app = await copyFixtureApp('basic-app');
  });
  afterAll(() => app.cleanup());

  it('lists entities with evaluated configs and no problems', async () => {
    const model = await new AppProject(app.dir, evaluator).load();
    expect(model.problems).toEqual([]);
    const hello = model.entities.find((entity) => entity.file === 'src/logic-functions/hello.ts');
    expect(hello?.config?.httpRouteTriggerSettings).toMatchObject({ path: '/hello/:name', httpMethod: 'GET' });
    expect(hello?.config?.handler).toEqual({ __function: 'handler' });
    expect(model.manifest.application?.displayName).toBeTruthy();
    expect(model.files).toContain('package.json');
    expect(model.files.some((file) => file.startsWith('node_modules'))).toBe(false);
  });

  it('re-evaluates a changed file and keeps the others', async () => {
    const project = new AppProject(app.dir, evaluator);
    await project.load();
    const path = join(app.dir, 'src/logic-functions/hello.ts');
    const original = await readFile(path, 'utf8');
    try {
      await writeFile(path, original.replace("path: '/hello/:name'", "path: '/greet/:name'"));
      const model = await project.applyChanges(['src/logic-functions/hello.ts']);
      const hello = model?.entities.find((entity) => entity.file === 'src/logic-functions/hello.ts');
      expect(hello?.config?.httpRouteTriggerSettings).toMatchObject({ path: '/greet/:name' });
      expect(model?.entities.length).toBe(project.model?.entities.length);
      // Unchanged content is no change at all.
      expect(await project.applyChanges(['src/logic-functions/hello.ts'])).toBeNull();
    } finally {
      await writeFile(path, original);
    }
  });

  it('re-evaluates entities that import a changed module', async () => {
    const project = new AppProject(app.dir, evaluator);
    await writeFile(join(app.dir, 'src/route-prefix.ts'), "export const PREFIX = 'one';\n");
    const fnPath = join(app.dir, 'src/logic-functions/computed.ts');
    await writeFile(fnPath, [
      "import { defineLogicFunction } from 'twenty-sdk/define';",
      "import { PREFIX } from '../route-prefix';",
      'export default defineLogicFunction({',
      "  universalIdentifier: '0d3c5f7e-2b4a-4c6d-8e9f-1a2b3c4d5e6f',",
      '  name: `computed-${PREFIX}`,',
      '  handler: async () => PREFIX,',
      '  httpRouteTriggerSettings: { path: `/${PREFIX}`, httpMethod: "GET", isAuthRequired: false },',
      '});',
    ].join('\n'));
    try {
      await project.load();
      await writeFile(join(app.dir, 'src/route-prefix.ts'), "export const PREFIX = 'two';\n");
      const model = await project.applyChanges(['src/route-prefix.ts']);
      const computed = model?.entities.find((entity) => entity.file === 'src/logic-functions/computed.ts');
      expect(computed?.config?.name).toBe('computed-two');
      expect(computed?.config?.httpRouteTriggerSettings).toMatchObject({ path: '/two' });
    } finally {
      await rm(fnPath);
      await rm(join(app.dir, 'src/route-prefix.ts'));
    }
  });

  it('reports a syntax error at its line and keeps the rest of the app, with the last good config', async () => {
    const project = new AppProject(app.dir, evaluator);
    await project.load();
    const path = join(app.dir, 'src/logic-functions/hello.ts');
    const original = await readFile(path, 'utf8');
    try {
      await writeFile(path, `${original}\nconst = ;\n`);
      const model = await project.applyChanges(['src/logic-functions/hello.ts']);
      const problem = model?.problems.find((item) => item.file === 'src/logic-functions/hello.ts');
      expect(problem).toMatchObject({ severity: 'error', line: original.split('\n').length + 1 });
      const hello = model?.entities.find((entity) => entity.file === 'src/logic-functions/hello.ts');
      expect(hello?.stale).toBe(true);
      expect(hello?.config?.name).toBe('hello');
      expect(model?.entities.filter((entity) => entity.config).length).toBe(model?.entities.length);
    } finally {
      await writeFile(path, original);
    }
  });

  it('reports what the SDK lets through but the server trips on, at the wrong value', async () => {
    const project = new AppProject(app.dir, evaluator);
    const path = join(app.dir, 'src/logic-functions/sync-post-cards.ts');
    const original = await readFile(path, 'utf8');
    try {
      await writeFile(path, original.replace("'*/15 * * * *'", "'61 * * * *'"));
      const model = await project.load();
      const problem = model.problems.find((item) => item.file === 'src/logic-functions/sync-post-cards.ts' && item.severity === 'error');
      expect(problem?.message).toBe('Cron pattern "61 * * * *": minute must be 0-59 (field 1)');
      // The pattern's value, not its parent cronTriggerSettings (issue 15 item 13).
      const lines = original.split('\n');
      const line = lines.findIndex((text) => text.includes("'*/15 * * * *'")) + 1;
      expect(problem?.line).toBe(line);
      expect(problem?.column).toBe(lines[line - 1].indexOf("'*/15 * * * *'") + 1);
    } finally {
      await writeFile(path, original);
    }
  });

  it('reports a file whose top-level code never finishes, without hanging', async () => {
    const project = new AppProject(app.dir, evaluator);
    const path = join(app.dir, 'src/logic-functions/forever.ts');
    await writeFile(path, "import { defineLogicFunction } from 'twenty-sdk/define';\nwhile (true) {}\nexport default defineLogicFunction({ universalIdentifier: '4f3c5f7e-2b4a-4c6d-8e9f-1a2b3c4d5e6f', handler: () => 1 });\n");
    try {
      const model = await project.load();
      expect(model.problems.find((problem) => problem.file === 'src/logic-functions/forever.ts')?.message).toMatch(/top-level code never finished/);
      expect(model.entities.find((entity) => entity.file === 'src/logic-functions/hello.ts')?.config).toBeTruthy();
    } finally {
      await rm(path);
    }
  }, 30_000);
});

describe('AppProject without dependencies', () => {
  let app: TempApp;
  afterEach(() => app.cleanup());

  it('says the dependencies are missing and still lists the entities from discovery', async () => {
    app = await copyFixtureApp('basic-app');
    await rm(join(app.dir, 'node_modules'));
    // A parent folder's node_modules would satisfy Node's lookup; the temp folder has none.
    const model = await new AppProject(app.dir, evaluator).load();
    expect(model.dependencies.state).toBe('missing-node-modules');
    expect(model.dependencies.message).toMatch(/npm install/);
    expect(model.entities.length).toBeGreaterThan(3);
    expect(model.entities.every((entity) => entity.config === null)).toBe(true);
  });
});

describe('AppProject: duplicate function names (issue 15 item 6)', () => {
  it('flags a new function named like an existing one, at the name of each', async () => {
    const app = await copyFixtureApp('basic-app');
    try {
      const hello = await readFile(join(app.dir, 'src/logic-functions/hello.ts'), 'utf8');
      const copy = hello.replace(/universalIdentifier: '[^']+'/, "universalIdentifier: '5a1e0c3d-7b2f-4e8a-9c6d-0f1e2d3c4b5a'").replace(/path: '[^']+'/, "path: '/other/:name'");
      await writeFile(join(app.dir, 'src/logic-functions/hello-copy.ts'), copy);
      const model = await new AppProject(app.dir, evaluator).load();
      const flagged = model.problems.filter((problem) => problem.message.includes('also named "hello"'));
      expect(flagged.map((problem) => problem.file).sort()).toEqual(['src/logic-functions/hello-copy.ts', 'src/logic-functions/hello.ts']);
      const nameLine = hello.split('\n').findIndex((line) => /^\s*name:/.test(line)) + 1;
      expect(flagged.find((problem) => problem.file === 'src/logic-functions/hello.ts')).toMatchObject({ severity: 'warning', line: nameLine });
    } finally {
      await app.cleanup();
    }
  }, 60_000);
});
