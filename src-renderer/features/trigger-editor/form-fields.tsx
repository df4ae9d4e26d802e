import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { LiteralValue } from '../../../src-shared/twenty/source-edit/literal-values';
import type { ConfigPath } from '../../../src-shared/twenty/source-edit/config-paths';
import { Icon } from '../../app/icons';
import { evaluatedValue, fieldId, useTriggerForm } from './form-context';

/** The issues validateConfigLiteral found at a path, and a refused edit of that field. */
export function FieldMessages({ path, showIssues = true }: { path: string; showIssues?: boolean }) {
  const form = useTriggerForm();
  const issues = showIssues ? form.issues.filter((issue) => issue.path === path) : [];
  const refusal = form.refusal && form.refusal.key === path ? form.refusal.reason : null;
  if (issues.length === 0 && !refusal) return null;
  return (
    <div className="tf-messages" data-testid={`field-issues-${fieldId(path)}`}>
      {refusal && (
        <div className="tf-message error" data-testid="edit-refused">
          Not applied: {refusal}
        </div>
      )}
      {issues.map((issue, index) => (
        <div key={index} className={`tf-message ${issue.severity}`} data-severity={issue.severity}>
          {issue.message}
        </div>
      ))}
    </div>
  );
}

/**
 * One labelled field. A property whose value is code is shown read-only with what it evaluates to and
 * an "Edit in code" link; otherwise `children` receives the literal value (undefined when absent).
 */
export function PropertyField({
  path,
  label,
  hint,
  children,
  showIssues = true,
}: {
  path: ConfigPath;
  label: string;
  hint?: string;
  /** False when the field shows its issues itself (the cron previewer shows the pattern's). */
  showIssues?: boolean;
  children: (value: LiteralValue | undefined) => ReactNode;
}) {
  const form = useTriggerForm();
  const state = form.config.properties[path];
  return (
    <div className="tf-field" data-testid={`field-${fieldId(path)}`} data-kind={state.kind}>
      <label className="tf-label" title={path}>
        {label}
        {hint && <span className="tf-hint">{hint}</span>}
      </label>
      {state.kind === 'not-literal' ? (
        <CodeValue text={state.text} reason={state.reason} evaluated={evaluatedValue(form.evaluated, path)} onReveal={() => form.reveal(state.codeRange)} />
      ) : (
        children(state.kind === 'literal' ? state.value : undefined)
      )}
      <FieldMessages path={path} showIssues={showIssues || state.kind === 'not-literal'} />
    </div>
  );
}

/** A value the form does not own: its code, what it evaluates to, and where to change it. */
export function CodeValue({ text, reason, evaluated, onReveal }: { text: string; reason: string; evaluated: unknown; onReveal: () => void }) {
  return (
    <div className="tf-code-value" data-testid="code-value">
      <div className="tf-code-line">
        <code className="tf-code" title={text}>
          {text.length > 60 ? `${text.slice(0, 57)}…` : text}
        </code>
        <button type="button" className="link" onClick={onReveal} data-testid="edit-in-code">
          Edit in code
        </button>
      </div>
      <div className="tf-evaluated" data-testid="evaluated-value">
        = {evaluated === undefined ? 'not evaluated' : JSON.stringify(evaluated)}
      </div>
      <div className="tf-hint">Read-only here: {reason}.</div>
    </div>
  );
}

/**
 * A text input that writes on Enter or when it loses focus (one undo step per change, not per key),
 * and follows the source while it is not being edited. Escape puts the source's value back.
 */
export function TextInput({
  value,
  onCommit,
  onDraft,
  placeholder,
  testId,
  mono = true,
  numeric = false,
}: {
  value: string;
  onCommit: (text: string) => Promise<boolean> | boolean | void;
  /** Every keystroke, for live previews (the cron previewer). */
  onDraft?: (text: string) => void;
  placeholder?: string;
  testId?: string;
  mono?: boolean;
  /** A numeric keyboard, but a text input: a number input would turn what it cannot parse into ''. */
  numeric?: boolean;
}) {
  const [draft, setDraft] = useState(value);
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);
  const commit = async () => {
    editing.current = false;
    if (draft === value) return;
    const applied = await onCommit(draft);
    // A refused value stays in the field, next to its reason, so nothing typed is lost.
    if (applied === false) editing.current = true;
  };
  return (
    <input
      className={`tf-input${mono ? ' mono' : ''}`}
      type="text"
      inputMode={numeric ? 'decimal' : undefined}
      value={draft}
      placeholder={placeholder}
      data-testid={testId}
      spellCheck={false}
      onChange={(event) => {
        editing.current = true;
        setDraft(event.target.value);
        onDraft?.(event.target.value);
      }}
      onBlur={() => void commit()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          void commit();
        } else if (event.key === 'Escape') {
          editing.current = false;
          setDraft(value);
          onDraft?.(value);
        }
      }}
    />
  );
}

export function Checkbox({ checked, onChange, label, testId }: { checked: boolean; onChange: (checked: boolean) => void; label: string; testId?: string }) {
  return (
    <label className="tf-checkbox">
      <input type="checkbox" checked={checked} data-testid={testId} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}

/** A list of strings as chips, with an input (or a picker) to add one. */
export function StringListEditor({
  values,
  onChange,
  placeholder,
  options,
  testId,
}: {
  values: readonly string[];
  onChange: (values: string[]) => void;
  placeholder: string;
  /** When set, new items are picked from these instead of typed. */
  options?: readonly string[];
  testId?: string;
}) {
  const [draft, setDraft] = useState('');
  const add = (item: string) => {
    const trimmed = item.trim();
    if (trimmed && !values.includes(trimmed)) onChange([...values, trimmed]);
    setDraft('');
  };
  const remaining = options?.filter((option) => !values.includes(option));
  return (
    <div className="tf-list" data-testid={testId}>
      <div className="tf-chips">
        {values.map((item, index) => (
          <span key={`${item}-${index}`} className="tf-chip" data-testid="list-item">
            {item}
            <button type="button" className="tf-chip-remove" aria-label={`Remove ${item}`} onClick={() => onChange(values.filter((_, i) => i !== index))}>
              <Icon name="close" />
            </button>
          </span>
        ))}
        {values.length === 0 && <span className="tf-hint">none</span>}
      </div>
      {remaining ? (
        <select className="tf-select" value="" data-testid={testId && `${testId}-add`} onChange={(event) => event.target.value && add(event.target.value)}>
          <option value="">{placeholder}</option>
          {remaining.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      ) : (
        <input
          className="tf-input mono"
          value={draft}
          placeholder={placeholder}
          data-testid={testId && `${testId}-add`}
          spellCheck={false}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => draft && add(draft)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add(draft);
            }
          }}
        />
      )}
    </div>
  );
}
