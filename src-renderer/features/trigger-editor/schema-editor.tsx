import { useEffect, useState } from 'react';
import type { LiteralValue } from '../../../src-shared/twenty/source-edit/literal-values';
import { Icon } from '../../app/icons';
import { TextInput } from './form-fields';
import { SCHEMA_TYPES, freshPropertyName, parseSchemaText, schemaRows, schemaWithRows, type SchemaPropertyRow } from './json-schema-model';

/** A small JSON Schema builder (properties: name, type, required, description) with a raw JSON view. */
export function SchemaEditor({ value, onChange, testId }: { value: LiteralValue; onChange: (schema: LiteralValue) => Promise<boolean> | void; testId: string }) {
  const [raw, setRaw] = useState(false);
  const rows = schemaRows(value);
  const write = (next: SchemaPropertyRow[]) => onChange(schemaWithRows(value, next));
  const patch = (index: number, change: Partial<SchemaPropertyRow>) => write(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <div className="tf-schema" data-testid={testId}>
      <div className="tf-schema-tabs">
        <button type="button" className={`tf-tab${raw ? '' : ' active'}`} onClick={() => setRaw(false)}>
          Properties
        </button>
        <button type="button" className={`tf-tab${raw ? ' active' : ''}`} onClick={() => setRaw(true)} data-testid={`${testId}-raw-tab`}>
          JSON
        </button>
      </div>
      {raw ? (
        <RawSchema value={value} onChange={onChange} testId={`${testId}-raw`} />
      ) : (
        <>
          {rows.length > 0 && (
            <div className="tf-schema-rows">
              {rows.map((row, index) => (
                <div key={index} className="tf-schema-row" data-testid="schema-property">
                  <TextInput value={row.name} testId="schema-property-name" onCommit={(name) => (name && !rows.some((r, i) => i !== index && r.name === name) ? write(rows.map((r, i) => (i === index ? { ...r, name } : r))) : false)} />
                  <select className="tf-select" value={row.type} onChange={(event) => void patch(index, { type: event.target.value })} data-testid="schema-property-type">
                    {!row.type && <option value="">(any)</option>}
                    {SCHEMA_TYPES.map((type) => (
                      <option key={type} value={type}>
                        {type}
                      </option>
                    ))}
                  </select>
                  <label className="tf-checkbox" title="required">
                    <input type="checkbox" checked={row.required} onChange={(event) => void patch(index, { required: event.target.checked })} />
                    req.
                  </label>
                  <button type="button" className="icon-button" aria-label={`Remove ${row.name}`} onClick={() => void write(rows.filter((_, i) => i !== index))}>
                    <Icon name="trash" />
                  </button>
                  <div className="tf-schema-description">
                    <TextInput value={row.description} mono={false} placeholder="description" onCommit={(description) => patch(index, { description })} />
                  </div>
                </div>
              ))}
            </div>
          )}
          <button
            type="button"
            className="button tf-small"
            data-testid={`${testId}-add`}
            onClick={() => void write([...rows, { name: freshPropertyName(rows), type: 'string', required: false, description: '' }])}
          >
            Add property
          </button>
        </>
      )}
    </div>
  );
}

function RawSchema({ value, onChange, testId }: { value: LiteralValue; onChange: (schema: LiteralValue) => Promise<boolean> | void; testId: string }) {
  const text = JSON.stringify(value, null, 2);
  const [draft, setDraft] = useState(text);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(text), [text]);
  const apply = () => {
    const parsed = parseSchemaText(draft);
    if (!parsed.ok) {
      setError(parsed.reason);
      return;
    }
    setError(null);
    void onChange(parsed.value);
  };
  return (
    <div className="tf-raw">
      <textarea className="tf-textarea mono" value={draft} rows={Math.min(14, draft.split('\n').length + 1)} spellCheck={false} data-testid={testId} onChange={(event) => setDraft(event.target.value)} />
      {error && <div className="tf-message error">{error}</div>}
      <button type="button" className="button tf-small" disabled={draft === text} onClick={apply}>
        Apply JSON
      </button>
    </div>
  );
}
