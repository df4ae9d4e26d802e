// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkspaceJob } from '../../../src-shared/contract';
import { FakeStudioApi } from '../../api/fake-studio-api';
import { renderWithStudio } from '../run/test-studio';
import { JOBS_PAGE_SIZE, jobActions } from './services-store';
import { company } from './test-workspace';
import { WorkspaceWindow } from './workspace-window';
import { createWorkspaceStores } from './workspace-stores';

const job = (jobId: string, state: WorkspaceJob['state'], extra: Partial<WorkspaceJob> = {}): WorkspaceJob => ({
  jobId, state, attemptsMade: 0, failedReason: null, enqueuedAt: 0, startedAt: null, finishedAt: null, logicFunctionUniversalIdentifier: 'fn-1', functionName: 'record-job',
  payload: {}, retryLimit: 0, retryCount: 0, runAt: 0, runIds: [], lastRunStatus: null, lastError: null, enqueuedByRunId: null, ...extra,
});

describe('jobs store', () => {
  it('offers the actions each state allows', () => {
    expect(jobActions('WAITING')).toEqual(['runNow', 'cancel']);
    expect(jobActions('DELAYED')).toEqual(['runNow', 'cancel']);
    expect(jobActions('ACTIVE')).toEqual(['cancel']);
    expect(jobActions('COMPLETED')).toEqual(['retry']);
    expect(jobActions('FAILED')).toEqual(['retry']);
  });

  it('lists by state, enqueues, acts, and refreshes when job activity arrives', async () => {
    vi.useFakeTimers();
    try {
      const api = new FakeStudioApi();
      api.workspace.jobs = [job('j1', 'WAITING'), job('j2', 'FAILED', { lastError: 'boom' })];
      const { services } = createWorkspaceStores(api);
      await services.getState().loadJobs();
      expect(services.getState().jobs?.map((item) => item.jobId)).toEqual(['j1', 'j2']);

      services.getState().setJobFilter('FAILED');
      await vi.waitFor(() => expect(services.getState().jobs?.map((item) => item.jobId)).toEqual(['j2']));
      expect(api.callsOf('workspace.jobs.list').at(-1)).toMatchObject({ state: 'FAILED' });

      await services.getState().actOnJob('j2', 'retry');
      expect(api.callsOf('workspace.jobs.act').at(-1)).toEqual({ jobId: 'j2', action: 'retry' });
      expect(services.getState().jobs).toEqual([]);

      services.getState().setJobFilter(null);
      const jobId = await services.getState().enqueue('fn-1', { id: 'x' }, 500);
      expect(api.callsOf('workspace.jobs.enqueue').at(-1)).toEqual({ universalIdentifier: 'fn-1', payload: { id: 'x' }, delayMs: 500 });
      expect(services.getState().jobs?.find((item) => item.jobId === jobId)?.state).toBe('DELAYED');

      // A job finished in the core: its activity refreshes the list.
      const before = api.callsOf('workspace.jobs.list').length;
      api.emit('workspace.activity', { entries: [{ seq: 1, time: new Date(0).toISOString(), kind: 'job', runId: null, summary: 'completed', detail: {} }] });
      await vi.advanceTimersByTimeAsync(200);
      expect(api.callsOf('workspace.jobs.list').length).toBe(before + 1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('Jobs tab', () => {
  afterEach(cleanup);

  it('pages a long queue: at most one page of rows in the DOM, newer/older moves, a filter starts over', async () => {
    const api = new FakeStudioApi();
    api.workspace.jobs = Array.from({ length: 10_000 }, (_, index) => job(`job-${index}`, index % 10 === 0 ? 'FAILED' : 'COMPLETED'));
    const { services } = createWorkspaceStores(api);
    await services.getState().loadJobs();
    expect(services.getState().jobs).toHaveLength(JOBS_PAGE_SIZE);
    expect(services.getState().jobsTotal).toBe(10_000);
    services.getState().setJobsPage(JOBS_PAGE_SIZE * 3);
    await vi.waitFor(() => expect(services.getState().jobs?.[0].jobId).toBe(`job-${JOBS_PAGE_SIZE * 3}`));
    expect(api.callsOf('workspace.jobs.list').at(-1)).toMatchObject({ offset: JOBS_PAGE_SIZE * 3, limit: JOBS_PAGE_SIZE });
    services.getState().setJobsPage(1_000_000);
    await vi.waitFor(() => expect(services.getState().jobsOffset).toBe(9_800));
    await vi.waitFor(() => expect(services.getState().jobs?.at(-1)?.jobId).toBe('job-9999'));
    services.getState().setJobFilter('FAILED');
    await vi.waitFor(() => expect(services.getState().jobsTotal).toBe(1_000));
    expect(services.getState().jobsOffset).toBe(0);

  });

  it('renders one page of a 10 000-job queue with a pager', async () => {
    const { studio } = renderWithStudio(<WorkspaceWindow />, {
      before: (fake) => {
        fake.workspace.objects = [company];
        fake.workspace.jobs = Array.from({ length: 10_000 }, (_, index) => job(`job-${index}`, 'COMPLETED'));
      },
    });
    act(() => studio.workspace.show('jobs'));
    await waitFor(() => expect(screen.getAllByTestId('ws-job-row')).toHaveLength(JOBS_PAGE_SIZE));
    expect(screen.getByTestId('ws-jobs-range').textContent).toBe('1–200 of 10,000');
    expect((screen.getByTestId('ws-jobs-prev') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('ws-jobs-next'));
    await waitFor(() => expect(screen.getAllByTestId('ws-job-row')[0]!.dataset.jobId).toBe('job-200'));
    expect(screen.getAllByTestId('ws-job-row')).toHaveLength(JOBS_PAGE_SIZE);
    expect(screen.getByTestId('ws-jobs-range').textContent).toBe('201–400 of 10,000');
  });

  it('shows jobs with their actions and enqueues a job of a logic function', async () => {
    const { api, studio } = renderWithStudio(<WorkspaceWindow />, {
      before: (fake) => {
        fake.workspace.objects = [company];
        fake.workspace.jobs = [job('j1', 'WAITING'), job('j2', 'COMPLETED', { runIds: ['run-42'] })];
      },
    });
    act(() => studio.workspace.show('jobs'));
    await waitFor(() => expect(screen.getAllByTestId('ws-job-row')).toHaveLength(2));
    const [waiting, completed] = screen.getAllByTestId('ws-job-row');
    expect(within(waiting!).getByTestId('ws-job-runNow')).toBeTruthy();
    expect(within(waiting!).getByTestId('ws-job-cancel')).toBeTruthy();
    expect(within(completed!).queryByTestId('ws-job-cancel')).toBeNull();
    expect(within(completed!).getByTestId('ws-job-run').dataset.runId).toBe('run-42');

    fireEvent.click(within(waiting!).getByTestId('ws-job-runNow'));
    await waitFor(() => expect(api.callsOf('workspace.jobs.act')).toEqual([{ jobId: 'j1', action: 'runNow' }]));

    const select = screen.getByTestId('ws-enqueue-function') as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).toEqual(['echo', 'throw-type-error']);
    fireEvent.change(screen.getByTestId('ws-enqueue-payload'), { target: { value: '{"id": 1' } });
    expect(screen.getByTestId('ws-enqueue-invalid')).toBeTruthy();
    expect((screen.getByTestId('ws-enqueue-submit') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('ws-enqueue-payload'), { target: { value: '{"id": 1}' } });
    fireEvent.click(screen.getByTestId('ws-enqueue-submit'));
    await waitFor(() => expect(api.callsOf('workspace.jobs.enqueue')).toHaveLength(1));
    expect(api.callsOf('workspace.jobs.enqueue')[0]).toMatchObject({ universalIdentifier: select.value, payload: { id: 1 } });
    await waitFor(() => expect(screen.getAllByTestId('ws-job-row')).toHaveLength(3));
  });
});

describe('Connections tab', () => {
  afterEach(cleanup);

  it('shows an auth failure prominently and clears it, and toggles Expired', async () => {
    const { api, studio } = renderWithStudio(<WorkspaceWindow />, {
      before: (fake) => {
        fake.workspace.objects = [company];
        fake.workspace.connections = {
          providers: [{ universalIdentifier: 'p1', name: 'acme-mail', displayName: 'Acme Mail', type: 'oauth', scopes: ['mail.read'] }],
          connections: [
            {
              id: 'c1', providerName: 'acme-mail', name: 'Box', handle: 'rep@acme.example', visibility: 'workspace', userWorkspaceId: 'uw', workspaceMemberId: null, accessToken: '••••',
              scopes: [], authFailedAt: new Date(0).toISOString(), authFailedReason: 'invalid_grant', expired: false, createdAt: new Date(0).toISOString(),
            },
          ],
        };
      },
    });
    act(() => studio.workspace.show('connections'));
    const banner = await screen.findByTestId('ws-connection-failure-banner');
    expect(banner.textContent).toContain('invalid_grant');
    fireEvent.click(within(banner).getByTestId('ws-connection-banner-clear'));
    await waitFor(() => expect(screen.queryByTestId('ws-connection-failure-banner')).toBeNull());
    expect(api.callsOf('workspace.connections.update')).toEqual([{ id: 'c1', patch: { authFailedAt: null, authFailedReason: null } }]);
    fireEvent.click(screen.getByTestId('ws-connection-expired'));
    await waitFor(() => expect(screen.getByTestId('ws-connection-row').dataset.expired).toBe('true'));
  });
});
