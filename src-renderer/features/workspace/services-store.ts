import { createStore } from 'zustand/vanilla';
import type { OperationParams, OperationResult, StudioApi, WorkspaceJob } from '../../../src-shared/contract';
import { describeError } from '../../api/studio-error';

export type JobState = WorkspaceJob['state'];
export const jobStates: readonly JobState[] = ['WAITING', 'DELAYED', 'ACTIVE', 'COMPLETED', 'FAILED'];
export type JobAction = OperationParams<'workspace.jobs.act'>['action'];
export type ConnectionsList = OperationResult<'workspace.connections.list'>;
export type WorkspaceConnection = ConnectionsList['connections'][number];
export type ConnectionProvider = ConnectionsList['providers'][number];
export type WorkspaceAgent = OperationResult<'workspace.agents.list'>['agents'][number];
export type AgentScript = OperationParams<'workspace.agents.script'>['script'];
export type AgentTool = OperationResult<'workspace.agents.list'>['tools'][number];
export type AgentModelView = OperationResult<'workspace.agents.model.get'>['model'];
export type AgentModelInput = OperationParams<'workspace.agents.model.set'>['model'];
export type WorkspaceSnapshot = OperationResult<'workspace.snapshots.list'>['snapshots'][number];
export type ConnectionInput = OperationParams<'workspace.connections.add'>;
export type ConnectionPatch = OperationParams<'workspace.connections.update'>['patch'];

/** The actions a job in a state offers. */
/** Rows of the queue one page holds. */
export const JOBS_PAGE_SIZE = 200;

export function jobActions(state: JobState): JobAction[] {
  if (state === 'WAITING' || state === 'DELAYED') return ['runNow', 'cancel'];
  if (state === 'ACTIVE') return ['cancel'];
  return ['retry'];
}

export interface ServicesState {
  jobs: WorkspaceJob[] | null;
  jobsTotal: number;
  jobFilter: JobState | null;
  /** The first job of the page shown (the queue is paged: at most JOBS_PAGE_SIZE rows in memory and in the DOM). */
  jobsOffset: number;
  jobsError: string | null;
  jobsMessage: string | null;

  connections: ConnectionsList | null;
  connectionsError: string | null;

  agents: WorkspaceAgent[] | null;
  /** The app's tool functions an agent can call. */
  agentTools: AgentTool[];
  /** The OpenAI-compatible endpoint agents without a script answer from (null: the local responder). */
  agentModel: AgentModelView;
  agentsError: string | null;
  agentsMessage: string | null;

  snapshots: WorkspaceSnapshot[] | null;
  snapshotsError: string | null;
  snapshotsMessage: string | null;
  snapshotBusy: boolean;

  loadJobs(): Promise<void>;
  setJobFilter(state: JobState | null): void;
  /** Moves to the page starting at `offset` (clamped to the queue). */
  setJobsPage(offset: number): void;
  actOnJob(jobId: string, action: JobAction): Promise<void>;
  enqueue(universalIdentifier: string, payload: Record<string, unknown>, delayMs?: number): Promise<string | null>;
  /** Job activity arrived: the list catches up (debounced). */
  jobsChanged(): void;

  loadConnections(): Promise<void>;
  addConnection(input: ConnectionInput): Promise<boolean>;
  updateConnection(id: string, patch: ConnectionPatch): Promise<void>;
  removeConnection(id: string): Promise<void>;

  loadAgents(): Promise<void>;
  setAgentModel(model: AgentModelInput): Promise<boolean>;
  scriptAgent(universalIdentifier: string, script: AgentScript): Promise<boolean>;

  loadSnapshots(): Promise<void>;
  saveSnapshot(name: string): Promise<boolean>;
  restoreSnapshot(name: string): Promise<boolean>;
  reset(): void;
}

const initial = {
  jobs: null,
  jobsTotal: 0,
  jobFilter: null,
  jobsOffset: 0,
  jobsError: null,
  jobsMessage: null,
  connections: null,
  connectionsError: null,
  agents: null,
  agentTools: [],
  agentModel: null,
  agentsError: null,
  agentsMessage: null,
  snapshots: null,
  snapshotsError: null,
  snapshotsMessage: null,
  snapshotBusy: false,
};

const actionLabels: Record<JobAction, string> = { runNow: 'Run now', cancel: 'Cancelled', retry: 'Retried' };

export type ServicesStore = ReturnType<typeof createServicesStore>;

