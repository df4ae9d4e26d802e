import { useState } from 'react';
import { CronPreviewer } from '../cron-preview/cron-previewer';
import { PropertyField, TextInput } from './form-fields';
import { useTriggerForm } from './form-context';
import { TriggerSection } from './trigger-section';

const PATTERN = 'cronTriggerSettings.pattern' as const;

function PatternField({ value, onRunNow }: { value: string; onRunNow?: () => void }) {
  const form = useTriggerForm();
  // The previewer follows the keystrokes; the source gets the pattern on Enter or blur.
  const [draft, setDraft] = useState<string | null>(null);
  const commit = async (text: string) => {
    const applied = await form.commit({ kind: 'set', path: PATTERN, value: text }, PATTERN);
    if (applied) setDraft(null);
    return applied;
  };
  return (
    <>
      <TextInput value={value} placeholder="*/15 * * * *" testId="input-cron-pattern" onDraft={setDraft} onCommit={commit} />
      <CronPreviewer pattern={draft ?? value} onPickPreset={(pattern) => void commit(pattern)} onRunNow={onRunNow} />
    </>
  );
}

export function CronSection({ onRunNow }: { onRunNow?: () => void }) {
  return (
    <TriggerSection trigger="cron">
      {/* The previewer under the input shows the pattern's error (at its field) and warnings: not twice. */}
      <PropertyField path={PATTERN} label="pattern" hint="minute hour day month weekday, UTC" showIssues={false}>
        {(value) => <PatternField value={typeof value === 'string' ? value : ''} onRunNow={onRunNow} />}
      </PropertyField>
    </TriggerSection>
  );
}
