import { useCallback, useMemo } from 'react';
import { PickerDialog } from '../../app/picker-dialog';
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
  const filter = useCallback((query: string) => filterCommands(query, commands), [commands]);
  return (
    <PickerDialog
      title="Command palette"
      testId="command-palette"
      placeholder="Type a command"
      filter={filter}
      itemKey={(command) => command.id}
      itemData={(command) => ({ 'data-command': command.id })}
      renderItem={(command) => (
        <>
          <span className="completion-name">{command.label}</span>
          {command.shortcut && <kbd className="command-shortcut">{command.shortcut}</kbd>}
        </>
      )}
      emptyText="No command matches."
      onClose={() => studio.layout.getState().closeDialog()}
      // Run after the palette closed: the command may open a dialog of its own.
      onPick={(command) => command.run()}
    />
  );
}