/** The Workspace window's Jobs, Connections and Agents tabs and the Data tab's snapshots. */
export function createServicesStore(api: StudioApi) {
  let jobsRequest = 0;
  let jobsTimer: ReturnType<typeof setTimeout> | null = null;
  return createStore<ServicesState>()((set, get) => ({
    ...initial,

    loadJobs: async () => {
      const request = ++jobsRequest;
      const state = get().jobFilter;
      const offset = get().jobsOffset;
      try {
        const { jobs, total } = await api.call('workspace.jobs.list', { ...(state ? { state } : {}), offset, limit: JOBS_PAGE_SIZE });
        if (request !== jobsRequest) return;
        // The queue shrank under the page (jobs cleared): go to its last page.
        if (jobs.length === 0 && offset > 0 && total > 0) {
          set({ jobsOffset: Math.floor((total - 1) / JOBS_PAGE_SIZE) * JOBS_PAGE_SIZE });
          return get().loadJobs();
        }
        set({ jobs, jobsTotal: total, jobsError: null });
      } catch (error) {
        if (request === jobsRequest) set({ jobsError: describeError(error) });
      }
    },
    setJobFilter: (jobFilter) => {
      set({ jobFilter, jobsOffset: 0 });
      void get().loadJobs();
    },
    setJobsPage: (offset) => {
      const last = Math.max(0, Math.floor((get().jobsTotal - 1) / JOBS_PAGE_SIZE) * JOBS_PAGE_SIZE);
      set({ jobsOffset: Math.min(Math.max(0, offset), last) });
      void get().loadJobs();
    },
    actOnJob: async (jobId, action) => {
      try {
        await api.call('workspace.jobs.act', { jobId, action });
        set({ jobsMessage: `${actionLabels[action]}: ${jobId}`, jobsError: null });
      } catch (error) {
        set({ jobsError: describeError(error) });
      }
      await get().loadJobs();
    },
    enqueue: async (universalIdentifier, payload, delayMs) => {
      try {
        const { jobId } = await api.call('workspace.jobs.enqueue', { universalIdentifier, payload, ...(delayMs ? { delayMs } : {}) });
        set({ jobsMessage: `Enqueued ${jobId}`, jobsError: null });
        await get().loadJobs();
        return jobId;
      } catch (error) {
        set({ jobsError: describeError(error) });
        return null;
      }
    },
    jobsChanged: () => {
      if (get().jobs === null) return;
      if (jobsTimer) clearTimeout(jobsTimer);
      jobsTimer = setTimeout(() => {
        jobsTimer = null;
        void get().loadJobs();
      }, 150);
    },

    loadConnections: async () => {
      try {
        set({ connections: await api.call('workspace.connections.list', {}), connectionsError: null });
      } catch (error) {
        set({ connectionsError: describeError(error) });
      }
    },
    addConnection: async (input) => {
      try {
        await api.call('workspace.connections.add', input);
        await get().loadConnections();
        return true;
      } catch (error) {
        set({ connectionsError: describeError(error) });
        return false;
      }
    },
    updateConnection: async (id, patch) => {
      // The switch follows the click at once; the list from the core confirms (or undoes) it.
      const list = get().connections;
      if (list && (patch.expired !== undefined || patch.authFailedAt !== undefined)) {
        const { accessToken: _token, ...visible } = patch;
        const shown = Object.fromEntries(Object.entries(visible).filter(([, value]) => value !== undefined));
        set({ connections: { ...list, connections: list.connections.map((item) => (item.id === id ? { ...item, ...shown } : item)) } });
      }
      try {
        await api.call('workspace.connections.update', { id, patch });
      } catch (error) {
        set({ connectionsError: describeError(error) });
      }
      await get().loadConnections();
    },
    removeConnection: async (id) => {
      try {
        await api.call('workspace.connections.remove', { id });
      } catch (error) {
        set({ connectionsError: describeError(error) });
      }
      await get().loadConnections();
    },

    loadAgents: async () => {
      try {
        const [{ agents, tools }, { model }] = await Promise.all([api.call('workspace.agents.list', {}), api.call('workspace.agents.model.get', {})]);
        set({ agents, agentTools: tools, agentModel: model, agentsError: null });
      } catch (error) {
        set({ agentsError: describeError(error) });
      }
    },
    setAgentModel: async (model) => {
      try {
        await api.call('workspace.agents.model.set', { model });
        set({ agentsMessage: model ? `Agents without a script now answer from ${model.model} at ${model.baseUrl}` : 'Agents without a script answer with the local echo', agentsError: null });
        await get().loadAgents();
        return true;
      } catch (error) {
        set({ agentsError: describeError(error) });
        return false;
      }
    },
    scriptAgent: async (universalIdentifier, script) => {
      try {
        await api.call('workspace.agents.script', { universalIdentifier, script });
        const name = get().agents?.find((agent) => agent.universalIdentifier === universalIdentifier)?.name ?? universalIdentifier;
        set({ agentsMessage: script === null ? `${name} answers with the default echo` : `Saved the script of ${name}`, agentsError: null });
        await get().loadAgents();
        return true;
      } catch (error) {
        set({ agentsError: describeError(error) });
        return false;
      }
    },

    loadSnapshots: async () => {
      try {
        const { snapshots } = await api.call('workspace.snapshots.list', {});
        set({ snapshots, snapshotsError: null });
      } catch (error) {
        set({ snapshotsError: describeError(error) });
      }
    },
    saveSnapshot: async (name) => {
      set({ snapshotBusy: true, snapshotsError: null, snapshotsMessage: null });
      try {
        const result = await api.call('workspace.snapshots.save', { name });
        set({ snapshotBusy: false, snapshotsMessage: `Saved snapshot ${result.name} (${result.records} records)` });
        await get().loadSnapshots();
        return true;
      } catch (error) {
        set({ snapshotBusy: false, snapshotsError: describeError(error) });
        return false;
      }
    },
    restoreSnapshot: async (name) => {
      set({ snapshotBusy: true, snapshotsError: null, snapshotsMessage: null });
      try {
        const { restored } = await api.call('workspace.snapshots.restore', { name });
        const total = Object.values(restored).reduce((sum, value) => sum + value, 0);
        set({ snapshotBusy: false, snapshotsMessage: `Restored ${name}: ${total} records` });
        return true;
      } catch (error) {
        set({ snapshotBusy: false, snapshotsError: describeError(error) });
        return false;
      }
    },

    reset: () => {
      jobsRequest += 1;
      if (jobsTimer) clearTimeout(jobsTimer);
      set({ ...initial });
    },
  }));
}
