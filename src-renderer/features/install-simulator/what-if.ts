import type { InstallWhatIfRequest } from '../../../src-shared/contract';

/** A hook flag as the code declares it, or forced on or off for this simulation only. */
export type FlagOverride = 'code' | 'on' | 'off';

export interface WhatIfChoices {
  treatAsFresh: boolean;
  preInstallOnUpgrade: FlagOverride;
  postInstallOnUpgrade: FlagOverride;
  postInstallSynchronously: FlagOverride;
}

export const noWhatIf: WhatIfChoices = {
  treatAsFresh: false,
  preInstallOnUpgrade: 'code',
  postInstallOnUpgrade: 'code',
  postInstallSynchronously: 'code',
};

const flag = (value: FlagOverride): boolean | undefined => (value === 'code' ? undefined : value === 'on');

/** The contract's `whatIf`, or undefined when every switch is left as the code says (the plain simulation). */
export function toWhatIfRequest(choices: WhatIfChoices): InstallWhatIfRequest | undefined {
  const pre = flag(choices.preInstallOnUpgrade);
  const postUpgrade = flag(choices.postInstallOnUpgrade);
  const postSync = flag(choices.postInstallSynchronously);
  const overrides: NonNullable<InstallWhatIfRequest['overrides']> = {};
  if (pre !== undefined) overrides.preInstall = { shouldRunOnVersionUpgrade: pre };
  if (postUpgrade !== undefined || postSync !== undefined) {
    overrides.postInstall = {
      ...(postUpgrade !== undefined ? { shouldRunOnVersionUpgrade: postUpgrade } : {}),
      ...(postSync !== undefined ? { shouldRunSynchronously: postSync } : {}),
    };
  }
  const hasOverrides = Object.keys(overrides).length > 0;
  if (!choices.treatAsFresh && !hasOverrides) return undefined;
  return { ...(choices.treatAsFresh ? { treatAsFresh: true } : {}), ...(hasOverrides ? { overrides } : {}) };
}

/** How many switches differ from the code, for the section's badge. */
export function activeWhatIfCount(choices: WhatIfChoices): number {
  return (
    Number(choices.treatAsFresh) +
    [choices.preInstallOnUpgrade, choices.postInstallOnUpgrade, choices.postInstallSynchronously].filter((value) => value !== 'code').length
  );
}
