// Not a benchmark (no .bench suffix): prints where one save's time goes, for bench/README.md.
// node bench/profile/run-profile.mjs edit-breakdown [count]
import { appendFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { AppProject } from '../../src-main/core/project/app-project';
import { ConfigEvaluator } from '../../src-main/core/project/config-evaluator';
import { FunctionBundler } from '../../src-main/core/build/function-bundler';
import { FileStore } from '../../src-main/core/files/file-store';
import { RunService } from '../../src-main/core/runs/run-service';
import { Studio } from '../../src-main/core/studio';
import { generateApp } from '../generated-app';
import { median, round } from '../stats';
import { hookMethod } from './method-hook';

const repoRoot = process.env.TWENTY_STUDIO_REPO ?? process.cwd();
const spans = new Map<string, number[]>();
let marks: Record<string, number> = {};
/** MARKS=<file>: each edit's start and model push, on the CPU profile's clock (microseconds), for a window of the profile. */
const mark = (name: string) => { if (process.env.MARKS) appendFileSync(process.env.MARKS, `mark ${name} ${Number(process.hrtime.bigint() / 1000n)}\n`); };

function wrap(cls: unknown, name: string, label: string) {
  hookMethod(cls, name, { done: (ms) => { const list = spans.get(label) ?? []; list.push(ms); spans.set(label, list); marks[`${label}.end`] = performance.now(); } });
}

async function main() {
  const count = Number(process.argv[2] ?? 40);
  wrap(AppProject, 'evaluateEntities', 'project.evaluateEntities (bundle+evaluate)');
  wrap(AppProject, 'buildModel', 'project.buildModel (whole model)');
  wrap(AppProject, 'readSource', 'project.readSource (+discovery)');
  wrap(ConfigEvaluator, 'evaluate', 'evaluator.evaluate (child)');
  wrap(FunctionBundler, 'runBuild', 'functions.runBuild (esbuild rebuild + write)');
  wrap(FunctionBundler, 'writeOutputs', 'functions.writeOutputs (hash+write)');
  wrap(FunctionBundler, 'runEntryBuilds', 'functions.runEntryBuilds (changed functions only)');
  wrap(FileStore, 'write', 'files.write (check + atomic write)');
  wrap(RunService, 'sourcesChanged', 'runs.sourcesChanged (queue + rebuild + build.state)');
  const appDir = await generateApp(repoRoot, count);
  const dataDir = join(appDir, '..', `${appDir.split('/').pop()}-data`);
  const studio = new Studio({ userDataDir: dataDir, mode: 'browser', version: 'bench', ...(process.env.NO_WATCH ? { watchApp: false } : {}) });
  const model = await studio.openApp(appDir);
  await studio.runs.updateModel(model);
  // Let the Local workspace (PGlite, in this process) finish opening: it would block the loop mid-edit.
  await new Promise((resolve) => setTimeout(resolve, Number(process.env.SETTLE_MS ?? 8000)));
  const path = 'src/logic-functions/function-7.ts';
  const totals: Record<string, number[]> = { model: [], built: [], serialise: [], watcher: [] };
  spans.clear();
  for (let i = 0; i < 11; i += 1) {
    const current = await studio.handlers['file.read']({ path });
    const next = current.content.replace(/name: '[^']*'/, `name: 'renamed-${i}'`);
    marks = {};
    const started = performance.now();
    mark(`write${i}`);
    const pushed = new Promise<void>((resolve) => {
      let built = false; let modelled = false;
      const stop = studio.onEvent((event, payload) => {
        if (event === 'file.changed' && totals.watcher.length === i) totals.watcher.push(performance.now() - started);
        if (event === 'build.state' && !built) { built = true; totals.built.push(performance.now() - started); }
        if (event === 'project.model' && (payload as { entities: { file: string; config: { name?: string } | null }[] }).entities.find((e) => e.file === path)?.config?.name === `renamed-${i}`) {
          modelled = true; totals.model.push(performance.now() - started); mark(`model${i}`);
          const s = performance.now(); JSON.stringify({ type: 'event', event, payload }); totals.serialise.push(performance.now() - s);
        }
        if (process.env.DEBUG) console.error(event, built, modelled, event === 'project.model' ? JSON.stringify((payload as any).entities.find((e: any) => e.file === path)?.config?.name) + ' ' + JSON.stringify((payload as any).problems.filter((p: any) => p.file === path)) : '');
        if (built && modelled) { stop(); resolve(); }
        if (modelled) setTimeout(() => { stop(); resolve(); }, 3000);
      });
    });
    await studio.handlers['file.write']({ path, content: next, baseVersion: current.version, force: false });
    if (process.env.DEBUG) console.error('written', i);
    await pushed;
    if (process.env.DEBUG) console.error('pushed', i);
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
  await studio.dispose();
  await rm(appDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
  const rows: Record<string, number> = {};
  for (const [label, list] of Object.entries(totals)) rows[`TOTAL ${label} (median ms)`] = round(median(list));
  for (const [label, list] of spans) rows[`${label} (median ms, ${list.length} calls)`] = round(median(list));
  console.log(JSON.stringify(rows, null, 1));
}
void main();
