import { useMemo, useRef, useState } from 'react';
import { Icon } from '../../../app/icons';
import { parseJsonText, type JsonTextResult } from '../../run/json-text';
import { insertProperty, missingFields } from './json-field-suggestions';

interface JsonFieldProps {
  label: string;
  value: string;
  onChange(text: string): void;
  testId: string;
  rows?: number;
  /** Field names offered as one-click insertions (the event composer's object fields). */
  suggestions?: readonly string[];
  /** An empty text is allowed (and means "nothing"); otherwise it is a parse error. */
  optional?: boolean;
}

/** Parses a JSON field's text; an empty optional field is fine. */
export function readJsonField(text: string, optional = false): JsonTextResult | { ok: true; value: undefined } {
  if (optional && text.trim() === '') return { ok: true, value: undefined };
  return parseJsonText(text);
}

/** "Add field": a small autocomplete over the object's field names (a datalist); Enter inserts `"field": null`. */
function FieldAdder({ fields, label, testId, onAdd }: { fields: readonly string[]; label: string; testId: string; onAdd(field: string): void }) {
  const [text, setText] = useState('');
  const listId = `${testId}-fields`;
  const add = () => {
    const field = text.trim();
    if (!field) return;
    onAdd(field);
    setText('');
  };
  return (
    <div className="composer-suggestions" data-testid={`${testId}-suggestions`}>
      <input
        className="composer-input field-adder"
        list={listId}
        placeholder={`Add a field (${fields.length} more)…`}
        aria-label={`Add a field to ${label}`}
        data-testid={`${testId}-add-field`}
        spellCheck={false}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
            event.preventDefault();
            add();
          }
        }}
      />
      <datalist id={listId}>
        {fields.map((field) => (
          <option key={field} value={field} />
        ))}
      </datalist>
      <button type="button" className="button small" disabled={text.trim() === ''} onClick={add}>
        Add
      </button>
    </div>
  );
}

/**
 * A JSON text area that never rewrites what is typed: an invalid text stays as it is, with the
 * parse error's line and column (click it to put the caret there). Tab indents; after Escape, Tab
 * moves the focus on, so a keyboard user is never kept in the field.
 */
export function JsonField({ label, value, onChange, testId, rows = 8, suggestions, optional = false }: JsonFieldProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  const released = useRef(false);
  const parsed = useMemo(() => readJsonField(value, optional), [value, optional]);
  const offered = useMemo(() => (suggestions && parsed.ok ? missingFields(parsed.value, suggestions) : []), [suggestions, parsed]);
  const goToError = () => {
    if (parsed.ok || !area.current) return;
    area.current.focus();
    area.current.setSelectionRange(parsed.position, Math.min(parsed.position + 1, value.length));
  };
  return (
    <div className="json-field" data-testid={testId}>
      <label className="composer-label">
        <span>{label}</span>
        <textarea
          ref={area}
          className="composer-code"
          rows={rows}
          spellCheck={false}
          value={value}
          aria-invalid={!parsed.ok}
          data-testid={`${testId}-text`}
          title="Tab indents; Escape, then Tab, moves on"
          onChange={(event) => onChange(event.target.value)}
          onFocus={() => (released.current = false)}
          onKeyDown={(event) => {
            // Escape hands Tab back to the page (as Monaco does): the next Tab leaves the field.
            if (event.key === 'Escape') {
              released.current = true;
              return;
            }
            if (event.key !== 'Tab') {
              if (!['Shift', 'Control', 'Meta', 'Alt'].includes(event.key)) released.current = false;
              return;
            }
            if (released.current || event.shiftKey || event.ctrlKey || event.metaKey) return;
            // People write JSON here: Tab indents rather than leaving the field (Shift+Tab still leaves).
            event.preventDefault();
            const target = event.currentTarget;
            const { selectionStart, selectionEnd } = target;
            onChange(`${value.slice(0, selectionStart)}  ${value.slice(selectionEnd)}`);
            requestAnimationFrame(() => target.setSelectionRange(selectionStart + 2, selectionStart + 2));
          }}
        />
      </label>
      {!parsed.ok && (
        <button type="button" className="composer-json-error" data-testid={`${testId}-error`} onClick={goToError} title="Show where">
          <Icon name="error" className="severity-error" />
          Line {parsed.line}, column {parsed.column}: {parsed.message}
        </button>
      )}
      {offered.length > 0 && <FieldAdder fields={offered} label={label} testId={testId} onAdd={(field) => onChange(insertProperty(value, field))} />}
    </div>
  );
}
