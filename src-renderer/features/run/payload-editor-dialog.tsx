import { useMemo, useRef } from 'react';
import { Dialog } from '../../app/dialog';
import { Icon } from '../../app/icons';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { parseJsonText } from './json-text';
import type { PayloadDraft } from './run-store';

const originHints: Record<PayloadDraft['origin'], string> = {
  last: 'Prefilled with the last payload used for this function.',
  sample: 'Prefilled with a sample payload for its trigger.',
  history: 'Prefilled with the payload of the run you picked.',
  loading: 'Loading the last payload…',
  unsent: '',
};

/**
 * "Run with payload…": a plain JSON text area. Invalid JSON disables Run and says where it broke;
 * the text is never rewritten, and closing keeps it for the next time (see the run store's `unsent`).
 */
export function PayloadEditorDialog() {
  const studio = useStudio();
  const draft = useStudioStore('runs', (state) => state.draft);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const parsed = useMemo(() => (draft ? parseJsonText(draft.text) : null), [draft]);
  if (!draft || !parsed) return null;
  const runs = studio.runs.getState();
  const run = () => {
    if (parsed.ok) void runs.runDraft(parsed.value);
  };
  const goToError = () => {
    if (parsed.ok || !textArea.current) return;
    textArea.current.focus();
    textArea.current.setSelectionRange(parsed.position, Math.min(parsed.position + 1, draft.text.length));
  };
  return (
    <Dialog title={`Run ${draft.functionName} with payload`} onClose={() => runs.closeDraft()} testId="payload-editor">
      <textarea
        ref={textArea}
        className="payload-text"
        aria-label="Payload (JSON)"
        data-testid="payload-text"
        spellCheck={false}
        autoFocus
        rows={14}
        value={draft.text}
        aria-invalid={!parsed.ok}
        onChange={(event) => runs.setDraftText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            run();
          } else if (event.key === 'Tab' && !event.shiftKey) {
            // Indent rather than leave the field: people write JSON here.
            event.preventDefault();
            const target = event.currentTarget;
            const { selectionStart, selectionEnd } = target;
            runs.setDraftText(`${draft.text.slice(0, selectionStart)}  ${draft.text.slice(selectionEnd)}`);
            requestAnimationFrame(() => target.setSelectionRange(selectionStart + 2, selectionStart + 2));
          }
        }}
      />
      {parsed.ok ? (
        <div className="dialog-hint" data-testid="payload-hint">
          {originHints[draft.origin] || 'Valid JSON.'} Ctrl+Enter runs.
        </div>
      ) : (
        <button type="button" className="payload-error" data-testid="payload-error" onClick={goToError} title="Show where">
          <Icon name="error" className="severity-error" />
          Line {parsed.line}, column {parsed.column}: {parsed.message}
        </button>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => runs.closeDraft()}>
          Cancel
        </button>
        <button type="button" className="button primary" data-testid="payload-run" disabled={!parsed.ok} onClick={run}>
          <Icon name="play" /> Run
        </button>
      </div>
    </Dialog>
  );
}
