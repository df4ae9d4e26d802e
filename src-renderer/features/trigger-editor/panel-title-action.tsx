import { Icon, type IconName } from '../../app/icons';
import '../../styles/trigger-editor.css';

/** A small labelled button at the right of a panel's title (New function, Cron previewer). */
export function PanelTitleAction({ icon, label, testId, onClick }: { icon: IconName; label: string; testId: string; onClick: () => void }) {
  return (
    <button type="button" className="panel-title-action" title={label} data-testid={testId} onClick={onClick}>
      <Icon name={icon} />
      <span>{label}</span>
    </button>
  );
}
