// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StudioError } from '../../api/studio-error';
import { InstallSimulatorPanel } from './install-simulator-panel';
import { renderRelease, upgradeResult } from './release-test-data';

async function pickTags(from: string, to: string) {
  await waitFor(() => expect(screen.getByTestId('install-from-kind')).toBeTruthy());
  fireEvent.change(screen.getByTestId('install-from-kind'), { target: { value: 'git' } });
  await waitFor(() => expect(screen.getByTestId('install-from-ref').textContent).toContain(from));
  fireEvent.change(screen.getByTestId('install-from-ref'), { target: { value: from } });
  fireEvent.change(screen.getByTestId('install-to-kind'), { target: { value: 'git' } });
  fireEvent.change(screen.getByTestId('install-to-ref'), { target: { value: to } });
}

describe('InstallSimulatorPanel', () => {
  afterEach(cleanup);

  it('runs a pair and shows every step with its status, skip reasons and the hooks inline', async () => {
    const { api } = renderRelease(<InstallSimulatorPanel />, (fake) => fake.handle('install.simulate', () => upgradeResult()));
    await pickTags('v1.0.0', 'v2.0.0');
    await act(async () => {
      fireEvent.click(screen.getByTestId('install-run'));
    });

    expect(api.callsOf('install.simulate').at(-1)).toEqual({ from: { kind: 'git', ref: 'v1.0.0' }, to: { kind: 'git', ref: 'v2.0.0' } });
    expect(screen.getByTestId('install-outcome').dataset.outcome).toBe('UPGRADED');
    const steps = screen.getAllByTestId('install-step');
    expect(steps.map((step) => `${step.dataset.step}:${step.dataset.status}`)).toEqual([
      'RESOLVE_PACKAGE:done', 'CHECK_COMPATIBILITY:done', 'CREATE_APPLICATION:skipped', 'CHECK_VERSION:done', 'WRITE_FILES:done',
      'PRE_INSTALL_HOOK:skipped', 'APPLY_MANIFEST:done', 'POST_INSTALL_HOOK:queued', 'FINALIZE:done',
    ]);
    const pre = steps.find((step) => step.dataset.step === 'PRE_INSTALL_HOOK')!;
    expect(within(pre).getByTestId('install-step-reason').textContent).toBe('Skipped: version upgrade and shouldRunOnVersionUpgrade is false');

    // The queued post-install: the worker's three attempts, the last one's result, logs and calls inline.
    const post = steps.find((step) => step.dataset.step === 'POST_INSTALL_HOOK')!;
    expect(within(post).getByTestId('install-step-job').textContent).toBe('succeeded · 3 attempts');
    expect(within(post).getAllByTestId('hook-attempt').map((attempt) => attempt.dataset.verdict)).toEqual(['retry', 'retry', 'succeeded']);
    expect(within(post).getByTestId('hook-logs').textContent).toContain('post-install attempt 2 of 4');
    expect(within(post).getByTestId('run-call').textContent).toContain('http://localhost:3000/graphql');
  });

  it('lists destructive changes before everything else the migration does', async () => {
    renderRelease(<InstallSimulatorPanel />, (fake) => fake.handle('install.simulate', () => upgradeResult()));
    await pickTags('v1.0.0', 'v2.0.0');
    await act(async () => {
      fireEvent.click(screen.getByTestId('install-run'));
    });
    const diff = screen.getByTestId('manifest-diff');
    const sections = Array.from(diff.querySelectorAll('section')).map((section) => section.dataset.testid);
    expect(sections).toEqual(['diff-destructive', 'diff-created', 'diff-updated', 'diff-deleted']);
    expect(within(screen.getByTestId('diff-destructive')).getByTestId('diff-destructive-entry').textContent).toContain('Every value of ticket.legacyCode is deleted.');
  });

  it('sends the what-if switches and the server version with the request', async () => {
    const { api } = renderRelease(<InstallSimulatorPanel />, (fake) => fake.handle('install.simulate', () => upgradeResult()));
    await pickTags('v1.0.0', 'v2.0.0');
    fireEvent.click(screen.getByTestId('what-if-fresh'));
    fireEvent.change(screen.getByTestId('what-if-pre-upgrade'), { target: { value: 'on' } });
    fireEvent.change(screen.getByTestId('what-if-post-sync'), { target: { value: 'off' } });
    fireEvent.change(screen.getByTestId('install-server-version'), { target: { value: '2.41.0' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('install-run'));
    });
    expect(api.callsOf('install.simulate').at(-1)).toMatchObject({
      serverVersion: '2.41.0',
      whatIf: { treatAsFresh: true, overrides: { preInstall: { shouldRunOnVersionUpgrade: true }, postInstall: { shouldRunSynchronously: false } } },
    });
  });

  it('streams the steps from install.progress while the simulation runs', async () => {
    let finish: (value: ReturnType<typeof upgradeResult>) => void = () => undefined;
    const { api } = renderRelease(<InstallSimulatorPanel />, (fake) => fake.handle('install.simulate', () => new Promise((resolve) => (finish = resolve))));
    await waitFor(() => expect(api.callsOf('install.versions')).toHaveLength(1));
    act(() => {
      fireEvent.click(screen.getByTestId('install-run'));
    });
    act(() => {
      api.emit('install.progress', { type: 'side', side: 'to', phase: 'building', label: 'working tree' });
      api.emit('install.progress', { type: 'step', name: 'RESOLVE_PACKAGE', status: 'done' });
      api.emit('install.progress', { type: 'step', name: 'PRE_INSTALL_HOOK', status: 'running' });
      api.emit('install.progress', { type: 'output', name: 'PRE_INSTALL_HOOK', attempt: 0, stream: 'stdout', text: 'INFO pre-install (fresh)\n' });
    });
    const live = screen.getByTestId('install-live');
    expect(within(live).getByTestId('install-side-progress').textContent).toContain('working tree');
    expect(within(live).getAllByTestId('install-step').map((step) => `${step.dataset.step}:${step.dataset.status}`)).toEqual(['RESOLVE_PACKAGE:done', 'PRE_INSTALL_HOOK:running']);
    expect(within(live).getByTestId('step-live-output').textContent).toContain('pre-install (fresh)');
    await act(async () => finish(upgradeResult()));
    expect(screen.queryByTestId('install-live')).toBeNull();
    expect(screen.getByTestId('install-outcome').dataset.outcome).toBe('UPGRADED');
  });

  it('offers to link the dependencies anyway when a version cannot borrow them', async () => {
    const { api } = renderRelease(<InstallSimulatorPanel />, (fake) =>
      fake.handle('install.simulate', (params) => {
        if (params.differentDependencies !== 'link') throw new StudioError('DEPENDENCIES_NOT_INSTALLED', 'v1.0.0 (git) cannot be built: zod: ^3 -> ^4.');
        return upgradeResult();
      }),
    );
    await pickTags('v1.0.0', 'v2.0.0');
    await act(async () => {
      fireEvent.click(screen.getByTestId('install-run'));
    });
    expect(screen.getByTestId('install-error').dataset.code).toBe('DEPENDENCIES_NOT_INSTALLED');
    await act(async () => {
      fireEvent.click(screen.getByTestId('install-link-anyway'));
    });
    expect(api.callsOf('install.simulate').at(-1)).toMatchObject({ differentDependencies: 'link' });
    expect(screen.queryByTestId('install-error')).toBeNull();
    expect(screen.getByTestId('install-outcome').dataset.outcome).toBe('UPGRADED');
  });

  it('offers to install the version\'s own dependencies, streams the install, then shows the simulation', async () => {
    let finish: (value: ReturnType<typeof upgradeResult>) => void = () => undefined;
    const { api } = renderRelease(<InstallSimulatorPanel />, (fake) =>
      fake.handle('install.simulate', (params) => {
        if (params.differentDependencies !== 'install') throw new StudioError('DEPENDENCIES_NOT_INSTALLED', 'v1.0.0 (git) cannot be built: zod: ^3 -> ^4.');
        return new Promise((resolve) => (finish = resolve));
      }),
    );
    await pickTags('v1.0.0', 'v2.0.0');
    await act(async () => {
      fireEvent.click(screen.getByTestId('install-run'));
    });
    expect(screen.getByTestId('install-error').dataset.code).toBe('DEPENDENCIES_NOT_INSTALLED');
    act(() => {
      fireEvent.click(screen.getByTestId('install-install-deps'));
    });
    expect(api.callsOf('install.simulate').at(-1)).toMatchObject({ differentDependencies: 'install' });
    expect(screen.queryByTestId('install-error')).toBeNull();
    act(() => {
      api.emit('install.progress', { type: 'side', side: 'from', phase: 'materialising', label: 'v1.0.0 (git)' });
      api.emit('install.progress', { type: 'dependencies', side: 'from', line: '$ npm install --ignore-scripts' });
      api.emit('install.progress', { type: 'dependencies', side: 'from', line: 'added 3 packages in 2s', stream: 'stdout' });
    });
    const live = screen.getByTestId('install-live');
    expect(within(live).getByTestId('install-side-progress').textContent).toContain('installing its dependencies');
    const output = within(live).getByTestId('install-dependency-output');
    expect(output.dataset.side).toBe('from');
    expect(output.textContent).toContain('$ npm install --ignore-scripts\nadded 3 packages in 2s');

    const result = upgradeResult();
    const command = 'npm install --ignore-scripts --no-audit --no-fund --no-update-notifier';
    await act(async () => finish({ ...result, from: { ...result.from!, dependencies: 'own', dependencyInstall: { packageManager: 'npm', command, reused: false } } }));
    expect(screen.queryByTestId('install-live')).toBeNull();
    expect(screen.getByTestId('install-outcome').dataset.outcome).toBe('UPGRADED');
    expect(within(screen.getByTestId('install-side-From')).getByTestId('install-side-dependencies').textContent).toBe(`its own dependencies, installed with ${command}`);
    // The choice stays for the next runs, in place of linking.
    expect((screen.getByTestId('install-install-deps-choice') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('install-link-deps') as HTMLInputElement).checked).toBe(false);
  });

  it('simulates an uninstall on its own', async () => {
    const { api } = renderRelease(<InstallSimulatorPanel />, (fake) =>
      fake.handle('install.uninstall', () => ({
        outcome: 'UNINSTALLED',
        version: '2.1.0',
        steps: [
          { name: 'UNINSTALL_HOOK', status: 'failed', reason: 'the uninstall hook threw; the removal goes on (best-effort)', errorCode: 'UNINSTALL_HOOK_FAILED' },
          { name: 'REMOVE_APPLICATION', status: 'done' },
        ],
        warnings: [],
      })),
    );
    fireEvent.click(screen.getByTestId('install-mode-uninstall'));
    await act(async () => {
      fireEvent.click(screen.getByTestId('install-run-uninstall'));
    });
    expect(api.callsOf('install.uninstall')).toEqual([{ version: { kind: 'working-tree' } }]);
    const result = screen.getByTestId('uninstall-result');
    expect(within(result).getAllByTestId('install-step').map((step) => `${step.dataset.step}:${step.dataset.status}`)).toEqual(['UNINSTALL_HOOK:failed', 'REMOVE_APPLICATION:done']);
    expect(within(result).getByTestId('install-step-error-code').textContent).toBe('UNINSTALL_HOOK_FAILED');
  });

  it('runs the matrix one pair after the other, one row of outcomes each', async () => {
    const { api } = renderRelease(<InstallSimulatorPanel />, (fake) =>
      fake.handle('install.simulate', ({ from }) => {
        if (from.kind === 'none') return { ...upgradeResult(), outcome: 'INSTALLED', previousVersion: undefined, from: null };
        if (from.kind === 'git' && from.ref === 'v2.0.0') {
          return { ...upgradeResult(), outcome: 'FAILED', errorCode: 'APP_ALREADY_INSTALLED', errorMessage: 'ticket-desk@2.0.0 is already installed', steps: [] };
        }
        return upgradeResult();
      }),
    );
    fireEvent.click(screen.getByTestId('install-mode-matrix'));
    await waitFor(() => expect(screen.getByTestId('matrix-every-tag').hasAttribute('disabled')).toBe(false));
    fireEvent.click(screen.getByTestId('matrix-every-tag'));
    await act(async () => {
      fireEvent.click(screen.getByTestId('install-run-matrix'));
    });
    expect(api.callsOf('install.simulate').map((call) => call.from)).toEqual([{ kind: 'none' }, { kind: 'git', ref: 'v2.0.0' }, { kind: 'git', ref: 'v1.0.0' }]);
    const rows = screen.getAllByTestId('matrix-row');
    expect(rows.map((row) => `${row.dataset.key}:${row.dataset.outcome}`)).toEqual(['none:INSTALLED', 'git:v2.0.0:FAILED', 'git:v1.0.0:UPGRADED']);
    expect(within(rows[1]).getByTestId('matrix-error-code').textContent).toBe('APP_ALREADY_INSTALLED');
    expect(within(rows[2]).getByTestId('matrix-pre').textContent).toBe('skipped');
    expect(within(rows[2]).getByTestId('matrix-post').textContent).toBe('queued → succeeded ×3');

    fireEvent.click(rows[2]);
    expect(within(screen.getByTestId('matrix-detail')).getAllByTestId('install-step')).toHaveLength(9);
  });
});
