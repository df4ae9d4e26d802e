import type { FlagOverride, WhatIfChoices } from './what-if';
import { activeWhatIfCount } from './what-if';

function FlagSelect({ label, hint, value, testId, onChange }: { label: string; hint: string; value: FlagOverride; testId: string; onChange: (value: FlagOverride) => void }) {
  const [hook, flag] = label.split(' ');
  return (
    <label className="what-if-flag" title={hint}>
      <span className="what-if-flag-label">
        {hook} <code>{flag}</code>
      </span>
      <select className="release-select" data-testid={testId} value={value} onChange={(event) => onChange(event.target.value as FlagOverride)}>
        <option value="code">as in the code</option>
        <option value="on">true</option>
        <option value="off">false</option>
      </select>
    </label>
  );
}

/**
 * "What if" switches: they change only this simulation (the request's whatIf), never the app's code,
 * so a developer can see what a flag would do before committing to it.
 */
export function WhatIfSwitches({ value, onChange }: { value: WhatIfChoices; onChange: (changes: Partial<WhatIfChoices>) => void }) {
  const active = activeWhatIfCount(value);
  return (
    <fieldset className="what-if" data-testid="install-what-if">
      <legend>
        What if… {active > 0 && <span className="badge accent-badge">{active} changed</span>}
        <span className="muted what-if-note"> (the code is not touched)</span>
      </legend>
      <label className="what-if-check">
        <input type="checkbox" data-testid="what-if-fresh" checked={value.treatAsFresh} onChange={(event) => onChange({ treatAsFresh: event.target.checked })} />
        Treat as a fresh install (ignore the installed version)
      </label>
      <div className="what-if-flags">
        <FlagSelect
          label="pre-install shouldRunOnVersionUpgrade"
          hint="Whether the new version's pre-install hook runs on an upgrade"
          testId="what-if-pre-upgrade"
          value={value.preInstallOnUpgrade}
          onChange={(preInstallOnUpgrade) => onChange({ preInstallOnUpgrade })}
        />
        <FlagSelect
          label="post-install shouldRunOnVersionUpgrade"
          hint="Whether the new version's post-install hook runs on an upgrade"
          testId="what-if-post-upgrade"
          value={value.postInstallOnUpgrade}
          onChange={(postInstallOnUpgrade) => onChange({ postInstallOnUpgrade })}
        />
        <FlagSelect
          label="post-install shouldRunSynchronously"
          hint="Synchronous: a failure fails the install (the migration stays applied). Otherwise it is queued and retried on RetryableLogicFunctionError."
          testId="what-if-post-sync"
          value={value.postInstallSynchronously}
          onChange={(postInstallSynchronously) => onChange({ postInstallSynchronously })}
        />
      </div>
    </fieldset>
  );
}
