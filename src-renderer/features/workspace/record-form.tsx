import { useMemo, useState } from 'react';
import type { WorkspaceObjectInfo } from '../../../src-shared/contract';
import { Icon } from '../../app/icons';
import { useStudio } from '../../app/studio-context';
import { formData, formInputs, formValuesOf, FormValueError, type FormInput, type FormValues, type WorkspaceRecord } from './record-fields';
import { useWorkspace } from './use-workspace';

function Input({ input, value, onChange }: { input: FormInput; value: string | boolean; onChange: (value: string | boolean) => void }) {
  const id = `ws-input-${input.path}`;
  const common = { id, 'data-testid': 'ws-form-input', 'data-path': input.path } as const;
  switch (input.kind) {
    case 'boolean':
      return <input type="checkbox" {...common} checked={value === true} onChange={(event) => onChange(event.target.checked)} />;
    case 'select':
      return (
        <select className="release-select" {...common} value={String(value)} onChange={(event) => onChange(event.target.value)}>
          <option value="">(none)</option>
          {input.options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      );
    case 'textarea':
    case 'json':
      return <textarea className="ws-textarea" rows={input.kind === 'json' ? 4 : 3} {...common} value={String(value)} onChange={(event) => onChange(event.target.value)} spellCheck={false} />;
    default:
      return (
        <input
          className="text-input"
          {...common}
          value={String(value)}
          inputMode={input.kind === 'number' || input.kind === 'amount' ? 'decimal' : undefined}
          placeholder={
            input.kind === 'uuid' ? '00000000-0000-0000-0000-000000000000'
              : input.kind === 'multi' ? (input.options?.map((option) => option.value).join(', ') ?? 'a, b, c')
                : input.kind === 'datetime' ? '2025-01-31T09:00:00Z'
                  : input.kind === 'date' ? '2025-01-31'
                    : undefined
          }
          onChange={(event) => onChange(event.target.value)}
        />
      );
  }
}

/** Create or edit a record: an input per writable field, composites as their subfields. */
export function RecordForm({ object, record }: { object: WorkspaceObjectInfo; record: WorkspaceRecord | null }) {
  const store = useStudio().workspace.window;
  const writing = useWorkspace((state) => state.writing);
  const writeError = useWorkspace((state) => state.writeError);
  const inputs = useMemo(() => formInputs(object), [object]);
  const initial = useMemo(() => (record ? formValuesOf(inputs, record) : null), [inputs, record]);
  const [values, setValues] = useState<FormValues>(() => initial ?? formValuesOf(inputs, null));
  const [localError, setLocalError] = useState<{ path: string | null; message: string } | null>(null);
  const editing = record !== null;

  const submit = async () => {
    let data: WorkspaceRecord;
    try {
      data = formData(inputs, values, initial);
    } catch (error) {
      setLocalError({ path: error instanceof FormValueError ? error.path : null, message: (error as Error).message });
      return;
    }
    setLocalError(null);
    if (editing && Object.keys(data).length === 0) {
      store.getState().setPane({ kind: 'json', id: String(record.id) });
      return;
    }
    if (editing) await store.getState().write('update', { id: String(record.id), data });
    else await store.getState().write('create', { data });
  };

  return (
    <form
      className="ws-form"
      data-testid="ws-record-form"
      data-mode={editing ? 'edit' : 'create'}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="ws-pane-title">
        <span className="ws-pane-name">{editing ? `Edit ${object.labelSingular.toLowerCase()}` : `New ${object.labelSingular.toLowerCase()}`}</span>
        <span className="toolbar-spacer" />
        <button type="button" className="icon-button" title="Close" data-testid="ws-form-close" onClick={() => store.getState().setPane(editing ? { kind: 'json', id: String(record.id) } : null)}>
          <Icon name="close" />
        </button>
      </div>
      <div className="ws-form-fields">
        {inputs.length === 0 && <div className="muted">This object has no field a person can write.</div>}
        {inputs.map((input) => (
          <div key={input.path} className={`ws-form-row ${input.kind === 'boolean' ? 'is-check' : ''} ${localError?.path === input.path ? 'has-error' : ''}`}>
            <label htmlFor={`ws-input-${input.path}`} title={`${input.path}: ${input.field.type}`}>
              {input.label}
              {input.required && <span className="ws-required"> *</span>}
            </label>
            <Input input={input} value={values[input.path] ?? ''} onChange={(value) => setValues((current) => ({ ...current, [input.path]: value }))} />
          </div>
        ))}
      </div>
      {(localError || writeError) && (
        <div className="ws-error" data-testid="ws-form-error">
          {localError?.message ?? writeError}
        </div>
      )}
      <div className="ws-form-actions">
        <button type="submit" className="button primary" data-testid="ws-form-submit" disabled={writing}>
          {editing ? 'Save' : 'Create'}
        </button>
        {writing && <span className="spinner" />}
        <span className="muted ws-form-hint">Written through the Core API: the app&apos;s database-event functions run.</span>
      </div>
    </form>
  );
}
