// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithStudio } from '../run/test-studio';
import { renderedActivityRows } from './activity-tab';
import { company, dealReview, person, workspaceMember } from './test-workspace';
import { WorkspaceWindow } from './workspace-window';

describe('WorkspaceWindow', () => {
  afterEach(cleanup);

  function setup() {
    const rendered = renderWithStudio(<WorkspaceWindow />, {
      before: (api) => {
        api.workspace.objects = [company, person, dealReview, workspaceMember];
        api.workspace.records.company = [
          { id: 'c1', name: 'Acme', deletedAt: null, domainName: { primaryLinkUrl: 'https://acme.com', primaryLinkLabel: '' }, annualRecurringRevenue: { amountMicros: 3_000_000, currencyCode: 'EUR' } },
        ];
        api.workspace.records.person = [{ id: 'p1', name: { firstName: 'Ada', lastName: 'Lovelace' }, companyId: 'c1', deletedAt: null }];
      },
    });
    act(() => rendered.studio.workspace.show());
    return rendered;
  }

  it('lists app objects first with counts and folds the system ones', async () => {
    setup();
    await waitFor(() => expect(screen.getAllByTestId('ws-object').length).toBeGreaterThan(0));
    const names = () => screen.getAllByTestId('ws-object').map((row) => row.dataset.name);
    expect(names()).toEqual(['dealReview', 'company', 'person']);
    expect(within(screen.getAllByTestId('ws-object')[1]!).getByTestId('ws-object-count').textContent).toBe('1');
    fireEvent.click(screen.getByTestId('ws-system-toggle'));
    expect(names()).toContain('workspaceMember');
    fireEvent.change(screen.getByTestId('ws-object-filter'), { target: { value: 'peo' } });
    expect(names()).toEqual(['person']);
  });

  it('shows composites readably, follows a relation link, and creates a record through the form', async () => {
    const { api } = setup();
    await waitFor(() => expect(screen.getAllByTestId('ws-object').length).toBeGreaterThan(0));
    fireEvent.click(screen.getAllByTestId('ws-object').find((row) => row.dataset.name === 'person')!);
    const row = await screen.findByTestId('ws-record-row');
    expect(row.textContent).toContain('Ada Lovelace');

    await act(async () => fireEvent.click(within(row).getByTestId('ws-relation-link')));
    await waitFor(() => expect(screen.getByTestId('ws-table').dataset.object).toBe('company'));
    expect(screen.getByTestId('ws-record-row').textContent).toContain('https://acme.com');
    expect(screen.getByTestId('ws-record-row').textContent).toContain('3 EUR');
    expect(screen.getByTestId('ws-record-json').textContent).toContain('"name": "Acme"');

    fireEvent.click(screen.getByTestId('ws-record-create'));
    const form = screen.getByTestId('ws-record-form');
    const input = (path: string) => within(form).getAllByTestId('ws-form-input').find((element) => element.dataset.path === path)!;
    fireEvent.change(input('name'), { target: { value: 'Globex' } });
    fireEvent.change(input('employees'), { target: { value: 'lots' } });
    fireEvent.click(within(form).getByTestId('ws-form-submit'));
    expect((await screen.findByTestId('ws-form-error')).textContent).toContain('not a number');
    fireEvent.change(input('employees'), { target: { value: '12' } });
    await act(async () => fireEvent.click(within(form).getByTestId('ws-form-submit')));
    await waitFor(() => expect(api.callsOf('workspace.write').at(-1)).toEqual({ action: 'create', object: 'company', data: { name: 'Globex', employees: 12 } }));
  });

  it('validates a key-value entry as JSON before saving it', async () => {
    const { api, studio } = setup();
    act(() => studio.workspace.window.getState().setTab('kv'));
    fireEvent.change(screen.getByTestId('ws-kv-key'), { target: { value: 'greeting' } });
    fireEvent.change(screen.getByTestId('ws-kv-value-input'), { target: { value: '{"hello": }' } });
    expect(screen.getByTestId('ws-kv-invalid').textContent).toMatch(/Line 1, column/);
    expect(screen.getByTestId('ws-kv-save')).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByTestId('ws-kv-value-input'), { target: { value: '{"hello": "world"}' } });
    await act(async () => fireEvent.click(screen.getByTestId('ws-kv-save')));
    await waitFor(() => expect(screen.getAllByTestId('ws-kv-row')).toHaveLength(1));
    expect(api.callsOf('workspace.kv.set')).toEqual([{ key: 'greeting', value: { hello: 'world' }, scope: 'WORKSPACE' }]);
  });

  it('renders a capped number of activity rows and opens the run of an entry', async () => {
    const { api, studio } = setup();
    act(() => studio.workspace.window.getState().setTab('activity'));
    const entries = Array.from({ length: 3000 }, (_, index) => ({
      seq: index + 1, time: new Date(index).toISOString(), kind: 'request' as const, runId: index === 2999 ? 'run-9' : null, summary: `POST /graphql ${index + 1}`, detail: { status: 200, query: '{ companies { edges { node { id } } } }' },
    }));
    act(() => api.emit('workspace.activity', { entries }));
    // Appended at the next frame.
    await waitFor(() => expect(screen.getAllByTestId('ws-activity-entry')).toHaveLength(renderedActivityRows));
    const newest = screen.getAllByTestId('ws-activity-entry')[0]!;
    expect(newest.dataset.seq).toBe('3000');
    fireEvent.click(within(newest).getByTestId('ws-activity-toggle'));
    expect(within(newest).getByTestId('ws-activity-detail').textContent).toContain('companies');
    api.runs.push({ runId: 'run-9', universalIdentifier: 'x', functionName: 'note-new-company', origin: 'databaseEvent', payload: {}, startedAt: new Date(0).toISOString(), result: null });
    await act(async () => fireEvent.click(within(newest).getByTestId('ws-activity-run')));
    await waitFor(() => expect(studio.runs.getState().shown?.runId).toBe('run-9'));
    expect(studio.workspace.window.getState().open).toBe(false);
  });
});
