import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installResultSchema } from '../../../src-shared/contract/install';
import { createInstallFixtureRepo, type InstallFixtureRepo } from '../../../test/fixtures/install/fixture-repo';
import { UsageError } from '../cli-io';
import { installCommand } from './install';

let repo: InstallFixtureRepo;
beforeAll(async () => {
  repo = await createInstallFixtureRepo();
});
afterAll(() => repo?.cleanup());

const capture = () => {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (text: string) => void (out.stdout += text), stderr: (text: string) => void (out.stderr += text) } };
};

describe('twenty-studio install', () => {
  it('--json prints exactly the result; progress goes to stderr; FAILED exits 1', async () => {
    const { out, io } = capture();
    const code = await installCommand([repo.appDir, '--from', 'v2.0.0', '--json'], io);
    expect(code).toBe(1);
    const result = installResultSchema.parse(JSON.parse(out.stdout));
    expect(result).toMatchObject({ outcome: 'FAILED', errorCode: 'PRE_INSTALL_ERROR', previousVersion: '2.0.0', newVersion: '2.1.0' });
    expect(out.stderr).toContain('[PRE_INSTALL_HOOK] ');
    expect(out.stderr).toContain('pre-install 2.0.0 -> 2.1.0');
  }, 60_000);

  it('prints a readable timeline and exits 0 on success', async () => {
    const { out, io } = capture();
    const code = await installCommand([repo.appDir, '--from', 'v1.1.0', '--to', 'v2.0.0', '--server-version', '2.43.0'], io);
    expect(code).toBe(0);
    expect(out.stdout).toMatch(/^Install 1\.1\.0 -> 2\.0\.0 on Twenty 2\.43\.0$/m);
    expect(out.stdout).toMatch(/skip\s+PRE_INSTALL_HOOK\s+version upgrade and shouldRunOnVersionUpgrade is false/);
    expect(out.stdout).toMatch(/attempt retryCount=2: SUCCESS/);
    expect(out.stdout.trim().split('\n').at(-1)).toBe('UPGRADED');
  }, 60_000);

  it.each([
    [['--to', 'v1.0.0'], /needs --from/],
    [['a', 'b', '--from', 'none'], /at most one/],
    [['--from', 'none', '--to', 'none'], /cannot be none/],
    [['--from', 'none', '--post-sync', 'yes'], /--post-sync takes true or false/],
    [['--from', 'none', '--link-deps', '--install-deps'], /--link-deps and --install-deps exclude each other/],
  ])('refuses %j', async (argv, message) => {
    await expect(installCommand(argv, capture().io)).rejects.toThrow(UsageError);
    await expect(installCommand(argv, capture().io)).rejects.toThrow(message);
  });
});
