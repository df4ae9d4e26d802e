import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';

test('a syntax error written from outside shows in Problems with its file and line', async ({ studio }) => {
  await writeFile(
    path.join(studio.server.appDir, 'src', 'logic-functions', 'broken.ts'),
    `import { defineLogicFunction } from 'twenty-sdk/define';

export default defineLogicFunction({
  universalIdentifier: '5d0c8a7e-2b7b-4f61-9f3e-0c7f0b1f2a33',
  name: 'broken'
  handler: async () => 1,
});
`,
  );
  await studio.problems.show();
  const row = studio.problems.rowsFor('src/logic-functions/broken.ts');
  await expect(row.first()).toBeVisible();
  await expect(row.first().getByTestId('problem-location')).toHaveText(/^src\/logic-functions\/broken\.ts:6:\d+$/);
  await expect(studio.page.getByTestId('panel-tab-problems-count')).not.toHaveText('0');

  await row.first().click();
  await expect(studio.editor.tab('src/logic-functions/broken.ts')).toHaveAttribute('data-active', 'true');
});
