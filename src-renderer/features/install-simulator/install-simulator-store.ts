import { createStore } from 'zustand/vanilla';
import type { InstallProgressEvent, InstallRequest, InstallResult, OperationResult, StudioApi, UninstallResult, VersionSource } from '../../../src-shared/contract';
import { type MatrixRow, sourceKey } from './install-matrix-rows';
import { applyProgress, emptyLiveTimeline, type LiveTimeline } from './live-timeline';
import { type ReleaseError, toReleaseError } from './release-error';
import { freshInstall, toVersionSource, type VersionChoice, workingTree } from './version-choice';
import { noWhatIf, toWhatIfRequest, type WhatIfChoices } from './what-if';

export type SimulatorMode = 'single' | 'matrix' | 'uninstall';
export type GitVersions = OperationResult<'install.versions'>;
type Action = 'simulate' | 'matrix' | 'uninstall';

export interface InstallSimulatorState {
  mode: SimulatorMode;
  versions: GitVersions | null;
  /** Why the tags and commits could not be listed (not a git repository, no git...). */
  versionsError: string | null;
  from: VersionChoice;
  to: VersionChoice;
  /** The target server version typed by the user; empty: the newest the studio knows. */
  serverVersion: string;
  /** The newest server version the core used, learned from a result (the contract has no other way to ask). */
  knownServerVersion: string | null;
  whatIf: WhatIfChoices;
  /** Borrow the working tree's node_modules for a side whose dependencies differ ("link anyway"). */
  linkDependencies: boolean;
  /** Install the side's own dependencies instead ("Install its dependencies"); excludes linkDependencies. */
  installDependencies: boolean;
  running: Action | null;
  /** The simulation as it streams; kept after a failure to show how far it got. */
  live: LiveTimeline | null;
  result: InstallResult | null;
  error: ReleaseError | null;
  /** What the last run was, so an error's "link anyway" runs it again. */
  lastAction: Action | null;
  /** From sides chosen for the matrix, by sourceKey. */
  matrixSelection: string[];
  matrixRows: MatrixRow[];
  /** The matrix row whose timeline shows under the table. */
  matrixShown: string | null;
  uninstallVersion: VersionChoice;
  uninstallResult: UninstallResult | null;

  setMode(mode: SimulatorMode): void;
  loadVersions(): Promise<void>;
  setFrom(choice: VersionChoice): void;
  setTo(choice: VersionChoice): void;
  setServerVersion(version: string): void;
  setWhatIf(changes: Partial<WhatIfChoices>): void;
  setLinkDependencies(link: boolean): void;
  setInstallDependencies(install: boolean): void;
  simulate(): Promise<void>;
  toggleMatrixSource(source: VersionSource): void;
  setMatrixSelection(sources: VersionSource[]): void;
  runMatrix(): Promise<void>;
  showMatrixRow(key: string | null): void;
  setUninstallVersion(choice: VersionChoice): void;
  uninstall(): Promise<void>;
  /** Runs the last action again with the dependencies linked, after DEPENDENCIES_NOT_INSTALLED. */
  retryLinkingDependencies(): Promise<void>;
  /** Runs the last action again installing the side's own dependencies, after DEPENDENCIES_NOT_INSTALLED. */
  retryInstallingDependencies(): Promise<void>;
  progress(event: InstallProgressEvent): void;
  reset(): void;
}

export type InstallSimulatorStore = ReturnType<typeof createInstallSimulatorStore>;

const initialState = {
  mode: 'single' as SimulatorMode,
  versions: null,
  versionsError: null,
  from: freshInstall,
  to: workingTree,
  serverVersion: '',
  knownServerVersion: null,
  whatIf: noWhatIf,
  linkDependencies: false,
  installDependencies: false,
  running: null,
  live: null,
  result: null,
  error: null,
  lastAction: null,
  matrixSelection: [],
  matrixRows: [],
  matrixShown: null,
  uninstallVersion: workingTree,
  uninstallResult: null,
};

/**
 * The install simulator's form and results. The core runs one simulation at a time and its progress
 * events carry no id, so events are applied only while this window has a simulation running.
 */
