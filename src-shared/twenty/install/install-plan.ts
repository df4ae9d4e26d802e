import semver from 'semver';

/**
 * The steps of the server's install flow (twenty-server `ApplicationInstallService.doInstallApplication`,
 * see shared/docs/twenty-platform.md §5), in order. `CHECK_VERSION` is the server's version-progression
 * check; `ROLLBACK` only follows a failed fresh install.
 */
export const INSTALL_STEP_NAMES = [
  'RESOLVE_PACKAGE',
  'CHECK_COMPATIBILITY',
  'CREATE_APPLICATION',
  'CHECK_VERSION',
  'WRITE_FILES',
  'PRE_INSTALL_HOOK',
  'APPLY_MANIFEST',
  'POST_INSTALL_HOOK',
  'FINALIZE',
  'ROLLBACK',
] as const;
export type InstallStepName = (typeof INSTALL_STEP_NAMES)[number];

/** The server's `ApplicationExceptionCode`s an install can end with. */
export type InstallErrorCode =
  | 'PACKAGE_RESOLUTION_FAILED'
  | 'INVALID_APP_ENGINE_REQUIREMENT'
  | 'INVALID_SERVER_VERSION'
  | 'SERVER_VERSION_INCOMPATIBLE'
  | 'INVALID_INPUT'
  | 'APP_ALREADY_INSTALLED'
  | 'CANNOT_DOWNGRADE_APPLICATION'
  | 'PRE_INSTALL_ERROR'
  | 'POST_INSTALL_ERROR';

export interface HookFlags {
  shouldRunOnVersionUpgrade?: boolean;
  shouldRunSynchronously?: boolean;
}

/** "What if" switches: change the simulation without touching the app's code. */
export interface InstallWhatIf {
  /** Ignore the installed version: simulate a first install of the new version. */
  treatAsFresh?: boolean;
  overrides?: {
    preInstall?: Pick<HookFlags, 'shouldRunOnVersionUpgrade'>;
    postInstall?: HookFlags;
  };
}

export interface InstallPlanInput {
  /** The installed version; undefined for a fresh install. */
  previousVersion?: string;
  /** package.json `version` of the package being installed ('' or undefined when missing). */
  newVersion?: string;
  /** The Twenty server version the install targets (the `engines.twenty` check). */
  serverVersion: string;
  /** package.json `engines.twenty` of the new version. */
  enginesTwenty?: string;
  /** `application.preInstallLogicFunction` of the new manifest; undefined when the app has none. */
  preInstall?: Pick<HookFlags, 'shouldRunOnVersionUpgrade'>;
  /** `application.postInstallLogicFunction` of the new manifest; undefined when the app has none. */
  postInstall?: HookFlags;
  whatIf?: InstallWhatIf;
}

/**
 * What the plan says about one step before anything runs: `run` (the simulator executes it), `skip`
 * (with the server's reason) or `refuse` (the server throws here: the install stops with `errorCode`).
 */
export interface PlannedStep {
  name: InstallStepName;
  action: 'run' | 'skip' | 'refuse';
  reason?: string;
  errorCode?: InstallErrorCode;
  /** For hooks that run: synchronously in the install request, or queued for the worker. */
  mode?: 'sync' | 'queued';
}

export interface InstallPlan {
  kind: 'fresh' | 'upgrade';
  previousVersion?: string;
  newVersion: string;
  /** Steps up to and including a refusal; the steps after a refusal never happen. */
  steps: PlannedStep[];
  refusal?: { step: InstallStepName; errorCode: InstallErrorCode; message: string };
  /** The flags in force after "what if" overrides, for display. */
  effectiveFlags: { preInstall?: Required<Pick<HookFlags, 'shouldRunOnVersionUpgrade'>>; postInstall?: Required<HookFlags> };
  /** Notes that do not stop the install but will matter later (a non-semver fresh install, ...). */
  warnings: string[];
}

/**
 * The server's `engines.twenty` check (ApplicationVersionValidationService): no range -> compatible;
 * a range that is not valid semver, or a server version that is not, refuses; `semver.satisfies`
 * decides (without includePrerelease, as on the server).
 */
