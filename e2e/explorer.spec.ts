import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';

test('lists the app’s functions under their triggers', async ({ studio }) => {
  const { explorer } = studio;
  await expect(explorer.functionNamed('hello', 'routes')).toContainText('GET /hello/:name');
  await expect(explorer.functionNamed('sync-post-cards', 'cron')).toContainText('*/15 * * * *');
  await expect(explorer.functionNamed('on-person-name-updated', 'databaseEvents')).toContainText('person.updated');
  await expect(studio.page.getByTestId('explorer-install-hook')).toHaveCount(1);
  await expect(studio.page.getByTestId('explorer-role')).toHaveCount(1);
});

test('selecting a function opens its file and shows its config in the inspector', async ({ studio }) => {
  await studio.explorer.openFunction('hello');
  await expect(studio.editor.tab('src/logic-functions/hello.ts')).toHaveAttribute('data-active', 'true');
  await expect(studio.page.getByTestId('inspector-config')).toContainText('"path": "/hello/:name"');
});

test('follows a file written by another editor without a click', async ({ studio }) => {
  await writeFile(
    path.join(studio.server.appDir, 'src', 'logic-functions', 'goodbye.ts'),
    `import { defineLogicFunction } from 'twenty-sdk/define';

export default defineLogicFunction({
  universalIdentifier: '0b7f6a52-3f43-4c0e-9d0e-6d1c2f1c9a11',
  name: 'goodbye',
  cronTriggerSettings: { pattern: '0 18 * * *' },
  handler: async () => 'bye',
});
`,
  );
  await expect(studio.explorer.functionNamed('goodbye', 'cron')).toContainText('0 18 * * *');
});
