import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes a Twenty app with `count` logic functions spread over every trigger kind, linked to the repo's node_modules. */
export async function generateApp(repoRoot: string, count: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `bench-app-${count}-`));
  await mkdir(join(dir, 'src', 'logic-functions'), { recursive: true });
  await mkdir(join(dir, 'src', 'roles'), { recursive: true });
  await symlink(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'bench-app', version: '1.0.0', engines: { twenty: '>=2.40.0' } }, null, 2));
  await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, skipLibCheck: true, moduleResolution: 'bundler', module: 'ESNext', target: 'ES2022', baseUrl: '.', paths: { 'src/*': ['./src/*'] } } }, null, 2));
  await writeFile(join(dir, 'src', 'application-config.ts'), `import { defineApplication } from 'twenty-sdk/define';\nexport default defineApplication({ universalIdentifier: '${randomUUID()}', displayName: 'Bench' });\n`);
  await writeFile(join(dir, 'src', 'roles', 'default-role.ts'), `import { defineApplicationRole } from 'twenty-sdk/define';\nexport default defineApplicationRole({ universalIdentifier: '${randomUUID()}', label: 'Bench' });\n`);
  await writeFile(join(dir, 'src', 'shared.ts'), "export const PREFIX = 'bench';\n");
  const triggers = [
    (i: number) => `httpRouteTriggerSettings: { path: \`/\${PREFIX}/${i}/:id\`, httpMethod: 'GET', isAuthRequired: false }`,
    (i: number) => `cronTriggerSettings: { pattern: '*/${(i % 59) + 1} * * * *' }`,
    () => "databaseEventTriggerSettings: { eventName: 'person.updated', updatedFields: ['name'] }",
    () => 'toolTriggerSettings: {}',
    (i: number) => `workflowActionTriggerSettings: { label: 'Step ${i}' }`,
  ];
  for (let i = 0; i < count; i += 1) {
    await writeFile(join(dir, 'src', 'logic-functions', `function-${i}.ts`), [
      "import { defineLogicFunction } from 'twenty-sdk/define';",
      "import { PREFIX } from '../shared';",
      `const handler = async (input: { value: number }) => ({ doubled: input.value * 2, prefix: PREFIX, i: ${i} });`,
      'export default defineLogicFunction({',
      `  universalIdentifier: '${randomUUID()}',`,
      `  name: 'function-${i}',`,
      '  handler,',
      `  ${triggers[i % triggers.length](i)},`,
      '});',
      '',
    ].join('\n'));
  }
  return dir;
}
