import type { ConfigPath } from '../../../src-shared/twenty/source-edit/config-paths';
import type { LiteralValue } from '../../../src-shared/twenty/source-edit/literal-values';
import { Icon } from '../../app/icons';
import { PropertyField, TextInput } from './form-fields';
import { evaluatedValue, useTriggerForm } from './form-context';
import { SchemaEditor } from './schema-editor';
import { TriggerSection } from './trigger-section';

/**
 * A schema property of a trigger: the builder when the source has one; otherwise what the SDK infers
 * from the handler's parameter type (read from the assembled manifest), which can be written out.
 */
function SchemaField({ path, label, inferredAt }: { path: ConfigPath; label: string; inferredAt?: string }) {
  const form = useTriggerForm();
  const set = (value: LiteralValue) => form.commit({ kind: 'set', path, value }, path);
  const inferred = inferredAt ? evaluatedValue(form.manifestEntry, inferredAt) : undefined;
  return (
    <PropertyField path={path} label={label}>
      {(value) =>
        value !== undefined ? (
          <div className="tf-schema-wrap">
            <SchemaEditor value={value} onChange={set} testId={`schema-${path.replace(/\./g, '-')}`} />
            <button type="button" className="link tf-remove-link" onClick={() => void form.commit({ kind: 'remove', path }, path)}>
              Remove (let the SDK infer it)
            </button>
          </div>
        ) : (
          <div className="tf-inferred" data-testid="inferred-schema">
            {inferred !== undefined ? (
              <>
                <div className="tf-hint">Not in the source: the SDK infers it from the handler's parameter type.</div>
                <pre className="tf-json">{JSON.stringify(inferred, null, 2)}</pre>
                <button type="button" className="button tf-small" onClick={() => void set(inferred as LiteralValue)}>
                  <Icon name="edit" />
                  Write it into the source
                </button>
              </>
            ) : (
              <>
                <div className="tf-hint">Not set.</div>
                <button type="button" className="button tf-small" onClick={() => void set({ type: 'object', properties: {} })}>
                  Add a schema
                </button>
              </>
            )}
          </div>
        )
      }
    </PropertyField>
  );
}

export function ToolSection() {
  return (
    <TriggerSection trigger="tool">
      <SchemaField path="toolTriggerSettings.inputSchema" label="inputSchema" inferredAt="toolTriggerSettings.inputSchema" />
    </TriggerSection>
  );
}

export function WorkflowActionSection() {
  const form = useTriggerForm();
  const text = (path: ConfigPath, placeholder: string, testId: string) => (
    <PropertyField path={path} label={path.split('.')[1]}>
      {(value) => (
        <TextInput
          value={typeof value === 'string' ? value : ''}
          placeholder={placeholder}
          mono={false}
          testId={testId}
          onCommit={(next) => form.commit(next === '' ? { kind: 'remove', path } : { kind: 'set', path, value: next }, path)}
        />
      )}
    </PropertyField>
  );
  return (
    <TriggerSection trigger="workflowAction">
      {text('workflowActionTriggerSettings.label', 'Shown in the workflow editor', 'input-workflow-label')}
      {text('workflowActionTriggerSettings.icon', 'IconBolt', 'input-workflow-icon')}
      <SchemaField path="workflowActionTriggerSettings.inputSchema" label="inputSchema" inferredAt="workflowActionTriggerSettings.inputSchema" />
      <SchemaField path="workflowActionTriggerSettings.outputSchema" label="outputSchema" />
    </TriggerSection>
  );
}