export function checkServerCompatibility(enginesTwenty: string | undefined, serverVersion: string):
  | { compatible: true; skipped: boolean }
  | { compatible: false; errorCode: InstallErrorCode; message: string } {
  const range = enginesTwenty?.trim();
  if (!range) return { compatible: true, skipped: true };
  if (semver.validRange(range) === null) {
    return { compatible: false, errorCode: 'INVALID_APP_ENGINE_REQUIREMENT', message: `App manifest declares invalid engines.twenty value "${range}". Must be a valid semver range.` };
  }
  if (semver.valid(serverVersion) === null) {
    return { compatible: false, errorCode: 'INVALID_SERVER_VERSION', message: `Cannot verify server compatibility: inferred server version "${serverVersion}" is not a valid semver version.` };
  }
  if (!semver.satisfies(serverVersion, range)) {
    return { compatible: false, errorCode: 'SERVER_VERSION_INCOMPATIBLE', message: `App requires Twenty server ${range} but this server is ${serverVersion}.` };
  }
  return { compatible: true, skipped: false };
}

/**
 * The server's version progression for an install over an existing application
 * (validateVersionProgression, action 'install'). An installed version that is not semver never
 * blocks: there is nothing reliable to compare against.
 */
export function checkVersionProgression(previousVersion: string, newVersion: string, appLabel = 'the app'):
  | { allowed: true; note?: string }
  | { allowed: false; errorCode: InstallErrorCode; message: string } {
  if (semver.valid(newVersion) === null) {
    return { allowed: false, errorCode: 'INVALID_INPUT', message: `Invalid version "${newVersion}" in package.json. Must be a valid semver version.` };
  }
  if (semver.valid(previousVersion) === null) {
    return { allowed: true, note: `the installed version "${previousVersion}" is not semver: the server does not compare it` };
  }
  if (semver.eq(newVersion, previousVersion)) {
    return { allowed: false, errorCode: 'APP_ALREADY_INSTALLED', message: `${appLabel}@${newVersion} is already installed in this workspace.` };
  }
  if (semver.lt(newVersion, previousVersion)) {
    return {
      allowed: false,
      errorCode: 'CANNOT_DOWNGRADE_APPLICATION',
      message: `Cannot install ${appLabel}@${newVersion}: version ${previousVersion} is already installed and downgrading is not allowed.`,
    };
  }
  return { allowed: true };
}

/** The server logs this when it skips a hook on an upgrade. */
const UPGRADE_SKIP_REASON = 'version upgrade and shouldRunOnVersionUpgrade is false';

/**
 * Plans an install the way the server would run it: which steps run, which are skipped and why, and
 * where a static rule (compatibility, version progression) refuses the install. Hook outcomes are not
 * known here; the simulator decides PRE_INSTALL_ERROR / POST_INSTALL_ERROR / ROLLBACK from the runs.
 */
