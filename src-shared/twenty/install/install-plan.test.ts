import { describe, expect, it } from 'vitest';
import { checkServerCompatibility, checkVersionProgression, needsRollback, planInstall, type InstallPlanInput } from './install-plan';

const base: InstallPlanInput = { newVersion: '1.0.0', serverVersion: '2.43.0' };
const summary = (input: InstallPlanInput) =>
  planInstall(input, 'my-app').steps.map((step) => `${step.name}:${step.action}${step.mode ? `/${step.mode}` : ''}${step.errorCode ? `/${step.errorCode}` : ''}`);

describe('planInstall', () => {
  it.each<[string, InstallPlanInput, string[]]>([
    ['fresh install, both hooks, async post-install', { ...base, preInstall: {}, postInstall: {} }, [
      'RESOLVE_PACKAGE:run', 'CHECK_COMPATIBILITY:skip', 'CREATE_APPLICATION:run', 'CHECK_VERSION:skip', 'WRITE_FILES:run',
      'PRE_INSTALL_HOOK:run/sync', 'APPLY_MANIFEST:run', 'POST_INSTALL_HOOK:run/queued', 'FINALIZE:run',
    ]],
    ['fresh install without hooks', { ...base }, [
      'RESOLVE_PACKAGE:run', 'CHECK_COMPATIBILITY:skip', 'CREATE_APPLICATION:run', 'CHECK_VERSION:skip', 'WRITE_FILES:run',
      'PRE_INSTALL_HOOK:skip', 'APPLY_MANIFEST:run', 'POST_INSTALL_HOOK:skip', 'FINALIZE:run',
    ]],
    ['upgrade skips hooks without the flag', { ...base, previousVersion: '0.9.0', preInstall: {}, postInstall: { shouldRunSynchronously: true } }, [
      'RESOLVE_PACKAGE:run', 'CHECK_COMPATIBILITY:skip', 'CREATE_APPLICATION:skip', 'CHECK_VERSION:run', 'WRITE_FILES:run',
      'PRE_INSTALL_HOOK:skip', 'APPLY_MANIFEST:run', 'POST_INSTALL_HOOK:skip', 'FINALIZE:run',
    ]],
    ['upgrade runs hooks with the flag', { ...base, previousVersion: '0.9.0', preInstall: { shouldRunOnVersionUpgrade: true }, postInstall: { shouldRunOnVersionUpgrade: true, shouldRunSynchronously: true } }, [
      'RESOLVE_PACKAGE:run', 'CHECK_COMPATIBILITY:skip', 'CREATE_APPLICATION:skip', 'CHECK_VERSION:run', 'WRITE_FILES:run',
      'PRE_INSTALL_HOOK:run/sync', 'APPLY_MANIFEST:run', 'POST_INSTALL_HOOK:run/sync', 'FINALIZE:run',
    ]],
    ['same version', { ...base, previousVersion: '1.0.0', preInstall: {} }, [
      'RESOLVE_PACKAGE:run', 'CHECK_COMPATIBILITY:skip', 'CREATE_APPLICATION:skip', 'CHECK_VERSION:refuse/APP_ALREADY_INSTALLED',
    ]],
    ['downgrade', { ...base, previousVersion: '1.0.1' }, [
      'RESOLVE_PACKAGE:run', 'CHECK_COMPATIBILITY:skip', 'CREATE_APPLICATION:skip', 'CHECK_VERSION:refuse/CANNOT_DOWNGRADE_APPLICATION',
    ]],
    ['upgrade to a version that is not semver', { ...base, newVersion: 'latest', previousVersion: '1.0.0' }, [
      'RESOLVE_PACKAGE:run', 'CHECK_COMPATIBILITY:skip', 'CREATE_APPLICATION:skip', 'CHECK_VERSION:refuse/INVALID_INPUT',
    ]],
    ['incompatible engines.twenty', { ...base, enginesTwenty: '>=2.50.0' }, [
      'RESOLVE_PACKAGE:run', 'CHECK_COMPATIBILITY:refuse/SERVER_VERSION_INCOMPATIBLE',
    ]],
    ['no version in package.json', { ...base, newVersion: '' }, ['RESOLVE_PACKAGE:refuse/PACKAGE_RESOLUTION_FAILED']],
  ])('%s', (_name, input, expected) => {
    expect(summary(input)).toEqual(expected);
  });

  it('carries the refusal with the server message', () => {
    const plan = planInstall({ ...base, previousVersion: '2.0.0' }, 'my-app');
    expect(plan.refusal).toEqual({
      step: 'CHECK_VERSION',
      errorCode: 'CANNOT_DOWNGRADE_APPLICATION',
      message: 'Cannot install my-app@1.0.0: version 2.0.0 is already installed and downgrading is not allowed.',
    });
    expect(plan.kind).toBe('upgrade');
  });

  it('gives the server reason for a hook skipped on upgrade', () => {
    const plan = planInstall({ ...base, previousVersion: '0.1.0', preInstall: {} });
    expect(plan.steps.find((step) => step.name === 'PRE_INSTALL_HOOK')?.reason).toBe('version upgrade and shouldRunOnVersionUpgrade is false');
  });

  it('what if: treat as fresh ignores the installed version', () => {
    const plan = planInstall({ ...base, previousVersion: '1.0.0', preInstall: {}, whatIf: { treatAsFresh: true } });
    expect(plan.kind).toBe('fresh');
    expect(plan.previousVersion).toBeUndefined();
    expect(plan.refusal).toBeUndefined();
    expect(plan.steps.find((step) => step.name === 'PRE_INSTALL_HOOK')?.action).toBe('run');
  });

  it('what if: overrides replace the flags of the code', () => {
    const input: InstallPlanInput = {
      ...base, previousVersion: '0.1.0', preInstall: { shouldRunOnVersionUpgrade: true }, postInstall: {},
      whatIf: { overrides: { preInstall: { shouldRunOnVersionUpgrade: false }, postInstall: { shouldRunOnVersionUpgrade: true, shouldRunSynchronously: true } } },
    };
    expect(summary(input).filter((step) => step.includes('HOOK'))).toEqual(['PRE_INSTALL_HOOK:skip', 'POST_INSTALL_HOOK:run/sync']);
    expect(planInstall(input).effectiveFlags).toEqual({
      preInstall: { shouldRunOnVersionUpgrade: false },
      postInstall: { shouldRunOnVersionUpgrade: true, shouldRunSynchronously: true },
    });
  });

  it('an override never invents a hook the app does not have', () => {
    expect(summary({ ...base, whatIf: { overrides: { postInstall: { shouldRunSynchronously: true } } } })).toContain('POST_INSTALL_HOOK:skip');
  });

  it('warns about a fresh install of a version that is not semver', () => {
    const plan = planInstall({ ...base, newVersion: 'one' });
    expect(plan.refusal).toBeUndefined();
    expect(plan.warnings[0]).toMatch(/not valid semver/);
  });
});

