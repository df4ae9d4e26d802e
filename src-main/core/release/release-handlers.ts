import type { z } from 'zod';
import type { EventName, EventPayload, InstallProgressEvent } from '../../../src-shared/contract';
import type { releaseOperations } from '../../../src-shared/contract/release';
import { InstallSimulator } from '../install/install-simulator';
import { listGitVersions } from '../install/version-source';
import { deploy, describeDeployment } from '../packaging/app-deployer';
import { packageApp } from '../packaging/app-packager';
import { comparePackages, compareWithGitRef } from '../packaging/compare-packages';
import type { DiffableManifest } from '../../../src-shared/twenty/install/manifest-diff';
import type { ProjectModel } from '../../../src-shared/contract';
import { listRemotes } from '../packaging/twenty-remotes';
import { FunctionRunner } from '../runner/function-runner';
import type { RunService } from '../runs/run-service';
import { StudioError } from '../studio-error';
import type { ConsoleBatcher } from '../console/console-batcher';

export interface ReleaseHandlerContext {
  requireOpen(): { project: { appDir: string }; runs: RunService };
  emit<N extends EventName>(name: N, payload: EventPayload<N>): void;
  console: ConsoleBatcher;
  /** The studio's install folder: its own twenty-sdk when the app has none. */
  studioDir: string;
  currentModel(): ProjectModel | null;
}

export type ReleaseHandlers = {
  [N in keyof typeof releaseOperations]: (params: z.output<(typeof releaseOperations)[N]['params']>) => Promise<z.infer<(typeof releaseOperations)[N]['result']>>;
};

/**
 * Install simulation, packaging and deploying for the open app. Long work reports progress as events
 * and into the console; one of each runs at a time.
 */
export function createReleaseHandlers(context: ReleaseHandlerContext): ReleaseHandlers & { dispose(): Promise<void> } {
  let simulator: { appDir: string; instance: InstallSimulator } | null = null;
  const busy = new Set<string>();

  const exclusive = async <T>(kind: string, label: string, work: () => Promise<T>): Promise<T> => {
    if (busy.has(kind)) throw new StudioError('BUSY', `${label} is already running.`);
    busy.add(kind);
    try {
      return await work();
    } finally {
      busy.delete(kind);
    }
  };

  const simulatorFor = (appDir: string, runs: RunService): InstallSimulator => {
    if (simulator?.appDir !== appDir) {
      void simulator?.instance.dispose();
      const instance = new InstallSimulator({
        runner: new FunctionRunner({ prespawn: 0 }),
        // Hooks call the API target chosen for the app, exactly as its functions do.
        environmentFor: () => runs.environmentFor(`install-${Date.now()}`),
      });
      simulator = { appDir, instance };
    }
    return simulator.instance;
  };

  /** Hook output goes to the console as well as to the timeline, tagged with the step and attempt. */
  const installProgress = (event: InstallProgressEvent) => {
    context.emit('install.progress', event);
    if (event.type === 'dependencies') {
      context.console.push({ source: 'install', label: `install deps (${event.side})`, level: event.stream === 'stderr' ? 'ERROR' : 'INFO', text: `${event.line}\n` });
    } else if (event.type === 'output') {
      const label = `install ${event.name}${event.attempt > 1 ? ` #${event.attempt}` : ''}`;
      context.console.push({ source: 'install', label, level: event.stream === 'stderr' ? 'ERROR' : 'INFO', text: event.text });
    } else if (event.type === 'step' && event.status !== 'running') {
      const reason = event.step?.reason ? `: ${event.step.reason}` : '';
      context.console.push({ source: 'install', label: 'install', level: event.status === 'failed' ? 'ERROR' : 'SYSTEM', text: `${event.name} ${event.status}${reason}\n` });
    }
  };

  const progressToConsole = (label: string) => (message: string, isError = false) =>
    context.console.push({ source: label, label, level: isError ? 'ERROR' : 'SYSTEM', text: message.endsWith('\n') ? message : `${message}\n` });

  return {
    'install.versions': async () => listGitVersions(context.requireOpen().project.appDir),
    'install.simulate': async (request) => {
      const { project, runs } = context.requireOpen();
      return exclusive('install', 'An install simulation', () => simulatorFor(project.appDir, runs).simulate({ ...request, appDir: project.appDir }, installProgress));
    },
    'install.uninstall': async (request) => {
      const { project, runs } = context.requireOpen();
      return exclusive('install', 'An install simulation', () => simulatorFor(project.appDir, runs).uninstall({ ...request, appDir: project.appDir }, installProgress));
    },
    'package.build': async () => {
      const { project } = context.requireOpen();
      const log = progressToConsole('package');
      return exclusive('package', 'Packaging', () => packageApp(project.appDir, {
        studioDir: context.studioDir,
        onProgress: (progress) => {
          context.emit('package.progress', progress);
          log(progress.message);
        },
      }));
    },
    'package.compare': async ({ previousTarball, gitRef }) => {
      const { project } = context.requireOpen();
      if (gitRef) {
        const model = context.currentModel();
        if (!model) throw new StudioError('NO_APP_OPEN', 'No app is open.');
        return compareWithGitRef(project.appDir, gitRef, { manifest: model.manifest as unknown as DiffableManifest, version: model.version });
      }
      const built = await packageApp(project.appDir, { studioDir: context.studioDir });
      if (!built.success) throw new StudioError(built.error.code, built.error.message);
      return comparePackages(built.tarballPath, previousTarball!);
    },
    'deploy.remotes': async () => ({ remotes: await listRemotes(context.requireOpen().project.appDir, { studioDir: context.studioDir }) }),
    'deploy.describe': async ({ remote }) => describeDeployment(context.requireOpen().project.appDir, remote, { studioDir: context.studioDir }),
    'deploy.run': async ({ remote, install }) => {
      const { project } = context.requireOpen();
      const log = progressToConsole('deploy');
      return exclusive('deploy', 'A deploy', () => deploy(project.appDir, {
        remote,
        install,
        studioDir: context.studioDir,
        onProgress: (progress) => {
          context.emit('package.progress', progress);
          log(progress.message);
        },
      }));
    },
    dispose: async () => {
      await simulator?.instance.dispose();
      simulator = null;
    },
  };
}
