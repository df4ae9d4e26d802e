import { useStudio, useStudioStore } from '../../app/studio-context';

/** Asked before a tab with unsaved edits closes: discarding a buffer is always the user's explicit choice. */
export function ClosePrompt() {
  const studio = useStudio();
  const path = useStudioStore('editor', (state) => state.pendingClose);
  if (!path) return null;
  const editor = studio.editor.getState();
  return (
    <div className="conflict-prompt close-prompt" role="alertdialog" data-testid="close-prompt">
      <span className="conflict-message">Save the changes to {path} before closing?</span>
      <button type="button" className="button primary" onClick={() => void editor.saveAndClose(path)} autoFocus>
        Save
      </button>
      <button type="button" className="button" onClick={() => editor.closeTab(path, { discard: true })}>
        Don’t save
      </button>
      <button type="button" className="button" onClick={() => editor.cancelClose()}>
        Cancel
      </button>
    </div>
  );
}
