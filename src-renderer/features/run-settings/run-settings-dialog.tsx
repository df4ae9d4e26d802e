import { Dialog } from '../../app/dialog';
import { useStudio } from '../../app/studio-context';
import { RunnerSettingsForm } from './runner-settings-form';
import { TargetForm } from './target-form';
import { VariablesForm } from './variables-form';

/** What a run of this app gets besides its payload: where the Twenty API is, and the app's variables. */
export function RunSettingsDialog() {
  const studio = useStudio();
  return (
    <Dialog title="Run settings" onClose={() => studio.layout.getState().closeDialog()} testId="run-settings">
      <div className="run-settings-body">
        <section className="settings-section">
          <h3 className="settings-heading">API target</h3>
          <TargetForm />
        </section>
        <section className="settings-section">
          <h3 className="settings-heading">Application variables</h3>
          <VariablesForm />
        </section>
        <section className="settings-section">
          <h3 className="settings-heading">Runner</h3>
          <RunnerSettingsForm />
        </section>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" data-testid="run-settings-close" onClick={() => studio.layout.getState().closeDialog()}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
