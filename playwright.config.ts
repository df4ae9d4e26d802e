import { defineConfig } from '@playwright/test';

// Browser mode only: Electron's binary is not available on the build and CI machines, and the
// renderer is the same bundle. The browser is Debian's Chromium, never a downloaded one;
// CHROMIUM overrides its path on machines that keep it elsewhere.
export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: 'list',
  use: {
    screenshot: 'only-on-failure',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
