import { join } from 'node:path';
import { z } from 'zod';
import { defaultSessionState, recentAppSchema, sessionStateSchema, type RecentApp, type SessionState } from '../../../src-shared/contract/session';
import { readJsonFile, writeJsonFile } from './json-file';
import { appDataDirOf, appKey } from './user-data-paths';

export { defaultUserDataDir } from './user-data-paths';

const MAX_RECENT_APPS = 15;
const recentFileSchema = z.object({ apps: z.array(recentAppSchema) });

/** Settings, recent apps and window sessions in the user data folder; nothing here goes into an app. */
export class UserDataStore {
  /** The last update of the recent apps list: reads wait for it, and so does whoever removes the folder. */
  private recentWrite: Promise<void> = Promise.resolve();

  constructor(readonly directory: string) {}

  private get recentPath(): string {
    return join(this.directory, 'recent-apps.json');
  }

  sessionPath(appDir: string): string {
    return join(this.directory, 'sessions', `${appKey(appDir)}.json`);
  }

  appDataDir(appDir: string): string {
    return appDataDirOf(this.directory, appDir);
  }

  async recentApps(): Promise<RecentApp[]> {
    await this.recentWrite;
    return (await readJsonFile(this.recentPath, recentFileSchema, { apps: [] })).apps;
  }

  /** Resolves once the updates of the recent apps list started so far have landed. */
  settled(): Promise<void> {
    return this.recentWrite;
  }

  /** Puts the app first in the list; updates run one after the other (never lost to a concurrent one). */
  addRecentApp(appDir: string, name: string): Promise<void> {
    const write = this.recentWrite.then(async () => {
      const apps = (await readJsonFile(this.recentPath, recentFileSchema, { apps: [] })).apps.filter((app) => app.appDir !== appDir);
      apps.unshift({ appDir, name, openedAt: new Date().toISOString() });
      await writeJsonFile(this.recentPath, { apps: apps.slice(0, MAX_RECENT_APPS) });
    });
    this.recentWrite = write.catch(() => undefined);
    return write;
  }

  async session(appDir: string): Promise<SessionState> {
    return readJsonFile(this.sessionPath(appDir), sessionStateSchema, defaultSessionState);
  }

  async saveSession(appDir: string, state: SessionState): Promise<void> {
    await writeJsonFile(this.sessionPath(appDir), state);
  }
}