export function createInstallSimulatorStore(api: StudioApi) {
  return createStore<InstallSimulatorState>()((set, get) => {
    /** What the request says about a side whose dependencies differ; nothing: refuse. */
    const dependencyChoice = (): Pick<InstallRequest, 'differentDependencies'> => {
      const { installDependencies, linkDependencies } = get();
      if (installDependencies) return { differentDependencies: 'install' };
      return linkDependencies ? { differentDependencies: 'link' } : {};
    };

    /** The request for one pair, or the reason the form cannot make one. */
    const requestFor = (fromSide: ReturnType<typeof toVersionSource>, to: VersionChoice): Omit<InstallRequest, 'appDir'> | ReleaseError => {
      const toSide = toVersionSource(to);
      if ('problem' in fromSide) return { code: 'INCOMPLETE', message: `From: ${fromSide.problem}` };
      if ('problem' in toSide) return { code: 'INCOMPLETE', message: `To: ${toSide.problem}` };
      const { serverVersion, whatIf } = get();
      const whatIfRequest = toWhatIfRequest(whatIf);
      return {
        from: fromSide.source,
        to: toSide.source,
        ...(serverVersion.trim() ? { serverVersion: serverVersion.trim() } : {}),
        ...(whatIfRequest ? { whatIf: whatIfRequest } : {}),
        ...dependencyChoice(),
      };
    };

    /** The last action again, after the user chose how to provide a side's dependencies. */
    const runAgain = async () => {
      const state = get();
      if (state.lastAction === 'matrix') await state.runMatrix();
      else if (state.lastAction === 'uninstall') await state.uninstall();
      else await state.simulate();
    };

    const learnServerVersion = (result: InstallResult) => {
      // Only a default run tells what "newest known" is; a typed version says nothing about it.
      if (!get().serverVersion.trim()) set({ knownServerVersion: result.serverVersion });
    };

    return {
      ...initialState,

      setMode: (mode) => set({ mode }),

      loadVersions: async () => {
        try {
          const versions = await api.call('install.versions', {});
          set({ versions, versionsError: null });
        } catch (error) {
          set({ versions: { tags: [], commits: [] }, versionsError: toReleaseError(error).message });
        }
      },

      setFrom: (from) => set({ from }),
      setTo: (to) => set({ to }),
      setServerVersion: (serverVersion) => set({ serverVersion }),
      setWhatIf: (changes) => set({ whatIf: { ...get().whatIf, ...changes } }),
      setLinkDependencies: (linkDependencies) => set({ linkDependencies, ...(linkDependencies ? { installDependencies: false } : {}) }),
      setInstallDependencies: (installDependencies) => set({ installDependencies, ...(installDependencies ? { linkDependencies: false } : {}) }),

      simulate: async () => {
        if (get().running) return;
        const request = requestFor(toVersionSource(get().from), get().to);
        if ('code' in request) {
          set({ error: request, result: null, live: null, lastAction: 'simulate' });
          return;
        }
        set({ running: 'simulate', lastAction: 'simulate', live: emptyLiveTimeline, result: null, error: null });
        try {
          const result = await api.call('install.simulate', request);
          learnServerVersion(result);
          set({ result });
        } catch (error) {
          set({ error: toReleaseError(error) });
        } finally {
          set({ running: null });
        }
      },

      toggleMatrixSource: (source) => {
        const key = sourceKey(source);
        const selection = get().matrixSelection;
        set({ matrixSelection: selection.includes(key) ? selection.filter((candidate) => candidate !== key) : [...selection, key] });
      },
      setMatrixSelection: (sources) => set({ matrixSelection: sources.map(sourceKey) }),

      runMatrix: async () => {
        if (get().running) return;
        const sources = matrixCandidates(get().versions).filter((source) => get().matrixSelection.includes(sourceKey(source)));
        if (sources.length === 0) {
          set({ error: { code: 'INCOMPLETE', message: 'Pick at least one From version for the matrix.' }, lastAction: 'matrix' });
          return;
        }
        const rows: MatrixRow[] = sources.map((from) => ({ key: sourceKey(from), from, state: 'pending' }));
        set({ running: 'matrix', lastAction: 'matrix', matrixRows: rows, matrixShown: null, error: null, result: null, live: null });
        const update = (key: string, changes: Partial<MatrixRow>) =>
          set({ matrixRows: get().matrixRows.map((row) => (row.key === key ? { ...row, ...changes } : row)) });
        try {
          // One after the other: the core runs a single simulation at a time, and the rows fill in order.
          for (const row of rows) {
            const request = requestFor({ source: row.from }, get().to);
            if ('code' in request) {
              update(row.key, { state: 'error', error: request });
              continue;
            }
            update(row.key, { state: 'running' });
            set({ live: emptyLiveTimeline });
            try {
              const result = await api.call('install.simulate', request);
              learnServerVersion(result);
              update(row.key, { state: 'done', result });
            } catch (error) {
              update(row.key, { state: 'error', error: toReleaseError(error) });
            }
          }
        } finally {
          set({ running: null, live: null });
        }
      },

      showMatrixRow: (key) => set({ matrixShown: key }),

      setUninstallVersion: (uninstallVersion) => set({ uninstallVersion }),

      uninstall: async () => {
        if (get().running) return;
        const version = toVersionSource(get().uninstallVersion);
        if ('problem' in version) {
          set({ error: { code: 'INCOMPLETE', message: version.problem }, lastAction: 'uninstall' });
          return;
        }
        set({ running: 'uninstall', lastAction: 'uninstall', live: emptyLiveTimeline, uninstallResult: null, error: null });
        try {
          const uninstallResult = await api.call('install.uninstall', {
            version: version.source,
            ...dependencyChoice(),
          });
          set({ uninstallResult });
        } catch (error) {
          set({ error: toReleaseError(error) });
        } finally {
          set({ running: null });
        }
      },

      retryLinkingDependencies: async () => {
        get().setLinkDependencies(true);
        await runAgain();
      },

      retryInstallingDependencies: async () => {
        get().setInstallDependencies(true);
        await runAgain();
      },

      progress: (event) => {
        const { running, live } = get();
        if (!running) return;
        set({ live: applyProgress(live ?? emptyLiveTimeline, event) });
      },

      reset: () => set({ ...initialState }),
    };
  });
}

/** What the matrix can start from: a fresh install, every tag, then the recent commits. */
export function matrixCandidates(versions: GitVersions | null): VersionSource[] {
  const refs = [...(versions?.tags ?? []), ...(versions?.commits ?? [])].map((version) => version.ref);
  return [{ kind: 'none' }, ...[...new Set(refs)].map((ref): VersionSource => ({ kind: 'git', ref }))];
}
