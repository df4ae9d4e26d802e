// Foundation benchmarks: opening a 40-function app, and a one-file save reaching the clients.
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { AppProject } from '../src-main/core/project/app-project';
import { ConfigEvaluator } from '../src-main/core/project/config-evaluator';
import { Studio } from '../src-main/core/studio';
import { generateApp } from './generated-app';
import { median, round } from './stats';

const repoRoot = process.env.TWENTY_STUDIO_REPO ?? process.cwd();

/** Reference: a bare Node process loading the SDK's define module, the floor under any evaluation. */
function nodeLoadsSdkMs(appDir: string): number {
  const samples: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const started = performance.now();
    execFileSync(process.execPath, ['-e', "require('twenty-sdk/define')"], { cwd: appDir });
    samples.push(performance.now() - started);
  }
  return median(samples);
}

/** Median of 5 opens with the studio's evaluator warm, and the first open (its spare not yet preloaded with the app's SDK). */
async function openApp(appDir: string): Promise<{ median: number; first: number }> {
  const samples: number[] = [];
  const evaluator = new ConfigEvaluator();
  evaluator.warmUp();
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (let i = 0; i < 5; i += 1) {
    const started = performance.now();
    const model = await new AppProject(appDir, evaluator).load();
    samples.push(performance.now() - started);
    if (model.entities.filter((entity) => entity.section === 'logicFunctions' && entity.config).length !== 40) throw new Error('the model is incomplete');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  evaluator.dispose();
  return { median: median(samples), first: samples[0] };
}

async function editToModel(appDir: string, dataDir: string): Promise<number> {
  const studio = new Studio({ userDataDir: dataDir, mode: 'browser', version: 'bench' });
  await studio.openApp(appDir);
  // The Local workspace opens in the background after an app opens (seconds of PGlite set-up in this
  // process): let it finish, so that what is measured is an edit, not the workspace's start.
  await studio.workspace.ensureOpen().catch(() => undefined);
  const path = 'src/logic-functions/function-7.ts';
  const samples: number[] = [];
  for (let i = 0; i < 21; i += 1) {
    const current = await studio.handlers['file.read']({ path });
    const next = current.content.replace(/name: '[^']*'/, `name: 'renamed-${i}'`);
    const pushed = new Promise<number>((resolve) => {
      const stop = studio.onEvent((event, payload) => {
        const model = payload as { entities?: { file: string; config: { name?: string } | null }[] };
        if (event === 'project.model' && model.entities?.find((entity) => entity.file === path)?.config?.name === `renamed-${i}`) {
          stop();
          resolve(performance.now());
        }
      });
    });
    const started = performance.now();
    await studio.handlers['file.write']({ path, content: next, baseVersion: current.version, force: false });
    samples.push((await pushed) - started);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  await studio.dispose();
  return median(samples);
}

async function main() {
  const appDir = await generateApp(repoRoot, 40);
  const dataDir = join(appDir, '..', `${appDir.split('/').pop()}-data`);
  try {
    const reference = round(nodeLoadsSdkMs(appDir));
    const opened = await openApp(appDir);
    const open = round(opened.median);
    const firstOpen = round(opened.first);
    const edit = round(await editToModel(appDir, dataDir));
    await readFile(join(appDir, 'package.json'));
    // The same edit in an app five times larger: its cost should follow the change, not the app.
    const bigAppDir = await generateApp(repoRoot, 200);
    const bigDataDir = join(bigAppDir, '..', `${bigAppDir.split('/').pop()}-data`);
    let bigEdit: number;
    try {
      bigEdit = round(await editToModel(bigAppDir, bigDataDir));
    } finally {
      await rm(bigAppDir, { recursive: true, force: true });
      await rm(bigDataDir, { recursive: true, force: true });
    }
    console.log(JSON.stringify([
      { name: 'open_app_40_functions_ms', value: open, unit: 'ms', reference: { name: 'node_start_require_twenty_sdk_define_ms', value: reference }, target: '<= 0.5 x reference (issue 16)', pass: open <= 0.5 * reference },
      { name: 'open_app_40_functions_first_ms', value: firstOpen, unit: 'ms', reference: { name: 'node_start_require_twenty_sdk_define_ms', value: reference }, target: '<= 1500', pass: firstOpen <= 1500 },
      { name: 'edit_to_model_ms', value: edit, unit: 'ms', reference: { name: 'node_start_require_twenty_sdk_define_ms', value: reference }, target: '<= 0.2 x reference (median; issue 16)', pass: edit <= 0.2 * reference },
      { name: 'edit_to_model_200_functions_ms', value: bigEdit, unit: 'ms', reference: { name: 'edit_to_model_ms (40 functions)', value: edit }, target: '<= 1.5 x the 40-function edit', pass: bigEdit <= 1.5 * edit },
    ]));
  } finally {
    await rm(appDir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main();
