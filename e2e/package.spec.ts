import { expect, test } from './fixtures';
import { PackagePane } from './pages/release-panes';

test('click Package and see the tarball’s files', async ({ studio }) => {
  test.setTimeout(120_000);
  const pane = new PackagePane(studio.page);
  await pane.open();
  await pane.buildButton.click();

  await expect(pane.tarball).toHaveText(/basic-app-0\.1\.0\.tgz$/, { timeout: 90_000 });
  await expect(pane.file('manifest.json')).toBeVisible();
  await expect(pane.file('package.json')).toBeVisible();
  for (const name of ['hello', 'on-person-name-updated', 'post-install', 'sync-post-cards']) {
    await expect(pane.file(`src/logic-functions/${name}.mjs`)).toBeVisible();
  }
});
