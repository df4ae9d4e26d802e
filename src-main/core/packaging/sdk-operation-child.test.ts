import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleHarness, descendantsOf, killAll, pidsWithCommandLine, startHarness, survivorsAfter } from '../runner/child-harness.test-helper';

let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'studio-sdk-child-'));
});

afterAll(() => {
  killAll(pidsWithCommandLine(['sleep', '1002.5']));
  rmSync(scratch, { recursive: true, force: true });
});

describe.skipIf(process.platform !== 'linux')('runSdkOperation', () => {
  it('ends the SDK child and what it started when the studio is SIGKILLed', async () => {
    // A build that never ends and starts a tool of its own, as appBuild starts tsc and npm.
    const sdkCliPath = join(scratch, 'fake-sdk-cli.js');
    writeFileSync(sdkCliPath, `exports.appBuild = () => new Promise(() => {
      require('node:child_process').spawn('sleep', ['1002.5'], { stdio: 'ignore' });
      setInterval(() => undefined, 1000);
    });\n`);
    const harness = await bundleHarness(scratch, 'studio', `
      import { runSdkOperation } from ${JSON.stringify(resolve(__dirname, 'sdk-operation-child.ts'))};
      const [sdkCliPath, cwd] = process.argv.slice(2);
      void runSdkOperation({ operation: 'build', sdkCliPath, appPath: cwd }, { cwd, timeoutMs: 600_000 });
      setTimeout(() => console.log('ready'), 1500);
      setInterval(() => undefined, 1000);
    `);
    const studio = startHarness(harness, [sdkCliPath, scratch]);
    await studio.waitFor('ready');
    const children = descendantsOf(studio.process.pid!);
    expect(pidsWithCommandLine(['sleep', '1002.5']).length).toBe(1);
    studio.process.kill('SIGKILL');
    const survivors = await survivorsAfter(children, 4_000);
    killAll(survivors);
    expect(survivors).toEqual([]);
  });
});
