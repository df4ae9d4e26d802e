import type { ReactNode } from 'react';
import { Icon } from '../../app/icons';

/** The toolbar over a Workspace tab's list: its title, what the tab adds (counts, filters), and Refresh. */
export function WorkspaceToolbar(props: { title: string; children?: ReactNode; onRefresh: () => void; refreshTestId: string; refreshTitle?: string }) {
  return (
    <div className="ws-toolbar">
      <span className="ws-object-title">{props.title}</span>
      {props.children}
      <span className="toolbar-spacer" />
      <button type="button" className="icon-button" title={props.refreshTitle ?? 'Refresh'} data-testid={props.refreshTestId} onClick={props.onRefresh}>
        <Icon name="refresh" />
      </button>
    </div>
  );
}

/** A tab's last error (or, when there is none, its last message) under the toolbar. */
export function WorkspaceNotice(props: { error: string | null | undefined; message?: string | null; testId: string }) {
  const text = props.error ?? props.message;
  if (!text) return null;
  return (
    <div className={props.error ? 'ws-error' : 'ws-message'} data-testid={props.testId}>
      {text}
    </div>
  );
}
