import { definePathApplies, type ConfigPath } from '../../../src-shared/twenty/source-edit/config-paths';
import { TIMEOUT_SECONDS_RANGE } from '../../../src-shared/twenty/validation/logic-function-validation';
import { Checkbox, PropertyField, TextInput } from './form-fields';
import { useTriggerForm } from './form-context';

/** name, description, timeoutSeconds, the identifier (read-only), and the install hooks' switches. */
export function GeneralSection() {
  const form = useTriggerForm();
  const setString = (path: ConfigPath, optional: boolean) => (text: string) =>
    optional && text === '' ? form.commit({ kind: 'remove', path }, path) : form.commit({ kind: 'set', path, value: text }, path);
  const applies = (path: ConfigPath) => definePathApplies(form.config.defineFunction, path);
  return (
    <section className="tf-section" data-testid="section-general">
      <h3 className="tf-section-title">General</h3>
      <PropertyField path="name" label="name">
        {(value) => <TextInput value={typeof value === 'string' ? value : ''} onCommit={setString('name', false)} testId="input-name" mono={false} />}
      </PropertyField>
      <PropertyField path="description" label="description">
        {(value) => <TextInput value={typeof value === 'string' ? value : ''} onCommit={setString('description', true)} testId="input-description" mono={false} placeholder="optional" />}
      </PropertyField>
      <PropertyField path="timeoutSeconds" label="timeoutSeconds" hint={`${TIMEOUT_SECONDS_RANGE.min}..${TIMEOUT_SECONDS_RANGE.max}, default 300`}>
        {(value) => (
          <TextInput
            numeric
            value={typeof value === 'number' ? String(value) : ''}
            placeholder="300"
            testId="input-timeoutSeconds"
            onCommit={(text) => {
              if (text.trim() === '') return form.commit({ kind: 'remove', path: 'timeoutSeconds' }, 'timeoutSeconds');
              const seconds = Number(text);
              // Out-of-range numbers are written (and flagged inline); only non-numbers cannot be.
              if (!Number.isFinite(seconds)) return form.commit({ kind: 'set', path: 'timeoutSeconds', value: text }, 'timeoutSeconds');
              return form.commit({ kind: 'set', path: 'timeoutSeconds', value: seconds }, 'timeoutSeconds');
            }}
          />
        )}
      </PropertyField>
      <PropertyField path="universalIdentifier" label="universalIdentifier" hint="read-only">
        {(value) => (
          <div className="tf-readonly mono" data-testid="universal-identifier">
            {typeof value === 'string' ? value : '(missing)'}
          </div>
        )}
      </PropertyField>
      {applies('shouldRunOnVersionUpgrade') && (
        <PropertyField path="shouldRunOnVersionUpgrade" label="Install hook">
          {(value) => (
            <Checkbox
              label="shouldRunOnVersionUpgrade: also run when an existing install is upgraded"
              checked={value === true}
              testId="input-shouldRunOnVersionUpgrade"
              onChange={(checked) => void form.commit({ kind: 'set', path: 'shouldRunOnVersionUpgrade', value: checked }, 'shouldRunOnVersionUpgrade')}
            />
          )}
        </PropertyField>
      )}
      {applies('shouldRunSynchronously') && (
        <PropertyField path="shouldRunSynchronously" label="Post-install">
          {(value) => (
            <Checkbox
              label="shouldRunSynchronously: the install waits for it to finish"
              checked={value === true}
              testId="input-shouldRunSynchronously"
              onChange={(checked) => void form.commit({ kind: 'set', path: 'shouldRunSynchronously', value: checked }, 'shouldRunSynchronously')}
            />
          )}
        </PropertyField>
      )}
    </section>
  );
}
