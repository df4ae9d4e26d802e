import { useMemo, useRef } from 'react';
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

/**
 * A JSON text area that never rewrites what is typed: an invalid text stays as it is, with the
 * parse error's line and column (click it to put the caret there). Tab indents.
 */
export function JsonField({ label, value, onChange, testId, rows = 8, suggestions, optional = false }: JsonFieldProps) {
  const area = useRef<HTMLTextAreaElement>(null);
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
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Tab' || event.shiftKey || event.ctrlKey || event.metaKey) return;
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
      {offered.length > 0 && (
        <div className="composer-suggestions" data-testid={`${testId}-suggestions`} aria-label={`Fields to add to ${label}`}>
          <span className="muted">Add field:</span>
          {offered.slice(0, 24).map((field) => (
            <button key={field} type="button" className="composer-chip" onClick={() => onChange(insertProperty(value, field))}>
              {field}
            </button>
          ))}
          {offered.length > 24 && <span className="muted">+{offered.length - 24} more</span>}
        </div>
      )}
    </div>
  );
}
