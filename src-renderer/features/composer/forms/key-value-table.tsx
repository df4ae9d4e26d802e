import { Icon } from '../../../app/icons';

export interface KeyValueRow {
  name: string;
  value: string;
  enabled?: boolean;
}

interface KeyValueTableProps<R extends KeyValueRow> {
  label: string;
  rows: readonly R[];
  onChange(rows: R[]): void;
  newRow(): R;
  testId: string;
  namePlaceholder?: string;
  /** Shows the per-row "send it" checkbox (headers); query rows are always sent. */
  toggleable?: boolean;
  /** Rows added by the composer itself (an implicit content-type), shown read-only after the rows. */
  implicit?: readonly { name: string; value: string; note: string }[];
}

/** An editable name/value table (query string, headers) that is all plain inputs, so Tab walks it. */
export function KeyValueTable<R extends KeyValueRow>({ label, rows, onChange, newRow, testId, namePlaceholder = 'name', toggleable = false, implicit = [] }: KeyValueTableProps<R>) {
  const update = (index: number, patch: Partial<KeyValueRow>) => onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="kv-table" data-testid={testId}>
      <legend>{label}</legend>
      {rows.map((row, index) => (
        <div key={index} className="kv-row" data-testid={`${testId}-row`}>
          {toggleable && (
            <input
              type="checkbox"
              checked={row.enabled !== false}
              aria-label={`Send ${row.name || 'this row'}`}
              onChange={(event) => update(index, { enabled: event.target.checked })}
            />
          )}
          <input className="kv-input" aria-label={`${label} name`} placeholder={namePlaceholder} value={row.name} spellCheck={false} onChange={(event) => update(index, { name: event.target.value })} />
          <input className="kv-input" aria-label={`${label} value`} placeholder="value" value={row.value} spellCheck={false} onChange={(event) => update(index, { value: event.target.value })} />
          <button type="button" className="icon-button" aria-label={`Remove ${row.name || 'row'}`} title="Remove" onClick={() => onChange(rows.filter((_row, at) => at !== index))}>
            <Icon name="close" />
          </button>
        </div>
      ))}
      {implicit.map((row) => (
        <div key={row.name} className="kv-row kv-implicit" title={row.note}>
          {toggleable && <input type="checkbox" checked disabled aria-label={row.note} />}
          <input className="kv-input" value={row.name} readOnly tabIndex={-1} aria-label={row.note} />
          <input className="kv-input" value={row.value} readOnly tabIndex={-1} aria-label={row.note} />
          <span className="muted kv-note">auto</span>
        </div>
      ))}
      <button type="button" className="link kv-add" data-testid={`${testId}-add`} onClick={() => onChange([...rows, newRow()])}>
        + Add
      </button>
    </fieldset>
  );
}
