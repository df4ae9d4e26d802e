import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleHarness, compileChildEntry, descendantsOf, killAll, startHarness, survivorsAfter } from '../runner/child-harness.test-helper';

let scratch: string;
let harness: string;
let appDir: string;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'studio-evaluate-child-'));
  // resolveChildScript looks next to the asking bundle first.
  await compileChildEntry(scratch, 'evaluate-child', join(__dirname, 'evaluate-child.ts'));
  harness = await bundleHarness(scratch, 'studio', `
    import { ConfigEvaluator } from ${JSON.stringify(resolve(__dirname, 'config-evaluator.ts'))};
    const [mode, appDir] = process.argv.slice(2);
    const evaluator = new ConfigEvaluator(60_000);
    if (mode === 'spare') evaluator.warmUp(appDir);
    else void evaluator.evaluate(appDir, [{ file: 'src/spin.ts', code: 'for (;;) {}' }]);
    setTimeout(() => console.log('ready'), 1500);
    setInterval(() => undefined, 1000);
  `);
  // An app whose SDK leaves a timer running when loaded: a spare that preloaded it never ends by itself.
  appDir = join(scratch, 'app');
  mkdirSync(join(appDir, 'node_modules/twenty-sdk'), { recursive: true });
  writeFileSync(join(appDir, 'package.json'), '{"name":"app"}');
  writeFileSync(join(appDir, 'node_modules/twenty-sdk/package.json'), '{"name":"twenty-sdk","exports":{"./define":"./define.js"}}');
  writeFileSync(join(appDir, 'node_modules/twenty-sdk/define.js'), 'setInterval(() => undefined, 20);\n');
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe.skipIf(process.platform !== 'linux')('evaluate-child', () => {
  it.each(['spare', 'spinning'])('exits when the studio is SIGKILLed (%s child)', async (mode) => {
    const studio = startHarness(harness, [mode, appDir]);
    await studio.waitFor('ready');
    const children = descendantsOf(studio.process.pid!);
    expect(children.length).toBeGreaterThanOrEqual(1);
    studio.process.kill('SIGKILL');
    const survivors = await survivorsAfter(children, 4_000);
    killAll(survivors);
    expect(survivors).toEqual([]);
  });
});
