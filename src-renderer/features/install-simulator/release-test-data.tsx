import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { HookExecution, InstallResult, OperationResult } from '../../../src-shared/contract';
import { fakeProjectModel } from '../../api/fake-project-model';
import { FakeStudioApi } from '../../api/fake-studio-api';
import { createStudio } from '../../app/studio';
import { StudioProvider } from '../../app/studio-context';

const alwaysOpen = { connectionState: 'open' as const, onConnectionState: () => () => undefined };

/** A studio on the fake api with a small app open, its release panels' operations left for the test to fake. */
export function renderRelease(ui: ReactNode, before?: (api: FakeStudioApi) => void) {
  const model = fakeProjectModel({ appDir: '/apps/ticket-desk', packageName: 'ticket-desk', version: '2.1.0', files: ['src/logic-functions/pre-install.ts'] });
  const api = new FakeStudioApi(model, { 'src/logic-functions/pre-install.ts': 'export default 1;\n' });
  api.handle('install.versions', () => gitVersions);
  before?.(api);
  const studio = createStudio(api, alwaysOpen);
  studio.project.getState().setModel(model);
  const view = render(<StudioProvider studio={studio}>{ui}</StudioProvider>);
  return { api, studio, view };
}

export const gitVersions: OperationResult<'install.versions'> = {
  tags: [
    { ref: 'v2.0.0', commit: 'c3', date: '2026-03-01T10:00:00Z', subject: 'Ticket Desk v2.0.0' },
    { ref: 'v1.0.0', commit: 'c1', date: '2026-01-01T10:00:00Z', subject: 'Ticket Desk v1.0.0' },
  ],
  commits: [{ ref: 'c3', commit: 'c3', date: '2026-03-01T10:00:00Z', subject: 'Ticket Desk v2.0.0' }],
};

function postInstallAttempt(retryCount: number, succeeded: boolean): HookExecution {
  return {
    hook: 'postInstall',
    functionUniversalIdentifier: 'c7e8f9a0-1b2c-4d3e-8f4a-5b6c7d8e9fa0',
    functionName: 'post-install',
    payload: { previousVersion: '1.0.0', newVersion: '2.0.0' },
    context: { retryCount, maxRetries: 3 },
    data: succeeded ? { reindexed: true } : null,
    logs: `INFO post-install attempt ${retryCount} of 4\n`,
    duration: 90,
    status: succeeded ? 'SUCCESS' : 'ERROR',
    ...(succeeded ? {} : { error: { errorType: 'RetryableLogicFunctionError', errorMessage: `search index not ready (attempt ${retryCount})`, stackTrace: '' } }),
    calls: succeeded ? [{ via: 'fetch', method: 'POST', url: 'http://localhost:3000/graphql', status: 200, durationMs: 12, startedAtMs: 3 }] : [],
    verdict: succeeded ? 'succeeded' : 'retry',
  };
}

/** An upgrade 1.0.0 -> 2.0.0 as the core answers it (trimmed from a real `twenty-studio install --json`). */
export function upgradeResult(): InstallResult {
  const attempts = [postInstallAttempt(0, false), postInstallAttempt(1, false), postInstallAttempt(2, true)];
  return {
    outcome: 'UPGRADED',
    previousVersion: '1.0.0',
    newVersion: '2.0.0',
    serverVersion: '2.43.0',
    steps: [
      { name: 'RESOLVE_PACKAGE', status: 'done', reason: 'ticket-desk@2.0.0 from v2.0.0 (git)', durationMs: 0 },
      { name: 'CHECK_COMPATIBILITY', status: 'done', reason: 'engines.twenty >=2.40.0 accepts server 2.43.0', durationMs: 0 },
      { name: 'CREATE_APPLICATION', status: 'skipped', reason: 'already installed at 1.0.0: the existing application is updated' },
      { name: 'CHECK_VERSION', status: 'done', reason: '1.0.0 -> 2.0.0 is an upgrade', durationMs: 0 },
      { name: 'WRITE_FILES', status: 'done', reason: 'manifest.json, package.json and 4 built logic functions', durationMs: 0 },
      { name: 'PRE_INSTALL_HOOK', status: 'skipped', reason: 'version upgrade and shouldRunOnVersionUpgrade is false' },
      {
        name: 'APPLY_MANIFEST',
        status: 'done',
        migration: { created: 1, updated: 1, deleted: 1, destructive: 1 },
        reason: '1 created, 1 updated, 1 deleted; 1 destructive',
        durationMs: 1,
      },
      { name: 'POST_INSTALL_HOOK', status: 'queued', reason: 'queued; the worker ran it: succeeded after 3 attempts', durationMs: 305, execution: attempts[2], attempts, job: 'succeeded' },
      { name: 'FINALIZE', status: 'done', durationMs: 0 },
    ],
    diff: {
      created: [{ kind: 'field', section: 'fields', universalIdentifier: 'f-new', name: 'ticket.dueDate' }],
      updated: [
        {
          kind: 'logicFunction',
          section: 'logicFunctions',
          universalIdentifier: 'c7e8f9a0-1b2c-4d3e-8f4a-5b6c7d8e9fa0',
          name: 'post-install',
          changes: [{ property: 'timeoutSeconds', before: 30, after: 60 }],
        },
      ],
      deleted: [{ kind: 'field', section: 'fields', universalIdentifier: 'a4c5', name: 'ticket.legacyCode', objectUniversalIdentifier: 'd5e8' }],
      destructive: [{ change: 'field-deleted', kind: 'field', universalIdentifier: 'a4c5', name: 'ticket.legacyCode', dataLoss: 'Every value of ticket.legacyCode is deleted.' }],
    },
    warnings: [],
    from: { source: { kind: 'git', ref: 'v1.0.0' }, label: 'v1.0.0 (git)', version: '1.0.0', build: 'source', dependencies: 'same-as-working-tree', dependencyDifferences: [] },
    to: { source: { kind: 'git', ref: 'v2.0.0' }, label: 'v2.0.0 (git)', version: '2.0.0', build: 'source', dependencies: 'same-as-working-tree', dependencyDifferences: [] },
  };
}
