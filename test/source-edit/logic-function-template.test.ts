// Typechecks the "New function" templates against the real twenty-sdk types, in a copy of the basic
// fixture app (tests may touch the disk; src-shared may not, hence this file lives here).
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { discoverEntity } from '../../src-shared/twenty/entity-discovery';
import { applyConfigEdit, createLogicFunctionSource } from '../../src-shared/twenty/source-edit/config-edits';
import { describeConfigLiteral } from '../../src-shared/twenty/source-edit/config-literal';
import type { NewLogicFunctionOptions } from '../../src-shared/twenty/source-edit/logic-function-template';
import { validateConfigLiteral } from '../../src-shared/twenty/validation/logic-function-validation';
import { REPO_ROOT, copyFixtureApp, type TempApp } from '../helpers/temp-app';

const TEMPLATES: Record<string, Omit<NewLogicFunctionOptions, 'universalIdentifier'>> = {
  'route': { name: 'Get Invoice', triggers: ['httpRoute'], description: 'Returns an invoice' },
  'cron': { name: 'nightly-sync', triggers: ['cron'], settings: { cron: { pattern: '0 2 * * *' } } },
  'event': { name: 'on-person-created', triggers: ['databaseEvent'] },
  'tool': { name: 'summarize', triggers: ['tool'] },
  'workflow': { name: 'enrich', triggers: ['workflowAction'] },
  'route-cron': { name: 'sync', triggers: ['httpRoute', 'cron'], quote: '"' },
  'tool-workflow': { name: 'classify', triggers: ['tool', 'workflowAction'] },
  'event-route': { name: 'mirror', triggers: ['databaseEvent', 'httpRoute'] },
  'no-trigger': { name: 'helper', triggers: [] },
  'pre-install': { name: 'pre-install', triggers: ['preInstall'] },
  'post-install': { name: 'post-install', triggers: ['postInstall'] },
  'uninstall': { name: 'uninstall', triggers: ['uninstall'] },
  'health-check': { name: 'health', triggers: ['healthCheck'] },
  'server-route': { name: 'webhook-resolver', triggers: ['serverRoute'] },
};

const uuid = (index: number) => `7c9e6679-7425-40de-944b-e07fc1f90a${String(index).padStart(2, '0')}`;

let app: TempApp;

beforeAll(async () => {
  app = await copyFixtureApp('basic-app');
});

afterAll(async () => {
  await app?.cleanup();
});

describe('createLogicFunctionSource', () => {
  it('writes the expected route template', () => {
    expect(createLogicFunctionSource({ name: 'Get Invoice', universalIdentifier: uuid(0), triggers: ['httpRoute'] })).toBe(`import { defineLogicFunction, type RoutePayload } from 'twenty-sdk/define';

const handler = async (payload: RoutePayload) => {
  return {
    method: payload.requestContext.http.method,
    path: payload.requestContext.http.path,
  };
};

export default defineLogicFunction({
  universalIdentifier: '${uuid(0)}',
  name: 'Get Invoice',
  handler,
  httpRouteTriggerSettings: {
    path: '/get-invoice',
    httpMethod: 'GET',
    isAuthRequired: true,
  },
});
`);
  });

  it('refuses to combine a lifecycle hook with triggers', () => {
    expect(() => createLogicFunctionSource({ name: 'x', universalIdentifier: uuid(0), triggers: ['postInstall', 'cron'] })).toThrow(/cannot be combined/);
  });

  it('every template is discovered, reads back, validates and can be edited', () => {
    Object.entries(TEMPLATES).forEach(([name, options], index) => {
      const text = createLogicFunctionSource({ ...options, universalIdentifier: uuid(index) });
      expect(discoverEntity(`${name}.ts`, text).syntaxErrors, name).toEqual([]);
      const described = describeConfigLiteral(text, `${name}.ts`);
      if (!described.ok) throw new Error(`${name}: ${described.reason}`);
      expect(validateConfigLiteral(described.config).filter((issue) => issue.severity === 'error'), name).toEqual([]);
      const edited = applyConfigEdit(text, `${name}.ts`, { kind: 'set', path: 'description', value: 'Edited' });
      expect(edited.ok, name).toBe(true);
    });
  });

  it('typechecks against the real SDK types', async () => {
    await Promise.all(
      Object.entries(TEMPLATES).map(([name, options], index) =>
        writeFile(path.join(app.dir, 'src', 'logic-functions', `template-${name}.ts`), createLogicFunctionSource({ ...options, universalIdentifier: uuid(index) })),
      ),
    );
    const tsc = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsc');
    const result = await promisify(execFile)(tsc, ['--noEmit', '-p', app.dir]).then(
      () => ({ code: 0, output: '' }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? 1, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
    );
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  }, 60_000);
});
