import { describe, expect, it, vi } from 'vitest';
import type { WorkspaceActivity } from '../../../src-shared/contract';
import { FakeStudioApi } from '../../api/fake-studio-api';
import { createActivityStore, filterActivity } from './activity-store';
import { createWorkspaceStores } from './workspace-stores';
import { company, dealReview, person, workspaceMember } from './test-workspace';

const entry = (seq: number, kind: WorkspaceActivity['kind'] = 'request', extra: Partial<WorkspaceActivity> = {}): WorkspaceActivity => ({
  seq, time: new Date(seq).toISOString(), kind, runId: null, summary: `${kind} ${seq}`, detail: {}, ...extra,
});

function setup() {
  const api = new FakeStudioApi();
  api.workspace.objects = [company, person, dealReview, workspaceMember];
  const stores = createWorkspaceStores(api);
  return { api, stores, window: stores.window };
}

describe('workspace store', () => {
  it('opens on the app object first, pages with after, and sorts and filters through the Core API shapes', async () => {
    const { api, stores, window } = setup();
    api.workspace.records.dealReview = Array.from({ length: 150 }, (_, index) => ({ id: `r${index}`, name: `Review ${index}`, deletedAt: null }));
    stores.show();
    await vi.waitFor(() => expect(window.getState().records).toHaveLength(100));
    expect(window.getState().selectedObject).toBe('dealReview');
    expect(window.getState().objects?.find((object) => object.nameSingular === 'dealReview')?.count).toBe(150);
    expect(window.getState().hasNextPage).toBe(true);

    await window.getState().loadMore();
    expect(window.getState().records).toHaveLength(150);
    expect(api.callsOf('workspace.records').at(-1)).toMatchObject({ object: 'dealReview', after: '100' });

    window.getState().cycleSort('name');
    await vi.waitFor(() => expect(api.callsOf('workspace.records').at(-1)?.orderBy).toEqual([{ name: 'AscNullsFirst' }]));
    window.getState().cycleSort('name');
    await vi.waitFor(() => expect(api.callsOf('workspace.records').at(-1)?.orderBy).toEqual([{ name: 'DescNullsLast' }]));
    window.getState().cycleSort('name');
    await vi.waitFor(() => expect(api.callsOf('workspace.records').at(-1)?.orderBy).toBeUndefined());

    window.getState().setFilter({ path: 'name', operator: 'contains', value: 'Review 1' });
    await vi.waitFor(() => expect(api.callsOf('workspace.records').at(-1)?.filter).toEqual({ name: { ilike: '%Review 1%' } }));
    window.getState().setShowDeleted(true);
    await vi.waitFor(() => expect(api.callsOf('workspace.records').at(-1)?.withDeleted).toBe(true));
  });

  it('creates, edits, deletes, restores and destroys through workspace.write and shows core errors', async () => {
    const { api, window } = setup();
    await window.getState().loadObjects();
    await window.getState().selectObject('company');
    const created = await window.getState().write('create', { data: { name: 'Acme' } });
    expect(created?.name).toBe('Acme');
    expect(window.getState().records.map((record) => record.name)).toEqual(['Acme']);
    expect(window.getState().pane).toEqual({ kind: 'json', id: created!.id });
    const id = String(created!.id);

    await window.getState().write('update', { id, data: { name: 'Acme Inc' } });
    expect(window.getState().records[0]!.name).toBe('Acme Inc');
    await window.getState().write('delete', { id });
    expect(window.getState().records).toHaveLength(0);
    window.getState().setShowDeleted(true);
    await vi.waitFor(() => expect(window.getState().records).toHaveLength(1));
    await window.getState().write('restore', { id });
    expect(window.getState().records[0]!.deletedAt).toBeNull();
    await window.getState().write('destroy', { id });
    expect(window.getState().records).toHaveLength(0);
    expect(window.getState().pane).toBeNull();
    expect(api.callsOf('workspace.write').map((call) => call.action)).toEqual(['create', 'update', 'delete', 'restore', 'destroy']);

    await window.getState().write('update', { id: 'missing', data: {} });
    expect(window.getState().writeError).toBe('No company missing');
  });

  it('opens a relation target on the record it points at', async () => {
    const { api, window } = setup();
    await window.getState().loadObjects();
    await window.getState().selectObject('person', 'c-1');
    expect(window.getState().selectedObject).toBe('person');
    expect(window.getState().pane).toEqual({ kind: 'json', id: 'c-1' });
    expect(api.callsOf('workspace.records').at(-1)?.filter).toEqual({ id: { eq: 'c-1' } });
  });

  it('follows the events: activity appended, the table of a changed object reloaded, the status kept', async () => {
    vi.useFakeTimers();
    try {
      const { api, stores, window } = setup();
      stores.show();
      await vi.waitFor(() => expect(window.getState().selectedObject).toBe('dealReview'));
      const before = api.callsOf('workspace.records').length;
      api.workspace.records.dealReview = [{ id: 'r1', name: 'From a run', deletedAt: null }];
      api.emit('workspace.activity', { entries: [entry(1, 'event', { detail: { object: 'dealReview', name: 'dealReview.created' } })] });
      await vi.advanceTimersByTimeAsync(300);
      expect(stores.activity.getState().entries).toHaveLength(1);
      await vi.waitFor(() => expect(window.getState().records).toHaveLength(1));
      expect(api.callsOf('workspace.records').length).toBe(before + 1);

      api.emit('workspace.status', { ...api.workspace.status, state: 'error', error: 'locked by another studio' });
      expect(window.getState().status?.error).toBe('locked by another studio');
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes the activity messages of one frame in one store update, and drops what is pending on reset', () => {
    const api = new FakeStudioApi();
    const frames: (() => void)[] = [];
    const stores = createWorkspaceStores(api, { schedule: (run) => (frames.push(run), () => frames.splice(frames.indexOf(run), 1)) });
    const updates: number[] = [];
    stores.activity.subscribe((state) => updates.push(state.entries.length));
    for (let message = 0; message < 5; message++) api.emit('workspace.activity', { entries: [entry(message * 2 + 1), entry(message * 2 + 2)] });
    expect(stores.activity.getState().entries).toEqual([]);
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(updates).toEqual([10]);
    expect(stores.activity.getState().entries.map((item) => item.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

    api.emit('workspace.activity', { entries: [entry(11)] });
    stores.reset();
    expect(frames).toHaveLength(0);
    expect(stores.activity.getState().entries).toEqual([]);
  });

  it('keeps, sets and deletes key-value entries', async () => {
    const { api, window } = setup();
    expect(await window.getState().setKv('counter', { n: 1 }, 'SERVER')).toBe(true);
    expect(window.getState().kv).toEqual([expect.objectContaining({ key: 'counter', value: { n: 1 }, scope: 'SERVER' })]);
    await window.getState().deleteKv('counter', 'SERVER');
    expect(window.getState().kv).toEqual([]);
    expect(api.callsOf('workspace.kv.set')).toEqual([{ key: 'counter', value: { n: 1 }, scope: 'SERVER' }]);
  });
});

describe('activity store', () => {
  it('loads the backlog since the last seq, drops duplicates and keeps at most the limit', async () => {
    const api = new FakeStudioApi();
    api.workspace.activity = [entry(1), entry(2)];
    const store = createActivityStore(api, 5);
    await store.getState().loadBacklog();
    store.getState().append([entry(2), entry(3)]);
    expect(store.getState().entries.map((item) => item.seq)).toEqual([1, 2, 3]);
    store.getState().append([entry(4), entry(5), entry(6), entry(7)]);
    expect(store.getState().entries.map((item) => item.seq)).toEqual([3, 4, 5, 6, 7]);
    expect(store.getState().dropped).toBe(2);
    // A batch larger than the window: only its newest stay.
    store.getState().append(Array.from({ length: 8 }, (_, index) => entry(index + 8)));
    expect(store.getState().entries.map((item) => item.seq)).toEqual([11, 12, 13, 14, 15]);
    expect(store.getState().dropped).toBe(10);
    await store.getState().loadBacklog();
    expect(api.callsOf('workspace.activity').at(-1)).toEqual({ since: 15, limit: 5 });
  });

  it('filters by kind and text, and stays fast with thousands of entries', () => {
    const api = new FakeStudioApi();
    const store = createActivityStore(api);
    const many = Array.from({ length: 20_000 }, (_, index) => entry(index + 1, index % 3 === 0 ? 'event' : 'request'));
    const started = performance.now();
    for (let index = 0; index < many.length; index += 500) store.getState().append(many.slice(index, index + 500));
    expect(store.getState().entries).toHaveLength(5000);
    const events = filterActivity(store.getState().entries, { ...store.getState().kinds, request: false }, '');
    expect(events.every((item) => item.kind === 'event')).toBe(true);
    expect(filterActivity(store.getState().entries, store.getState().kinds, 'request 20000')).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
