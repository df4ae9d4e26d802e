import { useMemo, useState } from 'react';
import { Dialog } from '../../app/dialog';
import { Icon, type IconName } from '../../app/icons';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { filterQuickOpen, quickOpenItems, type QuickOpenItem, type QuickOpenKind } from './quick-open-items';

const kindIcons: Record<QuickOpenKind, IconName> = {
  function: 'func',
  hook: 'hook',
  object: 'shapes',
  role: 'shield',
  entity: 'app',
  file: 'file',
};

/** Ctrl/Cmd+P: type a few letters of a function's, object's or hook's name, or of a file's path; Enter opens it. */
export function QuickOpen() {
  const studio = useStudio();
  const model = useStudioStore('project', (state) => state.model);
  const items = useMemo(() => (model ? quickOpenItems(model) : []), [model]);
  const [query, setQuery] = useState('');
  const [highlight, setHighlight] = useState(0);
  const matches = useMemo(() => filterQuickOpen(query, items), [query, items]);
  const close = () => studio.layout.getState().closeDialog();
  const open = (item: QuickOpenItem | undefined) => {
    if (!item) return;
    close();
    if (item.entity) {
      // As a click on its explorer row: the inspector follows, the editor opens at the define*() call.
      studio.project.getState().select(item.file);
      void studio.editor.getState().openFile(item.file, { line: item.entity.line, column: item.entity.column });
    } else void studio.editor.getState().openFile(item.file);
  };
  return (
    <Dialog title="Go to file, function, object or hook" onClose={close} testId="quick-open">
      <input
        className="text-input"
        autoFocus
        spellCheck={false}
        placeholder="Search functions, objects, hooks and files by name"
        aria-label="Search functions, objects, hooks and files by name"
        data-testid="quick-open-input"
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
            open(matches[highlight]);
          }
        }}
      />
      <ul className="completion-list quick-open-list" role="listbox">
        {matches.map((item, index) => (
          <li
            key={`${item.kind}:${item.file}:${item.name}`}
            role="option"
            aria-selected={index === highlight}
            className="completion-item"
            data-testid="quick-open-item"
            data-kind={item.kind}
            onMouseEnter={() => setHighlight(index)}
            onClick={() => open(item)}
          >
            <Icon name={kindIcons[item.kind]} />
            <span className="completion-name">{item.kind === 'file' ? item.name.slice(item.name.lastIndexOf('/') + 1) : item.name}</span>
            <span className="completion-path muted">{item.kind === 'file' ? item.name : `${item.detail} · ${item.file}`}</span>
          </li>
        ))}
        {matches.length === 0 && <li className="completion-empty muted">Nothing matches.</li>}
      </ul>
    </Dialog>
  );
}
