import { useState } from 'react';
import { useStore } from 'zustand';
import { TRIGGER_KINDS, type TriggerKind } from '../../../src-shared/twenty/source-edit/config-paths';
import { describeError } from '../../api/studio-error';
import { Dialog } from '../../app/dialog';
import { Icon } from '../../app/icons';
import { useStudio } from '../../app/studio-context';
import { TRIGGER_LABELS } from '../trigger-editor/trigger-section';
import { declareProviderVariables } from './provider-variables';
import { DEFAULT_FUNCTION_FOLDER, defaultFolderFor, NEW_ENTITY_CHOICES, planNewEntity, type NewEntityChoice } from './new-function-plan';

/**
 * "New entity": a kind (logic function with its triggers, health check, install/uninstall hooks,
 * skill, agent, connection provider), a name and a folder -> a new file from the SDK-shaped template
 * (dev:add's for skills, agents and providers), opened in the editor.
 */
export function NewFunctionDialog() {
  const studio = useStudio();
  const open = useStore(studio.triggerEditor, (state) => state.dialog === 'new-function');
  if (!open) return null;
  return <NewFunctionForm onClose={() => studio.triggerEditor.getState().close()} />;
}

function NewFunctionForm({ onClose }: { onClose: () => void }) {
  const studio = useStudio();
  const [kind, setKind] = useState<NewEntityChoice>('logicFunction');
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
    const plan = planNewEntity({ kind, name, folder, triggers }, crypto.randomUUID(), model?.files ?? [], functions);
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
      if (kind === 'connectionProvider') {
        // dev:add also declares the provider's client id and secret on defineApplication.
        const editor = studio.editor.getState();
        const dirty = Object.entries(editor.buffers).filter(([, buffer]) => buffer.dirty).map(([path]) => path);
        const declared = await declareProviderVariables(studio.api, model?.entities ?? [], name, dirty);
        if (!declared.ok) {
          // The provider file is there; what is left is said, the dialog stays open on it.
          setError(`${plan.path} created. ${declared.message}`);
          studio.project.getState().select(plan.path);
          await studio.editor.getState().openFile(plan.path);
          return;
        }
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
    <Dialog title="New entity" onClose={onClose} testId="new-function-dialog">
      <form
        className="tf-dialog-form"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <label className="field-label" htmlFor="new-entity-kind">
          Kind
        </label>
        <select
          id="new-entity-kind"
          className="text-input"
          value={kind}
          data-testid="new-entity-kind"
          onChange={(event) => {
            const next = event.target.value as NewEntityChoice;
            // Follow dev:add's folder for the kind unless the folder was changed by hand.
            if (folder === defaultFolderFor(kind)) setFolder(defaultFolderFor(next));
            setKind(next);
            setError(null);
          }}
        >
          {NEW_ENTITY_CHOICES.map((choice) => (
            <option key={choice.kind} value={choice.kind}>
              {choice.label} ({choice.define})
            </option>
          ))}
        </select>
        <label className="field-label" htmlFor="new-function-name">
          Name
        </label>
        <input id="new-function-name" className="text-input" value={name} autoFocus placeholder="sync-contacts" data-testid="new-function-name" onChange={(event) => setName(event.target.value)} />
        <label className="field-label" htmlFor="new-function-folder">
          Folder
        </label>
        <input id="new-function-folder" className="text-input" value={folder} data-testid="new-function-folder" onChange={(event) => setFolder(event.target.value)} />
        {kind === 'logicFunction' && <div className="field-label">Triggers</div>}
        {kind === 'logicFunction' && (
          <div className="tf-trigger-choices">
            {TRIGGER_KINDS.map((trigger) => (
              <label key={trigger} className="tf-checkbox">
                <input
                  type="checkbox"
                  checked={triggers.includes(trigger)}
                  data-testid={`new-function-trigger-${trigger}`}
                  onChange={(event) => setTriggers(event.target.checked ? [...triggers, trigger] : triggers.filter((t) => t !== trigger))}
                />
                <Icon name={TRIGGER_LABELS[trigger].icon} />
                {TRIGGER_LABELS[trigger].title}
              </label>
            ))}
          </div>
        )}
        {kind === 'connectionProvider' && (
          <div className="tf-hint" data-testid="new-provider-variables-hint">
            Its client id and secret are declared as serverVariables of defineApplication, as dev:add does.
          </div>
        )}
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
