import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Studio } from '../../src-main/core/studio';
import { copyFixtureApp, type TempApp } from './temp-app';

/** The studio core as the core tests drive it: browser mode, no run child spawned ahead. */
export const testStudio = (userDataDir: string): Studio => new Studio({ userDataDir, mode: 'browser', version: '0.0.0-test', prespawnRuns: 0 });

export interface WorkspaceStudio {
  app: TempApp;
  dataDir: string;
  studio: Studio;
}

/**
 * A copy of a fixture app opened in a test studio on a fresh data folder, its Local workspace open;
 * `runs` (default) also hands the model to the run service, so functions can be run and triggered.
 */
export async function openWorkspaceStudio(fixture: string, options: { runs?: boolean } = {}): Promise<WorkspaceStudio> {
  const app = await copyFixtureApp(fixture);
  const dataDir = await mkdtemp(join(tmpdir(), 'studio-data-'));
  const studio = testStudio(dataDir);
  const model = await studio.openApp(app.dir);
  if (options.runs ?? true) await studio.runs.updateModel(model);
  await studio.workspace.ensureOpen();
  return { app, dataDir, studio };
}

/** Disposes the studio, then removes the app copy and the data folder (whatever part was made). */
export async function closeWorkspaceStudio(parts: Partial<WorkspaceStudio>): Promise<void> {
  await parts.studio?.dispose();
  await parts.app?.cleanup();
  if (parts.dataDir) await rm(parts.dataDir, { recursive: true, force: true });
}
