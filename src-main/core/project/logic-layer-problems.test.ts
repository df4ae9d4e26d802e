// The server's checks on the logic layer reach `inspect` as located problems, in the file and on the
// line of the property they are about.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtureApp, type TempApp } from '../../../test/helpers/temp-app';
import { inspectApp } from './inspect';

describe('logic-layer problems', () => {
  let app: TempApp;
  let result: Awaited<ReturnType<typeof inspectApp>>;

  beforeAll(async () => {
    app = await copyFixtureApp('logic-layer-app');
    // A second skill named "triage", an agent role that is not in the app, an OAuth secret that is no server variable.
    await writeFile(join(app.dir, 'src/ai/triage-copy.ts'), [
      "import { defineSkill } from 'twenty-sdk/define';",
      '',
      'export default defineSkill({',
      "  universalIdentifier: 'c9673412-0b48-4372-a1a8-a9cc00f9842e',",
      "  name: 'triage',",
      "  label: 'Triage again',",
      "  content: 'Same name',",
      '});',
      '',
    ].join('\n'));
    const agentFile = join(app.dir, 'src/ai/triage-agent.ts');
    await writeFile(agentFile, (await readFile(agentFile, 'utf8')).replace('roleUniversalIdentifier: AGENT_ROLE_UNIVERSAL_IDENTIFIER', "roleUniversalIdentifier: '0b9e3a3e-4b8f-4c9a-9d0e-6b8a1f2e3d4c'"));
    const providerFile = join(app.dir, 'src/connections/github.ts');
    await writeFile(providerFile, (await readFile(providerFile, 'utf8')).replace("clientSecretVariable: 'GITHUB_CLIENT_SECRET'", "clientSecretVariable: 'GITHUB_SECRET'"));
    result = await inspectApp(app.dir);
  }, 60_000);

  afterAll(async () => {
    await app?.cleanup();
  });

  it('locates each problem at its property', () => {
    expect(result.errors).toEqual(expect.arrayContaining([
      { file: 'src/ai/triage-copy.ts', line: 5, column: 3, message: 'Skill with name "triage" already exists' },
      { file: 'src/ai/triage-skill.ts', line: 7, column: 3, message: 'Skill with name "triage" already exists' },
      {
        file: 'src/ai/triage-agent.ts', line: 21, column: 3,
        message: 'Agent "triage-agent" references role "0b9e3a3e-4b8f-4c9a-9d0e-6b8a1f2e3d4c", which is not defined by this application.',
      },
      expect.objectContaining({ file: 'src/connections/github.ts', line: 9, message: expect.stringContaining('oauth.clientSecretVariable "GITHUB_SECRET" is not a serverVariable') }),
    ]));
  });

  it('still lists the skills, agents and connection providers', () => {
    expect(result.skills.map((skill) => skill.label).sort()).toEqual(['Triage', 'Triage again']);
    expect(result.agents).toHaveLength(1);
    expect(result.connectionProviders).toHaveLength(1);
  });
});
