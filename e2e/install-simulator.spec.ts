import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { InstallSimulatorPane } from './pages/release-panes';
import { StudioPage } from './pages/studio-page';

/**
 * Gives the studio's copy of basic-app a git history: v0.1.0 as it is, then v0.2.0 whose
 * post-install runs on upgrades and whose postCard.stampCount field is gone (a destructive change).
 */
async function tagTwoVersions(appDir: string): Promise<void> {
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=studio-e2e@example.com', '-c', 'user.name=Studio E2E', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', '-C', appDir, ...args]);
  const edit = async (file: string, change: (text: string) => string) => {
    const full = path.join(appDir, file);
    await writeFile(full, change(await readFile(full, 'utf8')));
  };
  await writeFile(path.join(appDir, '.gitignore'), 'node_modules\n.twenty\n');
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'Basic App 0.1.0');
  git('tag', 'v0.1.0');
  await edit('package.json', (text) => text.replace('"version": "0.1.0"', '"version": "0.2.0"'));
  await edit('src/logic-functions/post-install.ts', (text) => text.replace('  timeoutSeconds: 30,\n', '  timeoutSeconds: 30,\n  shouldRunOnVersionUpgrade: true,\n'));
  await edit('src/objects/post-card.ts', (text) => text.replace(/    \{\n      universalIdentifier: '1ed0f660[\s\S]*?\n    \},\n/, ''));
  git('add', '-A');
  git('commit', '-q', '-m', 'Basic App 0.2.0');
  git('tag', 'v0.2.0');
}

test('pick two tags, simulate the upgrade and read the timeline', async ({ page, studioServer }) => {
  test.setTimeout(120_000);
  await tagTwoVersions(studioServer.appDir);
  const studio = new StudioPage(page, studioServer);
  await studio.goto();

  const simulator = new InstallSimulatorPane(page);
  await simulator.open();
  await simulator.pickTag('from', 'v0.1.0');
  await simulator.pickTag('to', 'v0.2.0');
  await simulator.runButton.click();

  await expect(simulator.outcome).toHaveAttribute('data-outcome', 'UPGRADED', { timeout: 90_000 });
  await expect(simulator.outcome).toContainText('0.1.0 → 0.2.0');
  await expect(simulator.steps).toHaveCount(9);
  await expect(simulator.step('CHECK_VERSION')).toHaveAttribute('data-status', 'done');
  await expect(simulator.step('CREATE_APPLICATION')).toHaveAttribute('data-status', 'skipped');
  await expect(simulator.step('PRE_INSTALL_HOOK')).toHaveAttribute('data-status', 'skipped');
  await expect(simulator.step('PRE_INSTALL_HOOK').getByTestId('install-step-reason')).toHaveText(/no pre-install/);
  // The real post-install ran in the sandbox, queued and picked up by the simulated worker.
  const post = simulator.step('POST_INSTALL_HOOK');
  await expect(post).toHaveAttribute('data-status', 'queued');
  await expect(post.getByTestId('install-step-job')).toHaveText('succeeded · 1 attempt');
  await expect(post.getByTestId('hook-logs')).toContainText('Installed version 0.2.0');
  await expect(simulator.destructive).toContainText('postCard.stampCount');
});
