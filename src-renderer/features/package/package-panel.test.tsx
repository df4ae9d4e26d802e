// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PackageResult } from '../../../src-shared/contract';
import { renderRelease } from '../install-simulator/release-test-data';
import { PackagePanel } from './package-panel';

const typecheckFailure: PackageResult = {
  success: false,
  error: {
    code: 'TYPECHECK_FAILED',
    message: "Typecheck failed:\nsrc/logic-functions/pre-install.ts(6,9): Type 'string' is not assignable to type 'number'.",
    locations: [{ file: 'src/logic-functions/pre-install.ts', line: 6, column: 9, message: "Type 'string' is not assignable to type 'number'." }],
  },
  warnings: [],
};

const built: PackageResult = {
  success: true,
  tarballPath: '/apps/ticket-desk/.twenty/output/ticket-desk-2.1.0.tgz',
  sizeBytes: 9185,
  files: [
    { path: 'manifest.json', sizeBytes: 5945 },
    { path: 'package.json', sizeBytes: 319 },
    { path: 'src/logic-functions/pre-install.mjs', sizeBytes: 1320 },
  ],
  manifest: { application: { displayName: 'Ticket Desk' } },
  warnings: [],
  sdk: { version: '2.43.0', source: 'app' },
  durationMs: 4200,
};

describe('PackagePanel', () => {
  afterEach(cleanup);

  it('shows a failed typecheck with each location opening the editor there', async () => {
    const { studio } = renderRelease(<PackagePanel />, (api) => {
      api.handle('package.build', () => typecheckFailure);
      api.handle('deploy.remotes', () => ({ remotes: [] }));
    });
    studio.release.view.getState().show('package');
    await act(async () => {
      fireEvent.click(screen.getByTestId('package-build'));
    });
    expect(screen.getByTestId('package-error-code').textContent).toBe('TYPECHECK_FAILED');
    const location = screen.getByTestId('package-location');
    expect(location.textContent).toBe('src/logic-functions/pre-install.ts(6,9)');
    await act(async () => {
      fireEvent.click(location);
    });
    expect(studio.editor.getState().activeTab).toBe('src/logic-functions/pre-install.ts');
    expect(studio.editor.getState().reveal).toMatchObject({ path: 'src/logic-functions/pre-install.ts', line: 6, column: 9 });
    // The editor comes back over the release panel so the user sees where it opened.
    expect(studio.release.view.getState().view).toBeNull();
  });

  it('streams progress, then lists the tarball, its files and the manifest', async () => {
    let finish: (result: PackageResult) => void = () => undefined;
    const { api } = renderRelease(<PackagePanel />, (fake) => {
      fake.handle('package.build', () => new Promise((resolve) => (finish = resolve)));
      fake.handle('deploy.remotes', () => ({ remotes: [] }));
    });
    act(() => {
      fireEvent.click(screen.getByTestId('package-build'));
    });
    act(() => api.emit('package.progress', { source: 'sdk', message: 'Running typecheck...' }));
    expect(screen.getByTestId('package-progress').textContent).toContain('Running typecheck...');
    await act(async () => finish(built));
    expect(screen.getByTestId('package-tarball').textContent).toBe('/apps/ticket-desk/.twenty/output/ticket-desk-2.1.0.tgz');
    expect(screen.getByTestId('package-size').textContent).toBe('9.0 KB');
    expect(screen.getAllByTestId('package-file').map((row) => row.dataset.path)).toEqual(['manifest.json', 'package.json', 'src/logic-functions/pre-install.mjs']);
    fireEvent.click(screen.getByTestId('package-manifest-toggle'));
    expect(screen.getByTestId('package-manifest').textContent).toContain('Ticket Desk');
  });

  it('asks for a confirmation naming the server and the version before deploying', async () => {
    const { api } = renderRelease(<PackagePanel />, (fake) => {
      fake.handle('deploy.remotes', () => ({
        remotes: [
          { name: 'local', url: 'http://localhost:3000', isDefault: false, hasCredentials: true },
          { name: 'prod', url: 'https://crm.example.com', isDefault: true, hasCredentials: true },
        ],
      }));
      fake.handle('deploy.describe', ({ remote }) => ({ remote: { name: remote, url: 'https://crm.example.com' }, packageName: 'ticket-desk', version: '2.1.0', hasCredentials: true }));
      fake.handle('deploy.run', ({ remote }) => ({
        success: true,
        remote: { name: remote, url: 'https://crm.example.com' },
        packageName: 'ticket-desk',
        version: '2.1.0',
        tarballPath: '/tmp/ticket-desk-2.1.0.tgz',
        application: { id: 'app-1', name: 'Ticket Desk', universalIdentifier: 'u-1' },
        installed: true,
      }));
    });
    await act(async () => undefined);
    expect(screen.getByTestId('deploy-needs-server').textContent).toContain('real Twenty server');
    expect((screen.getByTestId('deploy-remote') as HTMLSelectElement).value).toBe('prod');

    await act(async () => {
      fireEvent.click(screen.getByTestId('deploy-button'));
    });
    const dialog = screen.getByTestId('deploy-confirm');
    expect(within(dialog).getByTestId('deploy-confirm-url').textContent).toBe('https://crm.example.com');
    expect(within(dialog).getByTestId('deploy-confirm-version').textContent).toBe('2.1.0');
    expect(api.callsOf('deploy.run')).toHaveLength(0);

    fireEvent.click(within(dialog).getByTestId('deploy-cancel'));
    expect(screen.queryByTestId('deploy-confirm')).toBeNull();
    expect(api.callsOf('deploy.run')).toHaveLength(0);

    await act(async () => {
      fireEvent.click(screen.getByTestId('deploy-button'));
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId('deploy-confirm-button'));
    });
    expect(api.callsOf('deploy.run')).toEqual([{ remote: 'prod', install: true }]);
    expect(screen.getByTestId('deploy-result').dataset.success).toBe('true');
  });

  it('compares with an earlier tarball or git ref through the simulator’s diff view', async () => {
    const { api } = renderRelease(<PackagePanel />, (fake) => {
      fake.handle('deploy.remotes', () => ({ remotes: [] }));
      fake.handle('package.compare', ({ previousTarball, gitRef }) => ({
        previous: { tarballPath: previousTarball ?? `git:${gitRef}`, version: '1.0.0' },
        current: { version: '2.1.0' },
        created: [],
        updated: [],
        deleted: [{ kind: 'field', section: 'fields', universalIdentifier: 'a4c5', name: 'ticket.legacyCode' }],
        destructive: [{ change: 'field-deleted', kind: 'field', universalIdentifier: 'a4c5', name: 'ticket.legacyCode', dataLoss: 'Every value of ticket.legacyCode is deleted.' }],
      }));
    });
    fireEvent.change(screen.getByTestId('package-compare-path'), { target: { value: '/tmp/ticket-desk-1.0.0.tgz' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('package-compare-run'));
    });
    expect(api.callsOf('package.compare')).toEqual([{ previousTarball: '/tmp/ticket-desk-1.0.0.tgz' }]);
    const diff = screen.getByTestId('package-compare-diff');
    expect(within(diff).getByTestId('diff-destructive-entry').textContent).toContain('ticket.legacyCode');

    // Or against a git ref of the app's repository.
    fireEvent.change(screen.getByTestId('package-compare-kind'), { target: { value: 'git' } });
    fireEvent.change(screen.getByTestId('package-compare-path'), { target: { value: 'v1.0.0' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('package-compare-run'));
    });
    expect(api.callsOf('package.compare').at(-1)).toEqual({ gitRef: 'v1.0.0' });
  });
});
