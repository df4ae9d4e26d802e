import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { Dialog } from '../../app/dialog';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { CronPreviewer } from './cron-previewer';

/** The Cron tool: try a pattern (or one of the app's cron functions) and see when it would run. */
export function CronDialog() {
  const studio = useStudio();
  const open = useStore(studio.triggerEditor, (state) => state.dialog === 'cron');
  if (!open) return null;
  return <CronTool initial={studio.triggerEditor.getState().cronPattern} onClose={() => studio.triggerEditor.getState().close()} />;
}

function CronTool({ initial, onClose }: { initial: string; onClose: () => void }) {
  const studio = useStudio();
  const [pattern, setPattern] = useState(initial);
  const [functionId, setFunctionId] = useState('');
  const logicFunctions = useStudioStore('project', (state) => state.model?.manifest.logicFunctions);
  const cronFunctions = useMemo(
    () =>
      (logicFunctions ?? []).flatMap((fn) => {
        const settings = fn.cronTriggerSettings;
        const fnPattern = settings && typeof settings === 'object' && !Array.isArray(settings) ? settings.pattern : undefined;
        return typeof fn.universalIdentifier === 'string' && typeof fnPattern === 'string'
          ? [{ id: fn.universalIdentifier, name: typeof fn.name === 'string' ? fn.name : fn.universalIdentifier, pattern: fnPattern }]
          : [];
      }),
    [logicFunctions],
  );
  const chosen = cronFunctions.find((fn) => fn.id === functionId);
  return (
    <Dialog title="Cron previewer" onClose={onClose} testId="cron-dialog">
      <div className="cron-dialog-body">
        {cronFunctions.length > 0 && (
          <>
            <label className="field-label" htmlFor="cron-dialog-function">
              Function
            </label>
            <select
              id="cron-dialog-function"
              className="tf-select"
              value={functionId}
              data-testid="cron-dialog-function"
              onChange={(event) => {
                setFunctionId(event.target.value);
                const fn = cronFunctions.find((candidate) => candidate.id === event.target.value);
                if (fn) setPattern(fn.pattern);
              }}
            >
              <option value="">(none: try a pattern)</option>
              {cronFunctions.map((fn) => (
                <option key={fn.id} value={fn.id}>
                  {fn.name} ({fn.pattern})
                </option>
              ))}
            </select>
          </>
        )}
        <label className="field-label" htmlFor="cron-dialog-pattern">
          Pattern
        </label>
        <input id="cron-dialog-pattern" className="text-input" value={pattern} autoFocus spellCheck={false} data-testid="cron-dialog-pattern" onChange={(event) => setPattern(event.target.value)} />
        <CronPreviewer
          pattern={pattern}
          onPickPreset={setPattern}
          onRunNow={chosen ? () => void studio.runs.getState().run(chosen.id, chosen.name, {}) : undefined}
        />
      </div>
    </Dialog>
  );
}
