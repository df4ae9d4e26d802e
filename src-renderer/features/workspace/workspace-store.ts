import { createStore } from 'zustand/vanilla';
import type { OperationParams, StudioApi, WorkspaceObjectInfo, WorkspaceStatus } from '../../../src-shared/contract';

export type ModelSourceSetting = OperationParams<'workspace.modelSource.set'>['setting'];
import { describeError } from '../../api/studio-error';
import { filterFor, orderByFor, type RecordFilter, type RecordSort, type WorkspaceRecord } from './record-fields';

export type WorkspaceTab = 'records' | 'activity' | 'jobs' | 'connections' | 'agents' | 'kv' | 'data';
export type KvScope = 'WORKSPACE' | 'SERVER';
export interface KvEntry {
  key: string;
  value: unknown;
  scope: KvScope;
  updatedAt: string;
}

/** The right-hand pane of the Records tab: a record's JSON, or the create / edit form. */
export type RecordPane = { kind: 'json'; id: string } | { kind: 'create' } | { kind: 'edit'; id: string } | null;

export type WriteAction = OperationParams<'workspace.write'>['action'];

export interface WorkspaceState {
  open: boolean;
  tab: WorkspaceTab;
  status: WorkspaceStatus | null;
  objects: WorkspaceObjectInfo[] | null;
  loadingObjects: boolean;
  /** Why the workspace or its objects could not be read. */
  objectsError: string | null;

