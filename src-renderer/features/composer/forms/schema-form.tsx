import type { InputProblem } from '../../../../src-shared/twenty/saved-payload/input-validation';
import { exampleForSchema } from '../../../../src-shared/twenty/sample-payload';
import { Icon } from '../../../app/icons';
import { getAt, nodeKind, numberFromText, pathKey, setAt, type PathSegment, type SchemaFormDraft, type SchemaNode } from './schema-form-model';

interface FieldProps {
  node: SchemaNode;
  path: PathSegment[];
  label: string;
  required: boolean;
  draft: SchemaFormDraft;
  onChange(draft: SchemaFormDraft): void;
  problems: readonly InputProblem[];
}

function Problems({ path, problems }: { path: PathSegment[]; problems: readonly InputProblem[] }) {
  const key = pathKey(path);
  const mine = problems.filter((problem) => problem.path === key);
  if (mine.length === 0) return null;
  return (
    <div className="schema-problem" data-testid="schema-problem" data-path={key}>
      {mine.map((problem) => problem.message.replace(`${key}: `, '')).join('; ')}
    </div>
  );
}

function FieldLabel({ label, required, node }: { label: string; required: boolean; node: SchemaNode }) {
  return (
    <span className="schema-label" title={node.description}>
      {label}
      {required && (
        <span className="required-mark" aria-label="required" title="Required">
          *
        </span>
      )}
      {node.description && <span className="muted schema-description"> {node.description}</span>}
    </span>
  );
}

function Field({ node, path, label, required, draft, onChange, problems }: FieldProps) {
  const value = getAt(draft.value, path);
  const key = pathKey(path);
  const setValue = (next: unknown, texts = draft.texts) => onChange({ value: setAt(draft.value, path, next), texts });
  const kind = nodeKind(node);
  const testId = `schema-field-${key}`;

  if (kind === 'object') {
    const properties = Object.entries(node.properties ?? {});
    const requiredNames = node.required ?? [];
    const body = properties.map(([name, child]) => (
      <Field key={name} node={child} path={[...path, name]} label={child.title ?? child.label ?? name} required={requiredNames.includes(name)} draft={draft} onChange={onChange} problems={problems} />
    ));
    if (path.length === 0) return <div className="schema-object">{body}<Problems path={path} problems={problems} /></div>;
    return (
      <fieldset className="schema-object" data-testid={testId}>
        <legend>
          <FieldLabel label={label} required={required} node={node} />
        </legend>
        {body}
        <Problems path={path} problems={problems} />
      </fieldset>
    );
  }

  if (kind === 'array') {
    const items = Array.isArray(value) ? value : [];
    return (
      <fieldset className="schema-array" data-testid={testId}>
        <legend>
          <FieldLabel label={label} required={required} node={node} />
        </legend>
        {items.map((_item, index) => (
          <div key={index} className="schema-array-item">
            <Field node={node.items!} path={[...path, index]} label={`${index + 1}`} required draft={draft} onChange={onChange} problems={problems} />
            <button type="button" className="icon-button" aria-label={`Remove item ${index + 1}`} title="Remove" onClick={() => setValue(items.filter((_x, at) => at !== index))}>
              <Icon name="close" />
            </button>
          </div>
        ))}
        <button type="button" className="link" data-testid={`${testId}-add`} onClick={() => setValue([...items, exampleForSchema(node.items)])}>
          + Add item
        </button>
        <Problems path={path} problems={problems} />
      </fieldset>
    );
  }

  let input;
  if (kind === 'boolean') {
    input = <input type="checkbox" data-testid={testId} checked={value === true} onChange={(event) => setValue(event.target.checked)} />;
  } else if (kind === 'enum') {
    const options = node.enum ?? [];
    const index = options.findIndex((option) => option === value);
    input = (
      <select className="composer-select" data-testid={testId} value={index < 0 ? '' : String(index)} onChange={(event) => setValue(event.target.value === '' ? undefined : options[Number(event.target.value)])}>
        <option value="">{required ? '(choose)' : '(none)'}</option>
        {options.map((option, at) => (
          <option key={at} value={String(at)}>
            {typeof option === 'string' ? option : JSON.stringify(option)}
          </option>
        ))}
      </select>
    );
  } else if (kind === 'number') {
    const textKey = `num:${key}`;
    const text = draft.texts[textKey] ?? (value === undefined || value === null ? '' : String(value));
    input = (
      <input
        className="composer-input"
        inputMode="decimal"
        data-testid={testId}
        value={text}
        onChange={(event) => setValue(numberFromText(event.target.value), { ...draft.texts, [textKey]: event.target.value })}
      />
    );
  } else if (kind === 'string') {
    input = (
      <input
        className="composer-input"
        data-testid={testId}
        value={typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value)}
        // An optional field left empty is absent from the payload, as a caller would leave it out.
        onChange={(event) => setValue(event.target.value === '' && !required ? undefined : event.target.value)}
      />
    );
  } else {
    const textKey = `json:${key}`;
    const text = draft.texts[textKey] ?? (value === undefined ? '' : JSON.stringify(value, null, 2));
    input = (
      <textarea
        className="composer-code"
        rows={3}
        spellCheck={false}
        data-testid={testId}
        value={text}
        onChange={(event) => {
          const texts = { ...draft.texts, [textKey]: event.target.value };
          try {
            setValue(event.target.value.trim() === '' ? undefined : JSON.parse(event.target.value), texts);
          } catch {
            // Keep the last good value; the text stays as typed and the form reports it.
            onChange({ value: draft.value, texts });
          }
        }}
      />
    );
  }
  return (
    <label className={`schema-field schema-${kind}`}>
      <FieldLabel label={label} required={required} node={node} />
      {input}
      <Problems path={path} problems={problems} />
    </label>
  );
}

/** A form for a tool's or workflow action's input, generated from its inputSchema. */
export function SchemaForm({ root, draft, onChange, problems }: { root: SchemaNode; draft: SchemaFormDraft; onChange(draft: SchemaFormDraft): void; problems: readonly InputProblem[] }) {
  return (
    <div className="schema-form" data-testid="schema-form">
      <Field node={root} path={[]} label="input" required draft={draft} onChange={onChange} problems={problems} />
    </div>
  );
}
