import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInstallFixtureRepo, type InstallFixtureRepo } from '../../../test/fixtures/install/fixture-repo';
import { AppProject } from '../project/app-project';
import { ConfigEvaluator } from '../project/config-evaluator';
import type { DiffableManifest } from '../../../src-shared/twenty/install/manifest-diff';
import { compareWithGitRef } from './compare-packages';

let repo: InstallFixtureRepo;
beforeAll(async () => {
  repo = await createInstallFixtureRepo();
}, 60_000);
afterAll(() => repo.cleanup());

describe('compareWithGitRef', () => {
  it('diffs the working tree against a tag and flags the removed field as destructive', async () => {
    const evaluator = new ConfigEvaluator();
    try {
      const model = await new AppProject(repo.appDir, evaluator).load();
      const comparison = await compareWithGitRef(repo.appDir, 'v1.0.0', { manifest: model.manifest as unknown as DiffableManifest, version: model.version });
      expect(comparison.previous).toEqual({ tarballPath: 'git:v1.0.0', version: '1.0.0' });
      expect(comparison.current.version).toBe(model.version);
      expect(comparison.destructive.some((change) => change.name.includes('legacyCode'))).toBe(true);
    } finally {
      evaluator.dispose();
    }
  }, 60_000);
});
