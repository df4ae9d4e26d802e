import { useState } from 'react';
import { useStore } from 'zustand';
import { TRIGGER_KINDS, type TriggerKind } from '../../../src-shared/twenty/source-edit/config-paths';
import { describeError } from '../../api/studio-error';
import { Dialog } from '../../app/dialog';
import { Icon } from '../../app/icons';
import { useStudio } from '../../app/studio-context';
import { TRIGGER_LABELS } from '../trigger-editor/trigger-section';
import { DEFAULT_FUNCTION_FOLDER, planNewFunction } from './new-function-plan';

/** "New function": name, folder and triggers -> a new file from the SDK-shaped template, opened in the editor. */
export function NewFunctionDialog() {
  const studio = useStudio();
  const open = useStore(studio.triggerEditor, (state) => state.dialog === 'new-function');
  if (!open) return null;
  return <NewFunctionForm onClose={() => studio.triggerEditor.getState().close()} />;
}

function NewFunctionForm({ onClose }: { onClose: () => void }) {
  const studio = useStudio();
  const [name, setName] = useState('');
  const [folder, setFolder] = useState(DEFAULT_FUNCTION_FOLDER);
  const [triggers, setTriggers] = useState<TriggerKind[]>(['httpRoute']);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async () => {
    const model = studio.project.getState().model;
    const functions = (model?.entities ?? [])
      .filter((entity) => entity.section === 'logicFunctions')
      .map((entity) => ({ name: typeof entity.config?.name === 'string' ? entity.config.name : null, file: entity.file }));
    const plan = planNewFunction({ name, folder, triggers }, crypto.randomUUID(), model?.files ?? [], functions);
    if (!plan.ok) {
      setError(plan.reason);
      return;
    }
    setBusy(true);
    try {
      // baseVersion null: create only; a file that appeared meanwhile comes back as a conflict, never overwritten.
      const result = await studio.api.call('file.write', { path: plan.path, content: plan.content, baseVersion: null });
      if (!result.ok) {
        setError(`${plan.path} already exists`);
        return;
      }
      // Selected now, shown by the inspector as soon as the core's model lists it.
      studio.project.getState().select(plan.path);
      onClose();
      await studio.editor.getState().openFile(plan.path);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="New function" onClose={onClose} testId="new-function-dialog">
      <form
        className="tf-dialog-form"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <label className="field-label" htmlFor="new-function-name">
          Name
        </label>
        <input id="new-function-name" className="text-input" value={name} autoFocus placeholder="sync-contacts" data-testid="new-function-name" onChange={(event) => setName(event.target.value)} />
        <label className="field-label" htmlFor="new-function-folder">
          Folder
        </label>
        <input id="new-function-folder" className="text-input" value={folder} data-testid="new-function-folder" onChange={(event) => setFolder(event.target.value)} />
        <div className="field-label">Triggers</div>
        <div className="tf-trigger-choices">
          {TRIGGER_KINDS.map((kind) => (
            <label key={kind} className="tf-checkbox">
              <input
                type="checkbox"
                checked={triggers.includes(kind)}
                data-testid={`new-function-trigger-${kind}`}
                onChange={(event) => setTriggers(event.target.checked ? [...triggers, kind] : triggers.filter((t) => t !== kind))}
              />
              <Icon name={TRIGGER_LABELS[kind].icon} />
              {TRIGGER_LABELS[kind].title}
            </label>
          ))}
        </div>
        {error && (
          <div className="notice error" data-testid="new-function-error">
            {error}
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy} data-testid="new-function-create">
            Create
          </button>
        </div>
      </form>
    </Dialog>
  );
}
