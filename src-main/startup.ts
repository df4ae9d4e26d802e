import { existsSync } from 'node:fs';
import { ensureSampleApp } from './core/sample-app';
import type { Studio } from './core/studio';
import { resourcesDir, studioRoot } from './core/install-paths';

/**
 * Which app a new window opens: the one asked for, else the last one opened, else the bundled sample
 * (copied into the user data folder on first start).
 */
export async function chooseStartupApp(studio: Studio, requested: string | undefined): Promise<string> {
  if (requested) return requested;
  const recent = (await studio.userData.recentApps()).find((app) => existsSync(app.appDir));
  if (recent) return recent.appDir;
  return ensureSampleApp(resourcesDir(), studio.userData.directory, studioRoot());
}
