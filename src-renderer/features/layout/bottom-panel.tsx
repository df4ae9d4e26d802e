import { useEffect } from 'react';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { ConsolePanel } from '../console/console-panel';
import { ProblemsPanel } from '../problems/problems-panel';
import type { BottomTab } from './layout-store';

function PanelTab({ tab, label, count, tone }: { tab: BottomTab; label: string; count: number; tone: 'error' | 'neutral' }) {
  const studio = useStudio();
  const active = useStudioStore('layout', (state) => state.bottomTab === tab);
  return (
    <button
      type="button"
      role="tab"
      aria-selected={active}
      className="panel-tab"
      data-testid={`panel-tab-${tab}`}
      onClick={() => studio.layout.getState().showBottomTab(tab)}
    >
      {label}
      {count > 0 && (
        <span className={`count ${tone === 'error' ? 'count-error' : ''}`} data-testid={`panel-tab-${tab}-count`}>
          {count > 999 ? '999+' : count}
        </span>
      )}
    </button>
  );
}

/** Console and Problems, side by side as tabs; the console stays mounted so no output is missed while hidden. */
export function BottomPanel() {
  const studio = useStudio();
  const tab = useStudioStore('layout', (state) => state.bottomTab);
  const problemCount = useStudioStore('project', (state) => state.model?.problems.length ?? 0);
  const hasErrors = useStudioStore('project', (state) => state.model?.problems.some((problem) => problem.severity === 'error') ?? false);
  const unseen = useStudioStore('console', (state) => state.unseen);

  useEffect(() => {
    if (tab === 'console' && unseen > 0) studio.console.getState().markSeen();
  }, [tab, unseen, studio]);

  return (
    <div className="bottom-panel" data-testid="bottom-panel">
      <div className="panel-tabs" role="tablist">
        <PanelTab tab="console" label="Console" count={tab === 'console' ? 0 : unseen} tone="neutral" />
        <PanelTab tab="problems" label="Problems" count={problemCount} tone={hasErrors ? 'error' : 'neutral'} />
      </div>
      <div className="panel-body" hidden={tab !== 'console'}>
        <ConsolePanel />
      </div>
      {tab === 'problems' && (
        <div className="panel-body">
          <ProblemsPanel />
        </div>
      )}
    </div>
  );
}
