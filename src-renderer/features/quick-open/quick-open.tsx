import { useMemo, useState } from 'react';
import { Dialog } from '../../app/dialog';
import { Icon } from '../../app/icons';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { fuzzyFilter } from './fuzzy-match';

/** Ctrl/Cmd+P: type a few letters of a file's path, Enter opens it. */
export function QuickOpen() {
  const studio = useStudio();
  const files = useStudioStore('project', (state) => state.model?.files ?? []);
  const [query, setQuery] = useState('');
  const [highlight, setHighlight] = useState(0);
  const matches = useMemo(() => fuzzyFilter(query, files), [query, files]);
  const close = () => studio.layout.getState().closeDialog();
  const open = (path: string | undefined) => {
    if (!path) return;
    close();
    void studio.editor.getState().openFile(path);
  };
  return (
    <Dialog title="Go to file" onClose={close} testId="quick-open">
      <input
        className="text-input"
        autoFocus
        spellCheck={false}
        placeholder="Search files by name"
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
        {matches.map((path, index) => (
          <li
            key={path}
            role="option"
            aria-selected={index === highlight}
            className="completion-item"
            data-testid="quick-open-item"
            onMouseEnter={() => setHighlight(index)}
            onClick={() => open(path)}
          >
            <Icon name="file" />
            <span className="completion-name">{path.slice(path.lastIndexOf('/') + 1)}</span>
            <span className="completion-path muted">{path}</span>
          </li>
        ))}
        {matches.length === 0 && <li className="completion-empty muted">No file matches.</li>}
      </ul>
    </Dialog>
  );
}
