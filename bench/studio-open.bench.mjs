// renderer_first_paint_ms: navigation start to the studio page's first contentful paint, and
// studio_open_ms: the URL opened (page.goto called) to the explorer filled with the app's functions,
// in headless Chromium (/usr/bin/chromium, CHROMIUM overrides) against browser mode (`serve`) on the
// bundled sample app, a fresh browser context (empty cache) per sample; medians of 5.
// Reference, same browser, same run: a blank page with one line of text served from 127.0.0.1
// (the floor of opening any URL). Target: both <= 1500 ms.
// Needs the build (`npx electron-vite build`): it serves out/renderer through out/main/cli.js.
// Prints one JSON line: an array of { name, value, unit, reference: { name, value }, target, pass }.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = 5;
const TARGET_MS = 1500;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (ms) => Math.round(ms);

/** Starts `serve` on a copy of the sample app; resolves with its URL (token included) and a stop function. */
async function startStudio(scratch) {
  const appDir = join(scratch, 'sample-app');
  await cp(join(repoRoot, 'resources/sample-app'), appDir, { recursive: true });
  if (!existsSync(join(appDir, 'node_modules'))) await symlink(join(repoRoot, 'node_modules'), join(appDir, 'node_modules'), 'dir');
  const child = spawn(process.execPath, ['out/main/cli.js', 'serve', appDir, '--port', '0', '--data-dir', join(scratch, 'data')], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise((resolveUrl, reject) => {
    let output = '';
    const onData = (chunk) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(output);
      if (match) resolveUrl(match[0]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
    setTimeout(() => reject(new Error(`serve printed no URL within 60 s:\n${output}`)), 60_000);
  });
  const stop = () =>
    new Promise((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', done);
      child.kill('SIGTERM');
    });
  return { url, stop };
}

/** A page with one line of text on 127.0.0.1: what opening any URL costs in this browser. */
async function startBlankServer() {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>blank</title><p>Twenty App Studio</p>');
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return { url: `http://127.0.0.1:${server.address().port}/`, stop: () => new Promise((done) => server.close(done)) };
}

const firstContentfulPaint = (page) =>
  page.evaluate(
    () =>
      new Promise((done) => {
        const seen = performance.getEntriesByName('first-contentful-paint')[0];
        if (seen) return done(seen.startTime);
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) done(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );

if (!existsSync(join(repoRoot, 'out/main/cli.js')) || !existsSync(join(repoRoot, 'out/renderer/index.html'))) {
  throw new Error('No build: run `npx electron-vite build` first.');
}
const scratch = await mkdtemp(join(tmpdir(), 'studio-bench-open-'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const studio = await startStudio(scratch);
const blank = await startBlankServer();
try {
  const paint = [];
  const open = [];
  const blankPaint = [];
  // One context first, unmeasured: the studio's first start (PGlite template, sample evaluation) is not the page's cost.
  {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(studio.url);
    await page.locator('[data-testid="explorer-function"]').first().waitFor({ timeout: 120_000 });
    await context.close();
  }
  for (let sample = 0; sample < SAMPLES; sample += 1) {
    {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(blank.url);
      blankPaint.push(await firstContentfulPaint(page));
      await context.close();
    }
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(studio.url, { waitUntil: 'commit' });
    await page.locator('[data-testid="explorer-function"]').first().waitFor({ timeout: 60_000 });
    open.push(performance.now() - started);
    paint.push(await firstContentfulPaint(page));
    await context.close();
  }
  const reference = { name: 'blank_page_first_paint_ms', value: round(median(blankPaint)) };
  const results = [
    { name: 'renderer_first_paint_ms', value: round(median(paint)), unit: 'ms', reference, target: `<= ${TARGET_MS}`, pass: median(paint) <= TARGET_MS, samples: paint.map(round) },
    { name: 'studio_open_ms', value: round(median(open)), unit: 'ms', reference, target: `<= ${TARGET_MS}`, pass: median(open) <= TARGET_MS, samples: open.map(round) },
  ];
  process.stdout.write(`${JSON.stringify(results)}\n`);
} finally {
  await browser.close();
  await studio.stop();
  await blank.stop();
  await rm(scratch, { recursive: true, force: true });
}
