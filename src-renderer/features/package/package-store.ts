import { createStore } from 'zustand/vanilla';
import type {
  DeployDescription,
  DeployResult,
  PackageComparison,
  PackageResult,
  PackagingProgress,
  StudioApi,
  TwentyRemote,
} from '../../../src-shared/contract';
import { type ReleaseError, toReleaseError } from '../install-simulator/release-error';

export interface PackageState {
  building: boolean;
  /** Progress lines of the current build or deploy (package.progress), oldest first. */
  progress: PackagingProgress[];
  result: PackageResult | null;
  /** package.build itself failed (busy, no app...): not a build failure, which is a result. */
  error: ReleaseError | null;

  /** What to compare the new package with: an earlier tarball or a git ref of the app's repository. */
  compareKind: 'tarball' | 'git';
  /** The tarball path or the git ref, as typed. */
  compareTarget: string;
  comparing: boolean;
  comparison: PackageComparison | null;
  compareError: ReleaseError | null;

  remotes: TwentyRemote[] | null;
  remotesError: string | null;
  remote: string;
  /** Install after uploading (the SDK's appInstall). */
  installAfterDeploy: boolean;
  /** The confirmation showing: what deploy.describe said will land where. */
  confirmation: DeployDescription | null;
  describing: boolean;
  deploying: boolean;
  deployResult: DeployResult | null;
  deployError: ReleaseError | null;

  build(): Promise<void>;
  setCompareKind(kind: 'tarball' | 'git'): void;
  setCompareTarget(target: string): void;
  compare(): Promise<void>;
  loadRemotes(): Promise<void>;
  setRemote(name: string): void;
  setInstallAfterDeploy(install: boolean): void;
  /** Asks the core what a deploy would send where, and opens the confirmation. Nothing is sent yet. */
  askToDeploy(): Promise<void>;
  cancelDeploy(): void;
  /** The confirmation's "Deploy": only now does anything reach the server. */
  confirmDeploy(): Promise<void>;
  progressed(progress: PackagingProgress): void;
  reset(): void;
}

export type PackageStore = ReturnType<typeof createPackageStore>;

/** Enough lines to follow a build; npm pack's file listing alone can be long. */
const progressLimit = 400;

const initialState = {
  building: false,
  progress: [],
  result: null,
  error: null,
  compareKind: 'tarball' as const,
  compareTarget: '',
  comparing: false,
  comparison: null,
  compareError: null,
  remotes: null,
  remotesError: null,
  remote: '',
  installAfterDeploy: true,
  confirmation: null,
  describing: false,
  deploying: false,
  deployResult: null,
  deployError: null,
};

/** The Package panel: building the tarball, comparing it with an earlier one, deploying it to a remote. */
export function createPackageStore(api: StudioApi) {
  return createStore<PackageState>()((set, get) => ({
    ...initialState,

    build: async () => {
      if (get().building) return;
      set({ building: true, progress: [], result: null, error: null });
      try {
        set({ result: await api.call('package.build', {}) });
      } catch (error) {
        set({ error: toReleaseError(error) });
      } finally {
        set({ building: false });
      }
    },

    setCompareKind: (compareKind) => set({ compareKind }),
    setCompareTarget: (compareTarget) => set({ compareTarget }),

    compare: async () => {
      const target = get().compareTarget.trim();
      if (!target || get().comparing) return;
      set({ comparing: true, comparison: null, compareError: null });
      try {
        const params = get().compareKind === 'git' ? { gitRef: target } : { previousTarball: target };
        set({ comparison: await api.call('package.compare', params) });
      } catch (error) {
        set({ compareError: toReleaseError(error) });
      } finally {
        set({ comparing: false });
      }
    },

    loadRemotes: async () => {
      try {
        const { remotes } = await api.call('deploy.remotes', {});
        const current = get().remote;
        const remote = remotes.some((candidate) => candidate.name === current) ? current : (remotes.find((candidate) => candidate.isDefault) ?? remotes[0])?.name ?? '';
        set({ remotes, remotesError: null, remote });
      } catch (error) {
        set({ remotes: [], remotesError: toReleaseError(error).message });
      }
    },

    setRemote: (remote) => set({ remote }),
    setInstallAfterDeploy: (installAfterDeploy) => set({ installAfterDeploy }),

    askToDeploy: async () => {
      const remote = get().remote;
      if (!remote || get().describing || get().deploying) return;
      set({ describing: true, deployError: null, deployResult: null });
      try {
        set({ confirmation: await api.call('deploy.describe', { remote }) });
      } catch (error) {
        set({ deployError: toReleaseError(error) });
      } finally {
        set({ describing: false });
      }
    },

    cancelDeploy: () => set({ confirmation: null }),

    confirmDeploy: async () => {
      const confirmation = get().confirmation;
      if (!confirmation || get().deploying) return;
      set({ confirmation: null, deploying: true, progress: [], deployResult: null, deployError: null });
      try {
        set({ deployResult: await api.call('deploy.run', { remote: confirmation.remote.name, install: get().installAfterDeploy }) });
      } catch (error) {
        set({ deployError: toReleaseError(error) });
      } finally {
        set({ deploying: false });
      }
    },

    progressed: (progress) => {
      // Packaging progress also comes from a deploy's own build; either way it belongs to this panel.
      if (!get().building && !get().deploying) return;
      set({ progress: [...get().progress, progress].slice(-progressLimit) });
    },

    reset: () => set({ ...initialState }),
  }));
}
