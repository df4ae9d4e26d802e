import { useStudio, useStudioStore } from '../../app/studio-context';

/**
 * Shown when the file changed on disk under unsaved edits, or a save found a newer file. Nothing
 * happens to either side until the user picks one.
 */
export function ConflictPrompt({ path }: { path: string }) {
  const studio = useStudio();
  const conflict = useStudioStore('editor', (state) => state.conflicts[path]);
  const saving = useStudioStore('editor', (state) => state.buffers[path]?.saving ?? false);
  if (!conflict) return null;
  const editor = studio.editor.getState();
  const deleted = conflict.diskVersion === null;
  return (
    <div className="conflict-prompt" role="alert" data-testid="conflict-prompt">
      <span className="conflict-message">
        {deleted
          ? `${path} was deleted on disk. Your unsaved edits are still here.`
          : `${path} changed on disk while you had unsaved edits.`}
      </span>
      <button type="button" className="button primary" disabled={saving} onClick={() => void editor.keepMine(path)} data-testid="conflict-keep-mine">
        {deleted ? 'Keep mine (recreate)' : 'Keep mine'}
      </button>
      <button type="button" className="button" onClick={() => void editor.takeTheirs(path)} data-testid="conflict-take-theirs">
        {deleted ? 'Close the tab' : 'Take theirs'}
      </button>
      {!deleted && (
        <button
          type="button"
          className="button"
          disabled={conflict.diskContent === null}
          onClick={() => editor.setComparing(path, !conflict.comparing)}
          data-testid="conflict-compare"
        >
          {conflict.comparing ? 'Back to editor' : 'Compare'}
        </button>
      )}
    </div>
  );
}
