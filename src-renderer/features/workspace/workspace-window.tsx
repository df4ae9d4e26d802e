import { useEffect, useRef } from 'react';
import { Icon } from '../../app/icons';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { ActivityTab } from './activity-tab';
import { AgentsTab } from './agents-tab';
import { ConnectionsTab } from './connections-tab';
import { DataTab } from './data-tab';
import { JobsTab } from './jobs-tab';
import { KvTab } from './kv-tab';
import { RecordsTab } from './records-tab';
import { useWorkspace } from './use-workspace';
import type { WorkspaceTab } from './workspace-store';
import '../../styles/workspace.css';

const tabs: { tab: WorkspaceTab; label: string }[] = [
  { tab: 'records', label: 'Records' },
  { tab: 'activity', label: 'Activity' },
  { tab: 'jobs', label: 'Jobs' },
  { tab: 'connections', label: 'Connections' },
  { tab: 'agents', label: 'Agents' },
  { tab: 'kv', label: 'Key-value' },
  { tab: 'data', label: 'Data' },
];

export const workspaceShortcut = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⇧⌘D' : 'Ctrl+Shift+D';

function StatusPill() {
  const status = useWorkspace((state) => state.status);
  const state = status?.state ?? 'closed';
  return (
    <span className={`ws-status-pill ws-state-${state}`} data-testid="ws-status-pill" data-state={state} title={status?.error ?? undefined}>
      {state === 'opening' && <span className="spinner" />}
      {state}
      {status?.storage ? ` · ${status.storage}` : ''}
    </span>
  );
}

/** The top bar's way in; a second click closes it. */
export function WorkspaceButton() {
  const studio = useStudio();
  const hasApp = useStudioStore('project', (state) => state.model !== null);
  const open = useWorkspace((state) => state.open);
  if (!hasApp) return null;
  return (
    <button
      type="button"
      className={`button ${open ? 'is-on' : ''}`}
      data-testid="open-workspace"
      title={`The Local workspace: records, activity, jobs, connections, agents, key-value, data (${workspaceShortcut})`}
      onClick={() => studio.workspace.toggle()}
    >
      <Icon name="database" />
      Workspace
    </button>
  );
}

/**
 * The Workspace window: the app's Local workspace (Twenty's Core API on an embedded Postgres) as a
 * large panel over the workbench. Every tab scrolls inside itself; the editor and its buffers stay
 * mounted underneath.
 */
export function WorkspaceWindow() {
  const studio = useStudio();
  const open = useWorkspace((state) => state.open);
  const tab = useWorkspace((state) => state.tab);
  const hasApp = useStudioStore('project', (state) => state.model !== null);
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    if (open && root.current && !root.current.contains(document.activeElement)) root.current.focus();
  }, [open]);
  if (!open || !hasApp) return null;
  const store = studio.workspace.window;
  return (
    <section
      ref={root}
      tabIndex={-1}
      className="ws-window"
      role="dialog"
      aria-label="Workspace"
      data-testid="workspace-window"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.stopPropagation();
          store.getState().close();
        }
      }}
    >
      <div className="ws-header">
        <span className="ws-title">
          <Icon name="database" /> Local workspace
        </span>
        <StatusPill />
        <div className="ws-tabs" role="tablist">
          {tabs.map((item) => (
            <button
              key={item.tab}
              type="button"
              role="tab"
              aria-selected={tab === item.tab}
              className="release-tab ws-tab"
              data-testid={`ws-tab-${item.tab}`}
              onClick={() => store.getState().setTab(item.tab)}
            >
              {item.label}
            </button>
          ))}
        </div>
        <span className="toolbar-spacer" />
        <button type="button" className="icon-button" title={`Close (Esc, ${workspaceShortcut})`} data-testid="workspace-close" onClick={() => store.getState().close()}>
          <Icon name="close" />
        </button>
      </div>
      <div className="ws-body">
        {tab === 'records' && <RecordsTab />}
        {tab === 'activity' && <ActivityTab />}
        {tab === 'jobs' && <JobsTab />}
        {tab === 'connections' && <ConnectionsTab />}
        {tab === 'agents' && <AgentsTab />}
        {tab === 'kv' && <KvTab />}
        {tab === 'data' && <DataTab />}
      </div>
    </section>
  );
}