  selectedObject: string | null;
  records: WorkspaceRecord[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
  loadingRecords: boolean;
  recordsError: string | null;
  sort: RecordSort | null;
  filter: RecordFilter | null;
  showDeleted: boolean;
  pane: RecordPane;
  /** The last write's error from the core, shown above the table or in the form. */
  writeError: string | null;
  writing: boolean;

  kv: KvEntry[] | null;
  kvError: string | null;

  /** The Data tab's last outcome (seeded, reset) and error. */
  dataMessage: string | null;
  dataError: string | null;
  dataBusy: 'seed' | 'reset' | 'migrate' | 'model' | null;
  /** Where the standard model comes from (the app's workspace settings). */
  modelSourceSetting: ModelSourceSetting | null;

  show(tab?: WorkspaceTab): void;
  close(): void;
  toggle(): void;
  setTab(tab: WorkspaceTab): void;
  refreshStatus(): Promise<void>;
  statusChanged(status: WorkspaceStatus): void;
  loadObjects(): Promise<void>;
  selectObject(name: string, recordId?: string): Promise<void>;
  loadRecords(): Promise<void>;
  loadMore(): Promise<void>;
  /** Clicking a column: ascending, then descending, then the default order. */
  cycleSort(key: string): void;
  setFilter(filter: RecordFilter | null): void;
  setShowDeleted(value: boolean): void;
  setPane(pane: RecordPane): void;
  write(action: WriteAction, options: { id?: string; data?: WorkspaceRecord }): Promise<WorkspaceRecord | null>;
  /** Records changed elsewhere (a run wrote): counts and the table catch up. */
  recordsChanged(objects: Set<string>): void;
  loadKv(): Promise<void>;
  setKv(key: string, value: unknown, scope: KvScope): Promise<boolean>;
  deleteKv(key: string, scope: KvScope): Promise<void>;
  seed(count: number, objects?: string[]): Promise<void>;
  resetWorkspace(): Promise<void>;
  migrate(): Promise<void>;
  loadModelSource(): Promise<void>;
  /** Saves the model source; the workspace rebuilds its model and migrates (the status says how it went). */
  applyModelSource(setting: ModelSourceSetting): Promise<void>;
  reset(): void;
}

export const pageSize = 100;

const initial = {
  open: false,
  tab: 'records' as WorkspaceTab,
  status: null,
  objects: null,
  loadingObjects: false,
  objectsError: null,
  selectedObject: null,
  records: [],
  totalCount: 0,
  endCursor: null,
  hasNextPage: false,
  loadingRecords: false,
  recordsError: null,
  sort: null,
  filter: null,
  showDeleted: false,
  pane: null,
  writeError: null,
  writing: false,
  kv: null,
  kvError: null,
  dataMessage: null,
  dataError: null,
  dataBusy: null,
  modelSourceSetting: null,
};

export type WorkspaceStore = ReturnType<typeof createWorkspaceStore>;

/**
 * The Workspace window: the Local workspace's objects and records, its key-value store and its data
 * management. Every read and write goes through the contract, so writes fire the app's database events.
 */
export function createWorkspaceStore(api: StudioApi) {
  // Answers to an older records request (another object, sort, filter) are dropped.
  let recordsRequest = 0;
  let refreshTimer: ReturnType<typeof setTimeout> | null = null;

  const store = createStore<WorkspaceState>()((set, get) => {
    const currentObject = (): WorkspaceObjectInfo | null => get().objects?.find((object) => object.nameSingular === get().selectedObject) ?? null;

    const fetchPage = async (after: string | undefined, first: number) => {
      const object = currentObject();
      if (!object) return null;
      const { sort, filter, showDeleted } = get();
      return api.call('workspace.records', {
        object: object.nameSingular,
        filter: filterFor(object, filter),
        orderBy: orderByFor(object, sort),
        first,
        ...(after ? { after } : {}),
        withDeleted: showDeleted,
      });
    };

    const reload = async (first = pageSize): Promise<void> => {
      const request = ++recordsRequest;
      set({ loadingRecords: true, recordsError: null });
      try {
        const page = await fetchPage(undefined, first);
        if (request !== recordsRequest) return;
        if (!page) {
          set({ loadingRecords: false, records: [], totalCount: 0, endCursor: null, hasNextPage: false });
          return;
        }
        set({ loadingRecords: false, records: page.records, totalCount: page.totalCount, endCursor: page.endCursor, hasNextPage: page.hasNextPage });
      } catch (error) {
        if (request !== recordsRequest) return;
        set({ loadingRecords: false, recordsError: describeError(error), records: [], totalCount: 0, endCursor: null, hasNextPage: false });
      }
    };

    return {
      ...initial,

      show: (tab) => {
        set({ open: true, ...(tab ? { tab } : {}) });
        const state = get();
        if (!state.status) void state.refreshStatus();
        if (!state.objects && !state.loadingObjects) void state.loadObjects();
        if ((tab ?? state.tab) === 'kv' && !state.kv) void state.loadKv();
      },
      close: () => set({ open: false }),
      toggle: () => (get().open ? get().close() : get().show()),
      setTab: (tab) => {
        set({ tab });
        if (tab === 'kv') void get().loadKv();
        if (tab === 'data') void get().refreshStatus();
      },

      refreshStatus: async () => {
        try {
          set({ status: await api.call('workspace.status', {}) });
        } catch (error) {
          set({ dataError: describeError(error) });
        }
      },
      statusChanged: (status) => {
        const previous = get().status;
        set({ status });
        // Opened, reset or migrated: the objects (and their counts) may differ.
        if (get().open && status.state === 'ready' && (previous?.state !== 'ready' || previous.totalRecords !== status.totalRecords)) void get().loadObjects();
      },

      loadObjects: async () => {
        set({ loadingObjects: true });
        try {
          const { objects } = await api.call('workspace.objects', {});
          const selected = get().selectedObject;
          const keep = selected && objects.some((object) => object.nameSingular === selected);
          set({ objects, loadingObjects: false, objectsError: null });
          if (!keep) {
            const first = objects.find((object) => object.source === 'app' && !object.isSystem) ?? objects.find((object) => !object.isSystem) ?? objects[0];
            if (first) await get().selectObject(first.nameSingular);
          }
        } catch (error) {
          set({ loadingObjects: false, objectsError: describeError(error) });
        }
      },

      selectObject: async (name, recordId) => {
        const filter: RecordFilter | null = recordId ? { path: 'id', operator: 'eq', value: recordId } : null;
        set({ selectedObject: name, sort: null, filter, pane: recordId ? { kind: 'json', id: recordId } : null, writeError: null, records: [], totalCount: 0, endCursor: null, hasNextPage: false });
        await reload();
      },

      loadRecords: () => reload(),

      loadMore: async () => {
        const { endCursor, hasNextPage, loadingRecords } = get();
        if (!hasNextPage || !endCursor || loadingRecords) return;
        const request = recordsRequest;
        set({ loadingRecords: true });
        try {
          const page = await fetchPage(endCursor, pageSize);
          if (request !== recordsRequest || !page) return;
          set({ loadingRecords: false, records: [...get().records, ...page.records], totalCount: page.totalCount, endCursor: page.endCursor, hasNextPage: page.hasNextPage });
        } catch (error) {
          if (request === recordsRequest) set({ loadingRecords: false, recordsError: describeError(error) });
        }
      },

      cycleSort: (key) => {
        const sort = get().sort;
        const next: RecordSort | null = sort?.key !== key ? { key, direction: 'AscNullsFirst' } : sort.direction === 'AscNullsFirst' ? { key, direction: 'DescNullsLast' } : null;
        set({ sort: next });
        void reload();
      },
      setFilter: (filter) => {
        set({ filter });
        void reload();
      },
      setShowDeleted: (showDeleted) => {
        set({ showDeleted });
        void reload();
      },
      setPane: (pane) => set({ pane, writeError: null }),

      write: async (action, { id, data }) => {
        const object = get().selectedObject;
        if (!object) return null;
        set({ writing: true, writeError: null });
        try {
          const params: OperationParams<'workspace.write'> =
            action === 'create' ? { action, object, data: data ?? {} } : action === 'update' ? { action, object, id: id!, data: data ?? {} } : { action, object, id: id! };
          const { record } = await api.call('workspace.write', params);
          const pane: RecordPane = action === 'destroy' ? null : record?.id ? { kind: 'json', id: String(record.id) } : get().pane;
          set({ writing: false, pane });
          // Keep what was loaded on screen, with the change in it.
          await reload(Math.min(1000, Math.max(pageSize, get().records.length + (action === 'create' ? 1 : 0))));
          void get().loadObjects();
          return record;
        } catch (error) {
          set({ writing: false, writeError: describeError(error) });
          return null;
        }
      },

      recordsChanged: (objects) => {
        if (!get().open) return;
        if (refreshTimer) clearTimeout(refreshTimer);
        const selected = get().selectedObject;
        const touchesTable = selected !== null && objects.has(selected);
        refreshTimer = setTimeout(() => {
          refreshTimer = null;
          void get().loadObjects();
          if (touchesTable && !get().loadingRecords) void reload(Math.min(1000, Math.max(pageSize, get().records.length)));
        }, 250);
      },

      loadKv: async () => {
        try {
          const { entries } = await api.call('workspace.kv.list', {});
          set({ kv: entries, kvError: null });
        } catch (error) {
          set({ kvError: describeError(error) });
        }
      },
      setKv: async (key, value, scope) => {
        try {
          await api.call('workspace.kv.set', { key, value, scope });
          await get().loadKv();
          return true;
        } catch (error) {
          set({ kvError: describeError(error) });
          return false;
        }
      },
      deleteKv: async (key, scope) => {
        try {
          await api.call('workspace.kv.delete', { key, scope });
          await get().loadKv();
        } catch (error) {
          set({ kvError: describeError(error) });
        }
      },

      seed: async (count, objects) => {
        set({ dataBusy: 'seed', dataError: null, dataMessage: null });
        try {
          const { created } = await api.call('workspace.seed', { count, ...(objects && objects.length > 0 ? { objects } : {}) });
          const total = Object.values(created).reduce((sum, value) => sum + value, 0);
          set({ dataBusy: null, dataMessage: `Seeded ${total} records: ${Object.entries(created).map(([name, value]) => `${name} ${value}`).join(', ') || 'none'}` });
          await Promise.all([get().refreshStatus(), get().loadObjects()]);
          void reload();
        } catch (error) {
          set({ dataBusy: null, dataError: describeError(error) });
        }
      },
      resetWorkspace: async () => {
        set({ dataBusy: 'reset', dataError: null, dataMessage: null });
        try {
          const status = await api.call('workspace.reset', {});
          set({ dataBusy: null, status, dataMessage: 'The workspace was reset: every record and key-value entry is gone.', kv: null });
          await get().loadObjects();
          void reload();
        } catch (error) {
          set({ dataBusy: null, dataError: describeError(error) });
        }
      },
      migrate: async () => {
        set({ dataBusy: 'migrate', dataError: null, dataMessage: null });
        try {
          const status = await api.call('workspace.migrate', { allowDestructive: true });
          set({ dataBusy: null, status, dataMessage: 'The model changes were applied.' });
          await get().loadObjects();
        } catch (error) {
          set({ dataBusy: null, dataError: describeError(error) });
        }
      },

      loadModelSource: async () => {
        try {
          const { setting } = await api.call('workspace.modelSource.get', {});
          set({ modelSourceSetting: setting });
        } catch (error) {
          set({ dataError: describeError(error) });
        }
      },

      applyModelSource: async (setting) => {
        set({ dataBusy: 'model', dataError: null, dataMessage: null });
        try {
          const status = await api.call('workspace.modelSource.set', { setting });
          const source = status.modelSource;
          set({
            dataBusy: null, status, modelSourceSetting: setting,
            ...(source?.error ? { dataError: `The standard model could not be imported: ${source.error} The shipped model is used.` } : { dataMessage: source?.kind === 'shipped' ? 'The standard model is the shipped one.' : `The standard model was imported from ${source?.origin} (${source?.objects} objects).` }),
          });
          await get().loadObjects();
        } catch (error) {
          set({ dataBusy: null, dataError: describeError(error) });
        }
      },

      reset: () => {
        recordsRequest += 1;
        if (refreshTimer) clearTimeout(refreshTimer);
        set({ ...initial, open: get().open, tab: get().tab });
        if (get().open) get().show();
      },
    };
  });
  return store;
}
