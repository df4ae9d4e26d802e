import { useMemo, useState } from 'react';
import { Dialog } from '../../app/dialog';
import { useStudio } from '../../app/studio-context';
import { fuzzyScore } from '../quick-open/fuzzy-match';
import { studioCommands, type StudioCommand } from './studio-commands';

/** The commands whose label holds the query's characters in order, best first (the list's order breaks ties). */
export function filterCommands(query: string, commands: readonly StudioCommand[]): StudioCommand[] {
  return commands
    .map((command, index) => ({ command, index, score: fuzzyScore(query, command.label) }))
    .filter((entry): entry is { command: StudioCommand; index: number; score: number } => entry.score !== null)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.command);
}

/** Ctrl/Cmd+Shift+P: every action of the window by name; Enter does the highlighted one. */
export function CommandPalette() {
  const studio = useStudio();
  // The commands as the window is when the palette opens: what applies now.
  const commands = useMemo(() => studioCommands(studio), [studio]);
  const [query, setQuery] = useState('');
  const [highlight, setHighlight] = useState(0);
  const matches = useMemo(() => filterCommands(query, commands), [query, commands]);
  const close = () => studio.layout.getState().closeDialog();
  const execute = (command: StudioCommand | undefined) => {
    if (!command) return;
    // Closed first: the command may open a dialog of its own.
    close();
    command.run();
  };
  return (
    <Dialog title="Command palette" onClose={close} testId="command-palette">
      <input
        className="text-input"
        autoFocus
        spellCheck={false}
        placeholder="Type a command"
        aria-label="Type a command"
        role="combobox"
        aria-expanded="true"
        aria-controls="command-palette-list"
        aria-activedescendant={matches[highlight] ? `command-${highlight}` : undefined}
        data-testid="command-palette-input"
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
            execute(matches[highlight]);
          }
        }}
      />
      <ul className="completion-list quick-open-list" role="listbox" id="command-palette-list">
        {matches.map((command, index) => (
          <li
            key={command.id}
            id={`command-${index}`}
            role="option"
            aria-selected={index === highlight}
            className="completion-item"
            data-testid="command-palette-item"
            data-command={command.id}
            onMouseEnter={() => setHighlight(index)}
            onClick={() => execute(command)}
          >
            <span className="completion-name">{command.label}</span>
            {command.shortcut && <kbd className="command-shortcut">{command.shortcut}</kbd>}
          </li>
        ))}
        {matches.length === 0 && <li className="completion-empty muted">No command matches.</li>}
      </ul>
    </Dialog>
  );
}
