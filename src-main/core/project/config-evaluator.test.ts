import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigEvaluator } from './config-evaluator';

// Each bundle reports the process that evaluated it.
const pidBundle = (file: string) => ({ file, code: 'module.exports.default = { config: { pid: process.pid } };' });
const pidOf = async (evaluator: ConfigEvaluator, appDir: string, file = 'src/a.ts') => {
  const outcome = (await evaluator.evaluate(appDir, [pidBundle(file)])).get(file);
  if (!outcome?.ok) throw new Error(`evaluation failed: ${JSON.stringify(outcome)}`);
  return (outcome.config as { pid: number }).pid;
};

describe('ConfigEvaluator', () => {
  let appDir: string;
  beforeAll(() => {
    appDir = mkdtempSync(join(tmpdir(), 'studio-config-evaluator-'));
    writeFileSync(join(appDir, 'package.json'), '{"name":"app"}');
  });
  afterAll(() => rmSync(appDir, { recursive: true, force: true }));

  it('keeps the warm child of one batch for the next (no Node start per edit)', async () => {
    const evaluator = new ConfigEvaluator(5_000);
    try {
      const first = await pidOf(evaluator, appDir);
      expect(await pidOf(evaluator, appDir, 'src/b.ts')).toBe(first);
      expect(await pidOf(evaluator, appDir)).toBe(first);
    } finally {
      evaluator.dispose();
    }
  });

  it('replaces a child after 25 batches', async () => {
    const evaluator = new ConfigEvaluator(5_000);
    try {
      const pids = [];
      for (let i = 0; i < 26; i += 1) pids.push(await pidOf(evaluator, appDir));
      expect(new Set(pids.slice(0, 25)).size).toBe(1);
      expect(pids[25]).not.toBe(pids[0]);
    } finally {
      evaluator.dispose();
    }
  });

  it('never reuses a child whose evaluation timed out', async () => {
    const evaluator = new ConfigEvaluator(3_000);
    try {
      const before = await pidOf(evaluator, appDir);
      const spun = (await evaluator.evaluate(appDir, [{ file: 'src/spin.ts', code: 'for (;;) {}' }])).get('src/spin.ts');
      expect(spun).toMatchObject({ ok: false, error: { name: 'TimeoutError' } });
      const after = await pidOf(evaluator, appDir);
      expect(after).not.toBe(before);
    } finally {
      evaluator.dispose();
    }
  });

  it('does not reuse a child warmed for another app', async () => {
    const other = mkdtempSync(join(tmpdir(), 'studio-config-evaluator-other-'));
    writeFileSync(join(other, 'package.json'), '{"name":"other"}');
    const evaluator = new ConfigEvaluator(5_000);
    try {
      const first = await pidOf(evaluator, appDir);
      expect(await pidOf(evaluator, other)).not.toBe(first);
    } finally {
      evaluator.dispose();
      rmSync(other, { recursive: true, force: true });
    }
  });
});
