import type { ReactNode } from 'react';
import { TRIGGER_SECTIONS, type TriggerKind } from '../../../src-shared/twenty/source-edit/config-paths';
import { Icon, type IconName } from '../../app/icons';
import { CodeValue, FieldMessages } from './form-fields';
import { evaluatedValue, useTriggerForm } from './form-context';

export const TRIGGER_LABELS: Record<TriggerKind, { title: string; icon: IconName }> = {
  httpRoute: { title: 'Route', icon: 'route' },
  serverRoute: { title: 'Server route', icon: 'route' },
  cron: { title: 'Cron', icon: 'clock' },
  databaseEvent: { title: 'Database event', icon: 'database' },
  tool: { title: 'Tool', icon: 'sparkle' },
  workflowAction: { title: 'Workflow action', icon: 'workflow' },
};

/** One trigger's section, removable; a section written as code is shown read-only. */
export function TriggerSection({ trigger, children }: { trigger: TriggerKind; children: ReactNode }) {
  const form = useTriggerForm();
  const key = TRIGGER_SECTIONS[trigger];
  const state = form.config.sections[key];
  if (state.kind === 'absent') return null;
  const { title, icon } = TRIGGER_LABELS[trigger];
  return (
    <section className="tf-section" data-testid={`section-${trigger}`}>
      <h3 className="tf-section-title">
        <Icon name={icon} />
        {title}
        <code className="tf-section-key">{key}</code>
        <span className="toolbar-spacer" />
        <button
          type="button"
          className="icon-button"
          title={`Remove the ${title.toLowerCase()} trigger`}
          aria-label={`Remove the ${title.toLowerCase()} trigger`}
          data-testid={`remove-trigger-${trigger}`}
          onClick={() => void form.commit({ kind: 'remove-trigger', trigger }, key)}
        >
          <Icon name="trash" />
        </button>
      </h3>
      {state.kind === 'not-literal' ? (
        <CodeValue text={state.text} reason={state.reason} evaluated={evaluatedValue(form.evaluated, key)} onReveal={() => form.reveal(state.range)} />
      ) : (
        children
      )}
      <FieldMessages path={key} />
    </section>
  );
}

/** "Add trigger" buttons for the sections the function does not have yet. */
export function AddTriggerBar() {
  const form = useTriggerForm();
  if (form.config.defineFunction !== 'defineLogicFunction') return null;
  const absent = (Object.keys(TRIGGER_SECTIONS) as TriggerKind[]).filter((trigger) => form.config.sections[TRIGGER_SECTIONS[trigger]].kind === 'absent');
  if (absent.length === 0) return null;
  return (
    <div className="tf-add-triggers" data-testid="add-trigger-bar">
      <span className="tf-hint">Add trigger:</span>
      {absent.map((trigger) => (
        <button
          key={trigger}
          type="button"
          className="button tf-small"
          data-testid={`add-trigger-${trigger}`}
          onClick={() => void form.commit({ kind: 'add-trigger', trigger }, 'add-trigger')}
        >
          <Icon name={TRIGGER_LABELS[trigger].icon} />
          {TRIGGER_LABELS[trigger].title}
        </button>
      ))}
      <FieldMessages path="add-trigger" />
    </div>
  );
}
