import { useEffect, useState } from 'react';
import type { AppVariable } from '../../../src-shared/contract';
import { describeError } from '../../api/studio-error';
import { useStudio } from '../../app/studio-context';
import { initialText, inputKind, parseVariableText } from './variable-value';

interface Edit {
  text: string;
  /** Reset to the manifest's default (the stored value is removed). */
  clear: boolean;
}

function VariableField({ variable, edit, onEdit }: { variable: AppVariable; edit: Edit | undefined; onEdit: (edit: Edit | undefined) => void }) {
  const kind = inputKind(variable.type);
  const text = edit?.text ?? initialText(variable);
  const id = `variable-${variable.name}`;
  const parsed = edit && !edit.clear && (!variable.isSecret || edit.text !== '') ? parseVariableText(variable, edit.text) : null;
  const missing = variable.isRequired && !variable.hasValue && (variable.defaultValue === null || variable.defaultValue === undefined) && !edit?.text;
  const set = (value: string) => onEdit({ text: value, clear: false });
  return (
    <div className="variable-field" data-testid="variable-field" data-name={variable.name}>
      <label className="variable-label" htmlFor={id}>
        <span className="variable-name">{variable.name}</span>
        {variable.type && <span className="badge">{variable.type}</span>}
        {variable.isRequired && <span className="badge">required</span>}
        {variable.isSecret && <span className="badge">secret</span>}
        {variable.kind === 'server' && <span className="badge">server</span>}
      </label>
      {variable.description && <div className="variable-description muted">{variable.description}</div>}
      <div className="variable-input-row">
        {kind === 'boolean' && !variable.isSecret ? (
          <input id={id} type="checkbox" data-testid="variable-input" checked={text === 'true'} onChange={(event) => set(String(event.target.checked))} />
        ) : (
          <input
            id={id}
            className="text-input"
            data-testid="variable-input"
            // Secrets are typed blind and never shown back: the core only returns a mask.
            type={variable.isSecret ? 'password' : kind === 'number' ? 'number' : 'text'}
            autoComplete={variable.isSecret ? 'new-password' : 'off'}
            spellCheck={false}
            placeholder={variable.isSecret ? (variable.hasValue ? `${String(variable.displayValue ?? '••••••••')} (set; type to replace)` : 'not set') : variable.defaultValue !== null && variable.defaultValue !== undefined ? `default: ${JSON.stringify(variable.defaultValue)}` : ''}
            value={edit?.clear ? '' : text}
            onChange={(event) => set(event.target.value)}
          />
        )}
        {variable.hasValue && (
          <button type="button" className="button" data-testid="variable-clear" title="Remove the value set in the studio (the manifest's default applies)" onClick={() => onEdit({ text: '', clear: true })}>
            {variable.isSecret ? 'Clear' : 'Reset'}
          </button>
        )}
      </div>
      {parsed && !parsed.ok && <div className="field-error">{parsed.message}</div>}
      {edit?.clear && <div className="muted field-note">Will be removed on save.</div>}
      {missing && <div className="field-error">Required: runs get null until it has a value.</div>}
    </div>
  );
}

/** The app's variables (manifest `applicationVariables` and `serverVariables`), with the values the studio injects. */
export function VariablesForm() {
  const studio = useStudio();
  const [variables, setVariables] = useState<AppVariable[] | null>(null);
  const [edits, setEdits] = useState<Record<string, Edit>>({});
  const [status, setStatus] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);

  useEffect(() => {
    let alive = true;
    studio.api.call('variables.list', {}).then(
      (result) => alive && setVariables(result.variables),
      (error) => alive && setStatus({ tone: 'error', text: describeError(error) }),
    );
    return () => {
      alive = false;
    };
  }, [studio]);

  if (!variables) return <p className="muted">{status?.text ?? 'Loading variables…'}</p>;
  if (variables.length === 0) return <p className="muted" data-testid="variables-empty">The app declares no variables (applicationVariables in defineApplication).</p>;

  const values: Record<string, unknown> = {};
  const clear: string[] = [];
  let invalid = false;
  for (const variable of variables) {
    const edit = edits[variable.name];
    if (!edit) continue;
    if (edit.clear) clear.push(variable.name);
    // An empty secret field means "leave it as it is".
    else if (!(variable.isSecret && edit.text === '')) {
      const parsed = parseVariableText(variable, edit.text);
      if (parsed.ok) values[variable.name] = parsed.value;
      else invalid = true;
    }
  }
  const changed = Object.keys(values).length + clear.length > 0;

  const save = async () => {
    try {
      const result = await studio.api.call('variables.set', { values, clear });
      setVariables(result.variables);
      setEdits({});
      setStatus({ tone: 'ok', text: 'Saved: the next run gets these values.' });
    } catch (error) {
      setStatus({ tone: 'error', text: describeError(error) });
    }
  };

  return (
    <form
      className="variables-form"
      data-testid="variables-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (changed && !invalid) void save();
      }}
    >
      {variables.map((variable) => (
        <VariableField
          key={variable.name}
          variable={variable}
          edit={edits[variable.name]}
          onEdit={(edit) => {
            setStatus(null);
            setEdits((current) => {
              const next = { ...current };
              if (edit) next[variable.name] = edit;
              else delete next[variable.name];
              return next;
            });
          }}
        />
      ))}
      <div className="dialog-actions">
        {status && <span className={status.tone === 'error' ? 'field-error' : 'muted'} data-testid="variables-status">{status.text}</span>}
        <button type="submit" className="button primary" data-testid="variables-save" disabled={!changed || invalid}>
          Save variables
        </button>
      </div>
    </form>
  );
}
