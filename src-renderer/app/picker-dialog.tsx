import { useMemo, useState, type ReactNode } from 'react';
import { Dialog } from './dialog';

export interface PickerDialogProps<T> {
  title: string;
  /** The dialog's test id; the input is `<testId>-input`, each row `<testId>-item`. */
  testId: string;
  placeholder: string;
  /** The rows for a query, best first. */
  filter: (query: string) => readonly T[];
  itemKey: (item: T) => string;
  /** data-* attributes of a row (what tests and styles pick it by). */
  itemData?: (item: T) => Record<`data-${string}`, string>;
  renderItem: (item: T) => ReactNode;
  emptyText: string;
  onClose: () => void;
  /** Called once the dialog closed (what is picked may open a dialog of its own). */
  onPick: (item: T) => void;
}

/**
 * A dialog to pick one row by typing (quick open, the command palette): the input filters, the arrows
 * move the highlight (wrapping), Enter or a click picks, the mouse highlights what it is over.
 */
export function PickerDialog<T>({ title, testId, placeholder, filter, itemKey, itemData, renderItem, emptyText, onClose, onPick }: PickerDialogProps<T>) {
  const [query, setQuery] = useState('');
  const [highlight, setHighlight] = useState(0);
  const matches = useMemo(() => filter(query), [filter, query]);
  const listId = `${testId}-list`;
  const pick = (item: T | undefined) => {
    if (item === undefined) return;
    onClose();
    onPick(item);
  };
  return (
    <Dialog title={title} onClose={onClose} testId={testId}>
      <input
        className="text-input"
        autoFocus
        spellCheck={false}
        placeholder={placeholder}
        aria-label={placeholder}
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={matches[highlight] !== undefined ? `${listId}-${highlight}` : undefined}
        data-testid={`${testId}-input`}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setHighlight(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setHighlight((highlight + step + matches.length) % Math.max(matches.length, 1));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            pick(matches[highlight]);
          }
        }}
      />
      <ul className="completion-list quick-open-list" role="listbox" id={listId}>
        {matches.map((item, index) => (
          <li
            key={itemKey(item)}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === highlight}
            className="completion-item"
            data-testid={`${testId}-item`}
            {...itemData?.(item)}
            onMouseEnter={() => setHighlight(index)}
            onClick={() => pick(item)}
          >
            {renderItem(item)}
          </li>
        ))}
        {matches.length === 0 && <li className="completion-empty muted">{emptyText}</li>}
      </ul>
    </Dialog>
  );
}