describe('checkServerCompatibility', () => {
  it.each([
    [undefined, '2.43.0', 'ok'],
    ['', '2.43.0', 'ok'],
    ['>=2.40.0', '2.43.0', 'ok'],
    ['^2.43.0', '2.43.5', 'ok'],
    ['>=2.50.0', '2.43.0', 'SERVER_VERSION_INCOMPATIBLE'],
    ['>=2.40.0', '2.44.0-canary.1', 'SERVER_VERSION_INCOMPATIBLE'],
    ['not a range', '2.43.0', 'INVALID_APP_ENGINE_REQUIREMENT'],
    ['>=2.40.0', 'v-next', 'INVALID_SERVER_VERSION'],
  ])('engines.twenty %s on server %s -> %s', (range, server, expected) => {
    const result = checkServerCompatibility(range, server);
    expect(result.compatible ? 'ok' : result.errorCode).toBe(expected);
  });

  it('says which range and server disagree', () => {
    expect(checkServerCompatibility('>=3.0.0', '2.43.0')).toMatchObject({ message: 'App requires Twenty server >=3.0.0 but this server is 2.43.0.' });
  });
});

describe('checkVersionProgression', () => {
  it.each([
    ['1.0.0', '1.0.1', 'ok'],
    ['1.0.0', '2.0.0-beta.1', 'ok'],
    ['1.0.0', '1.0.0', 'APP_ALREADY_INSTALLED'],
    ['1.0.0', 'v1.0.0', 'APP_ALREADY_INSTALLED'],
    ['1.2.0', '1.1.9', 'CANNOT_DOWNGRADE_APPLICATION'],
    ['2.0.0', '2.0.0-rc.1', 'CANNOT_DOWNGRADE_APPLICATION'],
    ['1.0.0', 'next', 'INVALID_INPUT'],
    ['dev', '0.0.1', 'ok'],
  ])('%s -> %s: %s', (previous, next, expected) => {
    const result = checkVersionProgression(previous, next);
    expect(result.allowed ? 'ok' : result.errorCode).toBe(expected);
  });
});

describe('needsRollback', () => {
  it.each([
    ['fresh', ['RESOLVE_PACKAGE', 'CHECK_COMPATIBILITY', 'CREATE_APPLICATION', 'WRITE_FILES'], true],
    ['fresh', ['RESOLVE_PACKAGE'], false],
    ['upgrade', ['RESOLVE_PACKAGE', 'CHECK_COMPATIBILITY', 'CHECK_VERSION', 'WRITE_FILES', 'APPLY_MANIFEST'], false],
  ] as const)('%s after %j -> %s', (kind, steps, expected) => {
    expect(needsRollback({ kind }, steps)).toBe(expected);
  });
});