export function planInstall(input: InstallPlanInput, appLabel = 'the app'): InstallPlan {
  const whatIf = input.whatIf ?? {};
  const previousVersion = whatIf.treatAsFresh ? undefined : input.previousVersion;
  const kind: InstallPlan['kind'] = previousVersion === undefined ? 'fresh' : 'upgrade';
  const newVersion = input.newVersion ?? '';
  const steps: PlannedStep[] = [];
  const warnings: string[] = [];

  const effectiveFlags: InstallPlan['effectiveFlags'] = {};
  if (input.preInstall) {
    effectiveFlags.preInstall = {
      shouldRunOnVersionUpgrade: whatIf.overrides?.preInstall?.shouldRunOnVersionUpgrade ?? input.preInstall.shouldRunOnVersionUpgrade ?? false,
    };
  }
  if (input.postInstall) {
    effectiveFlags.postInstall = {
      shouldRunOnVersionUpgrade: whatIf.overrides?.postInstall?.shouldRunOnVersionUpgrade ?? input.postInstall.shouldRunOnVersionUpgrade ?? false,
      shouldRunSynchronously: whatIf.overrides?.postInstall?.shouldRunSynchronously ?? input.postInstall.shouldRunSynchronously ?? false,
    };
  }

  const plan = (): InstallPlan => ({ kind, ...(previousVersion !== undefined ? { previousVersion } : {}), newVersion, steps, effectiveFlags, warnings });
  const refuse = (name: InstallStepName, errorCode: InstallErrorCode, message: string): InstallPlan => {
    steps.push({ name, action: 'refuse', errorCode, reason: message });
    return { ...plan(), refusal: { step: name, errorCode, message } };
  };

  // The server reads package.json's version right after resolving the package and refuses a package without one.
  if (!newVersion.trim()) return refuse('RESOLVE_PACKAGE', 'PACKAGE_RESOLUTION_FAILED', `Package ${appLabel} has no version`);
  steps.push({ name: 'RESOLVE_PACKAGE', action: 'run' });

  const compatibility = checkServerCompatibility(input.enginesTwenty, input.serverVersion);
  if (!compatibility.compatible) return refuse('CHECK_COMPATIBILITY', compatibility.errorCode, compatibility.message);
  steps.push(compatibility.skipped
    ? { name: 'CHECK_COMPATIBILITY', action: 'skip', reason: 'package.json declares no engines.twenty: every server version is accepted' }
    : { name: 'CHECK_COMPATIBILITY', action: 'run', reason: `engines.twenty ${input.enginesTwenty?.trim()} accepts server ${input.serverVersion}` });

  if (kind === 'fresh') {
    steps.push({ name: 'CREATE_APPLICATION', action: 'run' });
    // The server compares versions only against an existing application (`!wasCreated`).
    steps.push({ name: 'CHECK_VERSION', action: 'skip', reason: 'fresh install: no installed version to compare with' });
    if (semver.valid(newVersion) === null) {
      warnings.push(`Version "${newVersion}" is not valid semver: a fresh install accepts it, but every later upgrade of this install is refused with INVALID_INPUT.`);
    }
  } else {
    steps.push({ name: 'CREATE_APPLICATION', action: 'skip', reason: `already installed at ${previousVersion}: the existing application is updated` });
    const progression = checkVersionProgression(previousVersion!, newVersion, appLabel);
    if (!progression.allowed) return refuse('CHECK_VERSION', progression.errorCode, progression.message);
    steps.push({ name: 'CHECK_VERSION', action: 'run', reason: progression.note ?? `${previousVersion} -> ${newVersion} is an upgrade` });
  }

  steps.push({ name: 'WRITE_FILES', action: 'run' });

  if (!effectiveFlags.preInstall) {
    steps.push({ name: 'PRE_INSTALL_HOOK', action: 'skip', reason: 'the new version has no pre-install logic function' });
  } else if (kind === 'upgrade' && !effectiveFlags.preInstall.shouldRunOnVersionUpgrade) {
    // The additive pre-install sync still registers the function; only its execution is skipped.
    steps.push({ name: 'PRE_INSTALL_HOOK', action: 'skip', reason: UPGRADE_SKIP_REASON });
  } else {
    steps.push({ name: 'PRE_INSTALL_HOOK', action: 'run', mode: 'sync' });
  }

  steps.push({ name: 'APPLY_MANIFEST', action: 'run' });

  if (!effectiveFlags.postInstall) {
    steps.push({ name: 'POST_INSTALL_HOOK', action: 'skip', reason: 'the new version has no post-install logic function' });
  } else if (kind === 'upgrade' && !effectiveFlags.postInstall.shouldRunOnVersionUpgrade) {
    steps.push({ name: 'POST_INSTALL_HOOK', action: 'skip', reason: UPGRADE_SKIP_REASON });
  } else {
    steps.push({ name: 'POST_INSTALL_HOOK', action: 'run', mode: effectiveFlags.postInstall.shouldRunSynchronously ? 'sync' : 'queued' });
  }

  steps.push({ name: 'FINALIZE', action: 'run' });
  return plan();
}

/**
 * A failed fresh install is rolled back by uninstalling the application; a failed upgrade is not
 * (twenty-platform.md §5, step 9). Nothing exists to roll back before CREATE_APPLICATION ran.
 */
export function needsRollback(plan: Pick<InstallPlan, 'kind'>, completedSteps: readonly InstallStepName[]): boolean {
  return plan.kind === 'fresh' && completedSteps.includes('CREATE_APPLICATION');
}
