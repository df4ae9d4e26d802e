/** Issue 15 item 4: what the SDK builds fine is not an error here. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transformConditionalAvailability } from '../../../src-shared/twenty/conditional-availability';
import { copyFixtureApp, type TempApp } from '../../../test/helpers/temp-app';
import { AppProject } from './app-project';
import { ConfigEvaluator } from './config-evaluator';

const evaluator = new ConfigEvaluator(5_000);
let app: TempApp;
beforeAll(async () => {
  app = await copyFixtureApp('basic-app');
});
afterAll(async () => {
  evaluator.dispose();
  await app.cleanup();
});

const COMMAND = `import { defineCommandMenuItem, isDefined, numberOfSelectedRecords, selectedRecords } from 'twenty-sdk/define';

export default defineCommandMenuItem({
  universalIdentifier: '6c1e0c3d-7b2f-4e8a-9c6d-0f1e2d3c4b5a',
  label: 'Enrich',
  frontComponentUniversalIdentifier: '7d1e0c3d-7b2f-4e8a-9c6d-0f1e2d3c4b5a',
  conditionalAvailabilityExpression: numberOfSelectedRecords === 1 && isDefined(selectedRecords) && selectedRecords.length > 0,
});
`;

describe('conditionalAvailabilityExpression', () => {
  it('is turned into the expression string the SDK writes, never evaluated', async () => {
    await writeFile(join(app.dir, 'src/enrich-command.ts'), COMMAND);
    const model = await new AppProject(app.dir, evaluator).load();
    const entity = model.entities.find((candidate) => candidate.file === 'src/enrich-command.ts');
    expect(model.problems.filter((problem) => problem.file === 'src/enrich-command.ts')).toEqual([]);
    expect(entity?.config?.conditionalAvailabilityExpression).toBe('numberOfSelectedRecords == 1 and isDefined(selectedRecords) and arrayLength(selectedRecords) > 0');
  }, 60_000);

  it('transforms text exactly as the SDK does, files without an expression untouched', () => {
    // The SDK's pattern lets `\s*` give back the space before a quote, so even a quoted expression is
    // wrapped once more: the manifest holds "'a == b'". Faithful, so the studio shows what ships.
    expect(transformConditionalAvailability("x({ conditionalAvailabilityExpression: 'a == b' })")).toBe(`x({ conditionalAvailabilityExpression:"'a == b'"})`);
    expect(transformConditionalAvailability("x({ conditionalAvailabilityExpression:'a == b' })")).toBe("x({ conditionalAvailabilityExpression:'a == b' })");
    expect(transformConditionalAvailability('const x = !a || b;')).toBe('const x = !a || b;');
    expect(transformConditionalAvailability('x({ conditionalAvailabilityExpression: !isSelectAll, label: "y" })')).toBe('x({ conditionalAvailabilityExpression: "not isSelectAll", label: "y" })');
  });

  it('flags, as the SDK does, an expression variable imported by a file with no expression', async () => {
    await writeFile(join(app.dir, 'src/uses-variable.ts'), "import { pageType } from 'twenty-sdk/define';\nexport const page = () => pageType;\n");
    const model = await new AppProject(app.dir, evaluator).load();
    expect(model.problems.filter((problem) => problem.file === 'src/uses-variable.ts')).toEqual([
      expect.objectContaining({ line: 1, column: 10, severity: 'error', message: expect.stringContaining('"pageType" is a conditional-availability expression variable from twenty-sdk but this file has no conditionalAvailabilityExpression') }),
    ]);
  }, 60_000);
});

describe('updatedFields', () => {
  it("accepts a relation's join column (the server's event diff lists personId), flags the relation name", async () => {
    const path = join(app.dir, 'src/logic-functions/on-company-change.ts');
    const source = (fields: string[]) => `import { defineLogicFunction } from 'twenty-sdk/define';
export default defineLogicFunction({
  universalIdentifier: '8e1e0c3d-7b2f-4e8a-9c6d-0f1e2d3c4b5a',
  name: 'on-company-change',
  handler: async () => null,
  databaseEventTriggerSettings: { eventName: 'person.updated', updatedFields: ${JSON.stringify(fields)} },
});
`;
    await writeFile(path, source(['companyId', 'jobTitle']));
    const project = new AppProject(app.dir, evaluator);
    const model = await project.load();
    expect(model.problems.filter((problem) => problem.file === 'src/logic-functions/on-company-change.ts')).toEqual([]);
    await writeFile(path, source(['company']));
    const changed = await project.applyChanges(['src/logic-functions/on-company-change.ts']);
    const flagged = changed!.problems.filter((problem) => problem.file === 'src/logic-functions/on-company-change.ts');
    expect(flagged).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('use "companyId"') })]);
    // The problem points at the value in the array, not at databaseEventTriggerSettings (issue 15 item 13).
    const text = await readFile(path, 'utf8');
    const lines = text.split('\n');
    const lineIndex = lines.findIndex((line) => line.includes('"company"'));
    expect(flagged[0]).toMatchObject({ line: lineIndex + 1, column: lines[lineIndex].indexOf('"company"') + 1 });
  }, 60_000);
});

describe('SDK build checks in the model (issue 15 item 5)', () => {
  it('warns at the package.json key when twenty-sdk is under dependencies', async () => {
    const path = join(app.dir, 'package.json');
    const packageJson = JSON.parse(await readFile(path, 'utf8'));
    packageJson.dependencies = { ...(packageJson.dependencies ?? {}), 'twenty-sdk': packageJson.devDependencies?.['twenty-sdk'] ?? '2.43.0' };
    await writeFile(path, `${JSON.stringify(packageJson, null, 2)}\n`);
    const model = await new AppProject(app.dir, evaluator).load();
    const lines = (await readFile(path, 'utf8')).split('\n');
    const dependencies = lines.findIndex((text) => text.includes('"dependencies"'));
    const line = dependencies + lines.slice(dependencies).findIndex((text) => text.includes('"twenty-sdk"')) + 1;
    expect(model.problems).toContainEqual(expect.objectContaining({ file: 'package.json', line, severity: 'warning', source: 'sdk', message: expect.stringContaining('"twenty-sdk" is listed under "dependencies"') }));
  }, 60_000);
});

describe('inferred input schema (issue 15 item 13)', () => {
  it('warns when a typed parameter leaves the workflow input schema empty, not for an inline type', async () => {
    const path = join(app.dir, 'src/logic-functions/workflow-step.ts');
    const source = (parameter: string) => `import { defineLogicFunction } from 'twenty-sdk/define';
type StepInput = { name: string };
const handler = async (${parameter}) => input;
export default defineLogicFunction({
  universalIdentifier: '9f2e0c3d-7b2f-4e8a-9c6d-0f1e2d3c4b5a',
  name: 'workflow-step',
  handler,
  workflowActionTriggerSettings: { label: 'Step' },
});
`;
    await writeFile(path, source('input: StepInput'));
    const project = new AppProject(app.dir, evaluator);
    const model = await project.load();
    expect(model.manifest.logicFunctions.find((fn) => fn.name === 'workflow-step')?.workflowActionTriggerSettings).toMatchObject({ inputSchema: [{ type: 'object', properties: {} }] });
    expect(model.problems.filter((problem) => problem.file === 'src/logic-functions/workflow-step.ts')).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('typed StepInput, but the SDK infers the input schema only from an inline object type') }),
    ]);
    await writeFile(path, source('input: { name: string }'));
    const inline = await project.applyChanges(['src/logic-functions/workflow-step.ts']);
    expect(inline!.problems.filter((problem) => problem.file === 'src/logic-functions/workflow-step.ts')).toEqual([]);
  }, 60_000);
});
